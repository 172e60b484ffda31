"""A side named ahead of its toll (issue 13): 'Côté FAMa, on déplore trois morts', 'Dans les rangs de l'armée, on
compte …', 'Les pertes de l'armée s'élèvent à …': the toll, whose own words name nobody, is that side's. Only a
phrase that opens its clause names the side ('confirmant des pertes dans les rangs des Russes et la mort d'un
commandant' does not). Short reports written for these tests."""

import pytest
from conftest import claim_rows

BOULKESSI = "Les FAMa ont repoussé une attaque terroriste contre le camp de Boulkessi, au Mali, mardi. "
DJIBO = "Des jihadistes ont attaqué un poste militaire à Djibo, au Burkina Faso, samedi. "


@pytest.mark.parametrize("text,what,low,of", [
    (BOULKESSI + "Côté FAMa, on déplore trois morts et cinq blessés.", "killed", 3, "Military Forces of Mali (FAMa)"),
    (BOULKESSI + "Dans les rangs de l'armée, on compte deux blessés.", "wounded", 2, "Military Forces of Mali (FAMa)"),
    (DJIBO + "Les pertes de l'armée s'élèvent à sept morts et neuf blessés.", "wounded", 9,
     "Military Forces of Burkina Faso"),
    (DJIBO + "Du côté des VDP, on dénombre quatre morts.", "killed", 4,
     "VDP: Volunteers for the Defense of the Homeland"),
])
def test_a_side_named_before_the_toll_owns_it(text, what, low, of):
    got = [c for c in claim_rows(text, "fr") if c[:2] == (what, low)]
    assert got and got[0][2] == of, claim_rows(text, "fr")
