"""A name the lists lack before 'cattle camp' or 'displacement site' names a settlement, the event's place (its
name as written), placed by the area or region named with it. Sentences are the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "town", "admin1"), [
    ("Armed youths killed 17 people in Warrap State on Sunday, officials said. The attackers raided the Makuac "
     "cattle camp at dawn.", "Makuac", "Warrap"),
    ("Militiamen killed 18 civilians at the Lala displacement site in Djugu territory on Sunday, local sources "
     "said.", "Lala", "Ituri"),
    ("Gunmen killed seven herders on Friday at the Pakur cattle camp in Tonj North county, a local official "
     "said.", "Pakur", "Warrap"),
])
def test_a_name_before_a_cattle_camp_or_a_displacement_site_is_the_place(text, town, admin1):
    place = event_place(text)
    assert (place.location, place.admin1) == (town, admin1), place
