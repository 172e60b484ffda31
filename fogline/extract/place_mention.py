"""What a place mention is: a name found in a report and the gazetteer entry it stands for. Its own module so
that every reader of places and every step of placing shares it."""

from __future__ import annotations

from dataclasses import dataclass

from ..gazetteer import PlaceEntry

UNLISTED = "unlisted"  # PlaceEntry.kind of a named settlement missing from the gazetteer


@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int  # offsets within the searched string (the whole phrase)
    end: int
    entry: PlaceEntry
    precision: int  # 1 town, 2 near a town, 3 region, 4 country only
    name_start: int
    name_end: int
    pair: bool = False  # one of a road's two towns ('the Gusau-Funtua road'): where it runs, not where it happened
