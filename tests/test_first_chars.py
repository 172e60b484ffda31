"""Programs that name the characters their matches begin with (``first_chars``) find exactly what ``re.compile``
finds: the set only spares the engine the places where no match can begin."""

import re

import pytest

from fogline.extract import pattern_cache
from fogline.extract.first_chars import with_first_chars

try:
    from re import _compiler, _constants, _parser
except ImportError:  # another Python: nothing is rewritten
    _compiler = _constants = _parser = None

PATTERNS = [
    r"(?<![\w-])(?:zq|xq|ab)",
    r"(?=(?:(?:and[\s]|but[\s]|then[\s])))(?:\b(?:and|but|then)\s+(?:\w+\s+)?$)",
    r"(?<![\w-])(?=(?:ki|wo))(?:\w+)",
    r"(?<![\w-])[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*",
    r"\b(?:road|route)\s+(?:between|from)\b",
    r"(?:a|b)?c",  # an optional first element: its characters and the next one's
    r"(?:x*|y)z",  # an alternative that may be empty
    r"(?<![\w-])(?:(?P<n>\d+)|(?P<w>two|three))\s+(?:people|villagers)",
    r"(?<![\w-])(?=\d)(?:\d+[.,]?\d*)",
    r"(?:(?!))\s+(?=[A-ZÀ-Ý])",  # a rule a language lacks, before a class
    r"[^\w\s]+",  # a negated class: no set is read
    r"^\s*[A-Z]+",  # anchored at the start: left as it is
    r"(?m)^\s*Reporting by",
    r"(?<![\w-])(?:été|tués?|blessés?)(?![\w])",
    r"(?<![\w-])(?:(?:kill|wound)(?:ed|ing)?)\b",
    r"x*",  # may match nothing: left as it is
]
TEXTS = [
    "Gunmen killed at least 12 villagers and wounded two people near Gao, but then fled; road between Gao and Ansongo.",
    "Trois soldats ont été tués et 14 blessés à Djibo, a déclaré l’armée. « Nous avons riposté », selon une source.",
    "zq xq-zq abab ab, 3.5 4,2 kidal Kidal Wounding killing killed then  said and   x yz z c ac bc",
    "",
    "Reporting by Jane Doe\n  Reporting by X in Maiduguri",
]


@pytest.mark.parametrize("source", PATTERNS)
def test_the_same_matches_as_re_compile(source):
    ours, theirs = pattern_cache.compile(source), re.compile(source)
    for text in TEXTS:
        assert [(m.span(), m.groups()) for m in ours.finditer(text)] == \
               [(m.span(), m.groups()) for m in theirs.finditer(text)], text
        for pos in range(0, len(text), 7):
            a, b = ours.search(text, pos), theirs.search(text, pos)
            assert (a and a.span()) == (b and b.span())


@pytest.mark.skipif(_parser is None, reason="another Python")
@pytest.mark.parametrize(("source", "named"), [
    (r"(?<![\w-])(?:zq|xq)", True),  # past a word start
    (r"(?=(?:and|but))\b(?:and|but)\s", True),  # a scanner's lookahead
    (r"(?:a|b)?c", True),
    (r"x*", False),  # may be empty
    (r"^foo", False),  # tried at the start only
    (r"[^\w]+x", False),  # a negated class
    (r"(?<![\w-])(?:.+)", False),  # any character
])
def test_which_programs_name_a_set(source, named):
    tree = _parser.parse(source)
    code = with_first_chars(_compiler._code(tree, 0), tree, 0)
    assert (code[0] == _constants.INFO and bool(code[2] & _constants.SRE_INFO_CHARSET)) is named


@pytest.mark.skipif(_parser is None, reason="another Python")
def test_ignorecase_programs_are_left_as_they_are():
    tree = _parser.parse(r"(?<![\w-])(?:zq|xq)", re.I)
    code = _compiler._code(tree, re.I)
    assert with_first_chars(list(code), tree, re.I) == list(code)
