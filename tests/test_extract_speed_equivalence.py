"""Extraction speed-ups of issue 12 give the answers of the plain code they shortcut: the actor reader's remembered
alias resolutions and its verb test before the country-subject pattern, the parse shared by a pattern's tests, and
the caseless search without the call to ``on``."""

import copy
import re

import pytest

from fogline.extract import extractor_for
from fogline.extract.scan import (
    _parse,
    caseless,
    holds_any,
    required_literal,
    scanner_source,
    start_literals,
    start_scanner,
)
from fogline.extract.text import CaselessPattern

SENTENCES = {
    "en": [
        "Russia said JNIM fighters and the FAMa clashed near the town, and the Malian army is there.",
        "The IS claimed it; the fama is not famous. Al-Shabaab attacked a convoy, Mozambican and Rwandan troops said.",
        "Russian Africa Corps troops and Wagner Group fighters killed 12 Malians; Chad denied it.",
        "Gunmen killed Chinese nationals, and Islamic State West Africa Province attacked; the ADF struck.",
        "The CMA said its fighters held the base, and Chad's soldiers withdrew; Russia's embassy was quiet.",
        "Nothing here names anyone, only a river and a road that flooded again.",
    ],
    "fr": [
        "La Russie a affirmé que les FAMa et le JNIM se sont affrontés, selon l'armée malienne.",
        "Le Mali accuse l'Algérie d'avoir abattu un drone; les soldats maliens et nigériens ont riposté.",
        "L'EI a revendiqué l'attaque, les shebab aussi; des ressortissants chinois ont été tués.",
        "La CMA a démenti, et les fama ne sont pas les FAMa; la Russie reste silencieuse.",
    ],
}


def _plain(reader):
    """The reader as it was: every alias resolved anew, the country-subject pattern tried on every sentence."""
    plain = copy.copy(reader)
    plain._needs_verb = None
    plain._resolve = lambda key, year: reader.dictionary.resolve(key, reader.language, year)
    return plain


@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_actor_reader_finds_what_the_plain_reader_found(language):
    reader = extractor_for(language).actors
    plain = _plain(reader)
    found = 0
    for year in (None, 2019, 2025, 2019):  # the same alias in other years, then again: remembered per year
        for s in SENTENCES[language]:
            fast = reader.find(s, year)
            assert fast == plain.find(s, year), (s, year)
            found += len(fast)
    assert found > 20  # the sentences name actors: the comparison is not of empty lists


def test_remembered_resolution_keeps_the_year():
    """An alias remembered for one year is not the answer for another (the CMA's successor after its last year)."""
    reader = extractor_for("en").actors
    text = "The CMA said its fighters held the base."
    early, late = reader.find(text, 2019)[0], reader.find(text, 2025)[0]
    assert early.name != late.name
    assert reader.find(text, 2019)[0].name == early.name
    assert reader.find(text, 2025)[0].name == late.name


def test_country_subject_needs_its_verb():
    """The verb test passes every sentence where the country subject is found, and spares those without a verb."""
    for language, text, country in [("en", "Russia said the strike hit a depot.", "Russia"),
                                    ("en", "Chad denied it, as before.", "Chad"),
                                    ("fr", "La Russie a affirmé que le dépôt brûlait.", "Russie")]:
        reader = extractor_for(language).actors
        folded = text.lower()
        assert reader._needs_verb.search(folded)
        assert any(text[m.start:m.end] == country for m in reader.find(text, 2025))
    reader = extractor_for("en").actors
    assert reader._needs_verb.search("russia and chad, both quiet, held talks in a third capital.") is None


PATTERNS = [
    r"(?<![\w-])(?:killed|kill(?:s|ing)?|attack(?:ed|s)?) (?:\w+ ){0,2}(?:civilians|villagers)(?![\w-])",
    r"(?<![\w-])(?:au nord|au sud|à l'est) de (?P<place>\w+)",
    r"\d+ (?:people|personnes)",
    r"(?<![\w-])(?:drone|frappe) a(?:érienne)?",
    r"(?:ambush|embuscade)",
]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_shared_parse_gives_what_a_fresh_parse_gives(pattern):
    """A remembered parse is not changed by the tests that read it: each answer equals the one from a fresh parse."""
    fresh = []
    for f in (required_literal, lambda p: start_literals(p, 16), lambda p: scanner_source(p, always=True),
              lambda p: getattr(holds_any(p), "pattern", None)):
        _parse.cache_clear()
        fresh.append(f(pattern))
    _parse.cache_clear()
    shared = [required_literal(pattern), start_literals(pattern, 16), scanner_source(pattern, always=True),
              getattr(holds_any(pattern), "pattern", None)]
    again = [required_literal(pattern), start_literals(pattern, 16), scanner_source(pattern, always=True),
             getattr(holds_any(pattern), "pattern", None)]
    assert shared == fresh == again
    scanner = start_scanner(pattern, always=True)
    assert (scanner.pattern if scanner else None) == scanner_source(pattern, always=True)


TEXTS = [
    "Gunmen KILLED five Villagers near the well; later they attacked two civilians.",
    "Au nord de Gao, une Frappe aérienne a tué 12 personnes; une embuscade suivit au sud de Ménaka.",
    "An Ambush, then a drone a few miles away: 30 people fled.",
    "Nothing of the kind in this long sentence, which talks of rain, markets and the price of millet again.",
]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_caseless_search_gives_the_ignorecase_matches(pattern):
    cp, rx = CaselessPattern(pattern), re.compile(pattern, re.I)
    for text in TEXTS:
        want = [m.span() for m in rx.finditer(text)]
        for folded in (caseless(text), None):  # the fast path, and the text searched with IGNORECASE
            assert [m.span() for m in cp.finditer(text, folded)] == want
            first = cp.search(text, folded)
            assert (first.span() if first else None) == (want[0] if want else None)
