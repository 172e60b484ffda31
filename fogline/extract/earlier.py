"""Figures of another, earlier incident told inside a news sentence: 'Last week, six troops were killed near the
same town', '… this month; 40 people were killed on July 2', 'days after an attack left five dead'. Their dates or
their clause's words say they are not the event's own figures (``claims`` drops them)."""

from __future__ import annotations

import re

from .. import vocab
from .counted import RawClaim
from .segment import EventDraft
from .views import SentenceView


def clause_before(text: str, pos: int, clause_break: re.Pattern) -> str:
    """The words of the figure's clause before it (from the last clause break or sentence start)."""
    before = text[:pos]
    last = [m.end() for m in clause_break.finditer(before)]
    return before[last[-1]:] if last else before


def earlier_day(v: SentenceView, draft: EventDraft) -> bool:
    """'Last week, six troops were killed near the same town' in a report of Monday's attack: a sentence whose
    every date is days before its event's date, or only a month or a year ahead of its figures when the event has
    its day, tells another, earlier incident or a tally; its figures are not this event's."""
    day = draft.date_value
    if day is None or not v.event_dates:
        return False
    first = min((q.start for q in v.quantities), default=0)
    if draft.date is not None and draft.date.precision == vocab.DAY and all(
            d.precision in (vocab.MONTH, vocab.YEAR) and d.start - v.s.start < first for d in v.event_dates):
        return True  # "In May, bandits killed 30 people", "Earlier this month, …": another span than the event's day
    return all(d.date is not None and (day - d.date).days >= 2 for d in v.event_dates)


def earlier_clause(v: SentenceView, draft: EventDraft, raw: RawClaim, clause_break: re.Pattern) -> bool:
    """'… this month; 40 people were killed on July 2': a figure whose own clause is dated days before its
    event's date tells an earlier incident, even when the sentence's other clause is this event's."""
    day = draft.date_value
    if day is None or not v.event_dates:
        return False
    text = v.s.text
    lo = max([m.end() for m in clause_break.finditer(text, 0, raw.start)] + [0])
    after = clause_break.search(text, raw.end)
    hi = after.start() if after else len(text)
    dated = [d for d in v.event_dates if lo <= d.start - v.s.start < hi]
    return bool(dated) and len(dated) < len(v.event_dates) and all(
        d.date is not None and (day - d.date).days >= 2 for d in dated)
