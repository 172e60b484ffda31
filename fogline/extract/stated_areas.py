"""The areas and regions named with an event ("Konduga local government area", "Tabayin, Sagaing region"): the
event's place when nothing finer is known, else which of the towns of a name it is. Apart from placing, which
asks a sentence's areas at many of its steps."""

from __future__ import annotations

from dataclasses import replace

from ..gazetteer import Gazetteer
from .areas import area_reader
from .place_mention import UNLISTED, PlaceMention
from .places import PlaceReader
from .segment import EventDraft
from .views import DocumentContext, shift

_NAMESAKE_POPULATION = 20000  # a smaller town of the name in another region than the one stated is a namesake
# a town of the name this small is a namesake when the words right after it say it lies elsewhere ('X, in Y state')
_SAID_NAMESAKE_POPULATION = 100000
_STATED_REACH = 40  # characters from a town to the area or region stated as where it lies ('X village, Y LGA')


class StatedAreas:
    """The second-level areas of an event's sentences, and the town they or a stated region choose."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer

    def of(self, ctx: DocumentContext, idx: int) -> list[PlaceMention]:
        """The areas of one sentence, read once per report (asked per event and per step of placing)."""
        found = ctx.memo.get(("areas", idx))
        if found is None:
            v = ctx.views[idx]
            codes = tuple(c.country_code for c in map(self.gazetteer.country, ctx.countries[:3]) if c)
            found = ctx.memo[("areas", idx)] = shift(area_reader(ctx.doc.language, self.gazetteer).find(
                v.s.text, codes), v.s.start)
        return found

    def fit(self, best: PlaceMention | None, draft: EventDraft, ctx: DocumentContext,
            reader: PlaceReader) -> PlaceMention | None:
        """The event's place given the areas and regions named with it: an area when nothing finer is known or
        when the town is the area's own name; else the town of that name in the area's (or stated region's)
        region, when the gazetteer has one there."""
        idxs = draft.sentences + draft.other_sentences
        areas = [a for idx in idxs for a in self.of(ctx, idx)]
        if best is None or best.precision >= 3:
            if idxs:  # "...a base in Borno State. The terrorists rode into Magumeri LGA": the lead's next lines
                after = [i for i in range(idxs[0] + 1, min(idxs[0] + 3, len(ctx.views)))
                         if i not in idxs and not ctx.views[i].background]
                areas += [a for i in after for a in self.of(ctx, i)]
            # an area the curated lists lack ("Pigi County") has no region of its own: it fits its country
            fit = [a for a in areas if best is None or (a.entry.country_code == best.entry.country_code and (
                best.precision == 4 or a.entry.admin1 in (best.entry.admin1, None)))]
            return fit[0] if fit else best
        if best.entry.kind == UNLISTED:
            return best
        inside = next((a for a in areas if a.start <= best.start < a.end), None)
        if inside:
            return inside  # "Beni territory", "Konduga LGA": the area, not the town
        idx = next((i for i in idxs if ctx.views[i].s.start <= best.start < ctx.views[i].s.end), None)
        if idx is None:
            return best
        stated = [a for a in areas if ctx.views[idx].s.start <= a.start < ctx.views[idx].s.end]
        stated += [p for p in ctx.views[idx].places if p.precision == 3]
        wheres = {(a.entry.country_code, a.entry.admin1) for a in stated if a.entry.admin1}
        if wheres and (best.entry.country_code, best.entry.admin1) not in wheres:
            # "on the Juba-Nimule road near Magwi, in Eastern Equatoria": the town of the region stated
            # (not a town named as its area: "le village de X, cercle de Koro", "near the village of Mbau, in
            # Mocímboa da Praia district" happened in the village, which the area places)
            inside = [p for p in ctx.views[idx].places if p.precision <= best.precision and p.entry.kind != UNLISTED
                      and (p.entry.country_code, p.entry.admin1) in wheres
                      and not any(a.start <= p.start < a.end for a in stated)]
            if inside:
                return inside[0]
        lies_in = reader.settlements.lies_in(ctx.doc.text[best.end:best.end + 60])
        if lies_in:
            # "le village de X, dans la commune de Y": the town Y says where X lies
            stated += [p for p in ctx.views[idx].places if p.precision <= 2 and p.entry.kind != UNLISTED
                       and best.end < p.start <= best.end + 60][:1]
        for region in sorted(stated, key=lambda a: abs(a.start - best.start)):
            where = (region.entry.country_code, region.entry.admin1)
            if where == (best.entry.country_code, best.entry.admin1) or not region.entry.admin1:
                return best
            written = ctx.doc.text[best.start:best.end]
            same = [e for e in self.gazetteer.lookup(written) + self.gazetteer.lookup(best.entry.name)
                    if (e.country_code, e.admin1) == where]
            if same:
                return replace(best, entry=same[0])
            if region.entry.country_code != best.entry.country_code or (
                    best.entry.kind == "city" and best.entry.population < (
                        _SAID_NAMESAKE_POPULATION if lies_in else _NAMESAKE_POPULATION)
                    or not self.gazetteer.lookup(written)) and best.end <= region.start <= best.end + _STATED_REACH:
                # "Dalwa village in Konduga LGA": not Daloa of Ivory Coast but a village near the area; "Mahuta
                # village, Bakura LGA": not the namesake village of another region, but one in the area stated;
                # a name found only spelled otherwise ('Kolongo' for Koulogon) in another region than stated, too
                return replace(best, entry=replace(region.entry, name=written, geonames_id=None), precision=2)
            return best
        return best

    def lead_namesake(self, best: PlaceMention | None, draft: EventDraft, ctx: DocumentContext) -> PlaceMention | None:
        """A small town of the name in another region than the one the event's lead states ('in Sagaing Region's
        Kanbalu Township ... The jet bombed the village of Ywathit'), when the report names nothing else in that
        region: a namesake; the village lies in the area (or region) the lead states."""
        if best is None or best.precision > 2 or best.entry.kind != "city" \
                or best.entry.population >= _NAMESAKE_POPULATION or not draft.sentences:
            return best
        lead = draft.sentences[0]
        v = ctx.views[lead]
        if v.s.start <= best.start < v.s.end:
            return best  # its own sentence's region: ``fit``
        cc = best.entry.country_code
        stated = [a for a in self.of(ctx, lead) + [p for p in v.places if p.precision == 3]
                  if a.entry.country_code == cc and a.entry.admin1]
        if not stated or any(a.entry.admin1 == best.entry.admin1 for a in stated) or any(
                p.start != best.start and (p.entry.country_code, p.entry.admin1) == (cc, best.entry.admin1)
                for w in ctx.views if not w.background for p in w.places):
            return best
        region = min(stated, key=lambda a: a.precision)  # the area before its region
        where = (cc, region.entry.admin1)
        written = ctx.doc.text[best.start:best.end]
        same = [e for e in self.gazetteer.lookup(written) + self.gazetteer.lookup(best.entry.name)
                if (e.country_code, e.admin1) == where]
        if same:
            return replace(best, entry=same[0])
        return replace(best, entry=replace(region.entry, name=written, geonames_id=None), precision=2)

