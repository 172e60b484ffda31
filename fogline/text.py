"""The one ``fold``: how Fogline compares words whatever their case, accents and quote marks.

Every lookup key (actor aliases, demonyms, place names, pronouns, evaluation names) is made by
:func:`fold`, so the two sides of a comparison are always folded the same way. It sits at the bottom
of the import graph: it imports nothing from Fogline.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["fold"]

# Every quote-like character becomes a plain apostrophe; Unicode hyphens become "-".
# All replacements are one character for one character.
_QUOTES = ("\u2018\u2019\u201a\u201b\u2032\u2035\u00b4\u0060\u02bb\u02bc\u02bd\u02be\u02bf"
           "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\"")
_TRANSLATE = {ord(c): "'" for c in _QUOTES} | {ord(c): "-" for c in "\u2010\u2011"}
_WS = re.compile(r"\s+")
# Latin letters that Unicode does not decompose into a base letter and a mark (compact keys only).
_LATIN_EXTRA = str.maketrans(
    {"ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "ħ": "h"}
)
_NON_ALNUM_ASCII = re.compile(r"[^0-9a-z]+")


def _strip_marks(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def fold(s: str, *, lower: bool = True, compact: bool = False, same_length: bool = False) -> str:
    """Fold ``s`` for comparison.

    Default: accents stripped (``é`` → ``e``), quote marks unified to ``'`` and Unicode hyphens to
    ``-``, lowercased, runs of whitespace made one space and the ends stripped
    (``"  Front de libération de l’Azawad "`` → ``"front de liberation de l'azawad"``).

    - ``lower=False`` keeps the case (acronyms match as written: ``"FAMa"``).
    - ``same_length=True`` folds character by character, one character for one, without touching
      whitespace, so that offsets in the folded text are offsets in ``s`` (actor mentions are
      searched in the folded text of a sentence).
    - ``compact=True`` gives the gazetteer's matching key of a place name: lowercase, letters and
      digits only, the Latin letters that have no accent to strip spelt in ASCII
      (``"Aguel-Hoc"`` → ``"aguelhoc"``, ``"Ørsta"`` → ``"orsta"``). The gazetteer index is built
      with these keys: changing them requires a new index (see ``gazetteer.BUILD_VERSION``).

    ``lower`` applies to the default form; the other two always lowercase.
    """
    if compact:
        return _compact_short(s) if len(s) <= _SHORT else _compact(s)
    if same_length:
        if s.isascii():  # lower() and the quote marks: several times faster than the table
            s = s.lower()
            for a, b in _ASCII_CHANGES:
                s = s.replace(a, b)
            return s
        return s.translate(_CHARS)
    if len(s) <= _SHORT:
        return _fold_short(s, lower)
    return _fold(s, lower)


def _compact(s: str) -> str:
    s = s.lower()
    if s.isascii():
        return _NON_ALNUM_ASCII.sub("", s)
    s = _strip_marks(s).translate(_LATIN_EXTRA)
    return "".join(c for c in s if c.isalnum())


def _fold(s: str, lower: bool) -> str:
    s = s.translate(_TRANSLATE)
    if not s.isascii():  # ASCII has no marks and no other normal form: no loop over its characters
        s = unicodedata.normalize("NFC", _strip_marks(s))
    if lower:
        s = s.lower()
    return _WS.sub(" ", s).strip()


# names and words are folded again and again (every capitalised run of a report, every lookup key): remembered
_SHORT = 64
_fold_short = lru_cache(maxsize=1 << 15)(_fold)
_compact_short = lru_cache(maxsize=1 << 15)(_compact)  # the gazetteer's key of every name looked up


class _CharFold(dict):
    """Code point -> the character folded as :func:`fold` does, kept to one character (a lone mark
    stays); filled on first use, so ``str.translate`` folds a text in C."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        base = unicodedata.normalize("NFC", _strip_marks(c.translate(_TRANSLATE))) or c
        f = self[code] = base.lower()[:1] or c
        return f


_CHARS = _CharFold()
_ASCII_CHANGES = tuple((chr(c), _CHARS[c]) for c in range(128) if _CHARS[c] != chr(c).lower())  # '"', '`'
