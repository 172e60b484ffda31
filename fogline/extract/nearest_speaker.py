"""Which of a sentence's speakers says a figure: the nearest of its clause ('X, while Y claimed Z' gives Z to Y
only), not one inside the quote or relative clause around it, nor one inside a clause a later verb opens ('…,
adding that Y had claimed it'); and whether the structure reader's whole speaker phrase names a stand-in better."""

from __future__ import annotations

import re

from .attribution import AttributionReader
from .counted import RawClaim
from .speaker_memory import Speaker
from .structure import closes_sentence, quote_around
from .text import CaselessRegex


class NearestSpeaker:
    def __init__(self, data: dict, attribution: AttributionReader, clause_break: CaselessRegex):
        self.attribution = attribution
        self._clause_break = clause_break
        # "…, adding that X had claimed the attack": a verb that opens its own complement after the figure
        self._complement = re.compile(rf"(?:{data['claims'].get('complementizer', '(?!)')})(?![\w])", re.I)
        # "Alors qu'un élu local affirme que …, deux corps ont été retrouvés": a speaker in a fronted subordinate clause
        fronted = data["attribution"].get("fronted_concession")
        self._fronted = re.compile(fronted, re.I) if fronted else None

    def wider(self, text: str, sp: Speaker, framed: Speaker) -> bool:
        """'selon le porte-parole du gouvernement', 'according to the spokesman for the group': the regexes read
        the stand-in alone as the last speaker; the whole phrase the structure found names whose it is."""
        pm = self.attribution.pronoun(text[sp.start:sp.end])
        if not pm or pm.end() - pm.start() != sp.end - sp.start or framed.name == sp.name:
            return False
        lo, hi = min(sp.start, framed.start), max(sp.end, framed.end)
        return (framed.start, framed.end) != (sp.start, sp.end) and hi - lo < 80 and \
            not re.search(r"[,.;:“”\"«»]", text[lo:hi].strip(" ,.;:"))

    def _subordinate(self, between: str) -> bool:
        """Do the words between a figure and a later speaker open a clause the speaker is inside ('…, adding
        that Y claimed')? A comma after the complementizer ends it ('the attack that hit the market, police said')."""
        ends = [m.end() for m in self._complement.finditer(between)]
        return bool(ends) and "," not in between[ends[-1]:]

    def before_main(self, text: str, s: Speaker, raw: RawClaim) -> bool:
        """Is the speaker inside a subordinate clause opening the sentence ('Tandis que l'armée annonce …,') and the
        figure after the comma that closes it (in the main clause)?"""
        return self._concession(text, s, raw) is not None

    def _concession(self, text: str, s: Speaker, raw: RawClaim) -> tuple[int, int] | None:
        """The span of the fronted clause the speaker is inside, up to its closing comma before the figure."""
        if self._fronted is None:
            return None
        comma = text.find(",", max(s.end, s.verb_end))
        m = self._fronted.search(text, 0, s.start) if comma != -1 and comma < raw.start else None
        return (m.start(), comma + 1) if m else None

    def main_clause(self, text: str, raw: RawClaim, speakers: list[Speaker]) -> int:
        """Where the figure's main clause starts: after the comma of a fronted clause whose speaker it is not
        ('Si l'armée affirme avoir neutralisé dix terroristes, quatre soldats ont péri'), else the sentence start."""
        return max((text.find(",", max(s.end, s.verb_end)) + 1 for s in speakers if self.before_main(text, s, raw)),
                   default=0)

    def speaker(self, text: str, raw: RawClaim, speakers: list[Speaker]) -> Speaker | None:
        """The nearest speaker of the same clause: 'X, while Y claimed Z' gives Z to Y only."""
        quote = quote_around(text, raw.start)
        if quote is not None:  # "“According to initial reports, 40 were killed,” he said": the quote's speaker
            outside = [s for s in speakers if s.start >= quote[1] or s.end <= quote[0]]
            if outside and len(outside) < len(speakers):
                speakers = outside
        fronted = [c for c in (self._concession(text, s, raw) for s in speakers) if c is not None]
        speakers = [s for s in speakers if not self.before_main(text, s, raw)]  # a fronted clause's speaker
        inside = [s for s in speakers if self.attribution.subjects.in_relative(text, s.start)]
        if inside and len(inside) < len(speakers):  # "…, which the army blamed on the RSF, the ministry said"
            speakers = [s for s in speakers if s not in inside]
        # "X confirmed the attack but said N …": from the verb on, not from X (the 'but' joins X's two verbs)
        # ("X said that while the army put it at 12, 31 …": the 'while' clause is no break of X's; "“We lost 10 men,
        # but we killed 40,” an officer said": a quotation is all its speaker's words, its 'but' no break)
        unbroken = fronted + [(quote[0], raw.start), (raw.end, quote[1])] if quote is not None else fronted
        near = [s for s in speakers if not self._clause_break.search(_outside(
            text, s.verb_end if s.end <= s.verb_end <= raw.start else min(s.end, raw.end), max(s.start, raw.start),
            unbroken))]
        # "L'attaque, revendiquée par X, a fait 50 morts, selon Y": Y gives the figure; with no Y, the one who
        # claimed the act gives none ("L'attaque, qui a fait 12 morts, a été revendiquée par X")
        near = [s for s in near if not self.attribution.act_claim(s.verb)]
        if any(s.start > raw.end for s in speakers):  # "X said 30 were killed, adding that Y had claimed it": not Y
            speakers = [s for s in speakers if s.start < raw.end or not self._subordinate(text[raw.end:s.start])]
            near = [s for s in near if s in speakers]
        last = speakers[0] if len(speakers) == 1 else None
        if not near and last is not None and last.start > raw.end and quote is None \
                and not self.attribution.act_claim(last.verb) \
                and closes_sentence(text, last.start, max(last.end, last.verb_end)):
            return last  # "Five soldiers were killed while repelling the attack, the army said."
        return min(near, key=lambda s: abs(s.start - raw.start)) if near else None


def _outside(text: str, a: int, b: int, spans: list[tuple[int, int]]) -> str:
    """``text[a:b]`` without the fronted clauses inside it."""
    out, at = [], a
    for lo, hi in sorted(spans):
        if a <= lo < b:
            out.append(text[at:lo])
            at = max(at, min(hi, b))
    return "".join(out) + text[at:b]
