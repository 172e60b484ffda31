"""Extract the first N real reports (``bench.corpus.real``) after building and warming the extractors: a steady
workload for instruction counts, which do not drift with the machine's speed as seconds do.

    valgrind --tool=callgrind python -m bench.extract_loop 92    # less the same with 0: start-up and warm-up
    python -m bench.extract_loop 690 --cpu                       # CPU seconds of the extraction alone
    python -m bench.extract_loop 40 --templates                  # the synthetic reports instead
"""

from __future__ import annotations

import sys
import time

from bench.corpus import generate, real, warm_extractors
from fogline.extract import extract
from fogline.read import parse_published
from fogline.records import Document


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 92
    records = generate(n) if "--templates" in sys.argv else real(n)
    docs = [Document(d["id"], d["text"], d["language"], parse_published(d["published"]), url=d["url"],
                     outlet=d["outlet"], title=d["title"]) for d in records]
    warm_extractors(records)
    start = time.process_time()
    for d in docs:
        extract(d)
    if "--cpu" in sys.argv:
        print(f"{n} reports: {time.process_time() - start:.2f} CPU s")


if __name__ == "__main__":
    main()
