"""Words one of which lies inside every match of a pattern: a cheap test for a phrase whose first word may be any
word ('(?:[\\w'’-]+ )?committee'), which no start scanner can serve (``CasedWords``)."""

from __future__ import annotations

import re

from . import pattern_cache
from .scan import _CASELESS, _parse, _parser, required_literal

_SHORTEST = 3  # a phrase needing only a shorter word gives no test (too many windows hold one)
_MANY = 16  # the most strings a run of literal alternations is read as (caseless_needs)


def needed_words(pattern: str) -> frozenset[str] | None:
    """Literal words one of which lies inside every match of the case-sensitive ``pattern`` (inside the match: a
    word of a lookaround does not count), each written in representatives (as found in a caseless copy), or None
    when some match may hold none."""
    if _parser is None:
        return None
    try:
        parsed = _parse(pattern)
        if parsed.state.flags & (re.I | re.X):
            return None
        words = _needed(list(parsed.data))
    except Exception:  # noqa: BLE001 (an internal of another Python: no test)
        return None
    return words if words and all(_CASELESS[ord(c)] == c for word in words for c in word) else None


def gate(pattern: str) -> tuple[str, ...] | None:
    """Words one of which every match of ``pattern`` holds: the better of its required literal and
    ``needed_words`` (the one whose shortest word is longest: 'country' or 'nation' rather than 'the'); None: no
    test."""
    options = [(literal,)] if (literal := required_literal(pattern)) is not None else []
    options += [tuple(sorted(words))] if (words := needed_words(pattern)) is not None else []
    return max(options, key=lambda ws: min(map(len, ws)), default=None)


def may_hold(words, text: str) -> bool:
    """False when ``text`` holds none of ``words``, so the pattern they gate cannot match there (None: no test)."""
    return words is None or any(map(text.__contains__, words))


class GatedPatterns:
    """Patterns of a data file, each tried only on a text that holds one of the words every match of it holds
    (``gate``): their matches in the patterns' order, none inside ``taken`` (spans to skip, and the matches the
    caller kept: it appends a match's span when it keeps it)."""

    def __init__(self, patterns: list[str]):
        self._rx = [(pattern_cache.compile(rx), gate(rx)) for rx in patterns]  # first_chars: fewer places tried

    def matches(self, text: str, taken: list[tuple[int, int]]):
        for rx, needs in self._rx:
            if not may_hold(needs, text):
                continue
            for m in rx.finditer(text):
                s, e = m.span()
                if not any(a <= s < b or s <= a < e for a, b in taken):
                    yield m


def caseless_needs(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Words one of which the caseless copy (``caseless``) of every text ``pattern`` matches holds, whatever its
    flags (IGNORECASE, inline or not, included: a literal is then its representative, which the copy holds
    wherever the text holds the literal in any case); None when some match may hold none. A gate for a search of
    a whole report ('Reporting by X' lines) by one ``in`` test of its copy."""
    if _parser is None:
        return None
    try:
        words = _needed(list(_parser.parse(pattern, flags).data), caseless=True)
    except Exception:  # noqa: BLE001 (an internal of another Python: no test)
        return None
    return tuple(sorted(words)) if words else None


def _needed(items: list, caseless: bool = False) -> frozenset[str] | None:
    """The best of the sequence's parts that every match holds: a run of literal characters, or a group, an
    alternation or a repeat (at least once) whose every match holds one of some words. ``caseless``: the words
    as the caseless copy holds them, inside groups with inline flags too."""
    options: list[frozenset[str]] = []
    run = {""}  # the literal text read since the last other part: one string, or (caseless) a few
    for op, av in items + [(None, None)]:
        if op is _parser.LITERAL:
            run = {r + (_CASELESS[av] if caseless else chr(av)) for r in run}
            continue
        if caseless and (words := _literals([(op, av)])) and len(run) * len(words) <= _MANY:
            run = {r + w for r in run for w in words}  # '(?:reported|wrote) from': 'reported from', 'wrote from'
            continue
        if min(map(len, run)) >= _SHORTEST:
            options.append(frozenset(run))
        run = {""}
        found = None
        if op is _parser.SUBPATTERN and (caseless or not (av[1] or av[2])):  # no inline flag
            found = _needed(list(av[3].data), caseless)
        elif op is _parser.BRANCH:
            parts = [_needed(list(alt.data), caseless) for alt in av[1]]
            found = None if any(p is None for p in parts) else frozenset().union(*parts)
        elif op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT) and av[0] >= 1:
            found = _needed(list(av[2].data), caseless)
        if found:
            options.append(found)
    if not options:
        return None
    return max(options, key=lambda words: (min(map(len, words)), -len(words)))


def _literals(items: list) -> set[str] | None:
    """The few strings (in representatives) a sequence of literals, groups and alternations of them matches; None
    for anything else or too many."""
    out = {""}
    for op, av in items:
        if op is _parser.LITERAL:
            words = {_CASELESS[av]}
        elif op is _parser.SUBPATTERN:
            words = _literals(list(av[3].data))
        elif op is _parser.BRANCH:
            parts = [_literals(list(alt.data)) for alt in av[1]]
            words = None if any(p is None for p in parts) else set().union(*parts)
        else:
            return None
        if words is None or len(out) * len(words) > _MANY:
            return None
        out = {a + b for a in out for b in words}
    return out
