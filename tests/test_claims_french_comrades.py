"""Soldiers named as 'frères d'armes' or 'compagnons d'armes' are the state's forces, and a force that 'lost' its
'frères d'armes' counts its own dead, no speaker's kin (a witness's 'trois frères' stay kin) (issue 13). Short
reports written for these tests."""

import pytest
from conftest import claim_rows

TESSIT = "Des jihadistes ont attaqué un camp militaire à Tessit, dans la région de Gao, au Mali, jeudi. "
FAMA = "Military Forces of Mali (FAMa)"


@pytest.mark.parametrize("text,low", [
    (TESSIT + "« Nous avons malheureusement perdu sept frères d'armes », indique l'état-major.", 7),
    (TESSIT + "Neuf compagnons d'armes sont tombés au combat, selon l'armée.", 9),
    (TESSIT + "Selon l'armée, douze frères d'armes ont été tués dans l'assaut.", 12),
])
def test_brothers_in_arms_are_the_state_s_dead(text, low):
    got = [c for c in claim_rows(text, "fr") if c[1] == low]
    assert got and got[0][:1] == ("killed",) and got[0][2] == FAMA, claim_rows(text, "fr")


def test_a_witness_s_brothers_stay_kin():
    text = TESSIT + "« Ils ont tué mes deux frères », raconte un habitant."
    assert 2 not in [c[1] for c in claim_rows(text, "fr")], claim_rows(text, "fr")
