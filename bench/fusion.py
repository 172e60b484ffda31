"""Fusion on synthetic events: speed, and quality against a known truth.

    python -m bench.fusion --n 100000 1000000 --runs 3
    python -m bench.fusion --n 20000 --runs 3 --reports 100 300   # big incidents, as a feed that repeats a story
    python -m bench.fusion --real 690 --runs 5                      # the events of the real reports of bench.run
    python -m bench.fusion --quality 10000 100000                   # pairwise P/R on a store with known truth
    python -m bench.fusion --quality 10000 --oracle                 # and what an oracle knowing the truth reaches
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
import random
import statistics
import time
from collections import Counter
from dataclasses import replace

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


# -- a store with known truth ------------------------------------------------------------------------
ACTS = {"Battles": ["clashes", "fighting", "ambush", "attacked", "offensive"],
        "Explosions/Remote violence": ["strike", "drone", "shelling", "explosion", "bombing"],
        "Violence against civilians": ["killed", "massacre", "attacked", "abducted", "villagers"]}
RELATED = {"Battles": "Violence against civilians", "Violence against civilians": "Battles",
           "Explosions/Remote violence": "Battles"}
_TOWNS, _GROUPS, _SIZE = 300, 6, 9.0  # towns and armed groups per country; a country's extent in degrees
TWINS, FAR = 0.10, 0.10  # shares of incidents followed by another group's in the same town, the same group's far off


class _Country:
    """A country of the synthetic world: towns on a square of _SIZE degrees, regions of 3 x 3 degrees, a state
    force and a few armed groups, one or two of them much more active than the others."""

    def __init__(self, name: str, rng: random.Random):
        self.name = name
        self.lat0, self.lon0 = rng.uniform(-10, 40), rng.uniform(-15, 90)
        self.towns = [(f"{name[:3].lower()}-town-{k}", self.lat0 + rng.uniform(0, _SIZE),
                       self.lon0 + rng.uniform(0, _SIZE)) for k in range(_TOWNS)]
        self.army = f"Military Forces of {name}"
        self.groups = [f"{name[:3]} armed group {k}" for k in range(_GROUPS)]
        self.weights = [8, 5, 2, 1, 1, 1][:_GROUPS]

    def region(self, lat: float, lon: float) -> tuple[str, float, float]:
        i, j = int((lat - self.lat0) // 3), int((lon - self.lon0) // 3)
        return f"{self.name[:3]}-R{i}{j}", self.lat0 + 3 * i + 1.5, self.lon0 + 3 * j + 1.5

    def near(self, lat: float, lon: float, lo_km: float, hi_km: float, rng: random.Random) -> tuple[float, float]:
        """A point lo_km to hi_km away from (lat, lon)."""
        d, bearing = rng.uniform(lo_km, hi_km) / 111.0, rng.uniform(0, 2 * math.pi)
        return lat + d * math.cos(bearing), lon + d * math.sin(bearing) / max(0.2, math.cos(math.radians(lat)))


def _incident(c: _Country, day: int, town: tuple[str, float, float], group: str, kind: tuple[str, str]) -> dict:
    return {"country": c, "day": day, "town": town, "group": group, "kind": kind,
            "acts": ACTS[kind[0]]}


# -- figures: what an incident's reports count -----------------------------------------------------------------
# Calibrated on the real reports of ../shared/corpus/dev (gold claims): of the pairs of reports of one incident,
# 54 % (47 of 87) share an exact count; of the pairs of reports of different incidents in one country, 18 %
# (77 of 433), nearly all small or round numbers (1, 3, 10, 15, 20). A report gives each count or not, the
# same number as other reports (one source, or copied), another one (a toll that rises, another source's), or
# only words ("dozens"); a claimant's count of its enemy's dead is a figure of its own.
def _toll(rng: random.Random) -> int:
    """A count of dead or wounded: mostly a few, now and then dozens or hundreds (heavy-tailed)."""
    return max(1, round(rng.lognormvariate(1.4, 1.1)))


def _incident_figures(kind: tuple[str, str], rng: random.Random) -> list[tuple[str, int]]:
    out = []
    if rng.random() < 0.75:
        out.append(("killed", _toll(rng)))
    if rng.random() < 0.3:  # one side's claim of the other's dead
        out.append(("killed", _toll(rng)))
    if rng.random() < 0.3:
        out.append(("wounded", _toll(rng)))
    if kind[0] == "Violence against civilians" and rng.random() < 0.2:
        out.append(("abducted", _toll(rng)))
    return out


def _report_figures(counts: list[tuple[str, int]], rng: random.Random) -> frozenset[tuple[str, int]]:
    out = set()
    for what, n in counts:
        if rng.random() >= 0.7:
            continue  # this report does not give that count
        roll = rng.random()
        if roll < 0.65:  # the same number; above 15, sometimes rounded ("about 40")
            out.add((what, round(n, -1) if n >= 15 and rng.random() < 0.25 else n))
        elif roll < 0.85:  # another number: the toll rose, or another source counted
            out.add((what, max(1, round(n * rng.uniform(0.5, 2.0)))))
        # else words only: "dozens", "several"
    return frozenset(out)


def truth_sketches(n_incidents: int, seed: int = 7, figures: bool = True
                   ) -> tuple[list[EventSketch], dict[str, int]]:
    """Events of ``n_incidents`` synthetic incidents as reports give them, and event id → true incident.
    About 270 events a day over 13 countries, the period growing with N, as in ``sketches``. The figures
    come from a random generator of their own: without them (``figures=False``) the store is the one of
    session 4, event for event."""
    out, truth, _incidents = truth_world(n_incidents, seed, figures)
    return out, truth


def truth_world(n_incidents: int, seed: int = 7, figures: bool = True
                ) -> tuple[list[EventSketch], dict[str, int], list[dict]]:
    """`truth_sketches` and the incidents themselves (what `oracle` knows and fusion does not)."""
    rng = random.Random(seed)
    frng = random.Random(seed * 7919 + 1)
    countries = [_Country(name, rng) for name in COUNTRIES]
    span = max(365, n_incidents * 3 // 270)
    incidents: list[dict] = []
    seen: set[tuple] = set()
    while len(incidents) < n_incidents:
        c = rng.choice(countries)
        day = 739000 + rng.randint(0, span - 1)
        town = rng.choice(c.towns)
        group = rng.choices(c.groups, c.weights)[0]
        kind = rng.choice(TYPES)
        if (town[0], day, group) in seen:
            continue  # one group in one town on one day is one event (ACLED's unit), not two to tell apart
        seen.add((town[0], day, group))
        incidents.append(_incident(c, day, town, group, kind))
        roll = rng.random()
        if roll < TWINS:  # another armed group in the same town on the same day
            other = rng.choice([g for g in c.groups if g != group])
            incidents.append(_incident(c, day, town, other, rng.choice(TYPES)))
        elif roll < TWINS + FAR:  # the same group strikes 50-300 km away, the same or the next day
            lat, lon = c.near(town[1], town[2], 50, 300, rng)
            incidents.append(_incident(c, day + rng.choice((0, 0, 1)), (f"{town[0]}-far", lat, lon), group, kind))
    incidents = incidents[:n_incidents]
    out: list[EventSketch] = []
    truth: dict[str, int] = {}
    for k, inc in enumerate(incidents):
        counts = _incident_figures(inc["kind"], frng) if figures else []
        inc["counts"] = counts
        for r in range(rng.randint(1, 5)):
            doc = f"r{k}-{r}"
            e = _report(inc, doc, rng)
            if counts:
                e = replace(e, figures=_report_figures(counts, frng))
            out.append(e)
            truth[out[-1].id] = k
    rng.shuffle(out)
    return out, truth, incidents


def _report(inc: dict, doc: str, rng: random.Random) -> EventSketch:
    """One report's event of ``inc``: what it says of the date, place, parties and type."""
    c: _Country = inc["country"]
    roll = rng.random()  # the date
    if roll < 0.72:
        day, precision = inc["day"], "day"
    elif roll < 0.84:
        day, precision = inc["day"] + rng.choice((-1, 1)), "day"
    elif roll < 0.91:
        day, precision = inc["day"] - inc["day"] % 7, "week"
    elif roll < 0.95:
        day, precision = inc["day"] - (inc["day"] % 30), "month"
    else:  # no date: the published date stands for it
        day, precision = inc["day"] + rng.choice((0, 1, 1, 2)), None
    name, lat, lon = inc["town"]
    roll = rng.random()  # the place
    if roll < 0.74:
        place = (name, lat + rng.uniform(-0.02, 0.02), lon + rng.uniform(-0.02, 0.02))
        admin1, geo = c.region(lat, lon)[0], 1
    elif roll < 0.84:  # near a neighbouring village
        plat, plon = c.near(lat, lon, 5, 40, rng)
        place = (f"{name}-near-{rng.randint(0, 9)}", plat, plon)
        admin1, geo = c.region(plat, plon)[0], 2
    elif roll < 0.96:  # the region only: its centre
        admin1, clat, clon = c.region(lat, lon)
        place, geo = (None, clat, clon), 3
    else:
        place, admin1, geo = (None, None, None), None, None
    roll = rng.random()  # the parties
    if roll < 0.62:
        actors = {c.army, inc["group"]}
    elif roll < 0.77:
        actors = {c.army}
    elif roll < 0.88:
        actors = {inc["group"]}
    elif roll < 0.97:
        actors = set()  # "unidentified gunmen"
    else:  # the wrong armed group named
        actors = {c.army, rng.choice([g for g in c.groups if g != inc["group"]])}
    kind = inc["kind"]
    if rng.random() < 0.12:
        other = RELATED[kind[0]]
        kind = next(t for t in TYPES if t[0] == other)
    acts = frozenset(w[:5] for w in rng.sample(inc["acts"], 2))
    return EventSketch(f"{doc}:e1", doc, kind[0], kind[1], day, precision, c.name, admin1, place[0],
                       place[1], place[2], frozenset(actors), acts, geo, frozenset(actors) - {c.army})


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
def oracle(data: list[EventSketch], incidents: list[dict], cuts: tuple[float, ...] = (0.0, 0.5, 0.8, 0.9, 0.95, 0.99)
           ) -> dict[float, dict[str, str]]:
    """A bound on any fusion of this store: each report goes to the incident most likely to have given it,
    computed with the generator's own probabilities and every incident's true town, day, group, type and counts
    (which fusion never sees, it has only the reports). A report whose best incident has a posterior below
    the cut stays alone. Cut → event id → label; its pairwise precision and recall say how decidable the store is."""
    by_day: dict[tuple[str, int], list[int]] = {}
    for k, inc in enumerate(incidents):
        by_day.setdefault((inc["country"].name, inc["day"]), []).append(k)
    best: dict[str, tuple[int, float]] = {}
    for e in data:
        lo, hi = _days_of(e)
        scores = [(k, _likelihood(e, incidents[k])) for d in range(lo, hi + 1)
                  for k in by_day.get((e.country, d), ())]
        total = sum(p for _k, p in scores)
        k, p = max(scores, key=lambda kp: kp[1]) if scores else (-1, 0.0)
        best[e.id] = (k, p / total if total else 0.0)
    return {cut: {e: (f"i{k}" if k >= 0 and post >= cut else f"alone:{e}") for e, (k, post) in best.items()}
            for cut in cuts}


def _days_of(e: EventSketch) -> tuple[int, int]:
    """The days an incident may fall on to be reported with this date (`_report`'s date rules)."""
    if e.precision == "day":
        return e.day - 1, e.day + 1
    if e.precision == "week":
        return e.day, e.day + 6
    if e.precision == "month":
        return e.day, e.day + 29
    return e.day - 2, e.day


def _likelihood(e: EventSketch, inc: dict) -> float:
    """P(this report | the incident), as `_report` and `_report_figures` draw it."""
    c: _Country = inc["country"]
    gap = e.day - inc["day"]
    if e.precision == "day":
        p = 0.72 if gap == 0 else 0.06
    elif e.precision == "week":
        p = 0.07 if e.day == inc["day"] - inc["day"] % 7 else 0.0
    elif e.precision == "month":
        p = 0.04 if e.day == inc["day"] - inc["day"] % 30 else 0.0
    else:
        p = 0.05 * {0: 0.25, 1: 0.5, 2: 0.25}.get(gap, 0.0)
    groups = e.actors - {c.army}
    army = c.army in e.actors
    if groups == {inc["group"]}:
        p *= 0.62 if army else 0.11
    elif not groups:
        p *= 0.15 if army else 0.09
    elif len(groups) == 1 and army:
        p *= 0.03 / (_GROUPS - 1)
    else:
        return 0.0
    kind = (e.event_type, e.sub_event_type)
    if kind == inc["kind"]:
        p *= 0.88
    elif kind == next(t for t in TYPES if t[0] == RELATED[inc["kind"][0]]):
        p *= 0.12
    else:
        return 0.0
    p *= 0.1 if e.acts <= {w[:5] for w in inc["acts"]} else 0.0
    if not p:
        return 0.0
    name, lat, lon = inc["town"]
    if e.geo == 1:
        p *= 0.74 if e.location == name else 0.0
    elif e.geo == 2:
        r = _km(e.lat, e.lon, lat, lon)
        p *= 0.10 / (35 * 2 * math.pi * r) if 4.5 <= r <= 40.5 else 0.0
    elif e.geo == 3:
        p *= 0.12 if e.admin1 == c.region(lat, lon)[0] else 0.0
    else:
        p *= 0.04
    return p * _figures_likelihood(e.figures, inc.get("counts") or [])


def _figures_likelihood(figures: frozenset[tuple[str, int]], counts: list[tuple[str, int]]) -> float:
    """The best assignment of a report's figures to the incident's counts (each count gives one or none)."""
    from itertools import permutations

    absent = 0.3 + 0.7 * 0.15
    fs = sorted(figures)
    if len(fs) > len(counts):
        return 0.0
    best = 0.0
    for order in permutations(range(len(counts)), len(fs)):
        p = 1.0
        for f, i in zip(fs, order, strict=True):
            p *= _count_gives(counts[i], f)
        for _i in set(range(len(counts))) - set(order):
            p *= absent
        best = max(best, p)
    return best


def _count_gives(count: tuple[str, int], f: tuple[str, int]) -> float:
    (what, n), (w, m) = count, f
    if what != w:
        return 0.0
    p = 0.0
    if m == n:
        p += 0.7 * 0.65 * (0.75 if n >= 15 else 1.0)
    if n >= 15 and m == round(n, -1):
        p += 0.7 * 0.65 * 0.25
    lo, hi = max(0.5, (m - 0.5) / n), min(2.0, (m + 0.5) / n)
    if m == 1:
        lo = 0.5
    p += 0.7 * 0.2 * max(0.0, hi - lo) / 1.5
    return p


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(min(1.0, h)))


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
    p.add_argument("--quality", type=int, nargs="+", metavar="N",
                   help="pairwise precision and recall on N synthetic incidents with known truth")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--no-figures", action="store_true", help="--quality on the store without figures (session 4's)")
    p.add_argument("--why", action="store_true",
                   help="with --quality: the missed and wrong pairs by cause and kind of report (`losses`)")
    p.add_argument("--ratios", action="store_true",
                   help="with --quality: each pair feature's log-likelihood ratio on the store (`ratios`)")
    p.add_argument("--oracle", action="store_true",
                   help="with --quality: also the bound of an oracle that knows the incidents (`oracle`)")
    args = p.parse_args()
    if args.quality:
        for n in args.quality:
            data, truth, incidents = truth_world(n, args.seed, figures=not args.no_figures)
            if args.ratios:
                print(json.dumps({"job": "ratios", "incidents": n, **ratios(data, truth)}), flush=True)
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
