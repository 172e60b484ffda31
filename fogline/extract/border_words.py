"""Words of borders: a country or nationality word named across a border ('near the border with Niger', 'the
Somali border', 'la frontière burkinabè'), which is not the report's country, and a tri-border area named
without its countries ('le triple point'): places.json ``neighbour_before``, ``neighbour_after``, ``tripoint``."""

from __future__ import annotations

import re

from ..text import fold


class BorderWords:
    def __init__(self, data: dict, demonyms: dict):
        self._before = re.compile(data.get("neighbour_before", "(?!)"))
        self._after = re.compile(data.get("neighbour_after", "(?!)"))
        self._tripoint = re.compile(data.get("tripoint", "(?!)"), re.I)
        self._demonym_country = {fold(k): c for k, c in demonyms.get("demonyms", {}).items()}

    def neighbour(self, before: str, after: str = "") -> bool:
        """Whether the words around a country or nationality word make it the country across a border."""
        return bool(self._before.search(before[-80:]) or after and self._after.match(after))

    def demonym_country(self, word: str) -> str:
        """The country of a nationality word ('Burkinabe' -> 'Burkina Faso'), else ''."""
        return self._demonym_country.get(fold(word), "")

    def tripoint(self, text: str) -> re.Match | None:
        """Where ``text`` names a tri-border area ('the tri-border area', 'le triple point'), if it does."""
        return self._tripoint.search(text)
