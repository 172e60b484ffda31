"""GeoJSON (one point feature per placed row) and JSON Lines (whole records)."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from typing import Any, TextIO

from .common import coord, unique
from .notes import acled_notes

# -- GeoJSON / JSONL --------------------------------------------------------------------
_SKIP_PROPS = {"document_text", "latitude", "longitude"}


def geojson_feature(event: dict[str, Any]) -> dict[str, Any] | None:
    """A GeoJSON Point feature, or None when the event has no coordinates."""
    lat, lon = coord(event.get("latitude")), coord(event.get("longitude"))
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    props: dict[str, Any] = {}
    for k, v in event.items():
        if k in _SKIP_PROPS:
            continue
        if v is None or isinstance(v, str | int | float | bool):
            if isinstance(v, float) and not math.isfinite(v):
                v = None
            props[k] = v
    props["actors"] = unique(a.get("name") for a in event.get("actors") or [])
    props["claims_count"] = len(event.get("claims") or [])
    props["fatalities"] = event.get("fatalities")
    props["notes"] = acled_notes(event)
    return {
        "type": "Feature",
        "id": event.get("id"),
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": props,
    }


def write_geojson(events: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Write a FeatureCollection of Points ([lon, lat]); events without coordinates are skipped."""
    out.write('{"type": "FeatureCollection", "features": [')
    n = 0
    for ev in events:
        feat = geojson_feature(ev)
        if feat is None:
            continue
        out.write(",\n" if n else "\n")
        out.write(json.dumps(feat, ensure_ascii=False, allow_nan=False, default=str))
        n += 1
    out.write("\n]}\n")
    return n


def write_jsonl(events: Iterable[dict[str, Any]], out: TextIO) -> int:
    """One JSON object per line per event; returns the line count."""
    n = 0
    for ev in events:
        out.write(json.dumps(ev, ensure_ascii=False, default=str))
        out.write("\n")
        n += 1
    return n
