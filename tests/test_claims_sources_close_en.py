"""English claimants read by role (issue 13): 'sources close to the army' are anonymous security sources (the
guide's label), not the army itself. Short reports written for these tests."""

import pytest
from conftest import claimant_of

LEAD = ("OUAGADOUGOU, Burkina Faso (AP) — Jihadi rebels attacked an army base in Djibo on Sunday, killing 15 soldiers, "
        "the army said in a statement.\n\n")



@pytest.mark.parametrize("text", [
    LEAD + "Two sources close to the army told AFP that 40 soldiers died.",
    LEAD + "At least 40 soldiers were killed, according to a source within the military.",
    LEAD + "A source in the security forces put the toll at 40 soldiers dead.",
    LEAD + "The real toll is 40 dead, sources close to the defence ministry said on Monday.",
])
def test_sources_close_to_a_force_are_security_sources(text):
    """'sources close to the army', 'a source within the military': unnamed people near a force, the guide's
    'security sources', not the force's own word."""
    assert claimant_of(text, 40) == "security sources"
