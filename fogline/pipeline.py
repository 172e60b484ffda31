"""The one way reports go in: read → skip what is already stored → extract → store → fuse → reconcile.

``fogline ingest``, ``fogline demo``, the API's ingest and ``evaluate_fusion`` all call ``ingest``;
``fogline extract`` and ``evaluate`` call ``extract_all`` / ``extract_document``. The store only stores:
fusion (``fuse_events``, ``merge``, ``split``) runs here, over what the store loads for it, and so does
assembly: each incident fusion changed is assembled and reconciled (``fuse.assemble``) once, here, and
handed to the store, which saves it with the membership in one transaction and serves it as saved.
A store fused by an older version is assembled once when opened (``open_store`` / ``upgrade``).

Skipping: before anything is extracted, each batch of read documents is looked up by id and text hash
in two queries (``Store.unchanged``), so re-reading an unchanged feed costs reading and hashing alone.
``jobs`` > 1 extracts in worker processes (each builds its extractors once) while this process stores
in input order, so the output and the store are the same as with one process.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .read import ReadResult
from .records import Document, Extraction

if TYPE_CHECKING:  # the store (SQLAlchemy) is not loaded by `fogline extract`
    from sqlalchemy.engine import Connection

    from .store import Store

BATCH = 256  # documents looked up (and handed to the workers) at a time


@dataclass(slots=True)
class Item:
    """One input on its way through: a read error, a document already stored, or an extraction."""

    source: str
    document: Document | None
    read_error: str | None = None
    stored: bool = False  # unchanged in the store: not extracted
    extraction: dict[str, Any] | None = None  # Extraction.to_dict()
    error: str | None = None  # why extraction failed: "ValueError: ..."

    @property
    def failure(self) -> str | None:
        """The message naming this input when it cannot go on, as ``fogline`` prints it."""
        if self.read_error is not None:
            return self.read_error
        if self.error is not None:
            return f"{self.source}: extraction failed ({self.error})"
        return None


@dataclass
class IngestReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    failures: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)  # ids of the documents added or updated

    def counts(self) -> dict[str, int]:
        return {"added": self.added, "updated": self.updated, "unchanged": self.unchanged}


# -- extraction ---------------------------------------------------------------------------------
def extract_document(doc: Document) -> Extraction:
    """Extract one document and reconcile each event's claims (estimates, contradictions, grade)."""
    from .extract import extract
    from .reconcile import reconcile_event

    ex = extract(doc)
    for e in ex.events:
        reconcile_event(e)
    return ex


def _extract_one(doc: Document) -> tuple[dict[str, Any] | None, str | None]:
    try:
        return extract_document(doc).to_dict(), None
    except Exception as exc:  # one bad document never stops the batch
        return None, f"{type(exc).__name__}: {exc}"


def _items(inputs: Iterable[ReadResult | Document]) -> Iterator[Item]:
    for r in inputs:
        if isinstance(r, Document):
            yield Item(r.source or r.id, r)
        elif r.error is not None:
            yield Item(r.source, None, read_error=str(r.error))
        else:
            yield Item(r.source, r.document)


def _batches(items: Iterable[Item], store: Store | None) -> Iterator[list[Item]]:
    """Items BATCH at a time, those already in ``store`` marked ``stored``."""
    batch: list[Item] = []
    for it in items:
        batch.append(it)
        if len(batch) == BATCH:
            yield _mark_stored(batch, store)
            batch = []
    if batch:
        yield _mark_stored(batch, store)


def _mark_stored(batch: list[Item], store: Store | None) -> list[Item]:
    docs = [it for it in batch if it.document is not None]
    if store is not None and docs:
        for it, known in zip(docs, store.unchanged([(it.document.id, it.document.text_sha256) for it in docs]),
                             strict=True):
            it.stored = known
    return batch


def extract_all(inputs: Iterable[ReadResult | Document], *, jobs: int = 1,
                store: Store | None = None) -> Iterator[Item]:
    """Every input as an ``Item``, in input order: extracted, failed, or (given a store) already stored.
    ``jobs`` > 1: extraction in that many worker processes."""
    batches = _batches(_items(inputs), store)
    if jobs <= 1:
        for batch in batches:
            for it in batch:
                if it.document is not None and not it.stored:
                    it.extraction, it.error = _extract_one(it.document)
                yield it
        return
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
    with ProcessPoolExecutor(jobs, mp_context=ctx) as pool:  # a worker that dies fails the run, never hangs it
        pending: deque[tuple[list[Item], Iterator[tuple[dict[str, Any] | None, str | None]]]] = deque()
        for batch in batches:  # the next batch goes to the workers before this one's results are used
            todo = [it.document for it in batch if it.document is not None and not it.stored]
            pending.append((batch, pool.map(_extract_one, todo, chunksize=max(1, min(8, len(todo) // (4 * jobs))))))
            if len(pending) > 1:
                yield from _finish(*pending.popleft())
        while pending:
            yield from _finish(*pending.popleft())


def _finish(batch: list[Item], results: Iterator[tuple[dict[str, Any] | None, str | None]]) -> Iterator[Item]:
    for it in batch:
        if it.document is not None and not it.stored:
            it.extraction, it.error = next(results)
        yield it


# -- ingest ---------------------------------------------------------------------------------------
def ingest(store: Store, inputs: Iterable[ReadResult | Document], *, jobs: int = 1,
           on_error: Callable[[str], None] | None = None) -> IngestReport:
    """Store every readable document not stored yet (same id and text: unchanged; same id, new text,
    or a new text at a stored URL: updated), then fuse the incidents around what changed. A bad input
    is reported by name (``on_error`` and ``failures``) and the batch goes on."""
    report = IngestReport()

    def fail(msg: str) -> None:
        report.failures.append(msg)
        if on_error is not None:
            on_error(msg)

    for it in extract_all(inputs, jobs=jobs, store=store):
        if it.failure is not None:
            fail(it.failure)
            continue
        if it.stored:
            report.unchanged += 1
            continue
        doc = it.document
        assert doc is not None and it.extraction is not None
        it.extraction["document"]["text"] = doc.text
        try:
            status = store.add(it.extraction)
        except Exception as exc:
            fail(f"{doc.source or doc.id}: not stored ({exc})")
            continue
        setattr(report, status, getattr(report, status) + 1)
        if status != "unchanged":
            report.changed.append(doc.id)
    if report.changed:
        fuse_documents(store, report.changed)
    return report


# -- fusion and assembly ------------------------------------------------------------------------------
def fuse_documents(store: Store, doc_ids: Iterable[str]) -> int:
    """Re-fuse the incidents around these documents' events (after an ingest batch)."""
    return fuse_events(store, store.event_ids_of(doc_ids))


def fuse_events(store: Store, event_ids: Iterable[str] | None = None) -> int:
    """Recompute the incidents of these events (new or written anew) and their neighbourhood
    (``Store.neighbourhood``); all events when ``event_ids`` is None. The incidents that changed — other
    members, a member among ``event_ids``, a record made stale by a revised report — are assembled (and
    reconciled) here, once, and saved with the new membership in one transaction; the others keep their
    records. Returns the number of incidents fused."""
    from .fuse import MAX_SPREAD_DAYS, WINDOW, EventSketch, fuse

    ids = None if event_ids is None else list(event_ids)
    upgrade(store)
    with store.fusion_lock, store.engine.begin() as conn:  # one fusion at a time: the server's threads
        rows = store.neighbourhood(conn, ids, WINDOW["month"] + MAX_SPREAD_DAYS)
        must, cannot = store.links(conn)
        assignment = fuse([EventSketch.from_event(r) for r in rows], must_link=must, cannot_link=cannot)
        before = store.save_incidents(conn, assignment)
        _assemble(store, conn, set(assignment.values()) | before | set(store.stale_incidents(conn)), set(ids or ()))
        return len(set(assignment.values()))


def _assemble(store: Store, conn: Connection, incident_ids: set[str], changed: set[str], batch: int = 2000) -> None:
    """Save the assembled record of each of these incidents whose record is missing, stale, lists other
    events than its members, or has a member in ``changed`` (events written anew); delete the records of
    those left without members. ``batch`` incidents at a time, so memory stays flat on a full re-fusion."""
    from .fuse import assemble

    members = store.members_of(conn, incident_ids)
    saved = store.saved_members(conn, incident_ids)
    todo = [i for i in sorted(members) if saved.get(i) != members[i] or not changed.isdisjoint(members[i])]
    store.save_incident_records(conn, [], [i for i in saved if i not in members])
    for k in range(0, len(todo), batch):
        part = todo[k:k + batch]
        events = store.assembly_events(conn, [e for i in part for e in members[i]])
        store.save_incident_records(conn, [assemble(i, [events[e] for e in members[i]]) for i in part])


def upgrade(store: Store, on_start: Callable[[int], None] | None = None) -> int:
    """Assemble every incident of a store fused by an older version (``Store.incidents_outdated``) in
    one transaction; a no-op otherwise. ``on_start`` is told how many incidents before the work starts.
    Returns the number of incidents assembled."""
    if not store.incidents_outdated():
        return 0
    with store.fusion_lock, store.engine.begin() as conn:
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
    from .store import Store

    store = Store(url)
    try:
        upgrade(store, on_upgrade)
    except BaseException:
        store.close()
        raise
    return store


def merge(store: Store, incident_a: str, incident_b: str) -> str | None:
    """Join two incidents for good (a must-link that survives re-ingest); returns the new id."""
    a, b = store.members(incident_a), store.members(incident_b)
    if not a or not b:
        raise KeyError(f"no incident {incident_a if not a else incident_b!r}")
    store.add_links("must", [(a[0], b[0])])
    fuse_events(store, a + b)
    return store.incident_of(a[0])


def split(store: Store, incident: str, event_ids: list[str]) -> str | None:
    """Take these events out of an incident into one of their own (cannot-links to the rest)."""
    members = store.members(incident)
    if not members:
        raise KeyError(f"no incident {incident!r}")
    out = [e for e in event_ids if e in members]
    if len(out) != len(event_ids):
        raise KeyError(f"not in {incident}: {', '.join(sorted(set(event_ids) - set(members)))}")
    rest = [e for e in members if e not in out]
    store.drop_must_links_across(out, rest)  # an earlier merge across the cut would win over the new links
    store.add_links("cannot", [(x, y) for x in out for y in rest])
    store.add_links("must", [(out[0], y) for y in out[1:]])
    fuse_events(store, members)
    return store.incident_of(out[0])
