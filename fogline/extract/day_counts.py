"""Counts of days and weeks: 'five days ago', 'two weeks later', 'il y a une dizaine de jours'. A pass of its own,
run only on a text holding a unit word, since number words start most words of a sentence."""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..lang import available, resources
from ..vocab import DAY, WEEK
from .calendar_days import DateMention, counted_from
from .scan import caseless
from .text import alternation, trie_alternation


class DayCounts:
    def __init__(self, data: dict, language: str, numbers: dict | None, not_date: re.Pattern):
        if numbers is None:  # the number words that count days ('five days ago') are the language's numbers.json
            numbers = resources(language)["numbers"] if language in available() else {}
        self.counts = {k.lower(): v for k, v in numbers.get("units", {}).items() if isinstance(v, int) and 1 <= v <= 31}
        self.count_units = {k.lower(): v for k, v in data.get("count_units", {}).items()}
        self._not_date = not_date
        esc = lambda ws: trie_alternation(ws) or "(?!)"  # noqa: E731  (a prefix tree of literal words)
        units, num = esc(self.count_units), esc(self.counts)
        later, earlier = alternation(data.get("later_words", [])), alternation(data.get("earlier_words", []))
        ago = alternation(data.get("ago_after", []))
        back = alternation([w.lower() for w in data.get("ago_before", [])]) or "(?!)"
        turn = rf"(?:(?P<ago>{ago or '(?!)'})|(?P<later>{later or '(?!)'})|(?P<earlier>{earlier or '(?!)'}))"
        # a count is a number, a space and a unit: ' day', ' week' in the caseless text (a unit and its plural
        # share the first)
        self._units = tuple(sorted({" " + (caseless(u) or u) for u in self.count_units
                                    if not any(v != u and u.startswith(v) for v in self.count_units)}))
        # "il y a une dizaine de jours": a count of a round number joined to its unit by "de" (count_joiners)
        # ('about ten days': a week's precision)
        cof = alternation(data.get("count_joiners", [])) or "(?!)"
        self._counts_rx = re.compile(rf"(?<![\w-])(?:(?P<cback>{back})\s+(?P<cn>[0-3]?\d|{num})\s+"
                                     rf"(?P<cof>(?:{cof})\s*)?(?P<cu>{units})|(?P<cn2>[0-3]?\d|{num})\s+"
                                     rf"(?P<cof2>(?:{cof})\s*)?(?P<cu2>{units})\s+{turn})(?![\w])", re.I)

    def add(self, text: str, folded: str | None, published: date | None,
            out: list[DateMention]) -> list[DateMention]:
        """``out`` with the counts of days of ``text`` that no other date phrase holds, in the text's order."""
        if not self._units or not any(u in (folded if folded is not None else text.lower()) for u in self._units):
            return out
        for m in self._counts_rx.finditer(text):
            if self._not_date.match(text, m.start()) or any(d.start < m.end() and m.start() < d.end for d in out):
                continue
            before = [d for d in out if d.end <= m.start()]
            mention = self._counted(m, published, before)
            if mention is not None:
                out = [*before, mention, *out[len(before):]]
        return out

    def _counted(self, m: re.Match, published: date | None, out: list[DateMention]) -> DateMention | None:
        """'five days ago', 'il y a deux semaines': counted back from the report's date; 'two days later', 'three
        days earlier': counted from the day told before (``dating.chain_days`` counts across sentences), as 'the next
        day' is. A week or more is a week's precision."""
        g = m.group
        n_text = g("cn") or g("cn2")
        n = int(n_text) if n_text.isdigit() else self.counts.get(" ".join(n_text.lower().split()))
        unit = self.count_units.get((g("cu") or g("cu2")).lower())
        if not n or not unit:
            return None
        days, precision = n * unit, DAY if unit == 1 and not (g("cof") or g("cof2")) else WEEK
        if g("cback") or g("ago"):
            if published is None:
                return DateMention(m.start(), m.end(), None, None, "relative")
            return DateMention(m.start(), m.end(), published - timedelta(days=days), precision, "relative")
        return counted_from(m.start(), m.end(), out, days if g("later") else -days, precision)
