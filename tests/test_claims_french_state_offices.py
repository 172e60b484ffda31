"""An office of a state force named with the force inside its name ('le Centre d'information et de communication de
l'armée', 'le Centre opérationnel de la Gendarmerie nationale') is that force speaking, not a body of its own
(issue 13: claimant unlisted actor → state forces). A civil body named after soldiers ('le Collectif pour la
défense des militaires') stays itself. Short reports written for these tests."""

import pytest
from conftest import claim_rows

MALI = "Des jihadistes ont attaqué un poste militaire près de Ménaka, au Mali, mardi. "


@pytest.mark.parametrize("text,low,force", [
    (MALI + "Le Centre d'information et de communication de l'armée a annoncé 12 terroristes neutralisés.", 12,
     "Military Forces of Mali (FAMa)"),
    (MALI + "Selon le Centre opérationnel de la Gendarmerie nationale, 9 assaillants ont été tués.", 9,
     "Police Forces of Mali (Gendarmerie)"),
    (MALI + "Le Centre de communication des forces armées a indiqué que sept soldats ont été tués.", 7,
     "Military Forces of Mali (FAMa)"),
])
def test_an_office_of_a_state_force_is_that_force(text, low, force):
    got = [c for c in claim_rows(text, "fr") if c[1] == low]
    assert got and got[0][3] == force, claim_rows(text, "fr")


def test_a_civil_body_named_after_soldiers_stays_itself():
    text = MALI + "Le Collectif pour la défense des militaires (CDM) affirme que 14 soldats ont été tués."
    got = [c for c in claim_rows(text, "fr") if c[1] == 14]
    assert got and got[0][3].startswith("Collectif"), claim_rows(text, "fr")
