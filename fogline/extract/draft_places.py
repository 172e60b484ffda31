"""The places of event drafts: the most precise place of an event's sentence, and whether two places are two
incidents. Apart from segmentation so that placing and dating weigh places alike."""

from __future__ import annotations

from ..text import fold
from .dates import DateMention
from .place_mention import UNLISTED, PlaceMention
from .triggers import TriggerHit
from .views import DocumentContext, SentenceView

LEAD_REACH = 80  # characters between an event's word and the town it leads to ('killed four people in B')


def places_conflict(a: PlaceMention | None, b: PlaceMention | None) -> bool:
    """Two towns more than ~40 km apart, or two different regions, are two incidents."""
    if a is None or b is None:
        return False
    if UNLISTED in (a.entry.kind, b.entry.kind):  # no coordinates of its own: only the names can differ
        return a.entry.kind == b.entry.kind and fold(a.entry.name) != fold(b.entry.name)
    if a.precision == 4 or b.precision == 4:
        return a.entry.country_code != b.entry.country_code
    if a.precision == 3 or b.precision == 3:
        return bool(a.entry.admin1 and b.entry.admin1 and a.entry.admin1 != b.entry.admin1)
    if a.entry == b.entry:
        return False
    dlat = a.entry.latitude - b.entry.latitude
    dlon = a.entry.longitude - b.entry.longitude
    return (dlat * dlat + dlon * dlon) ** 0.5 > 0.4


def placed_by_region(v: SentenceView, place: PlaceMention | None) -> PlaceMention | None:
    """The place to tell incidents apart by: a village the gazetteer lacks has no coordinates, so the region named
    after it in its sentence ('Dhagaxley, a village in the Lower Juba region') stands for it; else the place."""
    if place is None or place.entry.kind != UNLISTED:
        return place
    regions = [p for p in v.places if p.precision == 3 and p.start > place.start and p.entry.admin1
               and p.entry.country_code == place.entry.country_code]
    return regions[0] if len({p.entry.admin1 for p in regions}) == 1 else place


def another_day(day: DateMention | None, v: SentenceView) -> bool:
    """Whether a sentence tells a day other than ``day``, an event's ('...in North Waziristan on Monday. Funeral
    prayers were held in Bannu on Tuesday'): what it says happened then, not where the event did."""
    return day is not None and any(d.date and (d.date, d.precision) != (day.date, day.precision) for d in v.dates)


def event_place(v: SentenceView, hits: list[TriggerHit]) -> PlaceMention | None:
    """The most precise place of the event's sentence. Of two towns, one named before every word of the
    event ('A residents say ...', 'A officials said the death toll in B ...') names a speaker or an origin: the
    town the event's words lead to ('the death toll in B', 'killed four people in B') is where it happened."""
    best = best_place(v.places)
    if best is None or best.precision > 2 or any(h.end <= best.start for h in hits):
        return best
    base, text = v.s.start, v.s.text
    led = [p for p in sorted(v.places, key=lambda p: p.start) if (p.precision, p.pair) == (best.precision, best.pair)
           and any(h.end <= p.start <= h.end + LEAD_REACH and ";" not in text[h.end - base:p.start - base]
                   for h in hits)]
    return led[0] if led else best


def best_place(places: list[PlaceMention]) -> PlaceMention | None:
    """The most precise place, the first named among equals; a road's towns after another town 'near' ('on the
    Gusau-Funtua road near Tsafe': Tsafe)."""
    ranked = sorted(places, key=lambda p: (p.precision, p.pair, p.start))
    return ranked[0] if ranked else None


_STRAY_POPULATION = 20000  # a smaller town of the name may well be a namesake of the report's own village


def stray(place: PlaceMention, ctx: DocumentContext) -> bool:
    """A small town alone in its region among the report's news places."""
    if place.precision > 2 or place.entry.kind != "city" or place.entry.population >= _STRAY_POPULATION:
        return False
    where = (place.entry.country_code, place.entry.admin1)
    regions = ctx.memo.get("segment_regions")
    if regions is None:
        regions = ctx.memo["segment_regions"] = [((p.entry.country_code, p.entry.admin1), p.entry.name)
                                                 for w in ctx.views if not w.background for p in w.places]
    others = {r for r, name in regions if name != place.entry.name}
    return bool(others) and where not in others
