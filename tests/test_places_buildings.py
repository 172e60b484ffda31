"""A capitalised name ending with a building's word ('the Government Bilingual High School', 'the Central Juma'at
Mosque') names a building, not a settlement the gazetteer lacks: the event stays at the town or area named with
it (settlements, facility_words of places.json). Sentences are the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "place_name", "admin1"), [
    ("Separatist fighters set fire to a school in Ndu on Saturday night, local sources said. The attack happened "
     "at the Government Bilingual High School in the Ndu municipality, a teacher said.", "Ndu", "North-West"),
    ("Gunmen abducted 20 pupils in Kaduna State on Monday, police said. The pupils were taken from the Kuriga "
     "Model Primary School in the Chikun local government area.", "Chikun", "Kaduna"),
    ("Bandits attacked worshippers in Katsina State on Friday, police said. The gunmen stormed the Central "
     "Juma'at Mosque in the Funtua local government area during prayers.", "Funtua", "Katsina"),
])
def test_a_building_s_name_is_not_a_settlement(text, place_name, admin1):
    place = event_place(text)
    assert (place.location, place.admin1) == (place_name, admin1), place
