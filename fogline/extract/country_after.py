"""The country a report writes right after a town ('Illela in Niger', 'Gaya, Niger,', 'Gaya au Niger', 'Gao
(Burkina Faso)'): it chooses among the town's namesakes before the report's countries do. Only a whole
capitalised run that is a country counts ('Gaya, Niger State' names Nigeria's state, not the country)."""

from __future__ import annotations

import re

from ..gazetteer import Gazetteer, PlaceEntry


class CountryAfter:
    def __init__(self, pattern: str | None, gazetteer: Gazetteer):
        self.gaz = gazetteer
        self._rx = re.compile(pattern) if pattern else None  # places.json ``country_after``, group 'c'

    def code(self, text: str, end: int) -> str | None:
        """The ISO2 code of the country written right after a name ending at ``end``, if one is."""
        m = self._rx.match(text, end) if self._rx else None
        country = self.gaz.country(m.group("c")) if m else None
        return country.country_code if country else None

    def choose(self, entries: list[PlaceEntry], text: str, end: int) -> PlaceEntry | None:
        """Of the namesakes of a name ending at ``end``, the largest in the country written after it, if any."""
        if len({x.country_code for x in entries}) < 2:
            return None
        code = self.code(text, end)
        return max((x for x in entries if x.country_code == code), key=lambda x: x.population, default=None)
