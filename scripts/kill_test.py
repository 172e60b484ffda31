"""Kill an ingest with SIGKILL at random moments, re-run it each time, and compare the store it ends with to
the store of an uninterrupted run (issue 15: crash-safe ingest and fusion).

    python scripts/kill_test.py [--reports 3000] [--kills 20] [--seed 1] [--jobs 1] [--work DIR]

The reports are generated from the bench templates (``bench/corpus.py``), unique ids. A run is killed after a
random delay (spread over the reference run's duration, so some kills land during extraction and storing,
some during fusion), then started again on the same store; after the last kill the ingest runs to the end.
The documents, events, claims, actors, incident members and saved incidents must be identical, and nothing
may be left awaiting fusion. Exit status 0 when they are.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLES = {  # table -> columns that differ between runs of the same input (left out)
    "documents": {"ingested_at"}, "events": set(), "claims": set(), "actors": set(), "incident_members": set(),
    "incidents": set(), "overrides": {"created_at"}, "pending_fusion": set(),
}


def write_feed(path: Path, n: int, seed: int = 7) -> None:
    sys.path.insert(0, str(ROOT))
    from bench.corpus import generate

    with path.open("w", encoding="utf-8") as out:
        for rec in generate(n, seed=seed):
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")


def store_dump(db: str | Path) -> dict[str, list]:
    """Every row of the tables that make the store, sorted, without the columns that hold times."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        out = {}
        for table, skip in TABLES.items():
            cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})") if r[1] not in skip]
            if not cols:
                out[table] = []
                continue
            out[table] = sorted(con.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall(), key=repr)
        return out
    finally:
        con.close()


def differences(a: dict[str, list], b: dict[str, list]) -> list[str]:
    out = []
    for table in TABLES:
        if a.get(table) != b.get(table):
            only_a = len(set(map(repr, a.get(table, []))) - set(map(repr, b.get(table, []))))
            only_b = len(set(map(repr, b.get(table, []))) - set(map(repr, a.get(table, []))))
            out.append(f"{table}: {len(a.get(table, []))} vs {len(b.get(table, []))} rows "
                       f"({only_a} only in the first, {only_b} only in the second)")
    return out


def ingest_cmd(feed: Path, db: Path, jobs: int) -> list[str]:
    return [sys.executable, "-m", "fogline", "ingest", str(feed), "--db", str(db), "--jobs", str(jobs), "--quiet"]


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}


def state(db: Path) -> str:
    """Where a killed run stopped: documents stored, documents awaiting fusion, incidents saved."""
    if not db.exists():
        return "no store yet"
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            n = [con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                 for t in ("documents", "pending_fusion", "incidents")]
        finally:
            con.close()
    except sqlite3.Error as exc:
        return f"unreadable ({exc})"
    return f"{n[0]} documents, {n[1]} awaiting fusion, {n[2]} incidents"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=int, default=3000)
    ap.add_argument("--kills", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--fusion-kills", type=int, default=3,
                    help="then, on a second store, kills while fusion runs (every document stored, fusion pending)")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--work", help="folder for the feed and the stores (default: a temporary one)")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    work = Path(args.work or tempfile.mkdtemp(prefix="fogline-kill-"))
    work.mkdir(parents=True, exist_ok=True)
    feed, ref_db, db = work / "feed.jsonl", work / "reference.db", work / "killed.db"
    for p in (ref_db, db):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{p}{suffix}").unlink(missing_ok=True)
    write_feed(feed, args.reports)
    print(f"{args.reports} reports in {feed}", flush=True)

    t0 = time.monotonic()
    subprocess.run(ingest_cmd(feed, ref_db, args.jobs), env=env(), check=False, stdout=subprocess.DEVNULL)
    ref_time = time.monotonic() - t0
    print(f"uninterrupted run: {ref_time:.1f} s ({args.reports / ref_time:.1f} reports/s); {state(ref_db)}",
          flush=True)

    # each run is killed after a random delay; on average the runs together cover the reference's duration
    # a little more than once, so the kills fall all along the ingest, fusion at the end included
    mean = 2 * ref_time / args.kills
    for k in range(1, args.kills + 1):
        proc = subprocess.Popen(ingest_cmd(feed, db, args.jobs), env=env(), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True)
        delay = rng.uniform(0.2, mean + 2.0)  # + the start-up, which every run pays
        try:
            proc.wait(timeout=delay)
            print(f"kill {k}: the run ended before {delay:.1f} s; {state(db)}", flush=True)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)  # the ingest and any worker it started
            proc.wait()
            print(f"kill {k} after {delay:.1f} s: {state(db)}", flush=True)
    t1 = time.monotonic()
    done = subprocess.run(ingest_cmd(feed, db, args.jobs), env=env(), check=False, capture_output=True, text=True)
    print(f"final re-run: {time.monotonic() - t1:.1f} s, exit {done.returncode}: {done.stdout.strip()}", flush=True)

    bad = report(ref_db, db, f"{args.kills} random kills")

    if args.fusion_kills:
        db2 = work / "killed_in_fusion.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db2}{suffix}").unlink(missing_ok=True)
        for k in range(1, args.fusion_kills + 1):
            proc = subprocess.Popen(ingest_cmd(feed, db2, args.jobs), env=env(), stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL, start_new_session=True)
            while proc.poll() is None and not _fusing(db2, args.reports):
                time.sleep(0.05)
            time.sleep(rng.uniform(0.0, 1.5))
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
                print(f"fusion kill {k}: {state(db2)}", flush=True)
            else:
                print(f"fusion kill {k}: the run ended first; {state(db2)}", flush=True)
        subprocess.run(ingest_cmd(feed, db2, args.jobs), env=env(), check=False, stdout=subprocess.DEVNULL)
        bad |= report(ref_db, db2, f"{args.fusion_kills} kills during fusion")
    return 1 if bad else 0


def _fusing(db: Path, total: int) -> bool:
    """Every document stored and their fusion not committed yet."""
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.2)
        try:
            docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
            pending = con.execute("SELECT count(*) FROM pending_fusion").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return False
    return docs >= total and pending > 0


def report(ref_db: Path, db: Path, what: str) -> bool:
    """Print the comparison; True when the stores differ."""
    diff = differences(store_dump(ref_db), store_dump(db))
    if diff:
        print(f"DIFFERENT after {what}:\n  " + "\n  ".join(diff))
        return True
    counts = {t: len(rows) for t, rows in store_dump(db).items()}
    print(f"identical after {what}: " + ", ".join(f"{n} {t}" for t, n in counts.items()), flush=True)
    return False


if __name__ == "__main__":
    sys.exit(main())
