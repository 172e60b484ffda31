"""A force's own count told through the outlet (issue 13): 'an army report seen by AFP said …' is the army's word,
not the outlet's (the outlet only saw it); 'by the army's count' names the army as 'according to' would. Short
reports written for these tests."""

import pytest
from conftest import claimant_of

LEAD = "BAMAKO, Mali (AP) — Jihadists attacked an army post near Boni on Saturday.\n\n"



@pytest.mark.parametrize("text", [
    LEAD + "An army report seen by AFP said 20 soldiers were killed.",
    LEAD + "An internal military memo seen by Reuters said 20 soldiers were killed.",
    LEAD + "A military document seen by The Associated Press said 20 soldiers were killed.",
    LEAD + "By the army's count, 20 militants died.",
    LEAD + "At least 20 attackers were killed by the military's own tally, and three soldiers were wounded.",
])
def test_a_forces_document_or_count_is_its_word(text):
    assert claimant_of(text, 20) == "Military Forces of Mali (FAMa)"


def test_an_outlet_that_counts_is_the_outlet():
    text = LEAD + "An AFP correspondent counted 20 bodies in the village."
    assert claimant_of(text, 20) == "the outlet"
