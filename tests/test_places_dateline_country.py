"""A report that names no country, filed from a city ('PESHAWAR:', 'MAIDUGURI —'), whose only other sign of a
country is a small town or a city known by another of its names elsewhere ('Shewa', a hamlet of Afghanistan;
'Kasa', an old name of Kazan), is on the dateline city's country: the name is a village of that country, in the
dateline city's region. Sentences are the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "town", "country", "admin1"), [
    ("PESHAWAR: Two soldiers were martyred when terrorists opened fire on a security forces' convoy in Shewa, "
     "officials said on Tuesday.", "Shewa", "Pakistan", "Khyber Pakhtunkhwa"),
    ("PESHAWAR: Militants attacked a police post in Bara on Monday night, killing three policemen, officials said.",
     "Bara", "Pakistan", "Khyber Pakhtunkhwa"),
    ("MAIDUGURI — Insurgents killed six fishermen at Kasa village on Tuesday, a militia leader said.", "Kasa",
     "Nigeria", "Borno"),
])
def test_the_dateline_country_before_a_far_namesake(text, town, country, admin1):
    place = event_place(text)
    assert (place.location, place.country, place.admin1) == (town, country, admin1), place
