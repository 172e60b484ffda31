"""Sentences and small text helpers; every offset refers to the unchanged document text."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from .. import lang

try:
    from _sre import unicode_tolower as _tolower
    from re import _compiler, _parser
    from re._casefix import _EXTRA_CASES
except ImportError:  # another Python: every pattern keeps IGNORECASE (see CaselessPattern)
    _compiler, _parser, _tolower, _EXTRA_CASES = None, None, None, {}

_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)]*\s+(?=[\"'“‘«(]?[A-Z0-9ÀÂÉÈÊÎÔÛÇ—–-])|\n+")


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


def split_sentences(text: str, language: str | None = None) -> list[Sentence]:
    """Split on sentence punctuation and line breaks, keeping offsets; skips the abbreviations of
    ``language`` (``sentences.json``). Without a language, those of every language are skipped."""
    return _splitter(language, lang.LANG_DIR)(text)


@cache
def _splitter(language: str | None, _folder) -> Callable[[str], list[Sentence]]:  # a new folder: new data
    codes = [language] if language else lang.available()
    words = {w for code in codes for w in lang.resources(code)["sentences"].get("abbreviations", [])}
    alts = [re.escape(w) + r"\." for w in sorted(words, key=len, reverse=True)]
    abbrev = re.compile(rf"(?:\b(?:{'|'.join(alts)})|\b[A-Z]\.)$" if alts else r"\b[A-Z]\.$")
    window = max(map(len, words), default=1) + 1  # one more character, so \b sees what precedes

    def split(text: str) -> list[Sentence]:
        out: list[Sentence] = []
        start = 0
        for m in _BOUNDARY.finditer(text):
            newline = m.group().startswith("\n")
            cut = m.start() if newline else m.end()
            if not newline and abbrev.search(text[max(0, m.start() - window): m.start() + 1]):
                continue
            _add(out, text, start, cut)
            start = m.end()
        _add(out, text, start, len(text))
        return out

    return split


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(len(out), start, end, text[start:end]))


def alternation(words, *, sort: bool = True) -> str:
    """One regex alternation from regex fragments, longest first so the longest phrase wins."""
    items = sorted(set(words), key=len, reverse=True) if sort else list(words)
    return "|".join(f"(?:{w})" for w in items) or "(?!)"  # nothing to match: match nothing


def words_regex(words, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{alternation(words)})(?![\w])", flags)


def cased_words_regex(words) -> re.Pattern[str]:
    """``words_regex``, except that a fragment written with capitals matches only as written: the acronym
    "WHO", not the relative pronoun "who"."""
    plain = [w for w in words if w == w.lower()]
    exact = [w for w in words if w != w.lower()]
    parts = ([f"(?i:{alternation(plain)})"] if plain else []) + ([f"(?-i:{alternation(exact)})"] if exact else [])
    return re.compile(rf"(?<![\w-])(?:{'|'.join(parts) or '(?!)'})(?![\w])")


def trie_alternation(literals) -> str:
    """A regex matching any of the literal strings, built as a prefix tree: with thousands of
    aliases this is several times faster than a flat alternation (the engine stops trying
    alternatives after the first character that differs)."""
    trie: dict = {}
    for word in set(literals):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


# Case-insensitive search without re.IGNORECASE. Under IGNORECASE the regex engine cannot skip the alternatives of
# a big alternation by their first letter, so the trigger, number and date patterns run several times slower. The
# same pattern compiled case-sensitively finds the same matches in a copy of the text where every character is
# replaced by the representative of the characters IGNORECASE treats as equal (``caseless``): lower case, "ſ" → "s",
# "K" (Kelvin) → "k". The copy has the text's length, so match offsets are text offsets.

class _Caseless(dict):
    """Code point → the representative of its IGNORECASE class (a letter when the class has one, so that \\w sees
    the same); filled on first use (``str.translate``)."""

    def __missing__(self, code: int) -> str:
        low = _tolower(code) if _tolower else code
        members = [chr(c) for c in (low, *_EXTRA_CASES.get(low, ()))]
        c = self[code] = min((m for m in members if m.isalnum()), default=min(members))
        return c


_CASELESS = _Caseless()
# characters whose IGNORECASE class mixes word and non-word characters (the Greek ypogegrammeni): no copy is exact
_NO_COPY = re.compile("[" + "".join(sorted({chr(m) for low, more in _EXTRA_CASES.items() for m in (low, *more)
                                            if chr(m).isalnum() != _CASELESS[m].isalnum()})) + "]"
                      if _tolower else "(?!)")


def caseless(text: str) -> str | None:
    """``text`` with every character replaced by its IGNORECASE representative (same length); None when a
    character has no exact representative (then ``CaselessPattern`` searches the text with IGNORECASE)."""
    if text.isascii():
        return text.lower()
    return None if _NO_COPY.search(text) else text.translate(_CASELESS)


class CaselessPattern:
    """A pattern matched as with re.IGNORECASE, run case-sensitively on ``caseless(text)`` when the pattern allows
    it (every character it names is a representative; no backreference, no inline flag), else with IGNORECASE on
    the text. Offsets are those of the text; read matched words from the text, not from the match (the copy is
    lower case)."""

    __slots__ = ("pattern", "_rx", "_rx_i", "_needs")

    def __init__(self, pattern: str):
        self.pattern = pattern
        self._rx_i = None  # compiled on first need (a text without an exact copy): most patterns never need it
        self._rx = None
        self._needs = None  # a literal every match of ``_rx`` holds: a text without it is not searched
        if _tolower is None:
            self._rx_i = re.compile(pattern, re.I)
            return
        if _representative_pattern(pattern):
            self._rx = re.compile(pattern)
            self._needs = required_literal(pattern)
            return
        # "FAMa", "IED" in a pattern: the pattern with its letters in lower case, when the engine compiles it to
        # the very same IGNORECASE program
        lower = _LOWERABLE.sub(lambda m: m.group(1).lower() if m.group(1) else m.group(), pattern)
        try:
            same = _compiler._code(_parser.parse(lower, re.I), re.I) == _compiler._code(_parser.parse(pattern, re.I),
                                                                                      re.I)
        except Exception:  # noqa: BLE001 (an internal of another Python: keep IGNORECASE)
            same = False
        if same and _representative_pattern(lower):
            self._rx = re.compile(lower)
            self._needs = required_literal(lower)
        else:
            self._rx_i = re.compile(pattern, re.I)

    def on(self, text: str, folded: str | None) -> tuple[re.Pattern, str]:
        """The compiled pattern and the string to search: ``folded`` (``caseless(text)``) or ``text``."""
        if self._rx is not None and folded is not None:
            return self._rx, folded
        if self._rx_i is None:  # a benign race: two threads compile the same pattern
            self._rx_i = re.compile(self.pattern, re.I)
        return self._rx_i, text

    def pattern_groups(self):
        """(name, index) of the named groups."""
        return (self._rx if self._rx is not None else self._rx_i).groupindex.items()

    def search(self, text: str, folded: str | None) -> re.Match | None:
        rx, s = self.on(text, folded)
        if rx is self._rx and self._needs is not None and self._needs not in s:
            return None
        return rx.search(s)

    def finditer(self, text: str, folded: str | None):
        rx, s = self.on(text, folded)
        if rx is self._rx and self._needs is not None and self._needs not in s:
            return iter(())
        return rx.finditer(s)


def required_literal(pattern: str) -> str | None:
    """The longest run of literal characters (>= 2) at the top level of a case-sensitive pattern: every match
    holds it, so a text without it needs no search (a cheap ``in`` before the regex). None when unsure."""
    if _parser is None:
        return None
    try:
        parsed = _parser.parse(pattern)
    except Exception:  # noqa: BLE001 (an internal of another Python: no shortcut)
        return None
    if parsed.state.flags & (re.I | re.X):
        return None
    best, run = "", []
    for op, av in list(parsed.data) + [(None, None)]:
        if op is _parser.LITERAL:
            run.append(chr(av))
            continue
        if len(run) > len(best):
            best = "".join(run)
        run = []
    return best if len(best) >= 2 else None


# what may be lower-cased in a pattern's source: not an escape ("\\W"), not a group name
_LOWERABLE = re.compile(r"\\.|\(\?P[<=][^>)]*[>)]|([^\\(]+|\()", re.S)


def _representative_pattern(pattern: str) -> bool:
    parsed = _parser.parse(pattern)
    return not parsed.state.flags & ~re.UNICODE and _representative(parsed.data)


def _canonical(code: int) -> bool:
    return _CASELESS[code] == chr(code)


def _representative(items) -> bool:
    """Every character the pattern names is its own IGNORECASE representative, and nothing depends on flags."""
    for op, av in items:
        name = str(op)
        if name in ("LITERAL", "NOT_LITERAL"):
            if not _canonical(av):
                return False
        elif name == "IN":
            for iop, iav in av:
                iname = str(iop)
                if iname == "LITERAL" and not _canonical(iav):
                    return False
                if iname == "RANGE" and (iav[1] - iav[0] > 2048
                                         or not all(_canonical(c) for c in range(iav[0], iav[1] + 1))):
                    return False
                if iname not in ("LITERAL", "RANGE", "NEGATE", "CATEGORY"):
                    return False
        elif name == "SUBPATTERN":
            _group, add, delete, sub = av
            if add or delete or not _representative(sub.data):
                return False
        elif name == "BRANCH":
            if not all(_representative(b.data) for b in av[1]):
                return False
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            if not _representative(av[2].data):
                return False
        elif name in ("ASSERT", "ASSERT_NOT"):
            if not _representative(av[1].data):
                return False
        elif name == "ATOMIC_GROUP":
            if not _representative(av.data):
                return False
        elif name not in ("AT", "ANY"):
            return False  # a backreference, a conditional: keep IGNORECASE
    return True
