"""Joining: candidate pairs above the threshold are joined best first, each join checked against the
clusters as wholes (armed groups, places, dates), so a chain of single links cannot walk from one incident
to another."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable

from .sketch import (
    MAX_SPREAD_DAYS,
    SLACK,
    THRESHOLD,
    UNDATED_EXTRA,
    EventSketch,
    _groups_clash,
    _same_battle,
    _spots_clash,
    candidate_pairs,
    clash,
    score,
)


def incident_id(event_ids: Iterable[str]) -> str:
    """Named after its smallest event id, so it does not depend on ingest order."""
    return "I" + hashlib.sha1(min(event_ids).encode("utf-8")).hexdigest()[:12]


class _Clusters:
    """Union-find over events, with what `compatible` needs kept per cluster so a check costs the smaller
    cluster, not every member pair: its events by document, the latest start and earliest end of its dated
    events' windows, the distinct places (`_spot`) and sets of armed groups its members name, and the
    cannot-links indexed by event id."""

    def __init__(self, sketches: list[EventSketch], cannot: Iterable[frozenset[str]] = ()):
        self.parent = {s.id: s.id for s in sketches}
        self.members = {s.id: [s] for s in sketches}
        self.docs: dict[str, dict[str, list[EventSketch]]] = {s.id: {s.document_id: [s]} for s in sketches}
        self.window: dict[str, tuple[int, int] | None] = {
            s.id: None if s.day is None else (s.day - SLACK.get(s.precision, 0), s.day + SLACK.get(s.precision, 0))
            for s in sketches}
        self.spots: dict[str, set[tuple[float, float, float, float]]] = {
            s.id: {s.spot} if s.spot is not None else set() for s in sketches}
        self.groups: dict[str, set[frozenset[str]]] = {s.id: {s.groups} if s.groups else set() for s in sketches}
        self.cannot: dict[str, set[str]] = defaultdict(set)
        self.refused: set[tuple[str, str]] = set()  # root pairs found incompatible (a root stays one when kept)
        for pair in cannot:
            if len(pair) == 2:
                x, y = pair
                self.cannot[x].add(y)
                self.cannot[y].add(x)

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def compatible(self, ra: str, rb: str) -> bool:
        """Whether two clusters may be one incident. A refusal is remembered: a cluster only grows, and growing
        cannot make two clusters compatible again (shared reports and cannot-links stay, the dates only spread)."""
        pair = (ra, rb) if ra < rb else (rb, ra)
        if pair in self.refused:
            return False
        if not self._compatible(ra, rb):
            self.refused.add(pair)
            return False
        return True

    def _compatible(self, ra: str, rb: str) -> bool:
        small, big = sorted((ra, rb), key=lambda r: len(self.members[r]))
        docs_small, docs_big = self.docs[small], self.docs[big]
        for doc, xs in docs_small.items():  # one report's events are distinct incidents, unless one fight over days
            ys = docs_big.get(doc)
            if ys and not all(_same_battle(x, y) for x in xs for y in ys):
                return False
        window = _widest(self.window[ra], self.window[rb])
        if window and window[0] - window[1] > MAX_SPREAD_DAYS:
            return False  # every dated event, widened by its precision, must fit within a week of the others
        if any(_groups_clash(g, h) for g in self.groups[small] for h in self.groups[big]):
            return False  # one member names only other armed groups than a member of the other incident
        if any(_spots_clash(x, y) for x in self.spots[small] for y in self.spots[big]):
            return False  # a member placed too far from a member of the other incident
        if not self.cannot:
            return True
        return not any(y in self.parent and self.find(y) == big
                       for x in self.members[small] for y in self.cannot.get(x.id, ()))

    def union(self, ra: str, rb: str) -> None:
        keep, gone = sorted((ra, rb))
        self.parent[gone] = keep
        self.members[keep] += self.members.pop(gone)
        small, big = sorted((self.docs.pop(keep), self.docs.pop(gone)), key=len)
        for doc, xs in small.items():
            big.setdefault(doc, []).extend(xs)
        self.docs[keep] = big
        self.window[keep] = _widest(self.window.pop(keep), self.window.pop(gone))
        for agg in (self.spots, self.groups):
            small, big = sorted((agg.pop(keep), agg.pop(gone)), key=len)
            big |= small
            agg[keep] = big


def _widest(a: tuple[int, int] | None, b: tuple[int, int] | None) -> tuple[int, int] | None:
    """(latest start, earliest end) of the dated events of two clusters; None when neither has one."""
    return (max(a[0], b[0]), min(a[1], b[1])) if a and b else a or b


def fuse(sketches: list[EventSketch], *, must_link: Iterable[tuple[str, str]] = (),
         cannot_link: Iterable[tuple[str, str]] = (), threshold: float = THRESHOLD) -> dict[str, str]:
    """Event id → incident id, the same for the same events in any order."""
    clusters = _Clusters(sketches, {frozenset(p) for p in cannot_link})
    for a, b in sorted(must_link):
        if a in clusters.parent and b in clusters.parent:
            ra, rb = clusters.find(a), clusters.find(b)
            if ra != rb:
                clusters.union(ra, rb)
    links = []
    for a, b in candidate_pairs(sketches):
        s = score(a, b)
        if s is not None and s >= threshold + (UNDATED_EXTRA if a.day is None or b.day is None else 0):
            links.append((-s, min(a.id, b.id), max(a.id, b.id), a, b))
    links.sort(key=lambda t: t[:3])
    later = []
    for s, x, y, a, b in links:  # the reports that say where and when first
        if vague(a) or vague(b) or a.day is None or b.day is None:
            later.append((s, x, y, a, b))
        else:
            _join(clusters, x, y)
    _join_vague(clusters, later)
    out = {}
    for members in clusters.members.values():
        iid = incident_id(m.id for m in members)
        for m in members:
            out[m.id] = iid
    return out


AMBIGUITY_MARGIN = 1.0


LINKAGE = 2.0


def _join(clusters: _Clusters, x: str, y: str) -> bool:
    rx, ry = clusters.find(x), clusters.find(y)
    if rx != ry and clusters.compatible(rx, ry) and _alike(clusters, rx, ry):
        clusters.union(rx, ry)
        return True
    return False


def _alike(clusters: _Clusters, rx: str, ry: str) -> bool:
    """Whether two incidents look like one on average, not only through their best pair of reports: the mean
    score over every pair of their members (a pair that cannot be one incident counts as `APART`) reaches
    ``LINKAGE``. One strong link between two reports does not carry the others' differences."""
    xs, ys = clusters.members[rx], clusters.members[ry]
    if len(xs) == 1 and len(ys) == 1:
        return True
    total = 0.0
    for a in xs:
        for b in ys:
            s = score(a, b)
            total += APART if s is None else s
    return total >= LINKAGE * len(xs) * len(ys)


APART = -2.0


def vague(s: EventSketch) -> bool:
    """A report that does not say where or when closely enough to tell neighbouring incidents apart: dated
    only to the week or month (or by its publication), or placed no finer than a region. (A report with no
    date at all is not held back: its partners are the whole country's reports of every date, more than an
    ingest's fusion loads, so whether it fits one incident or two would depend on the order reports came in.)"""
    return s.day is not None and (s.precision != "day" or s.spot is None)


def _join_vague(clusters: _Clusters, links: list[tuple]) -> None:
    """A vague report joins the incident it fits, only when it fits one: its links to the incidents the precise
    reports formed are grouped by incident (an incident's score is its best link) and it joins the best one
    only when no other compatible incident comes within ``AMBIGUITY_MARGIN`` of it; else it stays alone rather
    than guess (and cannot carry another vague report into either). The choices are made against the same
    incidents for every vague report, so they depend on no order; vague reports no precise report fits join
    each other as before."""
    fits: dict[str, dict[str, tuple[float, str]]] = defaultdict(dict)  # vague event -> root -> (score, partner)
    among: list[tuple] = []
    for s, x, y, a, b in links:
        va, vb = vague(a), vague(b)
        if va == vb:  # two vague reports, or a report without any date: last, best first
            among.append((s, x, y, a, b))
            continue
        v, p = (a, b) if va else (b, a)
        root = clusters.find(p.id)
        best = fits[v.id].get(root)
        if best is None or -s > best[0]:
            fits[v.id][root] = (-s, p.id)
    held: set[str] = set()
    joins = []
    for v, roots in sorted(fits.items()):
        rv = clusters.find(v)
        ok = sorted(((sc, r, p) for r, (sc, p) in roots.items() if r != rv and clusters.compatible(rv, r)),
                    key=lambda t: (-t[0], t[1]))
        if not ok:
            continue
        best = ok[0][1]
        if any(sc > ok[0][0] - AMBIGUITY_MARGIN and not clusters.compatible(best, r) for sc, r, _p in ok[1:]):
            held.add(v)  # it fits two incidents that cannot be one: it joins neither
            continue
        joins.append((-ok[0][0], v, ok[0][2]))
    for _s, v, p in sorted(joins):
        _join(clusters, v, p)
    for s, x, y, _a, _b in among:
        if x in held or y in held:
            continue
        rx, ry = clusters.find(x), clusters.find(y)
        if rx == ry:
            continue
        _join(clusters, x, y)
