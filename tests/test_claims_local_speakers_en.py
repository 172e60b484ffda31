"""English local sources the labels missed (issue 13): a youth leader, a morgue worker, a member of parliament, a
senator speak as local sources, not as the outlet. Short reports written for these tests."""

import pytest
from conftest import claimant_of

LEAD = "MAIDUGURI, Nigeria (AP) — Gunmen attacked the village of Kukawa in Borno state on Sunday.\n\n"



@pytest.mark.parametrize("text", [
    LEAD + "Twenty-three people were killed, a youth leader told Reuters.",
    LEAD + "A morgue worker at the state hospital said 23 bodies had been brought in.",
    LEAD + "According to a member of parliament from the area, 23 villagers died.",
    LEAD + "At least 23 people were killed, a senator from the state said on Monday.",
])
def test_local_speakers(text):
    assert claimant_of(text, 23) == "local sources"
