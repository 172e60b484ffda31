"""What every export format shares: plain cells, dates, names, sides, countries and coordinates."""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any, TextIO

import pycountry

from ..records import as_date

# ACLED's region by ISO3 and UCDP's by ACLED region: data, in resources/regions.json
_REGIONS = json.loads((Path(__file__).parent.parent / "resources" / "regions.json").read_text(encoding="utf-8"))
REGION_BY_ISO3: dict[str, str] = {iso: region for region, isos in _REGIONS["acled"].items() for iso in isos}
UCDP_REGION: dict[str, str] = _REGIONS["ucdp"]

# -- small helpers ----------------------------------------------------------------------
def plain(value: Any) -> str:
    return "" if value is None else str(value)


def parse_date(value: Any) -> date | None:
    try:
        return as_date(str(value)[:10] if isinstance(value, str) else value)
    except ValueError:
        return None


def join_names(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def unique(names: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for n in names:
        if n and n not in seen:
            seen[n] = None
    return list(seen)


def sides(event: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Actors for ACLED slots 1 and 2 (side A, side B).

    When no side-A actor is known the side-B actors move to slot 1, except for
    Violence against civilians where the target is always actor 2.
    """
    acts = [a for a in event.get("actors") or [] if a.get("name")]
    side_a = [a for a in acts if a.get("side") == "A"]
    side_b = [a for a in acts if a.get("side") == "B"]
    if not side_a and side_b and event.get("event_type") != "Violence against civilians":
        side_a, side_b = side_b, []
    return side_a, side_b


def iso_numeric(iso3: str | None, country: str | None = None) -> int | None:
    """ISO 3166 numeric code from alpha-3 (or, failing that, the country name)."""
    rec = None
    if iso3:
        rec = pycountry.countries.get(alpha_3=iso3.upper())
    if rec is None and country:
        try:
            rec = pycountry.countries.lookup(country)
        except LookupError:
            rec = None
    return int(rec.numeric) if rec is not None else None


def iso3_of(event: dict[str, Any]) -> str | None:
    if event.get("iso3"):
        return str(event["iso3"]).upper()
    if event.get("country"):
        try:
            return pycountry.countries.lookup(event["country"]).alpha_3
        except LookupError:
            return None
    return None


def coord(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        f = float(value)
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None

def outlets(row: dict[str, Any]) -> list[str]:
    """An incident names every report's outlet; an event its own."""
    if row.get("sources"):
        return unique(s.get("outlet") or s.get("document_id") or "" for s in row["sources"])
    return [row["outlet"]] if row.get("outlet") else []


# Cells a spreadsheet would read as a formula (OWASP "CSV injection"): an outlet "=HYPERLINK(...)" or a
# title "@SUM(...)" must reach the analyst as text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Any) -> Any:
    """A text cell that starts like a formula gets a leading apostrophe; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_csv(rows: Iterable[dict[str, Any]], out: TextIO, columns: list[str]) -> int:
    """Header and one line per row, every cell spreadsheet-safe; returns the row count."""
    w = csv.writer(out, lineterminator="\n")
    w.writerow(columns)
    n = 0
    for row in rows:
        w.writerow([spreadsheet_safe(row.get(c, "")) for c in columns])
        n += 1
    return n
