"""Fusion's persistence: what fusion reads (the neighbourhood of new events, the analyst's links, the
events an incident is assembled from) and what it writes (incident members and the assembled incidents,
in one transaction; merge and split links). Fusion and assembly themselves run in ``fogline.pipeline``."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from .base import chunks, insert_rows, iso, utcnow
from .incidents import record_row, summary_row
from .redirects import record_renames
from .rows import claims_for
from .schema import (
    FORMAT_KEY,
    INCIDENT_FORMAT,
    LEGACY_TABLES,
    claims,
    documents,
    events,
    incident_list,
    incident_members,
    incidents,
    meta,
    overrides,
)

_SPANS_PER_QUERY = 100  # date windows OR-ed in one neighbourhood query
_ASSEMBLY_EVENT = ("id", "document_id", "event_type", "sub_event_type", "date", "date_precision", "country", "iso3",
                   "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "geonames_id", "actors")
_ASSEMBLY_DOCUMENT = ("outlet", "url", "published", "language", "title")
_ASSEMBLY = sa.select(  # what ``fuse.assemble`` reads of an event and its document
    *(events.c[k] for k in _ASSEMBLY_EVENT), *(documents.c[k] for k in _ASSEMBLY_DOCUMENT),
).join(documents, documents.c.id == events.c.document_id)
_ASSEMBLY_KEYS = _ASSEMBLY_EVENT + _ASSEMBLY_DOCUMENT  # plain strings (SQLAlchemy's names are a subclass that a
# worker would import SQLAlchemy to unpickle)


class FusionMixin:
    engine: Engine

    def neighbourhood(self, conn: Connection, event_ids: list[str] | None, margin: int,
                      known: Mapping[str, tuple[str, int | None, str | None, Any]] | None = None) -> list[Any]:
        """What fusion needs of these events and their neighbours: the events of the same country dated
        within ``margin`` days of one of them (undated events are neighbours of every date; an undated
        new event has the whole country as neighbours), and every event already in an incident with one
        of those, so a neighbourhood never cuts an incident in two. All events when ``event_ids`` is None.

        ``known``: event id → (its document's text sha256, its day as an ordinal, its country, what to give
        for it), for the events the caller made from what it stored itself (an ingest's sketches): an event
        whose document still has that text is given as that object, without reading and decoding its row.

        One query per country (per 100 separate date windows), whatever the number of new events."""
        cols = [events.c.id, events.c.document_id, events.c.event_type, events.c.sub_event_type, events.c.date,
                events.c.date_precision, events.c.country, events.c.admin1, events.c.location, events.c.latitude,
                events.c.longitude, events.c.geo_precision, events.c.actors, events.c.evidence,
                documents.c.published]
        base = sa.select(*cols).join(documents, documents.c.id == events.c.document_id)
        hit: dict[str, tuple[str, int | None, str | None, Any]] = {}  # the events given as ``known`` has them
        if event_ids is None:
            found = {r.id: r for r in conn.execute(base)}
        else:
            found = _load(conn, base, event_ids, known or {}, hit)
            windows: dict[str | None, list[tuple[int, int]] | None] = {}  # None: the whole country
            days = [((r.date or r.published).toordinal() if (r.date or r.published) else None, r.country)
                    for r in found.values()] + [(k[1], k[2]) for k in hit.values()]
            for day, country in days:
                country = country or None
                if day is None:
                    windows[country] = None
                elif windows.setdefault(country, []) is not None:
                    windows[country].append((day - margin, day + margin))
            when = sa.func.coalesce(events.c.date, documents.c.published)
            # the neighbours by id first, then the rows not loaded yet (on a first fusion: none, where reading
            # the window's rows read and decoded every row twice)
            ids = sa.select(events.c.id).join(documents, documents.c.id == events.c.document_id)
            near: list[str] = []
            for country, spans in sorted(windows.items(), key=lambda kv: kv[0] or ""):
                q = ids.where(events.c.country == country) if country else ids.where(events.c.country.is_(None))
                for part in [None] if spans is None else chunks(_merged(spans), _SPANS_PER_QUERY):
                    where = q if part is None else q.where(sa.or_(when.is_(None), *(
                        when.between(date.fromordinal(lo), date.fromordinal(hi)) for lo, hi in part)))
                    near += conn.execute(where).scalars()
            near = [e for e in dict.fromkeys(near) if e not in found and e not in hit]
            of_incidents = sa.select(incident_members.c.incident_id)
            for part in chunks(list(found) + list(hit) + near):  # and every event of an incident one of those is in
                near += conn.execute(sa.select(incident_members.c.event_id).where(incident_members.c.incident_id.in_(
                    of_incidents.where(incident_members.c.event_id.in_(part))))).scalars()
            near = [e for e in dict.fromkeys(near) if e not in found and e not in hit]
            rows = _load(conn, base, near, known or {}, hit)
            found.update((e, rows[e]) for e in near if e in rows)
        counts: dict[str, list[dict[str, Any]]] = {}  # the claims' counts: fusion compares reports' figures
        for part in chunks(list(found)):
            for c in conn.execute(sa.select(claims.c.event_id, claims.c.what, claims.c.low, claims.c.high,
                                            claims.c.vague).where(claims.c.event_id.in_(part))):
                counts.setdefault(c.event_id, []).append(
                    {"what": c.what, "low": c.low, "high": c.high, "vague": c.vague})
        return [{"id": r.id, "document_id": r.document_id, "event_type": r.event_type,
                 "sub_event_type": r.sub_event_type, "date": iso(r.date), "date_precision": r.date_precision,
                 "country": r.country, "admin1": r.admin1, "location": r.location, "latitude": r.latitude,
                 "longitude": r.longitude, "geo_precision": r.geo_precision, "actors": r.actors or [],
                 "evidence": r.evidence or [], "claims": counts.get(r.id, []),
                 "published": iso(r.published)} for r in found.values()] + [k[3] for k in hit.values()]

    @staticmethod
    def links(conn: Connection) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        """The analyst's must-links and cannot-links, oldest first."""
        ov = conn.execute(sa.select(overrides).order_by(overrides.c.seq)).all()
        return ([(o.event_a, o.event_b) for o in ov if o.kind == "must"],
                [(o.event_a, o.event_b) for o in ov if o.kind == "cannot"])

    @staticmethod
    def save_incidents(conn: Connection, assignment: dict[str, str]) -> set[str]:
        """Event id → incident id for these events (their old membership replaced); returns the incidents
        they were in before, whose records may have to go. Renamed ids are recorded (``redirects``)."""
        old: dict[str, str] = {}
        for part in chunks(sorted(assignment)):
            old.update(conn.execute(sa.select(incident_members.c.event_id, incident_members.c.incident_id)
                                    .where(incident_members.c.event_id.in_(part))).all())
            conn.execute(incident_members.delete().where(incident_members.c.event_id.in_(part)))
        if assignment:
            insert_rows(conn, incident_members, [{"event_id": e, "incident_id": inc}
                                                 for e, inc in sorted(assignment.items())])
        record_renames(conn, old, assignment)
        return set(old.values())

    # -- assembled incidents -------------------------------------------------------------------------
    @staticmethod
    def members_of(conn: Connection, incident_ids: Iterable[str] | None) -> dict[str, list[str]]:
        """Incident id → its member event ids, sorted, for these incidents (every incident when None);
        incidents without members are left out."""
        q = sa.select(incident_members.c.incident_id, incident_members.c.event_id)
        rows = conn.execute(q).all() if incident_ids is None else [
            r for part in chunks(sorted(set(incident_ids))) for r in conn.execute(
                q.where(incident_members.c.incident_id.in_(part)))]
        out: dict[str, list[str]] = {}
        for inc, ev in rows:
            out.setdefault(inc, []).append(ev)
        return {inc: sorted(evs) for inc, evs in out.items()}

    @staticmethod
    def saved_members(conn: Connection, incident_ids: Iterable[str]) -> dict[str, list[str] | None]:
        """Incident id → the member events its saved record lists (None for a stale record), for those
        of these incidents that have a record."""
        out: dict[str, list[str] | None] = {}
        for part in chunks(sorted(set(incident_ids))):
            for r in conn.execute(sa.select(incidents.c.id, incidents.c.event_ids, incidents.c.stale)
                                  .where(incidents.c.id.in_(part))):
                out[r.id] = None if r.stale else list(r.event_ids or [])
        return out

    @staticmethod
    def stale_incidents(conn: Connection) -> list[str]:
        """The incidents whose records a document update made stale (``write._delete_children``)."""
        return list(conn.execute(sa.select(incidents.c.id).where(incidents.c.stale.is_(True))).scalars())

    @staticmethod
    def assembly_events(conn: Connection, event_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Event id → what an incident is assembled from (``fuse.assemble``): the fields it reads of the event
        dict readers get, claims and document fields included. The event's own estimates, contradictions and
        evidence are not read: their JSON is most of what decoding a whole event costs."""
        out: dict[str, dict[str, Any]] = {}
        for part in chunks(sorted(set(event_ids))):
            rows = conn.execute(_ASSEMBLY.where(events.c.id.in_(part))).all()
            cl = claims_for(conn, [r.id for r in rows])
            for r in rows:
                out[r.id] = dict(zip(_ASSEMBLY_KEYS, r, strict=True), date=iso(r.date), actors=r.actors or [],
                                 claims=cl.get(r.id, []), published=iso(r.published))
        return out

    def save_incident_records(self, conn: Connection, records: list[dict[str, Any]], gone: Iterable[str] = ()) -> None:
        """Save assembled incidents (``fuse.assemble`` dicts; replacing their old records) and delete the
        records of the incidents in ``gone``; the reviews that now apply to them are applied to the values
        the lists show (``sync_reviews``)."""
        drop = sorted(set(gone) | {r["id"] for r in records})
        for part in chunks(drop):
            conn.execute(incidents.delete().where(incidents.c.id.in_(part)))
            conn.execute(incident_list.delete().where(incident_list.c.id.in_(part)))
        for part in chunks(records):
            rows = [summary_row(r) for r in part]  # made once for both tables
            insert_rows(conn, incidents, [record_row(r, row) for r, row in zip(part, rows, strict=True)])
            insert_rows(conn, incident_list, rows)
        if drop:
            self.sync_reviews(conn, [r["id"] for r in records])
            self.incidents_changed(conn)

    def replace_incident_records(self, conn: Connection) -> None:
        """Forget every saved incident (and the summary cache of earlier versions), to save them all again
        in this version's format; ``incident_format_saved`` once they are."""
        conn.execute(incidents.delete())
        conn.execute(incident_list.delete())
        self.incidents_changed(conn)
        for name in LEGACY_TABLES:
            conn.execute(sa.text(f"DROP TABLE IF EXISTS {name}"))

    def incident_format_saved(self, conn: Connection) -> None:
        """Every incident's record is now in this version's format (``INCIDENT_FORMAT``)."""
        conn.execute(meta.delete().where(meta.c.key == FORMAT_KEY))
        conn.execute(meta.insert(), {"key": FORMAT_KEY, "value": INCIDENT_FORMAT})
        self._format_ok = False  # checked again once committed

    def add_links(self, kind: str, pairs: Iterable[tuple[str, str]], conn: Connection | None = None) -> None:
        """Record must-links (``"must"``) or cannot-links (``"cannot"``) between events (in ``conn``'s
        transaction when given)."""
        rows = [{"kind": kind, "event_a": x, "event_b": y, "created_at": utcnow()} for x, y in pairs]
        if rows:
            with self._within(conn) as c:
                c.execute(overrides.insert(), rows)

    def drop_must_links_across(self, side_a: Iterable[str], side_b: Iterable[str],
                               conn: Connection | None = None) -> None:
        """Forget the must-links joining an event of one side to one of the other (a split undoes a merge)."""
        a, b = set(side_a), set(side_b)
        with self._within(conn) as c:
            crossing = [row.seq for row in c.execute(sa.select(overrides).where(overrides.c.kind == "must"))
                        if (row.event_a in a and row.event_b in b) or (row.event_a in b and row.event_b in a)]
            if crossing:
                c.execute(overrides.delete().where(overrides.c.seq.in_(crossing)))


def _load(conn: Connection, base: sa.Select, event_ids: Sequence[str],
          known: Mapping[str, tuple[str, int | None, str | None, Any]],
          hit: dict[str, tuple[str, int | None, str | None, Any]]) -> dict[str, Any]:
    """Event id → row of these events (``base``), but for those ``known`` holds with their document's text as
    stored: those go to ``hit`` (their ids and texts read, nothing decoded)."""
    todo: Sequence[str] = event_ids
    if known:
        todo = []
        shas = sa.select(events.c.id, documents.c.text_sha256).join(documents, documents.c.id == events.c.document_id)
        for part in chunks(event_ids):
            for event_id, sha in conn.execute(shas.where(events.c.id.in_(part))):
                k = known.get(event_id)
                if k is not None and k[0] == sha:
                    hit[event_id] = k
                else:
                    todo.append(event_id)
    found: dict[str, Any] = {}
    for part in chunks(todo):
        found.update((r.id, r) for r in conn.execute(base.where(events.c.id.in_(part))))
    return found


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or touching day ranges joined: the same days, fewer conditions."""
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        if out and lo <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out
