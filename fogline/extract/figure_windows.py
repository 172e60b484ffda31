"""The text windows a figure is read in: a reporting clause set off by commas, the speaker nouns of the
attribution file, a count of attackers set off by commas, and matches of a pattern on a window of the sentence's
caseless copy. Kept apart from :mod:`.figures`, which decides what each figure counts."""

from __future__ import annotations

import re

from .numbers import Quantity
from .text import CaselessRegex, alternation


def apposed_number(text: str, q: Quantity, verb_start: int | None = None) -> bool:
    """'The attackers, numbering about 100, killed 22 villagers', 'Les assaillants, une centaine d'hommes à moto, ont
    tué 14 civils': a figure in an apposition between commas, its noun before it, is how many there were (the verb
    after the second comma counts its own object)."""
    if text.rfind(",", max(0, q.start - 30), q.start) == -1:
        return False
    if re.match(r"\s*,", text[q.end:q.end + 3]):
        return True
    return verb_start is not None and _APPOSITION_END.fullmatch(text, q.end, verb_start) is not None \
        and _APPOSITION_START.search(text, max(0, q.start - 40), q.start) is not None


# the apposition's own words after its figure ("d'hommes à moto"), its closing comma, at most two words (the
# auxiliary) before the verb; before the figure, the comma after the noun it describes and at most three words
_APPOSITION_END = re.compile(r"[^,.;:()«»“”\"]{1,50},\s*(?:[\w'’-]+\s+){0,2}")
_APPOSITION_START = re.compile(r"[^\W\d_],\s*(?:[\w'’-]+\s+){0,3}$")


def described(text: str, end: int, rx: re.Pattern | None, noun_class, noun: str | None, np: str):
    """'killing 20 people, all of them soldiers', 'killing 20, mostly civilians': the class the words after the
    counted phrase (ending at ``end``) give its people, with the phrase extended to them; else (noun, np)."""
    m = rx.match(text, end) if rx is not None else None
    said = noun_class(m.group("noun")) if m else None
    return (said, np + text[end:m.end()]) if said in ("civilian", "enemy", "state") else (noun, np)


def joined_before(text: str, at: int, rx: re.Pattern) -> bool:
    """Is the number at ``at`` joined by 'and' to a word of its own clause ('killed my brother and 11 others'), so
    that its 'others' are that word's kind, not the people of the sentence before?"""
    return rx.search(text, max(0, at - 12), at) is not None and bool(text[:at].strip(" ,"))


def parenthetical(text: str, start: int, said: re.Match) -> bool:
    """'Around 40 people, residents said, were killed': a reporting clause set off by commas inside the figure's
    clause."""
    return bool(re.search(r",\s*(?:[\w'’-]+\s+){0,4}$", text[start:said.start()])
                and text[said.end():said.end() + 3].lstrip().startswith(","))


def speaker_words(attribution: dict) -> list[str]:
    """The nouns of the attribution file's source labels ('residents', 'witnesses', 'sources', 'officials')."""
    return [w for words in attribution.get("sources", {}).values() for w in words if not w.startswith(("a ", "an "))]


def match(rx: CaselessRegex, text: str, folded: str | None, start: int, end: int) -> re.Match | None:
    """``rx.match(text[start:end])``, on the same slice of the sentence's caseless copy when there is one (IGNORECASE
    on the text costs twice as much); read its offsets, not its words."""
    if folded is None:
        return rx.match(text[start:end])
    pattern, searched = rx.on(text, folded)
    return pattern.match(searched[start:end])


def matches(rx: CaselessRegex, text: str, folded: str | None, start: int, end: int) -> bool:
    return match(rx, text, folded, start, end) is not None


class SpokenAfter:
    """'…, two military officers said', 'one of the officers said': a number a few words before a plain verb of
    speaking counts who speaks, whatever its noun; not before a passive one ('12 people were said to have died'),
    nor one coordinated with the sentence's own verb ('put the toll at 25 and said')."""

    def __init__(self, claims: dict, attribution: dict):
        speech = attribution.get("speech_verbs")
        coord = claims.get("coordination", "(?!)")
        self._after = CaselessRegex(rf"^\s+(?:(?!(?:{coord})\s)[\w'’-]+\s+){{1,3}}?(?:{alternation(speech)})"
                                    rf"(?![\w])") if speech else None
        self._passive = re.compile(attribution["passive_before"], re.I) if attribution.get("passive_before") else None

    def passive(self, text: str, start: int, verb: int) -> bool:
        """Is the reporting verb at ``verb`` passive ('were said to')? Then no speaker stands before it."""
        return self._passive is not None and self._passive.search(text, max(start, verb - 30), verb) is not None

    def speakers(self, text: str, q: Quantity, folded: str | None) -> bool:
        """Does the number ``q`` count the speakers of a verb of speaking a few words after it?"""
        m = match(self._after, text, folded, q.end, q.end + 40) if self._after is not None else None
        return m is not None and not self.passive(text, q.end, q.end + m.end() - len(m.group().split()[-1]))
