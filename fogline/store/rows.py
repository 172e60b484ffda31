"""Table rows → the dicts every reader gets (an event in the extraction schema's shape plus its
document's fields; a document's metadata)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from .base import chunks, iso, iso_ts
from .schema import claims, documents, events


def _span(start: Any, end: Any, text: Any) -> dict[str, Any] | None:
    if start is None and end is None and text is None:
        return None
    return {"start": start, "end": end, "text": text}


def event_select() -> sa.Select:
    return sa.select(
        events,
        documents.c.outlet, documents.c.url, documents.c.published, documents.c.language,
        documents.c.title, documents.c.ingested_at,
    ).join(documents, documents.c.id == events.c.document_id)


def document_select() -> sa.Select:
    n_events = (sa.select(sa.func.count()).where(events.c.document_id == documents.c.id)
                .scalar_subquery().label("event_count"))
    return sa.select(
        documents.c.id, documents.c.url, documents.c.outlet, documents.c.title,
        documents.c.language, documents.c.published, documents.c.text_sha256,
        documents.c.ingested_at, n_events)


def document_dict(r: Any) -> dict[str, Any]:
    return {
        "id": r.id, "url": r.url, "outlet": r.outlet, "title": r.title, "language": r.language,
        "published": iso(r.published), "text_sha256": r.text_sha256,
        "ingested_at": iso_ts(r.ingested_at), "event_count": r.event_count,
    }


_CLAIM_COLUMNS = (claims.c.event_id, claims.c.id, claims.c.what, claims.c.of_actor, claims.c.low, claims.c.high,
                  claims.c.vague, claims.c.claimant, claims.c.status, claims.c.evidence_start, claims.c.evidence_end,
                  claims.c.evidence_text, claims.c.claimant_start, claims.c.claimant_end, claims.c.claimant_text)


def claims_for(conn: Connection, event_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Event id → its claims as dicts, in order (rows read as tuples: every incident assembly reads them all)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for chunk in chunks(event_ids):
        rows = conn.execute(sa.select(*_CLAIM_COLUMNS).where(claims.c.event_id.in_(chunk))
                            .order_by(claims.c.event_id, claims.c.seq))
        for (event_id, cid, what, of, low, high, vague, claimant, status, e_start, e_end, e_text, c_start, c_end,
             c_text) in rows:
            out.setdefault(event_id, []).append({
                "id": cid if cid is not None else "",
                "what": what,
                "of": of,
                "low": low,
                "high": high,
                "vague": bool(vague),
                "claimant": claimant,
                "status": status,
                "evidence": _span(e_start, e_end, e_text),
                "claimant_evidence": _span(c_start, c_end, c_text),
            })
    return out


def event_dict(r: Any, claim_dicts: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": r.id,
        "event_type": r.event_type,
        "sub_event_type": r.sub_event_type,
        "date": iso(r.date),
        "date_precision": r.date_precision,
        "date_evidence": r.date_evidence,
        "country": r.country,
        "iso3": r.iso3,
        "admin1": r.admin1,
        "admin2": r.admin2,
        "location": r.location,
        "latitude": r.latitude,
        "longitude": r.longitude,
        "geo_precision": r.geo_precision,
        "geonames_id": r.geonames_id,
        "location_evidence": r.location_evidence,
        "actors": r.actors or [],
        "claims": claim_dicts,
        "estimates": r.estimates or {},
        "fatalities": r.fatalities,
        "contradictions": r.contradictions or [],
        "evidence": r.evidence or [],
        "confidence": r.confidence,
        "grade": r.grade,
        "grade_reason": r.grade_reason or "",
        "document_id": r.document_id,
        "outlet": r.outlet,
        "url": r.url,
        "published": iso(r.published),
        "language": r.language,
        "title": r.title,
        "ingested_at": iso_ts(r.ingested_at),
    }
