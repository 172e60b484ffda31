"""Extraction for the pipeline: inputs as items, looked up in the store by batch (``Store.unchanged``) so
that unchanged texts are never extracted, and extracted here or in worker processes (``Workers``), in input
order either way."""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..read import ReadResult
from ..records import Document, Extraction
from .collector import collector_paused

if TYPE_CHECKING:  # the store (SQLAlchemy) is not loaded by `fogline extract`
    from ..store import Store

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


def extract_document(doc: Document) -> Extraction:
    """Extract one document and reconcile each event's claims (estimates, contradictions, grade)."""
    from ..extract import extract
    from ..reconcile import reconcile_event

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
    from ..extract import pattern_cache

    with collector_paused():  # in a worker, as in an ingest's own process (``ingest``)
        out = [_extract_one(d) for d in docs]
    pattern_cache.save()  # the patterns first used in these reports (a worker process does not run atexit)
    return out


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

    from ..extract import extractor_for

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
