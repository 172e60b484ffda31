"""ACLED's 31-column export: actors by side with inter codes, interaction, disorder type, notes
(codebooks.md §1)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, TextIO

from .common import REGION_BY_ISO3, coord, iso3_of, iso_numeric, outlets, parse_date, plain, sides, unique, write_csv
from .notes import acled_notes

# ACLED current export, 31 columns in ACLED's order (codebooks.md §1.15).
ACLED_COLUMNS: list[str] = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
]

# Actor kind (schema) → ACLED inter code; labels are ACLED's current text labels (§1.5).
INTER_CODES: dict[str, int] = {
    "state forces": 1,
    "rebel group": 2,
    "political militia": 3,
    "unidentified armed group": 3,  # "Unidentified Armed Group (Country)" is coded 3 by default
    "identity militia": 4,
    "rioters": 5,
    "protesters": 6,
    "civilians": 7,
    "foreign forces": 8,  # state forces operating outside their home country
    "other": 8,  # ACLED's catch-all "External/Other forces"
}
INTER_LABELS: dict[int, str] = {
    1: "State forces", 2: "Rebel group", 3: "Political militia", 4: "Identity militia",
    5: "Rioters", 6: "Protesters", 7: "Civilians", 8: "External/Other forces",
}

TIME_PRECISION: dict[str, int] = {"day": 1, "week": 2, "month": 3, "year": 3}

CIVILIANS_TARGETED = "Civilians targeted"  # the codebook's value (§1.13); blank otherwise

def _inter(actor: dict[str, Any] | None) -> int | None:
    if actor is None:
        return None
    return INTER_CODES.get((actor.get("kind") or "").lower())


def interaction(code1: int | None, code2: int | None, has_actor2: bool | None = None) -> str:
    """ACLED text interaction: lower code first, ``"<label> only"`` for one actor.

    Empty when an actor's kind has no inter code (no honest interaction to give).
    """
    if has_actor2 is None:
        has_actor2 = code2 is not None
    if code1 is None:
        return ""
    if not has_actor2:
        return f"{INTER_LABELS[code1]} only"
    if code2 is None:
        return ""
    lo, hi = sorted((code1, code2))
    return f"{INTER_LABELS[lo]}-{INTER_LABELS[hi]}"


def disorder_type(event_type: str | None, sub_event_type: str | None) -> str:
    sub = (sub_event_type or "").lower()
    if sub == "excessive force against protesters":
        return "Political violence; Demonstrations"
    if sub == "mob violence":
        return "Political violence"
    if event_type in ("Protests", "Riots"):
        return "Demonstrations"
    if event_type == "Strategic developments":
        return "Strategic developments"
    if event_type in ("Battles", "Explosions/Remote violence", "Violence against civilians"):
        return "Political violence"
    return ""


def _civilian_targeting(event: dict[str, Any], actor2: dict[str, Any] | None) -> str:
    et = event.get("event_type")
    sub = (event.get("sub_event_type") or "").lower()
    if et == "Violence against civilians" or sub == "excessive force against protesters":
        return CIVILIANS_TARGETED
    # civilians as the main target of a one-sided form of violence (not incidental harm in Battles)
    if et in ("Explosions/Remote violence", "Riots") and actor2 is not None \
            and (actor2.get("kind") or "").lower() == "civilians":
        return CIVILIANS_TARGETED
    return ""


def _timestamp(event: dict[str, Any]) -> str:
    ts = event.get("timestamp")
    if isinstance(ts, int | float) and not isinstance(ts, bool):
        return str(int(ts))
    raw = event.get("ingested_at")
    if not raw:
        return ""
    try:
        dt = raw if isinstance(raw, datetime) else datetime.fromisoformat(str(raw))
    except ValueError:
        return ""
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return str(int(dt.timestamp()))


# -- ACLED rows -------------------------------------------------------------------------
def acled_row(event: dict[str, Any]) -> dict[str, Any]:
    """One event as an ACLED export row (keys = ``ACLED_COLUMNS``)."""
    side_a, side_b = sides(event)
    actor1 = side_a[0] if side_a else None
    actor2 = side_b[0] if side_b else None
    code1, code2 = _inter(actor1), _inter(actor2)
    d = parse_date(event.get("date"))
    iso3 = iso3_of(event)
    iso = iso_numeric(iso3, event.get("country"))
    lat, lon = coord(event.get("latitude")), coord(event.get("longitude"))
    prec = TIME_PRECISION.get(event.get("date_precision") or "")
    fat = event.get("fatalities")
    main1 = actor1["name"] if actor1 else ""
    main2 = actor2["name"] if actor2 else ""
    return {
        "event_id_cnty": plain(event.get("id")),
        "event_date": d.isoformat() if d else "",
        "year": d.year if d else "",
        "time_precision": prec if prec is not None else "",
        "disorder_type": disorder_type(event.get("event_type"), event.get("sub_event_type")),
        "event_type": plain(event.get("event_type")),
        "sub_event_type": plain(event.get("sub_event_type")),
        "actor1": main1,
        "assoc_actor_1": "; ".join(n for n in unique(a["name"] for a in side_a[1:]) if n != main1),
        "inter1": INTER_LABELS[code1] if code1 else "",
        "actor2": main2,
        "assoc_actor_2": "; ".join(n for n in unique(a["name"] for a in side_b[1:]) if n != main2),
        "inter2": INTER_LABELS[code2] if code2 else "",
        "interaction": interaction(code1, code2, actor2 is not None) if actor1 else "",
        "civilian_targeting": _civilian_targeting(event, actor2),
        "iso": iso if iso is not None else "",
        "region": REGION_BY_ISO3.get(iso3 or "", ""),
        "country": plain(event.get("country")),
        "admin1": plain(event.get("admin1")),
        "admin2": plain(event.get("admin2")),
        "admin3": plain(event.get("admin3")),
        "location": plain(event.get("location")),
        "latitude": round(lat, 4) if lat is not None else "",
        "longitude": round(lon, 4) if lon is not None else "",
        "geo_precision": plain(event.get("geo_precision")),
        "source": "; ".join(outlets(event)),
        "source_scale": plain(event.get("source_scale")),
        "notes": acled_notes(event),
        "fatalities": fat if fat is not None else 0,
        "tags": plain(event.get("tags")),
        "timestamp": _timestamp(event),
    }


def write_acled_csv(events: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Write ACLED's 31-column CSV (header + one row per event); returns the row count."""
    return write_csv((acled_row(ev) for ev in events), out, ACLED_COLUMNS)
