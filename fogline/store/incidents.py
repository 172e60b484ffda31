"""Reading incidents: each fused incident as the pipeline assembled and saved it (``incidents`` table),
with the analysts' reviewed values applied. Nothing is assembled or reconciled here: the records are
written with fusion's result, in its transaction (``fusion.save_incident_records``).

``incident_rows`` — the summary rows, reviewed, that pass a set of filters — is every list's source:
``fogline incidents``, the exports, the map, the list and the timeline.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from .base import chunks, iso
from .filters import Filters, matches
from .review import apply_review
from .schema import FORMAT_KEY, INCIDENT_FORMAT, incident_members, incidents, meta

_WATCH_LOCK = threading.Lock()


class OutdatedStore(RuntimeError):
    """The store's incidents were fused by an older Fogline, which did not save them (or saved them in
    another format): they are assembled again once (``pipeline.upgrade``) before they can be read."""


class IncidentMixin:
    engine: Engine
    _format_ok: bool = False

    # -- the format of the saved records -----------------------------------------------------------
    def incidents_outdated(self) -> bool:
        """Must the incidents be assembled again before they are read (``pipeline.upgrade``)? True for a
        store fused by a version that saved no records or records of another format (``INCIDENT_FORMAT``)."""
        if self._format_ok:
            return False
        with self.engine.connect() as conn:
            fmt = conn.execute(sa.select(meta.c.value).where(meta.c.key == FORMAT_KEY)).scalar()
            fused = conn.execute(sa.select(incident_members.c.event_id).limit(1)).first() is not None
        if fmt is None and not fused:  # nothing fused yet: records will be written in this format
            try:
                with self.engine.begin() as conn:
                    conn.execute(meta.insert(), {"key": FORMAT_KEY, "value": INCIDENT_FORMAT})
            except IntegrityError:  # another process marked it first
                return self.incidents_outdated()
            fmt = INCIDENT_FORMAT
        self._format_ok = fmt == INCIDENT_FORMAT
        return not self._format_ok

    def _require_current(self) -> None:
        if self.incidents_outdated():
            raise OutdatedStore(f"the incidents of {self.engine.url.render_as_string(hide_password=True)} were "
                                "fused by an older version of Fogline: open the store once with any `fogline` "
                                "command (or call fogline.pipeline.upgrade(store)) to assemble them again")

    # -- lists -----------------------------------------------------------------------------------
    def incident_rows(self, filters: Filters | None = None) -> list[dict[str, Any]]:
        """The incident summaries, with reviewed values applied, that pass ``filters`` (by date, then id).
        ``fogline incidents``, the exports and every API list take their incidents from here."""
        f = filters or Filters()
        reviewed = self.reviewed()
        rows = [apply_review(s, reviewed[s["id"]]) if s["id"] in reviewed else s for s in self.incident_summaries()]
        if not f.as_dict():
            return rows
        text_docs = set(self.documents_matching(f.q)) if f.q else None
        return [s for s in rows if matches(s, f, text_docs)]

    def incident_summaries(self) -> list[dict[str, Any]]:
        """One summary dict per fused incident (what the map, the list and the timeline draw), by date then
        id; kept in memory until anything is committed to a SQLite store (``_data_version``)."""
        self._require_current()
        version = self._data_version()
        memo = getattr(self, "_summary_memo", None)
        if version is not None and memo is not None and memo[0] == version:
            return [dict(x) for x in memo[1]]
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(*(c for c in incidents.c if c.name not in ("record", "stale")))
                                .order_by(sa.nulls_last(incidents.c.date.asc()), incidents.c.id)).all()
        out = [{"id": r.id, "date": iso(r.date), "date_precision": r.date_precision,
                "event_type": r.event_type, "sub_event_type": r.sub_event_type, "country": r.country,
                "iso3": r.iso3, "admin1": r.admin1, "location": r.location, "latitude": r.latitude,
                "longitude": r.longitude, "geo_precision": r.geo_precision, "fatalities": r.fatalities,
                "grade": r.grade, "languages": [x for x in (r.languages or "").split(",") if x],
                "n_reports": r.n_reports, "actors": r.actors or [], "outlets": r.outlets or [],
                "events": r.event_ids or [], "documents": r.document_ids or [], "search": r.search or ""}
               for r in rows]
        self._summary_memo = (version, out)
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

    # -- full incidents -------------------------------------------------------------------------------
    def incidents(self, filters: Filters | None = None, *, limit: int | None = None,
                  **kw: Any) -> list[dict[str, Any]]:
        """Incident dicts (as ``fuse.assemble`` made them, reviewed values applied where an analyst gave
        some) of the incidents passing the filters, sorted by date then id: the incidents the map and the
        API list."""
        rows = self.incident_rows(Filters.of(filters, **kw))[:limit]
        reviewed = self.reviewed() if any("review" in r for r in rows) else {}
        return [apply_review(i, reviewed[i["id"]]) if i["id"] in reviewed else i
                for i in self.incidents_by_id(r["id"] for r in rows)]

    def incidents_by_id(self, incident_ids: Iterable[str]) -> list[dict[str, Any]]:
        """The saved incident dicts for these incident ids, in the order given; unknown ids are left out."""
        self._require_current()
        wanted = list(dict.fromkeys(incident_ids))
        found: dict[str, dict[str, Any]] = {}
        with self.engine.connect() as conn:
            for part in chunks(wanted):
                found.update(conn.execute(sa.select(incidents.c.id, incidents.c.record)
                                          .where(incidents.c.id.in_(part))).all())
        return [found[i] for i in wanted if i in found]

    def incident(self, incident_id: str) -> dict[str, Any] | None:
        """One incident with its events (``event_records``, each with ``document_text``), or None."""
        got = self.incidents_by_id([incident_id])
        if not got:
            return None
        inc = got[0]
        evs = [e for e in (self.event(m) for m in inc["events"]) if e]
        if not evs:
            return None
        inc["event_records"] = evs
        return inc

    def members(self, incident: str) -> list[str]:
        """The member event ids of an incident, sorted."""
        with self.engine.connect() as conn:
            return sorted(conn.execute(sa.select(incident_members.c.event_id).where(
                incident_members.c.incident_id == incident)).scalars())

    def incident_of(self, event_id: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(incident_members.c.incident_id).where(
                incident_members.c.event_id == event_id)).scalar()
