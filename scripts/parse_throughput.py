"""Reports per second of extraction on the dev reports repeated to N (unique ids), one process, one core.

Usage: FOGLINE_PARSER=spacy|off python scripts/parse_throughput.py ../shared/corpus/dev [N]
Why: the structure stage's parser must keep extraction fast (issue 13: ≥ 60 reports/s with it, ≥ 120 without).
"""

from __future__ import annotations

import glob
import json
import os
import sys
import time
from datetime import date

from fogline.extract import extract, extractor_for
from fogline.records import Document


def main() -> None:
    folder, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    base = [json.load(open(p, encoding="utf-8")) for p in sorted(glob.glob(os.path.join(folder, "*.json")))]
    docs = [Document(id=f"{d['id']}-{i}", text=d["text"], language=d["language"],
                     published=date.fromisoformat(d["published"]) if d.get("published") else None)
            for i, d in ((i, base[i % len(base)]) for i in range(n))]
    for lang in {d.language for d in docs}:  # models and resources load before the clock starts
        extract(next(d for d in docs if d.language == lang))
    reader = {lang: extractor_for(lang).structure.name for lang in {d.language for d in docs}}
    t, c = time.perf_counter(), time.process_time()
    for d in docs:
        extract(d)
    dt, dc = time.perf_counter() - t, time.process_time() - c
    # CPU time is the figure to compare on a shared machine: wall time counts the other processes too
    print(f"readers {reader}, one document at a time: {n} reports in {dt:.1f} s wall = {n / dt:.0f} reports/s; "
          f"{dc:.1f} s CPU = {n / dc:.0f} reports/s per core")
    t, c = time.perf_counter(), time.process_time()
    for lang in sorted({d.language for d in docs}):
        mine = [d for d in docs if d.language == lang]
        for i in range(0, len(mine), 100):
            extractor_for(lang).extract_many(mine[i:i + 100])
    dt, dc = time.perf_counter() - t, time.process_time() - c
    print(f"readers {reader}, extract_many by 100: {n} reports in {dt:.1f} s wall = {n / dt:.0f} reports/s; "
          f"{dc:.1f} s CPU = {n / dc:.0f} reports/s per core")


if __name__ == "__main__":
    main()
