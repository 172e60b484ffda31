"""``fogline ingest --dask [ADDRESS]``: extraction of a large input on a Dask cluster, then one fusion.

Extraction is the cost (≈98% of an ingest's time) and needs nothing but the document, so it is what is
sharded: the reports are read here, in order, and looked up in the store (what is stored already is not sent),
then sent to the workers ``shard`` documents at a time, at most two shards per worker in flight so memory
stays flat on an input of any size. Each worker builds its extractors once and returns the extractions.
This process stores them in input order (one transaction per document, as ``pipeline.ingest`` does), so the
same text under two ids, or a page updated at the same URL, ends the same as in a plain ingest; and it fuses
once at the end, over the events of every document added or updated. The store is any store URL: a
PostgreSQL server for a team, or a SQLite file (only this process writes to it).

A scheduler address runs on that cluster (its workers need fogline installed); without one, a LocalCluster
of ``workers`` processes, one thread each, is started for the ingest and stopped after it.
"""

from __future__ import annotations

import importlib.util
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .pipeline import IngestReport, Item, fuse_documents, items_of, store_items
from .pipeline.extraction import _extract_one
from .read import ReadResult
from .records import Document

if TYPE_CHECKING:
    from .store import Store

SHARD = 32  # documents per task: large enough that a task's overhead (≈1 ms) is noise
INSTALL = "fogline ingest --dask needs Dask: pip install 'fogline[dask]'"


def missing() -> str | None:
    """The one-line message to show when Dask (with its distributed scheduler) is not installed."""
    for mod in ("dask", "distributed"):
        if importlib.util.find_spec(mod) is None:
            return INSTALL
    return None


def extract_shard(docs: list[Document]) -> list[tuple[dict[str, Any] | None, str | None]]:
    """Run on a worker: each document's extraction (or the error that stopped it), in order."""
    return [_extract_one(d) for d in docs]


def _shards(items: Iterable[Item], store: Store, size: int) -> Iterator[list[Item]]:
    """Items ``size`` at a time, those already stored marked (two queries per shard, as in a plain ingest)."""
    shard: list[Item] = []

    def marked(batch: list[Item]) -> list[Item]:
        docs = [it for it in batch if it.document is not None]
        if docs:
            known = store.unchanged([(it.document.id, it.document.text_sha256) for it in docs])
            for it, k in zip(docs, known, strict=True):
                it.stored = k
        return batch

    for it in items:
        shard.append(it)
        if len(shard) == size:
            yield marked(shard)
            shard = []
    if shard:
        yield marked(shard)


def _client(address: str | None, workers: int):
    from dask.distributed import Client, LocalCluster

    if address:
        return Client(address), None
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    return Client(cluster), cluster


def ingest(store: Store, inputs: Iterable[ReadResult | Document], address: str | None = None, *,
           workers: int = 2, shard: int = SHARD, client: Any = None,
           on_error: Callable[[str], None] | None = None) -> IngestReport:
    """Extract ``inputs`` on a Dask cluster (``client``, else the scheduler at ``address``, else a local
    cluster of ``workers`` processes), store the results in input order, then fuse once. The store ends as
    a plain ``pipeline.ingest`` of the same inputs leaves it."""
    report = IngestReport()

    def fail(msg: str) -> None:
        report.failures.append(msg)
        if on_error is not None:
            on_error(msg)

    own = client is None
    cluster = None
    if own:
        client, cluster = _client(address, workers)
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or workers)
        pending: deque[tuple[list[Item], Any]] = deque()

        def finish(items: list[Item], future: Any) -> None:
            results = iter(future.result() if future is not None else [])
            for it in items:
                if it.document is not None and not it.stored:
                    it.extraction, it.error = next(results)
            store_items(store, items, report, fail)

        for items in _shards(items_of(inputs), store, shard):
            todo = [it.document for it in items if it.document is not None and not it.stored]
            pending.append((items, client.submit(extract_shard, todo, pure=False) if todo else None))
            while len(pending) > 2 * n_workers:  # bounded: the input is read as the cluster keeps up
                finish(*pending.popleft())
        while pending:
            finish(*pending.popleft())
    finally:
        if own:
            client.close()
            if cluster is not None:
                cluster.close()
    if report.changed:
        fuse_documents(store, report.changed)
    return report
