"""Where the CPU of ``fogline ingest --jobs N`` goes, for a machine too busy for wall times to mean much.

    python -m bench.jobs_cpu 2 690          # real reports (as bench.run --corpus real --jobs jobs), N = 2
    python -m bench.jobs_cpu 1 690          # the one-job ingest's CPU

The same in-process ingest as ``bench.run``'s ``jobs`` job (extractors built before the clock). Prints this
process's CPU before the first extraction is handed to a worker (``pre``: the workers idle), during
extraction (``mid``: shared with them), after the last extraction result (``post``: fusion and assembly),
the workers' CPU (``workers``), and of it what they spent after the last extraction result
(``workers_post``: fusing countries, assembling, and loading the store's modules when they read it
themselves). On two free cores the wall time is about pre + (mid + workers - workers_post) / 2 + the end,
and the end (what is left after the last extraction) about max(post, (post + workers_post) / 2).

``extract``: the CPU spent extracting (``_extract_one``, in this process or summed over the workers). The
real corpus is 46 reports repeated, and extraction's caches make a repeat several times cheaper than a first
reading: each worker reads every report a first time, so N workers spend more on extraction than one process
(compare ``extract`` of ``1 690`` and ``2 690``).
"""

from __future__ import annotations

import contextlib
import io
import json
import resource
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    import concurrent.futures.process as cfp

    import fogline.pipeline as pipeline
    import fogline.pipeline.extraction as extraction
    from bench.corpus import warm_extractors, write_feed
    from bench.run import corpus

    jobs, n = int(sys.argv[1]), int(sys.argv[2])
    kind = sys.argv[3] if len(sys.argv) > 3 else "real"
    records = corpus(kind, n)
    marks: dict[str, float] = {}
    submit, extract_all = cfp.ProcessPoolExecutor.submit, pipeline.extract_all

    def first_submit(self, fn, *a, **k):
        if fn is not int and "first" not in marks:
            marks["first"] = time.process_time()
        return submit(self, fn, *a, **k)

    def last_result(*a, **k):
        for it in extract_all(*a, **k):
            marks["last"] = time.process_time()
            marks["workers_last"] = _cpu(getattr(k.get("workers"), "_processes", None) or {})
            yield it

    cfp.ProcessPoolExecutor.submit, pipeline.extract_all = first_submit, last_result
    spent_dir = Path(tempfile.mkdtemp())
    extraction._extract_one = _timed(extraction._extract_one, spent_dir)  # forked workers inherit it
    with tempfile.TemporaryDirectory() as tmp:
        feed = write_feed(records, Path(tmp) / "feed.jsonl")
        warm_extractors(records)
        from fogline.cli import main as fogline

        c0, t0 = time.process_time(), time.perf_counter()
        ch0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        with contextlib.redirect_stdout(io.StringIO()):
            fogline(["ingest", str(feed), "--db", f"sqlite:///{tmp}/b.db", "--jobs", str(jobs)])
        c1, t1 = time.process_time(), time.perf_counter()
        ch1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    spent = sum(float(p.read_text()) for p in spent_dir.iterdir())
    out = {"jobs": jobs, "n": n, "corpus": kind, "cpu_s": round(c1 - c0, 3), "wall_s": round(t1 - t0, 2),
           "extract": round(spent, 3)}
    if jobs > 1:
        pre, post = marks.get("first", c0) - c0, c1 - marks["last"]
        workers = ch1.ru_utime + ch1.ru_stime - ch0.ru_utime - ch0.ru_stime
        out.update(pre=round(pre, 3), mid=round(c1 - c0 - pre - post, 3), post=round(post, 3),
                   workers=round(workers, 3), workers_post=round(workers - marks["workers_last"], 3))
    print(json.dumps(out))


def _timed(extract_one, spent_dir: Path):
    """``_extract_one`` that adds the CPU it spends to a file per process in ``spent_dir``."""
    import functools
    import os

    total = [0.0]

    @functools.wraps(extract_one)
    def timed(doc):
        t = time.process_time()
        try:
            return extract_one(doc)
        finally:
            total[0] += time.process_time() - t
            (spent_dir / str(os.getpid())).write_text(str(total[0]))

    return timed


def _cpu(pids) -> float:
    """The CPU seconds (user and system) these processes have spent so far."""
    import os

    total = 0.0
    for pid in pids:
        try:
            fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


if __name__ == "__main__":
    main()
