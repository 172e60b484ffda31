"""French bodies named by their own words. A name after a common head noun goes on in lowercase words to the end of
the speaker phrase ("l'ONG Médecins du monde", not "Médecins"); a "Mouvement … (ACRONYME)" the actor dictionary
does not list is a rights body that tells the toll, never the last armed group ("le mouvement"). Short reports
written for these tests."""

import pytest
from conftest import claim_rows

LOWERCASE_TAILS = [
    ("Des hommes armés ont tué des civils à Bunia, en RDC, mardi. Selon l'ONG Médecins du monde, douze personnes "
     "ont été blessées.", "Médecins du monde"),
    ("Des miliciens ont attaqué le village de Fataki, en RDC, jeudi. Quinze civils ont été tués, a indiqué "
     "l'association Aide à l'enfance en détresse.", "Aide à l'enfance en détresse"),
    ("Des rebelles ont incendié des maisons à Masisi, en RDC, dimanche. L'organisation Justice et paix a affirmé que "
     "neuf civils avaient été tués.", "Justice et paix"),
    ("Des hommes armés ont attaqué un camp de déplacés à Djugu, en RDC, lundi. L'ONG Terre des hommes a recensé "
     "onze morts.", "Terre des hommes"),
]


@pytest.mark.parametrize("text,body", LOWERCASE_TAILS)
def test_a_body_named_after_its_head_noun_keeps_its_lowercase_words(text, body):
    rows = claim_rows(text, "fr")
    assert rows and all(c[3] == body for c in rows), rows


MOVEMENTS = [
    "Des jihadistes ont attaqué le village de Djibo, au Burkina Faso, lundi. Selon le Mouvement burkinabè des "
    "droits de l'homme et des peuples (MBDHP), vingt civils ont été tués.",
    "Des hommes armés ont attaqué le village de Gorom, au Burkina Faso, jeudi. Dix-huit civils ont été tués, a "
    "indiqué le Mouvement pour la défense des libertés (MDL).",
    "Des jihadistes ont tué des villageois près de Fada, au Burkina Faso, mercredi. Le Mouvement citoyen pour la "
    "paix (MCP) a affirmé que quatorze civils avaient péri.",
]


@pytest.mark.parametrize("text", MOVEMENTS)
def test_an_unlisted_movement_with_its_acronym_is_a_body_not_an_armed_group(text):
    rows = claim_rows(text, "fr")
    assert rows and all(c[3].startswith("Mouvement") for c in rows), rows


def test_an_armed_movement_named_with_its_acronym_is_not_made_a_rights_body():
    text = ("Des rebelles ont attaqué l'armée près de Kidal, au Mali, lundi. Dix soldats ont été tués, selon le "
            "Mouvement national de libération de l'Azawad (MNLA).")
    rows = claim_rows(text, "fr")
    assert rows and not any(c[3].startswith("Mouvement") for c in rows), rows


STAFF_OF_A_BODY = [
    ("Des hommes armés ont attaqué le village de Kalemie, en RDC, mercredi. Des humanitaires de Caritas "
     "Développement ont dénombré vingt morts.", "Caritas Développement"),
    ("Des rebelles ont attaqué le camp de déplacés de Lushagala, en RDC, jeudi. Selon des humanitaires d'Action "
     "contre la faim, onze civils ont été tués.", "Action contre la faim"),
    ("Des hommes armés ont attaqué le village de Fizi, en RDC, mardi. Selon des employés de Mercy Corps, huit civils "
     "ont été tués.", "Mercy Corps"),
]


@pytest.mark.parametrize("text,body", STAFF_OF_A_BODY)
def test_aid_workers_of_a_named_body_speak_for_that_body(text, body):
    rows = claim_rows(text, "fr")
    assert rows and all(c[3] == body for c in rows), rows


@pytest.mark.parametrize("text", [
    "Des hommes armés ont attaqué le village de Kalemie, en RDC, mercredi. Des humanitaires de Bunia ont dénombré "
    "vingt morts.",
    "Des miliciens ont tué des villageois à Djugu, en RDC, vendredi. Selon des humanitaires, quinze civils ont été "
    "tués.",
])
def test_aid_workers_of_a_town_or_of_no_body_stay_local_sources(text):
    rows = claim_rows(text, "fr")
    assert rows and all(c[3] == "local sources" for c in rows), rows
