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

Fusion's sketches of the events a run stores are made as it stores them (``sketch_stored``; with workers,
while they still extract), and fusion reads back from the store only the other events of the neighbourhood
(``Store.neighbourhood``'s ``known``), each sketch standing only while its document keeps the text it had.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..read import ReadResult
from ..records import Document
from . import extraction
from .collector import collector_paused
from .extraction import Item, Workers, extract_all, extract_document, items_of, start_workers
from .fusion import (
    PENDING,
    Known,
    fuse_documents,
    fuse_events,
    fuse_pending,
    merge,
    open_store,
    sketch_stored,
    split,
    upgrade,
)

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["PENDING", "STORE_BATCH", "IngestReport", "Item", "Workers", "extract_all", "extract_document",
           "fuse_documents", "fuse_events", "fuse_pending", "ingest", "items_of", "merge", "one_line", "open_store",
           "split", "start_workers", "store_items", "upgrade"]

STORE_BATCH = 64  # documents stored at a time while worker processes extract


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
    size = extraction.BATCH if pool is None else STORE_BATCH
    known: Known = {}  # the fusion sketches of what this run stored: fusion need not read them back
    try:
        # the cyclic collector paused, as for fusion: a report's objects die with it (no cycle), and what the run
        # keeps (the stored events' sketches) would be walked again and again by collections that free nothing
        with collector_paused():
            batch: list[Item] = []
            for it in extract_all(inputs, jobs=jobs, store=store, stop=stop, workers=pool):
                batch.append(it)
                if len(batch) == size:
                    store_items(store, batch, report, fail, on_item, known)
                    batch = []
            store_items(store, batch, report, fail, on_item, known)
        report.stopped = bool(stop and stop())
        report.fused = fuse_pending(store, on_fusion, workers=pool, known=known)
    finally:
        if pool is not None and workers is None:
            pool.shutdown(cancel_futures=True)
    return report


def store_items(store: Store, items: list[Item], report: IngestReport, fail: Callable[[str], None],
                on_item: Callable[[IngestReport], None] | None = None, known: Known | None = None) -> None:
    """Count each item of a batch, storing the extracted ones together (``Store.add_batch``): a failure is
    named by its input, the others stored. ``on_item`` sees the report after each item; ``known`` gets the
    fusion sketches of the events stored (``sketch_stored``)."""
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
                    if known is not None:
                        try:
                            sketch_stored(it.extraction, known)
                        except Exception:  # noqa: BLE001 (fusion then reads the stored rows, as it would)
                            pass
        if on_item is not None:
            on_item(report)


def one_line(exc: BaseException) -> str:
    """An error as one line: a database error's own first line, without the SQL and parameters."""
    orig = getattr(exc, "orig", None)
    msg = str(orig if orig is not None else exc).strip().splitlines()
    return (msg[0] if msg else type(exc).__name__)[:300]
