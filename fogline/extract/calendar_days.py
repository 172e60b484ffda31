"""Days reckoned on the calendar once the words are read: a written day and month given a year, a day of the
report's month, a date written in numbers, a day counted from the one told before; and the record of a date phrase
found. Apart from the date words so that every reader counts days alike."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from ..vocab import DAY

SAME_DAY = "same_day"  # the kind of 'on the same day': the day told before (step 0)


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int  # offsets within the searched string
    end: int
    date: date | None
    precision: str | None  # day, week, month, year
    kind: str  # weekday, relative, absolute, month, next_day, same_day, year
    label: str = ""  # what the words say without a published date, e.g. "wd4" for Friday
    step: int = 0  # -1 "the day before", +1 "the next day": counted from the day told before it (see dating.chain_days)


def counted_from(start: int, end: int, out: list[DateMention], step: int, precision: str,
                 kind: str = "relative") -> DateMention:
    """A day counted from the day given just before in the same sentence (none: ``dating.chain_days`` looks further
    back, else the words have no date)."""
    before = next((d for d in reversed(out) if d.date and d.precision == DAY), None)
    return DateMention(start, end, before.date + timedelta(days=step) if before else None,
                       precision if before else None, kind, step=step)


def numeric_date(g, published: date | None, order: str) -> tuple[date | None, str | None]:
    """'10/03/2025', '10.03.2025', '2025-03-10': the language's order of day and month (``numeric_order``),
    the other one when that one cannot be a date. ``g``: the match's named groups."""
    if g["iso"]:
        return absolute(g["i1"], int(g["i2"]), int(g["i3"]), published)
    a, b = int(g["n1"]), int(g["n2"])
    day, mon = (a, b) if order == "dmy" else (b, a)
    if mon > 12 and day <= 12:
        day, mon = mon, day
    return absolute(g["n3"], mon, day, published) if 1 <= mon <= 12 else (None, None)


def of_this_month(day: int, published: date) -> tuple[date | None, str | None]:
    """'on the 9th': that day of the report's month, else of the month before (a day still to come is past)."""
    when = absolute(None, published.month, day, published)
    if when[0] is None or when[0] <= published:
        return when
    y, m = (published.year, published.month - 1) if published.month > 1 else (published.year - 1, 12)
    return absolute(str(y), m, day, published)


@lru_cache(maxsize=4096)
def absolute(year: str | None, month: int, day: int, published: date | None) -> tuple[date | None, str | None]:
    """A written day and month: its year, else the report's (a month ahead is last year's)."""
    try:
        if year:
            return date(int(year), month, day), DAY
        if published is None:
            return None, None
        d = date(published.year, month, day)
        if d > published + timedelta(days=31):  # a month ahead is last year; days ahead, a page dated late
            d = date(published.year - 1, month, day)
        return d, DAY
    except ValueError:
        return None, None
