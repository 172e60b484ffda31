"""A town named as its area ('in Tsafe local government area', 'in Beni territory') places the event; the town of
residents who tell it ('..., a resident of Gusau said') is only where they live, no finer. Sentences and names
are the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "town"), [
    ("Bandits killed 14 people in Tsafe Local Government Area on Sunday, a resident of Gusau said.", "Tsafe"),
    ("Gunmen stormed farms in Kajuru local government area on Monday, killing nine people, residents of Kachia "
     "said.", "Kajuru"),
    ("Residents of Maiduguri said insurgents killed eight fishermen in Monguno LGA of Borno State on Tuesday.",
     "Monguno"),
])
def test_the_area_named_places_it_not_the_residents_town(text, town):
    place = event_place(text)
    assert place.location == town, place
