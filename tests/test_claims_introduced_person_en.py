"""Whom 'he said' names (issue 13): a person a sentence with no reporting verb introduces by name and role ('Abdou
Moussa, a farmer in the village, hid in his house') speaks in the sentences after it, not the army quoted before.
Short reports written for these tests."""

import pytest
from conftest import claimant_of

LEAD = ("NIAMEY, Niger (AP) — Niger's army said on Tuesday that its troops had killed 21 militants in the Tillaberi "
        "region.\n\n")



@pytest.mark.parametrize("text,low,claimant", [
    (LEAD + "Abdou Moussa, a farmer in the village, hid in his house during the attack.\n\n“They killed 30 "
            "people,” he said.", 30, "residents"),
    (LEAD + "Hadiza Issa, a nurse at the district hospital, worked through the night. She said 14 of the wounded "
            "had died by morning.", 14, "local sources"),
    (LEAD + "Amina Bello, a mother of three, lost her husband in the raid. She told Reuters that at least 25 "
            "villagers were killed.", 25, "residents"),
    (LEAD + "Ousmane Garba, a trader from Tera, fled on foot with his family. Three days later, he said, 18 bodies "
            "still lay in the market.", 18, "residents"),
])
def test_he_is_the_person_just_introduced(text, low, claimant):
    assert claimant_of(text, low) == claimant


def test_a_speaker_after_the_person_speaks_for_itself():
    """Once another source speaks, 'it' and 'he' go back to the last speaker."""
    text = (LEAD + "Abdou Moussa, a farmer in the village, hid in his house during the attack. The army said 12 "
            "soldiers were wounded. It said 9 motorcycles were destroyed.")
    assert claimant_of(text, 9) == "Military Forces of Niger"
