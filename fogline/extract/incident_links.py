"""Whether a sentence tells another incident than those told before ('another attack', 'in a separate incident'),
or goes on with the one told last without a strong event word of its own (a toll raised, a group's claim)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from ..lang import resources_or_english
from .dates import DateMention
from .draft_places import places_conflict
from .needed_words import gate, may_hold
from .place_mention import PlaceMention
from .text import CaselessPattern, CaselessRegex
from .told_elsewhere import elsewhere_after
from .views import DocumentContext, SentenceView

if TYPE_CHECKING:
    from .segment import EventDraft


def other_incident(ctx: DocumentContext, v: SentenceView) -> set[int]:
    """The starts of the sentence's event words that name another incident than those told before ('another
    attack', 'In a separate incident, gunmen ...', 'une autre attaque'): they start an event of their own."""
    rx, searched = _other_incident_rx(ctx.doc.language).on(v.s.text, v.folded)  # the sentence's caseless copy
    base = v.s.start
    words = _gate(rx.pattern) if searched is v.folded else None  # one of them in every match (caseless copy)
    after = elsewhere_after(ctx, v)
    if not may_hold(words, searched):
        return after  # most sentences: none of 'another', 'separately', 'une autre' …
    return after | {h.start for h in v.triggers if rx.search(searched, 0, h.start - base)}


def told_last(drafts: list[EventDraft]) -> EventDraft:
    """The draft of the latest sentence grouped so far."""
    return drafts[0] if len(drafts) == 1 else max(reversed(drafts), key=lambda d: d.sentences[-1])


def goes_on(ctx: DocumentContext, v: SentenceView, drafts: list[EventDraft], day: DateMention | None,
             place: PlaceMention | None) -> EventDraft | None:
    """The incident a sentence without a strong event word goes on with, when it only adds to a toll already told
    ('Two of the wounded later died on Wednesday', 'raising the toll to five', 'deux autres corps': ``toll_update``
    of triggers.json; the last draft) or is a group's claim for the incident told last ('claimed responsibility
    for the attack on Saturday': ``claimed_back``; dated, so the claim's day is not the incident's); with no other
    incident's word (and for a toll, no day before the incident's and no place apart from it)."""
    if not drafts:
        return None
    m = _goes_on_rx(ctx.doc.language).search(v.s.text, v.folded)
    if m is None:
        return None
    if m.lastgroup == "toll":
        last = drafts[-1]
        fits = day is None or day.date is None or last.date_value is None or day.date >= last.date_value
        if not fits or places_conflict(last.place or last.context_place, place):
            return None
    elif (last := told_last(drafts)).date_value is None:
        return None  # "the attack" it claims is the one told, wherever the group's name places it ("Sahel Province")
    return None if other_incident(ctx, v) else last


@cache
def _goes_on_rx(language: str) -> CaselessPattern:
    data = resources_or_english(language)["triggers"]
    return CaselessPattern(f"(?P<toll>{data.get('toll_update', '(?!)')})|(?P<claim>{data.get('claimed_back', '(?!)')})")


@cache
def _gate(pattern: str) -> tuple[str, ...] | None:
    return gate(pattern)


@cache
def _other_incident_rx(language: str) -> CaselessRegex:
    return CaselessRegex(resources_or_english(language)["dates"].get(
        "other_incident", "(?!)"))
