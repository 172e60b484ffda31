"""Of the towns an event's sentences name, the finer place: the smallest town of the region its sentences name
('an attack in Bokkos' ... 'the gunmen struck Mushu village'), the town named near a road rather than the road's
ends, the town the event's own words lead to rather than 'near' another ('killed 20 near Beni' ... 'the rebels
attacked Oicha'). Apart from placing, which weighs where the event's sentences put it."""

from __future__ import annotations

import re
from functools import cache

from ..lang import resources_or_english
from .draft_places import places_conflict
from .other_events import other_event
from .place_mention import PlaceMention
from .segment import EventDraft
from .stated_areas import StatedAreas
from .views import DocumentContext

_OWN_PHRASE = 40  # characters from the event's word to a town its own phrase names ('attacked the base in X')


class FinerTowns:
    def __init__(self, areas: StatedAreas):
        self.areas = areas

    def most_precise(self, best: PlaceMention | None, draft: EventDraft, ctx: DocumentContext) -> PlaceMention | None:
        """Of the towns of one region that the event's sentences name, the smallest: the lead's 'an attack in
        Bokkos' and the next line's 'the gunmen struck Mushu village' are one event, at Mushu."""
        if best is not None and best.precision == 2 and best.pair:
            return self._nearer(best, draft, ctx)
        if best is not None and best.precision == 2:
            return self._told_town(best, draft, ctx)
        if best is None or best.precision != 1 or best.entry.kind not in ("city", "supplement"):
            return best
        where = (best.entry.country_code, best.entry.admin1)
        if (near := self._near_in_region(best, draft, ctx)) is not None:
            return near
        # "killed two people in X and one in Y": towns of the best one's own sentence are other places, listed
        own = _own(best, draft, ctx)
        towns = [p for i in draft.sentences for p in ctx.views[i].places if p.precision == 1
                 and p.entry.kind in ("city", "supplement") and (p.entry.country_code, p.entry.admin1) == where
                 and (p is best or i not in own)]
        if any(p is not best for p in towns):
            # a town named as its area ('dans le territoire de Lubero', 'Lubero territory') is the larger place
            areas = [a for i in draft.sentences for a in self.areas.of(ctx, i)]
            towns = [p for p in towns if p is best or not any(a.start <= p.start < a.end for a in areas)
                     and not other_event(p, draft, ctx)]
        return min(towns, key=lambda p: (p.entry.population, p.start), default=best)

    def _near_in_region(self, best: PlaceMention, draft: EventDraft, ctx: DocumentContext) -> PlaceMention | None:
        """'Gunmen killed 12 people in Kaduna' ... 'the attack took place near Kajuru': a capital named like its
        region may stand for the region; a town the event's later sentences place it near, in that region and
        led to by the event's words, is the finer place."""
        e = best.entry
        if not any((r.country_code, r.admin1) == (e.country_code, e.admin1)
                   for r in self.areas.gazetteer.admin1(e.name)):
            return None
        own = _own(best, draft, ctx)
        text = ctx.doc.text
        near = [p for i in draft.sentences if i not in own and not ctx.views[i].background
                for p in ctx.views[i].places if p.precision == 2 and not p.pair
                and p.entry.kind in ("city", "supplement") and p.entry != e
                and (p.entry.country_code, p.entry.admin1) == (e.country_code, e.admin1)
                and any(h.end <= p.start <= h.end + _OWN_PHRASE and not set(";.") & set(text[h.end:p.start])
                        for h in draft.hits)
                and not self.named_as_area(p, ctx) and not other_event(p, draft, ctx)]
        return min(near, key=lambda p: p.start, default=None)

    def _told_town(self, best: PlaceMention, draft: EventDraft, ctx: DocumentContext) -> PlaceMention:
        """The lead's 'killed 20 people near Beni' and a later sentence of the event's own 'the rebels attacked
        Oicha': the town the event's words name itself, in the same region and within reach of the first, is finer
        than 'near' a town. Not a town named as its area, nor one of another incident."""
        if best.entry.kind not in ("city", "supplement") or self.named_as_area(best, ctx):
            return best
        own = _own(best, draft, ctx)
        where = (best.entry.country_code, best.entry.admin1)
        text = ctx.doc.text
        passive, happened = _told_rx(ctx.doc.language)

        def led(p: PlaceMention) -> bool:
            # the event's word leads to it in its own phrase ('attacked Oicha', 'the fighting was in X'), not a
            # plea that names a town further on ('maintient son bilan et réclame des renforts autour d'Eringeti');
            # or follows it in the passive ('Oicha was attacked at night')
            return any(h.end <= p.start <= h.end + _OWN_PHRASE and not set(";,.") & set(text[h.end:p.start])
                       or p.end < h.start <= p.end + _OWN_PHRASE and passive.match(text[p.end:h.start])
                       for h in draft.hits)

        # the lines right after the lead that say where it happened ('It happened in Oicha', 'L'attaque s'est
        # produite à X'), though they hold no event word of their own
        lead = draft.sentences[0] if draft.sentences else -1
        told = [i for i in draft.other_sentences if 0 < i - lead <= 2]
        towns = [p for i in draft.sentences + told if i not in own and not ctx.views[i].background
                 for p in ctx.views[i].places if p.precision == 1 and p.entry.kind in ("city", "supplement")
                 and (p.entry.country_code, p.entry.admin1) == where and p.entry != best.entry
                 and not places_conflict(best, p)
                 and (led(p) if i in draft.sentences else bool(happened.search(text[max(0, p.start - 80):p.start])))
                 and not self.named_as_area(p, ctx) and not other_event(p, draft, ctx)]
        return min(towns, key=lambda p: p.start, default=best)

    def _nearer(self, best: PlaceMention, draft: EventDraft, ctx: DocumentContext) -> PlaceMention:
        """The lead's 'on the Juba-Nimule road' and the next line's 'near Pageri': the town named near the road, not
        one of its ends."""
        own = _own(best, draft, ctx)
        cc = best.entry.country_code
        # the event's sentences, and the lines right after its lead that tell it
        near = [i for i in draft.other_sentences if draft.sentences and 0 < i - draft.sentences[0] <= 2]
        towns = [p for i in draft.sentences + near if i not in own for p in ctx.views[i].places
                 if p.entry.kind in ("city", "supplement") and not p.pair and p.precision == 2
                 and p.entry.country_code == cc and not other_event(p, draft, ctx)]
        return min(towns, key=lambda p: (p.precision, p.entry.population, p.start), default=best)

    def named_as_area(self, p: PlaceMention, ctx: DocumentContext) -> bool:
        """Whether a town is named as its area ('Gusau local government area', 'Beni territory')."""
        idx = ctx.index_at(p.start)
        return idx is not None and any(a.start <= p.start < a.end for a in self.areas.of(ctx, idx))


def _own(best: PlaceMention, draft: EventDraft, ctx: DocumentContext) -> list[int]:
    """The event's sentence that names ``best`` (as a list: none when another sentence of the report does)."""
    return [i for i in draft.sentences if ctx.views[i].s.start <= best.start < ctx.views[i].s.end]


@cache
def _told_rx(language: str) -> tuple[re.Pattern, re.Pattern]:
    """The language's 'X was attacked' (between a town and the event's word) and 'It happened in' (before a town)."""
    data = resources_or_english(language)["places"]
    return (re.compile(data.get("passive_between", "(?!)"), re.I),
            re.compile(data.get("happened_before", "(?!)"), re.I))
