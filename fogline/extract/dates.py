"""Date phrases resolved against the published date, with ACLED-style precision."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from .text import CaselessPattern, alternation, caseless, trie_alternation


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int  # offsets within the searched string
    end: int
    date: date | None
    precision: str | None  # day, week, month, year
    kind: str  # weekday, relative, absolute, month, next_day, year
    label: str = ""  # what the words say without a published date, e.g. "wd4" for Friday


class DateReader:
    def __init__(self, data: dict, language: str):
        self.language = language
        self.weekdays = {k.lower(): v for k, v in data.get("weekdays", {}).items()}
        self.months = {k.lower(): v for k, v in data.get("months", {}).items()}
        self.rel_days = {k.lower(): v for k, v in data.get("relative_days", {}).items()}
        self.rel_weeks = {k.lower(): v for k, v in data.get("relative_weeks", {}).items()}
        self.rel_months = {k.lower(): v for k, v in data.get("relative_months", {}).items()}
        self.week_starts = {k.lower(): v for k, v in data.get("week_starts", {}).items()}  # Monday of a week
        self.last_words = [w.lower() for w in data.get("last_words", [])]
        self.next_day = [w.lower() for w in data.get("next_day_words", [])]
        self.prev_day = [w.lower() for w in data.get("previous_day_words", [])]
        self.early_words = [w.lower() for w in data.get("early_words", [])]
        self.late_words = [w.lower() for w in data.get("late_words", [])]
        self.homographs = {w.lower() for w in data.get("month_homographs", [])}  # "may": not alone
        esc = lambda ws: trie_alternation(ws) or "(?!)"  # noqa: E731  (a prefix tree of literal words)
        wd, mo = esc(self.weekdays), esc(self.months)
        last = esc(self.last_words)
        edge = esc(self.early_words + self.late_words)
        sfx = rf"(?:{alternation(data.get('day_suffixes', []))})?"  # "1st", "1er"
        day = rf"(?P<d>[0-3]?\d){sfx}"
        year = r"(?P<y>(?:19|20)\d\d)"
        pats = [
            rf"(?P<dmy>{day}\s+(?P<m1>{mo})\.?(?:,?\s+{year})?)",
            rf"(?P<mdy>(?P<m2>{mo})\.?\s+(?P<d2>[0-3]?\d){sfx}(?:,?\s+(?P<y2>(?:19|20)\d\d))?)",
            rf"(?P<wd>(?:(?P<last>{last})\s+)?(?P<wdn>{wd})(?:\s+(?P<d3>[0-3]?\d){sfx}(?:\s+(?P<m3>{mo}))?"
            rf"|\s+(?P<last2>{last}))?)",  # "last Sunday", "dimanche dernier"
            rf"(?P<rel>{esc([*self.rel_days, *self.rel_weeks, *self.rel_months, *self.week_starts])})",
            rf"(?P<nd>{esc(self.next_day)})",
            rf"(?P<pd>{alternation(self.prev_day)})",
            rf"(?P<mon>(?:(?P<edge>{edge})\s+)?(?P<m4>{mo})(?:\s+(?P<y4>(?:19|20)\d\d))?)",
        ]
        self._rx = CaselessPattern(rf"(?<![\w-])(?:{'|'.join(pats)})(?![\w])")
        self._names = list(self._rx.pattern_groups())
        # "an overnight raid" describes the raid, it does not date it
        self._not_date = re.compile(alternation(data.get("not_dates", [])) or "(?!)", re.I)

    def anchor(self, text: str, upper_year: int) -> tuple[date, str] | None:
        """A report without a publication date often still says 'jeudi 1er août' or 'Thursday, August
        1': the weekday fixes the year (the latest one not after ``upper_year``), which then dates the
        report's relative phrases. Returns the date and the words it came from."""
        found = list(self._rx.finditer(text, caseless(text)))
        groups = [self._groups(m, text) for m in found]
        for i, m in enumerate(found):
            g = groups[i]
            if not g["wd"]:
                continue
            wd = self.weekdays[g["wdn"].lower()]
            if g["d3"] and g["m3"]:
                day, month, end = int(g["d3"]), self.months[g["m3"].lower()], m.end()
            elif i + 1 < len(found) and found[i + 1].start() - m.end() <= 3 and (
                    groups[i + 1]["mdy"] or groups[i + 1]["dmy"]) and not (groups[i + 1]["y"] or groups[i + 1]["y2"]):
                n = groups[i + 1]
                day = int(n["d"] or n["d2"])
                month, end = self.months[(n["m1"] or n["m2"]).lower()], found[i + 1].end()
            else:
                continue
            for year in range(upper_year, upper_year - 12, -1):
                try:
                    when = date(year, month, day)
                except ValueError:
                    break
                if when.weekday() == wd:
                    return when, text[m.start():end]
        return None

    def _groups(self, m: re.Match, text: str) -> dict[str, str | None]:
        """``m.groupdict()`` with the words as written (the match may be on the caseless copy)."""
        spans = m.regs
        return {name: text[spans[i][0]:spans[i][1]] if spans[i][0] >= 0 else None for name, i in self._names}

    def find(self, text: str, published: date | None, folded: str | None = None) -> list[DateMention]:
        """The dates of ``text`` (``folded``: its ``caseless`` copy, when the caller has it)."""
        out = []
        for m in self._rx.finditer(text, caseless(text) if folded is None else folded):
            g = self._groups(m, text)
            if self._not_date.match(text, m.start()):
                continue
            if g["dmy"] or g["mdy"]:
                mon = self.months[(g["m1"] or g["m2"]).lower()]
                d = int(g["d"] or g["d2"])
                y = g["y"] or g["y2"]
                out.append(DateMention(m.start(), m.end(), *_absolute(y, mon, d, published), "absolute"))
            elif g["wd"]:
                wd = self.weekdays[g["wdn"].lower()]
                if g["d3"] and g["m3"]:
                    dm = _absolute(None, self.months[g["m3"].lower()], int(g["d3"]), published)
                    out.append(DateMention(m.start(), m.end(), *dm, "absolute"))
                elif published is None:
                    out.append(DateMention(m.start(), m.end(), None, None, "weekday", f"wd{wd}"))
                else:
                    back = (published.weekday() - wd) % 7
                    if back == 0 and (g["last"] or g["last2"]):
                        back = 7
                    out.append(DateMention(m.start(), m.end(), published - timedelta(days=back), "day", "weekday",
                                           f"wd{wd}"))
            elif g["rel"]:
                w = " ".join(g["rel"].lower().split())
                if published is None:
                    out.append(DateMention(m.start(), m.end(), None, None, "relative"))
                elif w in self.rel_days:
                    out.append(DateMention(m.start(), m.end(), published + timedelta(days=self.rel_days[w]),
                                           "day", "relative"))
                elif w in self.week_starts:  # "en début de semaine": the Monday of that week
                    monday = published - timedelta(days=published.weekday() - 7 * self.week_starts[w])
                    out.append(DateMention(m.start(), m.end(), min(monday, published), "week", "relative"))
                elif w in self.rel_weeks:
                    out.append(DateMention(m.start(), m.end(), published + timedelta(days=self.rel_weeks[w]),
                                           "week", "relative"))
                else:
                    off = self.rel_months.get(w)
                    if off is None:
                        out.append(DateMention(m.start(), m.end(), date(published.year, 7, 1), "year", "relative"))
                    else:
                        y, mo = divmod(published.year * 12 + published.month - 1 + off, 12)
                        d = date(y, mo + 1, 15)
                        out.append(DateMention(m.start(), m.end(), min(d, published), "month", "relative"))
            elif g["nd"]:
                out.append(DateMention(m.start(), m.end(), None, "day", "next_day"))
            elif g["pd"]:  # "la veille": the day before the date just given, else before publication
                before = next((d for d in reversed(out) if d.date and d.precision == "day"), None)
                base = before.date if before else published
                out.append(DateMention(m.start(), m.end(), base - timedelta(days=1) if base else None,
                                       "day" if base else None, "relative"))
            elif g["mon"]:
                if g["m4"].lower() in self.homographs and not g["y4"] and not g["edge"]:
                    continue  # the modal verb
                if len(g["m4"]) <= 3 and not g["y4"]:
                    continue  # "Mar", "Dec" alone are too ambiguous
                mon = self.months[g["m4"].lower()]
                y = int(g["y4"]) if g["y4"] else (published.year if published else None)
                if y and published and not g["y4"] and (y, mon) > (published.year, published.month):
                    y -= 1
                if y is None:
                    out.append(DateMention(m.start(), m.end(), None, None, "month"))
                    continue
                edge = (g["edge"] or "").lower()
                if edge in self.early_words:
                    out.append(DateMention(m.start(), m.end(), date(y, mon, 5), "week", "month"))
                elif edge in self.late_words:
                    out.append(DateMention(m.start(), m.end(), date(y, mon, 25), "week", "month"))
                else:
                    out.append(DateMention(m.start(), m.end(), date(y, mon, 15), "month", "month"))
        return out


@lru_cache(maxsize=4096)
def _absolute(year: str | None, month: int, day: int, published: date | None) -> tuple[date | None, str | None]:
    try:
        if year:
            return date(int(year), month, day), "day"
        if published is None:
            return None, None
        d = date(published.year, month, day)
        if d > published + timedelta(days=1):
            d = date(published.year - 1, month, day)
        return d, "day"
    except ValueError:
        return None, None
