"""The missing told by what is not known of them: people 'not yet found' ('n'ont toujours pas été retrouvées') and
people whose fate is unknown ('le sort de deux soldats'), as 'portés disparus' are; hostages whose fate is unknown
stay abducted (issue 13). Short reports written for these tests."""

import pytest
from conftest import claim_rows

TOMINIAN = "Des hommes armés ont attaqué le village de Mandiakuy, dans le cercle de Tominian, au Mali, mardi. "
SEBBA = "Des jihadistes ont attaqué une position de l'armée près de Sebba, au Burkina Faso, lundi. "


@pytest.mark.parametrize("text,low", [
    (TOMINIAN + "Sept villageois n'ont toujours pas été retrouvés, selon un élu local.", 7),
    (TOMINIAN + "Selon des habitants, onze femmes n'avaient pas encore été retrouvées mercredi soir.", 11),
    (SEBBA + "L'état-major ignore toujours le sort de quatre soldats.", 4),
    (TOMINIAN + "Le sort de seize bergers reste inconnu, selon l'association des éleveurs.", 16),
])
def test_people_not_found_or_of_unknown_fate_are_missing(text, low):
    assert ("missing", low) in [c[:2] for c in claim_rows(text, "fr")], claim_rows(text, "fr")


def test_hostages_of_unknown_fate_stay_abducted():
    text = TOMINIAN + "Le sort des six otages emmenés par les assaillants reste inconnu."
    assert [c[:2] for c in claim_rows(text, "fr")] == [("abducted", 6)], claim_rows(text, "fr")
