"""What fusion compares: a sketch of each event, the score of a pair, the rules that keep two events
apart, and the blocking that finds candidate pairs near-linearly."""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from ..vocab import KILLED

THRESHOLD = 2.5
# The weights of dates, places, types and figures are close to log-likelihood ratios: how much more often two
# reports of one incident show the feature than two reports of different incidents that blocking puts side by
# side (`bench.fusion --ratios` measures them on the generated store; docs/fusion.md). What tells neighbouring
# incidents apart sharply (one town, one day, an uncommon count) weighs more than what candidates share anyway.
SAME_DAY, NEXT_DAY, DAYS_APART = 1.7, 0.2, -2.9  # both give the day: a day apart is a late report, two are two acts
MONTH_ONLY = -1.0  # a date no finer than the month fits every incident of those weeks (a week, or none: 0)
SAME_TYPE, SAME_SUB_TYPE, RELATED_TYPE, OTHER_TYPE = 0.5, 0.6, 0.0, -4.0
SAME_PLACE, CLOSE_PLACE, NEAR_PLACE = 2.8, 2.1, 1.7  # one place named / < 10 km / < 60 km (both finer than a region)
PLACES_APART = -1.5  # 60-250 km (both finer than a region): "near" a town may be a road between two towns
SAME_ADMIN1, OTHER_ADMIN1 = 1.0, -2.5
SAME_ACTS = 0.6  # the same kind of act named: "ambush" and "ambushed"
UNDATED_EXTRA = 0.5  # without a date on one side, the other features must say more
UNPLACED_EXTRA = 1.0  # neither placed finer than a region: a region holds several incidents of those days
MAX_SPREAD_DAYS = 3  # an incident's dated events lie within three days of each other (a battle may last that long)
WINDOW = {"day": 2, "week": 7, "month": 31, "year": 366, None: 3}
SLACK = {"day": 0, "week": 7, "month": 31, "year": 366}  # how far a date of that precision may be off
TYPE_RANK = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots", "Protests",
             "Strategic developments")
COMPATIBLE_TYPES = {frozenset({"Battles", "Explosions/Remote violence"}),
                    frozenset({"Battles", "Violence against civilians"}),
                    frozenset({"Explosions/Remote violence", "Violence against civilians"})}
# force used on protesters is an attack on civilians as another report may tell it; a peaceful protest is not
FORCE_ON_PROTESTERS = ("Protests", "Excessive force against protesters")


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
    figures: frozenset[tuple[str, int]] = field(default_factory=frozenset)  # the report's exact counts: ("killed", 14)
    spot: tuple[float, float, float, float] | None = field(init=False, compare=False, repr=False)
    tolls: tuple[int, ...] = field(init=False, compare=False, repr=False)  # the death tolls among the figures

    def __post_init__(self) -> None:
        object.__setattr__(self, "spot", _spot(self))  # computed once: fusion asks for it in every check
        object.__setattr__(self, "tolls", tuple(sorted(n for w, n in self.figures if w == KILLED)))

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
                   e.get("geo_precision"), frozenset(_lineage(a["name"]) for a in named if a.get("kind") in ARMED),
                   _figures(e.get("claims") or []))


def _figures(claims: list[dict]) -> frozenset[tuple[str, int]]:
    """The exact counts a report gives (what, number), bounds of a range included: reports of one incident
    repeat them ("14 vehicles seized", "3 of its fighters killed"); words like "dozens" give no figure."""
    out = set()
    for c in claims:
        if c.get("vague") or not c.get("what") or c["what"] == "other":
            continue
        for n in (c.get("low"), c.get("high")):
            if isinstance(n, int) and n > 0:
                out.add((c["what"], n))
    return frozenset(out)


def _named(actor: dict) -> bool:
    return actor.get("kind") != "civilians" and not actor["name"].startswith("Unidentified")


ARMED = frozenset({"rebel group", "political militia", "identity militia"})  # kinds whose names tell events apart


@lru_cache(maxsize=4096)
def _lineage(name: str) -> str:
    """The last name of an armed group that was renamed or merged (the dictionary's ``successor``): reports
    of one year name the old group, of the next the new one, and they are the same party."""
    from ..actors import ActorDictionary

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
# Two reports that each place the event in a town (geo precision 1) name one town, or two spellings of it: in
# the real reports of ../shared/corpus/dev no two reports of one incident place it in two different towns.
# Different towns further apart than this are two incidents (a town and a place "near" one keep the radii).
TOWNS_APART = 20.0


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
    limit = (TOWNS_APART if x[2] == y[2] == PLACE_RADIUS[1] else x[2] + y[2] + PLACE_SLACK) / 111.2
    return dy * dy + dx * dx > limit * limit


def _groups_clash(g: frozenset[str], h: frozenset[str]) -> bool:
    """Two reports that each name armed groups, none in common, tell the acts of different groups."""
    return bool(g) and bool(h) and g.isdisjoint(h)


def misattributed(a: EventSketch, b: EventSketch) -> bool:
    """Two reports that name other armed groups but place the act in one place (one town's name, or within
    10 km) and give an uncommon exact count in common (`_uncommon`): one attack credited to two groups, as
    reports do (a rival's attack blamed on the group that usually strikes there, a coalition named by one of
    its members). Two groups' attacks in one place rarely share such a count."""
    if not (a.figures and b.figures and a.spot is not None and b.spot is not None):
        return False
    if not any(_uncommon(n) for _w, n in a.figures & b.figures):
        return False
    return a.location is not None and a.location == b.location or (km(a, b) or 99.0) < 10


def _uncommon(n: int) -> bool:
    """A count that other incidents seldom give too: more than 3, not a round ten."""
    return n > 3 and n % 10 != 0


def clash(a: EventSketch, b: EventSketch) -> bool:
    """Whether two events cannot be one incident whatever else they share: other armed groups named (unless
    `misattributed`), or places too far apart for their precision (the same rules hold between whole
    incidents, `_Clusters`)."""
    if _groups_clash(a.groups, b.groups) and not misattributed(a, b):
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
        s += _dates_score(a.precision, b.precision, gap)
    if a.event_type == b.event_type:
        s += SAME_TYPE + (SAME_SUB_TYPE if a.sub_event_type == b.sub_event_type else 0.0)
    else:
        ra, rb = _as_related(a), _as_related(b)
        s += RELATED_TYPE if ra == rb or frozenset({ra, rb}) in COMPATIBLE_TYPES else OTHER_TYPE
    if a.location and a.location == b.location:
        s += SAME_PLACE
    else:  # the distance only when the names differ (most pairs of one incident's reports name one place)
        dist = km(a, b)
        placed = a.spot is not None and b.spot is not None  # two regions' centres agreeing is no evidence
        if placed and dist < 10:
            s += CLOSE_PLACE
        elif placed and dist < 60:
            s += NEAR_PLACE
        elif dist is not None and dist > 250:
            return None
        elif placed:
            s += PLACES_APART
    if a.admin1 and b.admin1:
        s += SAME_ADMIN1 if a.admin1 == b.admin1 else OTHER_ADMIN1
    if a.actors and b.actors:
        s += _actors_score(a, b)
    if a.acts & b.acts:
        s += SAME_ACTS
    if a.figures and b.figures:
        s += figures_score(a, b)
    return s


def _dates_score(p: str | None, q: str | None, gap: int) -> float:
    """Two dates within their window: the same day is strong evidence only when both reports give the day (two
    dates of a week or a month agree by construction, not because the reports do); a day apart is what a late
    report or a night attack gives; two days apart or more, two acts."""
    if p == q == "day":
        return SAME_DAY if gap == 0 else (NEXT_DAY if gap == 1 else DAYS_APART)
    return MONTH_ONLY if p in ("month", "year") or q in ("month", "year") else 0.0


# Parties: reports of one incident name its armed group, or only the state forces ("the army said"), or one
# side. An armed group named by both is strong evidence. A party that is no armed group (the state forces, a
# foreign force) takes part in most of a country's events, so naming it is what every report of those days does:
# shared alone it is weak evidence, or two reports of two groups' attacks in one town would look alike.
ONLY_FORCES_SHARED = 0.4


def _actors_score(a: EventSketch, b: EventSketch) -> float:
    """Shared parties for; none in common against."""
    shared = a.actors & b.actors
    if not shared:
        return -1.0
    if a.groups & b.groups:
        return 1.5 * len(shared) / len(a.actors | b.actors)
    return ONLY_FORCES_SHARED


# Figures: reports of one incident repeat its counts (a toll, the vehicles seized, the wounded), from one
# source or copying each other; a small or round number ("3 killed", "about 20") is a weaker sign, as other
# incidents give it too. Two death tolls that no reading brings together (neither a rising toll nor another
# claimant's count is usually more than ~2.5 times the other) tell two incidents.
FIGURE_EXACT, FIGURE_COMMON, FIGURES_MAX = 2.7, 0.4, 4.0
TOLLS_APART, TOLLS_OTHER, FIGURES_OTHER = -2.3, -0.5, -0.6


def figures_score(a: EventSketch, b: EventSketch) -> float:
    """What two reports' figures say: shared exact counts for (an uncommon one strongly); when none is shared,
    against: a little (a count that rose, another source's), death tolls far apart more."""
    shared = a.figures & b.figures
    if shared:
        return min(FIGURES_MAX, sum(FIGURE_EXACT if _uncommon(n) else FIGURE_COMMON for _w, n in shared))
    if a.tolls and b.tolls:
        return TOLLS_OTHER if any(_tolls_close(x, y) for x in a.tolls for y in b.tolls) else TOLLS_APART
    return FIGURES_OTHER


def _tolls_close(x: int, y: int) -> bool:
    return x <= 2.5 * y + 3 and y <= 2.5 * x + 3


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
            wa, mine = WINDOW[a.precision], (a.day, a.id)
            lon_span = None if a.lat is None or a.lon is None else _lon_span(a.lat)  # `_far`, worked out once
            for d in range(day - wa, day + wa + 1):
                bucket = by_day.get((country, d))
                if bucket is None:
                    continue
                lats, others = bucket
                if a.lat is not None:  # events without coordinates sort first (-999) and are always candidates
                    unplaced = bisect_left(lats, -998.0)
                    lo, hi = bisect_left(lats, a.lat - _LAT_SPAN), bisect_right(lats, a.lat + _LAT_SPAN)
                    others = others[:unplaced] + others[lo:hi] if unplaced else others[lo:hi]
                gap = abs(d - day)
                for b in others:  # `_pairs`, with what is the same for the whole bucket taken out
                    if b is a or (gap <= WINDOW[b.precision] and (b.day, b.id) <= mine):
                        continue  # each pair once: from the side whose window reaches, the smaller first
                    if lon_span is not None and b.lat is not None and b.lon is not None and (
                            abs(a.lat - b.lat) > _LAT_SPAN or abs(a.lon - b.lon) > lon_span):
                        continue
                    yield a, b
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
        if a.lat is None or a.lon is None:  # `_far` rules nothing out
            yield from ((a, b) for j, b in pool if j > i)
            continue
        lo, hi = bisect_left(lats, a.lat - _LAT_SPAN - eps), bisect_right(lats, a.lat + _LAT_SPAN + eps)
        lat, lon, span = a.lat, a.lon, _lon_span(a.lat)  # `_far(a, b)`, with what is a's worked out once
        for j, b in unplaced:
            if j > i:
                yield a, b
        for j, b in placed[lo:hi]:
            if j > i and not (abs(lat - b.lat) > _LAT_SPAN or abs(lon - b.lon) > span):
                yield a, b


def _far(a: EventSketch, b: EventSketch) -> bool:
    """Cheaper than the distance: more than ~250 km apart in latitude or longitude."""
    if a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return False
    return abs(a.lat - b.lat) > _LAT_SPAN or abs(a.lon - b.lon) > _lon_span(a.lat)


def _lon_span(lat: float) -> float:
    """The degrees of longitude `_far` allows at this latitude."""
    return _LAT_SPAN / max(0.2, math.cos(math.radians(lat)))


def _same_battle(a: EventSketch, b: EventSketch) -> bool:
    """A report that dates fighting at one town on two days ('fighting broke out Thursday', 'on
    Saturday the rebels took the town') tells one battle: same town, same type, within three days."""
    return (a.location is not None and a.location == b.location and a.event_type == b.event_type
            and a.day is not None and b.day is not None and abs(a.day - b.day) <= 3)


def _as_related(e: EventSketch) -> str:
    """The type an event is compared as with events of other types."""
    return "Violence against civilians" if (e.event_type, e.sub_event_type) == FORCE_ON_PROTESTERS else e.event_type
