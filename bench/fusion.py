"""Fusion on synthetic events: speed, and quality against a known truth.

    python -m bench.fusion --n 100000 1000000 --runs 3
    python -m bench.fusion --n 20000 --runs 3 --reports 100 300   # big incidents, as a feed that repeats a story
    python -m bench.fusion --real 690 --runs 5                      # the events of the real reports of bench.run
    python -m bench.fusion --quality 10000 100000                   # pairwise P/R on a store with known truth
    python -m bench.fusion --quality 10000 --oracle                 # and what an oracle knowing the truth reaches
    python -m bench.fusion --quality 10000 --bound                  # and with only what the reports say
    python -m bench.fusion --quality 100000 --bound --countries 3   # the same on three countries of the 100k world
    python -m bench.fusion --quality 10000 --why                    # and the missed and wrong pairs by cause
    python -m bench.fusion --quality 10000 --ratios                 # and what each pair feature tells (ln ratio)

Speed (``--n``): N events from N/3 underlying incidents reported 1-5 times each, spread over countries, a year
and a grid of places. Big incidents and reports with several events (the real reports repeated, as in bench.run)
are where a compatibility check over every member pair shows; ``--real`` extracts the reports first and times
fusion only.

Quality (``--quality``): N incidents, each reported 1-5 times, as reports differ in practice (a date a day off or
only a week or month, no date but the published one; a neighbouring village, only the region, no place; one
party or none named, now and then the wrong armed group; a related event type), among the incidents that make
fusion hard: other armed groups in the same town on the same day, and attacks by the same group 50-300 km apart
on the same or the next day. Scored pairwise: two events are linked when fusion puts them in one incident.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import time
from collections import Counter

from bench.fusion_world import COUNTRIES, oracle, real_sketches, sketches, truth_world
from fogline.fuse import EventSketch, fuse


def pairwise(truth: dict[str, int], predicted: dict[str, str]) -> dict[str, float]:
    """Pairwise precision and recall: a pair of events is linked when both are in one incident."""
    def pairs(counter: Counter) -> int:
        return sum(k * (k - 1) // 2 for k in counter.values())

    gold = pairs(Counter(truth.values()))
    pred = pairs(Counter(predicted.values()))
    tp = pairs(Counter((truth[e], predicted[e]) for e in truth))
    p = tp / pred if pred else 1.0
    r = tp / gold if gold else 1.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "gold_pairs": gold, "predicted_pairs": pred, "true_pairs": tp}


# -- where the pairs go wrong: what a next step should aim at ---------------------------------------------------
def losses(data: list[EventSketch], truth: dict[str, int], predicted: dict[str, str],
           incidents: list[dict]) -> dict[str, dict[str, int]]:
    """Why pairs are lost or wrong, counted in pairs. A report is V (vague: `cluster._vague`, dated only to the
    week or month or placed no finer than a region), g (names an armed group) or n (names none).
    ``missed``: pairs of one true incident left apart, by why the pair did not link — ``cannot`` (score None:
    other groups, places too far apart, out of the window), ``below`` the threshold, ``ambiguous`` (a vague
    report's link dropped by `cluster._unambiguous`), ``refused`` (linked, but the incidents were not
    compatible or alike when the link came) — and the two reports' kinds.
    ``wrong``: pairs of different incidents put together, counted for each report outside its incident's
    majority, by its kind, whether its true incident is in the same town as the majority's, and by the same
    armed group."""
    from fogline.fuse.cluster import _extra, _unambiguous, _vague
    from fogline.fuse.sketch import THRESHOLD, candidate_pairs, score

    def kind(e: EventSketch) -> str:
        return "V" if _vague(e) else ("g" if e.groups else "n")

    links = []
    for a, b in candidate_pairs(data):
        s = score(a, b)
        if s is not None and s >= THRESHOLD + _extra(a, b):
            links.append((-s, a, b))
    linked = {frozenset((a.id, b.id)) for _s, a, b in links}
    kept = {frozenset((a.id, b.id)) for _s, a, b in _unambiguous(links)}
    by_truth: dict[int, list[EventSketch]] = {}
    by_label: dict[str, list[EventSketch]] = {}
    for e in data:
        by_truth.setdefault(truth[e.id], []).append(e)
        by_label.setdefault(predicted[e.id], []).append(e)
    missed: Counter = Counter()
    for members in by_truth.values():
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if predicted[a.id] == predicted[b.id]:
                    continue
                pair = frozenset((a.id, b.id))
                why = ("cannot" if score(a, b) is None else "below" if pair not in linked
                       else "ambiguous" if pair not in kept else "refused")
                missed[f"{why} {''.join(sorted(kind(a) + kind(b)))}"] += 1
    wrong: Counter = Counter()
    for members in by_label.values():
        counts = Counter(truth[m.id] for m in members)
        if len(counts) < 2:
            continue
        top = counts.most_common(1)[0][0]
        for m in members:
            mine = truth[m.id]
            if mine != top:
                town = "same town" if incidents[mine]["town"][0] == incidents[top]["town"][0] else "other town"
                group = "same group" if incidents[mine]["group"] == incidents[top]["group"] else "other group"
                wrong[f"{kind(m)}, {town}, {group}"] += counts[top]
    return {"missed": dict(missed.most_common()), "wrong": dict(wrong.most_common())}


# -- what each feature of a pair tells: the weights of `score` beside the store's log-likelihood ratios ---------
def ratios(data: list[EventSketch], truth: dict[str, int]) -> dict[str, dict[str, float]]:
    """For each value of each feature `score` reads, ln(P(value | one incident) / P(value | two incidents)) over
    the candidate pairs that do not clash: what the value should weigh if the features were independent (they
    are not quite: the act words follow the type, admin1 the place). Only the differences between the values
    of one feature matter to the choice between two candidates."""
    from fogline.fuse.sketch import COMPATIBLE_TYPES, _tolls_close, _uncommon, candidate_pairs, clash, km

    same: Counter = Counter()
    other: Counter = Counter()
    n_same = n_other = 0
    for a, b in candidate_pairs(data):
        if a.document_id == b.document_id or a.country != b.country or clash(a, b):
            continue
        f = []
        if a.day is None or b.day is None:
            f.append(("date", "undated"))
        elif a.precision == b.precision == "day":
            f.append(("date", f"days {min(abs(a.day - b.day), 2)} apart"))
        else:
            f.append(("date", "coarser: " + "/".join(sorted(str(p) for p in (a.precision, b.precision)))))
        if a.event_type == b.event_type:
            f.append(("type", "same, same sub-type" if a.sub_event_type == b.sub_event_type else "same"))
        else:
            f.append(("type", "related" if frozenset({a.event_type, b.event_type}) in COMPATIBLE_TYPES else "other"))
        if a.location and a.location == b.location:
            f.append(("place", "same name"))
        elif a.spot is not None and b.spot is not None:
            d = km(a, b) or 0.0
            f.append(("place", "< 10 km" if d < 10 else "< 60 km" if d < 60 else "60+ km"))
        else:
            f.append(("place", "not both finer than a region"))
        if a.admin1 and b.admin1:
            f.append(("admin1", "same" if a.admin1 == b.admin1 else "other"))
        if a.actors and b.actors:
            f.append(("parties", "armed group shared" if a.groups & b.groups else
                      "state forces only" if a.actors & b.actors else "none shared"))
        f.append(("acts", "shared" if a.acts & b.acts else "none shared"))
        if a.figures and b.figures:
            shared = a.figures & b.figures
            f.append(("figures", ("uncommon shared" if any(_uncommon(n) for _w, n in shared) else "common shared")
                      if shared else ("tolls close" if any(_tolls_close(x, y) for x in a.tolls for y in b.tolls)
                                      else "tolls apart") if a.tolls and b.tolls else "none shared"))
        one = truth[a.id] == truth[b.id]
        n_same, n_other = n_same + one, n_other + (not one)
        for x in f:
            (same if one else other)[x] += 1
    out: dict[str, dict[str, float]] = {}
    for key in sorted(set(same) | set(other)):
        ratio = ((same[key] + 0.5) / max(1, n_same)) / ((other[key] + 0.5) / max(1, n_other))
        out.setdefault(key[0], {})[key[1]] = round(math.log(ratio), 2)
    return out


# -- what could be known at best: an oracle that knows the incidents -----------------------------------------------
def _print_bound(job: str, n: int, data: list[EventSketch], truth: dict[str, int], incidents: list[dict],
                 shares: dict[str, float], **kw) -> None:
    """`fusion_bound.reports_oracle`'s pairwise figures, trusting the store and not, one line per cut."""
    from bench.fusion_bound import reports_oracle

    for trusting in (True, False):
        for cut, labels in reports_oracle(data, truth, incidents, trusting=trusting, **shares, **kw).items():
            print(json.dumps({"job": job, "incidents": n, "trusting the store": trusting, "cut": cut,
                              **pairwise(truth, labels)}), flush=True)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--n", type=int, nargs="+", default=[100000])
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--reports", type=int, nargs=2, default=[1, 5], help="reports per incident, min and max")
    p.add_argument("--real", type=int, metavar="N", help="the events of N real reports instead (bench.corpus.real)")
    p.add_argument("--quality", type=int, nargs="+", metavar="N",
                   help="pairwise precision and recall on N synthetic incidents with known truth")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--countries", type=int, metavar="K",
                   help="--quality on the events of the world's first K countries only (e.g. 3 for --bound at 100k)")
    p.add_argument("--confusers", type=float, nargs=2, metavar=("TWINS", "FAR"),
                   help="--quality on a world with these shares of the two confusers (default 0.10 0.10)")
    p.add_argument("--no-figures", action="store_true", help="--quality on the store without figures (session 4's)")
    p.add_argument("--why", action="store_true",
                   help="with --quality: the missed and wrong pairs by cause and kind of report (`losses`)")
    p.add_argument("--ratios", action="store_true",
                   help="with --quality: each pair feature's log-likelihood ratio on the store (`ratios`)")
    p.add_argument("--bound", action="store_true",
                   help="with --quality: what an ideal scorer reaches knowing only what the reports say "
                        "(`fusion_bound.reports_oracle`)")
    p.add_argument("--oracle", action="store_true",
                   help="with --quality: also the bound of an oracle that knows the incidents (`oracle`)")
    args = p.parse_args()
    if args.quality:
        for n in args.quality:
            shares = dict(zip(("twins", "far"), args.confusers, strict=True)) if args.confusers else {}
            data, truth, incidents = truth_world(n, args.seed, figures=not args.no_figures, **shares)
            if args.countries:  # countries are fused apart: a few stand for the world, at a fraction of the work
                kept = set(COUNTRIES[:args.countries])
                data = [e for e in data if e.country in kept]
                truth = {e.id: truth[e.id] for e in data}
            if args.ratios:
                print(json.dumps({"job": "ratios", "incidents": n, **ratios(data, truth)}), flush=True)
            if args.bound:
                _print_bound("reports-oracle", n, data, truth, incidents, shares)
            if args.oracle:
                for cut, labels in oracle(data, incidents).items():
                    print(json.dumps({"job": "oracle", "incidents": n, "cut": cut, **pairwise(truth, labels)}),
                          flush=True)
                    if args.why and cut == 0.8:  # what the oracle still loses, in fusion's terms
                        print(json.dumps({"job": "oracle-losses", "incidents": n, "cut": cut,
                                          **losses(data, truth, labels, incidents)}), flush=True)
            t0 = time.perf_counter()
            result = fuse(data)
            took = time.perf_counter() - t0
            print(json.dumps({"job": "fuse-quality", "incidents": n, "events": len(data), "seconds": round(took, 2),
                              "predicted_incidents": len(set(result.values())), **pairwise(truth, result)}),
                  flush=True)
            if args.bound:  # a second pass weighing each report against the incidents this fusion found
                _print_bound("reports-oracle on fusion's incidents", n, data, truth, incidents, shares,
                             cuts=(0.5, 0.8), grouping=result)
            if args.why:
                print(json.dumps({"job": "fuse-losses", "incidents": n, **losses(data, truth, result, incidents)}),
                      flush=True)
        return
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
