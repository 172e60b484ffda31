"""A small town the gazetteer knows only in another region than the one the event's lead states is a namesake
when the report names nothing else there: the village lies in the area or region the lead states
(stated_areas.lead_namesake). Sentences are the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "town", "admin1"), [
    ("Gunmen killed nine people in an attack in Bokkos local government area of Plateau State on Thursday, "
     "police said. The attackers struck Tudun Wada village at about 11 pm, a resident said.", "Tudun Wada",
     "Plateau"),
    ("A military airstrike killed 12 people in Sagaing Region's Kanbalu Township on Tuesday, resistance forces "
     "said. The jet bombed the monastery in the village of Ywathit at night.", "Ywathit", "Sagaing"),
    ("Bandits killed five vigilantes in an attack in Faskari local government area of Katsina State on Monday, "
     "police said. The attack took place in Kafin Hausa village, residents said.", "Kafin Hausa", "Katsina"),
    ("Gunmen killed four worshippers in Kebbi State on Sunday, police said. The gunmen struck Gwaram village "
     "during evening prayers.", "Gwaram", "Kebbi"),
])
def test_a_small_namesake_elsewhere_lies_in_the_region_the_lead_states(text, town, admin1):
    place = event_place(text)
    assert (place.location, place.admin1) == (town, admin1), place


def test_a_town_of_a_region_the_report_names_again_keeps_its_region():
    place = event_place("Gunmen killed nine people in Plateau State on Thursday, police said. The attackers "
                        "struck Tudun Wada village, near Kano, at about 11 pm, a resident said.")
    assert place.admin1 == "Kano", place
