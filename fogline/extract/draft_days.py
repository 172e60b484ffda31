"""The day of each event draft: which of a sentence's days is the incident's, what 'the next day' counts from,
and when a later sentence's earlier day re-dates a lead dated only provisionally. Apart from segmentation, which
asks these questions of every sentence it groups."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING

from ..lang import resources_or_english
from .dates import DateMention
from .draft_places import places_conflict, stray
from .place_mention import PlaceMention
from .triggers import TriggerHit
from .views import DocumentContext

if TYPE_CHECKING:  # for annotations only: segment makes the drafts and asks these functions their days
    from .segment import EventDraft


def counted_back(ctx: DocumentContext, days: list[DateMention]) -> DateMention | None:
    """'On Saturday, the army said it had neutralised targets a day earlier': a day counted back from the day
    named before it in the sentence is the incident's; the named day is when it was told."""
    words = _previous_day_words(ctx.doc.language)
    return next((d for d in days if d.date and words.fullmatch(ctx.text[d.start:d.end]) and any(
        n.start < d.start and n.date and n.date - d.date == timedelta(days=1) for n in days)), None)


@cache
def _previous_day_words(language: str) -> re.Pattern[str]:
    words = resources_or_english(language)["dates"].get("previous_day_words", [])
    return re.compile("|".join(words) or "(?!)", re.IGNORECASE)


def long_ago(day: DateMention, published: date | None) -> bool:
    """A day more than a month before the report (news is about days and weeks; see events._stale), or more than a
    day after it: a report cannot tell an incident of a day still to come ('ahead of the 22 March vote, gunmen
    killed ...'; one day is the page's clock behind the place's)."""
    return bool(published and day.date and not -1 <= (published - day.date).days <= 30)


def weeks_before(day: DateMention, days: list[DateMention]) -> bool:
    """A written date a week or more before a weekday of the same sentence ('troops on Tuesday rescued hostages
    kidnapped on Dec. 20', 'a suspect arrested on Dec. 28 confessed to Sunday's bombing'): the sentence tells
    the weekday's news; the date is what its words refer back to."""
    return day.kind == "absolute" and day.date is not None and any(
        o.kind == "weekday" and o.date and (o.date - day.date).days >= 7 for o in days)


def day_value(day: DateMention, drafts: list[EventDraft]) -> date | None:
    """'The next day' is the day after the day the report told last (``chain_days``: 'on 12 and 14 February ...
    the next day' is the 15th, not the day after the incident of the 12th); with none told, after the incident
    before."""
    if day.kind == "next_day" and day.date is None:
        prev = next((d.date_value for d in reversed(drafts) if d.date_value), None)
        return prev + timedelta(days=1) if prev else None
    return day.date


def day_label(day: DateMention, drafts: list[EventDraft]) -> str:
    if day.kind == "next_day":
        prev = next((d.date_label for d in reversed(drafts) if d.date_label.startswith("wd")), None)
        return f"wd{(int(prev[2:]) + 1) % 7}" if prev else ""
    return day.label


def earlier_day(draft: EventDraft, day: DateMention | None, drafts: list[EventDraft],
                 place: PlaceMention | None = None, apart: bool = False, territory: bool = False
                 ) -> tuple[DateMention, date, str] | None:
    """'Gunmen killed 20 people, officials said. Survivors reached the town on Sunday. They said the attack began
    on Friday': a day told by a sentence without an event word dated the lead for want of a better one; an event
    word's earlier day is the incident's own. Returns that day, its date and label when it is earlier than
    ``draft``'s provisional one (the caller re-dates with :func:`redate` only once the sentence is known to tell
    that incident: not 'In a separate attack on Friday, ...'). A lead dated only by the day its story was filed
    takes a day of its week even from a sentence told elsewhere ('Published On 9 Mar ... 30 killed in Darfur.
    In Nyala, drones struck on Saturday'), which stays an incident of its own (None is returned); not from one
    that says it is another incident (``apart``: 'In a separate attack on Saturday, ...'), nor across a capture
    and a fight or a strike (``territory``: the sentence's words take territory; a capture is dated when told)."""
    value = day_value(day, drafts) if day else None
    if not (draft.soft and value and draft.date_value and value < draft.date_value):
        return None
    if draft.filed and (draft.date_value - value).days > 7:
        return None  # a day weeks before the story was filed: an earlier incident, not the lead's
    if draft.filed and territory != draft.best.territory:
        return None  # a capture is dated by its announcement: a strike elsewhere overnight is no day of it
    if draft.filed and places_conflict(draft.place or draft.context_place, place):
        if not apart:
            # a lead dated only by its filing and a day elsewhere: two incidents, the lead's of that day too
            redate(draft, (day, value, day_label(day, drafts)))
        return None
    return day, value, day_label(day, drafts)


def confirm(draft: EventDraft, day: DateMention | None, drafts: list[EventDraft]) -> None:
    """A sentence of the incident that gives the filing day as its own ('The ministry said on Sunday its troops had
    taken the villages') confirms it: no later day replaces it."""
    if draft.filed and day is not None and day.date is not None and day_value(day, drafts) == draft.date_value:
        draft.filed = draft.soft = False


def redate(draft: EventDraft, earlier: tuple[DateMention, date, str]) -> EventDraft:
    """``draft`` takes the earlier day :func:`earlier_day` found (and is no longer provisional)."""
    draft.date, draft.date_value, draft.date_label = earlier
    draft.soft = draft.filed = False
    return draft


def compatible(drafts: list[EventDraft], family: str, day: DateMention | None,
                place: PlaceMention | None) -> EventDraft | None:
    """The latest draft of the same family whose date and place can be this incident's."""
    value = day_value(day, drafts) if day else None
    label = day_label(day, drafts) if day else ""
    for d in reversed(drafts):
        if d.family != family:
            continue
        if value and d.date_value and value != d.date_value:
            continue
        if label and d.date_label and label != d.date_label:
            continue
        if places_conflict(d.place or d.context_place, place):
            continue
        return d
    return None


def told_of_a_stray_town(drafts: list[EventDraft], family: str, day: DateMention | None, place: PlaceMention | None,
                          hits: list[TriggerHit], ctx: DocumentContext) -> EventDraft | None:
    """The incident of the same kind a sentence tells again at a small town alone in its region among the report's
    places ('a junta airstrike in Sagaing Region's Kanbalu Township ... A junta jet bombed the village of Ywathit',
    which the gazetteer has only in Yangon): a namesake that placing settles (``stated_areas.lead_namesake``), no
    town far away that would make it another incident."""
    if place is None or not stray(place, ctx):
        return None
    target = compatible(drafts, family, day, None)
    kind = max((h.spec for h in hits if h.spec.strong), key=lambda s: s.rank)
    return target if target is not None and (target.best.event_type, target.best.sub_event_type) == (
        kind.event_type, kind.sub_event_type) else None
