"""One long report: the English dev reports of ``../shared/corpus/dev`` joined until SIZE characters (issue 15: a 1 MB
report extracts in seconds), extracted once with the extractor built before; prints its size, events and CPU time.

    python -m bench.big_report 1000000
"""

from __future__ import annotations

import json
import sys
import time
from datetime import date

from bench.corpus import real_dir
from fogline.extract import extract, extractor_for
from fogline.records import Document


def main() -> None:
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    dev = real_dir()
    texts = [json.loads(p.read_text())["text"] for p in sorted(dev.glob("en-*.json"))] if dev else []
    if not texts:
        raise SystemExit("no English dev reports: ../shared/corpus/dev is needed")
    parts, n = [], 0
    while n < size:
        for t in texts:
            parts.append(t)
            n += len(t) + 2
            if n >= size:
                break
    text = "\n\n".join(parts)
    extractor_for("en")
    start = time.process_time()
    result = extract(Document("big", text, "en", date(2025, 6, 14)))
    print(f"{len(text)} characters, {len(result.events)} events, {time.process_time() - start:.2f} CPU s")


if __name__ == "__main__":
    main()
