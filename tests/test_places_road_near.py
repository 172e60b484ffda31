"""'On the Gusau-Funtua road near Tsafe': a road's two towns say where it runs, the town named 'near' where the
event happened (place_mention.pair, draft_places.best_place). Sentences are the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "town", "admin1"), [
    ("The bus was travelling on the Gusau-Funtua road near Tsafe town when gunmen opened fire on Tuesday evening, "
     "police said.", "Tsafe", "Zamfara"),
    ("The convoy was moving on the Kano-Maiduguri highway near Potiskum when insurgents attacked it on Sunday, "
     "killing four soldiers.", "Potiskum", "Yobe"),
    ("The truck was on the Damboa-Maiduguri road near Konduga when a roadside bomb exploded on Monday, killing "
     "six passengers.", "Konduga", "Borno"),
])
def test_a_town_near_a_road_is_the_place_not_its_ends(text, town, admin1):
    place = event_place(text)
    assert (place.location, place.admin1) == (town, admin1), place
