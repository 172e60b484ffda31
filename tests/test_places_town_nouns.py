"""A town named before a place in it or its people ('the Kabkabiya market', 'Konduga residents said', 'the
Gressier police station'; places.json town_noun_after) is that town, as 'in X' would say; a sentence may open
with it after its article ('The Kabkabiya market was packed', places.json article_glued), which is no part of the
name. The event whose lead names only its region is there. Sentences are the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "town", "admin1"), [
    ("Jihadists killed eight people in Borno state on Friday, residents said.\n\nKonduga residents said the "
     "attackers arrived on motorcycles and opened fire on a crowded market.", "Konduga", "Borno"),
    ("Gang members attacked a police station in Haiti's Ouest department, killing three officers, the police union "
     "said.\n\nOfficers fled when gunmen reached the Gressier police station, the union said.", "Gressier",
     "Ouest"),
    ("A Russian drone killed two people in Ukraine's Sumy region on Tuesday, officials said.\n\nTraders said the "
     "Bilopillia market was hit as it opened.", "Bilopillia", "Sumy"),
    ("At least 20 people were killed in a drone strike on a market in Sudan's North Darfur state, activists said."
     "\n\nThe Kabkabiya market was packed with shoppers when the drone struck, the activists said.", "Kabkabiya",
     "North Darfur"),
    ("Gang members attacked a police station in Haiti's Ouest department, killing three officers, the police union "
     "said.\n\nThe Gressier police station was set on fire after the officers fled.", "Gressier", "Ouest"),
    ("Gunmen killed six people in an attack in Cameroon's Far North region on Sunday, officials said.\n\nThe "
     "Kolofata market was set ablaze before the gunmen withdrew.", "Kolofata", "Far North"),
])
def test_a_town_named_before_a_place_in_it_is_the_town(text, town, admin1):
    place = event_place(text)
    assert (place.location, place.admin1) == (town, admin1), place
