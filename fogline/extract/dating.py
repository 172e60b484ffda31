"""Which of the days a report tells dates its events: across sentences ('the next day' counts from the day told
last; a weekday written with its date pins it for the whole report) and within one (the day a speaker spoke, a
day of another incident). :mod:`.dates` reads the day mentions; this module chooses among them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from .. import vocab
from ..vocab import DAY, MONTH, WEEK
from .dates import SAME_DAY, DateMention

# a year written in a report: '(?<![\w-])((?:19|20)\d\d)(?![\w-])', its lookbehind read after the digits (the
# same matches), so that the engine skips to a '1' or a '2' instead of trying the lookbehind at every character
YEAR = re.compile(r"((?:19|20)\d\d)(?<![\w-]\d{4})(?![\w-])")


def told_first(dates: list[DateMention], events: list[int], text: str, base: int, reporting: re.Pattern[str]
               ) -> list[DateMention]:
    """'On Monday, police said gunmen had killed 12 villagers on Sunday': a day before a speaker and its reporting
    verb, with no event word between them, is when the speaker spoke, when the words reported give a day of their
    own after it. ``events``: the starts of the sentence's event words; ``reporting``: the speaker and its verb,
    matched where the day ends; offsets are the text's plus ``base``."""
    told = {}
    for d in dates:
        if closes_a_clause(d, events, text, base):
            continue
        limit = min((e for e in events if e >= d.end), default=base + len(text))
        m = reporting.match(text, d.end - base, limit - base)
        if m:
            told[d.start] = base + m.end()
    if not told:
        return dates
    # the reported words' own day: one no speaker follows ('On Sunday, residents said ..., and on Monday police
    # said ...' has none: Sunday stays)
    return [d for d in dates if d.start not in told
            or not any(o.start not in told and o.start >= told[d.start] for o in dates)]


_BOUND = re.compile(r"[ \t]*(?:[^\W\d]+[ \t]+){0,2}")  # up to two words, no punctuation: 'killed on', 'tués'


def bound_later(dates: list[DateMention], events: list[tuple[int, int]], text: str, base: int
                ) -> list[DateMention]:
    """'The president on Monday offered condolences to the families of 15 soldiers killed on Saturday', 'Un deuil
    a été décrété lundi après l'attaque de samedi': a day written right after an event word ('killed on
    Saturday', 'l'attaque de samedi') is that event's; an earlier day whose first event word after it is that
    one dates something else the sentence tells (a reaction), not the event. ``events``: the event words'
    (start, end), offsets of the text plus ``base``."""
    out = dates
    for d in dates:
        word = next((e for e in events if e[1] <= d.start and e[1] >= d.start - 24
                     and _BOUND.fullmatch(text, e[1] - base, d.start - base)), None)
        if word is None:
            continue
        out = [o for o in out if not (o.end <= word[0] and o is not d and o.date != d.date
                                      and min((e[0] for e in events if e[0] >= o.end), default=-1) == word[0])]
    return out


def incise_after(d: DateMention, events: list[int], text: str, base: int) -> bool:
    """'Des rebelles ont tué 12 civils hier, a indiqué l'armée': a day that closes a clause with an event word of
    its own, right before a comma and an inverted speaker, is the event's ('hier, a indiqué l'armée' alone is when
    it was said). ``events``: the event words' offsets in ``text``, whose offsets are the text's plus ``base``."""
    return text.startswith(",", d.end - base) and closes_a_clause(d, [e + base for e in events], text, base)


def closes_a_clause(d: DateMention, events: list[int], text: str, base: int) -> bool:
    """'Gunmen killed 13 soldiers on Friday, military sources said': a day after an event word of its own clause
    (no comma or semicolon between them) ends the words reported, so it is theirs, not the speaker's; the
    speaker's day opens its clause ('On Monday, police said', '..., and on Monday police said')."""
    start = max(text.rfind(c, 0, d.start - base) for c in ",;:") + 1 + base
    return any(start <= e < d.start for e in events)


def anchored_elsewhere(dates: list[DateMention], text: str, base: int, opener: re.Pattern[str]) -> list[DateMention]:
    """'The attack came three days after 15 people were killed in a nearby village on Thursday': a day in a clause
    that ``opener`` opens ('days after', 'jours après') dates the other incident that clause tells, not this one:
    it keeps its place (its words are no figure, no place) without a precision, so nothing dates an event by it.
    The clause runs to the first comma when it opens the sentence ('Two days after the raid on Sunday, troops
    ...'), else to the sentence's end. Offsets are the text's plus ``base``."""
    spans = []
    for m in opener.finditer(text):
        lead = not text[:m.start()].strip(" \t\n\"'“‘(")
        comma = text.find(",", m.end()) if lead else -1
        spans.append((base + m.end(), base + (comma if comma >= 0 else len(text))))
    if not spans:
        return dates
    return [replace(d, precision=None) if any(a <= d.start < b for a, b in spans) else d for d in dates]


def led_elsewhere(dates: list[DateMention], events: list[int], text: str, base: int, lead: re.Pattern[str]
                  ) -> list[DateMention]:
    """'Following the abduction of 40 farmers on Oct. 15, troops on Saturday clashed with bandits': a day in a
    phrase that opens the sentence with a word of reference (``lead``: 'since', 'following', 'in retaliation
    for', 'depuis') and runs to its first comma dates what the clause after it refers to, when that clause
    tells an event with a day of its own; that day dates the sentence. Without one ('Since Sunday, fighting has
    killed 20 people') the lead's day stays. Offsets are the text's plus ``base``."""
    m = lead.match(text)
    comma = text.find(",", m.end()) if m else -1
    if comma < 0:
        return dates
    end = base + comma
    if not any(d.start >= end for d in dates) or not any(e >= end for e in events):
        return dates
    return [replace(d, precision=None) if d.start < end else d for d in dates]


def earlier_incident(groups: list[list[DateMention]], news: list[bool]) -> list[bool]:
    """'Gunmen killed 12 people in Zamfara, police said. The village had been attacked before, on Oct. 12. The
    latest attack took place on Sunday night': in a report whose news sentences tell days of its own week, a news
    sentence whose days are all written dates a week or more before the first of those days tells an earlier
    incident (background): it neither dates the report's undated lead nor opens an event. ``groups``: each
    sentence's event days (a day something was said is not enough: 'HRW said on Wednesday that a strike killed
    13 on Dec. 27'); ``news``: the sentences not already background."""
    weekdays = [d.date for ds, n in zip(groups, news, strict=True) if n for d in ds
                if d.kind == "weekday" and d.date and d.precision == DAY]
    if not weekdays:
        return [False] * len(groups)
    first = min(weekdays)
    # a span around that date ('this month, on March 2', 'début mars, le 2 mars') only frames it
    return [n and bool(ds) and any(d.precision == DAY for d in ds)
            and all(d.kind == "absolute" and d.date and (first - d.date).days >= 7 for d in ds if d.precision == DAY)
            and all(d.precision in (WEEK, MONTH) for d in ds if d.precision != DAY)
            for ds, n in zip(groups, news, strict=True)]


def pin_weekdays(groups: list[list[DateMention]]) -> list[list[DateMention]]:
    """A weekday written with its date ('on Monday, July 15') names that day for the whole report: a later bare
    'Monday' is the same day, even when the date and the weekday disagree or the page's date is off. It also sets
    the report's week: a bare weekday that the page's date puts a week or more after it is the one nearest to it
    ('Friday, March 21 ... returned on Saturday' in a page dated March 31 is the 22nd)."""
    pinned = {d.label: d.date for ds in groups for d in ds if d.kind == "absolute" and d.label and d.date}
    if not pinned:
        return groups
    first = min(pinned.values())
    out = []
    for ds in groups:
        new = [replace(d, date=pinned[d.label]) if d.kind == "weekday" and d.date and d.label in pinned
               and d.date != pinned[d.label] and abs((d.date - pinned[d.label]).days) < 7
               else replace(d, date=first + timedelta(days=(d.date.weekday() - first.weekday() + 3) % 7 - 3))
               if d.kind == "weekday" and d.date and (d.date - first).days >= 7
               else d for d in ds]
        out.append(new if any(a is not b for a, b in zip(new, ds, strict=True)) else ds)
    return out


def chain_days(groups: list[list[DateMention]], counted: list[set[int]]) -> list[list[DateMention]]:
    """'The day before', 'the next day' count from the day the report told last, not from its publication: 'the
    first strike was on Tuesday 11 March ... The next day, fighting broke out' is the 12th. ``counted``: the
    starts of the mentions that can be counted from, per sentence (an incident's days; not the day something was
    said, nor a background sentence's). A day named before the word in its own sentence comes first ('the army
    said on Saturday it had struck the day before'); for a day counted back, then the day its sentence's speaker
    spoke, told after it ('struck the day before, the army said on Saturday'). Before any incident's day, a day
    counted back ('a day earlier', 'the day before') counts from the day a news sentence said something ('Boko
    Haram killed 16 farmers, the governor said on Thursday. The killings happened a day earlier'); a background
    sentence's ``counted`` is None. Without any, the word has no date (``segment`` counts a next day from the
    incident before)."""
    last: date | None = None
    said: date | None = None  # the day a news sentence last said something
    out = []
    for ds, starts in zip(groups, counted, strict=True):
        new: list[DateMention] = []
        for j, d in enumerate(ds):
            base = next((n.date for n in reversed(new) if n.date and n.precision == DAY), None)
            if base is None and d.step < 0 and starts is not None:
                # 'they had attacked the post the day before, the army said on Monday': counted back from the day
                # its own sentence's speaker spoke, told after it
                base = next((o.date for o in ds[j + 1:] if o.date and o.precision == DAY and not o.step
                             and o.start not in starts), None)
            if base is None:
                base = last if last is not None or d.step >= 0 else said
            if (d.step or d.kind == SAME_DAY) and base is not None and d.date != base + timedelta(days=d.step):
                d = replace(d, date=base + timedelta(days=d.step), precision=d.precision or DAY)
            new.append(d)
            if d.date and d.precision == DAY and starts is not None:
                if d.start in starts:
                    last = d.date
                else:
                    said = d.date
        out.append(new if any(a is not b for a, b in zip(new, ds, strict=True)) else ds)
    return out


def counted_from_later(dates: list[DateMention], event_dates: list[DateMention], events: list[int], text: str,
                       base: int, opener: re.Pattern[str], after: frozenset[str], counts: dict[str, int],
                       units: dict[str, int]) -> tuple[list[DateMention], list[DateMention]]:
    """'Troops reached the village on Sunday, two days after the attack': a day told before 'N days after' whose
    clause holds no event word is the day of what followed; the incident the opener's clause tells (an event word,
    up to the next comma, with none after it: 'Sunday, two days after the visit, jihadists attacked' is Sunday's)
    took place N days before it, and that count dates it. So does the day a speaker spoke right before the count
    ('gunmen killed 7 people, police said on Monday, a day after the attack'), whatever came before. ``after``:
    the opener's words that put its incident first ('after', 'après'); ``counts``, ``units``: the number words
    and the units with their days (:class:`.dates.DateReader`'s). Returns the sentence's dates and event dates;
    offsets are the text's plus ``base``."""
    for m in opener.finditer(text):
        words = m.group().split()
        if not any(w.lower() in after for w in words):
            continue
        n = _days_in(words[:-1], counts, units)
        told = [d for d in dates if d.end <= base + m.start() and d.date and d.precision == DAY]
        comma = text.find(",", m.end())
        end = base + (comma if comma >= 0 else len(text))  # the opener's clause; a main clause may resume after it
        if not n or not told or any(e >= end for e in events) or not any(base + m.end() <= e < end for e in events):
            continue
        day = told[-1]
        said = day not in event_dates and not text[day.end - base:m.start()].strip(" ,;:")
        if any(e < base + m.start() for e in events) and not said:
            continue
        start = base + m.start()
        counted = DateMention(start, start + len(m.group().rstrip()), day.date - timedelta(days=n),
                              DAY if n < 7 else WEEK, "relative")
        return (sorted([d for d in dates if d is not day] + [counted], key=lambda d: d.start),
                sorted([d for d in event_dates if d is not day] + [counted], key=lambda d: d.start))
    return dates, event_dates


def _days_in(words: list[str], counts: dict[str, int], units: dict[str, int]) -> int | None:
    """The days a count of days or weeks says ('two days', 'a week', 'trois jours'); None for other units."""
    if len(words) < 2 or words[-1].lower() not in units:
        return None
    n = " ".join(words[:-1]).lower()
    count = int(n) if n.isdigit() else counts.get(n)
    return count * units[words[-1].lower()] if count else None


def news_first(dates: list[DateMention], event_dates: list[DateMention], text: str, base: int, year: int | None
               ) -> bool:
    """'Gunmen killed 12 people in Bokkos on Sunday, police said, in the deadliest attack since December 2023': a
    sentence that tells its incident's day of the week (a weekday, 'yesterday') before any past year or month
    compares it with the past; it is news, not history. Offsets are the text's plus ``base``."""
    first = min(event_dates, key=lambda d: d.start)
    if first.kind not in ("weekday", "relative") or first.precision != DAY:
        return False
    if any(d.start < first.start and d.precision in (vocab.MONTH, vocab.YEAR) for d in dates):
        return False  # "In January, gunmen killed 30 people, and on Sunday ..."
    return not any(year and int(m.group(1)) < year for m in YEAR.finditer(text, 0, first.start - base))
