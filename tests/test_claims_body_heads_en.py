"""A body the dictionary does not know speaks in its own name when its name ends with a body's head noun (issue
13): 'Mercy Corps', 'the Resistance Committees', 'the Sahel Conflict Tracker', 'the Darfur Victims Monitor',
not 'local sources'. Short reports written for these tests."""

import pytest
from conftest import claimant_of

LEAD = "EL FASHER, Sudan (AP) — The RSF shelled the city of El Fasher on Sunday.\n\n"



@pytest.mark.parametrize("text,claimant", [
    (LEAD + "Mercy Corps said 31 civilians were killed.", "Mercy Corps"),
    (LEAD + "The Resistance Committees in El Fasher said 31 civilians were killed.", "Resistance Committees"),
    (LEAD + "At least 31 civilians were killed, according to the Sahel Conflict Tracker.", "Sahel Conflict Tracker"),
    (LEAD + "The Darfur Victims Monitor said 31 civilians were killed.", "Darfur Victims Monitor"),
])
def test_a_named_body_speaks_in_its_name(text, claimant):
    assert claimant_of(text, 31) == claimant
