"""An event told with its region only ('in Zamfara State on Sunday') is not placed at a town that a following
sentence names for another day ('On Saturday, the governor had met traditional rulers in Gusau', 'Kharkiv city
was also hit last week'): what that sentence tells happened then, not at the event. Sentences are the tests'
own; each failed before (the town was the place)."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "admin1"), [
    ("Russian drones struck energy facilities in Ukraine's Kharkiv region overnight, Governor Oleh Syniehubov said "
     "on Telegram. Kharkiv city was also hit last week.", "Kharkiv"),
    ("Gunmen killed 12 people in Zamfara State on Sunday, police said. On Saturday, the governor had met "
     "traditional rulers in Gusau.", "Zamfara"),
    ("Armed men killed 11 people in Ituri province on Saturday, a local official said. Two weeks ago, the army "
     "deployed reinforcements to Bunia.", "Ituri"),
])
def test_a_town_of_another_day_does_not_place_a_region_only_event(text, admin1):
    place = event_place(text)
    assert (place.location, place.admin1, place.geo_precision) == (None, admin1, 3), place


def test_a_town_of_the_same_day_still_places_it():
    place = event_place("Gunmen killed 12 people in Zamfara State on Sunday, police said. The attack took place in "
                        "Tsafe on Sunday evening.")
    assert (place.location, place.admin1) == ("Tsafe", "Zamfara"), place
