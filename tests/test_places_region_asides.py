"""A town named in a clause about a region ('in North Darfur, whose capital El Fasher has been under siege', 'in
Cabo Delgado province, home to a gas project near Palma'; places.json region_aside_after) says what the region is:
an event placed only by that region is not at the town. Sentences are the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "admin1"), [
    ("RSF fighters killed 30 villagers in North Darfur, whose capital El Fasher has been under siege for a year, "
     "activists said.", "North Darfur"),
    ("Islamist insurgents beheaded five people in Cabo Delgado province, home to a $20 billion gas project near "
     "Palma, a rights group said.", "Cabo Delgado"),
    ("Separatists killed four soldiers in the North-West region, whose main city Bamenda has been under lockdown, "
     "the army said.", "North-West"),
    ("Gunmen killed nine farmers in Zamfara State, which is home to gold mines around Anka, police said.", "Zamfara"),
])
def test_a_town_in_a_clause_about_the_region_is_not_the_place(text, admin1):
    place = event_place(text)
    assert (place.location, place.admin1) == (None, admin1), place
