"""Joining: candidate pairs above the threshold are joined best first, each join checked against the
clusters as wholes (armed groups, places, dates), so a chain of single links cannot walk from one incident
to another."""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import fields
from operator import attrgetter

from .sketch import (
    MAX_SPREAD_DAYS,
    SLACK,
    THRESHOLD,
    UNDATED_EXTRA,
    UNPLACED_EXTRA,
    EventSketch,
    _groups_clash,
    _same_battle,
    _spots_clash,
    _uncommon,
    candidate_pairs,
    clash,
    misattributed,
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
        cannot make two clusters compatible again (shared reports and cannot-links stay, the dates only spread,
        places only add). Not a refusal for armed groups alone: a cluster that takes a misattributed report
        later (`_one_attack`) may then be compatible."""
        pair = (ra, rb) if ra < rb else (rb, ra)
        if pair in self.refused:
            return False
        verdict = self._compatible(ra, rb)
        if verdict == _FINAL:
            self.refused.add(pair)
        return verdict == _OK

    def _compatible(self, ra: str, rb: str) -> int:
        small, big = sorted((ra, rb), key=lambda r: len(self.members[r]))
        docs_small, docs_big = self.docs[small], self.docs[big]
        for doc, xs in docs_small.items():  # one report's events are distinct incidents, unless one fight over days
            ys = docs_big.get(doc)
            if ys and not all(_same_battle(x, y) for x in xs for y in ys):
                return _FINAL
        window = _widest(self.window[ra], self.window[rb])
        if window and window[0] - window[1] > MAX_SPREAD_DAYS:
            return _FINAL  # every dated event, widened by its precision, must fit within a week of the others
        if any(_spots_clash(x, y) for x in self.spots[small] for y in self.spots[big]):
            return _FINAL  # a member placed too far from a member of the other incident
        if self.cannot and any(y in self.parent and self.find(y) == big
                               for x in self.members[small] for y in self.cannot.get(x.id, ())):
            return _FINAL
        if any(_groups_clash(g, h) for g in self.groups[small] for h in self.groups[big]) and \
                not self._one_attack(small, big):
            return _GROUPS  # one member names only other armed groups than a member of the other incident
        return _OK

    def _one_attack(self, small: str, big: str) -> bool:
        """Incidents whose reports name other armed groups that are still one attack: a report of one and a
        report of the other are `misattributed` (found through the uncommon counts they share), or an incident
        that already holds reports of two groups shares a group with the other (its other reports then come in;
        the mean score, `_alike`, keeps out the rest)."""
        counted: dict[tuple[str, int], list[EventSketch]] = defaultdict(list)
        for x in self.members[small]:
            if x.groups and x.spot is not None:
                for f in x.figures:
                    if _uncommon(f[1]):
                        counted[f].append(x)
        if counted:
            for y in self.members[big]:
                if y.groups and y.spot is not None:
                    for f in y.figures:
                        if any(_groups_clash(x.groups, y.groups) and misattributed(x, y) for x in counted.get(f, ())):
                            return True
        if not (self._mixed(small) or self._mixed(big)):
            return False
        return not set().union(*self.groups[small]).isdisjoint(set().union(*self.groups[big]))

    def _mixed(self, root: str) -> bool:
        sets = list(self.groups[root])
        return any(_groups_clash(g, h) for i, g in enumerate(sets) for h in sets[i + 1:])

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


_OK, _GROUPS, _FINAL = 0, 1, 2  # compatible; refused for armed groups (may change as clusters grow); refused


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
    scores = _Scores(sketches)
    links = []
    for a, b in candidate_pairs(sketches):
        s = scores(a, b)
        if s is not None and s >= threshold + _extra(a, b):
            links.append((-s, a, b))
    for _s, x, y in sorted((s, min(a.id, b.id), max(a.id, b.id)) for s, a, b in _unambiguous(links)):
        rx, ry = clusters.find(x), clusters.find(y)
        if rx != ry and clusters.compatible(rx, ry) and _alike(clusters, rx, ry, scores):
            clusters.union(rx, ry)
    out = {}
    for members in clusters.members.values():
        iid = incident_id(m.id for m in members)
        for m in members:
            out[m.id] = iid
    return out


_NOT_CONTENT = frozenset({"id", "document_id"})
_UNKNOWN = object()


class _Scores:
    """`score`, once per pair of sketch contents: every field but the ids, and whether the two share a report
    (all `score` asks of the ids). Copies of a story (a wire text reprinted, a feed repeating it) have one
    content, and `_alike` asks again for the pairs the links already scored, every time an incident grows.
    Only pairs with a content told more than once are kept: the others come again only to `_alike`, seldom,
    and a feed of distinct reports would keep every candidate pair for nothing."""

    def __init__(self, sketches: list[EventSketch]):
        content = attrgetter(*(f.name for f in fields(EventSketch) if f.name not in _NOT_CONTENT))
        contents: dict[tuple, int] = {}
        self.kind = {s.id: contents.setdefault(content(s), len(contents)) for s in sketches}
        told = Counter(self.kind.values())
        self.repeated = [told[k] > 1 for k in range(len(contents))]
        self.memo: dict[tuple[int, int, bool], float | None] = {}

    def __call__(self, a: EventSketch, b: EventSketch) -> float | None:
        ka, kb = self.kind[a.id], self.kind[b.id]
        if not (self.repeated[ka] or self.repeated[kb]):
            return score(a, b)
        key = (ka, kb, a.document_id == b.document_id)
        s = self.memo.get(key, _UNKNOWN)
        if s is _UNKNOWN:
            s = self.memo[key] = score(a, b)
        return s


def _extra(a: EventSketch, b: EventSketch) -> float:
    """What a link must score beyond the threshold when one report has no date, or neither says where."""
    return (UNDATED_EXTRA if a.day is None or b.day is None else 0.0) + (
        UNPLACED_EXTRA if a.spot is None and b.spot is None else 0.0)


LINKAGE = 2.0  # the mean score two incidents' members must reach to be joined
APART = -2.0  # what a pair that cannot be one incident counts for in that mean
LINKAGE_SAMPLE = 12  # members compared on each side (the first joined): a feed repeating a story makes big ones


def _alike(clusters: _Clusters, rx: str, ry: str, scores: _Scores) -> bool:
    """Whether two incidents look like one on average, not only through their best pair of reports: the mean
    score over every pair of their members (a pair that cannot be one incident counts as `APART`) reaches
    ``LINKAGE``. One strong link between two reports does not carry the others' differences."""
    xs, ys = clusters.members[rx][:LINKAGE_SAMPLE], clusters.members[ry][:LINKAGE_SAMPLE]
    if len(xs) == 1 and len(ys) == 1:
        return True
    total = 0.0
    kind, memo = scores.kind, scores.memo
    for a in xs:
        ka, da = kind[a.id], a.document_id
        for b in ys:  # the memo read here, `scores` only when it lacks the pair: most pairs are known
            s = memo.get((ka, kind[b.id], da == b.document_id), _UNKNOWN)
            if s is _UNKNOWN:
                s = scores(a, b)
            total += APART if s is None else s
    return total >= LINKAGE * len(xs) * len(ys)


AMBIGUITY_MARGIN = 0.5  # within this of its best link, another incident makes a vague report ambiguous


def _unambiguous(links: list[tuple[float, EventSketch, EventSketch]]) -> list[tuple[float, EventSketch, EventSketch]]:
    """The links without the guesses of a vague report (`_vague`): one dated only to the week or month, or
    placed only in a region or nowhere, links to the reports of every incident of those days and type by the
    same parties. When two of its best links (within ``AMBIGUITY_MARGIN``) go to reports that cannot be of one
    incident (`_apart`), it keeps only the links to reports that fit all of those; left alone it would join
    whichever came first. Depends on the links only, so on no order. (Not for a report without any date: its
    partners are the whole country's reports of every date, more than an ingest's fusion loads, so the answer
    would depend on the order the reports came in.)"""
    partners: dict[str, list[tuple[float, EventSketch]]] = defaultdict(list)
    for s, a, b in links:
        if _vague(a):
            partners[a.id].append((-s, b))
        if _vague(b):
            partners[b.id].append((-s, a))
    drop: set[tuple[str, str]] = set()
    for x, found in partners.items():
        if len(found) < 2:
            continue
        best = max(s for s, _ in found)
        kinds: dict[tuple, list[EventSketch]] = defaultdict(list)  # partners alike for `_apart`, checked once
        band: set[tuple] = set()
        for s, y in found:
            key = (y.spot, y.groups, y.admin1, y.day, y.precision)
            kinds[key].append(y)
            if s >= best - AMBIGUITY_MARGIN:
                band.add(key)
        tops = list(band)
        if not any(_apart(kinds[k][0], kinds[j][0]) for i, k in enumerate(tops) for j in tops[i + 1:]):
            continue
        for k, ys in kinds.items():
            if any(_apart(ys[0], kinds[j][0]) for j in tops if j != k):
                drop.update((x, y.id) for y in ys)
    if not drop:
        return links
    return [(s, a, b) for s, a, b in links if (a.id, b.id) not in drop and (b.id, a.id) not in drop]


def _vague(s: EventSketch) -> bool:
    """A report that does not say where or when closely enough to tell neighbouring incidents apart: dated
    only to the week or month (or by its publication), or placed no finer than a region. (Not a report with
    no date at all: see `_unambiguous`.)"""
    return s.day is not None and (s.precision != "day" or s.spot is None)


def _apart(a: EventSketch, b: EventSketch) -> bool:
    """Two reports hardly of one incident: `clash`, placed in different regions, dated too far apart for one
    incident (`MAX_SPREAD_DAYS` beyond what their precision allows), or each giving the day, more than a day
    apart."""
    if clash(a, b) or a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return True
    if a.day is None or b.day is None:
        return False
    gap = abs(a.day - b.day)
    return (gap > SLACK.get(a.precision, 0) + SLACK.get(b.precision, 0) + MAX_SPREAD_DAYS
            or a.precision == b.precision == "day" and gap >= 2)
