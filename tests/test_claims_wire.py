"""Claims in the forms of wire, UN and local-press reports (issue 13): who says a figure when two sources say it
together or a UN agency says it, and which numbers are no toll (weapons, a part 'among the dead'). Short reports
written for these tests, each rule in several forms."""

import pytest
from conftest import extracted


def claims(text, language="en"):
    return [(c.what, c.low, c.of, c.claimant) for e in extracted(text, language).events for c in e.claims]


def claimant_of(text, low, language="en"):
    found = [c for c in claims(text, language) if c[1] == low]
    assert found, claims(text, language)
    return found[0][3]


@pytest.mark.parametrize("text,low,claimant", [
    ("The air force bombed Longechuk county in Upper Nile state on Monday, killing 21 people, local officials and "
     "the opposition SPLM-IO said.", 21, "local sources"),
    ("Residents and the Nigerian army said 12 people were killed when gunmen attacked the village of Dogo in Plateau "
     "state on Sunday.", 12, "residents"),
    ("Twelve villagers were killed when gunmen stormed Kwall in Plateau State, Nigeria, on Friday, police and "
     "residents said.", 12, "Police Forces of Nigeria"),
])
def test_two_speakers_of_one_verb_give_the_first(text, low, claimant):
    """'X and Y said': the guide names the first source of a claim two sources back together."""
    assert claimant_of(text, low) == claimant


def test_a_clause_before_and_is_no_joint_speaker():
    text = ("Gunmen attacked the village of Dogo in Plateau State, Nigeria, on Sunday and the police said nine "
            "people were killed.")
    assert claimant_of(text, 9) == "Police Forces of Nigeria"


@pytest.mark.parametrize("text,low", [
    ("A drone strike hit a market in El Fasher on Sunday, killing 30 people, the World Health Organization said.", 30),
    ("Gunmen ambushed a convoy of aid trucks near Yei in South Sudan on Monday, killing three drivers, the WFP said "
     "in a statement.", 3),
    ("The International Organization for Migration said 14 people were killed when insurgents raided the town of "
     "Macomia in Cabo Delgado, Mozambique, on Friday.", 14),
])
def test_a_un_agency_speaks_for_the_united_nations(text, low):
    assert claimant_of(text, low) == "United Nations"


@pytest.mark.parametrize("text,weapons,toll", [
    ("Two missiles hit an apartment block in Odesa on Monday, killing five people, the regional governor said.", 2, 5),
    ("Four mortar shells landed on a displacement camp near Goma on Friday, killing nine people, local officials "
     "said.", 4, 9),
    ("Two rockets struck the town of Bunia on Tuesday, killing three civilians, a local official said.", 2, 3),
])
def test_the_number_of_weapons_is_no_toll(text, weapons, toll):
    lows = [c[1] for c in claims(text)]
    assert toll in lows and weapons not in lows


@pytest.mark.parametrize("text,total,part", [
    ("At least 20 people were killed when gunmen attacked the village of Mafa in Borno state on Sunday, and eight "
     "children were among the dead, residents said.", 20, 8),
    ("Militants killed 11 soldiers in an attack on an army post in North Waziristan, Pakistan, on Saturday. Two "
     "officers were also among those killed, the military said.", 11, 2),
    ("Suspected rebels killed 17 villagers near Beni, Congo, on Monday; four women are among the victims, a local "
     "official said.", 17, 4),
])
def test_a_part_among_the_dead_is_no_claim(text, total, part):
    lows = [c[1] for c in claims(text)]
    assert total in lows and part not in lows
