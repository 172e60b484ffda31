"""Days reckoned on the calendar once the words are read: a written day and month given a year, a day of the
report's month, a date written in numbers. Apart from the date words so that every reader counts days alike."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from ..vocab import DAY


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
