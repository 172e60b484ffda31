"""A subject's aside: words between commas right after the sentence's subject, before its verb ("The army, at war
with the RSF since April 2023, shelled …", "L'armée, qui combat les FSR depuis avril 2023, a bombardé …"). They
describe the actor, so a date in them dates no event and makes no sentence history.
"""

from __future__ import annotations

_SUBJECT_START = 25  # the subject's mention opens the sentence ("The Sudanese army", "L'armée")
_SUBJECT_TAIL = 25  # words of the subject after its mention, before the first comma
_ASIDE_MAX = 140
_DATE_LEAD = 8  # "The army, in April 2023, retook …": a date opening the words between commas is the event's


def subject_aside(text: str, base: int, actors, triggers, dates) -> tuple[int, int] | None:
    """The aside's span (offsets of the text plus ``base``), or None: an event word follows it. Asked only of
    a sentence with a date."""
    first = text.find(",")
    if first < 0 or first > _SUBJECT_START + 60:
        return None
    if not any(a.start - base <= _SUBJECT_START and 0 <= first - (a.end - base) <= _SUBJECT_TAIL for a in actors):
        return None
    second = text.find(",", first + 1, first + 1 + _ASIDE_MAX)
    if second < 0:
        return None
    if not any(h.start - base > second for h in triggers) or any(h.start - base < first for h in triggers):
        return None  # "Chad's army is fighting Boko Haram in the region, where …": no subject alone before
    if any(0 <= d.start - base - first <= _DATE_LEAD for d in dates):
        return None
    return base + first, base + second
