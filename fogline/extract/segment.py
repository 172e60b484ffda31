"""Segmentation: trigger mentions grouped into event drafts (one per incident), and which sentences
belong to which draft.

A new draft starts when a trigger's date or place cannot be the same incident as an earlier one.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache

from .. import vocab
from ..lang import resources_or_english
from ..text import fold
from .clause_incidents import keep_parts, sentence_parts
from .dates import DAY, DateMention
from .draft_days import (
    compatible,
    confirm,
    counted_back,
    day_label,
    day_value,
    earlier_day,
    long_ago,
    redate,
    told_of_a_stray_town,
    weeks_before,
)
from .draft_places import best_place, event_place, placed_by_region, places_conflict, stray
from .incident_links import goes_on, other_incident, told_last
from .place_mention import UNLISTED, PlaceMention
from .told_elsewhere import elsewhere_after, elsewhere_day, told_later
from .triggers import TriggerHit, TriggerSpec
from .views import DocumentContext, SentenceView

_DAY_KINDS = {"absolute": 0, "weekday": 0}  # a named day before "overnight", "yesterday"
_EMBED = re.compile(r"@\w|https?://|pic\.twitter")  # the date line of an embedded post
HARM_REACH = 150  # characters between a harm word and the looting or abduction it goes with


@dataclass(slots=True)
class EventDraft:
    """The triggers, sentences, date and place of one incident, before actors and claims are known."""

    family: str
    hits: list[TriggerHit] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)  # trigger sentences first, in order
    other_sentences: list[int] = field(default_factory=list)
    date: DateMention | None = None  # absolute offsets
    date_value: date | None = None
    date_label: str = ""  # "wd4" when only the weekday is known (no published date)
    place: PlaceMention | None = None  # absolute offsets
    context_place: PlaceMention | None = None  # named around the event's first report, not with a trigger

    lead: int = 0  # how many of ``hits`` came from the sentence that opened the draft
    apart: bool = False  # opened by words of another incident ('In a separate attack, ...'): nothing of the one before
    soft: bool = False  # dated by a sentence without an event word: an event word's earlier day replaces it
    filed: bool = False  # dated by the day the story was filed (its lead has no day of its own)
    parts: dict[int, tuple[int, int]] = field(default_factory=dict)  # a split sentence → this incident's part

    @property
    def harmed(self) -> bool:
        """People were killed or hurt in this incident: the draft opened with the killing ('gunmen killed 20
        people'), or a harm word stands next to the looting or abduction with no other trigger between them
        ('killing eight and abducting many'; not 'an abduction, amid attacks that left one dead')."""
        lead = [h.spec for h in self.hits[:self.lead]]
        if any(s.harm for s in lead) and not any(_lesser(s) for s in lead):
            return True
        hits = sorted(self.hits, key=lambda h: h.start)
        return any(a.spec.harm != b.spec.harm and (a.spec.harm or _lesser(a.spec)) and (b.spec.harm or _lesser(b.spec))
                   and b.start - a.end <= HARM_REACH for a, b in itertools.pairwise(hits))

    @property
    def best(self) -> TriggerSpec:
        """The strongest trigger of the opening sentence: a report leads with its incident, and a
        capture mentioned further down ('the RSF, which overran the camp in April') does not retype it."""
        strong = ([h.spec for h in self.hits[:self.lead] if h.spec.strong]
                  or [h.spec for h in self.hits if h.spec.strong] or [h.spec for h in self.hits])
        best = max(strong, key=lambda s: s.rank)
        if best.when_harmed and self.harmed:
            # ACLED: an abduction, or looting and burning, in which people are also killed is an attack
            # ("killing at least eight people and abducting many more", "killed 20 people and torched houses")
            return replace(best, event_type=best.when_harmed[0], sub_event_type=best.when_harmed[1])
        return best


def _has_date(day: DateMention | None) -> bool:
    """A day told with its calendar date (not 'dimanche' in a report without a publication date)."""
    return day is not None and day.date is not None


def _lesser(spec: TriggerSpec) -> bool:
    """Looting or abduction: ACLED codes them so only when no one is killed or hurt."""
    return spec.when_harmed is not None


class Segmenter:
    """Groups the news sentences' triggers into event drafts."""

    def __init__(self, counts_verb: Callable[[str], bool]):
        self._counts_verb = counts_verb  # a verb that counts victims ("killed", "wounded")

    def group(self, ctx: DocumentContext) -> list[EventDraft]:
        drafts: list[EventDraft] = []
        pending = None
        framed: DateMention | None = None  # an explicit date said just before the incident's trigger
        published = ctx.doc.published
        filed = ctx.filed
        split = sentence_parts(ctx)  # the sentences that tell two incidents: their two parts
        views = [p for v in ctx.views for p, _span in split.get(v.s.index, ((v, None),))] if split else ctx.views
        lang = ctx.doc.language
        for v in views:
            if v.background or v.hypothetical:
                continue
            if drafts and drafts[-1].place is None and drafts[-1].context_place is None and v.places:
                drafts[-1].context_place = best_place(v.places)  # "the rebels are in control in Anéfis"
            strong = [h for h in v.triggers if h.spec.strong]
            place = event_place(v, v.triggers)
            # an unlisted village by the region named after it in its sentence
            where = place if place is None or place.entry.kind != UNLISTED else placed_by_region(v, place)
            days = [d for d in v.event_dates if d.precision == vocab.DAY or d.kind in ("next_day", "weekday")]
            # "overnight on Jan. 16", "overnight Saturday to Sunday": the named day before the relative word
            # and a day of the report's own weeks before one months back ("the 14th October battalion ... on
            # Friday": a name, not the incident's day)
            day = min(days, key=lambda d: (long_ago(d, published), weeks_before(d, days),
                                           _DAY_KINDS.get(d.kind, 2)), default=None)
            day = counted_back(ctx, days) or day
            if day is not None and drafts and day.kind == "relative" and _night(ctx, day):
                day = _same_night(day, drafts)  # "... overnight on Jan. 16 ... launched 87 drones overnight"
            if not v.triggers:
                if day is not None and day.kind == "absolute" and not _EMBED.search(v.s.text):
                    if drafts and drafts[-1].date is None:  # "Attacks resumed. On Thursday 29 January, ..."
                        drafts[-1].date, drafts[-1].date_value, drafts[-1].date_label = day, day.date, day.label
                    else:  # "Another mission on 12 June. Troops attacked ...": dates the next incident
                        framed = day
                elif day is not None and (day.kind == "weekday" or day.kind == "relative" and day.precision == DAY) \
                        and drafts and drafts[-1].date is None \
                        and not _EMBED.search(v.s.text) and v.s.index - max(drafts[-1].sentences) <= 3:
                    # "Gunmen killed 12 people, police said on Tuesday. The attack took place on Monday night":
                    # the incident's own day, said just after its lead, before any later sentence can date it
                    drafts[-1].date, drafts[-1].date_value = day, day_value(day, drafts)
                    drafts[-1].date_label, drafts[-1].soft = day_label(day, drafts), True
                continue
            day, framed = day or framed, None
            if not strong:
                weak = [h for h in v.triggers if not h.spec.strong]
                told = goes_on(ctx, v, drafts, day, where)
                if told is not None:
                    # "Rescuers found another body on Thursday, raising the toll to five", "IS claimed the attack
                    # on Saturday": the last incident's toll or claim, told on a later day (which does not date
                    # it), not an incident of its own
                    told.hits += weak
                    told.sentences.append(v.s.index)
                    continue
                dated = compatible(drafts, drafts[-1].family, day, None) if drafts and day else None
                if dated is None and drafts and day and drafts[-1].date_value in {d.date for d in days}:
                    # "the fighting began on Saturday and continued until Sunday": a span holding the day told
                    dated = drafts[-1]
                if dated is not None and any(h.start in other_incident(ctx, v) for h in weak):
                    dated = None  # "another incident on Saturday": a day of its own, not the earlier incident's
                if dated is not None and dated is not drafts[-1] and weak and not any(h.points_back for h in weak) \
                        and dated.best.event_type != max((h.spec for h in weak), key=lambda s: s.rank).event_type:
                    dated = None  # "an assault on Thursday" is not the IED of Thursday; "Tuesday's incident" is
                apart = any(h.start in other_incident(ctx, v) for h in weak)
                earlier = earlier_day(drafts[-1], day, drafts, place, apart, any(h.spec.territory for h in weak)) \
                    if dated is None and drafts else None
                if earlier is not None and not apart:
                    lead_day = drafts[-1].filed and self._own_toll(ctx, drafts, drafts[-1], v, day)
                    redated = redate(drafts[-1], earlier)  # "Survivors reached X on Sunday. ... began on Friday"
                    dated = None if lead_day else redated  # a toll of its own: an incident of the lead's day
                if dated is None and drafts and told_later(weak, day, drafts) and (
                        not self._has_casualties(v) or _figures(v, lang) <= _told_figures(ctx, drafts, lang)):
                    # "Une mission a été dépêchée lundi sur les lieux de l'attaque", "L'attaque a été revendiquée
                    # lundi", "les familles des dix civils tués": the incident told, named again on a later day
                    # than any told (which does not date it), with no figure of its own
                    target = told_last(drafts)
                    target.hits += weak
                    target.sentences.append(v.s.index)
                    continue
                if weak and drafts and day and dated is None:
                    # "the violence erupted Thursday"
                    drafts.append(_new_draft(weak, v, day, place, drafts, filed))
                elif weak and drafts and apart and not elsewhere_after(ctx, v).isdisjoint(h.start for h in weak) \
                        and (place or _has_date(day or elsewhere_day(ctx, v, weak, drafts))):
                    # "une attaque dans une autre localité (, Sobané)": the words place it elsewhere, told with no
                    # day of its own ('a également signalé'): the day told before. Unnamed, it needs that day's
                    # date: an incident neither placed nor dated is no event of its own (ACLED codes dated, located
                    # incidents)
                    drafts.append(_new_draft(weak, v, day or elsewhere_day(ctx, v, weak, drafts), place, drafts,
                                             filed))
                elif weak and drafts and place and _apart_enough(v, place) and self._has_casualties(v) and all(
                        places_conflict(d.place or d.context_place, where) for d in drafts) and not stray(place, ctx):
                    # "180 km away, in Um Kadadah, the paramilitary killed 56 civilians"; "In Benue state,
                    # herders killed eight farmers" after an incident in another state
                    drafts.append(_new_draft(weak, v, day, place, drafts, filed))
                elif weak and drafts:
                    # "the same convoy was attacked again on the 13th"; else the incident told last (not the one
                    # opened last: "... a bomb hit a convoy on Monday. The strike on Saturday hit a well. It ...")
                    target = dated or told_last(drafts)
                    target.hits += weak
                    target.sentences.append(v.s.index)
                    if target.date is None and day is not None:
                        target.date, target.date_value = day, day_value(day, drafts)
                        target.date_label = day_label(day, drafts)
                    confirm(target, day, drafts)
                    if target.place is None and place is not None and place.precision <= 2:
                        target.place = place  # "Une autre opération la veille. [...] Elles ont attaqué ... à C"
                elif weak and self._has_casualties(v, harm_counts=True) and (day or self._has_casualties(v)):
                    drafts.append(_new_draft(weak, v, day, place, drafts, filed))
                elif weak and pending is None and day and any(a.kind != vocab.CIVILIANS for a in v.actors):
                    pending = (weak, v, day, place)  # "the attack on June 13": an event if nothing better
                continue
            if day is None and any(h.spec.territory for h in strong):
                # "the RSF said on Sunday it had taken the camp": a capture is known when announced
                day = next((d for d in v.dates if d.precision == vocab.DAY), None)
            other = other_incident(ctx, v)
            for family in dict.fromkeys(h.spec.family for h in strong):
                hits = [h for h in v.triggers if h.spec.family == family or not h.spec.strong]
                # "In a separate incident on Saturday, gunmen killed ...": not the undated lead's incident
                target = None if any(h.start in other for h in hits if h.spec.strong) \
                    else compatible(drafts, family, day, where) \
                    or told_of_a_stray_town(drafts, family, day, place, hits, ctx)
                earlier = earlier_day(drafts[-1], day, drafts, place, any(h.start in other for h in hits),
                                       any(h.spec.territory for h in hits)) \
                    if target is None and drafts and drafts[-1].family == family else None
                if earlier is not None and not any(h.start in other for h in hits):
                    target = drafts[-1]
                if target is not None and self._own_toll(ctx, drafts, target, v, day):
                    if earlier is not None and target.filed:
                        redate(target, earlier)  # an incident of its own, of the filed lead's day
                    target = None
                elif earlier is not None and target is drafts[-1]:
                    redate(target, earlier)
                if target is None:
                    told = day or elsewhere_day(ctx, v, hits, drafts)
                    drafts.append(_new_draft(hits, v, told, place, drafts, filed))
                else:
                    target.hits += hits
                    if v.s.index not in target.sentences:
                        target.sentences.append(v.s.index)
                    if target.date is None and day is not None:
                        target.date, target.date_value = day, day_value(day, drafts)
                        target.date_label = day_label(day, drafts)
                    confirm(target, day, drafts)
                    if place and (target.place is None or place.precision < target.place.precision):
                        target.place = place
        if not drafts and pending:
            drafts.append(_new_draft(*pending, drafts, filed))
        for d in drafts[1:]:
            other = other_incident(ctx, ctx.views[d.sentences[0]])
            d.apart = any(h.start in other for h in d.hits[:d.lead])
        if split:
            keep_parts(drafts, split)
        return drafts

    def _own_toll(self, ctx: DocumentContext, drafts: list[EventDraft], target: EventDraft, v: SentenceView,
                  day: DateMention | None) -> bool:
        """An undated lead ('Gunmen killed 12 people in the north, police said') and a later sentence with a day
        and a toll of its own ('On Saturday, bandits killed three farmers'): two incidents. The same toll restated
        with its day ('on Wednesday killed three of its crew') is the lead's incident."""
        if day is None or target.date is not None and not target.filed or target is not drafts[0] \
                or not self._has_casualties(v):
            return False
        lead = ctx.views[target.sentences[0]]
        told, own = _figures(lead, ctx.doc.language), _figures(v, ctx.doc.language)
        return bool(own) and bool(told) and not own & told

    def _has_casualties(self, v: SentenceView, harm_counts: bool = False) -> bool:
        """A figure and a verb that counts victims (or, with ``harm_counts``, a word of death: 'where the death
        toll stands at four')."""
        return any(q.low for q in v.quantities) and (harm_counts and any(h.spec.harm for h in v.triggers)
                                                      or self._counts_verb(v.s.text))


def _figures(v: SentenceView, language: str) -> set[int]:
    """The counts a sentence gives: not 'a'/'one' alone, not 'dozens', not the numbers of a date ('on Monday,
    July 15') or of a name ('the 66th unit')."""
    base = v.s.start
    return {q.low for q in v.quantities if q.low and not q.vague and not q.exact_word and not any(
        d.start <= base + q.start < d.end for d in v.dates) and not _ordinal_rx(language).match(v.s.text, q.end)}


def sentence_owner(ctx: DocumentContext, drafts: list[EventDraft]) -> dict[int, int]:
    """Each news sentence belongs to the event whose trigger sentence precedes it (or the first event)."""
    owner: dict[int, int] = {}
    for i, d in enumerate(drafts):
        for idx in d.sentences:
            owner.setdefault(idx, i)
    current = 0 if drafts else None
    for v in ctx.views:
        if v.s.index in owner:
            current = owner[v.s.index]
        elif current is not None and not v.background:
            owner[v.s.index] = current
            drafts[current].other_sentences.append(v.s.index)
    return owner


def _new_draft(hits, v: SentenceView, day, place, drafts: list[EventDraft], filed: int = 0) -> EventDraft:
    """A draft opened by ``hits``; a day from the date the story was filed (which ends at ``filed``: a lead with
    no day of its own, 'Published On 9 Mar 2025 ... 18 people have been killed') is provisional: a later
    sentence's earlier day ('The strike hit the market on Saturday') is the incident's."""
    # the family of its strong trigger, not of a weak word before it ("the second assault, where jihadists
    # ordered the villagers to leave")
    family = next((h.spec.family for h in hits if h.spec.strong), hits[0].spec.family)
    d = EventDraft(family, list(hits), [v.s.index], lead=len(hits))
    if day:
        d.date, d.date_value = day, day_value(day, drafts)
        d.date_label = day_label(day, drafts)
        d.soft = d.filed = day.end <= filed
    d.place = place
    return d


def _night(ctx: DocumentContext, day: DateMention) -> bool:
    """A relative day that names a night ('overnight', 'last night': ``night_words`` of dates.json)."""
    return fold(ctx.text[day.start:day.end]).strip() in _night_words(ctx.doc.language)


def _same_night(day: DateMention, drafts: list[EventDraft]) -> DateMention:
    """A night spans two days: a bare night word the evening before a day an incident was told on ('overnight
    on Jan. 16' then 'overnight', read from a page of the 16th as the 15th) is that incident's night."""
    after = day.date + timedelta(days=1) if day.date else None
    return replace(day, date=after) if after and any(d.date_value == after for d in drafts) else day


@cache
def _night_words(language: str) -> frozenset[str]:
    return frozenset(fold(w) for w in resources_or_english(language)["dates"].get("night_words", []))


def _told_figures(ctx: DocumentContext, drafts: list[EventDraft], language: str) -> set[int]:
    """The counts the opening sentences of the incidents told give."""
    return set().union(*(_figures(ctx.views[d.sentences[0]], language) for d in drafts))


def _apart_enough(v: SentenceView, place: PlaceMention) -> bool:
    """A town, or a region with no span of weeks or months in its sentence ('In Borno state, insurgents have killed
    40 people this month' is a tally, not an incident)."""
    return place.precision <= 2 or place.precision == 3 and not any(d.precision != DAY for d in v.dates)


@cache
def _ordinal_rx(language: str) -> re.Pattern[str]:
    return re.compile(resources_or_english(language)["numbers"].get(
        "ordinal_after", "(?!)"))
