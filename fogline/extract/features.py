"""Parks, reserves and forests named by their word first ('dans le parc W', 'parc national des Virunga'): the
phrase is the place when the gazetteer's curated aliases know it; the name alone ('W') is too short to read."""

from __future__ import annotations

from ..gazetteer import Gazetteer, PlaceEntry
from .text import CaselessRegex

_REACH = 40  # characters before a name searched for the feature's words


class FeatureWords:
    """The words of places.json ``feature_before`` and the gazetteer's curated natural areas."""

    def __init__(self, pattern: str | None, gazetteer: Gazetteer):
        self.gaz = gazetteer
        self._before = CaselessRegex(rf"(?<![\w-])(?:{pattern})\s*$") if pattern else None
        self._any = CaselessRegex(rf"(?<![\w-])(?:{pattern})") if pattern else None

    def named(self, text: str) -> bool:
        """Whether a sentence has a feature word at all (one search; most sentences name no park)."""
        return bool(self._any and self._any.search(text))

    def find(self, text: str, s: int, e: int) -> tuple[int, PlaceEntry] | None:
        """Where the phrase ending with the name at ``s:e`` starts, and the curated area it names, if any."""
        word = self._before.search(text[max(0, s - _REACH):s]) if self._before else None
        if word is None:
            return None
        start = s - (min(_REACH, s) - word.start())
        found = [x for x in self.gaz.lookup(text[start:e]) if x.kind == "supplement"]
        return (start, found[0]) if found else None
