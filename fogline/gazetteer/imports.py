"""`fogline gazetteer import`: GeoNames country dumps and curated supplement CSVs loaded into the user's
gazetteer data (read back when the index is built)."""

from __future__ import annotations

import csv
import os
from pathlib import Path


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]


def imports_dir() -> Path:
    """Where `fogline gazetteer import` keeps the places a user loaded (data, not cache)."""
    env = os.environ.get("FOGLINE_DATA")
    return (Path(env) if env else Path.home() / ".local" / "share" / "fogline") / "gazetteer"


def _imported_files() -> list[Path]:
    d = imports_dir()
    return sorted([*d.glob("*.tsv"), *d.glob("*.csv")]) if d.exists() else []


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
    from . import Gazetteer

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
    from . import Gazetteer

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
