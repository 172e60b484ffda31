"""A headline's area ('killed in Bajaur ambush', a curated district named without its word) is no settlement the
gazetteer lacks: the village named where the event happened in the report's next lines is its place. Sentences
are the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "town"), [
    ("Pakistan: 10 killed in Kurram convoy attack\n\nGunmen opened fire on a convoy of passenger vehicles in "
     "Pakistan's Kurram district on Thursday, killing at least 10 people, officials said.\n\nThe convoy was "
     "travelling from Parachinar to Peshawar when it was attacked near Bagan, a police official said.", "Bagan"),
    ("Pakistan: 5 soldiers killed in Bajaur ambush\n\nMilitants ambushed a security patrol in Pakistan's Bajaur "
     "district on Monday, killing five soldiers, officials said.\n\nThe patrol was returning to its camp when it "
     "was attacked near Damadola, an official said.", "Damadola"),
    ("Pakistan: 7 killed in Mohmand blast\n\nA roadside bomb killed seven people in Pakistan's Mohmand district on "
     "Sunday, police said.\n\nThe bomb went off near Ghalanai as a van passed by, police said.", "Ghalanai"),
])
def test_a_headline_area_is_not_a_settlement(text, town):
    place = event_place(text)
    assert (place.location, place.admin1) == (town, "Khyber Pakhtunkhwa"), place
