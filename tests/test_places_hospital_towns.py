"""Where the wounded were treated, named before the hospital ('treated at a Maiduguri hospital', 'rushed to a
Sevare clinic') is not where the event happened: a region-only event stays in its region. Sentences and names are
the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "admin1"), [
    ("Boko Haram killed 12 farmers in Borno State in Nigeria on Sunday. The wounded were treated at a Maiduguri "
     "hospital.", "Borno"),
    ("Jihadists killed 12 civilians in the Mopti region of Mali on Sunday, and the wounded were rushed to a Sevare "
     "clinic.", "Mopti"),
    ("Gunmen killed 12 people in Zamfara State in Nigeria on Sunday. Four survivors are recovering in a Gusau "
     "hospital.", "Zamfara"),
])
def test_the_hospital_town_is_not_the_event_place(text, admin1):
    place = event_place(text)
    assert (place.location, place.admin1) == (None, admin1), place
