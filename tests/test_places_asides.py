"""Places that are no part of the event (issue 14): where a campaign began ("the deadliest since jihadists first
attacked Inates", ``other_event_before``), the war a report sets the event in ("in the wake of the war in Gaza",
``elsewhere_before``) and a time zone ("at 11:30 a.m. Sanaa time", ``not_place_after``)."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize("text,admin1", [
    ("Gunmen killed nine soldiers in Niger's Tillaberi region on Sunday, the deadliest attack since jihadists first "
     "attacked Inates in 2019.", "Tillaberi"),
    ("Drones killed seven people in Sudan's North Darfur state on Monday, in the worst strike since the "
     "paramilitaries began their siege of El Fasher, medics said.", "North Darfur"),
    ("Gunmen killed 14 miners in Burkina Faso's Est region on Friday, the worst toll since the jihadists started "
     "their blockade of Djibo, officials said.", "Est"),
])
def test_where_a_campaign_began_is_not_the_place(text, admin1):
    place = event_place(text)
    assert (place.location, place.admin1) == (None, admin1)


@pytest.mark.parametrize("text,country", [
    ("Houthi missiles hit a bulk carrier on Wednesday, killing two crew members, in the wake of the war in Gaza.",
     "Yemen"),
    ("Drones struck a fuel tanker near the coast on Monday, killing two sailors, the Houthis said, citing the war "
     "in Gaza.", "Yemen"),
    ("A rocket hit a house on Sunday, killing two people, Lebanese media said, amid the conflict in Gaza.",
     "Lebanon"),
])
def test_the_war_a_report_sets_the_event_in_is_not_the_place(text, country):
    place = event_place(text)
    assert (place.location, place.country) == (None, country)


@pytest.mark.parametrize("text,country", [
    ("A Houthi missile hit a ship at around 11:30 a.m. Sanaa time on Wednesday, killing two crew members, US "
     "officials said.", "Yemen"),
    ("Russian drones struck a power plant in Ukraine at 4 a.m. Kyiv time on Sunday, wounding three workers, "
     "officials said.", "Ukraine"),
    ("The strike on the convoy in Sudan's North Kordofan state happened at noon Khartoum time on Monday, killing "
     "eight people.", "Sudan"),
])
def test_a_time_zone_is_not_the_place(text, country):
    place = event_place(text)
    assert (place.location, place.country) == (None, country)
