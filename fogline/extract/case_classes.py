"""A case-insensitive pattern searched case-sensitively in the caseless copy: ``lowered`` when its letters in
lower case compile to the same IGNORECASE program, and ``lowered_classes`` for one whose classes name capitals.

A pattern whose classes name capitals ('(?=[A-ZÀ-Ý])'), searched in the caseless copy all the same: each such class
written as the class of its letters' representatives. ``lowered`` alone keeps IGNORECASE for it (the lower-case range
'[à-ý]' is not the same set: '×' and '÷' sit inside the ranges), and IGNORECASE runs several times slower."""

from __future__ import annotations

import re

from . import pattern_cache
from .scan import _CASELESS, _canonical, _compiler, _parse, _parser

# an escape (passed over), else a class: '[', maybe '^' and a first ']', then escapes and other characters up to ']'
_CLASS = re.compile(r"\\.|(\[\^?\]?(?:\\.|[^\]\\])*\])", re.S)
_CATEGORIES = {"CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W", "CATEGORY_DIGIT": r"\d",
               "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s", "CATEGORY_NOT_SPACE": r"\S"}
_WIDEST = 2048  # a range wider than this is left as it is (its pattern keeps IGNORECASE)

# what may be lower-cased in a pattern's source: not an escape ("\\W"), not a group name
_LOWERABLE = re.compile(r"\\.|\(\?P[<=][^>)]*[>)]|([^\\(]+|\()", re.S)


@pattern_cache.remembered
def representative_pattern(pattern: str) -> bool:
    parsed = _parse(pattern)
    return not parsed.state.flags & ~re.UNICODE and _representative(parsed.data)


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


@pattern_cache.remembered
def lowered(pattern: str) -> str | None:
    """"FAMa", "IED" in a pattern: the pattern with its letters in lower case, when the engine compiles it to the
    very same IGNORECASE program and the caseless copy can be searched with it; else None."""
    lower = _LOWERABLE.sub(lambda m: m.group(1).lower() if m.group(1) else m.group(), pattern)
    try:
        # parsed without the flag (and remembered): IGNORECASE changes the program, not the parse
        same = _compiler._code(_parse(lower), re.I) == _compiler._code(_parse(pattern), re.I)
    except Exception:  # noqa: BLE001 (an internal of another Python: keep IGNORECASE)
        return None
    return lower if same and representative_pattern(lower) else None


def lowered_classes(pattern: str) -> str | None:
    """``lowered`` of ``pattern`` once its classes name representatives only; None when that is not sure or changes
    nothing. Under IGNORECASE a class matches a character when one of its members is of the character's case class;
    the representatives of the members cover the same case classes, so the two patterns match the same texts."""
    if _parser is None:
        return None
    changed = False

    def canonical(m: re.Match) -> str:
        nonlocal changed
        if m.group(1) is None:
            return m.group()
        new = _representatives(m.group(1))
        if new is None:
            raise _Unsure
        changed = changed or new != m.group(1)
        return new

    try:
        source = _CLASS.sub(canonical, pattern)
    except _Unsure:
        return None
    except Exception:  # noqa: BLE001 (an internal of another Python: keep IGNORECASE)
        return None
    return lowered(source) if changed else None


class _Unsure(Exception):
    """A class this reading does not know how to write again."""


def _representatives(source: str) -> str | None:
    """The class ``source`` as a class of the representatives of its members (the same class when they all are)."""
    items = list(_parser.parse(source).data)
    if len(items) != 1:
        return None
    op, av = items[0]
    if op in (_parser.LITERAL, _parser.NOT_LITERAL):  # '[A]' and '[^A]' are read as one character
        members, negate = [(_parser.LITERAL, av)], op is _parser.NOT_LITERAL
    elif op is _parser.IN:
        members, negate = list(av), False
    else:
        return None
    chars: set[int] = set()
    categories: list[str] = []
    for mop, mav in members:
        if mop is _parser.NEGATE:
            negate = True
        elif mop is _parser.LITERAL:
            chars.add(mav)
        elif mop is _parser.RANGE and mav[1] - mav[0] <= _WIDEST:
            chars.update(range(mav[0], mav[1] + 1))
        elif mop is _parser.CATEGORY and str(mav) in _CATEGORIES:
            categories.append(_CATEGORIES[str(mav)])
        else:
            return None
    if all(_CASELESS[c] == chr(c) for c in chars):
        return source  # already representatives: left as written
    reps = sorted({_CASELESS[c] for c in chars})
    return "[" + ("^" if negate else "") + "".join(re.escape(c) for c in reps) + "".join(categories) + "]"
