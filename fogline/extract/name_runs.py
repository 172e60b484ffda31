"""Runs of capitalised words, where a place name may be written, and the shorter names inside a run.
"""

from __future__ import annotations

import re

CAP = r"[A-ZÀ-ÝŒ][\w'’-]*"  # a capitalised word
_WORDS = re.compile(r"[^\s]+")


class Run:
    """A capitalised run cut at possessives: "Mali's Kidal region" gives "Mali's" and "Kidal"."""

    __slots__ = ("_start", "_end")

    def __init__(self, start: int, end: int):
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


def runs(name_rx: re.Pattern, possessive: re.Pattern, text: str):
    for m in name_rx.finditer(text):
        start = m.start()
        for cut in possessive.finditer(m.group()):
            yield Run(start, m.start() + cut.start() + len(cut.group().rstrip()))
            start = m.start() + cut.end()
        yield Run(start, m.end())


def candidates(text: str, start: int, end: int, pair: bool, possessive: re.Pattern):
    """The whole capitalised run, then shorter runs from the left ('Kidal Governor' → 'Kidal')."""
    poss = possessive.search(text, start, end)
    if poss:
        end = poss.start()  # "Mali's north"
    while end > start and text[end - 1] in "'’":
        end -= 1  # "the ‘Southern’ group"
    yield start, end
    words = [m.span() for m in _WORDS.finditer(text, start, end)]
    later = text.find("-", words[1][0], end) if pair and len(words) > 1 else -1
    if later > 0 and text[later + 1:later + 2].isupper():  # "the Kaura Namoda-Shinkafi road": the two towns
        yield start, later
        yield later + 1, end
    for n in range(len(words) - 1, 0, -1):
        yield words[0][0], words[n - 1][1]
    first = text[words[0][0]:words[0][1]] if words else ""
    if pair and "-" in first.strip("-"):  # "the Anefis-Aguelhok road"
        cut = words[0][0] + first.index("-")
        yield words[0][0], cut
        yield cut + 1, words[0][1]
