"""The first of villages listed before the plural noun ('attacks on Mangazi and Kisima villages near Beni', 'X, Y
and Z villages outside Gwoza'; places.json settlement_after) is a village no list knows, where the event happened:
the town named beside the list only says where it lies. Sentences are the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "town", "admin1"), [
    ("ADF rebels killed 18 people in attacks on Mangazi and Kisima villages near Beni on Friday night.", "Mangazi",
     "North Kivu"),
    ("Bandits raided Gidan Dawa, Tudun Bako and Kwari villages near Tsafe on Sunday, killing ten people.",
     "Gidan Dawa", "Zamfara"),
    ("The jihadists struck Kwashe and Ngoshe Sama villages outside Gwoza, killing eight farmers.", "Kwashe",
     "Borno"),
])
def test_the_first_village_of_a_list_is_the_place(text, town, admin1):
    place = event_place(text)
    assert (place.location, place.admin1) == (town, admin1), place
