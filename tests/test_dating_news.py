"""A sentence that tells its incident's day of the week before naming a past year or month compares the incident
with the past ('the deadliest since December 2023'): it is news, not history (context.py)."""

from datetime import date

import pytest

from fogline.extract import extract
from fogline.records import Document

TUE = date(2025, 3, 11)  # a Tuesday: Monday 10 March, Sunday 9, Saturday 8


def events_of(text, language="en"):
    return [(e["date"], e["location"]) for e in extract(Document("t", text, language, TUE)).to_dict()["events"]]


@pytest.mark.parametrize("code,text,expected", [
    ("en", "Gunmen killed 12 people in Bokkos on Sunday, police said, in the deadliest attack in the area since "
           "December 2023.", ("2025-03-09", "Bokkos")),
    ("en", "Jihadists killed 15 soldiers near Djibo on Saturday, the heaviest loss for the army since the coup of "
           "September 2022.", ("2025-03-08", "Djibo")),
    ("en", "Bandits abducted 40 passengers on the Kaduna highway yesterday, the largest kidnapping on the road since "
           "March 2024, police said.", ("2025-03-10", "Kaduna")),
    ("fr", "Des jihadistes ont tué 15 soldats près de Djibo samedi, la plus lourde perte de l'armée depuis septembre "
           "2022.", ("2025-03-08", "Djibo")),
])
def test_a_day_of_the_week_before_a_past_year_is_news(code, text, expected):
    assert events_of(text, code)[:1] == [expected]


def test_a_past_year_before_the_day_stays_history():
    assert events_of("In January 2024, gunmen killed 30 people in Bokkos, and on Sunday they killed 12 more.") == []
