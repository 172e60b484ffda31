"""A town named as a modifier of counted people ('three Jos residents', 'a Maiduguri businessman', '12 Gusau
traders') says where they are from: when the sentence names another town for the event ('near Bokkos'), that town
is the place, as a military unit's home is (places.json ``people_town_before`` / ``people_town_after``). Sentences
are the tests' own; each of the first test failed before (the people's town was the place)."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "location", "admin1"), [
    ("Gunmen killed three Jos residents near Bokkos on Sunday, police said.", "Bokkos", "Plateau"),
    ("Gunmen attacked a Maiduguri businessman's farm near Konduga on Sunday, killing four workers.", "Konduga",
     "Borno"),
    ("Bandits abducted 12 Gusau traders outside Tsafe on Friday, residents said.", "Tsafe", "Zamfara"),
    ("Militants killed two Peshawar journalists near Bannu on Monday, police said.", "Bannu", "Khyber Pakhtunkhwa"),
])
def test_the_town_of_people_named_beside_the_event_s_town_is_not_the_place(text, location, admin1):
    place = event_place(text)
    assert (place.location, place.admin1) == (location, admin1), place


def test_the_town_of_people_named_alone_still_places_it():
    place = event_place("Gunmen killed three Jos residents on Sunday in Plateau State, police said.")
    assert (place.location, place.admin1) == ("Jos", "Plateau"), place
