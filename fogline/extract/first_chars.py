"""The characters every match of a pattern begins with, written into its program's INFO block.

With such a set the engine passes over the places of a text whose character is not in it in a tight loop, and tries
the pattern only at the others; without one it tries the whole pattern at every place (about four times the cost on
a sentence). ``re`` finds a set only when the pattern opens with a literal, a class or an alternation of literals;
most patterns here open with a word start ('(?<![\\w-])') or a start scanner's lookahead, and get none. Read past
those assertions, the set is found as well: the same matches, fewer tries."""

from __future__ import annotations

try:
    from re import _compiler, _constants, _parser
except ImportError:  # another Python: programs stay as ``re`` makes them
    _compiler = _constants = _parser = None

if _constants is not None:
    _C = _constants
    _BEGINNINGS = (_C.AT_BEGINNING, _C.AT_BEGINNING_STRING, _C.AT_BEGINNING_LINE)  # tried at few places anyway
    _REPEATS = (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT)


def with_first_chars(code: list, tree, flags: int) -> list:
    """``code`` (``_compiler._code(tree, flags)``) with the set of the characters its matches begin with in its INFO
    block, when ``re`` named no prefix nor set there, no match is empty and the set can be read; else ``code``."""
    if _constants is None or not code or code[0] != _C.INFO or code[2] != 0 or code[3] == 0:
        return code
    flags = int(flags) | int(tree.state.flags)
    if flags & (_C.SRE_FLAG_IGNORECASE | _C.SRE_FLAG_LOCALE):  # a set would need every case of each character
        return code
    try:
        chars, empty = _sequence(list(tree.data))
        if chars is None or empty or not chars:
            return code
        charset, _cased = _compiler._optimize_charset(chars)
        block = [_C.INFO, 0, _C.SRE_INFO_CHARSET, code[3], code[4]]
        _compiler._compile_charset(charset, flags, block)
    except Exception:  # noqa: BLE001 (an internal of another Python: the program as it is)
        return code
    block[1] = len(block) - 1  # what the engine skips to reach the pattern
    return block + code[1 + code[1]:]


def _sequence(items: list) -> tuple[list | None, bool]:
    """(set items one of which begins every match of the sequence, whether it may match nothing); None: unknown."""
    chars: list = []
    consumed = False  # an element that may match nothing was passed: a lookahead no longer holds at the start
    for op, av in items:
        if op is _C.AT:
            if av in _BEGINNINGS:
                return None, False
            continue
        if op is _C.ASSERT or op is _C.ASSERT_NOT:
            if op is _C.ASSERT and av[0] == 1 and not consumed:  # '(?=…)' at the start: what it needs begins it
                found, empty = _sequence(list(av[1].data))
                if found is not None and not empty:
                    return found, False
            continue
        found, empty = _element(op, av)
        if found is None:
            return None, False
        chars += found
        if not empty:
            return chars, False
        consumed = True
    return chars, True


def _element(op, av) -> tuple[list | None, bool]:
    if op is _C.LITERAL:
        return [(op, av)], False
    if op is _C.IN:
        return (None, False) if any(o is _C.NEGATE for o, _ in av) else (list(av), False)
    if op is _C.SUBPATTERN:
        _group, add, delete, sub = av
        return (None, False) if add or delete else _sequence(list(sub.data))
    if op is _C.ATOMIC_GROUP:
        return _sequence(list(av.data))
    if op is _C.BRANCH:
        chars, empty = [], False
        for alt in av[1]:
            found, may = _sequence(list(alt.data))
            if found is None:
                return None, False
            chars += found
            empty = empty or may
        return chars, empty
    if op in _REPEATS:
        low, high, sub = av
        if high == 0:
            return [], True
        found, empty = _sequence(list(sub.data))
        return found, empty or low == 0
    return None, False  # any character, a backreference, a conditional: no set
