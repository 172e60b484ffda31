"""A figure's parts and wholes: 'eight people, including three children' (the part is no figure of its own),
'one of two helicopters' (the whole only says how many there were), '12 trucks, tankers and one pickup' (one figure
of a list), 'five tanks destroyed and three captured' (the elided noun is the same things). A mixin of
``FigureReader``, whose patterns it reads."""

from __future__ import annotations

import re
from dataclasses import replace

from ..vocab import VEHICLE_WHATS
from .counted import RawClaim
from .numbers import Quantity


class FigureParts:
    def _same_things(self, text: str, claim: RawClaim, prev: RawClaim, q: Quantity, verbs) -> RawClaim:
        """'five tanks were destroyed and three captured': a figure whose noun is elided after one of vehicles or
        aircraft counts the same things, its verb read with their noun (tanks captured are vehicles seized)."""
        verb = next((v for v in verbs if claim.start <= v[0] and v[1] <= claim.end and not q.start <= v[0] < q.end),
                    None)
        what = self.nouns.what(verb[2], prev.noun) if verb else None
        return replace(claim, what=what, noun=prev.noun, of_actor=prev.of_actor, of_kind=prev.of_kind,
                       of_country=prev.of_country) if what else claim

    def _part_of_previous(self, text: str, prev: Quantity, q: Quantity) -> bool:
        """'eight people, including three children,': ``q`` is a part named right after ``prev``'s noun."""
        comma = text.rfind(",", prev.end, q.start)
        cut = prev.end if comma == -1 else comma  # "At least 30 people including 12 soldiers were killed"
        return self._subset_before(text, q) and re.fullmatch(r"[^,.;]{0,40}", text[prev.end:cut]) is not None

    def _subset_before(self, text: str, q: Quantity) -> bool:
        last = list(self._subset.finditer(text, max(0, q.start - 25), q.start))
        # "18 morts, dont six enfants, et une vingtaine de blessés": a comma and 'and' close the part
        return bool(last) and not re.search(r"[.;]", text[last[-1].end():q.start]) \
            and not self._comma_coord.search(text, last[-1].end(), q.start)

    def _extends_list(self, text: str, prev: RawClaim, q: Quantity, verbs) -> bool:
        """'12 trucks, tankers, one pickup and one armoured vehicle' is one figure: at least 14 ('several pickups
        and about 30 motorcycles' are two: a vague word counts nothing to add to)."""
        if prev.what not in VEHICLE_WHATS or prev.low is None or q.low is None or prev.vague or q.vague:
            return False  # "plusieurs pick-up et une trentaine de motos": a vague count adds to no other
        gap = text[prev.noun_end:q.start]
        if len(gap) > 80 or any(prev.noun_end <= v[0] < q.start for v in verbs) or re.search(r"[.;:]", gap) \
                or self._subset.search(gap):  # "15 vehicles, including one armoured car": a part, not more
            return False
        noun = self.nouns.vehicle.search(text[q.end:q.end + 40])
        if not noun or not re.match(r"^[\s\w-]*$", text[q.end:q.end + noun.start()]):
            return False
        prev.low += q.low
        more = prev.high is None or q.high is None or self.nouns.vehicle.search(gap)
        prev.high = None if more else prev.high + q.high
        prev.end = max(prev.end, q.end + noun.end())
        prev.noun_end = q.end + noun.end()
        return True

    def _drop_partitive_totals(self, text: str, quantities: list[Quantity]) -> list[Quantity]:
        """In 'one of two helicopters', '25 of the 30 drones' the figure is the part; the whole only says how many
        there were."""
        out = []
        for q in quantities:
            prev = out[-1] if out else None
            if prev and self._partitive.fullmatch(text[prev.end:q.start]) and (
                    prev.exact_word or (prev.low is not None and q.low is not None and prev.low < q.low)):
                if prev.exact_word and self._copula_before.search(text, max(0, prev.start - 12), prev.start):
                    out[-1] = q  # "the farmer was one of nine people killed": the whole is the toll
                continue  # "one of two helicopters", "shot down 25 of the 30 drones": the part is the figure
            out.append(q)
        return out
