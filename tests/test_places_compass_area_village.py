"""An area named after its town and a compass word ('Jos North local government area', 'Rumbek East county') is no
finer than any area: the town inside its name is not the event's place, and the village a later sentence of the
event names ('the gunmen attacked X community', 'the attack happened in X payam') is, placed in the area.
Sentences are the tests' own; each failed before (the area was kept)."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "location", "admin1"), [
    ("At least 10 people were killed in an attack in Tonj North County of Warrap State on Sunday, officials said. "
     "The county commissioner said the attack happened in Akop payam, where armed youths raided cattle camps.",
     "Akop", "Warrap"),
    ("Gunmen killed seven people in Jos North local government area on Sunday night, police said. Residents said "
     "the gunmen attacked Angwan Rukuba community shortly before midnight.", "Angwan Rukuba", "Plateau"),
    ("Armed youths killed 12 people in Rumbek East county on Friday. Officials said the attack happened in Malual "
     "Chat boma at night.", "Malual Chat", "Lakes"),
    ("Cattle raiders killed nine people in Yirol West county on Monday. The commissioner said the raiders struck "
     "Aluakluak payam at dawn.", "Aluakluak", "Lakes"),
])
def test_the_village_of_a_compass_named_area_is_the_place(text, location, admin1):
    place = event_place(text)
    assert (place.location, place.admin1, place.geo_precision) == (location, admin1, 2), place
