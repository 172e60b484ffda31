"""Date phrases resolved against the published date, with ACLED-style precision."""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..vocab import DAY, WEEK
from .calendar_days import SAME_DAY, DateMention, absolute, counted_from, numeric_date, of_this_month
from .day_counts import DayCounts
from .quoted_days import QUOTE_MARKS, speakers_days
from .scan import caseless
from .text import CaselessPattern, alternation, said_twice, trie_alternation


class DateReader:
    def __init__(self, data: dict, language: str, numbers: dict | None = None):
        self.language = language
        # "two days after the attack": the opener's words that put its incident before the day told (dating)
        self.after_words = frozenset(w.lower() for w in data.get("days_after_words", []))
        self.weekdays = {k.lower(): v for k, v in data.get("weekdays", {}).items()}
        self.months = {k.lower(): v for k, v in data.get("months", {}).items()}
        self.rel_days = {k.lower(): v for k, v in data.get("relative_days", {}).items()}
        self.rel_weeks = {k.lower(): v for k, v in data.get("relative_weeks", {}).items()}
        self.rel_months = {k.lower(): v for k, v in data.get("relative_months", {}).items()}
        self.week_starts = {k.lower(): v for k, v in data.get("week_starts", {}).items()}  # Monday of a week
        self.week_so_far = frozenset(w.lower() for w in data.get("week_so_far", []))  # "earlier this week"
        # "at the end of last week", "en milieu de semaine dernière": [the week (0 this, -1 last), its weekday]
        self.week_parts = {k.lower(): tuple(v) for k, v in data.get("week_parts", {}).items()}
        self.last_words = [w.lower() for w in data.get("last_words", [])]
        # the words of 'last' that may come before a weekday: French puts 'dernier', 'passé' after it ('lundi
        # passé'); before it, 'le bilan est passé lundi à 40' is a verb
        self.last_before = [w.lower() for w in data.get("last_words_before", self.last_words)]
        self.next_day = [w.lower() for w in data.get("next_day_words", [])]
        self.prev_day = [w.lower() for w in data.get("previous_day_words", [])]
        # "l'avant-veille": two days before the day told before (days_before_words: regex -> days)
        self.days_before = {w.lower(): n for w, n in data.get("days_before_words", {}).items()}
        self._back_steps = [(re.compile(w, re.I), n) for w, n in self.days_before.items()]
        self.same_day = [w.lower() for w in data.get("same_day_words", [])]
        self.early_words = [w.lower() for w in data.get("early_words", [])]
        self.late_words = [w.lower() for w in data.get("late_words", [])]
        self.middle_words = [w.lower() for w in data.get("middle_words", [])]  # "mid-February": its middle
        self.homographs = {w.lower() for w in data.get("month_homographs", [])}  # "may": not alone
        # "Mar", "Dec": a short form of a longer name of the same month, too ambiguous alone ("mai" is a full name)
        self._short = {w for w, n in self.months.items() if any(o != w and o.startswith(w) and self.months[o] == n
                                                                   for o in self.months)}
        # "on Tuesday last week": words right after a weekday that put it in the week before the page's
        self._week_before = re.compile(data["weekday_week_before"], re.I) if data.get("weekday_week_before") \
            else re.compile("(?!)")
        # "a week ago Saturday", "Saturday before last": the weekday a week before the latest one (words after
        # the weekday, and words before it that end where it starts)
        self._week_earlier = re.compile(data.get("weekday_week_earlier_after") or "(?!)", re.I)
        self._week_earlier_lead = re.compile(data.get("weekday_week_earlier_before") or "(?!)", re.I)
        self._homograph_opener = re.compile(  # "in May", "since May": a preposition that only a month follows
            rf"\b(?:{alternation(data.get('homograph_openers', []))})\s+$", re.I) \
            if data.get("homograph_openers") else re.compile("(?!)")
        self.weekends = {k.lower(): v for k, v in data.get("weekends", {}).items()}
        # "on Christmas Day", "la veille de Noël": a day of the calendar named, [month, day] (no year: the latest)
        self.named_days = {k.lower(): tuple(v) for k, v in data.get("named_days", {}).items()}
        self.this_month = [w.lower() for w in data.get("this_month_words", [])]  # "le 12 courant"
        self.numeric_order = data.get("numeric_order", "dmy")
        esc = lambda ws: trie_alternation(ws) or "(?!)"  # noqa: E731  (a prefix tree of literal words)
        wd, mo = esc(self.weekdays), esc(self.months)
        last, last_before = esc(self.last_words), esc(self.last_before)
        edge = esc(self.early_words + self.late_words)
        sfx = rf"(?:{alternation(data.get('day_suffixes', []))})?"  # "1st", "1er"
        of = rf"(?:\s+(?:{alternation(data.get('day_of', []))}))?"  # "the 6th of March"
        join = alternation(data.get("day_joiners", []))  # "12 and 14 February", "du 7 au 8 mars"
        year = r"(?P<y>(?:19|20)\d\d)"
        first = rf"(?:(?P<d0>[0-3]?\d){sfx}\s*(?:{join})\s*)?"
        day = rf"(?P<d>[0-3]?\d){sfx}"
        # a weekday with its date: "Monday, July 15", "Wednesday (July 2)", "jeudi 1er août"
        art = rf"(?:(?:{alternation(data.get('day_articles', []))})\s+)?"  # "Saturday, the 8th of March"
        wdate = (rf"(?:,?\s+|\s*\(\s*)(?:{art}(?P<d3>[0-3]?\d){sfx}{of}\s+(?P<m3>{mo})\.?"
                 rf"(?:,?\s+(?P<y3>(?:19|20)\d\d))?|(?P<m5>{mo})\.?\s+(?P<d5>[0-3]?\d){sfx}"
                 rf"(?:,?\s+(?P<y5>(?:19|20)\d\d))?)\)?")
        digits = [  # alternatives that start with a digit, then those that start with a letter: each position
            # tries one guard per group, not every alternative (the scan runs on every sentence)
            r"(?P<num>(?P<n1>[0-3]?\d)[/.](?P<n2>[0-3]?\d)[/.](?P<n3>(?:19|20)\d\d))",
            r"(?P<iso>(?P<i1>(?:19|20)\d\d)-(?P<i2>[01]\d)-(?P<i3>[0-3]\d))",
            rf"(?P<dmy>{first}{day}{of}\s+(?P<m1>{mo})\.?(?:,?\s+{year})?)",
            rf"(?P<cur>(?P<dc>[0-3]?\d){sfx}\s+(?:{esc(self.this_month)}))",
            # "on the 9th," with no month: a day of the report's month (the article is checked before it)
            rf"(?P<ord>(?P<do>[0-3]?\d)(?:{alternation(data.get('day_suffixes', [])) or '(?!)'})(?=\s*[,.;:)]|\s*$))",
        ]
        # relative day words and phrases: searched as words, and their first letters in the quick test (``_initials``)
        self._relative_words = [*self.rel_days, *self.rel_weeks, *self.rel_months, *self.week_starts, *self.week_so_far,
                                *self.week_parts,
                                *self.weekends, *self.next_day, *self.same_day, *self.named_days]
        phrases = esc(self._relative_words)
        words = [
            rf"(?P<mdy>(?P<m2>{mo})\.?\s+(?P<d2>[0-3]?\d){sfx}(?:\s*(?:{join})\s*(?P<d2b>[0-3]?\d){sfx})?"
            rf"(?:,?\s+(?P<y2>(?:19|20)\d\d))?)",
            rf"(?P<wd>(?:(?P<last>{last_before})\s+)?(?P<wdn>{wd})(?:{wdate}|\s+(?P<d4>[0-3]?\d){sfx}(?![\w/.-])"
            rf"|\s+(?P<last2>{last}))?)",  # "last Sunday", "dimanche dernier"
            # one prefix tree for every literal phrase; the phrase's kind is looked up after the match
            rf"(?P<rel>{phrases})",
            rf"(?P<pd>{alternation([*self.prev_day, *self.days_before])})",
            rf"(?P<mon>(?:(?P<edge>{edge})\s+|(?P<mid>{esc(self.middle_words)})(?:-|\s+))?(?P<m4>{mo})"
            rf"(?:\s+(?P<y4>(?:19|20)\d\d))?)",
        ]
        self._rx = CaselessPattern(rf"(?<![\w-])(?:(?=\d)(?:{'|'.join(digits)})|(?={self._initials()})"
                                   rf"(?:{'|'.join(words)}))(?![\w])")
        self._names = dict(self._rx.pattern_groups())
        # "an overnight raid" describes the raid, it does not date it
        self._not_date = re.compile(alternation(data.get("not_dates", [])) or "(?!)", re.I)
        self.day_counts = DayCounts(data, language, numbers, self._not_date)
        # a date that names a place or a group: "the 14th October battalion", "le Mouvement du 23 mars"
        self._name_after = re.compile(data.get("date_name_after", "(?!)"), re.I)
        self._name_before = re.compile(data.get("date_name_before", "(?!)"), re.I)
        # "in the same area as the day before": a day compared with, not the one the sentence tells of
        self._compared = re.compile(data.get("compared_before", "(?!)"), re.I)
        # the article a day may take ('le 10 mars'): also before a dateline's date (filed.dateline)
        self.article = re.compile(rf"(?<![\w-])(?:{alternation(data.get('day_articles', [])) or '(?!)'})\s+$", re.I)
        # a page's date line: 'Published On 12 Mar 2025', 'Updated: March 12, 2025 10:30 AM' (filed.dateline)
        at = alternation(data.get("time_joiners", [])) or "(?!)"
        clock = data.get("clock_time") or "(?!)"  # "10:30 AM", "14h30 GMT"
        # 'Updated: March 18, 2025', 'Mis à jour le 18 mars 2025': a date line of an update, not of the first
        # publication (filed.dateline prefers a line after it)
        self.updated = re.compile(rf"[\W_]*(?:{alternation(data.get('updated_words', [])) or '(?!)'})\b", re.I)
        self.line_end = re.compile(rf"[ \t]*(?:,|[-–—|]|(?:{at})(?![\w]))?[ \t]*(?:{clock})?[ \t]*(?:\n|$)")

    def _initials(self) -> str:
        """A character class of the letters a date word can start with (a quick test before the word alternatives)."""
        literal = [*self.weekdays, *self.months, *self.last_words, *self.early_words, *self.late_words,
                   *self.middle_words, *self._relative_words]
        firsts = {w[0] for w in literal if w}
        for rx in [*self.prev_day, *self.days_before]:  # regex fragments: only a plain first letter is known
            if not rx[:1].isalpha():
                return r"[^\W\d]"
            firsts.add(rx[0].lower())
        return "[" + "".join(sorted(re.escape(c) for c in firsts)) + "]" if firsts else "(?!)"

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
            if g["m3"] or g["m5"]:
                day, month, end = int(g["d3"] or g["d5"]), self.months[(g["m3"] or g["m5"]).lower()], m.end()
                if g["y3"] or g["y5"]:
                    try:
                        return date(int(g["y3"] or g["y5"]), month, day), text[m.start():end]
                    except ValueError:
                        continue
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

    def _groups(self, m: re.Match, text: str) -> _Words:
        """The named groups of ``m`` with the words as written (the match may be on the caseless copy)."""
        return _Words(m.regs, text, self._names)

    def find(self, text: str, published: date | None, folded: str | None = None) -> list[DateMention]:
        """The dates of ``text`` (``folded``: its ``caseless`` copy, when the caller has it)."""
        out: list[DateMention] = []
        folded = caseless(text) if folded is None else folded
        for m in self._rx.finditer(text, folded):
            g = self._groups(m, text)
            if self._not_date.match(text, m.start()) and not (
                    g["rel"] and " ".join(g["rel"].lower().split()) in self.named_days):
                continue  # ('la veille de Noël' is a day; 'la veille de l'attaque' is none)
            if (g["pd"] or g["rel"]) and self._compared.search(text[max(0, m.start() - 20):m.start()]):
                continue
            if (g["dmy"] or g["mdy"]) and (self._name_after.match(text, m.end())
                                           or self._name_before.search(text[max(0, m.start() - 30):m.start()])):
                continue
            if g["dmy"] or g["mdy"]:
                mon = self.months[(g["m1"] or g["m2"]).lower()]
                y = g["y"] or g["y2"]
                if g["d0"]:  # "the 12th and 14th": the first day dates the whole phrase, the second its own
                    out.append(DateMention(m.start(), m.end(), *absolute(y, mon, int(g["d0"]), published),
                                           "absolute"))
                    out.append(DateMention(m.start("d"), m.end(), *absolute(y, mon, int(g["d"]), published),
                                           "absolute"))
                    continue
                out.append(DateMention(m.start(), m.end(), *absolute(y, mon, int(g["d"] or g["d2"]), published),
                                       "absolute"))
                if g["d2b"]:
                    out.append(DateMention(m.start("d2b"), m.end(), *absolute(y, mon, int(g["d2b"]), published),
                                           "absolute"))
            elif g["num"] or g["iso"]:
                out.append(DateMention(m.start(), m.end(), *numeric_date(g, published, self.numeric_order), "absolute"))
            elif g["ord"]:
                if self.article.search(text, max(0, m.start() - 8), m.start()) and published is not None:
                    out.append(DateMention(m.start(), m.end(), *of_this_month(int(g["do"]), published), "absolute"))
            elif g["cur"]:
                dm = absolute(None, published.month, int(g["dc"]), published) if published else (None, None)
                out.append(DateMention(m.start(), m.end(), *dm, "absolute"))
            elif g["wd"]:
                out.append(self._weekday(m, g, published, text))
            elif g["rel"]:
                w = " ".join(g["rel"].lower().split())
                if w in self.named_days:
                    month, day = self.named_days[w]
                    dm = absolute(None, month, day, published) if published else (None, None)
                    if dm[0] is not None and dm[0] > published:  # 'on Christmas Eve' in a page of 20 December
                        dm = absolute(str(published.year - 1), month, day, published)
                    out.append(DateMention(m.start(), m.end(), *dm, "absolute"))
                elif w in self.weekends:
                    out.append(self._weekend(m, w, published))
                elif w in self.next_day:
                    out.append(DateMention(m.start(), m.end(), None, DAY, "next_day", step=1))
                elif w in self.same_day:  # "on the same day": the day told before
                    out.append(counted_from(m.start(), m.end(), out, 0, DAY, SAME_DAY))
                else:
                    out.append(self._relative(m, w, published))
            elif g["pd"]:  # "la veille": the day before the date just given; "the eve of the vote" is no date
                back = next((n for rx, n in self._back_steps if rx.fullmatch(g["pd"])), 1)
                out.append(counted_from(m.start(), m.end(), out, -back, DAY))
            elif g["mon"]:
                mention = self._month(m, g, published, text)
                if mention is not None:
                    out.append(mention)
        out = self.day_counts.add(text, folded, published, out)
        if len(out) > 1 and published is not None and QUOTE_MARKS.search(text):
            out = speakers_days(text, out, self.rel_days)
        return out

    def _weekday(self, m: re.Match, g: dict, published: date | None, text: str = "") -> DateMention:
        """'on Friday', 'last Friday', 'Monday, July 15': the written date wins over its weekday; 'on Tuesday last
        week' is the Tuesday of the week before the page's."""
        wd = self.weekdays[g["wdn"].lower()]
        if g["m3"] or g["m5"]:
            dm = absolute(g["y3"] or g["y5"], self.months[(g["m3"] or g["m5"]).lower()], int(g["d3"] or g["d5"]),
                           published)
            if dm[0] is not None:
                return DateMention(m.start(), m.end(), *dm, "absolute", f"wd{wd}")
        if published is None:
            return DateMention(m.start(), m.end(), None, None, "weekday", f"wd{wd}")
        back = (published.weekday() - wd) % 7
        if back == 0 and (g["last"] or g["last2"]):
            back = 7
        elif back == 6 and not (g["last"] or g["last2"]):
            back = -1  # the day after the page's date: its clock is behind the place's (a time zone)
        later = self._week_earlier.match(text, m.end("wdn"))
        if later or self._week_earlier_lead.search(text, max(0, m.start() - 20), m.start()):
            # a week before the latest such weekday (today's, for 'a week ago Tuesday' said on a Tuesday; for
            # 'Saturday before last', the latest is the one before today, as for 'last Saturday')
            if back < 0 or back == 0 and later and later.groupdict().get("last"):
                back += 7
            back += 7
        elif self._week_before.match(text, m.end("wdn")):
            monday = published - timedelta(days=published.weekday() + 7)
            return DateMention(m.start(), m.end(), monday + timedelta(days=wd), DAY, "weekday", f"wd{wd}")
        return DateMention(m.start(), m.end(), published - timedelta(days=back), DAY, "weekday", f"wd{wd}")

    def _weekend(self, m: re.Match, words: str, published: date | None) -> DateMention:
        """'over the weekend': the Saturday of the latest weekend (ACLED codes a span at its middle, week
        precision); 'last weekend' said on a weekend is the one before."""
        if published is None:
            return DateMention(m.start(), m.end(), None, None, "relative")
        back = (published.weekday() - 5) % 7
        if self.weekends[words] < 0 and back <= 1:
            back += 7
        return DateMention(m.start(), m.end(), published - timedelta(days=back), WEEK, "relative")

    def _relative(self, m: re.Match, w: str, published: date | None) -> DateMention:
        if published is None:
            return DateMention(m.start(), m.end(), None, None, "relative")
        if w in self.rel_days:
            return DateMention(m.start(), m.end(), published + timedelta(days=self.rel_days[w]), DAY, "relative")
        if w in self.week_so_far:  # "earlier this week": Monday to the day before the page's, coded at its middle
            monday = published - timedelta(days=published.weekday())
            return DateMention(m.start(), m.end(), monday + timedelta(days=max(published.weekday() - 1, 0) // 2),
                               WEEK, "relative")
        if w in self.week_starts:  # "en début de semaine": the Monday of that week
            monday = published - timedelta(days=published.weekday() - 7 * self.week_starts[w])
            return DateMention(m.start(), m.end(), min(monday, published), WEEK, "relative")
        if w in self.week_parts:  # "late last week": that weekday of that week, not after the page's date
            weeks, wd = self.week_parts[w]
            when = published - timedelta(days=published.weekday() - 7 * weeks - wd)
            return DateMention(m.start(), m.end(), min(when, published), WEEK, "relative")
        if w in self.rel_weeks:
            off = self.rel_weeks[w]
            if off and off % 7 == 0:  # "last week": a calendar week, coded at its middle (Thursday), as ACLED does
                when = published - timedelta(days=published.weekday()) + timedelta(days=off + 3)
                return DateMention(m.start(), m.end(), when, WEEK, "relative")
            if off == 0:  # "this week": the middle of its days up to the page's, as ACLED codes a span
                return DateMention(m.start(), m.end(), published - timedelta(days=(published.weekday() + 1) // 2),
                                   WEEK, "relative")
            return DateMention(m.start(), m.end(), published + timedelta(days=off), WEEK, "relative")
        off = self.rel_months.get(w)
        if off is None:
            return DateMention(m.start(), m.end(), date(published.year, 7, 1), "year", "relative")
        y, mo = divmod(published.year * 12 + published.month - 1 + off, 12)
        return DateMention(m.start(), m.end(), min(date(y, mo + 1, 15), published), "month", "relative")

    def _month(self, m: re.Match, g: dict, published: date | None, text: str = "") -> DateMention | None:
        # "In May,", "since May": a capitalised homograph after a preposition only a month follows is the month
        opened = g["m4"].lower() in self.months and g["m4"][:1].isupper() and len(g["m4"]) >= 3 and \
            self._homograph_opener.search(text, max(0, m.start() - 12), m.start()) is not None
        if g["m4"].lower() in self.homographs and not g["y4"] and not g["edge"] and not g["mid"] and not opened:
            return None  # the modal verb
        if len(g["m4"]) <= 3 and not g["y4"] and not g["edge"] and not g["mid"] and not (
                opened and g["m4"].lower() in self.homographs) and (
                g["m4"].lower() in self._short or said_twice(text, m.start("m4"), m.end("m4"))):
            return None  # "Mar", "Dec" alone are too ambiguous ("late May", "mid-Dec" are months); "Mai-Mai" a militia
        mon = self.months[g["m4"].lower()]
        y = int(g["y4"]) if g["y4"] else (published.year if published else None)
        if y and published and not g["y4"] and (y, mon) > (published.year, published.month):
            y -= 1
        if y is None:
            return DateMention(m.start(), m.end(), None, None, "month")
        edge = (g["edge"] or "").lower()
        if edge in self.early_words:
            return DateMention(m.start(), m.end(), date(y, mon, 5), WEEK, "month")
        if edge in self.late_words:
            return DateMention(m.start(), m.end(), date(y, mon, 25), WEEK, "month")
        return DateMention(m.start(), m.end(), date(y, mon, 15), "month", "month")


class _Words:
    """A match's named groups read on demand: a pattern with some forty groups, of which a match uses a few."""

    __slots__ = ("regs", "text", "names")

    def __init__(self, regs, text: str, names: dict[str, int]):
        self.regs, self.text, self.names = regs, text, names

    def __getitem__(self, name: str) -> str | None:
        a, b = self.regs[self.names[name]]
        return self.text[a:b] if a >= 0 else None
