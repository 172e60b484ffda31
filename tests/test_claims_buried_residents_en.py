"""English death tolls told by who buried or mourns the dead, and residents named with where they live (issue
13): 'we buried 20 people', 'mourning for the 34 victims' count the dead; 'X, who lives in the village' is a
resident, not a local official. Short reports written for these tests."""

import pytest
from conftest import claim_rows, claimant_of

LEAD = "MAIDUGURI, Nigeria (AP) — Gunmen attacked the village of Kukawa in Borno state on Sunday.\n\n"


@pytest.mark.parametrize("text, low", [
    (LEAD + '"We buried at least 20 people yesterday," said Musa Ali, a resident.', 20),
    (LEAD + "Residents said they buried 17 victims in a mass grave on Monday.", 17),
    (LEAD + "A youth leader said the community had buried 16 villagers by Monday evening.", 16),
])
def test_buried_counts_the_dead(text, low):
    assert ("killed", low) in [(r[0], r[1]) for r in claim_rows(text)], claim_rows(text)


@pytest.mark.parametrize("text, low", [
    ("NIAMEY, Niger — Jihadists attacked the village of Fambita on Friday. The government declared three days of "
     "mourning for the 34 victims.", 34),
    ("NIAMEY, Niger — Jihadists attacked the village of Fambita on Friday. Residents mourned 17 villagers at a "
     "ceremony on Saturday.", 17),
    ("NIAMEY, Niger — Jihadists attacked the village of Fambita on Friday. The president said the nation mourns "
     "the 31 martyrs.", 31),
])
def test_mourned_counts_the_dead(text, low):
    assert ("killed", low) in [(r[0], r[1]) for r in claim_rows(text)], claim_rows(text)


def test_buried_alive_is_no_toll():
    text = LEAD + "Eleven people were buried under the rubble of a mosque and rescued alive, police said."
    assert [r for r in claim_rows(text) if r[0] == "killed"] == []


@pytest.mark.parametrize("text, low", [
    (LEAD + '"At least 20 people died," Musa Ali, who lives in the village, told The Associated Press by phone.', 20),
    (LEAD + "Amina Yusuf, who lives in the town, told Reuters the attackers abducted 15 girls.", 15),
    (LEAD + "Sani Bello, who has lived in the area for years, said 14 people were killed.", 14),
])
def test_who_lives_there_is_a_resident(text, low):
    assert claimant_of(text, low) == "residents"
