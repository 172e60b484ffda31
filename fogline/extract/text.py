"""Sentences and small text helpers; every offset refers to the unchanged document text."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from .. import lang

_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)]*\s+(?=[\"'“‘«(]?[A-Z0-9ÀÂÉÈÊÎÔÛÇ—–-])|\n+")


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
    alts = [re.escape(w) + r"\." for w in sorted(words, key=len, reverse=True)]
    abbrev = re.compile(rf"(?:\b(?:{'|'.join(alts)})|\b[A-Z]\.)$" if alts else r"\b[A-Z]\.$")
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


def alternation(words, *, sort: bool = True) -> str:
    """One regex alternation from regex fragments, longest first so the longest phrase wins."""
    items = sorted(set(words), key=len, reverse=True) if sort else list(words)
    return "|".join(f"(?:{w})" for w in items) or "(?!)"  # nothing to match: match nothing


def words_regex(words, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{alternation(words)})(?![\w])", flags)


def trie_alternation(literals) -> str:
    """A regex matching any of the literal strings, built as a prefix tree: with thousands of
    aliases this is several times faster than a flat alternation (the engine stops trying
    alternatives after the first character that differs)."""
    trie: dict = {}
    for word in set(literals):
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
