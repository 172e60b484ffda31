"""Case-insensitive patterns searched case-sensitively in the caseless copy of a text (issue 12, speed) find exactly
what re.IGNORECASE finds in the text."""

import re

from fogline.extract.case_classes import lowered
from fogline.extract.scan import caseless, required_literal, start_scanner
from fogline.extract.text import CaselessPattern
from fogline.lang import available

# classes that name capitals (their own lower-case ranges are other sets: '×' and '÷' sit inside 'À-Ý' and 'à-ý')
CAPITAL_CLASSES = [r"(?=[A-ZÀ-Ý])\w+", r"[^A-ZÀ-Ý]", r"[A-Z\d]+", r"(?<![\w-])[ÀÉ]\w", r"[^É]x", r"[]A]", r"\[[B]"]
# every character of the Basic Multilingual Plane and the next one (all the case pairs a pattern letter can meet)
TEXT = "".join(chr(c) for c in range(0x20000) if chr(c) != "\u0345")
PATTERNS = ([re.escape(chr(c)) for c in range(0x250) if chr(c).isalpha() or chr(c) in "-'’ "]
            + [r"[a-z]", r"[^a-z]", r"[\w'-]", r"\w+", r"\W", r"\b\w", r"[^.;]", r"[à-ÿ]", r"\s", r"\d", r"[^\sé]",
               r"(?<![\w-])fama(?![\w])", r"FAMa", r"[A-Z]\w+", r"IED|EEI"]
            + CAPITAL_CLASSES)


def test_caseless_copy_keeps_offsets():
    folded = caseless(TEXT)
    assert folded is not None and len(folded) == len(TEXT)
    assert caseless("Le \u0345 grec") is None  # no exact copy: patterns search the text with IGNORECASE


def test_lower_case_copy_of_common_characters_is_the_table_copy():
    """Text of Latin letters, accents, quotes and dashes is copied with ``str.lower`` (fast): character by character,
    and in whole words, the same copy as the table's; a character outside them still goes through the table."""
    from fogline.extract.scan import _CASELESS, _NO_COPY

    for c in range(0x3000):
        ch = chr(c)
        for text in (f"Ab{ch}", f"{ch}ÉTÉ “x”", f"Σ{ch}Σ x"):
            want = None if _NO_COPY.search(text) else text.translate(_CASELESS)
            assert caseless(text) == want, hex(c)
    assert caseless("Ménaka’s “FAMa” — İ") == "ménaka’s “fama” — " + _CASELESS[ord("İ")]
    assert caseless("ΟΔΟΣ") == "ΟΔΟΣ".translate(_CASELESS)  # final sigma: str.lower would differ


def test_same_matches_as_ignorecase():
    folded = caseless(TEXT)
    for pattern in PATTERNS:
        cp = CaselessPattern(pattern)
        got = [m.span() for m in cp.finditer(TEXT, folded)]
        assert got == [m.span() for m in re.finditer(pattern, TEXT, re.I)], pattern


def test_patterns_that_cannot_be_folded_keep_ignorecase():
    for pattern in [r"(a)\1", "(?i)a", "(?-i:A)b", "\u017f", r"\x4A"]:
        cp = CaselessPattern(pattern)
        rx, searched = cp.on("abc", caseless("abc"))
        assert rx.flags & re.I and searched == "abc", pattern


def test_classes_of_capitals_are_searched_in_the_caseless_copy():
    """A class naming capitals is written as its representatives (``case_classes``): no IGNORECASE, the same
    matches on every character (``test_same_matches_as_ignorecase``); a case-sensitive group still keeps it."""
    for pattern in CAPITAL_CLASSES:
        rx, searched = CaselessPattern(pattern).on("abc", caseless("abc"))
        assert not rx.flags & re.I and searched == "abc", pattern
    rx, _ = CaselessPattern(r"x(?-i:[A-Z])").on("abc", caseless("abc"))
    assert rx.flags & re.I


def test_language_patterns_are_folded():
    """The big alternations of every language run without IGNORECASE (a capital letter in a new pattern would
    silently bring back the slow path)."""
    from fogline.extract import Extractor

    for code in available():
        ex = Extractor(code)
        rx, _ = ex.triggers._all.on("x", "x")
        assert not rx.flags & re.I, code


def test_same_length_fold_of_ascii_text_is_the_table():
    from fogline.text import _CHARS, fold

    text = "".join(chr(c) for c in range(128)) + ' He said "the `FAMa`" '
    assert fold(text, same_length=True) == text.translate(_CHARS)


def test_required_literal_is_held_by_every_match():
    """The literal checked before a search (speed): only a run every match must hold, else None."""
    assert required_literal(r"(?<![\w-])the\s+capital\b") == "capital"
    assert required_literal(r"x*said that") == "said that"
    assert required_literal(r"foo(?:bar)?baz") == "foo"
    assert required_literal(r"killed|wounded") is None  # either word: neither is required
    assert required_literal(r"(?i)Killed") is None  # case-insensitive: no literal to test with `in`
    assert required_literal(r"a\w+") is None  # one letter: not worth a test


def test_literal_shortcut_keeps_the_matches():
    """Texts with and without the required literal: the same matches as IGNORECASE on the text."""
    pattern = r"(?<![\w-])rebels?\s+(?:had\s+)?ambushed"
    cp = CaselessPattern(pattern)
    for text in ("Rebels ambushed a patrol.", "REBEL had  ambushed them", "The rebels attacked.",
                 "no such words here", "rebel ambushed, rebels ambushed"):
        want = [m.span() for m in re.finditer(pattern, text, re.I)]
        assert [m.span() for m in cp.finditer(text, caseless(text))] == want, text
        found = cp.search(text, caseless(text))
        assert (found.span() if found else None) == (want[0] if want else None), text


def _heavy(words: list[str]) -> str:
    """An alternation costly enough at each word start that a start scanner is made for it."""
    groups = "|".join(f"(?P<g{i}>(?:x{i} )?{w})" for i, w in enumerate(words))
    return rf"(?<![\w-])(?:{groups})(?![\w])"


def test_start_scanner_finds_the_same_matches():
    """Trying a pattern only where the scanner finds a possible start gives finditer's and search's matches:
    the same spans and groups, leftmost first, none overlapping, the word start before it still checked."""
    from fogline.extract.scan import scan, start_scanner

    words = ["ambush(?:ed)?", "attack(?:ed|s)?", "a p(?:ris|rise)", "clash(?:es)?", r"\d+ dead", "killed",
             "air ?strikes?", "[0-3]?\\d/\\d\\d", "shell(?:ing|ed)", "mortar fire", "raid(?:ed)?", "looted",
             "kidnapped", "x1 attack", "ont pris", "a pris", "pris"]
    pattern = _heavy(words)
    starts = start_scanner(pattern)
    assert starts is not None
    rx = re.compile(pattern)
    texts = ["gunmen ambushed a convoy and attacked the base", "re-attacked, counter-ambushed, preattack",
             "a pris la ville; ils ont pris Kidal et a prise", "12 dead, ١٢ dead and 3 dead", "03/12 raided",
             "airstrike, air strikes-killed", "x1 attack x1 attacked", "", "clashesclash clash", "looted-looted"]
    for text in texts:
        want = [(m.span(), m.lastgroup) for m in rx.finditer(text)]
        assert [(m.span(), m.lastgroup) for m in scan(rx, starts, text)] == want, text
        first = rx.search(text)
        got = next(scan(rx, starts, text), None)
        assert (got.span() if got else None) == (first.span() if first else None), text


def test_start_scanner_only_when_it_pays_and_is_sure():
    """No scanner for a cheap pattern, or one whose matches may begin with any letter, be empty or begin under an
    inline flag: those are searched as they are. Past the first letters anything goes (the scanner checks only
    the beginning every match has)."""
    from fogline.extract.scan import scan, start_scanner

    assert start_scanner(r"(?<![\w-])killed(?![\w])") is None  # cheap: one literal
    assert start_scanner(_heavy(["killed", r"\w+ dead"] + [f"w{i}" for i in range(30)])) is None  # any letter
    assert start_scanner(_heavy(["killed", "x?"] + [f"w{i}" for i in range(30)])) is None  # may be empty
    assert start_scanner(_heavy(["(?i:Killed)"] + [f"w{i}" for i in range(30)])) is None  # inline flag first
    pattern = _heavy([r"kx", r"(?P<kk>kk)(?P=kk)", "ab(?-i:C)d", "x."] + [f"w{i}" for i in range(30)])
    starts = start_scanner(pattern)
    assert starts is not None
    rx = re.compile(pattern)
    for text in ["kx kkkk kkx abCd abcd x. w3 w31", "kkkkkk kx, k x, kkkk", ""]:
        assert [m.span() for m in scan(rx, starts, text)] == [m.span() for m in rx.finditer(text)], text


def test_ignorecase_patterns_scanned_in_the_caseless_copy():
    """A pattern that must keep IGNORECASE (a capital required as written) is tried only where its scanner finds
    a start in the caseless copy: the same matches as IGNORECASE on the text."""
    pattern = r"\b(?:said|told (?:\w+ ){0,2}?|announced|stated|declared|écrit)\s*in (?P<place>(?-i:[A-Z])\w+)"
    cp = CaselessPattern(pattern)
    assert cp._starts_i is not None
    for text in ["He said in Bamako that", "SAID IN BAMAKO", "she told reporters in Gao", "told them in town",
                 "écrit in Paris, Écrit in Lyon", "declared  in Kidal; stated in Mopti", "", "ſaid in Gao"]:
        want = [m.span() for m in re.finditer(pattern, text, re.I)]
        assert [m.span() for m in cp.finditer(text, caseless(text))] == want, text
        found = cp.search(text, caseless(text))
        assert (found.span() if found else None) == (want[0] if want else None), text


def test_language_alternations_get_a_scanner_with_the_same_matches():
    """Every language's trigger alternation is scanned (speed), and finds in text of our own what the plain
    search finds."""
    from fogline.extract import Extractor
    from fogline.extract.scan import scan

    text = ("Gunmen ambushed a patrol near the town on Monday, killing 12 soldiers; the army said air strikes "
            "hit the attackers. Des hommes armés ont attaqué le camp et ont pris la ville après des combats. "
            "Los rebeldes atacaron el cuartel y secuestraron a 3 civiles.")
    folded = caseless(text)
    for code in available():
        cp = Extractor(code).triggers._all
        want = [(m.span(), m.lastgroup) for m in re.finditer(cp.pattern, text, re.I)]
        assert [(m.span(), m.lastgroup) for m in cp.finditer(text, folded)] == want, code
        assert cp.scanned, code
        rx, _ = cp.on(text, folded)  # the pattern behind its scanner: match at a place, as the plain one
        starts = start_scanner(lowered(cp.pattern) or cp.pattern, always=True)
        plain = re.compile(rx.pattern[len(starts.pattern) + 3:-1])
        assert [(m.span(), m.lastgroup) for m in scan(plain, starts, folded)] == want, code
        for pos in range(len(folded)):
            a, b = rx.match(folded, pos), plain.match(folded, pos)
            assert (a and (a.span(), a.lastgroup)) == (b and (b.span(), b.lastgroup)), (code, pos)


def test_cased_words_find_what_the_cased_regex_finds():
    """Source words with capitals match only as written, the others in any case: ``CasedWords`` (speed) finds
    the first match ``cased_words_regex`` finds, the lower-case word first when both start at one place."""
    from fogline.extract.text import CasedWords, cased_words_regex

    words = ["who", "WHO", "the world health organization", "MSF", "médecins sans frontières", "un", "UN agency",
             "residents", "Un"]
    rx, cw = cased_words_regex(words), CasedWords(words)
    for text in ["a man who saw it", "the WHO said", "The World Health Organization and WHO", "MSF, msf",
                 "MÉDECINS SANS FRONTIÈRES said", "an UN agency report", "Un témoin", "nothing here", "",
                 "Residents who fled", "the un-named WHO-led team", "ſome who"]:
        want = rx.search(text)
        for got in (cw.search(text), cw.search(text, caseless(text))):
            assert (got.span() if got else None) == (want.span() if want else None), text


def test_cased_words_with_a_phrase_any_word_may_begin():
    r"""A phrase any word may begin ('(?:[\w-]+ )?committee') is searched only where a word it needs is; elsewhere
    the other words alone find what the whole alternation finds, the first of them at one place as before."""
    from fogline.extract.text import CasedWords, cased_words_regex

    words = [r"(?:the |a )?(?:[\w'’-]+ )?(?:committee|union)s?", "a local official", "local officials?", "official",
             "the mayor", "mayor", "UN", r"(?:a |the )?village (?:head|chief)"]
    rx, cw = cased_words_regex(words), CasedWords(words)
    assert cw._needs is not None and cw._needs.search("the farmers' union") and not cw._needs.search("the mayor")
    for text in ["the mayor said", "a local official told", "THE VILLAGE CHIEF and the mayor", "the youth committee",
                 "a farmers' union official", "Local officials, the mayor", "UN staff and a village head", "",
                 "the unions", "an official of the women's committee", "nothing", "the Mayor's office", "ſome mayor"]:
        want = rx.search(text)
        for got in (cw.search(text), cw.search(text, caseless(text))):
            assert (got.span() if got else None) == (want.span() if want else None), text


def test_needed_words_lie_in_every_match():
    from fogline.extract.needed_words import needed_words

    assert needed_words(r"(?:the )?(?:\w+ )?(?:committee|union)s?") == {"committee", "union"}
    assert needed_words(r"(?<=near )town") == {"town"}  # a lookaround's words are not the match's
    assert needed_words(r"(?:a|an) \w+") is None and needed_words(r"x(?:abc|de)") is None
    assert needed_words(r"(?:abcd)+efg|hij") == {"abcd", "hij"}


def test_a_part_of_a_copied_document_is_the_copy_of_the_part():
    import random

    from fogline.extract.scan import caseless_within

    rng = random.Random(3)
    pool = "aZé’ÉİıſKΣσςµßǅ\u0345—« »x.\n" + "".join(chr(c) for c in range(0x80, 0x600, 7))
    for _ in range(3000):
        doc = "".join(rng.choice(pool) for _ in range(rng.randrange(0, 40)))
        a = rng.randrange(0, len(doc) + 1)
        part = doc[a:rng.randrange(a, len(doc) + 1)]
        assert caseless_within(part, caseless(doc), a) == caseless(part)


def test_caseless_needs_lie_in_the_copy_of_every_match():
    from fogline.extract.needed_words import caseless_needs

    assert caseless_needs(r"(?:Reported|wrote) from [A-Z]\w+") == ("reported from ", "wrote from ")
    assert caseless_needs(r"\((?i:(?:further )?REPORTING by)\b[^)]*\)", re.M) == ("reporting by",)
    assert caseless_needs(r"^\W*(?:read also|photo)\W", re.I | re.M) == ("photo", "read also")
    assert caseless_needs(r"\w+ said") == (" said",) and caseless_needs(r"(?:a|b)\w+") is None
    for pattern, flags in [(r"(?:Reported|wrote) from [A-Z]\w+", 0), (r"(?i:reporting by)", 0), (r"ſtaff", re.I)]:
        words = caseless_needs(pattern, flags)
        for text in ("Reported from Gao", "REPORTING BY", "wrote from Mopti", "STAFF", "ſtaff", "staff"):
            if re.search(pattern, text, flags):
                assert any(w in caseless(text) for w in words)


def test_caseless_regex_is_a_drop_in_for_ignorecase_spans():
    """``CaselessRegex`` answers search, match, fullmatch and finditer (with pos and endpos) at the spans
    ``re.compile(pattern, re.I)`` gives, on texts with and without an exact caseless copy."""
    from fogline.extract.text import CaselessRegex

    patterns = [r"(?:evacuated|flown|taken)\s+(?:back\s+)?to\s+(?:the\s+)?$",
                r"(?<![\w-])(?:in|near|à)\s+(?:[\w-]+\s+)?$", r"\d+\s*km\b",
                r"^\s+(?:Region|Province)\b", r"(?:village|Town) of\s+", "(?!)"]
    texts = ["the wounded were Flown back to the ", "near ", "IN THE ", "à ", "40 KM north", " region of",
             "  Province", "the TOWN OF Kidal", "", "ſome were taken to ", "a \u0345 near "]
    for pattern in patterns:
        ref, fast = re.compile(pattern, re.I), CaselessRegex(pattern)
        for text in texts:
            for method in ("search", "match", "fullmatch"):
                want, got = getattr(ref, method)(text), getattr(fast, method)(text)
                assert (got.span() if got else None) == (want.span() if want else None), (pattern, text, method)
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in ref.finditer(text)]
            assert [m.span() for m in fast.finditer(text, 2, 9)] == [m.span() for m in ref.finditer(text, 2, 9)]
            want, got = ref.search(text, 1, 12), fast.search(text, 1, 12)
            assert (got.span() if got else None) == (want.span() if want else None), (pattern, text)


def test_a_rule_the_language_lacks_matches_nothing_without_a_search():
    """'(?!)' (a data file's missing rule) answers as the compiled pattern does, through every way rules ask."""
    from fogline.extract.text import NEVER, CaselessRegex

    never = CaselessPattern(NEVER)
    assert isinstance(never, CaselessPattern) and never.pattern == NEVER
    for text in ("", "(?!)", "Gunmen killed five villagers.", "a \u0345 near "):
        assert never.search(text, caseless(text)) is None and list(never.finditer(text, caseless(text))) == []
        rx, searched = never.on(text, caseless(text))
        assert rx.search(searched) is None
    assert dict(never.pattern_groups()) == {}
    regex = CaselessRegex(NEVER)
    assert isinstance(regex, CaselessRegex) and regex.pattern == NEVER
    assert regex.search("x", 0, 1) is None and regex.match("x") is None and regex.fullmatch("") is None
    assert CaselessRegex(f"(?:{NEVER})|(?:x)").search("a x").span() == (2, 3)  # only the whole pattern is NEVER


def test_attribution_verbs_keep_their_words():
    """The attribution verbs, found on the caseless copy (speed), are the plain IGNORECASE matches: the same
    spans, and their words as the text writes them."""
    from fogline.extract import Extractor

    text = ("The army SAID on Monday that rebels Killed 12, a spokesman told reporters, adding: “we deny it.” "
            "Le ministre a Déclaré que l'armée a indiqué 40 morts, a-t-il précisé.")
    for code in available():
        attribution = Extractor(code).attribution
        want = [(m.span(), m.group()) for m in attribution._verbs.finditer(text)]
        assert [(m.span(), m.group()) for m in attribution.verbs_in(text)] == want, code
        assert attribution.verb_spans(text) == [span for span, _ in want], code


def test_holds_any_is_found_wherever_the_fragment_matches():
    """The cheap test before a costly pattern: wherever the fragment matches, the test finds something (it may
    find more); None when the fragment's first characters cannot be listed."""
    from fogline.extract.scan import holds_any

    fragment = r"(?:soldiers?|troops|arm(?:y|ée)|gendarmes?|police(?:men)?|\d+ forces)"
    needs = holds_any(fragment)
    assert needs is not None
    for text in ["malian troops", "l'armée malienne", "12 forces", "policemen", "nothing", "", "a gendarme's"]:
        if re.search(fragment, text):
            assert needs.search(text), text
    assert needs.search("nothing") is None
    assert holds_any(r"\w+ troops") is None and holds_any(r"(?i:Troops)") is None


def test_start_literals_begin_every_match():
    """The words tested with ``in`` before a search (speed): every match begins with one of them; None when a
    match may begin with any letter, a class, or the beginnings are too many or too short."""
    from fogline.extract.scan import start_literals

    pattern = r"(?<![\w-])(?:accused|accusing|blamed?) (?:the )?army"
    words = start_literals(pattern)
    assert words is not None and all(len(w) >= 3 for w in words)
    for text in ["they accused the army", "rebels blame army units", "blamed army", "no such words here"]:
        for m in re.finditer(pattern, text):
            assert any(text.startswith(w, m.start()) for w in words), text
    assert start_literals(r"\w+ years later") is None  # any letter may begin it
    assert start_literals(r"(?:\d+|many) dead") is None  # a digit class
    assert start_literals("|".join(f"{c}{c}x" for c in "abcdefghijklmnopq"), 10) is None  # too many
    assert start_literals(r"(?:a|an)\b") is None  # too short to be worth a test
    assert start_literals(r"(?:a|an) attack") == ("a atta", "an att")  # the words after count too


def test_any_words_answers_as_the_one_alternation():
    """``AnyWords`` splits off a word that may begin with any letter; whether a sentence holds one of the words
    is what the single alternation says."""
    from fogline.extract.text import AnyWords, words_regex

    words = [r"\w+ years later", "in the past", r"(?:last|previous) (?:year|decade)", "back then"]
    any_words, one = AnyWords(words), words_regex(words)
    for text in ["Two years later the town fell.", "It happened in the past.", "Last decade was calm.",
                 "BACK THEN nobody came", "Gunmen killed five people on Friday.", "yearslater", ""]:
        assert any_words.search(text, caseless(text)) == bool(one.search(text)), text
