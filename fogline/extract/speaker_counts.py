"""Numbers that count no victims of the event: the speakers of a figure ("according to three residents", "…, two
military officers said") and the kin a witness mourns ("lost two brothers"). Read by :mod:`.figures`."""

from __future__ import annotations

import re

from ..vocab import HARM
from .counted import CountedNouns
from .figure_windows import SpokenAfter, match, matches, speaker_words
from .numbers import Quantity
from .text import CaselessRegex, alternation


class SpeakerCounts:
    """Tells a number in a speaker phrase or a personal loss from a toll."""

    def __init__(self, claims: dict, attribution: dict, nouns: CountedNouns, gap_stop: re.Pattern):
        self.nouns = nouns
        self._single_gap_stop = gap_stop  # where a clause ends between a figure and its verb
        # "his two brothers", "lost two sons", "deux de ses frères": a personal loss, not the event's toll
        self._kin = CaselessRegex(rf"^\s+(?:[\w'’-]+\s+)?(?:{alternation(claims.get('kin_nouns', []))})(?![\w])")
        self._kin_owner_before = CaselessRegex(claims.get("kin_owner_before", "(?!)"))
        self._kin_owner_after = CaselessRegex(claims.get("kin_owner_after", "(?!)"))
        # "according to three residents": the number counts the speakers, not victims
        self._speaker_prep = CaselessRegex(rf"(?<![\w-])(?:{alternation(attribution.get('prepositions', []))})"
                                          rf"\s+(?:[\w'’-]+\s+){{0,2}}$")
        aux = attribution.get("verb_auxiliary")
        said = alternation(attribution.get("verbs", []))
        said = rf"(?:(?:{aux})\s+)?(?:{said})" if aux else rf"(?:{said})"
        # "said a farmer", "a raconté une femme", "two residents told": the number is the speaker's
        # "a déclaré à l'AFP un responsable": a person spoken to may stand between the verb and its speaker
        to = attribution.get("said_to")
        self._said_before = CaselessRegex(rf"[,”»\"]\s*{said}(?:\s+(?:{to}))?\s+$" if to else
                                          rf"[,”»\"]\s*{said}\s+$")
        self.said_any = CaselessRegex(rf"(?<![\w-]){said}(?![\w])")
        self._said_after = CaselessRegex(rf"^\s+(?:[\w'’-]+\s+){{1,2}}?{said}(?![\w])")
        self.spoken = SpokenAfter(claims, attribution)  # "…, two military officers said": who speaks
        self._speaker_noun = CaselessRegex(rf"^\s+(?:[\w'’-]+\s+)?(?:{alternation(speaker_words(attribution))})"
                                          rf"(?![\w])")

    def personal_loss(self, text: str, q: Quantity, folded: str | None = None) -> bool:
        """'lost two brothers', 'his three sons', 'deux de ses frères': kin a witness mourns are a personal loss
        inside the event, never its toll (they would undercut the residents' or an official's count)."""
        after = text[q.end:q.end + 60]
        owned_after = match(self._kin_owner_after, text, folded, q.end, q.end + 60)
        if owned_after:
            return bool(self._kin.match(" " + after[owned_after.end():]))
        return bool(matches(self._kin, text, folded, q.end, q.end + 60)
                    and self._kin_owner_before.search(text[max(0, q.start - 30):q.start]))

    def counted(self, text: str, q: Quantity, verbs=(), folded: str | None = None) -> bool:
        """'according to three residents who fled', 'selon deux témoins', 'said a farmer', 'two witnesses told':
        a number in the speaker phrase counts who speaks, not what happened ('…, said one of its commanders had
        died': the words after the verb are what it said, when a harm verb of theirs follows)."""
        before = text[max(0, q.start - 40):q.start]  # and the 60 characters after it
        # "said a farmer", not "toll of 21 civilians"
        speakers = q.exact_word or matches(self._speaker_noun, text, folded, q.end, q.end + 60)
        if speakers and self._said_before.search(before) and self._says_harm(text, q, verbs):
            return False  # "…, Isa Sanusi, said at least 14 villagers were killed": the harm verb's subject
        return bool(speakers and (self._speaker_prep.search(before) or self._said_before.search(before))
                    or speakers and matches(self._said_after, text, folded, q.end, q.end + 60)  # "two sources told"
                    or self.spoken.speakers(text, q, folded))

    def _says_harm(self, text: str, q: Quantity, verbs) -> bool:
        """Is the next verb after ``q``, in the same clause and close by, a harm verb ('one of its commanders had
        died')?"""
        first = next((v for v in verbs if v[0] >= q.end), None)
        if first is None or first[0] - q.end > 50 or self.nouns.what(first[2], None) not in HARM:
            return False
        return not (self._single_gap_stop.search(text, q.end, first[0]) or self.said_any.search(text, q.end, first[0]))
