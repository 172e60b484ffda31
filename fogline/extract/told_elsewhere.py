"""Sentences after a report's first incident that tell of it again or of another: an event word followed by
another place ('une attaque dans une autre localité') is an incident elsewhere; words pointing back at it on a
later day ('l'attaque a été revendiquée lundi') are the incident told, not a new one."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from ..lang import resources_or_english
from ..text import fold
from .dates import DateMention
from .text import CaselessRegex
from .triggers import TriggerHit
from .views import DocumentContext, SentenceView

if TYPE_CHECKING:
    from .segment import EventDraft


def elsewhere_after(ctx: DocumentContext, v: SentenceView) -> set[int]:
    """The starts of event words followed closely by another place ('une attaque dans une autre localité',
    'des écoles incendiées dans un autre département'): an incident elsewhere than the ones told. Asked only of
    a sentence holding the word the phrase needs (``other_place_cue``: 'autre')."""
    cue, rx = _other_place_rx(ctx.doc.language)
    if cue is None:
        return set()
    folded = v.folded if v.folded is not None else fold(v.s.text)
    if cue not in folded:
        return set()
    base = v.s.start
    return {h.start for h in v.triggers if rx.match(v.s.text, h.end - base)}


def elsewhere_day(ctx: DocumentContext, v: SentenceView, hits: list[TriggerHit],
                  drafts: list[EventDraft]) -> DateMention | None:
    """An incident elsewhere told with no day of its own ('Un élu a aussi fait état d'un enlèvement dans une autre
    commune'): the day of the incident told before it, not the day the story was filed."""
    if not drafts:
        return None
    starts = elsewhere_after(ctx, v)
    if not any(h.start in starts for h in hits):
        return None
    return drafts[-1].date


def told_later(weak: list[TriggerHit], day: DateMention | None, drafts: list[EventDraft]) -> bool:
    """Every event word points back ('l'attaque', 'the strike') and the sentence's day is later than the day of
    every incident told: words about the incident after it, not a new one."""
    if not weak or day is None or day.date is None or not all(h.points_back for h in weak):
        return False
    return all(d.date_value is not None and day.date > d.date_value for d in drafts)


@cache
def _other_place_rx(language: str) -> tuple[str | None, CaselessRegex]:
    data = resources_or_english(language)["dates"]
    return data.get("other_place_cue"), CaselessRegex(data.get("other_place_after", "(?!)"))
