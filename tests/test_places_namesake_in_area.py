"""A village whose name a town of another region or country bears, followed by the area it lies in and named
after its own seat ('near the village of Kaura, in Bokkos local government area', 'Mbau, in Mocímboa da Praia
district'): a village of that area, where the event happened, not the area's seat (stated_areas.fit). Sentences
are the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "town", "admin1"), [
    ("Rwandan troops clashed with insurgents near the village of Mbau, in Mocímboa da Praia district, killing "
     "five.", "Mbau", "Cabo Delgado"),
    ("Gunmen killed six farmers near the village of Kaura, in Bokkos local government area, police said.", "Kaura",
     "Plateau"),
    ("Bandits killed nine people near the village of Tsafe, in Sabon Birni local government area, residents said.",
     "Tsafe", "Sokoto"),
    ("Rebels killed seven civilians near the village of Rutshuru, in Djugu territory, officials said.", "Rutshuru",
     "Ituri"),
])
def test_a_namesake_village_of_a_stated_area(text, town, admin1):
    place = event_place(text)
    assert (place.location, place.admin1) == (town, admin1), place
