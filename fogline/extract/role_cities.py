"""Cities a report names by their role rather than their name: 'the Somali capital', "Haiti's capital",
"Ukraine's second city", "the country's commercial capital", 'in the capital'. The language's patterns are
``capital_of`` in lang/<code>/places.json (group ``country``, else the report's own country; a named group of a
role of resources/city_roles.json, else the capital); the cities of the roles are data."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache

from ..gazetteer import RESOURCES, Gazetteer, PlaceEntry, fold
from .admin2 import capitals
from .needed_words import GatedPatterns

Span = tuple[int, int]


@cache
def city_roles() -> dict[str, dict[str, str]]:
    """Role -> country code -> folded name of the city a report may name only by that role ('capital', and
    resources/city_roles.json's 'second_city', 'commercial_capital')."""
    data = json.loads((RESOURCES / "city_roles.json").read_text("utf-8"))
    roles = {role: {cc: fold(name) for cc, name in names.items()} for role, names in data.items()
             if not role.startswith("_")}
    return {"capital": capitals(), **roles}


class RoleCities:
    """Finds the cities named by a role in a sentence."""

    def __init__(self, patterns: list[str], gazetteer: Gazetteer, country_of: Callable[[str], PlaceEntry | None],
                 aside: Callable[[str, int, int], bool]):
        self.gaz = gazetteer
        self._rx = GatedPatterns(patterns)  # a sentence without their words: not searched
        self._country_of = country_of
        self._aside = aside  # where people went or speak from ('flown to the capital'): not a place of the event

    def find(self, text: str, skip: list[Span], home: PlaceEntry | None,
             uses: list[bool]) -> list[tuple[int, int, PlaceEntry]]:
        """(start, end, city) of each role named in ``text``; ``home``: the report's first country, for a role
        that names none ('in the capital'); ``uses`` gets True when it chose (see PlaceReader.find)."""
        out: list[tuple[int, int, PlaceEntry]] = []
        taken = list(skip)
        for m in self._rx.matches(text, taken):
            s, e = m.span()
            word = m.groupdict().get("country")
            if word is None:
                uses.append(True)  # the report's country says which
            country = self._country_of(word) if word else home
            if country is None or self._aside(text, s, e):
                continue
            role = next((k for k, v in m.groupdict().items() if v and k != "country"), "capital")
            name = city_roles().get(role, {}).get(country.country_code)
            towns = [t for t in self.gaz.lookup(name or "") if t.country_code == country.country_code]
            if towns:
                out.append((s, e, max(towns, key=lambda t: t.population)))
                taken.append((s, e))
        return out
