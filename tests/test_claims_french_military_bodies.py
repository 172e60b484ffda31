"""A national army's commands, operations, sectors and communication services speak for that army ('selon le
secteur opérationnel de Mopti', 'a indiqué la cellule de communication de l'opération X', 'Le COMOPS a annoncé'),
not as an organisation of their own nor in the outlet's voice. Short reports written for these tests."""

import pytest
from conftest import claim_rows

BONI = "Des jihadistes ont attaqué un poste militaire à Boni, dans le centre du Mali, lundi. "
BANIBANGOU = "Des jihadistes ont attaqué un poste militaire à Banibangou, dans l'ouest du Niger, lundi. "


@pytest.mark.parametrize("text,claimant", [
    (BANIBANGOU + "Le COMOPS a annoncé que quinze terroristes avaient été neutralisés.", "Military Forces of Niger"),
    (BANIBANGOU + "Quinze terroristes ont été neutralisés, selon l'opération Almahaou.", "Military Forces of Niger"),
    (BONI + "Quinze terroristes ont été neutralisés, selon le secteur opérationnel de Mopti.",
     "Military Forces of Mali (FAMa)"),
    (BANIBANGOU + "Selon la cellule de communication de l'opération, douze assaillants ont été tués.",
     "Military Forces of Niger"),
    (BONI + "Le poste de commandement interarmées de théâtre a affirmé avoir neutralisé vingt terroristes.",
     "Military Forces of Mali (FAMa)"),
])
def test_an_armys_commands_speak_for_it(text, claimant):
    got = claim_rows(text, "fr")
    assert got and got[0][3] == claimant, got
