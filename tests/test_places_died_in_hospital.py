"""Where the wounded died ("had died overnight at the regional hospital in Tillabéri") is no place of the event, nor
of a second one: a later toll told with the hospital's town stays the incident's. Each case gave a second event at
the hospital's town before."""

import pytest

from tests.conftest import extracted


@pytest.mark.parametrize("text", [
    "Four soldiers were killed on Thursday when their vehicle struck a mine near Ouallam in Niger. A security source "
    "put the toll at seven, saying three of the wounded men had died overnight at the regional hospital in Tillaberi.",
    "Gunmen killed five villagers near Bokkos in Nigeria's Plateau State on Sunday. Two of the injured later died "
    "on arrival at the teaching hospital in Jos, a nurse said.",
    "A bomb killed six people at a market in Mubi in Nigeria on Friday. Two of the wounded died later at the general "
    "hospital in Yola, police said.",
])
def test_the_hospital_s_town_is_no_second_incident(text):
    events = extracted(text).events
    assert len(events) == 1, [(e.event_type, e.place.location) for e in events]
