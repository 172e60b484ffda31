"""Placing an event: the most precise place named with it, a settlement missing from the gazetteer placed
near a known one, else the report's own place or country. A second-level area named with the event
("Konduga local government area", "Beni territory") or a region stated beside a town ("Tabayin, Sagaing
region") says which of the towns of that name it is (:mod:`.stated_areas`); the rest of the report's
context is weighed in :mod:`.namesakes`; the dateline city is where the story was filed.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..gazetteer import Gazetteer, fold
from ..lang import resources_or_english
from ..records import Evidence, Place
from .admin2 import capitals
from .arrivals import arrival_village
from .borders_named import border_region
from .camps import camp_place
from .draft_places import another_day, best_place
from .finer_towns import FinerTowns
from .namesakes import Namesakes
from .other_events import other_event
from .place_mention import UNLISTED, PlaceMention
from .places import PlaceReader
from .regions_named import filed_region, spoken_region
from .residents import residents_named, residents_town
from .segment import EventDraft
from .stated_areas import StatedAreas
from .views import DocumentContext, shift, within

_LOOSE_REACH = 60  # characters from the event's word to a settlement named loosely after it


class Placer:
    """Turns the place mentions of a draft into the event's ``Place`` (coordinates, ACLED precision)."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self.namesakes = Namesakes(gazetteer)
        self.areas = StatedAreas(gazetteer)
        self.finer = FinerTowns(self.areas)

    def place(self, draft: EventDraft, ctx: DocumentContext) -> Place:
        found = self._place(draft, ctx)
        if draft.family not in ("anchor", "document"):
            found = camp_place(found, ctx)
        if draft.family not in ("anchor", "document") and found.geonames_id is None and found.location \
                and not self.gazetteer.lookup(found.location):
            found = self._stated_region(found, ctx)
        if draft.family not in ("anchor", "document") and found.country and found.admin1 is None:
            found = spoken_region(found, draft, ctx, _reader(ctx.doc.language, self.gazetteer))
        if draft.family not in ("anchor", "document") and found.country and found.admin1 is None:
            found = border_region(found, draft, ctx, _reader(ctx.doc.language, self.gazetteer))  # 'near the border'
        if draft.family not in ("anchor", "document") and found.country and found.admin1 is None:
            found = filed_region(found, self.namesakes.dateline_city(ctx), self.gazetteer)  # 'BANNU: ... in X'
        return found

    def _stated_region(self, found: Place, ctx: DocumentContext) -> Place:
        """A settlement no list knows, placed by a town of a region the report never names, while it names
        another region of that country: the settlement lies in the region the report states."""
        regions = ctx.memo.get(("regions", found.country))  # once per report and country: asked per event
        if regions is None:
            regions = ctx.memo["regions", found.country] = [p.entry for v in ctx.views if not v.background
                                                            for p in v.places
                                                            if p.precision == 3 and p.entry.country == found.country]
        if not regions or found.admin1 in {r.admin1 for r in regions}:
            return found
        r = regions[0]
        return replace(found, admin1=r.admin1, latitude=round(r.latitude, 4), longitude=round(r.longitude, 4),
                       geo_precision=3)

    def _place(self, draft: EventDraft, ctx: DocumentContext) -> Place:
        views, countries = ctx.views, ctx.countries
        nationality = _nationalities(ctx.doc.language)
        best = self._same_place(draft, ctx) or draft.place or draft.context_place
        if best and best.entry.kind == UNLISTED and fold(best.entry.name) in nationality:
            best = None  # "the eastern Ukrainian town of X": a nationality word read as a settlement
        if best and best.precision == 2 and draft.sentences and self.areas.of(ctx, draft.sentences[0]) \
                and not views[draft.sentences[0]].s.start <= best.start < views[draft.sentences[0]].s.end:
            best = None  # "in Kurram district ... travelling from X to Y": the lead's area, not a town passed
        if best and other_event(best, draft, ctx):
            # "killed 20 in Zamfara State on Saturday, a week after gunmen struck Tsafe": the other place of the
            # sentence, if any, else what the event's other sentences say
            own = [p for i in draft.sentences for p in views[i].places if not other_event(p, draft, ctx)]
            best = best_place(own)
        if draft.family not in ("anchor", "document"):
            best = self._modified(best, ctx)
        best = self.finer.most_precise(best, draft, ctx)
        if draft.sentences and (draft.place is None or draft.place.precision >= 3):
            initial = self._initial(draft, ctx)  # "In Maiduguri, gunmen killed...": the event's own town
            if initial and (best is None or initial.precision < best.precision):
                best = initial
        if draft.sentences and (best is None or best.precision >= 3 or best.precision == 2 and (any(
                a.start <= best.start < a.end for a in self.areas.of(ctx, draft.sentences[0]))
                or self._journey(best, ctx)) or residents_named(ctx.doc.text, best.start, ctx.doc.language)):
            # "killed five people in Balga", "attacked Balga on Sunday in Maru LGA": a village the gazetteer lacks;
            # "... at a mosque in Dan Kurmi, residents of Zurmi said": the residents' town says only where they live
            loose = self._loose(draft, ctx)
            if loose:
                return self._unlisted_place(loose, draft, ctx)
        if best is None or best.precision >= 3 or self._named_as_area(best, ctx):
            # "...in Muidumbe district. The attack took place in the village of X": a town named as its area
            # is no more the event's place than a region is
            # an area the lead names ('in Kurram district') is as precise as 'near' a town: only a town itself,
            # not one a journey passes ('travelling from X to Y'), is finer
            floor = 2 if draft.sentences and self.areas.of(ctx, draft.sentences[0]) else 4
            for idx in draft.sentences + draft.other_sentences:
                if idx in draft.other_sentences and best and best.precision < 3 and not self._named_as_area(best, ctx):
                    break  # "attacked near Ndop ... Separatists have imposed lockdowns in Bamenda": the event's own
                    # sentences placed it; a town of the sentences that only follow them is no finer place of it
                if idx in draft.other_sentences and another_day(draft.date, ctx.views[idx]):
                    continue  # "...in North Waziristan on Monday. Funeral prayers were held in Bannu on Tuesday."
                cand = best_place([p for p in views[idx].places
                                   if (p.entry.kind != UNLISTED or fold(p.entry.name) not in nationality)
                                   and not other_event(p, draft, ctx)])
                # "in Tonj North County ... the attack happened in Akop payam": a town named as its area is no
                # finer than the area; a settlement no list knows, which a later sentence places it in, is
                held = 4 if best is None else 2 if cand and cand.entry.kind == UNLISTED \
                    and self._named_as_area(best, ctx) else best.precision
                if cand and cand.precision < min(floor, held) \
                        and not self._seat_aside(cand, best, ctx, idx in draft.other_sentences):
                    best = cand
            if best is None or best.precision >= 3 or self._named_as_area(best, ctx):
                # "...in Plateau State, police said. The assailants stormed X late on Sunday": the event's village;
                # "...attacked X and Y villages in Gusau LGA": the area says only where they lie
                later = next(filter(None, (self._loose(draft, ctx, i) for i in draft.sentences[1:])), None) \
                    or arrival_village(draft, ctx, _reader(ctx.doc.language, self.gazetteer))  # "swept into X"
                if later:
                    return self._unlisted_place(later, draft, ctx)
                told = residents_town(draft, ctx, _reader(ctx.doc.language, self.gazetteer),
                                      self.namesakes.dateline_city(ctx))  # "..., residents of Kauru said"
                # "... in Tsafe local government area, a resident of Gusau said": the area named is the place
                if told and (best is None or best.precision == 4 or best.precision == 3 and (
                        best.entry.country_code, best.entry.admin1) == (told.entry.country_code, told.entry.admin1)):
                    best = told
        elif best.entry.kind != UNLISTED and (settlement := self._settlement(best, draft, ctx)):
            # where it lies: the event's own town, unless the settlement's sentence names another region
            # ("in X village ... in western Rakhine state", the town named far away)
            own = v.places if (v := ctx.view_at(settlement.start)) else []
            regions = {(p.entry.country_code, p.entry.admin1) for p in own if p.precision == 3}
            if regions and (best.entry.country_code, best.entry.admin1) not in regions \
                    and not any(p.entry.name == best.entry.name for p in own):
                return self._unlisted_place(settlement, draft, ctx)
            anchor = self.place(EventDraft("anchor", place=best), ctx)
            if anchor.latitude is not None:
                return replace(anchor, location=settlement.entry.name, geonames_id=None,
                               evidence=_evidence(ctx, settlement), geo_precision=max(2, anchor.geo_precision))
        reader = _reader(ctx.doc.language, self.gazetteer)
        if best is None or best.entry.country_code != reader.country_after.code(ctx.doc.text, best.end):
            best = self.namesakes.choose(best, ctx)  # not 'Illela in Niger': the country written chooses
        best = self.areas.fit(best, draft, ctx, reader)
        best = self.areas.lead_namesake(best, draft, ctx)
        if best is None:
            if not countries:
                return Place()
            c = self.gazetteer.country(countries[0])
            return Place(country=c.country if c else countries[0], iso3=c.iso3 if c else None)
        e = best.entry
        if best.precision == 4:
            return Place(country=e.country, iso3=e.iso3, evidence=_evidence(ctx, best))
        if e.kind == UNLISTED:
            return self._unlisted_place(best, draft, ctx)
        location = None if best.precision == 3 else e.name
        found = Place(location=location, country=e.country, iso3=e.iso3, admin1=e.admin1,
                      latitude=round(e.latitude, 4), longitude=round(e.longitude, 4),
                      geo_precision=min(best.precision, 3), geonames_id=e.geonames_id if best.precision < 3 else None,
                      evidence=_evidence(ctx, best))
        lead = draft.place or draft.context_place
        if draft.family != "anchor" and lead and best.precision == 1 and e.kind == "city" \
                and (village := self._later_settlement(lead, draft, ctx)):
            return replace(found, location=village.entry.name, geonames_id=None, evidence=_evidence(ctx, village),
                           geo_precision=2)
        return found

    def _same_place(self, draft: EventDraft, ctx: DocumentContext) -> PlaceMention | None:
        """'The same convoy was ambushed in the same area', 'dans la même zone': an event naming no place of its own
        happened where the sentences just before it place theirs, not at a town its later sentences name."""
        lead = ctx.views[draft.sentences[0]] if draft.sentences else None
        if lead is None or lead.places or not _same_rx(ctx.doc.language).search(lead.s.text):
            return None
        before = [v for v in ctx.views[:draft.sentences[0]] if not v.background and v.places]
        return best_place(before[-1].places) if before else None

    def _seat_aside(self, town: PlaceMention, region: PlaceMention | None, ctx: DocumentContext, other: bool) -> bool:
        """Whether a capital or dateline city named in a sentence without an event word ('the governor visited
        Maiduguri', 'À Niamey, le gouvernement n'a pas commenté') is where officials are, not the place of an
        event that names only its region."""
        if not other or region is None or region.precision != 3 or town.entry.kind == UNLISTED:
            return False
        v = ctx.view_at(town.start)
        name = fold(town.entry.name)
        return not (v and v.triggers) and (name in self.namesakes.dateline_city(ctx)
                                           or name == capitals().get(town.entry.country_code))

    def _named_as_area(self, p: PlaceMention, ctx: DocumentContext) -> bool:
        """Whether a town is named as its area ('Gusau local government area', 'Beni territory')."""
        return self.finer.named_as_area(p, ctx)

    def _modified(self, best: PlaceMention | None, ctx: DocumentContext) -> PlaceMention | None:
        """'the Kyiv suburb of Irpin', 'the Donetsk city of Pokrovsk': a place naming where the next one lies
        (``modifier_of`` of places.json) gives way to it."""
        if best is None or best.precision > 2:
            return best
        m = _modifier_rx(ctx.doc.language).match(ctx.doc.text, best.end)
        if m is None:
            return best
        v = ctx.view_at(best.start)
        return next((p for p in (v.places if v else []) if m.end() <= p.start <= m.end() + 1 and p.precision <= 2),
                    best)

    def _initial(self, draft: EventDraft, ctx: DocumentContext) -> PlaceMention | None:
        """The place after the capitalised first word of the event's own sentence ("In X,", "À X,")."""
        v = ctx.views[draft.sentences[0]]
        if v.background:
            return None
        skip = [(a.start - v.s.start, a.end - v.s.start) for a in v.actors]
        skip += [(d.start - v.s.start, d.end - v.s.start) for d in v.dates]
        skip += within(ctx.datelines, v)
        found = _reader(ctx.doc.language, self.gazetteer).initial_places(v.s.text, ctx.countries, skip)
        return shift(found[:1], v.s.start)[0] if found else None

    def _loose(self, draft: EventDraft, ctx: DocumentContext, idx: int | None = None) -> PlaceMention | None:
        """A name the gazetteer lacks right after 'in' / 'à' just after the event's word in its own sentence
        ('killed five people in Balga', not 'officials told reporters in Parliament'), when the sentence names
        no town (a region, an area or the country at most: 'attacked X on Sunday in Lubero territory'). ``idx``:
        another of the event's sentences than its first."""
        idx = draft.sentences[0] if idx is None else idx
        v = ctx.views[idx]
        # not 'on their way to X', nor the town of residents who tell it ('..., residents of Zurmi said')
        towns = [p for p in v.places if p.precision < 3 and not self._journey(p, ctx)
                 and not residents_named(ctx.doc.text, p.start, ctx.doc.language)]
        if towns and not v.background:
            areas = self.areas.of(ctx, idx)
            towns = [p for p in towns if not any(a.start <= p.start < a.end for a in areas)]
        if v.background or towns:
            return None
        skip = [(a.start - v.s.start, a.end - v.s.start) for a in v.actors]
        skip += [(d.start - v.s.start, d.end - v.s.start) for d in v.dates]
        skip += [(p.start - v.s.start, p.end - v.s.start) for p in v.places]
        reader = _reader(ctx.doc.language, self.gazetteer)
        # "killed in Kurram convoy attack": an area named without its word is no settlement ("Longechuk county" is
        # read as written)
        skip += [(a.start - v.s.start, a.end - v.s.start) for a in self.areas.of(ctx, idx)
                 if not reader.area_word_after(ctx.doc.text, a.end)]
        skip += within(ctx.datelines, v)
        found = shift(reader.settlements.loose(v.s.text, ctx.countries, skip),
                      v.s.start)
        hits = [h.start for h in draft.hits if v.s.start <= h.start < v.s.end]
        text = ctx.doc.text  # in the event's own clause: no comma between its word and the name
        # "...invaded X at about 10pm and opened fire": the event's word may follow the name in its clause
        return next((p for p in found if any(0 < abs(p.start - h) <= _LOOSE_REACH
                                             and "," not in text[min(h, p.start):max(h, p.start)]
                                             for h in hits)), None)

    def _journey(self, p: PlaceMention, ctx: DocumentContext) -> bool:
        """A town named as where a journey went or came from ('soldiers on their way to Mopti were ambushed at
        X'): 'near' it at most, no bar to the village named at the event's word."""
        return p.precision == 2 and _reader(ctx.doc.language, self.gazetteer).beside.journey(
            ctx.doc.text[max(0, p.start - 80):p.start])

    def _later_settlement(self, best: PlaceMention, draft: EventDraft, ctx: DocumentContext) -> PlaceMention | None:
        """A name no list knows, right after 'in' / 'à' / an attack verb in one of the event's sentences after the
        one naming its town ('Gunmen killed 20 people in Gusau ... The gunmen stormed Dogon Daji'): the village
        where it happened, the lead's town being where it lies. Not one of a sentence dated otherwise ('Earlier
        this month, gangs attacked X'): another day's."""
        reader = _reader(ctx.doc.language, self.gazetteer)
        for idx in draft.sentences:
            v = ctx.views[idx]
            if v.s.start <= best.start or v.background or another_day(draft.date, ctx.views[idx]):
                continue
            skip = [(a.start - v.s.start, a.end - v.s.start) for a in v.actors]
            skip += [(d.start - v.s.start, d.end - v.s.start) for d in v.dates]
            skip += [(p.start - v.s.start, p.end - v.s.start) for p in v.places]
            skip += within(ctx.datelines, v)
            found = reader.settlements.loose(v.s.text, ctx.countries, skip)
            if found:
                return shift(found[:1], v.s.start)[0]
        return None

    def _settlement(self, best: PlaceMention, draft: EventDraft, ctx: DocumentContext) -> PlaceMention | None:
        """A settlement the gazetteer lacks, named as such in the event's own sentences ('the villages of X
        and Y', 'X village on Y island'), is where it happened: the town named with it is where it lies."""
        for idx in draft.sentences:
            v = ctx.views[idx]
            # "Zabarmari village in Jere": an area the gazetteer has no town of says where the village lies
            areas = self.areas.of(ctx, idx)
            found = [p for p in v.places if p.entry.kind == UNLISTED and p.start != best.start
                     and fold(p.entry.name) not in _nationalities(ctx.doc.language)
                     and not any(a.start <= p.start < a.end for a in areas)]
            with_best = any(p.entry.name == best.entry.name for p in v.places)  # "X village on Ramree island"
            # "raided a base in X, 135 km from Maiduguri": another town says where X lies, not the event's
            alone = not any(p.entry.kind != UNLISTED and p.precision < 3 for p in v.places)
            if found and not v.background and (with_best or alone):
                return found[0]
        return None

    def document_place(self, ctx: DocumentContext) -> Place | None:
        """The most precise known place of the report's news sentences, other than the dateline city: a
        place the event borrows, so at most 'near' (precision 2)."""
        filed = self.namesakes.dateline_city(ctx)
        mentions = [p for v in ctx.views if not v.background for p in v.places
                    if p.precision < 4 and p.entry.kind != UNLISTED and fold(p.entry.name) not in filed]
        if not mentions:
            return None
        draft = EventDraft("document", place=min(mentions, key=lambda p: (p.precision, p.start)))
        found = self.place(draft, ctx)
        return replace(found, geo_precision=max(2, found.geo_precision)) if found.geo_precision else found

    def _unlisted_place(self, best: PlaceMention, draft: EventDraft, ctx: DocumentContext) -> Place:
        """A settlement missing from the gazetteer: its name as written, placed at the nearest known
        place the report names with it (the same sentence first), precision 2 ('near'), else region."""
        filed = self.namesakes.dateline_city(ctx)
        idxs = draft.sentences + draft.other_sentences
        capital = capitals().get(best.entry.country_code)
        near = [p for idx in idxs for p in [*ctx.views[idx].places, *self.areas.of(ctx, idx)]
                if p.precision < 4 and p.entry.kind != UNLISTED]
        # the capital or the dateline city is where governments speak and stories are filed: the last resort
        own = (v.s.start, v.s.end) if (v := ctx.view_at(best.start)) else (0, 0)
        def seat(p: PlaceMention) -> bool:
            return (fold(p.entry.name) in filed or fold(p.entry.name) == capital) and abs(p.start - best.start) > 30

        # "near Santa, in the North-West region", on a road from a town of another region: the region stated
        stated = {(p.entry.country_code, p.entry.admin1) for p in near if own[0] <= p.start < own[1]
                  and p.precision == 3 and p.entry.admin1}
        def elsewhere(p: PlaceMention) -> bool:
            return bool(stated) and (p.entry.country_code, p.entry.admin1) not in stated

        near.sort(key=lambda p: (not own[0] <= p.start < own[1], abs(p.start - best.start) > 300, seat(p),
                                 elsewhere(p), p.precision == 3, abs(p.start - best.start)))
        if near and seat(near[0]):  # only where governments speak: the report's own place first
            anchor = self.document_place(ctx) or self.place(EventDraft("anchor", place=near[0]), ctx)
        else:
            anchor = self.place(EventDraft("anchor", place=near[0]), ctx) if near else self.document_place(ctx)
        if (anchor is None or anchor.latitude is None or anchor.admin1 is None) \
                and (twin := self.namesakes.spelled_otherwise(best)):
            # nothing the report names says where it is, but the gazetteer knows the name spelled otherwise
            return Place(location=best.entry.name, country=twin.country, iso3=twin.iso3, admin1=twin.admin1,
                         latitude=round(twin.latitude, 4), longitude=round(twin.longitude, 4),
                         geo_precision=best.precision, geonames_id=twin.geonames_id, evidence=_evidence(ctx, best))
        if anchor is None or anchor.latitude is None:
            c = best.entry
            return Place(location=c.name, country=c.country, iso3=c.iso3, evidence=_evidence(ctx, best))
        return replace(anchor, location=best.entry.name, geonames_id=None, evidence=_evidence(ctx, best),
                       geo_precision=2 if anchor.geo_precision in (1, 2) or best.precision == 2 else 3)


@cache
def _reader(language: str, gazetteer: Gazetteer) -> PlaceReader:
    data = resources_or_english(language)
    return PlaceReader(gazetteer, data["places"], data["demonyms"])


@cache
def _modifier_rx(language: str) -> re.Pattern:
    return re.compile(resources_or_english(language)["places"].get("modifier_of", "(?!)"), re.I)


@cache
def _same_rx(language: str) -> re.Pattern:
    return re.compile(resources_or_english(language)["places"].get("same_place", "(?!)"), re.I)


@cache
def _nationalities(language: str) -> frozenset[str]:
    """Folded nationality words of the language ('Ukrainian', 'Somali'), never a settlement's name."""
    return frozenset(fold(w) for w in resources_or_english(language)["demonyms"].get("demonyms", {}))


def _evidence(ctx: DocumentContext, p: PlaceMention) -> Evidence:
    for v in ctx.views:
        if v.s.start <= p.start < v.s.end:
            return Evidence(p.start, p.end, v.s.text[p.start - v.s.start:p.end - v.s.start])
    raise ValueError("place outside every sentence")
