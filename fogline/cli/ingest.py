"""Commands that read and store: extract, ingest, fuse, db."""

from __future__ import annotations

import itertools
import json
import sys

from .common import _error, _progress, _results, _store, _summary


def cmd_extract(args) -> int:
    from ..pipeline import extract_all

    failures: list[str] = []
    done = 0
    progress = _progress(args, "extract")
    for n, it in enumerate(extract_all(_results(args), jobs=args.jobs), 1):
        progress.update(n, extracted=done + (it.failure is None), failed=len(failures) + (it.failure is not None))
        if it.failure is not None:
            failures.append(it.failure)
            progress.error(it.failure)
            continue
        done += 1
        if args.format == "json":
            print(json.dumps(it.extraction, ensure_ascii=False, indent=None if args.compact else 1)
                  if not args.jsonl else json.dumps(it.extraction, ensure_ascii=False))
        else:
            from ..show import extraction_table

            print(extraction_table(it.extraction, it.document.text))
    progress.summary(extracted=done, failed=len(failures))
    return _summary(done, failures, "extracted")


def ingest(store, args, progress=None, stop=None, inputs=None, workers=None):
    """Store every readable document, then fuse the incidents around what changed (``pipeline.ingest``)."""
    from ..pipeline import ingest as run

    inputs = _results(args) if inputs is None else inputs
    jobs = getattr(args, "jobs", 1)
    if progress is None:
        return run(store, inputs, jobs=jobs, workers=workers, on_error=_error, stop=stop)
    return run(store, inputs, jobs=jobs, workers=workers, on_error=progress.error, stop=stop,
               on_item=lambda r: progress.update(r.read, added=r.added, updated=r.updated, unchanged=r.unchanged,
                                                 failed=len(r.failures)),
               on_fusion=progress.phase)


class _StopAfterBatch:
    """Ctrl-C during an ingest: the first asks the pipeline to stop after the current batch (which is then
    stored and fused); a second stops at once (the open transaction rolls back; what is stored stays
    recorded as awaiting fusion, completed by the next run or `fogline fuse`)."""

    def __init__(self) -> None:
        self.hit = False
        self._old = None

    def __enter__(self) -> _StopAfterBatch:
        import signal
        import threading

        if threading.current_thread() is threading.main_thread():
            self._old = signal.signal(signal.SIGINT, self._handle)
        return self

    def _handle(self, *_: object) -> None:
        if self.hit:
            raise KeyboardInterrupt
        self.hit = True
        print("\nstopping after the current batch (Ctrl-C again to stop at once)", file=sys.stderr)

    def __call__(self) -> bool:
        return self.hit

    def __exit__(self, *exc: object) -> None:
        import signal

        if self._old is not None:
            signal.signal(signal.SIGINT, self._old)


def cmd_ingest(args) -> int:
    if getattr(args, "dask", None) is not None:  # extraction on a Dask cluster (fogline/distributed.py)
        from .. import distributed

        if (msg := distributed.missing()) is not None:
            _error(msg)
            return 2
    progress = _progress(args, "ingest")
    inputs, workers = _results(args), None
    if getattr(args, "dask", None) is None and getattr(args, "jobs", 1) > 1:
        # the workers start first, building the extractors of the first inputs' languages and extracting
        # those inputs while the store opens
        from ..pipeline import start_workers
        from ..pipeline.extraction import BATCH

        head = list(itertools.islice(inputs, BATCH))
        docs = [r.document for r in head if r.document is not None]
        workers = start_workers(args.jobs, sorted({d.language for d in docs}), ahead=docs)
        inputs = itertools.chain(head, inputs)
    try:
        with _store(args, create=True) as store, _StopAfterBatch() as stop:
            if getattr(args, "dask", None) is not None:
                report = distributed.ingest(store, inputs, args.dask or None, workers=args.dask_workers,
                                            on_error=_error)
            else:
                report = ingest(store, args, progress, stop, inputs, workers)
            total = store.counts()
    finally:
        if workers is not None:  # already shut down after a run; not when the store could not be opened
            workers.shutdown(cancel_futures=True)
    progress.summary(**report.counts(), failed=len(report.failures), fused=report.fused, stopped=report.stopped,
                     documents=total["documents"], events=total["events"], claims=total["claims"])
    print(f"ingested: {report.added} added, {report.updated} updated, {report.unchanged} unchanged, "
          f"{len(report.failures)} failed; store holds {total['documents']} documents, {total['events']} events, "
          f"{total['claims']} claims")
    if report.stopped:
        print("interrupted: stopped after the current batch; what was read is stored and fused — run the same "
              "command again to go on", file=sys.stderr)
        return 130
    return 1 if report.failures else 0


def cmd_fuse(args) -> int:
    """Fuse what a killed ingest left awaiting fusion, or (``--all``) every event again."""
    from ..pipeline import fuse_events, fuse_pending

    progress = _progress(args, "fuse")
    with _store(args) as store:
        if args.all:
            n = fuse_events(store, None, on_fusion=progress.phase)
            what = f"re-fused every event into {n} incidents"
        else:
            n = fuse_pending(store, on_fusion=progress.phase)
            what = f"fused the events of {n} document(s) awaiting fusion" if n else "nothing awaited fusion"
        progress.summary(all=args.all, fused=n)
    print(what)
    return 0


def cmd_db(args) -> int:
    """``fogline db upgrade``: bring a store to this version's schema (``store.migrate``) and incident format
    now, rather than on the first open; ``fogline db revision`` tells where it stands."""
    from ..store.migrate import HEAD

    with _store(args) as store:
        before, after = store.schema_revisions
    where = args.db or "the default store"
    if args.action == "revision":
        print(f"{where}: schema revision {after} (this version writes {HEAD})")
    elif before == after:
        print(f"{where}: schema revision {after}, up to date")
    else:
        print(f"{where}: upgraded from schema revision {before or 'none (before migrations)'} to {after}")
    return 0
