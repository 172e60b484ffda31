"""A town written after a facility's name and a comma ('the LEA Primary School, Kuriga', 'Government Secondary
School, Kankara', 'the Jamiu Mosque, Gwoza': places.json 'in' cues) is where the facility stands, as 'in' would
say; a village the gazetteer lacks is read as one. Sentences are the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "town", "admin1"), [
    ("Gunmen stormed the LEA Primary School, Kuriga, in Chikun local government area of Kaduna State on Thursday, "
     "abducting 287 pupils, residents said.", "Kuriga", "Kaduna"),
    ("Bandits abducted 15 students from Government Secondary School, Kankara, in Katsina State on Friday night.",
     "Kankara", "Katsina"),
    ("A bomb exploded at the Jamiu Mosque, Gwoza, during evening prayers, killing three worshippers, police said.",
     "Gwoza", "Borno"),
    ("Gunmen opened fire at the Central Market, Dansadau, on Tuesday, killing nine traders in Zamfara State.",
     "Dan Sadau", "Zamfara"),
])
def test_a_town_after_a_facility_and_a_comma_is_its_place(text, town, admin1):
    place = event_place(text)
    assert (place.location, place.admin1) == (town, admin1), place
