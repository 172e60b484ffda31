"""Whose dead 'his comrades' count (issue 13): a speaker's comrades or colleagues are the speaker's own side, like
'its fighters'. Short reports written for these tests."""

import pytest
from conftest import victims_of as of_

LEAD = ("OUAGADOUGOU, Burkina Faso (AP) — Jihadi rebels attacked an army base in Djibo on Sunday, the army said in a "
        "statement.\n\n")



@pytest.mark.parametrize("text,low,of", [
    (LEAD + "A soldier who survived the attack told the AP that 40 of his comrades were killed.", 40,
     "Military Forces of Burkina Faso"),
    (LEAD + "A surviving soldier said 40 comrades had died.", 40, "Military Forces of Burkina Faso"),
    (LEAD + "Police spokesman Musa Adamu said nine of his colleagues were killed.", 9, "Police Forces of Burkina Faso"),
    (LEAD + "A JNIM commander said 12 of his comrades were killed.", 12,
     "JNIM: Group for Support of Islam and Muslims"),
])
def test_a_speakers_comrades_are_its_own(text, low, of):
    assert of_(text, low) == of
