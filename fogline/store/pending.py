"""Fusion work not done yet: the documents stored since their events were last fused.

``add`` records a document here in the transaction that writes it, and the pipeline deletes the record in
the transaction that fuses its events, so a process killed between the two leaves the work written down:
the next ingest (or ``fogline fuse``) completes it. A table of its own (no foreign key: a document replaced
by a newer page leaves its id, which then has no events to fuse), created with the others on open.
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from .base import chunks
from .schema import events, metadata

pending_fusion = sa.Table(
    "pending_fusion", metadata,
    sa.Column("document_id", sa.String(255), primary_key=True),
)


class PendingMixin:
    engine: Engine

    @staticmethod
    def mark_pending(conn: Connection, doc_ids: list[str]) -> None:
        """Within the transaction that writes these documents: their events await fusion."""
        for part in chunks(sorted(set(doc_ids))):
            conn.execute(pending_fusion.delete().where(pending_fusion.c.document_id.in_(part)))
        if doc_ids:
            conn.execute(pending_fusion.insert(), [{"document_id": d} for d in sorted(set(doc_ids))])

    def pending(self) -> list[str]:
        """The ids of the documents whose events await fusion, sorted."""
        with self.engine.connect() as conn:
            return sorted(conn.execute(sa.select(pending_fusion.c.document_id)).scalars())

    @staticmethod
    def clear_pending(conn: Connection, doc_ids: Iterable[str] | None) -> None:
        """Within the fusion transaction: these documents (all when None) are fused."""
        if doc_ids is None:
            conn.execute(pending_fusion.delete())
            return
        for part in chunks(sorted(set(doc_ids))):
            conn.execute(pending_fusion.delete().where(pending_fusion.c.document_id.in_(part)))

    @staticmethod
    def pending_events(conn: Connection) -> tuple[list[str], list[str]]:
        """Within the fusion transaction: the documents awaiting fusion, and their events' ids."""
        docs = sorted(conn.execute(sa.select(pending_fusion.c.document_id)).scalars())
        ids: list[str] = []
        for part in chunks(docs):
            ids += conn.execute(sa.select(events.c.id).where(events.c.document_id.in_(part))).scalars().all()
        return docs, ids
