"""A byline with the reporter's town ('From Timothy Olanrewaju, Maiduguri', 'By Ahmed Ali in Maiduguri') is where
the story was filed, like a dateline (places.json dateline): not the place of an event whose own sentence names
its area ('in Mafa local government area'). Sentences are the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "town", "admin1"), [
    ("From Timothy Olanrewaju, Maiduguri\n\nBoko Haram insurgents have killed six farmers in Mafa local "
     "government area of Borno State, residents said.", "Mafa", "Borno"),
    ("From Emmanuel Nwachukwu, Yola\n\nSuspected insurgents have killed four vigilantes in Madagali local "
     "government area of Adamawa State.", "Madagali", "Adamawa"),
    ("By Ahmed Ali in Maiduguri\n\nInsurgents have killed six farmers in Mafa local government area of Borno "
     "State, residents said.", "Mafa", "Borno"),
    ("Bandits strike Zamfara again\n\nFrom Musa Adamu, Gusau\n\nBandits have killed seven people in Maru local "
     "government area of Zamfara State.", "Maru", "Zamfara"),
])
def test_a_byline_town_is_not_the_event_place(text, town, admin1):
    place = event_place(text)
    assert (place.location, place.admin1) == (town, admin1), place
