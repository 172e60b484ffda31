"""The one way reports go in: read → skip what is already stored → extract → store → fuse → reconcile.

``fogline ingest``, ``fogline demo``, the API's ingest and ``evaluate_fusion`` all call ``ingest``;
``fogline extract`` and ``evaluate`` call ``extract_all`` / ``extract_document``. The store only stores:
fusion (``fuse_events``, ``merge``, ``split``) runs here, over what the store loads for it, and so does
assembly: each incident fusion changed is assembled and reconciled (``fuse.assemble``) once, here, and
handed to the store, which saves it with the membership in one transaction and serves it as saved.
A store fused by an older version is assembled once when opened (``open_store`` / ``upgrade``).

Crash safety: the store notes each document it writes as awaiting fusion (``Store.pending``), in the
transaction that writes it (a batch's new documents share one); an ingest fuses every noted document at
its end and clears the notes in the fusion's transaction (``fuse_pending``). Killed at any moment, a run
leaves either both done or the notes, which the next ingest (or ``fogline fuse``) takes in with its own
documents: the store ends as an uninterrupted run leaves it (``scripts/kill_test.py``).

Skipping: before anything is extracted, each batch of read documents is looked up by id and text hash
in two queries (``Store.unchanged``), so re-reading an unchanged feed costs reading and hashing alone.
``jobs`` > 1 extracts in worker processes (each builds its extractors once) while this process stores
in input order, so the output and the store are the same as with one process.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .read import ReadResult
from .records import Document, Extraction

if TYPE_CHECKING:  # the store (SQLAlchemy) is not loaded by `fogline extract`
    from sqlalchemy.engine import Connection

    from .store import Store

BATCH = 256  # documents looked up (and handed to the workers) at a time
STORE_BATCH = 64  # documents stored at a time while worker processes extract


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
    read: int = 0  # inputs seen (documents and failures)
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    failures: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)  # ids of the documents added or updated
    stopped: bool = False  # ``stop`` answered True: inputs were left unread
    fused: int = 0  # documents whose events were fused (this run's and any a killed run left pending)

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


def _extract_chunk(docs: list[Document]) -> list[tuple[dict[str, Any] | None, str | None]]:
    return [_extract_one(d) for d in docs]


def items_of(inputs: Iterable[ReadResult | Document]) -> Iterator[Item]:
    """Read results and documents as items to extract, a read error kept with its source."""
    for r in inputs:
        if isinstance(r, Document):
            yield Item(r.source or r.id, r)
        elif r.error is not None:
            yield Item(r.source, None, read_error=str(r.error))
        else:
            yield Item(r.source, r.document)


def _batches(items: Iterable[Item], store: Store | None,
             stop: Callable[[], bool] | None = None) -> Iterator[list[Item]]:
    """Items BATCH at a time, those already in ``store`` marked ``stored``; none after ``stop()`` says so
    (asked before each batch)."""
    batch: list[Item] = []
    if stop is not None and stop():
        return
    for it in items:
        batch.append(it)
        if len(batch) == BATCH:
            yield _mark_stored(batch, store)
            batch = []
            if stop is not None and stop():
                return
    if batch:
        yield _mark_stored(batch, store)


def _mark_stored(batch: list[Item], store: Store | None) -> list[Item]:
    docs = [it for it in batch if it.document is not None]
    if store is not None and docs:
        for it, known in zip(docs, store.unchanged([(it.document.id, it.document.text_sha256) for it in docs]),
                             strict=True):
            it.stored = known
    return batch


class Workers(ProcessPoolExecutor):
    """Extraction processes, plus the extractions asked for ahead (``ahead``): documents handed to the
    workers before the store could say whether they are new, so that no worker waits while the store opens."""

    def __init__(self, jobs: int, languages: Iterable[str] = ()) -> None:
        ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
        super().__init__(jobs, mp_context=ctx, initializer=_start_worker, initargs=(tuple(languages),))
        self.jobs = jobs
        self._early: dict[int, tuple[Future, int]] = {}  # id(document) → (its chunk's future, place in the chunk)

    def submit_chunks(self, docs: list[Document]) -> list[tuple[Future, int]]:
        """Each document's (future, place) in chunks sized so that every worker gets several."""
        size = max(1, min(8, len(docs) // (4 * self.jobs)))
        out: list[tuple[Future, int]] = []
        for i in range(0, len(docs), size):
            fut = self.submit(_extract_chunk, docs[i:i + size])
            out += [(fut, k) for k in range(len(docs[i:i + size]))]
        return out

    def ahead(self, docs: Iterable[Document]) -> None:
        """Start extracting these documents now; ``extract_all`` uses the results of those the store lacks
        and drops the others (a chunk none of whose documents is needed is cancelled if not started)."""
        docs = list(docs)
        self._early.update(zip(map(id, docs), self.submit_chunks(docs), strict=True))

    def extractions(self, docs: list[Document]) -> list[tuple[Future, int]]:
        """The (future, place) of each document: its early extraction if it has one, else a new one. Early
        extractions not asked for by the time this is called are not needed (``ahead`` is given the first
        inputs only, all in the first batch): they are dropped."""
        early, self._early = self._early, {}
        out: list[tuple[Future, int] | None] = [early.pop(id(d), None) for d in docs]
        for fut in {f for f, _k in early.values()} - {f for f, _k in filter(None, out)}:
            fut.cancel()
        rest = iter(self.submit_chunks([d for d, o in zip(docs, out, strict=True) if o is None]))
        return [o if o is not None else next(rest) for o in out]


def start_workers(jobs: int, languages: Iterable[str] = (), ahead: Iterable[Document] = ()) -> Workers:
    """``jobs`` extraction processes, started now, each building the extractors of ``languages`` at once:
    while this process opens the store and looks up the first batch, the workers get ready for it and
    already extract the documents of ``ahead`` (``Workers.ahead``)."""
    pool = Workers(jobs, languages)
    for _ in range(jobs):
        pool.submit(int)  # the processes start with the first task
    pool.ahead(ahead)
    return pool


def _start_worker(languages: tuple[str, ...]) -> None:
    """In a worker: Ctrl-C is the parent's to handle (it finishes the batch, then stops); the extractors of
    the languages expected are built before any report arrives."""
    import signal

    from .extract import extractor_for

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for language in languages:
        try:
            extractor_for(language)
        except Exception:  # noqa: BLE001 (a language without data: its reports fail by name later)
            pass


def extract_all(inputs: Iterable[ReadResult | Document], *, jobs: int = 1,
                store: Store | None = None, stop: Callable[[], bool] | None = None,
                workers: ProcessPoolExecutor | None = None) -> Iterator[Item]:
    """Every input as an ``Item``, in input order: extracted, failed, or (given a store) already stored.
    ``jobs`` > 1: extraction in that many worker processes (which leave Ctrl-C to this one). ``stop``:
    no new batch once it answers True. ``workers``: processes started ahead (``start_workers``), shut down
    at the end."""
    batches = _batches(items_of(inputs), store, stop)
    if jobs <= 1:
        for batch in batches:
            for it in batch:
                if it.document is not None and not it.stored:
                    it.extraction, it.error = _extract_one(it.document)
                yield it
        return
    # a worker that dies fails the run, never hangs it
    pool = workers or start_workers(jobs)
    try:
        pending: deque[tuple[list[Item], list[tuple[Future, int]]]] = deque()
        for batch in batches:  # the next batch goes to the workers before this one's results are used
            todo = [it.document for it in batch if it.document is not None and not it.stored]
            pending.append((batch, pool.extractions(todo)))
            if len(pending) > 1:
                yield from _finish(*pending.popleft())
        while pending:
            yield from _finish(*pending.popleft())
    finally:
        if workers is None:  # workers given are the caller's to shut down (``ingest`` assembles with them)
            pool.shutdown(cancel_futures=True)


def _finish(batch: list[Item], results: list[tuple[Future, int]]) -> Iterator[Item]:
    todo = iter(results)
    for it in batch:
        if it.document is not None and not it.stored:
            fut, k = next(todo)
            it.extraction, it.error = fut.result()[k]
        yield it


# -- ingest ---------------------------------------------------------------------------------------
def ingest(store: Store, inputs: Iterable[ReadResult | Document], *, jobs: int = 1,
           workers: ProcessPoolExecutor | None = None,
           on_error: Callable[[str], None] | None = None, stop: Callable[[], bool] | None = None,
           on_item: Callable[[IngestReport], None] | None = None,
           on_fusion: Callable[[str, int, int], None] | None = None) -> IngestReport:
    """Store every readable document not stored yet (same id and text: unchanged; same id, new text,
    or a new text at a stored URL: updated), then fuse the incidents around what changed. A bad input
    is reported by name (``on_error`` and ``failures``) and the batch goes on.

    Crash-safe: each document is written (a batch at a time) with a note that it awaits fusion, and the
    fusion that takes it in deletes the note in its own transaction (``fuse_pending``), so a run killed at any moment
    leaves either the work done or the work written down, and the next run (or ``fogline fuse``) fuses
    what was left together with what it adds. ``stop`` is asked before each batch of ``BATCH`` inputs:
    when it answers True the ingest stops there (``report.stopped``) and fuses what it stored.
    ``on_item`` sees the report after each input; ``on_fusion`` follows fusion (``fuse_events``)."""
    report = IngestReport()

    def fail(msg: str) -> None:
        report.failures.append(msg)
        if on_error is not None:
            on_error(msg)

    pool = workers if workers is not None or jobs <= 1 else start_workers(jobs)
    # with workers, this process stores while they extract: in smaller batches, so that little is left to
    # store once the last extraction is in
    size = BATCH if pool is None else STORE_BATCH
    try:
        batch: list[Item] = []
        for it in extract_all(inputs, jobs=jobs, store=store, stop=stop, workers=pool):
            batch.append(it)
            if len(batch) == size:
                store_items(store, batch, report, fail, on_item)
                batch = []
        store_items(store, batch, report, fail, on_item)
        report.stopped = bool(stop and stop())
        report.fused = fuse_pending(store, on_fusion, workers=pool)
    finally:
        if pool is not None and workers is None:
            pool.shutdown(cancel_futures=True)
    return report


def store_items(store: Store, items: list[Item], report: IngestReport, fail: Callable[[str], None],
                on_item: Callable[[IngestReport], None] | None = None) -> None:
    """Count each item of a batch, storing the extracted ones together (``Store.add_batch``): a failure is
    named by its input, the others stored. ``on_item`` sees the report after each item."""
    todo = [it for it in items if it.failure is None and not it.stored]
    for it in todo:
        assert it.document is not None and it.extraction is not None
        it.extraction["document"]["text"] = it.document.text
    results = dict(zip(map(id, todo), store.add_batch([it.extraction for it in todo]) if todo else [], strict=True))
    for it in items:
        report.read += 1
        if it.failure is not None:
            fail(it.failure)
        elif it.stored:
            report.unchanged += 1
        else:
            doc, status = it.document, results[id(it)]
            if isinstance(status, Exception):
                fail(f"{doc.source or doc.id}: not stored ({one_line(status)})")
            else:
                setattr(report, status, getattr(report, status) + 1)
                if status != "unchanged":
                    report.changed.append(doc.id)
        if on_item is not None:
            on_item(report)


def one_line(exc: BaseException) -> str:
    """An error as one line: a database error's own first line, without the SQL and parameters."""
    orig = getattr(exc, "orig", None)
    msg = str(orig if orig is not None else exc).strip().splitlines()
    return (msg[0] if msg else type(exc).__name__)[:300]


# -- fusion and assembly ------------------------------------------------------------------------------
def fuse_pending(store: Store, on_fusion: Callable[[str, int, int], None] | None = None,
                 workers: Workers | None = None) -> int:
    """Fuse the events of every document stored since its last fusion (``Store.pending``: this run's, and
    any a killed run left), clearing their notes in the fusion's transaction. Returns the number of
    documents fused. ``workers``: processes to assemble incidents in (``fuse_events``)."""
    if not store.pending():
        return 0
    return fuse_events(store, PENDING, on_fusion=on_fusion, workers=workers)


def fuse_documents(store: Store, doc_ids: Iterable[str]) -> int:
    """Re-fuse the incidents around these documents' events (after an ingest batch)."""
    return fuse_events(store, store.event_ids_of(doc_ids))


PENDING: Any = object()  # ``fuse_events``: the events of the documents awaiting fusion


def fuse_events(store: Store, event_ids: Iterable[str] | None = None, *,
                on_fusion: Callable[[str, int, int], None] | None = None,
                before: Callable[[Connection], None] | None = None,
                after: Callable[[Connection, dict[str, str]], None] | None = None,
                workers: Workers | None = None) -> int:
    """Recompute the incidents of these events (new or written anew) and their neighbourhood
    (``Store.neighbourhood``); all events when ``event_ids`` is None, the events of the documents awaiting
    fusion when it is ``PENDING``. The incidents that changed — other members, a member among
    ``event_ids``, a record made stale by a revised report — are assembled (and reconciled) here, once, and
    saved with the new membership in one transaction, which also clears the documents' notes of pending
    fusion (all of them for a full re-fusion). The others keep their records. ``on_fusion(step, done,
    total)`` follows the work. ``before(conn)`` and ``after(conn, assignment)`` run in the fusion's transaction,
    first and last (an analyst's links, and the audit entry of the change: all of it or none is written).
    ``workers`` (an ingest's extraction processes) assemble the incidents in parallel, each reading the
    member events (committed before fusion) from the store itself (a store in memory: here, one by one).
    Returns the number of documents fused when ``PENDING``, else of incidents."""
    from .fuse import MAX_SPREAD_DAYS, WINDOW, EventSketch, fuse

    tell = on_fusion or (lambda step, done, total: None)
    url = _shared_url(store) if workers is not None else None
    if url is not None:  # idle while this process fuses: the workers open the store to assemble from
        assert workers is not None
        for _ in range(workers.jobs):
            workers.submit(_engine, url)
    upgrade(store)
    with store.fusion_lock, store.engine.begin() as conn:  # one fusion at a time: the server's threads
        if before is not None:
            before(conn)
        docs: list[str] | None = None
        if event_ids is PENDING:
            docs, ids = store.pending_events(conn)
        else:
            ids = None if event_ids is None else list(event_ids)
        tell("load", 0, len(ids) if ids is not None else 0)
        rows = store.neighbourhood(conn, ids, WINDOW["month"] + MAX_SPREAD_DAYS)
        must, cannot = store.links(conn)
        tell("fuse", 0, len(rows))
        assignment = fuse([EventSketch.from_event(r) for r in rows], must_link=must, cannot_link=cannot)
        before = store.save_incidents(conn, assignment)
        _assemble(store, conn, set(assignment.values()) | before | set(store.stale_incidents(conn)), set(ids or ()),
                  tell=tell, workers=workers)
        if ids is None or docs is not None:
            store.clear_pending(conn, docs)
        if after is not None:
            after(conn, assignment)
        return len(docs) if docs is not None else len(set(assignment.values()))


def _assemble(store: Store, conn: Connection, incident_ids: set[str], changed: set[str], batch: int = 2000,
              tell: Callable[[str, int, int], None] | None = None, workers: Workers | None = None) -> None:
    """Save the assembled record of each of these incidents whose record is missing, stale, lists other
    events than its members, or has a member in ``changed`` (events written anew); delete the records of
    those left without members. At most ``batch`` member events (and their claims) loaded at a time, so memory
    stays flat on a full re-fusion or the first fusion of a large ingest, however many reports an incident has.
    With ``workers`` (and a store they can open), the parts are loaded and assembled in them, saved here in
    the same order."""
    members = store.members_of(conn, incident_ids)
    saved = store.saved_members(conn, incident_ids)
    todo = [i for i in sorted(members) if saved.get(i) != members[i] or not changed.isdisjoint(members[i])]
    store.save_incident_records(conn, [], [i for i in saved if i not in members])
    url = _shared_url(store) if workers is not None else None
    if url is not None:  # parts small enough that every worker gets several
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
    if url is not None:
        assert workers is not None
        results: Iterable[list[dict[str, Any]]] = (f.result() for f in [workers.submit(_assemble_part, url, part)
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
        from .store.base import create_engine

        _ENGINES[url] = create_engine(url)
    return _ENGINES[url]


def _assemble_part(url: str | None, part: list[tuple[str, list[str]]], store: Store | None = None,
                   conn: Connection | None = None) -> list[dict[str, Any]]:
    """The assembled records of these incidents (id, member event ids), reading their events through
    ``conn`` or, in a worker, from the store at ``url``."""
    from .fuse import assemble
    from .store.fusion import FusionMixin

    ids = [e for _i, evs in part for e in evs]
    if conn is not None:
        assert store is not None
        events = store.assembly_events(conn, ids)
    else:
        assert url is not None
        with _engine(url).connect() as own:
            events = FusionMixin.assembly_events(own, ids)
    return [assemble(i, [events[e] for e in evs]) for i, evs in part]


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
