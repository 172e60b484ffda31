"""'Le JNIM a revendiqué lundi l'attaque de samedi': the day right after 'revendiqué' is when the group claimed,
not when the attack happened (fr dates.json ``statement_before``)."""

from datetime import date

import pytest

from fogline.extract import extract
from fogline.records import Document

TUE = date(2025, 3, 11)


@pytest.mark.parametrize("text,expected", [
    ("Le JNIM a revendiqué lundi l'attaque de samedi près de Diapaga, qui a fait 15 morts parmi les soldats.",
     "2025-03-08"),
    ("L'État islamique a revendiqué mardi l'embuscade de dimanche contre une patrouille près de Ménaka, qui a tué "
     "12 soldats.", "2025-03-09"),
    ("Le groupe a revendiqué ce lundi l'assaut de vendredi contre le camp militaire de Boulkessi, où 20 soldats ont "
     "été tués.", "2025-03-07"),
])
def test_the_day_of_a_claim_is_not_the_attacks(text, expected):
    events = extract(Document("t", text, "fr", TUE)).to_dict()["events"]
    assert events and events[0]["date"] == expected
