"""Quantities in text: digits, number words, ranges, bounds and vague words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num

from .scan import caseless
from .text import CaselessPattern, alternation, trie_alternation


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int  # offsets within the searched string
    end: int
    low: int | None
    high: int | None  # None = open-ended
    vague: bool
    exact_word: bool  # the number itself was "a"/"an"/"one": only counts before a counted noun


class NumberReader:
    """Compiled number patterns for one language."""

    def __init__(self, data: dict, language: str):
        self.language = language
        self.units = {k.lower(): v for k, v in data.get("units", {}).items()}
        self.vague = {k.lower(): v for k, v in data.get("vague", {}).items()}
        self.approx = [w.lower() for w in data.get("approximate", [])]
        self.lower_b = [w.lower() for w in data.get("lower", []) if w.lower() not in self.approx]
        self.upper_b = [w.lower() for w in data.get("upper", []) if w.lower() not in self.approx]
        self.vague_not_alone = set(data.get("vague_not_alone", []))
        # "how many were hurt", "did not say how many": a question about a number, not one
        self._not_after = re.compile(rf"(?<![\w-])(?:{alternation(data.get('vague_not_after', []))})\s+$", re.I)
        # "one hundred and five", "vingt et un", "treinta y dos": one number
        self.connectors = {w.lower() for w in data.get("connectors", [])}
        self._keep_connectors = data.get("keep_connectors", False)
        self._connector_rx = re.compile(rf" (?:{alternation(self.connectors)}) ")
        self.weak = {w.lower() for w in data.get("weak_numbers", [])}
        self.scale = {k.lower(): v for k, v in data.get("scale_words", {}).items()}  # "two dozen" = 2 x 12
        word = trie_alternation(self.units) or "(?!)"  # a prefix tree: a flat alternation is slow
        conn = rf"(?:(?:{alternation(self.connectors)})[ -])?" if self.connectors else ""  # "vingt-et-un" too
        # "1,5 million", "deux millions": a word after the number multiplies it (a decimal only before one)
        self.multipliers = {k.lower(): v for k, v in data.get("multipliers", {}).items()}
        mult = alternation(self.multipliers) if self.multipliers else "(?!)"
        self._multiplier = re.compile(rf"[ \u00a0\u202f]+({mult})(?![\w-])", re.I)
        decimal = rf"\d+[.,]\d{{1,2}}(?=[ \u00a0\u202f]+(?:{mult})(?![\w-]))"
        num = rf"(?:{decimal}|\d{{1,3}}(?:[ ,.\u00a0\u202f]\d{{3}})+(?!\d)|\d+|(?:{word})(?:[ -]{conn}(?:{word}))*)"
        self._num = num
        mod = trie_alternation(self.approx + self.lower_b + self.upper_b) or "(?!)"
        ranges = []
        for tpl in data.get("range", []):
            rx = re.escape(tpl).replace(r"\{a\}", f"(?P<a>{num})").replace(r"\{b\}", f"(?P<b>{num})")
            # the template's own words (" to ", "-") must be in the sentence: most sentences skip the search
            words = [caseless(w) for w in re.split(r"\{[ab]\}", tpl) if w]
            ranges.append((CaselessPattern(rf"(?<![\w-]){rx}(?![\w])"), [w for w in words if w is not None]))
        self._ranges = ranges
        # "le bilan est passé de 12 à 20 morts": a figure updated from one number to another is no range
        self._update = re.compile(rf"(?:{data['range_not_after']})\s*$", re.I) if data.get("range_not_after") else None
        vague = trie_alternation(self.vague) or "(?!)"
        self._single = CaselessPattern(
            rf"(?<![\w-])(?:(?P<mod>{mod})\s+)?(?:(?P<vague>{vague})|(?P<num>{num}))(?![\w])")

    def value(self, s: str) -> int | None:
        s = s.strip().lower()
        digits = _SEPARATORS.sub("", s)
        if digits.isdigit():
            return int(digits)
        if s in self.units:
            return self.units[s]
        try:
            return int(text2num(s if self._keep_connectors else self._connector_rx.sub(" ", s), self.language))
        except (ValueError, TypeError):
            parts = re.split(r"[ -]+", s)
            vals = [self.units.get(p) for p in parts if p not in self.connectors]
            if not vals or any(v is None for v in vals):
                return None
            total = 0
            for p, v in zip([p for p in parts if p not in self.connectors], vals, strict=True):
                total = total * self.scale[p] if total and p in self.scale else total + v  # "two dozen": 24
            return total

    def find(self, text: str, folded: str | None = None) -> list[Quantity]:
        """The quantities of ``text`` (``folded``: its ``caseless`` copy, when the caller has it)."""
        found: list[Quantity] = []
        taken: list[tuple[int, int]] = []
        if folded is None:
            folded = caseless(text)

        def group(m: re.Match, name: str) -> str | None:  # the words as written (the match may be on the copy)
            s, e = m.span(name)
            return text[s:e] if s >= 0 else None

        for rx, words in self._ranges:
            if folded is not None and not all(map(folded.__contains__, words)):
                continue
            for m in rx.finditer(text, folded):
                ra, rb = group(m, "a"), group(m, "b")
                a, b = self.value(ra), self.value(rb)
                if (a is None or b is None or b <= a or _is_year(ra) or _is_year(rb)
                        or any(s <= m.start() < e for s, e in taken)
                        or self._update is not None and self._update.search(text, max(0, m.start() - 40), m.start())):
                    continue
                found.append(Quantity(m.start(), m.end(), a, b, False, False))
                taken.append((m.start(), m.end()))
        for m in self._single.finditer(text, folded):
            if taken and any(s <= m.start() < e for s, e in taken):
                continue
            mod = (group(m, "mod") or "").lower()
            if group(m, "vague"):
                w = group(m, "vague").lower()
                if w in self.vague_not_alone and not mod or self._not_after.search(text, max(0, m.start() - 20),
                                                                                    m.start()):
                    continue
                low = self.vague[w]
                found.append(Quantity(m.start(), m.end(), low, None, True, False))
                continue
            raw = group(m, "num")
            if _is_year(raw) or _is_time(text, m.end()):
                continue
            val = self.value(raw)
            if val is None:
                continue
            end = m.end()
            times = self._multiplier.match(text, end) if self.multipliers else None
            if times:  # "1,5 million de personnes": 1 500 000, the figure's span takes in the word
                val = round(float(_DECIMAL_COMMA.sub(".", raw)) * self.multipliers[times.group(1).lower()]) \
                    if _DECIMAL.fullmatch(raw) else val * self.multipliers[times.group(1).lower()]
                end = times.end()
            lw = raw.lower()
            exact_word = lw in self.weak
            if mod in self.lower_b:
                found.append(Quantity(m.start(), end, val, None, False, exact_word))
            elif mod in self.upper_b:
                found.append(Quantity(m.start(), end, None, val, False, exact_word))
            else:
                found.append(Quantity(m.start(), end, val, val, False, exact_word))
        found.sort(key=lambda q: q.start)
        return _restated(text, found)


_DECIMAL = re.compile(r"\d+[.,]\d{1,2}")  # only read before a multiplier word ("1,5 million")
_DECIMAL_COMMA = re.compile(r",")
_SEPARATORS = re.compile(r"[ ,.\u00a0\u202f]")  # French writes "1 200" with a (narrow) no-break space
_YEAR = re.compile(r"(?:19|20)\d\d")
_RESTATED = re.compile(r"\s*\(\s*0*(\d+)\s*\)")


def _restated(text: str, found: list[Quantity]) -> list[Quantity]:
    """'quatre (04) morts' (army communiqués): the digits in brackets repeat the word, one figure."""
    if "(" not in text:  # most sentences: no brackets to read after each figure
        return found
    out: list[Quantity] = []
    skip_until = -1
    for q in found:
        if q.start < skip_until:
            continue
        m = _RESTATED.match(text, q.end)
        if m and int(m.group(1)) in (q.low, q.high):
            q = Quantity(q.start, m.end(), q.low, q.high, q.vague, False)  # "un (01) mort": a figure, not an article
            skip_until = m.end()
        out.append(q)
    return out


def _is_year(raw: str) -> bool:
    return bool(_YEAR.fullmatch(raw.strip()))


def _is_time(text: str, end: int) -> bool:
    tail = text[end:end + 3]
    return tail[:1] == ":" and tail[1:2].isdecimal()  # "10:30" ("1st", "14h": a number never runs into letters)
