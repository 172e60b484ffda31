"""A report split into sentences, each with its offsets into the unchanged document text; a language's
abbreviations (``sentences.json``) end no sentence."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from .. import lang
from . import pattern_cache
from .text import longest_first

# '[.!?…]+[\"'”’»)]*\s+(?=…)|\n+' with the first character of both read first, as one class: the engine then passes
# over the characters that can start no boundary without trying a match there (twice as fast as a lookahead)
# ("… ont été tués. « Nous avons …": French puts a space after its opening quotation mark)
_BOUNDARY = pattern_cache.compile(
    r"[.!?…\n](?:(?<=[.!?…])[.!?…]*[\"'”’»)]*\s+(?=(?:[\"'“‘(]|«\s?)?[A-Z0-9ÀÂÉÈÊÎÔÛÇ—–-])|(?<=\n)\n*)")


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
    alts = [re.escape(w) + r"\." for w in longest_first(words)]
    abbrev = pattern_cache.compile(rf"(?:\b(?:{'|'.join(alts)})|\b[A-Z]\.)$" if alts else r"\b[A-Z]\.$")
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
