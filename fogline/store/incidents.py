"""Reading incidents: each fused incident as the pipeline assembled and saved it (``incidents`` table),
with the analysts' reviewed values applied. Nothing is assembled or reconciled here: the records are
written with fusion's result, in its transaction (``fusion.save_incident_records``).

Beside each record, a narrow row of ``incident_list`` holds what the lists show and filter on — the values
with reviews applied, their casefolded keys, the sort date and week (``summary_row``) — kept up to date on
every write: when fusion saves an incident and when an analyst reviews one (``sync_reviews``). So every list
is one SQL query (``filters.incident_clauses``): ``fogline incidents``, the exports, the API's pages (keyset:
``cursor``), the timeline and facets (GROUP BY) and the map (clustered on a grid when dense). Aggregates are
kept in memory until the incidents change (``VERSION_KEY``, renewed by every write).
"""

from __future__ import annotations

import base64
import json
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError

from .base import chunks, iso, to_date
from .filters import LINE, Filters, incident_clauses
from .review import apply_review
from .schema import FORMAT_KEY, INCIDENT_FORMAT, VERSION_KEY, incident_list, incident_members, incidents, meta

LAST = date(9999, 12, 31)  # the sort date of undated incidents: after every dated one
NO_REVIEW = {"status": None, "status_by": None, "status_at": None, "fields": {}}
_SUMMARY = [c for c in incident_list.c if c.name not in ("actor_keys", "status", "reviewed", "week") and
            not c.name.endswith("_key")]
_COMPACT = [incident_list.c[k] for k in ("id", "sort_date", "date", "event_type", "sub_event_type", "country",
                                         "admin1", "location", "latitude", "longitude", "fatalities", "grade",
                                         "languages", "actors", "n_reports", "review")]  # what the UI draws

_CACHE_SIZE = 256


class OutdatedStore(RuntimeError):
    """The store's incidents were fused by an older Fogline, which did not save them (or saved them in
    another format): they are assembled again once (``pipeline.upgrade``) before they can be read."""


class CursorError(ValueError):
    """A page cursor this store did not give (or of another sort order)."""


# -- what a row shows -----------------------------------------------------------------------------------
def summary_row(inc: dict[str, Any], review: dict[str, Any] | None = None) -> dict[str, Any]:
    """An assembled incident as a row of ``incident_list``: the values shown, with ``review`` (``apply_review``'s
    ``review`` dict, None if unreviewed) applied, and what the lists filter, sort and group on."""
    shown = dict(inc)
    if review:
        shown.update((f, v["value"]) for f, v in review["fields"].items())
    langs = sorted({s["language"] for s in inc["sources"] if s.get("language")})
    outlets = list(dict.fromkeys(s["outlet"] for s in inc["sources"] if s.get("outlet")))
    actors = [{"name": a["name"], "side": a["side"]} for a in inc["actors"]]
    words = [inc["id"], inc.get("event_type"), inc.get("sub_event_type"), inc.get("country"), inc.get("iso3"),
             inc.get("admin1"), inc.get("admin2"), inc.get("location"), *(a["name"] for a in actors), *outlets,
             *(s.get("title") for s in inc["sources"]), *inc["documents"]]
    search = " ".join(w for w in words if w)
    if review and review["fields"]:
        search += LINE + " ".join(str(v["value"]) for v in review["fields"].values())
    day = to_date(shown.get("date"), "date")

    def key(v: Any) -> str | None:
        return v.casefold() if isinstance(v, str) else None

    return {"id": inc["id"], "sort_date": day or LAST, "date": day,
            "week": day - timedelta(days=day.weekday()) if day else None,
            "date_precision": shown.get("date_precision"), "event_type": shown.get("event_type"),
            "sub_event_type": shown.get("sub_event_type"), "country": shown.get("country"),
            "iso3": shown.get("iso3"), "admin1": shown.get("admin1"), "location": shown.get("location"),
            "latitude": shown.get("latitude"), "longitude": shown.get("longitude"),
            "geo_precision": shown.get("geo_precision"), "fatalities": shown.get("fatalities"),
            "grade": shown.get("grade"), "languages": ",".join(langs), "n_reports": len(inc["documents"]),
            "status": review["status"] if review else None, "reviewed": bool(review),
            "country_key": key(shown.get("country")), "iso3_key": key(shown.get("iso3")),
            "admin1_key": key(shown.get("admin1")), "type_key": key(shown.get("event_type")),
            "sub_type_key": key(shown.get("sub_event_type")), "actors": actors,
            "actor_keys": LINE.join(a["name"].casefold().replace(LINE, " ") for a in actors), "outlets": outlets,
            "event_ids": list(inc["events"]), "document_ids": list(inc["documents"]), "review": review,
            "search": search.casefold()}


def record_row(inc: dict[str, Any], row: dict[str, Any] | None = None) -> dict[str, Any]:
    """An assembled incident as a row of ``incidents``: the record, and its fused values (``row``: its
    unreviewed ``summary_row`` when the caller has it already)."""
    row = summary_row(inc) if row is None else row
    return dict({c.name: row[c.name] for c in incidents.c if c.name in row}, record=inc, stale=False)


def shown(record: dict[str, Any], review: dict[str, Any] | None, *, always: bool = False) -> dict[str, Any]:
    """A saved record with its reviewed values in place (as ``apply_review`` gives it); ``review`` is
    added when there is one, or always (empty) with ``always``."""
    if not review:
        return dict(record, review=dict(NO_REVIEW, fields={})) if always else record
    out = dict(record)
    out.update((f, v["value"]) for f, v in review["fields"].items())
    out["review"] = review
    return out


def _summary(r: Any) -> dict[str, Any]:
    """A row of ``incident_list`` as a summary dict (what was selected of it: ``_SUMMARY`` or ``_COMPACT``)."""
    out = r._asdict()
    del out["sort_date"]
    out["date"] = iso(out["date"])
    out["languages"] = [x for x in (out["languages"] or "").split(",") if x]
    out["actors"] = out["actors"] or []
    if "event_ids" in out:
        out["outlets"] = out["outlets"] or []
        out["events"] = out.pop("event_ids") or []
        out["documents"] = out.pop("document_ids") or []
        out["search"] = out["search"] or ""
    if not out["review"]:
        del out["review"]
    return out


def _cursor(r: Any) -> str:
    raw = json.dumps([iso(r.sort_date), r.id], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _after(cursor: str, descending: bool) -> sa.ColumnElement[bool]:
    """The rows after the one ``cursor`` names, in the page order (sort date, then id)."""
    try:
        day, inc_id = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        day = date.fromisoformat(day)
        if not isinstance(inc_id, str):
            raise ValueError
    except (ValueError, TypeError):
        raise CursorError("cursor: not one this list gave (start again without it)") from None
    key = sa.tuple_(incident_list.c.sort_date, incident_list.c.id)  # a row value: one index range on both
    return key < sa.tuple_(sa.literal(day, sa.Date), sa.literal(inc_id)) if descending else \
        key > sa.tuple_(sa.literal(day, sa.Date), sa.literal(inc_id))


def _review_key(review: dict[str, Any] | None) -> Any:
    """What a review says, without the fused values it replaces (those change only with the record)."""
    if not review:
        return None
    return (review["status"], review["status_by"], review["status_at"],
            sorted((f, json.dumps(v["value"]), v["who"], v["at"]) for f, v in review["fields"].items()))


class IncidentMixin:
    engine: Engine
    _format_ok: bool = False
    reviewed_on: Callable[[Connection], dict[str, dict[str, dict[str, Any]]]]

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

    # -- keeping the shown values on write -------------------------------------------------------------
    def sync_reviews(self, conn: Connection, fresh: Iterable[str] = ()) -> None:
        """Bring the shown values of the incidents whose reviews changed (or that were just saved, ``fresh``)
        up to date with the reviews, in the caller's transaction: what the lists filter on is always what
        they show."""
        reviewed = self.reviewed_on(conn)
        stored = {r.id: r.review for r in conn.execute(
            sa.select(incident_list.c.id, incident_list.c.review).where(incident_list.c.reviewed.is_(True)))}
        new = set(fresh)
        todo = [i for i in sorted(set(reviewed) | set(stored))
                if i in new or i not in reviewed or i not in stored or
                _review_key(stored[i]) != _review_key(apply_review({}, reviewed[i])["review"])]
        if not todo:
            return
        for part in chunks(todo):
            for inc_id, record in conn.execute(sa.select(incidents.c.id, incidents.c.record)
                                               .where(incidents.c.id.in_(part))).all():
                review = apply_review(record, reviewed[inc_id])["review"] if inc_id in reviewed else None
                row = summary_row(record, review)
                del row["id"]
                conn.execute(incident_list.update().where(incident_list.c.id == inc_id).values(**row))
        self.incidents_changed(conn)

    @staticmethod
    def incidents_changed(conn: Connection) -> None:
        """Mark the saved incidents as changed (in the caller's transaction): every cached list is old."""
        token = uuid.uuid4().hex
        if not conn.execute(meta.update().where(meta.c.key == VERSION_KEY).values(value=token)).rowcount:
            conn.execute(meta.insert(), {"key": VERSION_KEY, "value": token})

    @staticmethod
    def _where(conn: Connection, f: Filters) -> list[sa.ColumnElement[bool]]:
        """``filters.incident_clauses`` for ``f``, a key compared only with the columns that hold it."""
        def present(column: sa.Column, key: str) -> bool:
            return conn.execute(sa.select(sa.literal(1)).where(column == key).limit(1)).first() is not None
        return incident_clauses(f, present)

    def incidents_version(self) -> str | None:
        """A token every write to the incidents (fusion, review) renews: what caches of lists are kept with."""
        with self.engine.connect() as conn:
            return conn.execute(sa.select(meta.c.value).where(meta.c.key == VERSION_KEY)).scalar()

    def _cached(self, name: str, args: tuple, compute: Callable[[Connection], Any]) -> Any:
        """``compute(conn)``, kept until the incidents change (on any process: ``VERSION_KEY``, read first)."""
        self._require_current()
        lock = self.__dict__.setdefault("_cache_lock", threading.Lock())
        cache: OrderedDict = self.__dict__.setdefault("_cache", OrderedDict())
        key = (self.incidents_version(), name, args)
        with lock:
            if key in cache:
                cache.move_to_end(key)
                return cache[key]
        with self.engine.connect() as conn:
            value = compute(conn)
        with lock:
            cache[key] = value
            while len(cache) > _CACHE_SIZE:
                cache.popitem(last=False)
        return value

    # -- lists -----------------------------------------------------------------------------------
    def incident_rows(self, filters: Filters | None = None) -> list[dict[str, Any]]:
        """The incident summaries, with reviewed values applied (and ``review`` where there is one), that
        pass ``filters``, by date then id. ``fogline incidents``, the exports and the API lists take their
        incidents from here or from ``incident_page``."""
        return self.incident_page(filters)[0]

    def incident_page(self, filters: Filters | None = None, *, limit: int | None = None, offset: int = 0,
                      cursor: str | None = None, descending: bool = False,
                      compact: bool = False) -> tuple[list[dict[str, Any]], str | None]:
        """One page of ``incident_rows`` (by date then id; newest first with ``descending``; undated last
        going up, first going down) and the cursor of the next page (None on the last): keyset pages, so
        any page costs the same. ``cursor`` is what the previous page returned. ``compact``: without
        iso3, precisions, outlets, events, documents and search (what the UI's lists do not draw)."""
        self._require_current()
        f = filters or Filters()
        q = sa.select(*(_COMPACT if compact else _SUMMARY))
        if cursor:
            q = q.where(_after(cursor, descending))
        order = (incident_list.c.sort_date.desc(), incident_list.c.id.desc()) if descending else \
            (incident_list.c.sort_date, incident_list.c.id)
        q = q.order_by(*order)
        if offset:
            q = q.offset(offset)
        if limit is not None:
            q = q.limit(limit + 1)
        with self.engine.connect() as conn:
            found = conn.execute(q.where(*self._where(conn, f))).all()
        more = limit is not None and len(found) > limit
        found = found[:limit] if limit is not None else found
        return [_summary(r) for r in found], _cursor(found[-1]) if more else None

    def incident_summaries(self) -> list[dict[str, Any]]:
        """One summary dict per fused incident, fused values (reviews not applied), by date then id."""
        out = []
        for s in self.incident_rows():
            review = s.pop("review", None)
            for field, v in (review or NO_REVIEW)["fields"].items():
                if field in s:
                    s[field] = v["fused"]
            out.append(s)
        return out

    def incidents(self, filters: Filters | None = None, *, limit: int | None = None,
                  **kw: Any) -> list[dict[str, Any]]:
        """Incident dicts (as ``fuse.assemble`` made them, reviewed values applied where an analyst gave
        some) of the incidents passing the filters, sorted by date then id: the incidents the map and the
        API list."""
        rows = self.incident_page(Filters.of(filters, **kw), limit=limit)[0]
        return self.shown_incidents([r["id"] for r in rows])

    def shown_incidents(self, incident_ids: Iterable[str], *, always: bool = False) -> list[dict[str, Any]]:
        """The incident dicts for these ids with their reviewed values applied (``shown``), in the order
        given; unknown ids are left out."""
        self._require_current()
        wanted = list(dict.fromkeys(incident_ids))
        found: dict[str, dict[str, Any]] = {}
        with self.engine.connect() as conn:
            for part in chunks(wanted):
                for inc_id, record, review in conn.execute(
                        sa.select(incidents.c.id, incidents.c.record, incident_list.c.review)
                        .join(incident_list, incident_list.c.id == incidents.c.id, isouter=True)
                        .where(incidents.c.id.in_(part))):
                    found[inc_id] = shown(record, review, always=always)
        return [found[i] for i in wanted if i in found]

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
