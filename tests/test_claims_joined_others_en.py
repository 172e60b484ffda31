"""Whose 'others' a figure joined by 'and' counts (issue 13): 'They killed my brother and 11 others' counts the
brother's kind, not the militants the sentence before counted. Short reports written for these tests."""

import pytest
from conftest import victims_of as of_

LEAD = ("NIAMEY, Niger (AP) — Niger's army said on Tuesday that its troops had killed 21 militants in the Tillaberi "
        "region.\n\n")



@pytest.mark.parametrize("text,low", [
    (LEAD + "“They killed my brother and 11 others,” said Fatima Issa, 34.", 11),
    (LEAD + "Villagers said the soldiers killed the imam and 14 others in the market.", 14),
    (LEAD + "Residents said the attackers killed the mayor and 14 others.", 14),
    (LEAD + "“They shot dead my father and 14 others,” a villager said.", 14),
])
def test_others_joined_to_a_person_are_not_the_militants(text, low):
    assert not of_(text, low).startswith("Unidentified Armed Group")


def test_others_in_a_new_sentence_go_on_with_the_toll_before():
    text = ("BAMAKO, Mali (AP) — Jihadists attacked an army post near Boni on Saturday. Three soldiers were killed, "
            "the army said. Two others were wounded.")
    assert of_(text, 2) == "Military Forces of Mali (FAMa)"
