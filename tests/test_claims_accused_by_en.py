"""Who says the figure of a passive accusation (issue 13): 'the army was accused by residents of killing 20
civilians' is the residents' word, not the accused army's. Short reports written for these tests."""

import pytest
from conftest import claimant_of

LEAD = "BAMAKO, Mali (AP) — The army said on Monday it had killed 30 terrorists in an operation near Moura.\n\n"



@pytest.mark.parametrize("text,claimant", [
    (LEAD + "The army was accused by residents of killing 20 civilians.", "residents"),
    (LEAD + "The soldiers have been accused by Human Rights Watch of executing 20 civilians in Moura.",
     "Human Rights Watch"),
    (LEAD + "Troops and Russian fighters were blamed by witnesses for the deaths of 20 villagers.", "residents"),
])
def test_the_accuser_after_by_speaks(text, claimant):
    assert claimant_of(text, 20) == claimant
