"""The calendar day of a night: a night spans two days, and what happens after midnight is the second one's
('in the night of Saturday to Sunday, at about 3 a.m.' is Sunday; 'overnight ... shortly after midnight', read
from the page's day, is that day). Without an hour the night keeps the day it began on (the first named, or the
evening before the page's). Apart from :mod:`.dates`, which reads each day, and :mod:`.dating`, which chooses
among them: this reads the hour a sentence or the next gives, once a night is named."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from ..text import fold
from ..vocab import DAY
from .dates import DateMention

_NONE = re.compile("(?!)")


class NightReader:
    """The words of a language's nights (dates.json: ``night_cue``, ``night_span_before``, ``night_span_joiners``,
    ``small_hours``, ``evening_hours``, ``night_words``)."""

    def __init__(self, data: dict, ordinal_after: str | None = None):
        # a day number opening a phrase of two days ('24 au 25 mai', '24th to 25th'), its ordinal suffix the language's
        self.day = re.compile(rf"[0-3]?\d(?:{ordinal_after})?" if ordinal_after else r"[0-3]?\d")
        self.cues = tuple(w.lower() for w in data.get("night_cue", []))  # a substring every night phrase holds
        self.before = re.compile(rf"(?:{data['night_span_before']})\s*$", re.I) if data.get("night_span_before") \
            else _NONE
        joiners = "|".join(re.escape(w) for w in data.get("night_span_joiners", []))
        self.joiner = re.compile(rf"\s+(?:{joiners})\s+", re.I) if joiners else _NONE
        self.small = re.compile(data["small_hours"], re.I) if data.get("small_hours") else _NONE
        self.evening = re.compile(data["evening_hours"], re.I) if data.get("evening_hours") else _NONE
        self.words = frozenset(fold(w) for w in data.get("night_words", []))

    def named(self, folded: str | None, text: str) -> bool:
        """The cheap gate: the sentence names a night at all."""
        searched = folded if folded is not None else text.lower()
        return any(c in searched for c in self.cues)

    def spans(self, text: str, base: int, days: list[DateMention]) -> list[tuple[DateMention, DateMention]]:
        """'the night of Saturday to Sunday', 'la nuit du samedi 24 au dimanche 25': two days one after the other,
        joined as one night. Offsets are the text's plus ``base``."""
        out = []
        for a, b in zip(days, days[1:], strict=False):
            # 'du 24 au 25 mai': the first day's phrase holds the second ('24 au 25 mai', then '25 mai')
            first = self.day.match(text, a.start - base) if a.end > b.start else None
            gap = (a.end, b.start) if a.end <= b.start else (base + first.end(), b.start) if first else None
            if gap and a.date and b.date and b.date - a.date == timedelta(days=1) \
                    and self.joiner.fullmatch(text, gap[0] - base, gap[1] - base) \
                    and self.before.search(text, max(0, a.start - base - 30), a.start - base):
                out.append((a, b))
        return out

    def single(self, text: str, base: int, days: list[DateMention]) -> list[DateMention]:
        """A relative word naming the night before the page's day ('overnight', 'last night'), or a day named as a
        night's ('overnight Saturday', 'dans la nuit de samedi', 'on the night of May 24')."""
        return [d for d in days if d.date and (
            d.kind == "relative" and fold(text[d.start - base:d.end - base]).strip() in self.words
            or d.kind in ("weekday", "absolute") and d.precision == DAY
            and self.before.search(text, max(0, d.start - base - 30), d.start - base) is not None)]

    def after_midnight(self, texts: list[str]) -> bool:
        """An hour after midnight and none of the evening in the words that tell the night."""
        return any(self.small.search(t) for t in texts) and not any(self.evening.search(t) for t in texts)


def second_days(views: list, reader: NightReader, published: date | None) -> None:
    """Each news sentence that names a night and gives (or whose next undated sentences give) an hour after
    midnight: its night's event day is the second day ('cette nuit', already the page's day, stays).
    ``views``: the report's sentence views, changed in place."""
    for i, v in enumerate(views):
        if v.background or not v.event_dates or not reader.named(v.folded, v.s.text):
            continue
        text, base = v.s.text, v.s.start
        spans = reader.spans(text, base, v.event_dates)
        nights = [d for d in reader.single(text, base, v.event_dates)
                  if d.kind != "relative" or published and d.date < published] \
            if not spans else []
        if not spans and not nights:
            continue
        told = [text]  # the hour may come in the next sentences that give no day of their own
        for w in views[i + 1:i + 3]:
            if w.dates:
                break
            told.append(w.s.text)
        if not reader.after_midnight(told):
            continue
        first = {a.start for a, _b in spans}
        later = {d.start: replace(d, date=d.date + timedelta(days=1)) for d in nights}
        v.event_dates = [later.get(d.start, d) for d in v.event_dates if d.start not in first]
        v.dates = [later.get(d.start, d) for d in v.dates]
