"""English speakers named only 'an officer' (issue 13): in a report of an attack on the army, 'an officer at the
base', 'a senior officer' speak for the military, as 'a military officer' does (the guide's dev texts code 'a
military officer told AFP' as the force); a police officer stays the police's. Short reports written for these
tests."""

import pytest
from conftest import claimant_of

LEAD = "BAMAKO, Mali — Jihadists attacked a military post in Boulkessi on Sunday.\n\n"


@pytest.mark.parametrize("text", [
    LEAD + '"We killed more than 40 terrorists," an officer at the base told Reuters.',
    LEAD + "An officer in the region said 40 attackers were killed.",
    LEAD + "A senior officer said 40 attackers were killed in the fighting.",
])
def test_an_officer_speaks_for_the_army(text):
    assert claimant_of(text, 40) == "Military Forces of Mali (FAMa)"


def test_a_police_officer_stays_police():
    text = LEAD + "A police officer said 40 attackers were killed."
    assert claimant_of(text, 40) == "Police Forces of Mali"
