"""The synthetic events of ``bench.fusion``: a speed feed (``sketches``); a world of incidents with known truth
(``truth_world``, ``truth_sketches``), reported as reports differ in practice, with what an oracle that knows
how they were drawn reaches (``oracle``); and the events of the real reports (``real_sketches``).
"""

from __future__ import annotations

import math
import random
from dataclasses import replace
from itertools import permutations

import numpy as np

from fogline.fuse import EventSketch
from fogline.fuse.sketch import _km

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
STEMS = {t: frozenset(w[:5] for w in ACTS[t[0]]) for t in TYPES}  # the act words an incident of each type gives
RELATED_KIND = {t: next(u for u in TYPES if u[0] == RELATED[t[0]]) for t in TYPES}  # the type reported by mistake
TYPE_KEPT, NEAR_KM = 0.88, (5.0, 40.0)  # a report keeps the type; how far a "near" village lies
TWINS, FAR = 0.10, 0.10  # shares of incidents followed by another group's in the same town, the same group's far off


class Country:
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


def _incident(c: Country, day: int, town: tuple[str, float, float], group: str, kind: tuple[str, str]) -> dict:
    return {"country": c, "day": day, "town": town, "group": group, "kind": kind,
            "acts": ACTS[kind[0]]}


# -- figures: what an incident's reports count -----------------------------------------------------------------
# Calibrated on the real reports of ../shared/corpus/dev (gold claims): of the pairs of reports of one incident,
# 54 % (47 of 87) share an exact count; of the pairs of reports of different incidents in one country, 18 %
# (77 of 433), nearly all small or round numbers (1, 3, 10, 15, 20). A report gives each count or not, the
# same number as other reports (one source, or copied), another one (a toll that rises, another source's), or
# only words ("dozens"); a claimant's count of its enemy's dead is a figure of its own.
TOLL = (1.4, 1.1)  # mu and sigma of the log-normal a count is drawn from


def _toll(rng: random.Random) -> int:
    """A count of dead or wounded: mostly a few, now and then dozens or hundreds (heavy-tailed)."""
    return max(1, round(rng.lognormvariate(*TOLL)))


def p_toll(n: int) -> float:
    """P(`_toll` draws n)."""
    def cdf(x: float) -> float:
        return 0.5 * (1 + math.erf((math.log(x) - TOLL[0]) / (TOLL[1] * math.sqrt(2))))
    return cdf(n + 0.5) - (cdf(n - 0.5) if n > 1 else 0.0)


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


def truth_world(n_incidents: int, seed: int = 7, figures: bool = True, twins: float = TWINS, far: float = FAR
                ) -> tuple[list[EventSketch], dict[str, int], list[dict]]:
    """`truth_sketches` and the incidents themselves (what `oracle` knows and fusion does not). ``twins`` and
    ``far``: the shares of the two confusers (what the store's difficulty depends on most; the defaults are the
    store's)."""
    rng = random.Random(seed)
    frng = random.Random(seed * 7919 + 1)
    countries = [Country(name, rng) for name in COUNTRIES]
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
        if roll < twins:  # another armed group in the same town on the same day
            other = rng.choice([g for g in c.groups if g != group])
            incidents.append(_incident(c, day, town, other, rng.choice(TYPES)))
        elif roll < twins + far:  # the same group strikes 50-300 km away, the same or the next day
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
    c: Country = inc["country"]
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
        plat, plon = c.near(lat, lon, *NEAR_KM, rng)
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
    if rng.random() < 1 - TYPE_KEPT:
        kind = RELATED_KIND[kind]
    acts = frozenset(w[:5] for w in rng.sample(inc["acts"], 2))
    return EventSketch(f"{doc}:e1", doc, kind[0], kind[1], day, precision, c.name, admin1, place[0],
                       place[1], place[2], frozenset(actors), acts, geo, frozenset(actors) - {c.army})


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
        lo, hi = days_of(e)
        scores = [(k, _likelihood(e, incidents[k])) for d in range(lo, hi + 1)
                  for k in by_day.get((e.country, d), ())]
        total = sum(p for _k, p in scores)
        k, p = max(scores, key=lambda kp: kp[1]) if scores else (-1, 0.0)
        best[e.id] = (k, p / total if total else 0.0)
    return {cut: {e: (f"i{k}" if k >= 0 and post >= cut else f"alone:{e}") for e, (k, post) in best.items()}
            for cut in cuts}


def days_of(e: EventSketch) -> tuple[int, int]:
    """The days an incident may fall on to be reported with this date (`_report`'s date rules)."""
    if e.precision == "day":
        return e.day - 1, e.day + 1
    if e.precision == "week":
        return e.day, e.day + 6
    if e.precision == "month":
        return e.day, e.day + 29
    return e.day - 2, e.day


# -- the odds of `_report`'s draws, written once: the oracle's `_likelihood` and `fusion_bound` both use them -------


def p_date(e: EventSketch, day: int) -> float:
    """P(the report's date | the incident's day): the day itself, a day either side (0.06 each, never further),
    the week's or the 30-day block's first day, or no date and a published day 0-2 days later."""
    if e.precision == "day":
        gap = abs(e.day - day)
        return 0.72 if gap == 0 else 0.06 if gap == 1 else 0.0
    if e.precision == "week":
        return 0.07 if e.day == day - day % 7 else 0.0
    if e.precision == "month":
        return 0.04 if e.day == day - day % 30 else 0.0
    return 0.05 * {0: 0.25, 1: 0.5, 2: 0.25}.get(e.day - day, 0.0)


def p_actors(e: EventSketch, c: Country, group: str) -> float:
    """P(the parties the report names | ``group`` of country ``c`` did it): the army and the group, one of
    them, none, or the army and another armed group (any of the others)."""
    groups, army = e.actors - {c.army}, c.army in e.actors
    if not groups:
        return 0.15 if army else 0.09
    if groups == {group}:
        return 0.62 if army else 0.11
    return 0.03 / (len(c.groups) - 1) if army and len(groups) == 1 else 0.0


def p_kind(e: EventSketch, kind: tuple[str, str]) -> float:
    """P(the report's type and act words | an incident of type ``kind``): the type or its related one, and two
    of the type's five act words."""
    said = (e.event_type, e.sub_event_type)
    p = TYPE_KEPT if said == kind else 1 - TYPE_KEPT if said == RELATED_KIND[kind] else 0.0
    return p * (1 / math.comb(len(ACTS[kind[0]]), 2) if e.acts <= STEMS[kind] else 0.0)


def p_place(e: EventSketch, name, region, km, near_km: float = NEAR_KM[1]):
    """P(the report's place | the incident's town ``name``, in ``region``, ``km`` from the report's point): the
    town, a village 5-40 km from it (a density per km², the distance drawn evenly), its region, or none. The
    town's values may be numpy arrays, one per town (`fusion_bound`), and ``near_km`` another reach of "near"."""
    if e.geo == 1:
        return 0.74 * (np.asarray(name) == e.location)
    if e.geo == 2:
        r = np.asarray(km, dtype=float)
        lo, hi = NEAR_KM[0], near_km
        return np.where((r >= lo - 0.5) & (r <= hi + 0.5), 0.10 / ((hi - lo) * 2 * math.pi * np.maximum(r, 1e-9)), 0.0)
    if e.geo == 3:
        return 0.12 * (np.asarray(region) == e.admin1)
    return 0.04


def _likelihood(e: EventSketch, inc: dict) -> float:
    """P(this report | the incident), as `_report` and `_report_figures` draw it."""
    c: Country = inc["country"]
    p = p_date(e, inc["day"]) * p_actors(e, c, inc["group"])
    p = p * p_kind(e, inc["kind"]) if p else 0.0
    if not p:
        return 0.0
    name, lat, lon = inc["town"]
    p *= float(p_place(e, name, c.region(lat, lon)[0], _km(e.lat, e.lon, lat, lon) if e.geo == 2 else 0.0))
    return p * _figures_likelihood(e.figures, inc.get("counts") or [])


def _figures_likelihood(figures: frozenset[tuple[str, int]], counts: list[tuple[str, int]]) -> float:
    """The best assignment of a report's figures to the incident's counts (each count gives one or none)."""

    absent = 0.3 + 0.7 * 0.15
    fs = sorted(figures)
    if len(fs) > len(counts):
        return 0.0
    best = 0.0
    for order in permutations(range(len(counts)), len(fs)):
        p = 1.0
        for f, i in zip(fs, order, strict=True):
            p *= count_gives(counts[i], f)
        for _i in set(range(len(counts))) - set(order):
            p *= absent
        best = max(best, p)
    return best


def count_gives(count: tuple[str, int], f: tuple[str, int]) -> float:
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
