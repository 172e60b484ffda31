"""Fusion speed on synthetic events: N events from N/3 underlying incidents reported 1-5 times each,
spread over countries, a year and a grid of places.

    python -m bench.fusion --n 100000 1000000 --runs 3
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


def sketches(n: int, seed: int = 3) -> list[EventSketch]:
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
        for r in range(rng.randint(1, 5)):
            if len(out) >= n:
                break
            out.append(EventSketch(f"d{k}-{r}:e1", f"d{k}-{r}", kind[0], kind[1], day + rng.choice((0, 0, 0, 1)),
                                   "day", country, f"R{int(lat)}", None, lat + rng.uniform(-0.05, 0.05),
                                   lon + rng.uniform(-0.05, 0.05), actors))
        k += 1
    rng.shuffle(out)
    return out


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--n", type=int, nargs="+", default=[100000])
    p.add_argument("--runs", type=int, default=3)
    args = p.parse_args()
    for n in args.n:
        data = sketches(n)
        times = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            result = fuse(data)
            times.append(time.perf_counter() - t0)
        print(json.dumps({"job": "fuse", "n": n, "median_s": round(statistics.median(times), 2),
                          "runs": [round(t, 2) for t in times], "incidents": len(set(result.values()))}), flush=True)


if __name__ == "__main__":
    main()
