"""A known town followed by the bare name of its area and the region ('Gajiram in Nganzai, Borno State', 'Mamfe in
Manyu, South-West region'): the area's name, which no gazetteer town has, is read as a name the lists lack, but it
is an area and says where the town lies; the town is the event's place, not the area. Sentences are the tests'
own; each failed before (the area was the place)."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "location", "admin1"), [
    ("ISWAP fighters attacked Gajiram in Nganzai, Borno State, on Sunday, killing five soldiers.", "Gajiram",
     "Borno"),
    ("Insurgents attacked Dalori in Jere, Borno State, on Sunday, killing 3 people.", "Dalori", "Borno"),
    ("An explosion hit Zabarmari village in Jere, Borno State, on Sunday, killing 4 farmers.", "Zabarmari",
     "Borno"),
    ("Separatists attacked Mamfe in Manyu, South-West region, on Sunday, killing two gendarmes.", "Mamfe",
     "South-West"),
    ("Boko Haram fighters attacked Kolofata town in Mayo-Sava, Far North region, on Sunday, killing five "
     "civilians.", "Kolofata", "Far North"),
    ("Gunmen attacked Sadda town in Kurram, Khyber Pakhtunkhwa province, on Monday, killing 4 people.", "Sadda",
     "Khyber Pakhtunkhwa"),
])
def test_the_town_before_its_bare_area_is_the_place(text, location, admin1):
    place = event_place(text)
    assert (place.location, place.admin1, place.geo_precision) == (location, admin1, 1), place
