"""Where a pattern can match, found fast: the caseless copy of a text (a case-insensitive pattern run
case-sensitively) and start scanners (a big alternation tried only where one of its matches may begin)."""

from __future__ import annotations

import re
from functools import lru_cache

from . import pattern_cache

try:
    from _sre import unicode_tolower as _tolower
    from re import _compiler, _parser
    from re._casefix import _EXTRA_CASES
except ImportError:  # another Python: every pattern keeps IGNORECASE (see CaselessPattern)
    _compiler, _parser, _tolower, _EXTRA_CASES = None, None, None, {}


# Case-insensitive search without re.IGNORECASE. Under IGNORECASE the regex engine cannot skip the alternatives of
# a big alternation by their first letter, so the trigger, number and date patterns run several times slower. The
# same pattern compiled case-sensitively finds the same matches in a copy of the text where every character is
# replaced by the representative of the characters IGNORECASE treats as equal (``caseless``): lower case, "ſ" → "s",
# "K" (Kelvin) → "k". The copy has the text's length, so match offsets are text offsets.

CASE_TABLES = _tolower is not None  # this Python exposes the engine's case tables: caseless copies work


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


# the Latin letters, accents, quotes and dashes of most reports: those whose ``str.lower`` is their representative
_COMMON = [(0x80, 0x250), (0x300, 0x370), (0x1E00, 0x1F00), (0x2000, 0x2070), (0x20A0, 0x20D0)]
_PLAIN_RANGES = "".join(re.escape(chr(c)) for a, b in _COMMON for c in range(a, b)
                        if not _NO_COPY.match(chr(c)) and chr(c).lower() == _CASELESS[c])
# a character outside them: the text is copied through the table (slower: a lookup per character)
_NOT_PLAIN = re.compile(f"[^\\x00-\\x7f{_PLAIN_RANGES}]")


def caseless(text: str) -> str | None:
    """``text`` with every character replaced by its IGNORECASE representative (same length); None when a
    character has no exact representative (then ``CaselessPattern`` searches the text with IGNORECASE).
    The last answer is kept: rules ask it of the same sentence (the same string) again and again."""
    global _last
    last = _last  # one read: another thread may replace it meanwhile, never change it
    if last[0] is text:
        return last[1]
    if text.isascii() or _NOT_PLAIN.search(text) is None:  # 'é', '’', '—': ``lower`` is the copy, ~15x faster
        folded = text.lower()
    else:
        folded = None if _NO_COPY.search(text) else text.translate(_CASELESS)
    _last = (text, folded)
    return folded


_last: tuple[str, str | None] = ("", "")  # caseless's last text and answer


def caseless_within(text: str, whole: str | None, start: int) -> str | None:
    """``caseless(text)`` of ``text``, the part of a document at ``start``, given ``whole``, the document's caseless
    copy: its slice (each character has its own representative, whatever stands around it; a document with no
    copy may have parts that have one: those are copied). A report's sentences are thus read once, not twice."""
    global _last
    if whole is None:
        return caseless(text)
    folded = whole[start:start + len(text)]
    _last = (text, folded)
    return folded


@pattern_cache.remembered
def required_literal(pattern: str) -> str | None:
    """The longest run of literal characters (>= 2) at the top level of a case-sensitive pattern: every match
    holds it, so a text without it needs no search (a cheap ``in`` before the regex). None when unsure."""
    if _parser is None:
        return None
    try:
        parsed = _parse(pattern)
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


def scan(rx: re.Pattern, starts: re.Pattern, s: str, folded: str | None = None):
    """The matches of ``rx.finditer(s)``, trying ``rx`` only where ``starts`` (see ``start_scanner``) finds a
    place a match may start (in ``folded``, the caseless copy of ``s``, for a scanner made with ``ignorecase``):
    the same matches, leftmost first, none overlapping."""
    pos = 0
    match = rx.match
    for c in starts.finditer(s if folded is None else folded):
        p = c.start()
        if p >= pos:
            m = match(s, p)
            if m is not None:
                yield m
                pos = m.end()


_LEAD = r"(?<![\w-])"  # the word start most patterns begin with: kept in the scanner
_SCAN_DEPTH = 6  # characters of each match's start the scanner checks
_SCAN_LIMIT = 20000  # steps of the start enumeration; past that a pattern is searched as it is


_SCAN_HEAVY = 60  # a pattern this costly at each word start is worth a scanner
_SCAN_CLASS = 100  # ... but a pattern a class of characters may start (any digit) only when this costly
_SCAN_UNANCHORED = 20  # ... or this costly at every position, when it begins with no word start or boundary
if _parser is not None:
    _QUICK = (_parser.LITERAL, _parser.IN)
    _ZERO_WIDTH = (_parser.ASSERT, _parser.ASSERT_NOT, _parser.AT)


@lru_cache(maxsize=4)
def _parse(pattern: str):
    """``pattern`` parsed (never changed), the last few remembered: a pattern being prepared is parsed in turn for its
    required literal, its start literals and its scanner, and parsing costs more than the rest of each."""
    return _parser.parse(pattern)


class _Unsure(Exception):
    """The starts of a pattern cannot be listed: search it as it is."""


@lru_cache(maxsize=4)
def _pattern_starts(pattern: str) -> set | None:
    """``_starts`` of a whole pattern (None: they cannot be listed), the last few remembered: a pattern being
    prepared asks for its literal starts, then for its scanner, and the enumeration is the costliest part of each.
    Read it, never change it (it is shared)."""
    try:
        return _starts(list(_parse(pattern).data), _SCAN_DEPTH, [_SCAN_LIMIT])
    except (_Unsure, RecursionError):
        return None


def start_scanner(pattern: str, ignorecase: bool = False, *, always: bool = False) -> re.Pattern | None:
    """``scanner_source`` compiled."""
    source = scanner_source(pattern, ignorecase, always=always)
    return pattern_cache.compile(source) if source is not None else None


@pattern_cache.remembered
def scanner_source(pattern: str, ignorecase: bool = False, *, always: bool = False) -> str | None:
    """The source of a cheap zero-width pattern that matches wherever a match of ``pattern`` may start (a caller
    that puts it before the pattern in one regex needs no compiled scanner): the word start it
    begins with, then a prefix tree of the first characters its matches can have. A big alternation tried at
    every word start costs several times more than finding the few word starts whose first letters fit and
    trying it only there (``scan``). None when that would not pay, or when the starts cannot be listed (a match
    that may begin with any letter or be empty, an inline flag at its start). With ``ignorecase`` the scanner is
    for the pattern compiled with IGNORECASE and searches the caseless copy of a text (``caseless``): it lists
    the representatives only, and stops at a letter that is none. With ``always`` a scanner is made however cheap
    the pattern (for one searched behind its scanner in a single regex, where scanning costs next to nothing)."""
    if _parser is None:
        return None
    try:
        parsed = _parse(pattern)
        if parsed.state.flags & re.I:
            return None
        items = list(parsed.data)
        tries = _tries(items)
        if not (ignorecase or always) and tries < _SCAN_HEAVY and (
                tries < _SCAN_UNANCHORED or items[0][0] in _ZERO_WIDTH):
            return None  # cheap enough where it is tried: a scanner would cost more than it saves
        starts = _pattern_starts(pattern)
    except (_Unsure, RecursionError):
        return None
    except Exception:  # noqa: BLE001 (an internal of another Python: search as it is)
        return None
    if not starts or () in starts:
        return None
    if not always and tries < _SCAN_CLASS and any(p[0].startswith("[") for p in starts):
        return None  # any digit may start a match: too many places to try for a pattern this cheap
    starts = _shortest(starts)
    lead = _LEAD if pattern.startswith(_LEAD) else ""
    return f"{lead}(?=(?:{_atom_trie(starts)}))"


@pattern_cache.remembered
def start_literals(pattern: str, limit: int = 10) -> tuple[str, ...] | None:
    """The few literal strings (at most ``limit``, each of three characters or more) one of which begins every match
    of the case-sensitive ``pattern``: a text holding none of them needs no search, and ``in`` finds that out
    several times faster than the regex engine tries a pattern at every word start. None when the beginnings
    are more, shorter, or not literal (a class, any character)."""
    starts = _literal_starts(pattern, re.I | re.X)
    if not starts:
        return None
    if any(len(p) < 3 or any(a.startswith("[") for a in p) for p in starts):
        return None
    for n in range(_SCAN_DEPTH, 2, -1):  # shorter beginnings when the full ones are too many ('army a', 'army b')
        cut = {p[:n] for p in starts}
        cut = _shortest(cut)
        if len(cut) <= limit:
            return tuple(sorted("".join(a[-1] for a in p) for p in cut))  # an atom is one character, maybe escaped
    return None


def holds_any(fragment: str) -> re.Pattern | None:
    """A pattern found in every text where ``fragment`` matches (the first characters its matches can have, as a
    prefix tree searched anywhere): a cheap test that spares a costly pattern which needs ``fragment`` the texts
    that lack it. None when the first characters cannot be listed."""
    source = _holds_any_source(fragment)
    return pattern_cache.compile(source) if source is not None else None


@pattern_cache.remembered
def _holds_any_source(fragment: str) -> str | None:
    starts = _literal_starts(fragment, re.I)
    return _atom_trie(_shortest(starts)) if starts else None


def _canonical(code: int) -> bool:
    return _CASELESS[code] == chr(code)


def _shortest(starts: set) -> set:
    """The beginnings none of whose own beginnings is listed: a match that starts with 'ab' starts with 'a'."""
    return {p for p in starts if not any(p[:n] in starts for n in range(1, len(p)))}

def _literal_starts(pattern: str, refused: int) -> set | None:
    """The beginnings (atom sequences) every match of ``pattern`` starts with; None when a flag in ``refused`` is
    set, when some match can start with nothing listed, or when the parse is beyond this reading."""
    if _parser is None:
        return None
    try:
        parsed = _parse(pattern)
        if parsed.state.flags & refused:
            return None
        starts = _pattern_starts(pattern)
    except (_Unsure, RecursionError):
        return None
    except Exception:  # noqa: BLE001 (an internal of another Python: no test)
        return None
    return None if not starts or () in starts else starts


def _atom_trie(sequences) -> str:
    """A prefix tree of sequences of one-character regexes (a character or a class), as one regex."""
    trie: dict = {}
    for seq in sequences:
        node = trie
        for atom in seq:
            node = node.setdefault(atom, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [atom + build(child) for atom, child in sorted(node.items()) if atom]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


def _tries(items: list) -> int:
    """About how many steps the engine takes where the pattern is tried: an alternative that begins with a
    literal or a class is passed over in one, one that begins with a group or a repeat is entered."""
    if not items:
        return 0
    op, av = items[0]
    if op is _parser.BRANCH:
        return sum(1 if alt.data and alt.data[0][0] in _QUICK else 3 + _tries(list(alt.data)) for alt in av[1])
    if op is _parser.SUBPATTERN:
        return (3 if av[0] else 0) + _tries(list(av[3].data) + items[1:])
    if op in _ZERO_WIDTH:
        return 1 + _tries(items[1:])
    if op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT):
        return 2 + _tries(list(av[2].data)) + (_tries(items[1:]) if av[0] == 0 else 0)
    return 1


def _starts(items: list, k: int, steps: list[int]) -> set[tuple[str, ...]]:
    """Sequences of at most ``k`` one-character regexes, one of which matches the beginning of every match of
    the parsed ``items`` (an empty sequence: any beginning)."""
    steps[0] -= 1
    if steps[0] < 0:
        raise _Unsure
    if k == 0 or not items:
        return {()}
    (op, av), rest = items[0], items[1:]
    if op is _parser.LITERAL:
        if not _canonical(av):
            return {()}  # the prefix so far begins every match (a scanner searches the caseless copy)
        return {(re.escape(chr(av)), *p) for p in _starts(rest, k - 1, steps)}
    if op is _parser.IN:
        atoms = _class_atoms(av)
        if atoms is None:
            return {()}  # a class of many letters: the prefix so far begins every match
        tails = _starts(rest, k - 1, steps)
        return {(a, *p) for a in atoms for p in tails}
    if op is _parser.SUBPATTERN:
        _group, add, delete, sub = av
        if add or delete:
            return {()}  # an inline flag: the prefix so far begins every match
        return _starts(list(sub.data) + rest, k, steps)
    if op is _parser.BRANCH:
        out: set[tuple[str, ...]] = set()
        for alt in av[1]:
            out |= _starts(list(alt.data) + rest, k, steps)
        return out
    if op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT):
        low, high, sub = av
        if high == 0:
            return _starts(rest, k, steps)
        again = [(op, (max(0, low - 1), high if high == _parser.MAXREPEAT else high - 1, sub))]
        out = _starts(list(sub.data) + again + rest, k, steps)
        return out | _starts(rest, k, steps) if low == 0 else out
    if op in _ZERO_WIDTH:
        return _starts(rest, k, steps)  # zero-width: the starts without it are more, never fewer
    return {()}  # anything else (any character, a backreference...): the prefix so far begins every match


_CLASS_SOURCE = {"CATEGORY_DIGIT": r"\d", "CATEGORY_SPACE": r"\s"}  # classes narrow enough to scan for


def _class_atoms(items) -> list[str] | None:
    """A character class as one-character regexes: its characters when they are few, else the class itself
    when it is narrow (digits, spaces, a short range); None for a wide or negated one (any letter)."""
    chars: list[str] = []
    parts: list[str] = []
    for op, av in items:
        if op is _parser.LITERAL and _canonical(av):
            chars.append(chr(av))
            parts.append(re.escape(chr(av)))
        elif op is _parser.RANGE and av[1] - av[0] < 10 and all(_canonical(c) for c in range(av[0], av[1] + 1)):
            chars += [chr(c) for c in range(av[0], av[1] + 1)]
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is _parser.CATEGORY and str(av) in _CLASS_SOURCE:
            chars += [None] * 99  # many characters: kept as a class
            parts.append(_CLASS_SOURCE[str(av)])
        else:
            return None
    if len(chars) <= 12:
        return [re.escape(c) for c in chars]
    return ["[" + "".join(parts) + "]"]
