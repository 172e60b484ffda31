"""'Gunmen ambushed a bus on the Juba-Nimule road ... The attack happened near Pageri': the town named near the
road in the event's next lines is its place, not one of the road's ends (placing._nearer). Sentences are the
tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "town", "admin1"), [
    ("Gunmen ambushed a passenger bus on the Juba-Nimule road on Wednesday, killing five people, police said. The "
     "attack happened near Pageri in Magwi County, police said.", "Pageri", "Eastern Equatoria"),
    ("Bandits attacked travellers on the Gusau-Funtua road on Sunday, abducting 20 people, police said. The "
     "travellers were stopped near Tsafe, a survivor said.", "Tsafe", "Zamfara"),
    ("Insurgents ambushed a military convoy on the Maiduguri-Damboa road on Friday, killing four soldiers, sources "
     "said. The convoy was hit near Konduga, a militia leader said.", "Konduga", "Borno"),
])
def test_a_town_near_the_road_in_the_next_lines_is_the_place(text, town, admin1):
    place = event_place(text)
    assert (place.location, place.admin1) == (town, admin1), place
