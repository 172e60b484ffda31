"""UCDP GED's 49 columns: deaths by side, best/low/high, date and place precision."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TextIO

from ..vocab import THE_OUTLET
from .common import REGION_BY_ISO3, UCDP_REGION, coord, iso3_of, parse_date, sides, unique, write_csv

# -- UCDP GED ----------------------------------------------------------------------------
UCDP_COLUMNS = [
    "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id", "conflict_new_id",
    "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name", "side_a_dset_id", "side_a_new_id", "side_a",
    "side_b_dset_id", "side_b_new_id", "side_b", "number_of_sources", "source_article", "source_office",
    "source_date", "source_headline", "source_original", "where_prec", "where_coordinates", "where_description",
    "adm_1", "adm_2", "latitude", "longitude", "geom_wkt", "priogrid_gid", "country", "country_id", "region",
    "event_clarity", "date_prec", "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians",
    "deaths_unknown", "best", "high", "low", "gwnoa", "gwnob",
]
_DATE_PREC = {"day": 1, "week": 3, "month": 4, "year": 5}
_WHERE_PREC = {1: 1, 2: 2, 3: 4}


def ucdp_row(row: dict[str, Any]) -> dict[str, Any]:
    """One event or incident as a UCDP GED row. Fields Fogline cannot know (UCDP conflict and dyad ids,
    Gleditsch-Ward codes, PRIO-GRID cells) stay empty rather than invented."""
    side_a, side_b = sides(row)
    a = "; ".join(x["name"] for x in side_a)
    b = "; ".join(x["name"] for x in side_b)
    est = row.get("estimates") or {}

    def best(key: str) -> int:
        return (est.get(key) or {}).get("best") or 0

    deaths = {k: best(k) for k in ("deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown")}
    lows = sum((est.get(k) or {}).get("low") or 0 for k in deaths)
    highs = [(est.get(k) or {}).get("high") for k in deaths if est.get(k)]
    kinds = {x.get("kind") for x in side_a + side_b}
    if "civilians" in {x.get("kind") for x in side_b} or row.get("event_type") == "Violence against civilians":
        tov = 3
    elif "state forces" in kinds:
        tov = 1
    else:
        tov = 2
    lat, lon = coord(row.get("latitude")), coord(row.get("longitude"))
    d = parse_date(row.get("date"))
    sources = row.get("sources") or [{"outlet": row.get("outlet"), "published": row.get("published"),
                                       "title": row.get("title"), "url": row.get("url")}]
    region = REGION_BY_ISO3.get(iso3_of(row) or "", "")
    originals = unique(c.get("claimant") for c in row.get("claims") or [] if c.get("claimant") != THE_OUTLET)
    return {
        "id": row.get("id"), "relid": row.get("id"), "year": d.year if d else "", "active_year": "",
        "code_status": "Candidate", "type_of_violence": tov, "conflict_dset_id": "", "conflict_new_id": "",
        "conflict_name": "", "dyad_dset_id": "", "dyad_new_id": "", "dyad_name": f"{a} - {b}" if b else a,
        "side_a_dset_id": "", "side_a_new_id": "", "side_a": a, "side_b_dset_id": "", "side_b_new_id": "",
        "side_b": b, "number_of_sources": len(sources),
        "source_article": "; ".join(f"{s.get('outlet') or '?'} ({s.get('published') or 'n.d.'}) {s.get('title') or ''}"
                                    .strip() for s in sources),
        "source_office": "; ".join(unique(s.get("outlet") or "" for s in sources)),
        "source_date": "; ".join(unique(s.get("published") or "" for s in sources)),
        "source_headline": "; ".join(unique(s.get("title") or "" for s in sources)),
        "source_original": "; ".join(originals),
        "where_prec": _WHERE_PREC.get(row.get("geo_precision"), 6 if row.get("country") else ""),
        "where_coordinates": ", ".join(x for x in (row.get("location"), row.get("admin1"), row.get("country")) if x),
        "where_description": ((row.get("location_evidence") or {}).get("text") or row.get("location") or ""),
        "adm_1": row.get("admin1") or "", "adm_2": row.get("admin2") or "",
        "latitude": lat if lat is not None else "", "longitude": lon if lon is not None else "",
        "geom_wkt": f"POINT ({lon} {lat})" if lat is not None and lon is not None else "", "priogrid_gid": "",
        "country": row.get("country") or "", "country_id": "", "region": UCDP_REGION.get(region, ""),
        "event_clarity": 1, "date_prec": _DATE_PREC.get(row.get("date_precision"), ""),
        "date_start": row.get("date") or "", "date_end": row.get("date") or "",
        **deaths, "best": sum(deaths.values()),
        "high": "" if any(h is None for h in highs) else sum(highs), "low": lows, "gwnoa": "", "gwnob": "",
    }


def write_ucdp_csv(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    return write_csv((ucdp_row(r) for r in rows), out, UCDP_COLUMNS)
