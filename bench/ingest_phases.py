"""Where the CPU of an ingest goes besides extraction, phase by phase, for a machine too busy for wall times.

    python -m bench.ingest_phases templates 3000        # one job, 3,000 new template reports
    python -m bench.ingest_phases real 690 2            # the real corpus, --jobs 2 (this process's share only)

The in-process ``fogline ingest`` of ``bench.run`` (extractors built before the clock), each phase's CPU
seconds in this process: extraction (``extract_document``, reconcile included) and ``to_dict``, storing
(``store_items``), and fusion (``fuse_pending``) with what it is made of: the neighbourhood, ``fuse`` itself,
assembly (``_assemble``: reading the events to assemble, ``assemble``, saving the records).
"""

from __future__ import annotations

import contextlib
import functools
import io
import json
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    import fogline.fuse as fuse
    import fogline.pipeline as pipeline
    import fogline.pipeline.extraction as extraction
    import fogline.pipeline.fusion as fusion
    import fogline.records as records
    from bench.corpus import warm_extractors, write_feed
    from bench.run import corpus
    from fogline.store import Store

    kind, n = sys.argv[1], int(sys.argv[2])
    jobs = sys.argv[3] if len(sys.argv) > 3 else "1"
    spent: dict[str, float] = {}

    def timed(owner, name, key=None, static=False):
        f = getattr(owner, name)

        @functools.wraps(f)
        def wrapper(*a, **k):
            t = time.process_time()
            try:
                return f(*a, **k)
            finally:
                spent[key or name] = spent.get(key or name, 0.0) + time.process_time() - t

        setattr(owner, name, staticmethod(wrapper) if static else wrapper)

    timed(extraction, "extract_document")
    timed(records.Extraction, "to_dict", "Extraction.to_dict")
    timed(pipeline, "store_items")
    timed(pipeline, "fuse_pending")
    timed(Store, "neighbourhood")
    timed(fuse, "fuse")
    timed(fusion, "_assemble")
    timed(Store, "assembly_events", static=True)
    timed(Store, "save_incident_records")
    docs = corpus(kind, n)
    with tempfile.TemporaryDirectory() as tmp:
        feed = write_feed(docs, Path(tmp) / "feed.jsonl")
        warm_extractors(docs)
        from fogline.cli import main as fogline

        t0, w0 = time.process_time(), time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):
            fogline(["ingest", str(feed), "--db", f"sqlite:///{tmp}/b.db", "--jobs", jobs])
        spent["total"] = time.process_time() - t0
        spent["wall"] = time.perf_counter() - w0
    print(json.dumps({"corpus": kind, "n": n, "jobs": int(jobs), **{k: round(v, 2) for k, v in spent.items()}}))


if __name__ == "__main__":
    main()
