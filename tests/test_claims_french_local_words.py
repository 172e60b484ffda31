"""French local sources the attribution lists lacked (issue 13: the outlet where the gold names local sources): a
native of the place ('un ressortissant de la zone'), an opinion leader, 'des informations locales', a Red Cross
volunteer; and the counting verbs 'compter', 'comptabiliser', 'ramasser' as verbs of a source's toll ('Les secouristes
ont comptabilisé 12 corps'). Short reports written for these tests."""

import pytest
from conftest import claim_rows

KASSA = "Des jihadistes ont attaqué le village de Kassa, dans le nord du Burkina Faso, samedi. "


@pytest.mark.parametrize("text,low", [
    (KASSA + "D'après un ressortissant de la zone joint par téléphone, 12 personnes ont été tuées.", 12),
    (KASSA + "Des ressortissants de la commune font état de neuf morts.", 9),
    (KASSA + "Un leader d'opinion de la localité parle de sept morts.", 7),
    (KASSA + "Selon des informations locales, onze personnes ont été tuées.", 11),
])
def test_french_local_source_words(text, low):
    got = [c for c in claim_rows(text, "fr") if c[1] == low]
    assert got and got[0][3] == "local sources", claim_rows(text, "fr")


@pytest.mark.parametrize("text,low,claimant", [
    (KASSA + "Un volontaire de la Croix-Rouge a compté 12 corps.", 12, "local sources"),
    (KASSA + "Les secouristes ont comptabilisé 14 corps dans le village.", 14, "local sources"),
    (KASSA + "Les villageois ont ramassé 15 corps après le départ des assaillants.", 15, "residents"),
])
def test_a_counting_verb_names_its_subject_as_the_source(text, low, claimant):
    got = [c for c in claim_rows(text, "fr") if c[1] == low]
    assert got and got[0][3] == claimant, claim_rows(text, "fr")
