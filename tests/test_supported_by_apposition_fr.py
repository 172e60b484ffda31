"""'Les militaires, appuyés par des éléments du groupe Wagner, affirment …': the ally an apposition names
('appuyés / épaulés / accompagnés par X') is no speaker; the subject before it speaks. Short reports written for
these tests."""

import pytest
from conftest import claim_rows

CASES = [
    ("Des rebelles du 3R ont attaqué une position de l'armée à Koui, en Centrafrique, samedi. Les militaires, appuyés "
     "par des éléments du groupe Wagner, affirment avoir tué « plusieurs rebelles ».",
     "Military Forces of the Central African Republic (FACA)"),
    ("Des jihadistes ont attaqué un poste à Ménaka, au Mali, lundi. Les soldats maliens, épaulés par des éléments "
     "d'Africa Corps, disent avoir neutralisé dix terroristes.", "Military Forces of Mali (FAMa)"),
    ("Des jihadistes ont attaqué Djibo, au Burkina Faso, lundi. Les soldats, accompagnés par des VDP, affirment avoir "
     "tué vingt terroristes.", "Military Forces of Burkina Faso"),
]


@pytest.mark.parametrize("text,speaker", CASES)
def test_the_subject_not_its_supporting_ally_speaks(text, speaker):
    rows = claim_rows(text, "fr")
    assert rows and all(c[3] == speaker for c in rows), rows
