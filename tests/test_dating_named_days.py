"""A day the calendar names ('on Christmas Day', 'on New Year's Eve', 'la veille de Noël', 'le jour de l'an') is
that day, the latest one not after the page's date, day precision (dates.json ``named_days``)."""

from datetime import date

import pytest

from fogline.extract import extract
from fogline.records import Document


@pytest.mark.parametrize("code,published,text,expected", [
    ("en", date(2024, 12, 27), "Gunmen killed 12 worshippers in a church in Kogi State on Christmas Day, police said.",
     "2024-12-25"),
    ("en", date(2025, 1, 2), "Suspected jihadists attacked a village near Djibo on New Year's Eve, killing 14 people.",
     "2024-12-31"),
    ("en", date(2025, 1, 4), "On New Year's Day, Russian drones struck Kyiv, killing two people, officials said.",
     "2025-01-01"),
    ("fr", date(2024, 12, 27), "Des hommes armés ont tué 12 fidèles dans une église près de Kaya la veille de Noël.",
     "2024-12-24"),
    ("fr", date(2025, 1, 3), "Le jour de l'an, des rebelles ADF ont attaqué le village de Mayi-Moya, tuant neuf "
                             "civils.", "2025-01-01"),
    ("fr", date(2025, 1, 2), "Des jihadistes ont tué 14 soldats près de Djibo le soir de la Saint-Sylvestre.",
     "2024-12-31"),
])
def test_a_named_day(code, published, text, expected):
    events = extract(Document("t", text, code, published)).to_dict()["events"]
    assert [(e["date"], e["date_precision"]) for e in events] == [(expected, "day")]
