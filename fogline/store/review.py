"""Review: the values analysts give incidents' fields (anchored on the member events, so they follow an
incident through renames, merges and splits) and the audit log of every change."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from .base import chunks, iso_ts, utcnow
from .schema import audit, incident_members, reviews


def apply_review(incident: dict[str, Any], reviewed: dict[str, dict[str, Any]] | None) -> dict[str, Any]:
    """A copy of ``incident`` (full or summary) with the reviewed values in place of the fused ones, and
    ``review``: ``{status, fields: {field: {value, fused, who, at}}}``."""
    out = dict(incident)
    reviewed = reviewed or {}
    status = reviewed.get("status")
    fields_ = {}
    for f, r in reviewed.items():
        if f == "status":
            continue
        fields_[f] = {"value": r["value"], "fused": incident.get(f), "who": r["who"], "at": r["at"]}
        out[f] = r["value"]
    out["review"] = {"status": status["value"] if status else None,
                     "status_by": status["who"] if status else None, "status_at": status["at"] if status else None,
                     "fields": fields_}
    return out


class ReviewMixin:
    engine: Engine

    def _incident_of_events(self, conn: Connection, event_ids: list[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for part in chunks(event_ids):
            out.update(dict(conn.execute(sa.select(incident_members.c.event_id, incident_members.c.incident_id)
                                         .where(incident_members.c.event_id.in_(part))).all()))
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
            return self.reviewed_on(conn)

    def reviewed_on(self, conn: Connection) -> dict[str, dict[str, dict[str, Any]]]:
        """``reviewed()`` as seen inside a transaction (``conn``)."""
        rows = conn.execute(sa.select(reviews).order_by(reviews.c.seq)).all()
        inc_of = self._incident_of_events(conn, sorted({e for r in rows for e in r.event_ids or []}))
        out: dict[str, dict[str, dict[str, Any]]] = {}
        for r in rows:
            inc = self._follow(r.event_ids or [], inc_of)
            if inc is not None:
                out.setdefault(inc, {})[r.field] = {"value": r.value, "who": r.who, "at": iso_ts(r.at), "seq": r.seq}
        return out

    def set_review(self, incident_id: str, field: str, value: Any, *, who: str, action: str,
                   before: Any = None) -> dict[str, Any]:
        """Give ``field`` of an incident a reviewed value (``value`` None removes it: back to the fused
        value) and record it in the audit log, in one transaction; returns the audit entry.
        ``before`` is the value shown before the change (the caller knows the fused value)."""
        members = self.members(incident_id)
        if not members:
            raise KeyError(f"no incident {incident_id!r}")
        now = utcnow()
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
            self.sync_reviews(conn)  # the lists filter on the values shown
        return self._audit_dict(dict(entry, seq=seq))

    def add_audit(self, *, who: str, action: str, incident_id: str | None = None, field: str | None = None,
                  before: Any = None, after: Any = None, event_ids: list[str] | None = None) -> dict[str, Any]:
        """Record one change (merge, split, ingest, ...) in the audit log; returns the entry."""
        entry = {"at": utcnow(), "who": who, "action": action,
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
        members = set(self.members(incident_id))
        out = []
        with self.engine.connect() as conn:
            for r in conn.execute(q):
                if r.incident_id == incident_id or members & set(r.event_ids or []) or \
                        (isinstance(r.after, dict) and r.after.get("incident") == incident_id):
                    out.append(self._audit_dict(r._mapping))
        return out[offset:][:limit] if limit is not None else out[offset:]

    @staticmethod
    def _audit_dict(r: Any) -> dict[str, Any]:
        return {"seq": r["seq"], "at": iso_ts(r["at"]), "who": r["who"], "action": r["action"],
                "incident_id": r["incident_id"], "field": r["field"], "before": r["before"], "after": r["after"],
                "event_ids": r["event_ids"] or []}

