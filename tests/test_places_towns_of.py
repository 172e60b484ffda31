"""'Between the towns of X and Y', 'raided the towns of X and Y': a first town the gazetteer lacks is a settlement
named as such, the first named and the event's place, placed near the other. Sentences are the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "town", "admin1"), [
    ("Gunmen ambushed a bus between the towns of Goundaka and Bandiagara in central Mali on Tuesday, killing 10 "
     "passengers, local officials said.", "Goundaka", "Bandiagara"),
    ("Gunmen ambushed traders between the towns of Mairi and Dikwa in Borno State on Monday, a militia leader "
     "said.", "Mairi", "Borno"),
    ("Insurgents attacked soldiers between the towns of Chai and Macomia in Cabo Delgado province on Friday, "
     "sources said.", "Chai", "Cabo Delgado"),
    ("Bandits raided the towns of Dangulbi and Dansadau in Zamfara State on Sunday, killing nine people, police "
     "said.", "Dangulbi", "Zamfara"),
])
def test_the_first_of_the_towns_of_a_pair_is_the_place(text, town, admin1):
    place = event_place(text)
    assert (place.location, place.admin1) == (town, admin1), place
