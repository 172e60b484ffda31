"""The village the attackers entered, told right after a lead that places the event only by its region ('Gunmen
killed seven people in Plateau state, police said. The gunmen swept into Kwall at night'; places.json
arrival_before, extract/arrivals.py): the event's place, though its sentence has no event word of its own.
Sentences are the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "town", "admin1"), [
    ("Insurgents killed five people in Cabo Delgado province, a source said.\n\nThe insurgents invaded Nanduli at "
     "dawn, the source said.", "Nanduli", "Cabo Delgado"),
    ("Gunmen killed seven people in Plateau state, police said.\n\nThe gunmen swept into Kwall at night, police "
     "said.", "Kwall", "Plateau"),
    ("Bandits killed 14 villagers in Zamfara state on Sunday, residents said.\n\nAbout 100 bandits on motorcycles "
     "descended on Kurfa Danya shortly after dusk.", "Kurfa Danya", "Zamfara"),
    ("Militiamen killed nine civilians in Ituri province, a local official said.\n\nThe assailants rode into "
     "Ngotshi on motorcycles before dawn, he said.", "Ngotshi", "Ituri"),
])
def test_the_village_entered_after_a_region_lead(text, town, admin1):
    place = event_place(text)
    assert (place.location, place.admin1) == (town, admin1), place
