"""Places a report names only by a nationality word on what was hit: 'Russia fired 40 missiles at Ukrainian cities',
'des frappes sur des villages libanais'. The country is where it happened (country precision), not the country
of the first word of the sentence. The patterns are ``country_by_demonym`` in lang/<code>/places.json (group
``country``: a nationality word or a country's name)."""

from __future__ import annotations

from collections.abc import Callable

from ..gazetteer import PlaceEntry
from .needed_words import GatedPatterns
from .place_mention import PlaceMention

Span = tuple[int, int]


class DemonymPlaces:
    """Finds the countries named by a nationality word on a target's noun."""

    def __init__(self, patterns: list[str], country_of: Callable[[str], PlaceEntry | None]):
        self._rx = GatedPatterns(patterns)  # a sentence without their words: not searched
        self._country_of = country_of

    def find(self, text: str, skip: list[Span]) -> list[PlaceMention]:
        out: list[PlaceMention] = []
        taken = list(skip)
        for m in self._rx.matches(text, taken):
            country = self._country_of(m.group("country"))
            if country is not None:  # the words said ('Ukrainian cities'), the nationality word its name
                out.append(PlaceMention(*m.span(), country, 4, *m.span("country")))
                taken.append(m.span())
        return out
