"""A village the gazetteer lacks, named after the event's word ('killed nine farmers in Tungan Kwana'), in a
sentence whose only known town is where the residents who tell it live ('..., villagers from Gusau said'): the
village is the place, the residents' town only where they live. Sentences are the tests' own; each failed
before (the residents' town was the place)."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "location", "admin1"), [
    ("The bandits opened fire on worshippers at a mosque in Dan Kurmi on Sunday, killing 12, residents of Zurmi in "
     "Zamfara State said.", "Dan Kurmi", "Zamfara"),
    ("Gunmen killed nine farmers in Tungan Kwana on Saturday, villagers from Gusau in Zamfara State said.",
     "Tungan Kwana", "Zamfara"),
    ("Insurgents killed seven fishermen at Kwatan Mota on Sunday, residents of Baga in Borno State told AFP.",
     "Kwatan Mota", "Borno"),
])
def test_the_village_beside_the_residents_town_is_the_place(text, location, admin1):
    place = event_place(text)
    assert (place.location, place.admin1) == (location, admin1), place


def test_the_residents_town_alone_still_places_a_region_only_event():
    place = event_place("Gunmen killed nine farmers in Zamfara State on Saturday, residents of Gusau said.")
    assert (place.location, place.admin1) == ("Gusau", "Zamfara"), place
