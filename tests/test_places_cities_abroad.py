"""A city of another country than the report's, named with no place cue, is a name (a saint's parish, a feast),
not the event's place: 'the parish priest of St. Mary's Church' in a report on Nigeria is not Mary of
Turkmenistan. Sentences are the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "admin1", "name"), [
    ("Gunmen killed a Catholic priest in Nigeria's Enugu State on Friday, the church said. The priest was the "
     "parish priest of St. Mary's Church in Obollo-Afor.", "Enugu", "Mary"),
    ("Bandits abducted 14 worshippers in Nigeria's Kaduna State on Sunday, police said. The worshippers had "
     "gathered for the St. Florence feast when the gunmen arrived.", "Kaduna", "Florence"),
    ("Gunmen abducted a priest in Nigeria's Kogi State on Sunday, police said. The priest served at St. "
     "George's parish.", "Kogi", "George"),
])
def test_an_uncued_city_abroad_is_not_the_event_place(text, admin1, name):
    place = event_place(text)
    assert (place.country, place.admin1) == ("Nigeria", admin1), place
    assert place.location != name, place


def test_a_city_abroad_after_a_place_cue_is_still_a_place():
    place = event_place("Russian drones struck an oil depot in Rostov overnight, the Ukrainian army said on "
                        "Monday.")
    assert place.country == "Russia", place
