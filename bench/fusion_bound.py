"""A tighter bound than ``fusion_world.oracle``: what an ideal scorer reaches with only what the reports say.

``oracle`` knows every incident's true town, day, group, type and counts, and that each incident exists,
even one that no other report describes: it is not a bound a fusion can approach. ``reports_oracle`` knows
the generator's probabilities and which *other* reports belong together (the truth, the best a fusion can
hope to have found for them), but not what those reports leave unsaid: each incident is known only as its
other reports describe it (its day, town, group, type and counts are inferred from them, with the
generator's priors), and a report may also come from an incident no other report describes (prior 1/15:
incidents have 1-5 reports, so a random report is alone in its incident once in fifteen). Each report goes
to the hypothesis of highest posterior; below the cut, or when "an incident of its own" wins, it stays alone
(that incident is any of the country's, or the twin or far attack of a known one, as the world makes them).
Its pairwise precision and recall are what the information in the reports allows, given the world's
confusers — a fusion, which must also find the groups of the others, stays below.

    python -m bench.fusion --quality 10000 100000 --bound
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Hashable

import numpy as np

from bench.fusion_world import (
    FAR,
    NEAR_KM,
    TWINS,
    TYPE_KEPT,
    TYPES,
    Country,
    count_gives,
    days_of,
    p_actors,
    p_date,
    p_kind,
    p_place,
    p_toll,
)
from fogline.fuse import EventSketch

ALONE = 1 / 15  # a report drawn at random is its incident's only one (1-5 reports each, size-biased)


def _p_kind(e: EventSketch, trusting: bool = True) -> list[float]:
    """P(the type and act words of the report | each type of incident). Not ``trusting`` the store where it is
    not reality (what fusion does not use either): any other type as likely as the store's related one, act words
    saying nothing."""
    if trusting:
        return [p_kind(e, t) for t in TYPES]
    kind = (e.event_type, e.sub_event_type)
    return [TYPE_KEPT if kind == t else (1 - TYPE_KEPT) / (len(TYPES) - 1) for t in TYPES]


def _p_new_figure(f: tuple[str, int]) -> float:
    """A report's count of a count no other report gave: how often such a value comes up."""
    return 0.5 / 3 * p_toll(f[1])


def _p_figures(figures: frozenset, seen: list[tuple[str, int]]) -> float:
    """P(the report's counts | the counts the incident's other reports gave): each figure repeats one of them
    (`count_gives`, with the other reports' figure standing for the count) or is one they did not give."""
    fs = sorted(figures)
    best = 0.0

    def walk(i: int, used: frozenset, p: float) -> None:
        nonlocal best
        if p <= best:
            return
        if i == len(fs):
            best = p
            return
        walk(i + 1, used, p * _p_new_figure(fs[i]))
        for j, c in enumerate(seen):
            if j not in used:
                q = count_gives(c, fs[i])
                if q:
                    walk(i + 1, used | {j}, p * q)
    walk(0, frozenset(), 1.0)
    return best


class _Places:
    """A country's towns as arrays, for P(a report's place | each town)."""

    def __init__(self, c: Country, extra: list[tuple[str, float, float]], near_km: float = NEAR_KM[1]):
        self.c, self.near_km = c, near_km
        towns = list({t[0]: t for t in c.towns + extra}.values())  # the places of "far" attacks are towns too
        self.names = {name: i for i, (name, _la, _lo) in enumerate(towns)}
        self.lat = np.array([t[1] for t in towns])
        self.lon = np.array([t[2] for t in towns])
        self.labels = np.array([t[0] for t in towns])
        self.region = np.array([c.region(t[1], t[2])[0] for t in towns])
        self.rings: dict[int, np.ndarray] = {}

    def _km_to(self, lat: float, lon: float) -> np.ndarray:
        p1, p2 = np.radians(lat), np.radians(self.lat)
        h = np.sin((p2 - p1) / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(np.radians(self.lon - lon) / 2) ** 2
        return 12742 * np.arcsin(np.sqrt(np.minimum(1.0, h)))

    def ring(self, i: int) -> np.ndarray:
        """Where the same group strikes far from town i (50-300 km): uniform over the towns there."""
        if i not in self.rings:
            r = self._km_to(self.lat[i], self.lon[i])
            inside = ((r >= 50) & (r <= 300)).astype(float)
            self.rings[i] = inside / max(1.0, inside.sum())
        return self.rings[i]

    def p(self, e: EventSketch) -> np.ndarray:
        km = self._km_to(e.lat, e.lon) if e.geo == 2 else 0.0
        return np.zeros(len(self.names)) + p_place(e, self.labels, self.region, km, self.near_km)


class _Profile:
    """What a group of reports says of their incident: posteriors over its day, town, group and type, and the
    counts they give (uniform priors, the group's by the generator's weights)."""

    def __init__(self, reports: list[EventSketch], places: _Places, pa: dict, pk: dict, pp: dict):
        c = places.c
        lo, hi = days_of(reports[0])
        days = {d: math.prod(p_date(o, d) for o in reports) for d in range(lo, hi + 1)}
        z = sum(days.values())
        self.days = {d: p / z for d, p in days.items() if p} if z else {}
        town = np.ones(len(places.names))
        for o in reports:
            town = town * pp[o.id]
        z = town.sum()
        self.town = town / z if z else None
        w = np.array(c.weights[:len(c.groups)], dtype=float)
        group = w / w.sum()
        for o in reports:
            group = group * pa[o.id]
        z = group.sum()
        self.group = group / z if z else None
        kind = np.full(len(TYPES), 1 / len(TYPES))
        for o in reports:
            kind = kind * pk[o.id]
        z = kind.sum()
        self.kind = kind / z if z else None
        self.figures = sorted({f for o in reports for f in o.figures})

    def likelihood(self, e: EventSketch, pa: dict, pk: dict, pp: dict) -> float:
        if self.town is None or self.group is None or self.kind is None or not self.days:
            return 0.0
        p = sum(p_date(e, d) * q for d, q in self.days.items())
        if p:
            p *= float(pa[e.id] @ self.group) * float(pk[e.id] @ self.kind)
        if p:
            p *= float(pp[e.id] @ self.town)
        return p * _p_figures(e.figures, self.figures) if p else 0.0

    def unseen_likelihoods(self, e: EventSketch, places: _Places, pa: dict, pk: dict, pp: dict
                           ) -> tuple[float, float]:
        """P(e | it comes from this incident's twin, another group's in its town that day) and P(e | from its
        far attack, the same group's 50-300 km away that day or the next), neither described by other reports."""
        if self.town is None or self.group is None or self.kind is None or not self.days:
            return 0.0, 0.0
        figures = _p_figures(e.figures, [])
        same_day = sum(p_date(e, d) * q for d, q in self.days.items())
        twin = same_day * float(pa[e.id] @ ((1 - self.group) / (len(self.group) - 1))) * float(pk[e.id].mean()) \
            * float(pp[e.id] @ self.town) * figures
        days = sum((2 * p_date(e, d) + p_date(e, d + 1)) / 3 * q for d, q in self.days.items())
        far = days * float(pa[e.id] @ self.group) * float(pk[e.id] @ self.kind) * figures
        if far:
            far *= float(pp[e.id] @ places.ring(int(np.argmax(self.town))))
        return twin, far


def reports_oracle(data: list[EventSketch], truth: dict[str, int], incidents: list[dict],
                   cuts: tuple[float, ...] = (0.0, 0.5, 0.8, 0.9, 0.95), trusting: bool = True,
                   twins: float = TWINS, far: float = FAR, grouping: dict[str, Hashable] | None = None
                   ) -> dict[float, dict[str, str]]:
    """Cut → event id → label: each report to the incident its posterior favours, that incident known only as
    its other reports describe it (see the module's docstring). ``trusting=False``: without the store's traits
    that real reports do not share and fusion does not use (act words that follow the type, one related type
    per type, "near" within 40 km: here any type is as likely a mistake, act words say nothing, "near" reaches
    175 km, as fusion allows). ``grouping`` (event id → label): the other reports grouped as this says instead of
    the truth, e.g. as a fusion grouped them — what a second pass that weighs each report against whole incidents
    would reach after that fusion."""
    grouping = grouping if grouping is not None else truth
    # an incident no other report describes may be another group's in a known incident's town and day, or the same
    # group's 50-300 km away (the world's confusers, in these shares), or any incident of the country
    twin_share, far_share = twins / (1 + twins + far), far / (1 + twins + far)
    countries = {inc["country"].name: inc["country"] for inc in incidents}
    extra: dict[str, list] = defaultdict(list)
    for inc in incidents:
        extra[inc["country"].name].append(inc["town"])
    places = {name: _Places(c, extra[name], NEAR_KM[1] if trusting else 175.0) for name, c in countries.items()}
    span = max(inc["day"] for inc in incidents) - min(inc["day"] for inc in incidents) + 1
    pa = {e.id: np.array([p_actors(e, countries[e.country], g) for g in countries[e.country].groups]) for e in data}
    pk = {e.id: np.array(_p_kind(e, trusting)) for e in data}
    pp = {e.id: places[e.country].p(e) for e in data}
    members: dict[Hashable, list[EventSketch]] = defaultdict(list)
    for e in data:
        members[grouping[e.id]].append(e)
    by_day: dict[tuple[str, int], set[Hashable]] = defaultdict(set)  # the days each group's incident may fall on
    told: dict[str, int] = defaultdict(int)  # incidents with two reports or more, by country
    every: dict[str, int] = defaultdict(int)
    for k, ms in members.items():
        for o in ms:
            lo, hi = days_of(o)
            for d in range(lo, hi + 1):
                by_day[(o.country, d)].add(k)
        told[ms[0].country] += len(ms) > 1
        every[ms[0].country] += 1
    profiles: dict[Hashable, _Profile] = {}
    best: dict[str, tuple[Hashable, float]] = {}
    for e in data:
        c = countries[e.country]
        w = np.array(c.weights[:len(c.groups)], dtype=float)
        lo, hi = days_of(e)
        alone = ALONE * (1 - twin_share - far_share) * sum(p_date(e, d) for d in range(lo, hi + 1)) / span \
            * float(pa[e.id] @ (w / w.sum())) * float(pk[e.id].mean()) * float(pp[e.id].mean()) \
            * _p_figures(e.figures, [])
        scores = []
        prior = (1 - ALONE) / max(1, told[e.country])
        twin_prior, far_prior = ALONE * twin_share / every[e.country], ALONE * far_share / every[e.country]
        near = set().union(*(by_day.get((e.country, d), ()) for d in range(lo, hi + 1)))
        for k in sorted(near, key=str):
            others = members[k]
            if k == grouping[e.id]:
                others = [o for o in others if o.id != e.id]
                if not others:
                    continue
                prof = _Profile(others, places[e.country], pa, pk, pp)
            else:
                if k not in profiles:
                    profiles[k] = _Profile(others, places[e.country], pa, pk, pp)
                prof = profiles[k]
            scores.append((k, prior * prof.likelihood(e, pa, pk, pp)))
            twin, far = prof.unseen_likelihoods(e, places[e.country], pa, pk, pp)
            alone += twin_prior * twin + far_prior * far
        total = alone + sum(p for _k, p in scores)
        k, p = max(scores + [(None, alone)], key=lambda kp: kp[1])
        best[e.id] = (k, p / total if total else 0.0)
    return {cut: {e: (f"i{k}" if k is not None and post >= cut else f"alone:{e}") for e, (k, post) in best.items()}
            for cut in cuts}

