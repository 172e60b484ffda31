"""Where a name lies beside another (issue 14): 'bombed X, on Y island', 'stormed X, in Y' name a settlement X
by the known town Y it lies in; '180 km east of Y, in X' closes the distance at Y's comma; 'soldiers on their way
to Y' name a town a journey went to, not the event's. Language data: ``settlement_beside_town``,
``settlement_loose_before``, ``journey_before``, ``distance_units`` of places.json."""

from __future__ import annotations

import re

from ..gazetteer import Gazetteer, PlaceEntry
from ..text import fold
from . import pattern_cache
from .text import alternation


class Beside:
    def __init__(self, gazetteer: Gazetteer, data: dict, not_places: set[str], name_rx: re.Pattern):
        self.gaz = gazetteer
        self._not_places = not_places
        self._name_rx = name_rx  # a run of capitalised words, as the place reader reads names
        self._facilities = {fold(w) for w in data.get("facility_words", [])}  # "Kamal Adwan Hospital, in X"
        self._beside_town = pattern_cache.compile(data.get("settlement_beside_town", "(?!)"))  # "X, in Y"
        self._loose_before = pattern_cache.compile(data.get("settlement_loose_before", "(?!)"))
        self._journey = pattern_cache.compile(data.get("journey_before", "(?!)"), re.I)  # "on their way to X"
        units = alternation(data.get("distance_units", []))
        self._km_rx = pattern_cache.compile(rf"\d+\s*(?:{units})\b", re.I)
        # "Kutum, 100 km northwest of El Fasher", "Dikwa, which lies some 90 km east of": a distance set off after
        # a name says the name is a place (the distance's own town is only where it lies); lower-case words only
        # between the comma and the unit, so no other name stands between
        self._distance_after = pattern_cache.compile(
            rf",\s+(?:[^\W\d_A-ZÀ-Ý][\w'’-]*\s+){{0,4}}?(?:\d[\d.,]*\s*|[^\W\d_A-ZÀ-Ý][\w-]*\s+)(?:{units})\b")

    def known_town_after(self, text: str, s: int, e: int, country: PlaceEntry | None) -> bool:
        """Whether a name the gazetteer lacks, right after 'in' or an attack verb, is followed by the known town
        of the report's country where it lies ('bombed X, on Y island', 'stormed X, in Y'): X is a settlement,
        Y only where it lies (an island, named so, need not be known). Not a name with a word that names no place
        or a building ('Kamal Adwan Hospital, in Beit Lahiya': ``facility_words``)."""
        m = self._beside_town.match(text[e:e + 40])
        if m is None or country is None or not self._loose_before.search(text[max(0, s - 20):s]) \
                or any(w in self._not_places or w in self._facilities for w in fold(text[s:e]).split()):
            return False
        if m.groupdict().get("island"):
            return True  # "on Ramree island": the island word says it is a place, known or not
        run = self._name_rx.match(text, e + m.end())
        words = run.group().split() if run else []
        return any(x.country_code == country.country_code  # the gazetteer's own: never an unlisted settlement
                   for n in range(len(words), 0, -1) for x in self.gaz.lookup(" ".join(words[:n])))

    def km_before(self, before: str) -> bool:
        """A distance just before a name ('30 km from X'): near X; not when a comma closes the distance's own
        town first ('180 km east of Y, in X': X itself)."""
        found = list(self._km_rx.finditer(before))
        return bool(found) and "," not in before[found[-1].end():]

    def distance_after(self, text: str, end: int) -> bool:
        """Whether a distance from another place follows a name after a comma ('X, 100 km northwest of Y', 'X, a
        village about five kilometres west of Y'): X is named as a place, whatever word came before it."""
        return bool(self._distance_after.match(text, end, end + 60))

    def journey(self, before: str) -> bool:
        """Whether the words before a town make it where a journey went or came from ('soldiers on their way to
        X', 'a convoy that left X'), not a town of the event's own."""
        return bool(self._journey.search(before[-80:]))
