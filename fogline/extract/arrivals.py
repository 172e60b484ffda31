"""The village the attackers entered, told right after a lead that places the event only by its region ('Gunmen
killed seven people in Plateau state, police said. The gunmen swept into Kwall at night'): a sentence with no event
word of its own, so it is no part of the event's sentences, but it says where the event happened. Language data:
``arrival_before`` of places.json (verbs of entering a place by force: 'invaded', 'swept into', 'descended on')."""

from __future__ import annotations

from functools import cache

from ..lang import resources_or_english
from .place_mention import UNLISTED, PlaceMention
from .places import PlaceReader
from .segment import EventDraft
from .text import CaselessRegex
from .views import DocumentContext, shift, within

_AFTER_LEAD = 2  # sentences after the lead where the village may be told
_REACH = 30  # characters from the verb to the village


def arrival_village(draft: EventDraft, ctx: DocumentContext, reader: PlaceReader) -> PlaceMention | None:
    """A name no list knows right after a verb of entering by force, in one of the two sentences after the event's
    lead that name no town of their own."""
    rx = _arrival_rx(ctx.doc.language)
    if rx is None or not draft.sentences:
        return None
    lead = draft.sentences[0]
    for idx in draft.other_sentences:
        v = ctx.views[idx]
        if not 0 < idx - lead <= _AFTER_LEAD or v.background \
                or any(p.precision < 3 and p.entry.kind != UNLISTED for p in v.places):
            continue
        skip = [(a.start - v.s.start, a.end - v.s.start) for a in v.actors]
        skip += [(d.start - v.s.start, d.end - v.s.start) for d in v.dates]
        skip += [(p.start - v.s.start, p.end - v.s.start) for p in v.places]
        skip += within(ctx.datelines, v)
        found = shift([p for p in v.places if p.entry.kind == UNLISTED], -v.s.start)  # read as settlements already
        for p in sorted(found + reader.settlements.loose(v.s.text, ctx.countries, skip), key=lambda p: p.start):
            if rx.search(v.s.text[max(0, p.start - _REACH):p.start]):
                return shift([p], v.s.start)[0]
    return None


@cache
def _arrival_rx(language: str) -> CaselessRegex | None:
    rx = resources_or_english(language)["places"].get("arrival_before")
    return CaselessRegex(rx) if rx else None
