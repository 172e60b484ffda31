"""A witness described by age or family ('a 45-year-old farmer', 'an elderly woman') is a resident (issue 13), as
'a farmer' is. Short reports written for these tests."""

import pytest
from conftest import claimant_of

LEAD = "NIAMEY, Niger (AP) — Gunmen attacked the village of Tera in the Tillaberi region on Tuesday.\n\n"



@pytest.mark.parametrize("text", [
    LEAD + "A 45-year-old farmer said the gunmen killed 12 villagers.",
    LEAD + "At least 12 people were killed, an elderly woman told Reuters.",
    LEAD + "A young herder who escaped said 12 villagers had been shot dead.",
])
def test_a_described_witness_is_a_resident(text):
    assert claimant_of(text, 12) == "residents"
