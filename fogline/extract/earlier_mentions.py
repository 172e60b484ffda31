"""What the report said before a speaker's sentence, read for its speakers: the role a person was introduced with
('Police spokesman X confirmed … X said'), the body of the last role phrase with a head word ('the ministry' after
'the Ministry of Defence'), the source label a clause's subject names ('son directeur' of 'L'hôpital de Sake').
A mixin of ``SpeakerResolver``, whose roles, bodies and labels it reads."""

from __future__ import annotations

import re

from .. import vocab
from ..text import fold

_OPENER = re.compile(r"\s*(?:[\w'’-]+\s*)?")  # a preposition at most before a phrase that opens its sentence
_COMMA = re.compile(r"\s*,\s*")
_QUOTES = frozenset("«“\"")  # a sentence that opens with a quotation


class Before:
    """The report's text before a sentence, ``text[:end]``, read in place: a copy of a long report's beginning made
    for every figure's speaker grew with the square of its length."""

    __slots__ = ("text", "end")

    def __init__(self, text: str, end: int) -> None:
        self.text, self.end = text, end

    def __bool__(self) -> bool:
        return self.end > 0


def _in_place(before: Before | str) -> tuple[str, int]:
    """The text ``before`` lies in, and where it ends (a string is its own text)."""
    return (before.text, before.end) if isinstance(before, Before) else (before, len(before))


class EarlierMentions:
    """Lookups in the report's text before a sentence (``Before``: read in place, never copied)."""

    def _introduced(self, person: str, before: str, country: str | None) -> str | None:
        """'Police spokesman Mohammed Jalige confirmed the attack. … Jalige said': the role a person was named
        with earlier in the report (the words of that sentence just before or after the name)."""
        surname = person.split()[-1] if person.split() else ""
        if len(surname) < 3 or not before:
            return None
        doc, n = _in_place(before)
        at = doc.rfind(surname, 0, n)
        if at < 0:
            return None
        cut = max(doc.rfind(c, 0, at) for c in ".;:“”\"«»") + 1
        end = min([i for i in (doc.find(c, at, n) for c in ".;“”\"«»") if i >= 0] + [n])
        phrase = doc[max(cut, at - 80):min(end, at + len(surname) + 80)]
        role = self.role(phrase)
        if role and role != vocab.SECURITY_SOURCES and role in self._bodies:
            dem = self._demonym_rx.search(phrase)
            return self.body(role, (self._demonyms.get(fold(dem.group())) if dem else None) or country)
        for label, rx in self._labels + self.attribution.sources:
            if rx.search(phrase):
                return label
        return None

    def earlier_role(self, head: str, before: str, country: str | None) -> str | None:
        """'the ministry' after 'the Ministry of Defence': the body of the last role phrase with that head word.
        The last phrase is the one that ends last; of two roles read in one phrase ('the defence ministry' holds
        the government's 'ministry' too), the longer."""
        best, name = (-1, 0), None
        doc, n = _in_place(before)
        recent = doc[max(0, n - 3000):n]
        for role, rx in self._body_roles:
            for m in rx.finditer(recent):
                if head in fold(recent[m.start():m.end()]).split() and (m.end(), -m.start()) > best:
                    # the nationality or country may open the phrase: "Kenya's foreign ministry"
                    dem = self._demonym_rx.search(recent[max(0, m.start() - 25):m.end()])
                    best, name = (m.end(), -m.start()), self.body(
                        role, (self._demonyms.get(fold(dem.group())) if dem else None) or country)
        return name

    def _subject_label(self, text: str, start: int, end: int, before: str) -> str | None:
        """The source label ('local sources') a clause's subject names, which a bare possessive in the speaker phrase
        points back to: 'L'hôpital de Sake a reçu douze blessés, a indiqué son directeur', 'Selon son responsable,
        le centre de santé a reçu …', or the subject of the sentence before when the phrase opens its own or closes
        a quotation that opens it ('La société civile maintient son bilan. « … », déplore l'un de ses responsables')."""
        opens = _OPENER.fullmatch(text, 0, start) is not None
        quoted = text.lstrip()[:1] in _QUOTES  # "« … », déplore l'un de ses responsables": the quote has no subject
        if not opens and not quoted:
            return self._label_at(text[:90])
        comma = _COMMA.match(text, end) if opens else None
        label = self._label_at(text[comma.end():comma.end() + 90]) if comma else None
        if label is None and before:
            doc, n = _in_place(before)
            stripped = n  # where ``before.rstrip()`` ends
            while stripped and doc[stripped - 1].isspace():
                stripped -= 1
            last = max(doc.rfind(c, 0, stripped - 1) for c in ".\n!?") + 1 if stripped else 0
            label = self._label_at(doc[last:min(n, last + 90)])
        return label

    def _label_at(self, words: str) -> str | None:
        """The source label whose words open ``words`` (after a determiner): the clause's subject."""
        words = words.lstrip(" \n«“\"")
        lead = self.orgs.lead.match(words)
        skip = lead.end() if lead else 0
        for label, rx in self._labels + self.attribution.sources:
            m = rx.search(words)
            if m is not None and m.start() <= skip:
                return label
        return None
