"""Patterns compiled from the parse ``scan`` already made of them: preparing a pattern parses it for its literals and
its start scanner, and ``re.compile`` would parse it once more (parsing is about half of compiling, and compiling
the language data is most of an extractor's start-up)."""

from __future__ import annotations

import re

from . import pattern_cache
from .scan import _parse, _parser


def compile_parsed(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)`` (flags 0 or IGNORECASE) from ``scan``'s parse of ``pattern``: the same program.
    The parse does not depend on IGNORECASE (only verbose mode changes how a pattern reads)."""
    return _built(pattern, lambda: _parse(pattern), flags)


def compile_behind(scanner: str, pattern: str) -> re.Pattern:
    """``re.compile(f"{scanner}(?:{pattern})")``, ``pattern`` not parsed again: its parse put behind that of the
    small ``scanner`` (no group of its own), as the parser itself builds a non-capturing group."""
    source = f"{scanner}(?:{pattern})"

    def tree():
        body = _parse(pattern)
        return _parser.SubPattern(body.state, [*_parser.parse(scanner).data, (_parser.SUBPATTERN, (None, 0, 0, body))])

    return _built(source, tree)


def _built(source: str, tree, flags: int = 0) -> re.Pattern:
    if _parser is None or flags & ~re.I:  # another Python, or a flag that changes the parse
        return re.compile(source, flags)
    return pattern_cache.compile(source, flags, tree)
