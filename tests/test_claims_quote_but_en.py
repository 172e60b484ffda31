"""English quotations whose clauses a 'but' or 'while' joins (issue 13): the whole quotation is its speaker's
words, so a figure before the 'but' is the speaker's as much as one after it. Short reports written for these
tests."""

import pytest
from conftest import claimant_of

ARMY = "BAMAKO, Mali — Jihadists attacked a military post in Boulkessi on Sunday.\n\n"
VILLAGE = "BAMAKO, Mali — Jihadists attacked the village of Dioura on Sunday.\n\n"


@pytest.mark.parametrize("text, low, claimant", [
    (ARMY + '"We lost 10 men, but we killed more than 40 terrorists," the army said.', 10,
     "Military Forces of Mali (FAMa)"),
    (ARMY + 'The army said: "We repelled them, but we lost 10 men."', 10, "Military Forces of Mali (FAMa)"),
    (VILLAGE + '"Twelve villagers died, while many others fled into the bush," a resident told AFP.', 12,
     "residents"),
    (VILLAGE + '"They killed 9 people, but the soldiers arrived too late," said a resident.', 9, "residents"),
])
def test_a_quotation_is_all_its_speaker_s(text, low, claimant):
    assert claimant_of(text, low) == claimant
