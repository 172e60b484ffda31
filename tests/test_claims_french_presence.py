"""A group said to be present where the event happened (issue 13: 'une zone où opère la katiba Macina du JNIM',
'où le JNIM est très actif') is no party of it: the army's 'terroristes neutralisés' are then an unidentified
armed group, not that group. A group that attacked, or claimed the attack, still is. Short reports written for
these tests."""

import pytest
from conftest import claim_rows

UAG_MALI = "Unidentified Armed Group (Mali)"
UAG_BF = "Unidentified Armed Group (Burkina Faso)"
JNIM = "JNIM: Group for Support of Islam and Muslims"


@pytest.mark.parametrize("text,victims", [
    ("Près de Ténenkou, où opèrent des combattants de la katiba Macina du JNIM, l'armée malienne a annoncé vendredi "
     "avoir neutralisé 14 terroristes lors d'une frappe aérienne.", UAG_MALI),
    ("Les FAMa ont affirmé samedi avoir tué 9 jihadistes lors d'une frappe près de Boni, une localité où le JNIM "
     "est particulièrement actif.", UAG_MALI),
    ("L'armée burkinabè a annoncé avoir neutralisé lundi une vingtaine de terroristes lors d'une embuscade à "
     "Arbinda, commune où sévissent "
     "des groupes liés au JNIM.", UAG_BF),
])
def test_a_group_said_present_is_not_the_victims_side(text, victims):
    got = claim_rows(text, "fr")
    assert got and all(c[2] == victims for c in got), got


@pytest.mark.parametrize("text", [
    "Le JNIM a revendiqué lundi l'attaque d'Arbinda. L'armée burkinabè dit avoir neutralisé une vingtaine de "
    "terroristes lors de la riposte.",
    "Des combattants du JNIM ont attaqué lundi un poste à Arbinda, où l'armée dit avoir neutralisé 20 assaillants.",
])
def test_a_group_that_attacked_still_is(text):
    got = claim_rows(text, "fr")
    assert got and all(c[2] == JNIM for c in got), got
