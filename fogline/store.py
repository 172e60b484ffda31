"""The data layer: extractions in, event dicts out (SQLAlchemy Core).

SQLite is the default (one file, WAL, foreign keys on); any SQLAlchemy URL such as
``postgresql+psycopg://...`` takes the same code path. The database stays a plain
database a user can open in Datasette or DuckDB: one readable column per scalar
value, JSON only where the value is nested (actors with evidence, estimates,
contradictions, evidence spans).

Tables
    documents  one row per document (metadata, text, sha256, background, warnings)
    events     one row per extracted event, FK documents.id
    claims     one row per claim, FK events.id; evidence spans as start/end/text columns
    actors     one row per event actor, FK events.id (for filtering; the event's
               ``actors`` JSON column keeps the full records with evidence)

Every document is written in one transaction: ``add`` either writes all of it or
nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event as sa_event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError

from .records import as_date

DEFAULT_DB_URL = "sqlite:///fogline.db"

metadata = sa.MetaData()

_ID = sa.String(255)
_JSON = sa.JSON(none_as_null=True)

documents = sa.Table(
    "documents", metadata,
    sa.Column("id", _ID, primary_key=True),
    sa.Column("url", sa.Text),
    sa.Column("outlet", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("language", sa.String(16)),
    sa.Column("published", sa.Date),
    sa.Column("text_sha256", sa.String(64), nullable=False),
    sa.Column("text", sa.Text),
    sa.Column("ingested_at", sa.DateTime),  # naive UTC
    sa.Column("background", _JSON),
    sa.Column("warnings", _JSON),
    sa.Index("ix_documents_text_sha256", "text_sha256"),
)

events = sa.Table(
    "events", metadata,
    sa.Column("id", _ID, primary_key=True),
    sa.Column("document_id", _ID, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    sa.Column("seq", sa.Integer, nullable=False),  # position in the document's extraction
    sa.Column("event_type", sa.String(64)),
    sa.Column("sub_event_type", sa.String(128)),
    sa.Column("date", sa.Date),
    sa.Column("date_precision", sa.String(16)),
    sa.Column("country", sa.String(128)),
    sa.Column("iso3", sa.String(8)),
    sa.Column("admin1", sa.Text),
    sa.Column("admin2", sa.Text),
    sa.Column("location", sa.Text),
    sa.Column("latitude", sa.Float),
    sa.Column("longitude", sa.Float),
    sa.Column("geo_precision", sa.Integer),
    sa.Column("geonames_id", sa.BigInteger),
    sa.Column("fatalities", sa.Integer),
    sa.Column("confidence", sa.Float),
    sa.Column("grade", sa.String(16)),
    sa.Column("grade_reason", sa.Text),
    sa.Column("actors", _JSON),
    sa.Column("estimates", _JSON),
    sa.Column("contradictions", _JSON),
    sa.Column("evidence", _JSON),
    sa.Column("date_evidence", _JSON),
    sa.Column("location_evidence", _JSON),
    sa.Index("ix_events_date", "date"),
    sa.Index("ix_events_country", "country"),
    sa.Index("ix_events_document_id", "document_id"),
)

# The composite primary key (event_id, seq) is also the index on claims.event_id.
claims = sa.Table(
    "claims", metadata,
    sa.Column("event_id", _ID, sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("seq", sa.Integer, primary_key=True),  # position in the event's claim list
    sa.Column("id", sa.String(255)),  # the extractor's claim id (may be empty)
    sa.Column("document_id", _ID, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    sa.Column("what", sa.String(64)),
    sa.Column("of_actor", sa.Text),
    sa.Column("low", sa.Integer),
    sa.Column("high", sa.Integer),
    sa.Column("vague", sa.Boolean),
    sa.Column("claimant", sa.Text),
    sa.Column("status", sa.String(32)),
    sa.Column("evidence_start", sa.Integer),
    sa.Column("evidence_end", sa.Integer),
    sa.Column("evidence_text", sa.Text),
    sa.Column("claimant_start", sa.Integer),
    sa.Column("claimant_end", sa.Integer),
    sa.Column("claimant_text", sa.Text),
    sa.Index("ix_claims_document_id", "document_id"),
)

actors = sa.Table(
    "actors", metadata,
    sa.Column("event_id", _ID, sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("seq", sa.Integer, primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("name_folded", sa.Text, nullable=False),  # casefolded name for filtering
    sa.Column("kind", sa.String(64)),
    sa.Column("side", sa.String(1)),
    sa.Column("country", sa.String(128)),
)

incident_members = sa.Table(
    "incident_members", metadata,
    sa.Column("event_id", _ID, sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("incident_id", sa.String(32), nullable=False),
    sa.Index("ix_incident_members_incident", "incident_id"),
)

# Manual review: "must" joins two events' incidents, "cannot" keeps them apart; kept across re-ingests.
overrides = sa.Table(
    "overrides", metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("kind", sa.String(8), nullable=False),
    sa.Column("event_a", _ID, nullable=False),
    sa.Column("event_b", _ID, nullable=False),
    sa.Column("created_at", sa.DateTime),
)

# -- review (web UI, fogline/serve) -----------------------------------------------------------
# Reviewed values: the value an analyst gave one field of an incident, applied over the fused value
# whenever the incident is read through the API or the UI. A row is anchored on the incident's member
# events at review time, so it follows the incident when fusion renames it (a new report with a
# smaller event id), merges it or splits it: it applies to the incident holding most of those events.
reviews = sa.Table(
    "reviews", metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("incident_id", sa.String(32), nullable=False),  # at review time
    sa.Column("field", sa.String(32), nullable=False),  # "status" holds accepted / rejected
    sa.Column("value", _JSON),
    sa.Column("event_ids", _JSON, nullable=False),  # members at review time
    sa.Column("who", sa.Text, nullable=False),
    sa.Column("at", sa.DateTime, nullable=False),  # naive UTC
    sa.Index("ix_reviews_incident", "incident_id"),
)

# Every change made through review (and every ingest through the API): who, when, before, after.
audit = sa.Table(
    "audit", metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("at", sa.DateTime, nullable=False),  # naive UTC
    sa.Column("who", sa.Text, nullable=False),
    sa.Column("action", sa.String(16), nullable=False),  # accept reject edit revert merge split ingest
    sa.Column("incident_id", sa.String(32)),
    sa.Column("field", sa.String(32)),
    sa.Column("before", _JSON),
    sa.Column("after", _JSON),
    sa.Column("event_ids", _JSON),  # the incident's members at the time (history follows them)
    sa.Index("ix_audit_incident", "incident_id"),
)

# A cache of one summary row per fused incident (what the map, list and timeline need), rebuilt for
# an incident whenever its members or their documents change (``signature``); safe to delete.
incident_summaries = sa.Table(
    "incident_summaries", metadata,
    sa.Column("incident_id", sa.String(32), primary_key=True),
    sa.Column("signature", sa.String(40), nullable=False),
    sa.Column("date", sa.Date),
    sa.Column("date_precision", sa.String(16)),
    sa.Column("event_type", sa.String(64)),
    sa.Column("sub_event_type", sa.String(128)),
    sa.Column("country", sa.String(128)),
    sa.Column("iso3", sa.String(8)),
    sa.Column("admin1", sa.Text),
    sa.Column("location", sa.Text),
    sa.Column("latitude", sa.Float),
    sa.Column("longitude", sa.Float),
    sa.Column("geo_precision", sa.Integer),
    sa.Column("fatalities", sa.Integer),
    sa.Column("grade", sa.String(16)),
    sa.Column("languages", sa.Text),  # comma-separated
    sa.Column("n_reports", sa.Integer),
    sa.Column("actors", _JSON),  # [{"name", "side"}]
    sa.Column("outlets", _JSON),
    sa.Column("event_ids", _JSON),
    sa.Column("document_ids", _JSON),
    sa.Column("search", sa.Text),  # casefolded text for free-text filtering
)

SUMMARY_VERSION = "1"  # bump when the summary's content changes: every cached row is rebuilt


_CHUNK = 500  # ids per IN (...) query
_WATCH_LOCK = threading.Lock()


def resolve_db_url(db: str | None) -> str:
    """``None`` → ``$FOGLINE_DB`` → ``sqlite:///fogline.db``; a plain path → ``sqlite:///<path>``."""
    if not db:
        db = os.environ.get("FOGLINE_DB") or DEFAULT_DB_URL
    if "://" in db:
        return db
    return "sqlite:///" + os.path.expanduser(db)


def _json_dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


def _to_date(value: Any, field: str) -> date | None:
    try:
        return as_date(value)
    except ValueError:
        raise ValueError(f"{field}: not an ISO date: {value!r}") from None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _iso_ts(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.isoformat(timespec="seconds")


def _span(start: Any, end: Any, text: Any) -> dict[str, Any] | None:
    if start is None and end is None and text is None:
        return None
    return {"start": start, "end": end, "text": text}


class Store:
    """Events, claims and their documents in a SQL database."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine: Engine = sa.create_engine(url, json_serializer=_json_dumps)
        if self.engine.dialect.name == "sqlite":
            sa_event.listen(self.engine, "connect", _sqlite_pragmas)
        metadata.create_all(self.engine)

    # -- context manager -------------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        watch = getattr(self, "_watch", None)
        if watch is not None:
            self._watch = None
            watch.close()
        self.engine.dispose()

    # -- writing ---------------------------------------------------------------------
    def add(self, extraction: dict[str, Any]) -> str:
        """Store one extraction; returns ``"added"``, ``"unchanged"`` or ``"updated"``.

        ``extraction`` is ``Extraction.to_dict()`` with the document text under
        ``extraction["document"]["text"]``. The same id with the same text is
        ``"unchanged"``; the same id with another text replaces the document's
        events, claims and actors (``"updated"``); another id with a text already
        stored is a duplicate (``"unchanged"``); another id with the url of a stored
        document is that page updated: the old document is replaced (``"updated"``).
        One transaction per document.
        """
        doc_row, event_rows, claim_rows, actor_rows = self._rows(extraction)
        doc_id, sha = doc_row["id"], doc_row["text_sha256"]
        for attempt in range(2):
            try:
                with self.engine.begin() as conn:
                    found = conn.execute(
                        sa.select(documents.c.id, documents.c.text_sha256).where(
                            sa.or_(documents.c.id == doc_id, documents.c.text_sha256 == sha))
                    ).all()
                    same_id = [r for r in found if r.id == doc_id]
                    if same_id:
                        if same_id[0].text_sha256 == sha:
                            return "unchanged"
                        self._delete_children(conn, doc_id)
                        conn.execute(documents.update().where(documents.c.id == doc_id),
                                     {k: v for k, v in doc_row.items() if k != "id"})
                        self._insert_children(conn, event_rows, claim_rows, actor_rows)
                        return "updated"
                    if found:  # the same text under another id
                        return "unchanged"
                    same_url = conn.execute(sa.select(documents.c.id).where(
                        documents.c.url == doc_row["url"], documents.c.id != doc_id)).scalars().all() \
                        if doc_row["url"] else []
                    for old_id in same_url:  # the page was updated: its new text replaces the old one
                        self._delete_children(conn, old_id)
                        conn.execute(documents.delete().where(documents.c.id == old_id))
                    conn.execute(documents.insert(), doc_row)
                    if same_url:
                        self._insert_children(conn, event_rows, claim_rows, actor_rows)
                        return "updated"
                    self._insert_children(conn, event_rows, claim_rows, actor_rows)
                    return "added"
            except IntegrityError:
                # A concurrent writer may have stored the same document between our check and
                # our insert: look again once; a second failure is a real constraint error
                # (e.g. an event id already used by another document).
                if attempt:
                    raise
        raise AssertionError("unreachable")

    def add_many(self, extractions: Iterable[dict[str, Any]]) -> list[str]:
        """``add`` each extraction (one transaction each); returns the statuses in order."""
        return [self.add(x) for x in extractions]

    def _delete_children(self, conn: Connection, doc_id: str) -> None:
        ev_ids = sa.select(events.c.id).where(events.c.document_id == doc_id).scalar_subquery()
        conn.execute(claims.delete().where(claims.c.document_id == doc_id))
        conn.execute(actors.delete().where(actors.c.event_id.in_(ev_ids)))
        conn.execute(events.delete().where(events.c.document_id == doc_id))

    def _insert_children(self, conn: Connection, event_rows: list[dict[str, Any]],
                         claim_rows: list[dict[str, Any]], actor_rows: list[dict[str, Any]]) -> None:
        if event_rows:
            conn.execute(events.insert(), event_rows)
        if actor_rows:
            conn.execute(actors.insert(), actor_rows)
        if claim_rows:
            conn.execute(claims.insert(), claim_rows)

    @staticmethod
    def _rows(extraction: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]],
                                                    list[dict[str, Any]], list[dict[str, Any]]]:
        """Turn an extraction dict into table rows (validates before anything is written)."""
        doc = extraction["document"]
        doc_id = doc["id"]
        if not doc_id:
            raise ValueError("document id is empty")
        text = doc.get("text")
        sha = doc.get("text_sha256")
        if text is not None:
            computed = hashlib.sha256(text.encode("utf-8")).hexdigest()
            if sha and sha != computed:
                raise ValueError(f"document {doc_id}: text_sha256 does not match the text")
            sha = computed
        if not sha:
            raise ValueError(f"document {doc_id}: neither text nor text_sha256 given")
        doc_row = {
            "id": doc_id,
            "url": doc.get("url"),
            "outlet": doc.get("outlet"),
            "title": doc.get("title"),
            "language": doc.get("language"),
            "published": _to_date(doc.get("published"), "published"),
            "text_sha256": sha,
            "text": text,
            "ingested_at": datetime.now(UTC).replace(tzinfo=None, microsecond=0),
            "background": list(extraction.get("background") or []),
            "warnings": list(extraction.get("warnings") or []),
        }
        event_rows: list[dict[str, Any]] = []
        claim_rows: list[dict[str, Any]] = []
        actor_rows: list[dict[str, Any]] = []
        for seq, ev in enumerate(extraction.get("events") or []):
            ev_id = ev["id"]
            ev_actors = list(ev.get("actors") or [])
            event_rows.append({
                "id": ev_id,
                "document_id": doc_id,
                "seq": seq,
                "event_type": ev.get("event_type"),
                "sub_event_type": ev.get("sub_event_type"),
                "date": _to_date(ev.get("date"), f"event {ev_id} date"),
                "date_precision": ev.get("date_precision"),
                "country": ev.get("country"),
                "iso3": ev.get("iso3"),
                "admin1": ev.get("admin1"),
                "admin2": ev.get("admin2"),
                "location": ev.get("location"),
                "latitude": ev.get("latitude"),
                "longitude": ev.get("longitude"),
                "geo_precision": ev.get("geo_precision"),
                "geonames_id": ev.get("geonames_id"),
                "fatalities": ev.get("fatalities"),
                "confidence": ev.get("confidence"),
                "grade": ev.get("grade"),
                "grade_reason": ev.get("grade_reason") or "",
                "actors": ev_actors,
                "estimates": dict(ev.get("estimates") or {}),
                "contradictions": list(ev.get("contradictions") or []),
                "evidence": list(ev.get("evidence") or []),
                "date_evidence": ev.get("date_evidence"),
                "location_evidence": ev.get("location_evidence"),
            })
            for aseq, a in enumerate(ev_actors):
                actor_rows.append({
                    "event_id": ev_id, "seq": aseq, "name": a["name"],
                    "name_folded": a["name"].casefold(), "kind": a.get("kind"),
                    "side": a.get("side"), "country": a.get("country"),
                })
            for cseq, c in enumerate(ev.get("claims") or []):
                e = c.get("evidence") or {}
                ce = c.get("claimant_evidence") or {}
                claim_rows.append({
                    "event_id": ev_id, "seq": cseq, "id": c.get("id", ""), "document_id": doc_id,
                    "what": c.get("what"), "of_actor": c.get("of"),
                    "low": c.get("low"), "high": c.get("high"), "vague": bool(c.get("vague", False)),
                    "claimant": c.get("claimant"), "status": c.get("status"),
                    "evidence_start": e.get("start"), "evidence_end": e.get("end"),
                    "evidence_text": e.get("text"),
                    "claimant_start": ce.get("start"), "claimant_end": ce.get("end"),
                    "claimant_text": ce.get("text"),
                })
        return doc_row, event_rows, claim_rows, actor_rows

    # -- fusion ----------------------------------------------------------------------
    def fuse_documents(self, doc_ids: Iterable[str]) -> int:
        """Re-fuse the incidents around these documents' events (after an ingest batch)."""
        ids = list(doc_ids)
        with self.engine.connect() as conn:
            ev_ids = []
            for i in range(0, len(ids), _CHUNK):
                ev_ids += conn.execute(sa.select(events.c.id).where(events.c.document_id.in_(ids[i:i + _CHUNK])))\
                    .scalars().all()
        return self.fuse(ev_ids) if ev_ids else 0

    def fuse(self, event_ids: Iterable[str] | None = None) -> int:
        """Recompute incidents for these events and their neighbourhood (same country, dates within
        the widest fusion window, and every event already in an incident with one of them); all
        events when ``event_ids`` is None. Returns the number of incidents written."""
        from .fuse import MAX_SPREAD_DAYS, WINDOW, EventSketch, fuse

        margin = WINDOW["month"] + MAX_SPREAD_DAYS
        with self.engine.begin() as conn:
            rows = self._sketch_rows(conn, None if event_ids is None else list(event_ids), margin)
            if not rows:
                return 0
            sketches = [EventSketch.from_event(r) for r in rows]
            ids = {s.id for s in sketches}
            ov = conn.execute(sa.select(overrides).order_by(overrides.c.seq)).all()
            must = [(o.event_a, o.event_b) for o in ov if o.kind == "must"]
            cannot = [(o.event_a, o.event_b) for o in ov if o.kind == "cannot"]
            assignment = fuse(sketches, must_link=must, cannot_link=cannot)
            id_list = sorted(ids)
            for i in range(0, len(id_list), _CHUNK):
                conn.execute(incident_members.delete().where(incident_members.c.event_id.in_(id_list[i:i + _CHUNK])))
            conn.execute(incident_members.insert(), [{"event_id": e, "incident_id": inc}
                                                     for e, inc in sorted(assignment.items())])
            return len(set(assignment.values()))

    def _sketch_rows(self, conn: Connection, event_ids: list[str] | None, margin: int) -> list[dict[str, Any]]:
        cols = [events.c.id, events.c.document_id, events.c.event_type, events.c.sub_event_type, events.c.date,
                events.c.date_precision, events.c.country, events.c.admin1, events.c.location, events.c.latitude,
                events.c.longitude, events.c.actors, events.c.evidence, documents.c.published]
        base = sa.select(*cols).join(documents, documents.c.id == events.c.document_id)
        if event_ids is None:
            found = conn.execute(base).all()
        else:
            seeds = []
            for i in range(0, len(event_ids), _CHUNK):
                seeds += conn.execute(base.where(events.c.id.in_(event_ids[i:i + _CHUNK]))).all()
            found = {r.id: r for r in seeds}
            for r in seeds:
                day = r.date or r.published
                q = base.where(events.c.country == r.country) if r.country else base.where(events.c.country.is_(None))
                if day is not None:  # undated events are candidates of every date (fuse.candidate_pairs)
                    when = sa.func.coalesce(events.c.date, documents.c.published)
                    q = q.where(when.between(date.fromordinal(day.toordinal() - margin),
                                             date.fromordinal(day.toordinal() + margin)) | when.is_(None))
                for n in conn.execute(q):
                    found.setdefault(n.id, n)
            # whole incidents, so a neighbourhood never cuts one in two
            incs = set()
            ids = list(found)
            for i in range(0, len(ids), _CHUNK):
                incs |= set(conn.execute(sa.select(incident_members.c.incident_id).where(
                    incident_members.c.event_id.in_(ids[i:i + _CHUNK]))).scalars())
            if incs:
                members = conn.execute(base.join(incident_members, incident_members.c.event_id == events.c.id)
                                       .where(incident_members.c.incident_id.in_(sorted(incs)))).all()
                for m in members:
                    found.setdefault(m.id, m)
            found = list(found.values())
        return [{"id": r.id, "document_id": r.document_id, "event_type": r.event_type,
                 "sub_event_type": r.sub_event_type, "date": _iso(r.date), "date_precision": r.date_precision,
                 "country": r.country, "admin1": r.admin1, "location": r.location, "latitude": r.latitude,
                 "longitude": r.longitude, "actors": r.actors or [], "evidence": r.evidence or [],
                 "published": _iso(r.published)} for r in found]

    def merge(self, incident_a: str, incident_b: str) -> str:
        """Join two incidents for good (a must-link that survives re-ingest); returns the new id."""
        a, b = self._members(incident_a), self._members(incident_b)
        if not a or not b:
            raise KeyError(f"no incident {incident_a if not a else incident_b!r}")
        self._override("must", [(a[0], b[0])])
        self.fuse(a + b)
        return self.incident_of(a[0])

    def split(self, incident: str, event_ids: list[str]) -> str:
        """Take these events out of an incident into one of their own (cannot-links to the rest)."""
        members = self._members(incident)
        if not members:
            raise KeyError(f"no incident {incident!r}")
        out = [e for e in event_ids if e in members]
        if len(out) != len(event_ids):
            raise KeyError(f"not in {incident}: {', '.join(sorted(set(event_ids) - set(members)))}")
        rest = [e for e in members if e not in out]
        # an earlier merge's must-links across the cut would win over the new cannot-links: they go
        with self.engine.begin() as conn:
            o, r = set(out), set(rest)
            crossing = [row.seq for row in conn.execute(sa.select(overrides).where(overrides.c.kind == "must"))
                        if (row.event_a in o and row.event_b in r) or (row.event_a in r and row.event_b in o)]
            if crossing:
                conn.execute(overrides.delete().where(overrides.c.seq.in_(crossing)))
        self._override("cannot", [(x, y) for x in out for y in rest])
        self._override("must", [(out[0], y) for y in out[1:]])
        self.fuse(members)
        return self.incident_of(out[0])

    def _override(self, kind: str, pairs: list[tuple[str, str]]) -> None:
        if not pairs:
            return
        with self.engine.begin() as conn:
            conn.execute(overrides.insert(), [{"kind": kind, "event_a": x, "event_b": y,
                                               "created_at": datetime.now(UTC).replace(tzinfo=None)} for x, y in pairs])

    def _members(self, incident: str) -> list[str]:
        with self.engine.connect() as conn:
            return sorted(conn.execute(sa.select(incident_members.c.event_id).where(
                incident_members.c.incident_id == incident)).scalars())

    def incident_of(self, event_id: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(incident_members.c.incident_id).where(
                incident_members.c.event_id == event_id)).scalar()

    def incidents(self, *, country: str | None = None, since: date | str | None = None,
                  until: date | str | None = None, actor: str | None = None, event_type: str | None = None,
                  limit: int | None = None) -> list[dict[str, Any]]:
        """Incident dicts (see ``fuse.assemble``) with at least one event matching the filters."""
        from .fuse import assemble

        matching = self.events(country=country, since=since, until=until, actor=actor, event_type=event_type)
        with self.engine.connect() as conn:
            inc_of = {}
            ids = [e["id"] for e in matching]
            for i in range(0, len(ids), _CHUNK):
                inc_of.update(dict(conn.execute(sa.select(incident_members.c.event_id, incident_members.c.incident_id)
                                                .where(incident_members.c.event_id.in_(ids[i:i + _CHUNK]))).all()))
            wanted = sorted({inc_of.get(e["id"]) or e["id"] for e in matching})
            members: dict[str, list[str]] = {}
            for i in range(0, len(wanted), _CHUNK):
                for ev_id, inc in conn.execute(sa.select(incident_members.c.event_id, incident_members.c.incident_id)
                                               .where(incident_members.c.incident_id.in_(wanted[i:i + _CHUNK]))):
                    members.setdefault(inc, []).append(ev_id)
        by_id = {e["id"]: e for e in matching}
        missing = sorted({m for ms in members.values() for m in ms} - set(by_id))
        for e in self._events_by_id(missing):
            by_id[e["id"]] = e
        out = []
        for inc in wanted:
            evs = [by_id[m] for m in members.get(inc, [inc]) if m in by_id]
            if evs:
                out.append(assemble(inc if inc in members else f"{inc}", evs))
        out.sort(key=lambda x: (x["date"] is None, x["date"] or "", x["id"]))
        return out[:limit] if limit is not None else out

    def incident(self, incident_id: str) -> dict[str, Any] | None:
        """One incident with its events (each with ``document_text``), or None."""
        from .fuse import assemble

        members = self._members(incident_id)
        if not members:
            return None
        evs = [self.event(m) for m in members]
        inc = assemble(incident_id, [e for e in evs if e])
        inc["event_records"] = [e for e in evs if e]
        return inc

    def _events_by_id(self, ids: list[str]) -> list[dict[str, Any]]:
        out = []
        with self.engine.connect() as conn:
            for i in range(0, len(ids), _CHUNK):
                rows = conn.execute(self._event_select().where(events.c.id.in_(ids[i:i + _CHUNK]))).all()
                cl = self._claims_for(conn, [r.id for r in rows])
                out += [self._event_dict(r, cl.get(r.id, [])) for r in rows]
        return out

    # -- reading ---------------------------------------------------------------------
    def events(self, *, country: str | None = None, since: date | str | None = None,
               until: date | str | None = None, actor: str | None = None,
               event_type: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        """Event dicts (schema shape + document fields), sorted by date then id.

        ``country`` matches the country name case-insensitively or the ISO3 code;
        ``since``/``until`` are inclusive; ``actor`` is a case-insensitive substring of
        any actor name; ``event_type`` matches the event type or the sub-event type.
        """
        q = self._event_select()
        if country:
            q = q.where(sa.or_(sa.func.lower(events.c.country) == country.lower(),
                               sa.func.upper(events.c.iso3) == country.upper()))
        if since is not None:
            q = q.where(events.c.date >= _to_date(since, "since"))
        if until is not None:
            q = q.where(events.c.date <= _to_date(until, "until"))
        if actor:
            q = q.where(sa.exists().where(
                actors.c.event_id == events.c.id,
                actors.c.name_folded.contains(actor.casefold(), autoescape=True)))
        if event_type:
            et = event_type.lower()
            q = q.where(sa.or_(sa.func.lower(events.c.event_type) == et,
                               sa.func.lower(events.c.sub_event_type) == et))
        q = q.order_by(sa.nulls_last(events.c.date.asc()), events.c.id)
        if limit is not None:
            q = q.limit(limit)
        with self.engine.connect() as conn:
            rows = conn.execute(q).all()
            by_event = self._claims_for(conn, [r.id for r in rows])
        return [self._event_dict(r, by_event.get(r.id, [])) for r in rows]

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One event dict plus ``document_text``, or None."""
        q = self._event_select().add_columns(documents.c.text.label("document_text")).where(
            events.c.id == event_id)
        with self.engine.connect() as conn:
            row = conn.execute(q).first()
            if row is None:
                return None
            cl = self._claims_for(conn, [event_id]).get(event_id, [])
        d = self._event_dict(row, cl)
        d["document_text"] = row.document_text
        return d

    def document(self, doc_id: str) -> dict[str, Any] | None:
        """Document metadata plus ``text``, ``background``, ``warnings`` and ``event_ids``."""
        q = self._document_select().add_columns(
            documents.c.text, documents.c.background, documents.c.warnings).where(documents.c.id == doc_id)
        with self.engine.connect() as conn:
            row = conn.execute(q).first()
            if row is None:
                return None
            ev_ids = conn.execute(sa.select(events.c.id).where(events.c.document_id == doc_id)
                                  .order_by(events.c.seq)).scalars().all()
        d = self._document_dict(row)
        d["text"] = row.text
        d["background"] = row.background or []
        d["warnings"] = row.warnings or []
        d["event_ids"] = list(ev_ids)
        return d

    def documents(self) -> list[dict[str, Any]]:
        """Metadata of every document (no text), with its number of events, by id."""
        with self.engine.connect() as conn:
            rows = conn.execute(self._document_select().order_by(documents.c.id)).all()
        return [self._document_dict(r) for r in rows]

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {name: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()
                    for name, t in (("documents", documents), ("events", events), ("claims", claims))}

    # -- review and audit (web UI) ---------------------------------------------------
    def incidents_by_id(self, incident_ids: Iterable[str]) -> list[dict[str, Any]]:
        """Fused incident dicts (``fuse.assemble``) for these incident ids, in the order given; unknown ids
        are left out."""
        from .fuse import assemble

        wanted = list(dict.fromkeys(incident_ids))
        members: dict[str, list[str]] = {}
        with self.engine.connect() as conn:
            for i in range(0, len(wanted), _CHUNK):
                for ev_id, inc in conn.execute(sa.select(incident_members.c.event_id, incident_members.c.incident_id)
                                               .where(incident_members.c.incident_id.in_(wanted[i:i + _CHUNK]))):
                    members.setdefault(inc, []).append(ev_id)
        by_id = {e["id"]: e for e in self._events_by_id(sorted({m for ms in members.values() for m in ms}))}
        out = []
        for inc in wanted:
            evs = [by_id[m] for m in members.get(inc, []) if m in by_id]
            if evs:
                out.append(assemble(inc, evs))
        return out

    def events_by_id(self, event_ids: Iterable[str]) -> list[dict[str, Any]]:
        """Event dicts (as ``events()`` gives them) for these ids, sorted by date then id."""
        out = self._events_by_id(list(dict.fromkeys(event_ids)))
        out.sort(key=lambda e: (e["date"] is None, e["date"] or "", e["id"]))
        return out

    def incident_summaries(self) -> list[dict[str, Any]]:
        """One summary dict per fused incident, from the ``incident_summaries`` cache, rebuilding the rows
        whose members or documents changed since they were written (and dropping gone incidents)."""
        version = self._data_version()
        memo = getattr(self, "_summary_memo", None)
        if version is not None and memo is not None and memo[2] == version:
            return [dict(x) for x in memo[1]]  # nothing committed to the database since
        with self.engine.connect() as conn:
            current: dict[str, list[str]] = {}
            for inc, ev_id, sha in conn.execute(
                    sa.select(incident_members.c.incident_id, incident_members.c.event_id, documents.c.text_sha256)
                    .join(events, events.c.id == incident_members.c.event_id)
                    .join(documents, documents.c.id == events.c.document_id)):
                current.setdefault(inc, []).append(f"{ev_id}\x1f{sha}")
            cached = dict(conn.execute(sa.select(incident_summaries.c.incident_id,
                                                 incident_summaries.c.signature)).all())
        sigs = {inc: hashlib.sha1("\x1e".join([SUMMARY_VERSION, *sorted(v)]).encode("utf-8")).hexdigest()
                for inc, v in current.items()}
        digest = hashlib.sha1("".join(sorted(sigs.values())).encode("ascii")).hexdigest()
        if memo is not None and memo[0] == digest:
            self._summary_memo = (digest, memo[1], version)
            return [dict(x) for x in memo[1]]
        stale = sorted(inc for inc, sig in sigs.items() if cached.get(inc) != sig)
        gone = sorted(set(cached) - set(sigs))
        if stale or gone:
            rows = []
            for i in range(0, len(stale), 2000):
                rows += [self._summary_row(inc, sigs[inc["id"]]) for inc in self.incidents_by_id(stale[i:i + 2000])]
            with self.engine.begin() as conn:
                drop = stale + gone
                for i in range(0, len(drop), _CHUNK):
                    conn.execute(incident_summaries.delete().where(
                        incident_summaries.c.incident_id.in_(drop[i:i + _CHUNK])))
                if rows:
                    conn.execute(incident_summaries.insert(), rows)
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(incident_summaries).order_by(
                sa.nulls_last(incident_summaries.c.date.asc()), incident_summaries.c.incident_id)).all()
        out = [{"id": r.incident_id, "date": _iso(r.date), "date_precision": r.date_precision,
                "event_type": r.event_type, "sub_event_type": r.sub_event_type, "country": r.country,
                "iso3": r.iso3, "admin1": r.admin1, "location": r.location, "latitude": r.latitude,
                "longitude": r.longitude, "geo_precision": r.geo_precision, "fatalities": r.fatalities,
                "grade": r.grade, "languages": [x for x in (r.languages or "").split(",") if x],
                "n_reports": r.n_reports, "actors": r.actors or [], "outlets": r.outlets or [],
                "events": r.event_ids or [], "documents": r.document_ids or [], "search": r.search or ""}
               for r in rows]
        self._summary_memo = (digest, out, version if not (stale or gone) else None)
        return [dict(x) for x in out]

    def _data_version(self) -> int | None:
        """SQLite's ``PRAGMA data_version`` seen from a connection kept for this alone: it changes whenever
        any other connection (of this process or another) commits. None for other databases."""
        if self.engine.dialect.name != "sqlite" or self.engine.url.database in (None, "", ":memory:"):
            return None
        with _WATCH_LOCK:
            watch = getattr(self, "_watch", None)
            if watch is None:
                watch = self._watch = self.engine.raw_connection()
            cur = watch.cursor()
            try:
                cur.execute("PRAGMA data_version")
                return int(cur.fetchone()[0])
            finally:
                cur.close()

    @staticmethod
    def _summary_row(inc: dict[str, Any], signature: str) -> dict[str, Any]:
        langs = sorted({s["language"] for s in inc["sources"] if s.get("language")})
        outlets = list(dict.fromkeys(s["outlet"] for s in inc["sources"] if s.get("outlet")))
        actors = [{"name": a["name"], "side": a["side"]} for a in inc["actors"]]
        words = [inc["id"], inc.get("event_type"), inc.get("sub_event_type"), inc.get("country"), inc.get("iso3"),
                 inc.get("admin1"), inc.get("admin2"), inc.get("location"), *(a["name"] for a in actors), *outlets,
                 *(s.get("title") for s in inc["sources"]), *inc["documents"]]
        return {"incident_id": inc["id"], "signature": signature, "date": _to_date(inc.get("date"), "date"),
                "date_precision": inc.get("date_precision"), "event_type": inc.get("event_type"),
                "sub_event_type": inc.get("sub_event_type"), "country": inc.get("country"), "iso3": inc.get("iso3"),
                "admin1": inc.get("admin1"), "location": inc.get("location"), "latitude": inc.get("latitude"),
                "longitude": inc.get("longitude"), "geo_precision": inc.get("geo_precision"),
                "fatalities": inc.get("fatalities"), "grade": inc.get("grade"), "languages": ",".join(langs),
                "n_reports": len(inc["documents"]), "actors": actors, "outlets": outlets,
                "event_ids": list(inc["events"]), "document_ids": list(inc["documents"]),
                "search": " ".join(w for w in words if w).casefold()}

    def documents_matching(self, text: str) -> list[str]:
        """Ids of the documents whose text or title contains ``text`` (case-insensitive for ASCII)."""
        with self.engine.connect() as conn:
            return list(conn.execute(sa.select(documents.c.id).where(sa.or_(
                documents.c.text.icontains(text, autoescape=True),
                documents.c.title.icontains(text, autoescape=True)))).scalars())

    def _incident_of_events(self, conn: Connection, event_ids: list[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for i in range(0, len(event_ids), _CHUNK):
            out.update(dict(conn.execute(sa.select(incident_members.c.event_id, incident_members.c.incident_id)
                                         .where(incident_members.c.event_id.in_(event_ids[i:i + _CHUNK]))).all()))
        return out

    @staticmethod
    def _follow(anchor: list[str], inc_of: dict[str, str]) -> str | None:
        """The incident now holding most of these events (ties: the smallest id); None when all are gone."""
        counts: dict[str, int] = {}
        for e in anchor:
            if e in inc_of:
                counts[inc_of[e]] = counts.get(inc_of[e], 0) + 1
        return min(counts, key=lambda k: (-counts[k], k)) if counts else None

    def reviewed(self) -> dict[str, dict[str, dict[str, Any]]]:
        """Current reviewed values: incident id (as fused now) → field → ``{value, who, at, seq}``; the latest
        review of a field wins when merged incidents bring several."""
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(reviews).order_by(reviews.c.seq)).all()
            inc_of = self._incident_of_events(conn, sorted({e for r in rows for e in r.event_ids or []}))
        out: dict[str, dict[str, dict[str, Any]]] = {}
        for r in rows:
            inc = self._follow(r.event_ids or [], inc_of)
            if inc is not None:
                out.setdefault(inc, {})[r.field] = {"value": r.value, "who": r.who, "at": _iso_ts(r.at), "seq": r.seq}
        return out

    def set_review(self, incident_id: str, field: str, value: Any, *, who: str, action: str,
                   before: Any = None) -> dict[str, Any]:
        """Give ``field`` of an incident a reviewed value (``value`` None removes it: back to the fused
        value) and record it in the audit log, in one transaction; returns the audit entry.
        ``before`` is the value shown before the change (the caller knows the fused value)."""
        members = self._members(incident_id)
        if not members:
            raise KeyError(f"no incident {incident_id!r}")
        now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
        with self.engine.begin() as conn:
            rows = conn.execute(sa.select(reviews.c.seq, reviews.c.event_ids).where(reviews.c.field == field)).all()
            inc_of = self._incident_of_events(conn, sorted({e for r in rows for e in r.event_ids or []}))
            old = [r.seq for r in rows if self._follow(r.event_ids or [], inc_of) == incident_id]
            if old:
                conn.execute(reviews.delete().where(reviews.c.seq.in_(old)))
            if value is not None:
                conn.execute(reviews.insert(), {"incident_id": incident_id, "field": field, "value": value,
                                                "event_ids": members, "who": who, "at": now})
            entry = {"at": now, "who": who, "action": action, "incident_id": incident_id, "field": field,
                     "before": before, "after": value, "event_ids": members}
            seq = conn.execute(audit.insert(), entry).inserted_primary_key[0]
        return self._audit_dict(dict(entry, seq=seq))

    def add_audit(self, *, who: str, action: str, incident_id: str | None = None, field: str | None = None,
                  before: Any = None, after: Any = None, event_ids: list[str] | None = None) -> dict[str, Any]:
        """Record one change (merge, split, ingest, ...) in the audit log; returns the entry."""
        entry = {"at": datetime.now(UTC).replace(tzinfo=None, microsecond=0), "who": who, "action": action,
                 "incident_id": incident_id, "field": field, "before": before, "after": after,
                 "event_ids": event_ids}
        with self.engine.begin() as conn:
            seq = conn.execute(audit.insert(), entry).inserted_primary_key[0]
        return self._audit_dict(dict(entry, seq=seq))

    def audit_log(self, *, incident_id: str | None = None, limit: int | None = None,
                  offset: int = 0) -> list[dict[str, Any]]:
        """Audit entries, newest first; for an incident, those about it or about any of its member events
        (so its history survives renames, merges and splits)."""
        q = sa.select(audit).order_by(audit.c.seq.desc())
        if incident_id is None:
            if limit is not None:
                q = q.limit(limit)
            q = q.offset(offset)
            with self.engine.connect() as conn:
                return [self._audit_dict(r._mapping) for r in conn.execute(q)]
        members = set(self._members(incident_id))
        out = []
        with self.engine.connect() as conn:
            for r in conn.execute(q):
                if r.incident_id == incident_id or members & set(r.event_ids or []) or \
                        (isinstance(r.after, dict) and r.after.get("incident") == incident_id):
                    out.append(self._audit_dict(r._mapping))
        return out[offset:][:limit] if limit is not None else out[offset:]

    @staticmethod
    def _audit_dict(r: Any) -> dict[str, Any]:
        return {"seq": r["seq"], "at": _iso_ts(r["at"]), "who": r["who"], "action": r["action"],
                "incident_id": r["incident_id"], "field": r["field"], "before": r["before"], "after": r["after"],
                "event_ids": r["event_ids"] or []}

    # -- helpers ---------------------------------------------------------------------
    @staticmethod
    def _event_select() -> sa.Select:
        return sa.select(
            events,
            documents.c.outlet, documents.c.url, documents.c.published, documents.c.language,
            documents.c.title, documents.c.ingested_at,
        ).join(documents, documents.c.id == events.c.document_id)

    @staticmethod
    def _document_select() -> sa.Select:
        n_events = (sa.select(sa.func.count()).where(events.c.document_id == documents.c.id)
                    .scalar_subquery().label("event_count"))
        return sa.select(
            documents.c.id, documents.c.url, documents.c.outlet, documents.c.title,
            documents.c.language, documents.c.published, documents.c.text_sha256,
            documents.c.ingested_at, n_events)

    @staticmethod
    def _document_dict(r: Any) -> dict[str, Any]:
        return {
            "id": r.id, "url": r.url, "outlet": r.outlet, "title": r.title, "language": r.language,
            "published": _iso(r.published), "text_sha256": r.text_sha256,
            "ingested_at": _iso_ts(r.ingested_at), "event_count": r.event_count,
        }

    @staticmethod
    def _claims_for(conn: Connection, event_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
        out: dict[str, list[dict[str, Any]]] = {}
        for i in range(0, len(event_ids), _CHUNK):
            chunk = event_ids[i:i + _CHUNK]
            rows = conn.execute(sa.select(claims).where(claims.c.event_id.in_(chunk))
                                .order_by(claims.c.event_id, claims.c.seq))
            for c in rows:
                out.setdefault(c.event_id, []).append({
                    "id": c.id if c.id is not None else "",
                    "what": c.what,
                    "of": c.of_actor,
                    "low": c.low,
                    "high": c.high,
                    "vague": bool(c.vague),
                    "claimant": c.claimant,
                    "status": c.status,
                    "evidence": _span(c.evidence_start, c.evidence_end, c.evidence_text),
                    "claimant_evidence": _span(c.claimant_start, c.claimant_end, c.claimant_text),
                })
        return out

    @staticmethod
    def _event_dict(r: Any, claim_dicts: list[dict[str, Any]]) -> dict[str, Any]:
        return {
            "id": r.id,
            "event_type": r.event_type,
            "sub_event_type": r.sub_event_type,
            "date": _iso(r.date),
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
            "published": _iso(r.published),
            "language": r.language,
            "title": r.title,
            "ingested_at": _iso_ts(r.ingested_at),
        }


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    try:
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA journal_mode=WAL")  # ignored (stays 'memory') for in-memory databases
        # WAL + NORMAL: no fsync per commit, still safe against corruption; a power cut may lose
        # the last commits, which a re-run of the idempotent ingest restores.
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA busy_timeout=10000")
    finally:
        cur.close()
