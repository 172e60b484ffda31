"""A camp of the displaced that a town owns in the possessive ("El Fasher's Abu Shouk displacement camp",
"Maiduguri's Bakassi IDP camp") is the event's place, named as the curated lists name camps ('X camp'), not the
town; a town's neighbourhood still stays at the town. Sentences are the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "where", "admin1"), [
    ("Drone strikes on El Fasher's Abu Shouk displacement camp killed 40 people, the Sudan Doctors Network said.",
     "Abu Shouk camp", "North Darfur"),
    ("Gunmen attacked Maiduguri's Bakassi IDP camp overnight, killing four residents, police said.", "Bakassi camp",
     "Borno"),
    ("Shelling hit Nyala's Kalma camp for displaced people on Monday, killing six, camp leaders said.", "Kalma camp",
     "South Darfur"),
    ("Shelling hit El-Fasher's Daraja Oula neighbourhood on Monday, killing ten, medics said.", "El Fasher",
     "North Darfur"),
])
def test_a_camp_a_town_owns_is_the_place(text, where, admin1):
    place = event_place(text)
    assert (place.location, place.admin1) == (where, admin1), place
