"""Places of another incident than the event's: named in a clause that tells an earlier or other attack ('a week
after gunmen struck X', 'après l'attaque de X'; ``other_event_before`` of places.json) or beside a date that is not
the event's ('... struck X last month')."""

from __future__ import annotations

import re
from functools import cache

from .. import vocab
from ..lang import resources_or_english
from .place_mention import PlaceMention
from .segment import EventDraft
from .text import CaselessRegex
from .views import DocumentContext

_CLAUSE = re.compile(r"[,;:()\[\]«»“”\"—–]|\s-\s")  # where a clause of a sentence starts or ends


def other_event(p: PlaceMention, draft: EventDraft, ctx: DocumentContext) -> bool:
    """Whether place ``p`` is named in a clause telling another incident than ``draft``'s."""
    v = ctx.view_at(p.start)
    if v is None:
        return False
    part = draft.parts.get(v.s.index)  # a sentence that tells two incidents: the other one's part
    if part is not None and not part[0] <= p.start < part[1]:
        return True
    text, base = v.s.text, v.s.start
    start = max((m.end() for m in _CLAUSE.finditer(text, 0, p.start - base)), default=0)
    end = next((m.start() for m in _CLAUSE.finditer(text, p.end - base)), len(text))
    if _other_event_rx(ctx.doc.language).search(text[start:p.start - base]):
        return True
    own = draft.date
    if own is None or own.precision != vocab.DAY or draft.date_value is None:
        return False
    day = draft.date_value
    return any(start <= d.start - base < end and d.start != own.start and d.date and (
        d.precision == vocab.DAY and abs((d.date - day).days) > 1
        or d.precision == vocab.MONTH and (d.date.year, d.date.month) != (day.year, day.month)
        or d.precision == vocab.YEAR and d.date.year != day.year) for d in v.dates)


@cache
def _other_event_rx(language: str) -> CaselessRegex:
    """Words opening a clause about another incident than the sentence's own ('a week after gunmen ...')."""
    return CaselessRegex(resources_or_english(language)["places"].get("other_event_before", "(?!)"))  # on the copy
