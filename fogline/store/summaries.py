"""The incident summary cache (one row per fused incident: what the map, the list and the timeline need),
and ``incident_rows``: the summaries, reviewed, that pass a set of filters — every incident list's source."""

from __future__ import annotations

import hashlib
import threading
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from .base import CHUNK, iso, to_date
from .filters import Filters, matches
from .review import apply_review
from .schema import SUMMARY_VERSION, documents, events, incident_members, incident_summaries

_WATCH_LOCK = threading.Lock()


class SummaryMixin:
    engine: Engine

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
        """One summary dict per fused incident, from the ``incident_summaries`` cache, rebuilding the rows
        whose members or documents changed since they were written (and dropping gone incidents)."""
        with self._summary_lock:  # one rebuild at a time (the server's threads share the store)
            return self._summaries()

    def _summaries(self) -> list[dict[str, Any]]:
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
                for i in range(0, len(drop), CHUNK):
                    conn.execute(incident_summaries.delete().where(
                        incident_summaries.c.incident_id.in_(drop[i:i + CHUNK])))
                if rows:
                    conn.execute(incident_summaries.insert(), rows)
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(incident_summaries).order_by(
                sa.nulls_last(incident_summaries.c.date.asc()), incident_summaries.c.incident_id)).all()
        out = [{"id": r.incident_id, "date": iso(r.date), "date_precision": r.date_precision,
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
        return {"incident_id": inc["id"], "signature": signature, "date": to_date(inc.get("date"), "date"),
                "date_precision": inc.get("date_precision"), "event_type": inc.get("event_type"),
                "sub_event_type": inc.get("sub_event_type"), "country": inc.get("country"), "iso3": inc.get("iso3"),
                "admin1": inc.get("admin1"), "location": inc.get("location"), "latitude": inc.get("latitude"),
                "longitude": inc.get("longitude"), "geo_precision": inc.get("geo_precision"),
                "fatalities": inc.get("fatalities"), "grade": inc.get("grade"), "languages": ",".join(langs),
                "n_reports": len(inc["documents"]), "actors": actors, "outlets": outlets,
                "event_ids": list(inc["events"]), "document_ids": list(inc["documents"]),
                "search": " ".join(w for w in words if w).casefold()}
