"""Patterns compiled from a parse already made (start-up speed) behave as ``re.compile`` of the same source: the same
matches, groups, flags and source."""

import re

from fogline.extract.compiled import compile_behind, compile_parsed
from fogline.extract.scan import scanner_source

PATTERNS = [
    r"(?<![\w-])(?:killed|wounded|abducted)(?![\w])",
    r"(?P<n>\d+) (?P<noun>soldiers|civilians)|(?P<word>dozens) of (?P<noun2>people)",
    r"(?<![\w-])(?:the )?(?:army|police)(?:'s)? (?:said|told)",
    r"^\s*(?:[A-Z][A-Z' ./-]{2,}|[A-Z][\w'.-]*,)",
    r"(\w+) \1",  # a backreference
    r"(?:a|an) (?:(?!of)\w+ ){0,2}?attack",
]
TEXTS = ["Gunmen killed 12 soldiers and wounded dozens of people near the village on Friday.",
         "GAO, March 3 - The army's spokesman said the the attack was repelled; an armed attack followed.",
         "Des hommes armés ont tué 5 civils. the army told reporters: 40 civilians abducted."]


def _same(a: re.Pattern, b: re.Pattern) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    for text in TEXTS + [t.lower() for t in TEXTS]:
        assert [(m.span(), m.groups()) for m in a.finditer(text)] == [(m.span(), m.groups()) for m in b.finditer(text)]
        assert bool(a.match(text)) == bool(b.match(text))


def test_compile_parsed_is_re_compile():
    for pattern in PATTERNS:
        for flags in (0, re.IGNORECASE):
            _same(compile_parsed(pattern, flags), re.compile(pattern, flags))


def test_compile_behind_is_the_scanner_then_the_pattern():
    made = 0
    for pattern in PATTERNS:
        scanner = scanner_source(pattern, always=True)
        if scanner is None:
            continue
        made += 1
        _same(compile_behind(scanner, pattern), re.compile(f"{scanner}(?:{pattern})"))
    assert made >= 3  # the word patterns have scanners: the test compares something


def test_flags_other_than_ignorecase_compile_as_they_are():
    rx = compile_parsed(r"a . b", re.VERBOSE)  # verbose changes the parse: not from the flagless parse
    assert rx.match("a.b") and not rx.match("a . b")
