"""A count of people where soldiers and civilians were both attacked. French 'personnes' name no side: the figure's
side stays unknown (``no_side_nouns``), and 'personnes' is no alias of the civilians. English annotators code such
'people' as the civilians: a count of people keeps the civilians a party of the event, whose victims they are.
Short reports written for these tests."""

import pytest
from conftest import claim_rows, event_parties

FRENCH = [
    "Des jihadistes ont attaqué des soldats et des villageois à Djibo, au Burkina Faso, lundi, tuant quatre soldats et "
    "plusieurs civils. Au total, 30 personnes ont été tuées, selon un élu local.",
    "Des jihadistes ont attaqué un poste militaire à Boni, dans le centre du Mali, lundi. Vingt personnes ont été "
    "tuées, dont des soldats et des civils, selon un élu local.",
    "Des hommes armés ont attaqué la gendarmerie et le marché de Seytenga, au Burkina Faso, samedi. L'attaque a fait "
    "au moins quinze morts parmi les gendarmes et les civils. Au total, trente personnes ont péri, selon une source "
    "locale.",
    "Des combats entre l'armée et des rebelles ont éclaté dans le village de Kitchanga, en RDC, mardi. Des civils ont "
    "été pris entre deux feux. Douze personnes ont été tuées, a indiqué un responsable local.",
    "Des jihadistes ont attaqué la base militaire de Boulkessi et les villages voisins, au Mali, jeudi, tuant des "
    "soldats et des habitants. Une quarantaine de personnes ont perdu la vie, selon des sources locales.",
]


@pytest.mark.parametrize("text", FRENCH)
def test_french_people_where_soldiers_fell_too_are_of_no_side(text):
    rows = [c for c in claim_rows(text, "fr") if c[0] == "killed" and c[1] >= 12 and c[2] != "Police Forces of "
            "Burkina Faso (Gendarmerie)"]
    assert rows and all(c[2] == "unknown" for c in rows), claim_rows(text, "fr")


def test_french_people_killed_by_gunmen_alone_are_still_civilians():
    text = ("Des hommes armés ont tué au moins vingt personnes dans le village de Diallassagou, dans le centre du "
            "Mali, dimanche, selon des sources locales.")
    assert ("killed", 20, "Civilians (Mali)") in [c[:3] for c in claim_rows(text, "fr")], claim_rows(text, "fr")


ENGLISH = [
    ("Militants stormed an army base and a nearby village in Borno state, Nigeria, on Sunday, killing soldiers and "
     "villagers. At least 20 people died, a local official said.", "Nigeria"),
    ("Gunmen attacked a military post and a village near Diffa, Niger, on Tuesday, killing soldiers and civilians. "
     "Fifteen people were killed in all, the mayor said.", "Niger"),
    ("Insurgents raided an army camp and the nearby market in Borno state, Nigeria, on Saturday, killing troops and "
     "traders. Thirty people died, a hospital official said.", "Nigeria"),
    ("Jihadists attacked soldiers and civilians in a village near Djibo, Burkina Faso, on Friday. Residents said 25 "
     "people were killed.", "Burkina Faso"),
]


@pytest.mark.parametrize("text,country", ENGLISH)
def test_english_people_counted_keep_the_civilians_a_party(text, country):
    _, sides = event_parties(text)
    assert sides.get(f"Civilians ({country})") == "B", sides
    assert any(c[2] == f"Civilians ({country})" for c in claim_rows(text)), claim_rows(text)
