"""A settlement the gazetteer lacks named as a community of a known area ('in the X community in Kajuru', 'the X
community of Kajuru LGA') or as a ward ('in X ward of Kajuru') is where it happened; the area says where it lies.
Sentences and names are the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "village"), [
    ("Gunmen on Sunday killed 12 people in the Ungwan Gaiya community in Kajuru, Nigeria.", "Ungwan Gaiya"),
    ("Bandits abducted 40 farmers from the Kurmin Dangana community of Kajuru local government area in Nigeria "
     "on Monday.", "Kurmin Dangana"),
    ("Twelve villagers were killed in Nigeria on Sunday when gunmen raided the Ungwan Gaiya community in Kajuru.",
     "Ungwan Gaiya"),
    ("Gunmen killed 12 villagers in Kurmin Kare ward of Kajuru, Nigeria, on Sunday.", "Kurmin Kare"),
    ("Bandits on Tuesday abducted 15 women at Dan Isa ward in Kajuru, Kaduna State.", "Dan Isa"),
    ("In Nigeria, three farmers were shot dead on Friday in Gidan Waya ward of Kajuru.", "Gidan Waya"),
])
def test_a_community_or_ward_of_a_known_area_is_the_event_place(text, village):
    place = event_place(text)
    assert (place.location, place.admin1) == (village, "Kaduna"), place
