"""Whose toll 'N dead' is when the side follows the toll word (issue 13): 'in the army's ranks', 'in the ranks of
the army', 'on the Malian side', 'on the side of the attackers'. Short reports written for these tests."""

import pytest
from conftest import victims_of as of_

LEAD = "BAMAKO, Mali (AP) — Jihadists attacked an army post near Boni on Saturday. "



@pytest.mark.parametrize("text,of", [
    (LEAD + "There were 20 dead in the army's ranks, a security source said.", "Military Forces of Mali (FAMa)"),
    (LEAD + "The fighting left 20 dead in the ranks of the army, a security source said.",
     "Military Forces of Mali (FAMa)"),
    (LEAD + "The fighting left 20 dead on the Malian side, a security source said.", "Military Forces of Mali (FAMa)"),
    (LEAD + "The fighting left 20 dead on the side of the attackers, the army said.",
     "Unidentified Armed Group (Mali)"),
])
def test_the_side_after_the_toll_word(text, of):
    assert of_(text, 20) == of


def test_a_place_after_the_toll_word_is_no_side():
    assert of_(LEAD + "The fighting left 20 dead in the village, residents said.", 20) == "unknown"
