"""Quotations over several sentences (issue 13): '« Nous avons retrouvé dix corps. Plusieurs personnes sont portées
disparues », a déclaré un responsable' — every figure of the quote is the speaker named after it closes, or the
one who opened it ('Un habitant raconte : « … Ils ont tué douze personnes. »'); and the quote's "we" is then no
armed group's (the next party that speaks after the quote is not its speaker). Short reports written for these
tests."""

import pytest
from conftest import claim_rows, extracted

BENI = "Des rebelles ADF ont attaqué le village de Mamove, en territoire de Beni, au Nord-Kivu, lundi. "
SAGAING = "A junta airstrike hit a monastery in Kanbalu Township, Sagaing Region, Myanmar, on Tuesday night. "


@pytest.mark.parametrize("text,language,low,claimant", [
    (BENI + "« Nous avons retrouvé dix corps. Plusieurs personnes sont encore portées disparues », a déclaré un "
     "responsable de la société civile.", "fr", 10, "local sources"),
    (BENI + "Un habitant raconte : « Ils sont arrivés vers 22 heures. Ils ont tué douze personnes. »", "fr", 12,
     "residents"),
    (SAGAING + '"We have recovered 17 bodies so far. Many people are missing," said a volunteer rescuer.', "en", 17,
     "local sources"),
])
def test_every_sentence_of_a_quote_is_its_speakers(text, language, low, claimant):
    got = [c for c in claim_rows(text, language) if c[1] == low]
    assert got and got[0][3] == claimant, claim_rows(text, language)


@pytest.mark.parametrize("text,language,group", [
    (SAGAING + '"We have recovered 17 bodies so far. Many are injured," said a volunteer rescuer. The National '
     'Unity Government (NUG) condemned the attack and put the toll at 19.', "en", "NUG: National Unity Government"),
    (SAGAING + '"We have found 17 bodies," said a volunteer rescuer. The National Unity Government (NUG) put the '
     'toll at 19.', "en", "NUG: National Unity Government"),
    ("Une frappe aérienne de la junte a touché un monastère du canton de Kanbalu, dans la région de Sagaing, en "
     "Birmanie, mardi soir. « Nous avons retrouvé 17 corps », a déclaré un secouriste. Le gouvernement d'unité "
     "nationale (NUG) a avancé le chiffre de 19 morts.", "fr", "NUG: National Unity Government"),
])
def test_a_sources_we_is_no_group(text, language, group):
    """A rescuer's "we" is nobody's party: the group that speaks next is not made the quote's speaker."""
    names = {a.name for e in extracted(text, language).events for a in e.actors}
    assert group not in names, names
