"""A village no list knows that opens a later sentence of the event as the place attacked ('Gidan Bature came
under attack at about 2 a.m.', 'Nanduli was raided at dawn'; places.json settlement_loose_after) is the event's
place, as after 'attacked X'; the lead's region says where it lies. Sentences are the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "town", "admin1"), [
    ("Bandits killed nine people in Sokoto state on Saturday, officials said.\n\nGidan Bature came under attack at "
     "about 2 a.m., a resident said.", "Gidan Bature", "Sokoto"),
    ("Insurgents killed five people in Cabo Delgado province, a source said.\n\nNanduli was raided at dawn and "
     "several houses were burned, the source said.", "Nanduli", "Cabo Delgado"),
    ("Gunmen killed seven people in Plateau state, a local leader said.\n\nMbar came under heavy fire late on Monday "
     "as villagers slept, he said.", "Mbar", "Plateau"),
    ("Armed men killed eleven civilians in Ituri province, a local official said.\n\nNgakpa was attacked on Sunday "
     "night by CODECO militiamen, he said.", "Ngakpa", "Ituri"),
])
def test_a_village_attacked_as_a_sentences_subject(text, town, admin1):
    place = event_place(text)
    assert (place.location, place.admin1) == (town, admin1), place
