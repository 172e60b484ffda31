"""A known town that no place word leads to ('targeted Kutum', 'Dikwa, ... was hit') is still named as a place when
a distance from another town is set off after it ('Kutum, 100 km northwest of El Fasher'): the event happened at
the town, not 'near' the town its distance is measured from. Sentences are the tests' own; each failed before."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "location", "admin1"), [
    ("Drones targeted Kutum, 100 km northwest of El Fasher, on Thursday, killing 20 people, activists said.",
     "Kutum", "North Darfur"),
    ("Fighting engulfed Mellit, about 60 km north of El Fasher, on Thursday, killing 20 civilians, activists said.",
     "Mellit", "North Darfur"),
    ("Boko Haram fighters killed 12 people in Borno on Sunday. Dikwa, 90 km east of Maiduguri, was hit by rockets, "
     "residents said.", "Dikwa", "Borno"),
    ("Insurgents killed 12 people in Borno on Sunday. The fighters targeted Dikwa, which lies some 90 kilometres "
     "east of Maiduguri, residents said.", "Dikwa", "Borno"),
    ("The paramilitary force attacked a town in North Darfur on Thursday. The assault targeted Kutum, a market "
     "town about 100 km from El Fasher, killing 20 people.", "Kutum", "North Darfur"),
])
def test_a_distance_set_off_after_a_town_names_it_as_the_place(text, location, admin1):
    place = event_place(text)
    assert (place.location, place.admin1, place.geo_precision) == (location, admin1, 1), place


@pytest.mark.parametrize("text", [
    "Gunmen killed four people near Mellit, 60 km north of El Fasher, on Thursday, activists said.",
])
def test_near_the_town_stays_near(text):
    place = event_place(text)
    assert (place.location, place.geo_precision) == ("Mellit", 2), place
