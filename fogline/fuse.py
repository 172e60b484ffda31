"""Fusion: the events of many reports that describe one real-world incident become one incident.

Candidates come from blocking (same country, dates within a precision-aware window), so the work
grows near-linearly with the number of events; each candidate pair gets a score from type, date,
place and actors (docs/fusion.md); pairs above the threshold are joined in a fixed order (best
score first, then ids), so the same events always give the same incidents whatever order the
reports arrived in. Manual merges and splits enter as must-link and cannot-link pairs.
"""

from __future__ import annotations

import hashlib
import math
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

THRESHOLD = 2.5
DAYS_APART = -1.0  # two reports that each give the day, two or more days apart: rather two attacks on one place
UNDATED_EXTRA = 0.5  # without a date on one side, the other features must say more
MAX_SPREAD_DAYS = 3  # an incident's dated events lie within three days of each other (a battle may last that long)
WINDOW = {"day": 2, "week": 7, "month": 31, "year": 366, None: 3}
SLACK = {"day": 0, "week": 7, "month": 31, "year": 366}  # how far a date of that precision may be off
TYPE_RANK = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots", "Protests",
             "Strategic developments")
COMPATIBLE_TYPES = {frozenset({"Battles", "Explosions/Remote violence"}),
                    frozenset({"Battles", "Violence against civilians"}),
                    frozenset({"Explosions/Remote violence", "Violence against civilians"})}


@dataclass(frozen=True, slots=True)
class EventSketch:
    """What fusion needs to know about one event."""

    id: str
    document_id: str
    event_type: str
    sub_event_type: str
    day: int | None  # date as an ordinal (published date when the event has none)
    precision: str | None
    country: str | None
    admin1: str | None
    location: str | None
    lat: float | None
    lon: float | None
    actors: frozenset[str] = field(default_factory=frozenset)  # named parties, not civilians
    acts: frozenset[str] = field(default_factory=frozenset)  # trigger word stems: "ambus", "offen"
    geo: int | None = None  # ACLED geo precision: 1 the town, 2 near it, 3 only the region (its centre)
    groups: frozenset[str] = field(default_factory=frozenset)  # the non-state armed groups named, by lineage
    spot: tuple[float, float, float, float] | None = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "spot", _spot(self))  # computed once: fusion asks for it in every check

    @classmethod
    def from_event(cls, e: dict) -> EventSketch:
        d = e.get("date") or e.get("published")
        named = [a for a in e.get("actors") or [] if _named(a)]
        return cls(e["id"], e.get("document_id") or e["id"].rsplit(":", 1)[0], e["event_type"],
                   e["sub_event_type"], date.fromisoformat(d).toordinal() if d else None,
                   e.get("date_precision") if e.get("date") else None, e.get("country"), e.get("admin1"),
                   (e.get("location") or "").casefold() or None, e.get("latitude"), e.get("longitude"),
                   frozenset(a["name"] for a in named),
                   frozenset(w[:5] for ev in e.get("evidence") or [] for w in ev["text"].casefold().split()
                             if len(w) > 3),
                   e.get("geo_precision"), frozenset(_lineage(a["name"]) for a in named if a.get("kind") in ARMED))


def _named(actor: dict) -> bool:
    return actor.get("kind") != "civilians" and not actor["name"].startswith("Unidentified")


ARMED = frozenset({"rebel group", "political militia", "identity militia"})  # kinds whose names tell events apart


@lru_cache(maxsize=4096)
def _lineage(name: str) -> str:
    """The last name of an armed group that was renamed or merged (the dictionary's ``successor``): reports
    of one year name the old group, of the next the new one, and they are the same party."""
    from .actors import ActorDictionary

    actors = ActorDictionary.default()
    entry, seen = actors.by_name(name), set()
    while entry is not None and entry.successor and entry.name not in seen:
        seen.add(entry.name)
        entry = actors.by_name(entry.successor)
    return entry.name if entry is not None and entry.name else name


def km(a: EventSketch, b: EventSketch) -> float | None:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    return _km(a.lat, a.lon, b.lat, b.lon)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742 * math.asin(math.sqrt(min(1.0, h)))


# How far (km) the place a report names may lie from where the incident happened, by geo precision: a town
# (1) is where it happened or close by; "near" a town (2) may be some way along a road. Two reports whose
# places lie further apart than both allowances (and a little slack) tell two incidents, and so do the
# places of two groups of reports: this keeps a chain of reports from walking from town to town.
PLACE_RADIUS = {1: 25.0, 2: 175.0}
PLACE_SLACK = 10.0


def _spot(s: EventSketch) -> tuple[float, float, float, float] | None:
    """Where a report places the event, to ~5 km, its allowance and the cosine of its latitude; None without
    a place finer than a region (a region's centre is not where anything happened)."""
    if s.lat is None or s.lon is None or (s.geo or 1) >= 3:
        return None
    lat = round(s.lat * 20) / 20
    return lat, round(s.lon * 20) / 20, PLACE_RADIUS.get(s.geo or 1, PLACE_RADIUS[1]), math.cos(math.radians(lat))


def _spots_clash(x: tuple[float, float, float, float], y: tuple[float, float, float, float]) -> bool:
    """Further apart than both allowances: a flat-earth distance, within a few per cent of the great circle
    at these distances, at a fraction of its cost."""
    dy, dx = x[0] - y[0], (x[1] - y[1]) * (x[3] + y[3]) / 2
    limit = (x[2] + y[2] + PLACE_SLACK) / 111.2
    return dy * dy + dx * dx > limit * limit


def _groups_clash(g: frozenset[str], h: frozenset[str]) -> bool:
    """Two reports that each name armed groups, none in common, tell the acts of different groups."""
    return bool(g) and bool(h) and g.isdisjoint(h)


def clash(a: EventSketch, b: EventSketch) -> bool:
    """Whether two events cannot be one incident whatever else they share: other armed groups named, or
    places too far apart for their precision (the same rules hold between whole incidents, `_Clusters`)."""
    if _groups_clash(a.groups, b.groups):
        return True
    return a.spot is not None and b.spot is not None and _spots_clash(a.spot, b.spot)


def score(a: EventSketch, b: EventSketch) -> float | None:
    """How strongly two events look like one incident; None when they cannot be."""
    if a.document_id == b.document_id or a.country != b.country or clash(a, b):
        return None
    s = 0.0
    if a.day is not None and b.day is not None:
        gap = abs(a.day - b.day)
        if gap > max(WINDOW[a.precision], WINDOW[b.precision]):
            return None
        s += 1.0 if gap == 0 else (0.5 if gap == 1 else (DAYS_APART if a.precision == b.precision == "day" else 0.0))
    if a.event_type == b.event_type:
        s += 1.0 + (0.5 if a.sub_event_type == b.sub_event_type else 0.0)
    elif frozenset({a.event_type, b.event_type}) in COMPATIBLE_TYPES:
        s += 0.3
    else:
        s -= 1.0
    dist = km(a, b)
    placed = a.spot is not None and b.spot is not None  # two regions' centres agreeing is no evidence
    if a.location and a.location == b.location or placed and dist < 10:
        s += 1.5
    elif placed and dist < 60:
        s += 0.8
    elif dist is not None and dist > 250:
        return None
    if a.admin1 and b.admin1:
        s += 0.5 if a.admin1 == b.admin1 else -1.5
    if a.actors and b.actors:
        shared = len(a.actors & b.actors) / len(a.actors | b.actors)
        s += 1.5 * shared if shared else -1.0
    if a.acts & b.acts:
        s += 0.6  # the same kind of act named: "ambush" and "ambushed"
    return s


def candidate_pairs(sketches: list[EventSketch]) -> Iterable[tuple[EventSketch, EventSketch]]:
    """Blocking: same country, days within the wider of the two date windows, latitudes within
    ~250 km (a sorted bucket and a bisection), and not far apart in longitude either; each pair
    once. Work grows with the number of events times the events of a few days around one place."""
    by_day: dict[tuple[str | None, int], tuple[list[float], list[EventSketch]]] = {}
    undated: dict[str | None, list[EventSketch]] = defaultdict(list)
    groups: dict[tuple[str | None, int], list[EventSketch]] = defaultdict(list)
    for s in sketches:
        if s.day is None:
            undated[s.country].append(s)
        else:
            groups[(s.country, s.day)].append(s)
    for key, group in groups.items():
        group.sort(key=lambda s: (s.lat if s.lat is not None else -999.0, s.id))
        by_day[key] = ([s.lat if s.lat is not None else -999.0 for s in group], group)
    for (country, day), (_lats, group) in sorted(by_day.items(), key=lambda kv: (str(kv[0][0]), kv[0][1])):
        for a in group:
            wa = WINDOW[a.precision]
            for d in range(day - wa, day + wa + 1):
                bucket = by_day.get((country, d))
                if bucket is None:
                    continue
                lats, others = bucket
                if a.lat is None:
                    lo, hi = 0, len(others)
                else:  # events without coordinates sort first (-999) and are always candidates
                    unplaced = bisect_left(lats, -998.0)
                    yield from _pairs(a, others[:unplaced], wa)
                    lo, hi = bisect_left(lats, a.lat - _LAT_SPAN), bisect_right(lats, a.lat + _LAT_SPAN)
                yield from _pairs(a, others[lo:hi], wa)
    dated: dict[str | None, list[EventSketch]] = defaultdict(list)
    for (country, _day), (_lats, group) in by_day.items():
        dated[country] += group
    for country, group in undated.items():  # no published date, relative date: a neighbour of every date
        yield from _undated_pairs(group, dated.get(country, []))


_LAT_SPAN = 2.3  # degrees, ~250 km


def _undated_pairs(group: list[EventSketch], others: list[EventSketch]) -> Iterable[tuple[EventSketch, EventSketch]]:
    """Each undated event of a country with the later undated ones and every dated one that `_far` does not
    rule out: found by latitude (a sorted list and a bisection; unplaced events are always candidates), so the
    work is the events within ~250 km, not the whole country."""
    pool = [(i, b) for i, b in enumerate(group)] + [(len(group), b) for b in others]
    unplaced = [(i, b) for i, b in pool if b.lat is None or b.lon is None]
    placed = sorted(((i, b) for i, b in pool if b.lat is not None and b.lon is not None), key=lambda t: t[1].lat)
    lats = [b.lat for _i, b in placed]
    eps = 1e-6  # the bisection may only widen what `_far`, the real test, keeps
    for i, a in enumerate(group):
        if a.lat is None or a.lon is None:
            near = pool
        else:
            lo, hi = bisect_left(lats, a.lat - _LAT_SPAN - eps), bisect_right(lats, a.lat + _LAT_SPAN + eps)
            near = unplaced + placed[lo:hi]
        for j, b in near:
            if j > i and not _far(a, b):
                yield a, b


def _pairs(a: EventSketch, others: list[EventSketch], wa: int) -> Iterable[tuple[EventSketch, EventSketch]]:
    for b in others:
        gap = abs(b.day - a.day)
        if b is a or gap > wa or (gap <= WINDOW[b.precision] and (b.day, b.id) <= (a.day, a.id)):
            continue  # each pair once: from the side whose window reaches, the smaller first
        if not _far(a, b):
            yield a, b


def _far(a: EventSketch, b: EventSketch) -> bool:
    """Cheaper than the distance: more than ~250 km apart in latitude or longitude."""
    if a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return False
    return abs(a.lat - b.lat) > _LAT_SPAN or abs(a.lon - b.lon) > _LAT_SPAN / max(0.2, math.cos(math.radians(a.lat)))


def _same_battle(a: EventSketch, b: EventSketch) -> bool:
    """A report that dates fighting at one town on two days ('fighting broke out Thursday', 'on
    Saturday the rebels took the town') tells one battle: same town, same type, within three days."""
    return (a.location is not None and a.location == b.location and a.event_type == b.event_type
            and a.day is not None and b.day is not None and abs(a.day - b.day) <= 3)


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
            links.append((-s, a, b))
    for _s, x, y in sorted((s, min(a.id, b.id), max(a.id, b.id)) for s, a, b in _unambiguous(links)):
        rx, ry = clusters.find(x), clusters.find(y)
        if rx != ry and clusters.compatible(rx, ry):
            clusters.union(rx, ry)
    out = {}
    for members in clusters.members.values():
        iid = incident_id(m.id for m in members)
        for m in members:
            out[m.id] = iid
    return out


AMBIGUITY_MARGIN = 1.0


def _unambiguous(links: list[tuple[float, EventSketch, EventSketch]]) -> list[tuple[float, EventSketch, EventSketch]]:
    """The links without the guesses of a report that names no place at all: it links to the reports of
    every incident of that day and type by the same parties, wherever they were. When two of its best links
    (within ``AMBIGUITY_MARGIN``) go to reports that cannot be of one incident (`_apart`), it keeps only the
    links to reports that fit all of those; left alone it would join whichever came first. Depends on the
    links only, so on no order. (Not for a report without any date: its partners are the whole country's
    reports of every date, more than an ingest's fusion loads, so the answer would depend on the order the
    reports came in.)"""
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
    return s.day is not None and s.lat is None and s.admin1 is None


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


def incident_id(event_ids: Iterable[str]) -> str:
    """Named after its smallest event id, so it does not depend on ingest order."""
    return "I" + hashlib.sha1(min(event_ids).encode("utf-8")).hexdigest()[:12]


# -- an incident's fields from its events ------------------------------------------------------
_PRECISION = {"day": 0, "week": 1, "month": 2, "year": 3, None: 4}


def incident_fields(events: list[dict]) -> dict:
    """Best date, place and type from the most precise reports; actors by majority side."""
    dated = sorted(events, key=lambda e: _PRECISION[e.get("date_precision") if e.get("date") else None])
    best_p = dated[0].get("date_precision") if dated[0].get("date") else None
    dates = Counter(e["date"] for e in dated if e.get("date") and e.get("date_precision") == best_p)
    when = min(dates, key=lambda d: (-dates[d], d)) if dates else None
    placed = [e for e in events if e.get("latitude") is not None]
    place_src = min(placed, key=lambda e: (e.get("geo_precision") or 9, -_count(placed, e), e["id"])) if placed \
        else events[0]
    types = Counter((e["event_type"], e["sub_event_type"]) for e in events)
    kind = min(types, key=lambda t: (-types[t], TYPE_RANK.index(t[0]) if t[0] in TYPE_RANK else 9, t[1]))
    sides: dict[str, Counter] = defaultdict(Counter)
    info: dict[str, dict] = {}
    for e in events:
        for a in e.get("actors") or []:
            sides[a["name"]][a["side"]] += 1
            info.setdefault(a["name"], a)
    actors = [{"name": n, "kind": info[n].get("kind"), "country": info[n].get("country"),
               "side": min(c, key=lambda s: (-c[s], s)), "evidence": []} for n, c in sides.items()]
    return {
        "event_type": kind[0], "sub_event_type": kind[1], "date": when, "date_precision": best_p if when else None,
        **{k: place_src.get(k) for k in ("country", "iso3", "admin1", "admin2", "location", "latitude", "longitude",
                                         "geo_precision", "geonames_id")},
        "actors": actors,
    }


def _count(events: list[dict], e: dict) -> int:
    return sum(1 for x in events if x.get("location") == e.get("location"))


def assemble(incident_id: str, events: list[dict]) -> dict:
    """One incident dict: the event fields chosen across reports, every report's claims with their
    source, and estimates and contradictions recomputed over all of them."""
    from .reconcile import reconcile_event
    from .records import Actor, Claim, Event, Place

    events = sorted(events, key=lambda e: e["id"])
    fields = incident_fields(events)
    claims = []
    for e in events:
        for c in e.get("claims") or []:
            claims.append(dict(c, document_id=e.get("document_id"), event_id=e["id"], outlet=e.get("outlet"),
                               url=e.get("url"), published=e.get("published"), language=e.get("language")))
    record = Event(incident_id, fields["event_type"], fields["sub_event_type"], fields["date"],
                   fields["date_precision"], Place(country=fields["country"]),
                   actors=[Actor(a["name"], a["kind"] or "other", a["side"], a["country"]) for a in fields["actors"]],
                   claims=[Claim.from_dict(c) for c in claims],
                   evidence=[])
    reconcile_event(record)
    sources, seen = [], set()
    for e in events:
        if e.get("document_id") not in seen:
            seen.add(e.get("document_id"))
            sources.append({k: e.get(k) for k in ("document_id", "outlet", "url", "published", "language", "title")})
    return {
        "id": incident_id, **fields, "claims": claims,
        "estimates": {k: v.to_dict() for k, v in record.estimates.items()},
        "fatalities": record.fatalities, "contradictions": record.contradictions,
        "grade": record.grade, "grade_reason": record.grade_reason,
        "events": [e["id"] for e in events], "documents": [s["document_id"] for s in sources], "sources": sources,
    }
