"""A compass word before a name that is both a region and its capital ('southern Kaduna', 'northern Gao') names
the region, not the city. Sentences and names are the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "admin1"), [
    ("Gunmen killed 12 people in southern Kaduna in Nigeria on Sunday.", "Kaduna"),
    ("Jihadists killed 12 people in northern Gao in Mali on Sunday.", "Gao"),
    ("Fighting raged across eastern Kidal in Mali on Sunday, killing seven fighters.", "Kidal"),
    ("Gunmen killed 12 people in Kajuru local government area of Kaduna State in Nigeria on Sunday. The attack was "
     "the latest in a wave of killings in southern Kaduna.", "Kaduna"),
])
def test_a_compass_word_names_the_region(text, admin1):
    place = event_place(text)
    assert place.admin1 == admin1 and place.location != admin1, place


def test_the_city_named_plainly_stays_the_city():
    place = event_place("Gunmen attacked Kaduna city in Nigeria on Sunday, killing 4.")
    assert place.location == "Kaduna", place
