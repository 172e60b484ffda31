"""The residents' town (issue 14): an event the report places no finer than a region or its country is near the
town whose residents, villagers or survivors tell it ("..., residents of Kauru said"); officials' towns still give
only the region (tests/test_places_regions.py), and a town of another region than the one stated is not taken."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize("text,town,admin1", [
    ("Gunmen killed 12 people in northwestern Nigeria on Sunday, residents of Kauru said.", "Kauru", "Kaduna"),
    ("Villagers in Bokkos said gunmen had killed 17 people in Nigeria's Plateau state overnight.", "Bokkos",
     "Plateau"),
    ("Drones struck a market in Sudan on Monday, killing 11 people, survivors from Kutum told Reuters.", "Kutum",
     "North Darfur"),
])
def test_an_event_placed_by_its_region_is_near_its_residents_town(text, town, admin1):
    place = event_place(text)
    assert (place.location, place.admin1, place.geo_precision) == (town, admin1, 2)


@pytest.mark.parametrize("text", [
    "Gunmen killed 12 people in northwestern Nigeria on Sunday, officials in Kauru said.",
    "Gunmen killed 12 people in Nigeria's Zamfara state on Sunday, residents of Kauru said.",
    "Gunmen killed 12 people in northwestern Nigeria on Sunday, residents of Abuja said.",
])
def test_officials_towns_other_regions_and_the_capital_are_not_the_place(text):
    assert event_place(text).location is None
