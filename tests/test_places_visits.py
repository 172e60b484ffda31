"""A town an official paid a visit to after the event ('who paid a condolence visit to X') is where the official
went, not where the event happened: the event keeps the region it was told in. Sentences are the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "admin1", "town"), [
    ("Herdsmen killed 12 villagers in Benue State, police said. The governor, who paid a condolence visit to "
     "Otukpo, condemned the attack.", "Benue", "Otukpo"),
    ("Armed men killed seven people in Kaduna State on Sunday, police said. The governor paid a sympathy visit "
     "to the town of Kafanchan and described the attack as barbaric.", "Kaduna", "Kafanchan"),
    ("Gunmen killed 20 villagers in Plateau State, officials said. The deputy governor paid a solidarity visit "
     "to Bokkos and met the families of the victims.", "Plateau", "Bokkos"),
])
def test_the_town_an_official_visited_is_not_the_event_place(text, admin1, town):
    place = event_place(text)
    assert place.admin1 == admin1, place
    assert place.location != town, place


def test_a_town_the_victims_were_visiting_still_places_the_event():
    place = event_place("Gunmen abducted two priests on Sunday during a visit to Kafanchan, in Kaduna State, "
                        "police said.")
    assert (place.location, place.admin1) == ("Kafanchan", "Kaduna"), place
