"""When a report was filed: the dateline at its head ('LAGOS, March 10 (Wire) -') or a page's date line
('Published On 10 Mar 2025'); its relative words ('yesterday', 'on Sunday') count from that day."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from .dates import DAY, DateMention, DateReader


def dateline(reader: DateReader, text: str, published: date | None, window: int = 120,
             lines: int = 3) -> DateMention | None:
    """The date a story was filed, at its head: 'LAGOS, March 10 (Wire) -', '(Agency - 7th Nov, 2023)',
    'March 10, 2025 —', 'KHARTOUM, March 10 (Wire) --', or a page's date line ('Published On 10 Mar 2025',
    'Updated: March 10, 2025 10:30 AM'). A full date closed by a bracket, a dash or the end of its line (after a
    clock time, ``reader.line_end``: dates.json ``time_joiners`` and ``clock_time``) within the first ``window``
    characters of one of the first ``lines`` lines (a headline or a byline may come first); relative words
    ('yesterday', 'on Sunday') count from it. A line that says the page was updated ('Updated 18 March 2025',
    ``reader.updated``) dates it only when no line after it gives the date it was first published."""
    start, updated = 0, None
    for _ in range(lines):
        found = _dateline_at(reader, text, start, start + window, published)
        if found is not None and updated is None and reader.updated.match(text, start, found.start):
            updated, found = found, None  # the day of an update: a later line may tell the first one
        end = text.find("\n", start)
        if found is not None or end < 0 or end > start + 400:
            return found or updated
        start = end + 1
        while text.startswith("\n", start):
            start += 1
    return updated


def _dateline_at(reader: DateReader, text: str, start: int, end: int, published: date | None) -> DateMention | None:
    """A dateline's date in the line that starts at ``start`` (searched up to ``end``)."""
    if not _DIGIT.search(text, start, end):
        return None  # every day-precise date is written with its day's digits: a line with none dates nothing
    head = text[:end]
    for m in reader.find(head[start:], published):
        m = replace(m, start=m.start + start, end=m.end + start)
        if m.kind != "absolute" or not m.date or m.precision != DAY:
            continue
        before = reader.article.sub("", head[start:m.start])  # 'Ouagadougou, le 10 mars 2025 (Lefaso.net) -'
        opened = before.count("(") > before.count(")")
        if _HEADER.fullmatch(re.sub(r"\([^()]*\)", "", before + (")" if opened else ""))) and (
                _CLOSES_DATELINE.match(head, m.end) or opened and head.startswith(")", m.end)
                or not opened and reader.line_end.match(text, m.end)):
            return m
    return None


_DIGIT = re.compile(r"\d")
# "March 10 (Wire) -", "March 10 (Wire) --", "March 10, 2025 /Wire/ --", "10/03/2025 (ACP).- "
_CLOSES_DATELINE = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*|/[^/\n]{1,40}/\s*)?\.?(?:[—–|]|-{1,2}\s|:\s)")
# the place and outlet before a dateline's date ('LAGOS, ', 'Juba, South Sudan, '): capitalised words, not a sentence
_HEADER = re.compile(r"[\s,]*(?:[A-ZÀ-Ý][\w'’.-]*[\s,/|:–—-]*){0,8}")
