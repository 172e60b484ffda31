"""One fold (fogline/text.py) for every lookup key: actor aliases, demonyms, places, pronouns, evaluation."""

import re
from pathlib import Path

import pytest

from fogline.text import fold

PACKAGE = Path(__file__).resolve().parent.parent / "fogline"


@pytest.mark.parametrize(("raw", "key"), [
    ("  Front de libération\u00a0de l’Azawad ", "front de liberation de l'azawad"),
    ("“Southern” group", "'southern' group"),
    ("Jama‘at Nuṣrat al\u2011Islam", "jama'at nusrat al-islam"),
    ("Armée  Burkinabè", "armee burkinabe"),
])
def test_default_fold(raw, key):
    assert fold(raw) == key


def test_fold_keeping_case():
    assert fold("FAMa", lower=False) == "FAMa"
    assert fold("Armée", lower=False) == "Armee"


@pytest.mark.parametrize("raw", ["Des soldats  maliens ont « neutralisé »\u00a0l’ennemi", "Ǆ ﬁ İstanbul ½ 𝔸",
                                 "combining \u0301 mark", ""])
def test_same_length_fold_keeps_offsets(raw):
    folded = fold(raw, same_length=True)
    assert len(folded) == len(raw)
    assert folded == folded.lower()
    # where the whole text folds to the same length, the two forms agree
    assert fold("Léré, l’armée", same_length=True) == fold("Léré, l’armée")


def test_compact_fold_is_the_gazetteer_key():
    assert fold("Aguel-Hoc", compact=True) == "aguelhoc"
    assert fold("Ørsta", compact=True) == "orsta"
    assert fold("St. Petersburg", compact=True) == "stpetersburg"


def test_no_other_fold_in_the_package():
    """Accents are stripped in one place only: fogline/text.py."""
    offenders = [str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
                 if p.name != "text.py" or p.parent != PACKAGE
                 if re.search(r"unicodedata\.(?:normalize|combining)", p.read_text(encoding="utf-8"))]
    assert offenders == []
