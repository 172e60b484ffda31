"""Patterns of words: alternations, prefix trees, and the caseless patterns every rule searches with; every offset
refers to the unchanged document text."""

from __future__ import annotations

import re

from . import pattern_cache
from .case_classes import lowered, lowered_classes, representative_pattern
from .compiled import compile_behind, compile_parsed
from .needed_words import needed_words
from .scan import (
    CASE_TABLES,
    caseless,
    holds_any,
    required_literal,
    scan,
    scanner_source,
    start_literals,
    start_scanner,
)


def alternation(words, *, sort: bool = True) -> str:
    """One regex alternation from regex fragments, longest first so the longest phrase wins."""
    items = longest_first(words) if sort else list(words)
    return "|".join(f"(?:{w})" for w in items) or "(?!)"  # nothing to match: match nothing


def longest_first(words) -> list[str]:
    """The distinct fragments, longest first, ties in alphabetical order: the same pattern in every process (a
    set's order follows the hash seed)."""
    return sorted(set(words), key=lambda w: (-len(w), w))


def words_regex(words, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return pattern_cache.compile(words_source(words), flags)


def words_source(words) -> str:
    """The source of ``words_regex``: for a ``CaselessPattern``, which compiles it its own way (not twice)."""
    return rf"(?<![\w-])(?:{alternation(words)})(?![\w])"


def cased_words_regex(words) -> re.Pattern[str]:
    """``words_regex``, except that a fragment written with capitals matches only as written: the acronym
    "WHO", not the relative pronoun "who"."""
    plain = [w for w in words if w == w.lower()]
    exact = [w for w in words if w != w.lower()]
    parts = ([f"(?i:{alternation(plain)})"] if plain else []) + ([f"(?-i:{alternation(exact)})"] if exact else [])
    return pattern_cache.compile(rf"(?<![\w-])(?:{'|'.join(parts) or '(?!)'})(?![\w])")


def trie_alternation(literals) -> str:
    """A regex matching any of the literal strings, built as a prefix tree: with thousands of
    aliases this is several times faster than a flat alternation (the engine stops trying
    alternatives after the first character that differs)."""
    return _trie_alternation(tuple(sorted(set(literals))))


@pattern_cache.remembered
def _trie_alternation(literals: tuple[str, ...]) -> str:
    trie: dict = {}
    for word in literals:
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


NEVER = "(?!)"  # the data files' pattern for a rule a language does not have: it matches nothing
_SHORT = 40  # a window this short is searched at once: testing the words first costs more than it saves
_WEAK = 4  # a required literal shorter than this ('of') spares few searches: the start or inner words are tested too


class CaselessPattern:
    """A pattern matched as with re.IGNORECASE, run case-sensitively on ``caseless(text)`` when the pattern allows
    it (every character it names is a representative; no backreference, no inline flag), else with IGNORECASE on
    the text. Offsets are those of the text; read matched words from the text, not from the match (the copy is
    lower case)."""

    __slots__ = ("pattern", "_rx", "_rx_i", "_needs", "_any", "scanned", "_starts_i", "_todo")

    def __new__(cls, pattern: str):
        # '(?!)', a rule the language lacks: asked as often as the others, answered with no search (``_Never``)
        return super().__new__(_NEVER.get(cls, cls) if pattern == NEVER else cls)

    def __init__(self, pattern: str):
        self.pattern = pattern
        self._rx_i = None  # compiled on first need (a text without an exact copy): most patterns never need it
        self._rx = None  # the case-sensitive pattern for the caseless copy, behind its scanner when it has one
        self._needs = None  # a literal every match of ``_rx`` holds: a text without it is not searched
        self._any = None  # else a few words one of which begins every match (``start_literals``): the same test
        self.scanned = False  # ``_rx`` is tried only where its start scanner finds a start (``scanned_pattern``)
        self._starts_i = None  # the start scanner of ``_rx_i``, found in the caseless copy
        self._todo = None  # the case-sensitive pattern until ``_rx`` is made (on first use: ``_prepare``)
        if not CASE_TABLES:
            self._rx_i = pattern_cache.compile(pattern, re.I)
            return
        if representative_pattern(pattern):
            self._todo = pattern
            return
        lower = lowered(pattern) or lowered_classes(pattern)  # '(?=[A-ZÀ-Ý])': its class of representatives
        if lower is not None:
            self._todo = lower
        else:
            self._rx_i = pattern_cache.compile(pattern, re.I)
            self._starts_i = start_scanner(pattern, ignorecase=True)

    def _prepare(self) -> None:
        """``_rx`` and its tests, made on first use: a pattern a run never searches (a rare rule's) costs no start
        enumeration nor compilation. A benign race: two threads make the same."""
        pattern = self._todo
        self._needs = required_literal(pattern)
        if self._needs is None or len(self._needs) < _WEAK:  # 'of', ' to ': in most windows, so words too
            self._any = start_literals(pattern, 16) or _inner_words(pattern)
        scanned = scanned_pattern(pattern)
        self.scanned = scanned is not None
        self._rx = scanned if scanned is not None else compile_parsed(pattern)  # parsed just above: not again
        self._todo = None

    def on(self, text: str, folded: str | None) -> tuple[re.Pattern, str]:
        """The compiled pattern and the string to search: ``folded`` (``caseless(text)``) or ``text``. The first
        may be behind a start scanner: the same ``search``, ``match``, ``fullmatch`` and ``finditer``, groups
        included (the scanner only looks, around where a match starts)."""
        if self._todo is not None:
            self._prepare()
        if self._rx is not None and folded is not None:
            return self._rx, folded
        if self._rx_i is None:  # a benign race: two threads compile the same pattern
            self._rx_i = pattern_cache.compile(self.pattern, re.I)
        return self._rx_i, text

    def absent(self, folded: str | None) -> bool:
        """Whether no part of a text whose caseless copy is ``folded`` can hold a match: the literal or the words
        every match holds are not in it. A rule that searches many windows of one sentence asks it once."""
        if self._todo is not None:
            self._prepare()
        if self._rx is None or folded is None:
            return False
        return self._needs is not None and self._needs not in folded or (
            self._any is not None and not any(map(folded.__contains__, self._any)))

    def pattern_groups(self):
        """(name, index) of the named groups."""
        if self._todo is not None:
            self._prepare()
        return (self._rx if self._rx is not None else self._rx_i).groupindex.items()

    def search(self, text: str, folded: str | None) -> re.Match | None:
        # the common case (a caseless copy, a case-sensitive pattern) without a call to ``on``: rules search
        # hundreds of thousands of short windows, where the call costs as much as the test
        if self._todo is not None:
            self._prepare()
        rx = self._rx
        if rx is not None and folded is not None:
            if self._needs is not None and self._needs not in folded:
                return None
            if self._any is not None and len(folded) > _SHORT and not any(map(folded.__contains__, self._any)):
                return None
            return rx.search(folded)
        rx, s = self.on(text, folded)
        if self._starts_i is not None and folded is not None:
            return next(scan(rx, self._starts_i, s, folded), None)
        return rx.search(s)

    def finditer(self, text: str, folded: str | None):
        if self._todo is not None:
            self._prepare()
        rx = self._rx
        if rx is not None and folded is not None:  # as in ``search``
            if self._needs is not None and self._needs not in folded:
                return iter(())
            if self._any is not None and len(folded) > _SHORT and not any(map(folded.__contains__, self._any)):
                return iter(())
            return rx.finditer(folded)
        rx, s = self.on(text, folded)
        if self._starts_i is not None and folded is not None:
            return scan(rx, self._starts_i, s, folded)
        return rx.finditer(s)


@pattern_cache.remembered
def _inner_words(pattern: str) -> tuple[str, ...] | None:
    """Words one of which lies inside every match (``needed_words``) when no start word can be listed ('\\b(?:the|
    its) (?:\\w+ )?toll'): the same test as the start words, so long as the words are few and long enough that
    most windows lack them all. Kept between runs: finding them parses the pattern."""
    words = needed_words(pattern)
    if not words or len(words) > 16 or min(map(len, words)) < 4:
        return None
    return tuple(sorted(words))


def scanned_pattern(pattern: str) -> re.Pattern | None:
    """``pattern`` behind its start scanner (``start_scanner``), as one regex: the same matches as ``scan``, the
    places where no match can start passed over inside the engine instead of in a Python loop over the scanner's
    hits (several times cheaper on the many sentences where the scanner finds a few starts). None without a
    scanner."""
    starts = scanner_source(pattern, always=True)  # tried in the engine: worth it even for a cheap pattern
    if starts is None:
        return None
    return compile_behind(starts, pattern)  # ``re.compile(f"{starts}(?:{pattern})")``, the pattern not parsed again


class AnyWords:
    """``words_regex(words)`` asked only whether it matches: the words whose first letters can be listed searched as
    one ``CaselessPattern`` (a start scanner), each word that may begin with any letter ('\\w+ years later') as a
    pattern of its own (in the one alternation, such a word left the whole of it tried at every word start)."""

    __slots__ = ("_parts",)

    def __init__(self, words, end: str = r"(?![\w])"):
        """``end``: what must follow a word (``words_regex``'s boundary by default); whether any word matches does
        not depend on the order of the alternation, so its parts may be searched one by one."""
        words = list(words)
        rest = [w for w in words if holds_any(w) is None]
        listed = [w for w in words if w not in rest]
        groups = ([listed] if listed else []) + [[w] for w in rest]
        self._parts = [CaselessPattern(rf"(?<![\w-])(?:{alternation(ws)}){end}") for ws in groups]

    def search(self, text: str, folded: str | None) -> bool:
        """Whether ``words_regex(words)`` matches ``text`` (``folded``: its ``caseless`` copy)."""
        return any(p.search(text, folded) is not None for p in self._parts)


class CasedWords:
    """``cased_words_regex(words)``, several times faster: the lower-case words as a ``CaselessPattern``, the words
    written with capitals case-sensitively; the leftmost match wins, the lower-case words first at one start (the
    order of the alternation). IGNORECASE in part of a pattern keeps the whole pattern on the slow path."""

    __slots__ = ("_plain", "_exact", "_listed", "_needs")

    def __init__(self, words):
        words = list(words)
        plain = [w for w in words if w == w.lower()]
        exact = [w for w in words if w != w.lower()]
        self._plain = CaselessPattern(words_source(plain)) if plain else None
        self._exact = pattern_cache.compile(rf"(?<![\w-])(?:{alternation(exact)})(?![\w])") if exact else None
        self._listed, self._needs = self._without_unlisted(plain)

    @staticmethod
    def _without_unlisted(plain: list[str]) -> tuple[CaselessPattern | None, re.Pattern | None]:
        """A phrase any word may begin ('(?:[\\w'’-]+ )?committee') leaves the whole alternation with no start
        scanner, tried at every word start. Where none of the words such phrases need is (``needed_words``), none
        of them can match: the alternation without them, in the same order, behind its scanner, finds the same."""
        unlisted = [w for w in plain if holds_any(w) is None]
        needed = [needed_words(w) for w in unlisted]
        if not unlisted or len(unlisted) == len(plain) or any(n is None for n in needed):
            return None, None
        order = [w for w in longest_first(plain) if w not in unlisted]  # words_regex's order
        listed = CaselessPattern(rf"(?<![\w-])(?:{alternation(order, sort=False)})(?![\w])")
        return listed, pattern_cache.compile(trie_alternation(frozenset().union(*needed)))

    def search(self, text: str, folded: str | None = None) -> re.Match | None:
        """The first match in ``text`` (``folded``: its ``caseless`` copy, when the caller has it)."""
        folded = caseless(text) if folded is None else folded
        if self._needs is not None and folded is not None and self._needs.search(folded) is None:
            first = self._listed.search(text, folded)  # no word an unlisted phrase needs: the listed ones alone
        else:
            first = self._plain.search(text, folded) if self._plain else None
        other = self._exact.search(text) if self._exact else None
        return first if other is None or first is not None and first.start() <= other.start() else other


class CaselessRegex(CaselessPattern):
    """In place of ``re.compile(pattern, re.IGNORECASE)`` where callers read only where matches are (their spans),
    never their words (which come from the caseless copy, in lower case): the same ``search``, ``match``,
    ``fullmatch`` and ``finditer``. Searches run on the caseless copy, several times faster on the windows the
    rules look at; a match at one offset runs with IGNORECASE on the text, which needs no copy."""

    __slots__ = ("_anchored",)

    def __init__(self, pattern: str):
        super().__init__(pattern)
        self._anchored: re.Pattern | None = None  # ``match`` and ``fullmatch``'s IGNORECASE pattern, made on first use

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:  # type: ignore[override]
        folded = text.lower() if text.isascii() else caseless(text)  # ``caseless`` without a call: rules ask often
        if pos or endpos is not None:
            rx = self._rx
            if rx is None or folded is None:
                rx, folded = self.on(text, folded)
            return rx.search(folded, pos, len(folded) if endpos is None else endpos)
        if self._todo is None and (rx := self._rx) is not None and folded is not None:  # ``search``'s common case,
            if self._needs is not None and self._needs not in folded:  # here without a second call (asked often)
                return None
            if self._any is not None and len(folded) > _SHORT and not any(map(folded.__contains__, self._any)):
                return None
            return rx.search(folded)
        return super().search(text, folded)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        # anchored at ``pos``: IGNORECASE on the text itself, with no copy (a copy of a whole sentence for each
        # try at one offset cost more than the copy saves)
        rx = self._anchored or self._ignorecase()
        return rx.match(text, pos, len(text) if endpos is None else endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        rx = self._anchored or self._ignorecase()
        return rx.fullmatch(text, pos, len(text) if endpos is None else endpos)

    def _ignorecase(self) -> re.Pattern:
        self._anchored = pattern_cache.compile(self.pattern, re.IGNORECASE)
        return self._anchored

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):  # type: ignore[override]
        folded = caseless(text)
        if pos or endpos is not None:
            rx, s = self.on(text, folded)
            return rx.finditer(s, pos, len(s) if endpos is None else endpos)
        return super().finditer(text, folded)


class _Never:
    """A ``CaselessPattern`` or ``CaselessRegex`` of ``NEVER``: the same answers (no match), without the search."""

    __slots__ = ()

    def search(self, *args, **kwargs) -> None:
        return None

    match = fullmatch = search

    def absent(self, folded: str | None) -> bool:
        return True

    def finditer(self, *args, **kwargs):
        return iter(())


class _NeverPattern(_Never, CaselessPattern):
    __slots__ = ()


class _NeverRegex(_Never, CaselessRegex):
    __slots__ = ()


_NEVER = {CaselessPattern: _NeverPattern, CaselessRegex: _NeverRegex}


def said_twice(text: str, start: int, end: int) -> bool:
    """Is the word at ``text[start:end]`` said twice ('Mai-Mai', 'Mai Mai')? Then it is a name (a militia's)."""
    word, n = text[start:end].lower(), end - start
    return (text[end:end + 1] in ("-", " ") and text[end + 1:end + 1 + n].lower() == word) or (
        start > n and text[start - 1:start] in ("-", " ") and text[start - n - 1:start - 1].lower() == word)
