"""Fusion speed on synthetic events: N events from N/3 underlying incidents reported 1-5 times each,
spread over countries, a year and a grid of places.

    python -m bench.fusion --n 100000 1000000 --runs 3
    python -m bench.fusion --n 20000 --runs 3 --reports 100 300   # big incidents, as a feed that repeats a story
    python -m bench.fusion --real 690 --runs 5                      # the events of the real reports of bench.run

Big incidents and reports with several events (the real reports repeated, as in bench.run) are where a
compatibility check over every member pair shows; ``--real`` extracts the reports first and times fusion only.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time

from fogline.fuse import EventSketch, fuse

COUNTRIES = ["Mali", "Burkina Faso", "Niger", "Nigeria", "Sudan", "Democratic Republic of Congo", "Somalia",
             "Mozambique", "Syria", "Myanmar", "Ukraine", "Chad", "South Sudan"]
TYPES = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"),
         ("Violence against civilians", "Attack"), ("Explosions/Remote violence", "Remote explosive/landmine/IED")]
ACTORS = [f"Group {i}" for i in range(60)]


def sketches(n: int, seed: int = 3, reports: tuple[int, int] = (1, 5)) -> list[EventSketch]:
    """A larger collection covers a longer period (about 270 events a day across 13 countries, ACLED's
    order of magnitude), so the density of events around a place and day stays realistic."""
    rng = random.Random(seed)
    span = max(365, n // 270)
    out: list[EventSketch] = []
    k = 0
    while len(out) < n:
        country = rng.choice(COUNTRIES)
        day = 739000 + rng.randint(0, span - 1)
        lat, lon = rng.uniform(-10, 30), rng.uniform(-10, 45)
        kind = rng.choice(TYPES)
        actors = frozenset(rng.sample(ACTORS, 2))
        for r in range(rng.randint(*reports)):
            if len(out) >= n:
                break
            out.append(EventSketch(f"d{k}-{r}:e1", f"d{k}-{r}", kind[0], kind[1], day + rng.choice((0, 0, 0, 1)),
                                   "day", country, f"R{int(lat)}", None, lat + rng.uniform(-0.05, 0.05),
                                   lon + rng.uniform(-0.05, 0.05), actors))
        k += 1
    rng.shuffle(out)
    return out


def real_sketches(n: int) -> list[EventSketch]:
    """The events of ``bench.corpus.real(n)`` as the store would hand them to fusion."""
    from bench.corpus import real
    from fogline.extract import extract
    from fogline.read import parse_published
    from fogline.records import Document

    out = []
    for d in real(n):
        doc = Document(d["id"], d["text"], d["language"], parse_published(d["published"]), url=d["url"],
                       outlet=d["outlet"], title=d["title"])
        out += [EventSketch.from_event(dict(e, document_id=doc.id, published=d["published"]))
                for e in extract(doc).to_dict()["events"]]
    return out


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--n", type=int, nargs="+", default=[100000])
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--reports", type=int, nargs=2, default=[1, 5], help="reports per incident, min and max")
    p.add_argument("--real", type=int, metavar="N", help="the events of N real reports instead (bench.corpus.real)")
    args = p.parse_args()
    for n in [args.real] if args.real else args.n:
        data = real_sketches(n) if args.real else sketches(n, reports=tuple(args.reports))
        times = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            result = fuse(data)
            times.append(time.perf_counter() - t0)
        what = {"reports": n, "events": len(data)} if args.real else {"n": n, "reports_per_incident": args.reports}
        print(json.dumps({"job": "fuse", **what, "median_s": round(statistics.median(times), 2),
                          "runs": [round(t, 2) for t in times], "incidents": len(set(result.values()))}), flush=True)


if __name__ == "__main__":
    main()
