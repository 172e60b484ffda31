"""Fusion and assembly for the pipeline: incidents recomputed around what changed, each changed incident
assembled and reconciled once (``fuse.assemble``), saved with the membership in one transaction; an
analyst's merge and split go through the same path."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from .collector import collector_paused

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from ..fuse import EventSketch
    from ..store import Store
    from .extraction import Workers


def fuse_pending(store: Store, on_fusion: Callable[[str, int, int], None] | None = None,
                 workers: Workers | None = None, known: Known | None = None) -> int:
    """Fuse the events of every document stored since its last fusion (``Store.pending``: this run's, and
    any a killed run left), clearing their notes in the fusion's transaction. Returns the number of
    documents fused. ``workers``: processes to assemble incidents in (``fuse_events``); ``known``: the
    sketches of the events this run stored (``sketch_stored``)."""
    if not store.pending():
        return 0
    return fuse_events(store, PENDING, on_fusion=on_fusion, workers=workers, known=known)


Known = dict[str, tuple[str, "int | None", "str | None", "EventSketch"]]  # ``Store.neighbourhood``'s ``known``


def sketch_stored(extraction: dict[str, Any], known: Known) -> None:
    """Add to ``known`` the fusion sketch of each event of an extraction just stored, with its document's text
    hash, as fusion would make it from the stored row (``Store.neighbourhood``): an ingest makes them while it
    stores (with workers, while they extract), and fusion reads and decodes only the other events' rows."""
    from ..fuse import EventSketch
    from ..records import as_date

    doc = extraction["document"]
    published = as_date(doc.get("published"))
    pub = published.isoformat() if published is not None else None
    for ev in extraction.get("events") or []:
        day = as_date(ev.get("date"))
        lat, lon = ev.get("latitude"), ev.get("longitude")
        sk = EventSketch.from_event({  # the row as stored and read back: dates as ISO text, coordinates as floats
            "id": ev["id"], "document_id": doc["id"], "event_type": ev.get("event_type"),
            "sub_event_type": ev.get("sub_event_type"), "date": day.isoformat() if day is not None else None,
            "date_precision": ev.get("date_precision"), "country": ev.get("country"), "admin1": ev.get("admin1"),
            "location": ev.get("location"), "latitude": float(lat) if lat is not None else None,
            "longitude": float(lon) if lon is not None else None, "geo_precision": ev.get("geo_precision"),
            "actors": ev.get("actors") or [], "evidence": ev.get("evidence") or [],
            "claims": [{"what": c.get("what"), "low": c.get("low"), "high": c.get("high"),
                        "vague": bool(c.get("vague", False))} for c in ev.get("claims") or []],
            "published": pub})
        known[sk.id] = (doc["text_sha256"], sk.day, sk.country, sk)


def fuse_documents(store: Store, doc_ids: Iterable[str]) -> int:
    """Re-fuse the incidents around these documents' events (after an ingest batch)."""
    return fuse_events(store, store.event_ids_of(doc_ids))


PENDING: Any = object()  # ``fuse_events``: the events of the documents awaiting fusion


def fuse_events(store: Store, event_ids: Iterable[str] | None = None, *,
                on_fusion: Callable[[str, int, int], None] | None = None,
                before: Callable[[Connection], None] | None = None,
                after: Callable[[Connection, dict[str, str]], None] | None = None,
                workers: Workers | None = None, known: Known | None = None) -> int:
    """Recompute the incidents of these events (new or written anew) and their neighbourhood
    (``Store.neighbourhood``); all events when ``event_ids`` is None, the events of the documents awaiting
    fusion when it is ``PENDING``. The incidents that changed — other members, a member among
    ``event_ids``, a record made stale by a revised report — are assembled (and reconciled) here, once, and
    saved with the new membership in one transaction, which also clears the documents' notes of pending
    fusion (all of them for a full re-fusion). The others keep their records. ``on_fusion(step, done,
    total)`` follows the work. ``before(conn)`` and ``after(conn, assignment)`` run in the fusion's transaction,
    first and last (an analyst's links, and the audit entry of the change: all of it or none is written).
    ``workers`` (an ingest's extraction processes) share the fusion by countries (``_fuse``) and assemble
    the incidents in parallel: handed their member events by this process, or past ``HAND_OVER`` events
    reading them (committed before fusion) from the store themselves, when they can open it. ``known``: the
    sketches of events the caller stored (``sketch_stored``), used for those whose document is unchanged.
    Returns the number of documents fused when ``PENDING``, else of incidents."""
    from ..fuse import MAX_SPREAD_DAYS, WINDOW, EventSketch

    tell = on_fusion or (lambda step, done, total: None)
    upgrade(store)
    # one fusion at a time: the server's threads
    with store.fusion_lock, collector_paused(), store.engine.begin() as conn:
        if before is not None:
            before(conn)
        docs: list[str] | None = None
        if event_ids is PENDING:
            docs, ids = store.pending_events(conn)
        else:
            ids = None if event_ids is None else list(event_ids)
        tell("load", 0, len(ids) if ids is not None else 0)
        rows = store.neighbourhood(conn, ids, WINDOW["month"] + MAX_SPREAD_DAYS, known)
        url = _shared_url(store) if workers is not None and len(rows) > HAND_OVER else None
        if url is not None:  # the workers open the store (loading its modules) while this process fuses
            assert workers is not None
            for _ in range(workers.jobs):
                workers.submit(_engine, url)
        must, cannot = store.links(conn)
        tell("fuse", 0, len(rows))
        sketches = [r if isinstance(r, EventSketch) else EventSketch.from_event(r) for r in rows]
        assignment = _fuse(sketches, must, cannot, workers)
        before = store.save_incidents(conn, assignment)
        _assemble(store, conn, set(assignment.values()) | before | set(store.stale_incidents(conn)), set(ids or ()),
                  tell=tell, workers=workers, url=url)
        if ids is None or docs is not None:
            store.clear_pending(conn, docs)
        if after is not None:
            after(conn, assignment)
        return len(docs) if docs is not None else len(set(assignment.values()))


def _fuse(sketches: list[EventSketch], must: list[tuple[str, str]], cannot: list[tuple[str, str]],
          workers: Workers | None = None) -> dict[str, str]:
    """``fuse.fuse`` over these sketches; with ``workers``, its countries shared among this process and the
    workers. Fusion never joins events of two countries (blocking and score ask for one country), so the
    countries an analyst's must-links do not tie together are fused apart with the same result: each group of
    countries is fused whole, the heaviest here (what stays serial at the end of an ``ingest --jobs N``)."""
    from ..fuse import fuse

    groups = _country_groups(sketches, must, workers.jobs) if workers is not None else []
    if len(groups) < 2:
        return fuse(sketches, must_link=must, cannot_link=cannot)
    assert workers is not None
    futures = [workers.submit(fuse, g, must_link=m, cannot_link=c)
               for g in groups[1:] for m, c in [_links_within(g, must, cannot)]]
    out = fuse(groups[0], must_link=must, cannot_link=cannot)
    for f in futures:
        out.update(f.result())
    return out


def _links_within(group: list[EventSketch], must: list[tuple[str, str]],
                  cannot: list[tuple[str, str]]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The links between two events of this group: the only ones its fusion can use."""
    ids = {s.id for s in group}
    return [p for p in must if p[0] in ids and p[1] in ids], [p for p in cannot if p[0] in ids and p[1] in ids]


def _country_groups(sketches: list[EventSketch], must: list[tuple[str, str]], n: int) -> list[list[EventSketch]]:
    """The sketches in at most ``n`` groups that share no country, nor a must-link, heaviest first: each
    country (with those must-links tie to it) goes to the lightest group so far, the costliest first. A
    country's cost is taken as its events squared (blocking compares the events of a few days around
    each)."""
    by_country: dict[str | None, list[EventSketch]] = {}
    for sk in sketches:
        by_country.setdefault(sk.country, []).append(sk)
    if n < 2 or len(by_country) < 2:
        return []
    root = {c: c for c in by_country}  # countries tied by a must-link are fused together

    def find(c: str | None) -> str | None:
        while root[c] != c:
            c = root[c]
        return c

    country = {sk.id: sk.country for sk in sketches}
    for a, b in must:
        if a in country and b in country:
            ra, rb = find(country[a]), find(country[b])
            if ra != rb:
                root[max(ra, rb, key=_key)] = min(ra, rb, key=_key)
    parts: dict[str | None, list[EventSketch]] = {}
    for c in sorted(by_country, key=_key):
        parts.setdefault(find(c), []).extend(by_country[c])
    if len(parts) < 2:
        return []
    groups: list[tuple[int, list[EventSketch]]] = [(0, []) for _ in range(min(n, len(parts)))]
    for part in sorted(parts.values(), key=lambda p: (-len(p), p[0].id)):
        k = min(range(len(groups)), key=lambda i: (groups[i][0], i))
        groups[k] = (groups[k][0] + len(part) ** 2, groups[k][1] + part)
    return [g for _cost, g in sorted(groups, key=lambda g: -g[0]) if g]


def _key(country: str | None) -> tuple[bool, str]:
    return country is not None, country or ""


HAND_OVER = 5000  # events fused: up to this many, the workers are handed what they assemble (see ``_assemble``)


def _assemble(store: Store, conn: Connection, incident_ids: set[str], changed: set[str], batch: int = 2000,
              tell: Callable[[str, int, int], None] | None = None, workers: Workers | None = None,
              url: str | None = None) -> None:
    """Save the assembled record of each of these incidents whose record is missing, stale, lists other
    events than its members, or has a member in ``changed`` (events written anew); delete the records of
    those left without members. At most ``batch`` member events (and their claims) loaded at a time, so memory
    stays flat on a full re-fusion or the first fusion of a large ingest, however many reports an incident has.
    With ``workers``, the parts are assembled in them and saved here in the same order: loaded here and handed
    over, or with ``url`` (the store, which they open) loaded by the workers themselves. Loading here is
    serial work, but a worker that opens the store first loads SQLAlchemy and the store's modules (~0.25 s):
    worth it only for large fusions (``HAND_OVER``)."""
    members = store.members_of(conn, incident_ids)
    saved = store.saved_members(conn, incident_ids)
    todo = [i for i in sorted(members) if saved.get(i) != members[i] or not changed.isdisjoint(members[i])]
    store.save_incident_records(conn, [], [i for i in saved if i not in members])
    if workers is not None:  # parts small enough that every worker gets several
        batch = max(1, min(batch, sum(len(members[i]) for i in todo) // (4 * workers.jobs)))
    parts: list[list[tuple[str, list[str]]]] = []
    k = 0
    while k < len(todo):
        part, size = [], 0
        while k < len(todo) and (not part or size + len(members[todo[k]]) <= batch):
            part.append((todo[k], members[todo[k]]))
            size += len(members[todo[k]])
            k += 1
        parts.append(part)
    if workers is not None and url is not None:
        results: Iterable[list[dict[str, Any]]] = (f.result() for f in [workers.submit(_assemble_part, url, part)
                                                                         for part in parts])
    elif workers is not None:  # each part handed over as soon as it is loaded
        results = (f.result() for f in [
            workers.submit(_assemble_events, part, store.assembly_events(conn, [e for _i, evs in part for e in evs]))
            for part in parts])
    else:
        results = (_assemble_part(None, part, store, conn) for part in parts)
    done = 0
    for part, records in zip(parts, results, strict=True):
        if tell is not None:
            tell("assemble", done, len(todo))
        store.save_incident_records(conn, records)
        done += len(part)
    if tell is not None:
        tell("assemble", len(todo), len(todo))


def _shared_url(store: Store) -> str | None:
    """The store's URL if another process can open it (not a SQLite database in memory)."""
    url = store.engine.url
    if url.get_backend_name() == "sqlite" and (not url.database or url.database == ":memory:"
                                               or "mode=memory" in str(url)):
        return None
    return url.render_as_string(hide_password=False)


_ENGINES: dict[str, Any] = {}  # a worker's engine per store URL


def _engine(url: str) -> Any:
    """In a worker: its engine for the store at ``url`` (made once; the store's modules loaded with it)."""
    if url not in _ENGINES:
        from ..store.base import create_engine

        _ENGINES[url] = create_engine(url)
    return _ENGINES[url]


def _assemble_part(url: str | None, part: list[tuple[str, list[str]]], store: Store | None = None,
                   conn: Connection | None = None) -> list[dict[str, Any]]:
    """The assembled records of these incidents (id, member event ids), reading their events through
    ``conn`` or, in a worker, from the store at ``url``."""
    from ..fuse import assemble
    from ..store.fusion import FusionMixin

    ids = [e for _i, evs in part for e in evs]
    if conn is not None:
        assert store is not None
        events = store.assembly_events(conn, ids)
    else:
        assert url is not None
        with _engine(url).connect() as own:
            events = FusionMixin.assembly_events(own, ids)
    return [assemble(i, [events[e] for e in evs]) for i, evs in part]


def _assemble_events(part: list[tuple[str, list[str]]], events: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """In a worker: the assembled records of these incidents (id, member event ids) from their events."""
    from ..fuse import assemble

    return [assemble(i, [events[e] for e in evs]) for i, evs in part]


def upgrade(store: Store, on_start: Callable[[int], None] | None = None) -> int:
    """Assemble every incident of a store fused by an older version (``Store.incidents_outdated``) in
    one transaction; a no-op otherwise. ``on_start`` is told how many incidents before the work starts.
    Returns the number of incidents assembled."""
    if not store.incidents_outdated():
        return 0
    with store.fusion_lock, collector_paused(), store.engine.begin() as conn:
        members = store.members_of(conn, None)
        if on_start is not None:
            on_start(len(members))
        store.replace_incident_records(conn)
        _assemble(store, conn, set(members), set())
        store.incident_format_saved(conn)
    return len(members)


def open_store(url: str, on_upgrade: Callable[[int], None] | None = None) -> Store:
    """The store at ``url``, its incidents assembled again first if an older version fused them
    (``upgrade``; ``on_upgrade`` is told how many)."""
    from ..store import Store

    store = Store(url)
    try:
        upgrade(store, on_upgrade)
    except BaseException:
        store.close()
        raise
    return store


def merge(store: Store, incident_a: str, incident_b: str,
          audit: Callable[[Connection, str | None], None] | None = None) -> str | None:
    """Join two incidents for good (must-links that survive re-ingest); returns the new id. ``audit(conn,
    new id)`` records the change in the same transaction."""
    a, b = store.members(incident_a), store.members(incident_b)
    if not a or not b:
        raise KeyError(f"no incident {incident_a if not a else incident_b!r}")
    new: list[str | None] = [None]

    def done(conn: Connection, assignment: dict[str, str]) -> None:
        new[0] = assignment.get(a[0])
        if audit is not None:
            audit(conn, new[0])

    # every member tied to one: the incidents join as they stand, whatever fusion alone would say of a member
    links = [(a[0], e) for e in a[1:] + b]
    fuse_events(store, a + b, before=lambda conn: store.add_links("must", links, conn), after=done)
    return new[0]


def split(store: Store, incident: str, event_ids: list[str],
          audit: Callable[[Connection, str | None, str | None], None] | None = None) -> str | None:
    """Take these events out of an incident into one of their own (cannot-links to the rest); returns the new
    id. ``audit(conn, new id, the rest's id)`` records the change in the same transaction."""
    members = store.members(incident)
    if not members:
        raise KeyError(f"no incident {incident!r}")
    out = [e for e in event_ids if e in members]
    if len(out) != len(event_ids):
        raise KeyError(f"not in {incident}: {', '.join(sorted(set(event_ids) - set(members)))}")
    rest = [e for e in members if e not in out]

    def links(conn: Connection) -> None:
        store.drop_must_links_across(out, rest, conn)  # an earlier merge across the cut would win over the new links
        store.add_links("cannot", [(x, y) for x in out for y in rest], conn)
        store.add_links("must", [(out[0], y) for y in out[1:]], conn)

    new: list[str | None] = [None]

    def done(conn: Connection, assignment: dict[str, str]) -> None:
        new[0] = assignment.get(out[0])
        if audit is not None:
            audit(conn, new[0], assignment.get(rest[0]) if rest else None)

    fuse_events(store, members, before=links, after=done)
    return new[0]
