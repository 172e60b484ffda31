"""Reports/s of ``fogline ingest`` end to end (read, extract, store, fuse), plain and ``--dask`` with 1 and 2
local workers, on the dev reports repeated (each copy with its own id, URL and a line of its own, so none is a
duplicate, and published 45 days after the previous copy, so copies are other incidents rather than one incident
reported a hundred times). Each run is a fresh ``fogline`` process and a new store; cluster start-up is included;
``fogline extract`` (extraction alone, one process) is the reference.

    .venv/bin/python -m bench.dask --n 2000 [--db-url postgresql://...] [--runs 1]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = Path(os.environ.get("FOGLINE_SHARED", ROOT.parent / "shared")) / "corpus" / "dev"
FIELDS = ("id", "url", "outlet", "language", "published", "title", "text")


def feed(n: int, path: Path) -> Path:
    reports = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(DEV.glob("*.json"))]
    with path.open("w", encoding="utf-8") as out:
        for k in range(n):
            r = {f: reports[k % len(reports)].get(f) for f in FIELDS}
            r["id"] = f"{r['id']}-r{k}"
            r["url"] = f"{r['url'] or 'https://bench.example/'}?copy={k}"
            r["text"] = f"{r['text']}\n\n(Copy {k}.)"
            if r.get("published"):
                r["published"] = (date.fromisoformat(r["published"][:10])
                                  + timedelta(days=45 * (k // len(reports)))).isoformat()
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path


def _fresh_db(base: str | None, tag: str, tmp: Path) -> str:
    if not base:
        return str(tmp / f"{tag}.db")
    import sqlalchemy as sa

    eng = sa.create_engine(base.replace("postgresql://", "postgresql+psycopg://", 1), isolation_level="AUTOCOMMIT")
    name = f"bench_{tag}"
    with eng.connect() as c:
        c.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}"'))
        c.execute(sa.text(f'CREATE DATABASE "{name}"'))
    eng.dispose()
    return base.rsplit("/", 1)[0] + "/" + name


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--db-url", help="a PostgreSQL server URL (a database is created per run); default SQLite")
    args = ap.parse_args()
    fogline = str(Path(sys.executable).parent / "fogline")
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        path = feed(args.n, tmp / "feed.jsonl")
        modes = {"extract only (fogline extract)": None, "plain": [],
                 "dask, 1 worker": ["--dask", "--dask-workers", "1"],
                 "dask, 2 workers": ["--dask", "--dask-workers", "2"]}
        print(f"{args.n} reports, {'PostgreSQL' if args.db_url else 'SQLite'}")
        for i, (name, extra) in enumerate(modes.items()):
            times = []
            for run in range(args.runs):
                if extra is None:
                    cmd = [fogline, "extract", str(path), "--compact"]
                else:
                    cmd = [fogline, "ingest", str(path), "--db", _fresh_db(args.db_url, f"mode{i}_{run}", tmp), *extra]
                t = time.perf_counter()
                done = subprocess.run(cmd, capture_output=True, text=True)
                times.append(time.perf_counter() - t)
                if done.returncode != 0:
                    sys.exit(f"{name}: exit {done.returncode}: {done.stderr[-500:]}")
                summary = (done.stdout if extra is not None else done.stderr).strip().splitlines()[-1]
            med = statistics.median(times)
            print(f"| {name} | {args.n} | {med:.1f} | {args.n / med:.0f} | {summary} |", flush=True)


if __name__ == "__main__":
    main()
