"""Review: the values analysts give incidents' fields (anchored on the member events, so they follow an
incident through renames, merges and splits), the audit log of every change, each incident's version (its
ETag: an edit made on a stale version is refused, not silently lost) and the review helpers (incidents to
merge; reviewed incidents that absorbed reports since)."""

from __future__ import annotations

import hashlib
import json
import math
from datetime import timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from .base import chunks, iso, iso_ts, utcnow
from .schema import audit, incident_members, incident_redirects, incidents, overrides, reviews

CANDIDATE_DAYS = 14  # merge candidates: at most this many days apart
CANDIDATE_KM = 100  # and this near (or in the same admin1 / place when a position is missing)


class VersionConflict(Exception):
    """An edit made on a version of the incident that is no longer current: ``version`` is the current one,
    ``changes`` the audit entries made since the version the editor had (oldest first)."""

    def __init__(self, incident_id: str, version: str, changes: list[dict[str, Any]]) -> None:
        super().__init__(f"incident {incident_id} changed since version you edited (now {version})")
        self.incident_id, self.version, self.changes = incident_id, version, changes


def apply_review(incident: dict[str, Any], reviewed: dict[str, dict[str, Any]] | None) -> dict[str, Any]:
    """A copy of ``incident`` (full or summary) with the reviewed values in place of the fused ones, and
    ``review``: ``{status, fields: {field: {value, fused, who, at}}}``; for a reviewed incident also
    ``changed_since_review``: None, or the events it absorbed since its latest review (``new_events``,
    ``since``, ``by``)."""
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
    if reviewed:
        out["review"]["changed_since_review"] = changed_since_review(incident.get("events") or [], reviewed)
    return out


def changed_since_review(members: list[str], reviewed: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    """The events an incident holds that its latest review did not see (it absorbed new reports since), or
    None."""
    latest = max(reviewed.values(), key=lambda r: r.get("seq") or 0)
    seen = set(latest.get("event_ids") or [])
    new = [e for e in members if e not in seen]
    return {"new_events": new, "since": latest["at"], "by": latest["who"]} if new and seen else None


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
        """Current reviewed values: incident id (as fused now) → field → ``{value, who, at, seq, event_ids}``;
        the latest review of a field wins when merged incidents bring several."""
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
                out.setdefault(inc, {})[r.field] = {"value": r.value, "who": r.who, "at": iso_ts(r.at), "seq": r.seq,
                                                    "event_ids": r.event_ids or []}
        return out

    # -- versions ---------------------------------------------------------------------------------
    def _state(self, conn: Connection, incident_id: str) -> dict[str, Any]:
        """What an incident is now, read in ``conn``: members, saved record, the review rows that apply to it,
        the last audit entry about it, and the version (``"<audit seq>-<digest>"``) they make."""
        members = sorted(conn.execute(sa.select(incident_members.c.event_id)
                                      .where(incident_members.c.incident_id == incident_id)).scalars())
        saved = conn.execute(sa.select(incidents.c.record, incidents.c.stale)
                             .where(incidents.c.id == incident_id)).first()
        rows = conn.execute(sa.select(reviews).order_by(reviews.c.seq)).all()
        inc_of = self._incident_of_events(conn, sorted({e for r in rows for e in r.event_ids or []}))
        mine = [r for r in rows if self._follow(r.event_ids or [], inc_of) == incident_id]
        # the last audit entry made under this id or an id it was renamed from (indexed: no scan of the log)
        names = [incident_id, *conn.execute(sa.select(incident_redirects.c.old_id)
                                            .where(incident_redirects.c.new_id == incident_id)).scalars()]
        last = conn.execute(sa.select(sa.func.max(audit.c.seq)).where(audit.c.incident_id.in_(names))).scalar() or 0
        digest = hashlib.sha1(json.dumps(
            {"members": members, "record": saved.record if saved else None, "stale": bool(saved and saved.stale),
             "reviews": [r.seq for r in mine]}, sort_keys=True, default=str).encode("utf-8")).hexdigest()[:12]
        return {"members": members, "record": (saved.record if saved else None) or {}, "reviews": mine,
                "version": f"{last}-{digest}"}

    def incident_version(self, incident_id: str) -> str | None:
        """The incident's current version (its ETag), or None when there is no such incident. It changes with
        every review of the incident and whenever fusion changes it (new or revised reports, merge, split)."""
        with self.engine.connect() as conn:
            state = self._state(conn, incident_id)
        return state["version"] if state["members"] else None

    def changes_since(self, incident_id: str, version: str | None) -> list[dict[str, Any]]:
        """The audit entries about an incident made after ``version`` (one it carried), oldest first."""
        seq = _version_seq(version)
        return [e for e in reversed(self.audit_log(incident_id=incident_id)) if e["seq"] > seq]

    @staticmethod
    def _lock_incident(conn: Connection, incident_id: str) -> None:
        """Take the write lock before reading what an edit is checked against: a row lock on PostgreSQL, the
        database's write lock on SQLite (a write as the transaction's first statement). Two edits of one
        incident then run one after the other, and the second sees the first."""
        conn.execute(incidents.update().where(incidents.c.id == incident_id).values(stale=incidents.c.stale))

    def set_review(self, incident_id: str, field: str, value: Any, *, who: str, action: str,
                   expect: str | None = None) -> dict[str, Any]:
        """Give ``field`` of an incident a reviewed value (``value`` None removes it: back to the fused value;
        for ``status``: no status) and record it in the audit log, in one transaction that also reads the
        value it replaces (``before``) and the one it restores (``after`` of a revert). With ``expect`` (the
        version the editor saw) a stale version raises VersionConflict and nothing is written. Returns the
        audit entry, with the incident's new ``version``."""
        with self.engine.begin() as conn:
            self._lock_incident(conn, incident_id)
            state = self._state(conn, incident_id)
            members = state["members"]
            if not members:
                raise KeyError(f"no incident {incident_id!r}")
            if expect is not None and expect != state["version"]:
                seq = _version_seq(expect)
                changes = [self._audit_dict(r._mapping) for r in conn.execute(
                    sa.select(audit).where(audit.c.seq > seq).order_by(audit.c.seq))
                    if _about(r, incident_id, set(members))]
                raise VersionConflict(incident_id, state["version"], changes)
            fused = None if field == "status" else state["record"].get(field)
            old = [r for r in state["reviews"] if r.field == field]
            before = old[-1].value if old else fused
            if old:
                conn.execute(reviews.delete().where(reviews.c.seq.in_([r.seq for r in old])))
            now = utcnow()
            if value is not None:
                conn.execute(reviews.insert(), {"incident_id": incident_id, "field": field, "value": value,
                                                "event_ids": members, "who": who, "at": now})
            entry = {"at": now, "who": who, "action": action, "incident_id": incident_id, "field": field,
                     "before": before, "after": value if value is not None else fused, "event_ids": members}
            seq = conn.execute(audit.insert(), entry).inserted_primary_key[0]
            self.sync_reviews(conn)  # the lists filter on the values shown
            version = self._state(conn, incident_id)["version"]
        return dict(self._audit_dict(dict(entry, seq=seq)), version=version)

    def add_audit(self, *, who: str, action: str, incident_id: str | None = None, field: str | None = None,
                  before: Any = None, after: Any = None, event_ids: list[str] | None = None,
                  conn: Connection | None = None) -> dict[str, Any]:
        """Record one change (merge, split, ingest, ...) in the audit log, in ``conn``'s transaction (the
        change's own) when given; returns the entry."""
        entry = {"at": utcnow(), "who": who, "action": action,
                 "incident_id": incident_id, "field": field, "before": before, "after": after,
                 "event_ids": event_ids}
        with self._within(conn) as c:
            seq = c.execute(audit.insert(), entry).inserted_primary_key[0]
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
                if _about(r, incident_id, members):
                    out.append(self._audit_dict(r._mapping))
        return out[offset:][:limit] if limit is not None else out[offset:]

    @staticmethod
    def _audit_dict(r: Any) -> dict[str, Any]:
        return {"seq": r["seq"], "at": iso_ts(r["at"]), "who": r["who"], "action": r["action"],
                "incident_id": r["incident_id"], "field": r["field"], "before": r["before"], "after": r["after"],
                "event_ids": r["event_ids"] or []}

    # -- review helpers ---------------------------------------------------------------------------
    def merge_candidates(self, incident_id: str, *, days: int = CANDIDATE_DAYS, km: float = CANDIDATE_KM,
                         limit: int = 10) -> list[dict[str, Any]]:
        """Incidents an analyst may want to merge into this one: in the same country, dated within ``days`` of
        it and near it (within ``km``, or the same place or admin1 when a position is missing); ranked by
        shared actors, then nearness in place and time; each with why (``days_apart``, ``km``,
        ``same_place``, ``shared_actors``). Incidents an analyst split from it (a cannot-link between them)
        are left out."""
        cols = [incidents.c.id, incidents.c.date, incidents.c.event_type, incidents.c.sub_event_type,
                incidents.c.country, incidents.c.admin1, incidents.c.location, incidents.c.latitude,
                incidents.c.longitude, incidents.c.fatalities, incidents.c.n_reports, incidents.c.actors,
                incidents.c.event_ids]
        with self.engine.connect() as conn:
            me = conn.execute(sa.select(*cols).where(incidents.c.id == incident_id)).first()
            if me is None:
                return []
            q = sa.select(*cols).where(incidents.c.id != incident_id)
            q = q.where(incidents.c.country == me.country) if me.country else q.where(incidents.c.country.is_(None))
            if me.date is not None:
                q = q.where(incidents.c.date.between(me.date - timedelta(days=days), me.date + timedelta(days=days)))
            elif me.location:
                q = q.where(incidents.c.location == me.location)
            else:
                return []
            rows = conn.execute(q.limit(5000)).all()
            apart = {frozenset((o.event_a, o.event_b)) for o in conn.execute(
                sa.select(overrides.c.event_a, overrides.c.event_b).where(overrides.c.kind == "cannot"))}
        mine = set(me.event_ids or [])
        my_actors = {a["name"].casefold(): a["name"] for a in me.actors or []}
        out = []
        for r in rows:
            if apart and any(frozenset((a, b)) in apart for a in mine for b in r.event_ids or []):
                continue
            shared = sorted(my_actors[a["name"].casefold()] for a in r.actors or []
                            if a["name"].casefold() in my_actors)
            dist = _km(me.latitude, me.longitude, r.latitude, r.longitude)
            same_place = bool(me.location and r.location and me.location.casefold() == r.location.casefold())
            same_admin1 = bool(me.admin1 and r.admin1 and me.admin1.casefold() == r.admin1.casefold())
            near = (dist <= km) if dist is not None else (same_place or same_admin1)
            if not near:
                continue
            gap = abs((r.date - me.date).days) if r.date is not None and me.date is not None else None
            score = (len(shared) + (1 - dist / km if dist is not None and dist <= km else 0.5 if same_place else 0)
                     + (1 - gap / (days + 1) if gap is not None else 0))
            out.append({"id": r.id, "date": iso(r.date), "event_type": r.event_type,
                        "sub_event_type": r.sub_event_type, "country": r.country, "admin1": r.admin1,
                        "location": r.location, "fatalities": r.fatalities, "n_reports": r.n_reports,
                        "days_apart": gap, "km": round(dist, 1) if dist is not None else None,
                        "same_place": same_place, "shared_actors": shared, "score": round(score, 3)})
        out.sort(key=lambda c: (-c["score"], c["id"]))
        return out[:limit]


def _about(r: Any, incident_id: str, members: set[str]) -> bool:
    """Is this audit row about the incident (its id, one of its member events, or a merge into it)?"""
    return r.incident_id == incident_id or bool(members & set(r.event_ids or [])) or \
        (isinstance(r.after, dict) and r.after.get("incident") == incident_id)


def _version_seq(version: str | None) -> int:
    """The audit position a version was taken at (0 for an unreadable version: every entry is newer)."""
    head = (version or "").partition("-")[0]
    return int(head) if head.isdigit() else 0


def _km(lat1: float | None, lon1: float | None, lat2: float | None, lon2: float | None) -> float | None:
    """Great-circle distance in km, or None when a position is missing."""
    if None in (lat1, lon1, lat2, lon2):
        return None
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))
