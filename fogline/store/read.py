"""Reading events and documents, filtered with ``filters.Filters`` (incidents: ``incidents``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from .base import chunks
from .filters import Filters, event_clauses, matches, sql_decides
from .rows import claims_for, document_dict, document_select, event_dict, event_select
from .schema import claims, documents, events


class ReadMixin:
    engine: Engine

    # -- events and documents ------------------------------------------------------------------
    def events(self, filters: Filters | None = None, *, limit: int | None = None, **kw: Any) -> list[dict[str, Any]]:
        """Event dicts (schema shape + document fields) passing the filters, sorted by date then id.

        ``filters`` is a ``Filters``, or its fields as keywords (``event_type`` for ``type``; dates may be
        ``date`` objects): ``store.events(country="Mali", since="2025-06-01")``.
        """
        f = Filters.of(filters, **kw)
        q = event_select().where(*event_clauses(f))
        q = q.order_by(sa.nulls_last(events.c.date.asc()), events.c.id)
        if limit is not None and sql_decides(f):
            q = q.limit(limit)
        text_docs = set(self.documents_matching(f.q)) if f.q else None
        with self.engine.connect() as conn:
            found = [event_dict(r, []) for r in conn.execute(q)]
            kept = [e for e in found if matches(e, f, text_docs)][:limit]
            by_event = claims_for(conn, [e["id"] for e in kept])
        for e in kept:
            e["claims"] = by_event.get(e["id"], [])
        return kept

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One event dict plus ``document_text``, or None."""
        q = event_select().add_columns(documents.c.text.label("document_text")).where(events.c.id == event_id)
        with self.engine.connect() as conn:
            row = conn.execute(q).first()
            if row is None:
                return None
            cl = claims_for(conn, [event_id]).get(event_id, [])
        d = event_dict(row, cl)
        d["document_text"] = row.document_text
        return d

    def events_by_id(self, event_ids: Iterable[str]) -> list[dict[str, Any]]:
        """Event dicts (as ``events()`` gives them) for these ids, sorted by date then id."""
        out = self._events_by_id(list(dict.fromkeys(event_ids)))
        out.sort(key=lambda e: (e["date"] is None, e["date"] or "", e["id"]))
        return out

    def _events_by_id(self, ids: list[str]) -> list[dict[str, Any]]:
        out = []
        with self.engine.connect() as conn:
            for part in chunks(ids):
                rows = conn.execute(event_select().where(events.c.id.in_(part))).all()
                cl = claims_for(conn, [r.id for r in rows])
                out += [event_dict(r, cl.get(r.id, [])) for r in rows]
        return out

    def document(self, doc_id: str) -> dict[str, Any] | None:
        """Document metadata plus ``text``, ``background``, ``warnings`` and ``event_ids``."""
        q = document_select().add_columns(
            documents.c.text, documents.c.background, documents.c.warnings).where(documents.c.id == doc_id)
        with self.engine.connect() as conn:
            row = conn.execute(q).first()
            if row is None:
                return None
            ev_ids = conn.execute(sa.select(events.c.id).where(events.c.document_id == doc_id)
                                  .order_by(events.c.seq)).scalars().all()
        d = document_dict(row)
        d["text"] = row.text
        d["background"] = row.background or []
        d["warnings"] = row.warnings or []
        d["event_ids"] = list(ev_ids)
        return d

    def documents(self) -> list[dict[str, Any]]:
        """Metadata of every document (no text), with its number of events, by id."""
        with self.engine.connect() as conn:
            rows = conn.execute(document_select().order_by(documents.c.id)).all()
        return [document_dict(r) for r in rows]

    def documents_matching(self, text: str) -> list[str]:
        """Ids of the documents whose text or title contains ``text`` (case-insensitive for ASCII)."""
        with self.engine.connect() as conn:
            return list(conn.execute(sa.select(documents.c.id).where(sa.or_(
                documents.c.text.icontains(text, autoescape=True),
                documents.c.title.icontains(text, autoescape=True)))).scalars())

    def event_ids_of(self, doc_ids: Iterable[str]) -> list[str]:
        """The events of these documents."""
        ids = list(doc_ids)
        out: list[str] = []
        with self.engine.connect() as conn:
            for part in chunks(ids):
                out += conn.execute(sa.select(events.c.id).where(events.c.document_id.in_(part))).scalars().all()
        return out

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {name: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()
                    for name, t in (("documents", documents), ("events", events), ("claims", claims))}
