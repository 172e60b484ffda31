"""Review values over fused incidents: what may be edited and how a value is checked; where each value of an
incident came from. The filters every list shares are ``fogline.store.filters``; ``apply_review`` is in
``fogline.store.review`` (both re-exported here).

Pure functions: nothing here touches the database (``Store.reviewed`` and ``Store.set_review`` do).
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from ..store import FilterError, Filters, apply_review, matches
from ..vocab import KILLED

__all__ = ["FilterError", "Filters", "ReviewError", "apply_review", "clean_value", "evidence_index", "matches"]

EVENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
               "Strategic developments")
GRADES = ("confirmed", "fair", "weak", "contested", "discounted")
STATUSES = ("accepted", "rejected")
DATE_PRECISIONS = ("day", "week", "month", "year")
TEXT_FIELDS = ("sub_event_type", "country", "admin1", "admin2", "location", "note")
EDITABLE = ("event_type", "sub_event_type", "date", "date_precision", "country", "admin1", "admin2", "location",
            "latitude", "longitude", "geo_precision", "fatalities", "grade", "note")
MAX_TEXT = 2000


class ReviewError(ValueError):
    """A review value that cannot be stored (bad field or value)."""


def clean_value(field: str, value: Any) -> Any:
    """The value to store for ``field``, checked and normalised; raises ReviewError."""
    if field not in EDITABLE:
        raise ReviewError(f"field {field!r} cannot be edited; editable: {', '.join(EDITABLE)}")
    if value is None or (isinstance(value, str) and not value.strip()):
        if field == "note":
            return ""
        raise ReviewError(f"{field}: a value is needed (use revert to go back to the fused value)")
    if isinstance(value, bool):
        raise ReviewError(f"{field}: not a boolean")
    if field in TEXT_FIELDS:
        if not isinstance(value, str):
            raise ReviewError(f"{field}: text expected")
        value = value.strip()
        if len(value) > MAX_TEXT:
            raise ReviewError(f"{field}: longer than {MAX_TEXT} characters")
        return value
    if field == "event_type":
        match = [t for t in EVENT_TYPES if isinstance(value, str) and t.casefold() == value.strip().casefold()]
        if not match:
            raise ReviewError(f"event_type: one of {', '.join(EVENT_TYPES)}")
        return match[0]
    if field == "grade":
        if not isinstance(value, str) or value.strip().lower() not in GRADES:
            raise ReviewError(f"grade: one of {', '.join(GRADES)}")
        return value.strip().lower()
    if field == "date_precision":
        if not isinstance(value, str) or value.strip().lower() not in DATE_PRECISIONS:
            raise ReviewError(f"date_precision: one of {', '.join(DATE_PRECISIONS)}")
        return value.strip().lower()
    if field == "date":
        try:
            return date.fromisoformat(str(value).strip()).isoformat()
        except ValueError:
            raise ReviewError("date: YYYY-MM-DD expected") from None
    if field in ("latitude", "longitude"):
        try:
            f = float(value)
        except (TypeError, ValueError):
            raise ReviewError(f"{field}: a number expected") from None
        limit = 90 if field == "latitude" else 180
        if not math.isfinite(f) or abs(f) > limit:
            raise ReviewError(f"{field}: between -{limit} and {limit}")
        return round(f, 6)
    # integers
    try:
        n = int(str(value).strip())
    except ValueError:
        raise ReviewError(f"{field}: a whole number expected") from None
    if field == "geo_precision" and n not in (1, 2, 3):
        raise ReviewError("geo_precision: 1, 2 or 3")
    if field == "fatalities" and not 0 <= n <= 10_000_000:
        raise ReviewError("fatalities: 0 or more")
    return n


def evidence_index(incident: dict[str, Any], event_records: list[dict[str, Any]]) -> dict[str, Any]:
    """Where each incident-level value came from: spans ``{document_id, event_id, start, end, text}`` for the
    date, place, type, fatalities and each actor, from the member events that agree with the value."""
    def span(e: dict[str, Any], ev: dict[str, Any] | None) -> dict[str, Any] | None:
        if not ev or ev.get("start") is None:
            return None
        return {"document_id": e["document_id"], "event_id": e["id"], "start": ev["start"], "end": ev["end"],
                "text": ev.get("text")}

    out: dict[str, Any] = {"date": [], "location": [], "event_type": [], "fatalities": [], "actors": {}}
    for e in event_records:
        if e.get("date") and e.get("date") == incident.get("date") and (s := span(e, e.get("date_evidence"))):
            out["date"].append(s)
        if e.get("location") == incident.get("location") and (s := span(e, e.get("location_evidence"))):
            out["location"].append(s)
        if e.get("event_type") == incident.get("event_type"):
            out["event_type"] += [s for ev in e.get("evidence") or [] if (s := span(e, ev))]
        for a in e.get("actors") or []:
            out["actors"].setdefault(a["name"], [])
            out["actors"][a["name"]] += [s for ev in a.get("evidence") or [] if (s := span(e, ev))]
        for c in e.get("claims") or []:
            if c.get("what") == KILLED and (s := span(e, c.get("evidence"))):
                out["fatalities"].append(s)
    return out
