"""A pattern whose classes name capitals ('(?=[A-ZÀ-Ý])'), searched in the caseless copy all the same: each such class
written as the class of its letters' representatives. ``lowered`` alone keeps IGNORECASE for it (the lower-case range
'[à-ý]' is not the same set: '×' and '÷' sit inside the ranges), and IGNORECASE runs several times slower."""

from __future__ import annotations

import re

from .scan import _CASELESS, _parser, lowered

# an escape (passed over), else a class: '[', maybe '^' and a first ']', then escapes and other characters up to ']'
_CLASS = re.compile(r"\\.|(\[\^?\]?(?:\\.|[^\]\\])*\])", re.S)
_CATEGORIES = {"CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W", "CATEGORY_DIGIT": r"\d",
               "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s", "CATEGORY_NOT_SPACE": r"\S"}
_WIDEST = 2048  # a range wider than this is left as it is (its pattern keeps IGNORECASE)


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
