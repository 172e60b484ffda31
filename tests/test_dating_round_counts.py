"""'Il y a une dizaine de jours', 'voici deux jours': a count of days joined to its unit by 'de' (a round count,
a week's precision: dates.json ``count_joiners``) and 'voici' before it count back from the page's date."""

from datetime import date

import pytest

from fogline.extract import extract
from fogline.records import Document

TUE = date(2025, 3, 11)


def first_event(text, code="fr"):
    events = extract(Document("t", text, code, TUE)).to_dict()["events"]
    return (events[0]["date"], events[0]["date_precision"]) if events else None


@pytest.mark.parametrize("text,expected", [
    ("Des hommes armés ont tué neuf civils près de Beni il y a une dizaine de jours, selon la société civile.",
     ("2025-03-01", "week")),
    ("Il y a une quinzaine de jours, des jihadistes ont attaqué un poste de gendarmerie à Sebba, tuant six "
     "gendarmes.", ("2025-02-24", "week")),
    ("Une embuscade tendue il y a une vingtaine de jours près de Ménaka a coûté la vie à 12 soldats.",
     ("2025-02-19", "week")),
])
def test_a_round_count_of_days(text, expected):
    assert first_event(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Des rebelles ADF ont tué 14 civils à Mambasa voici deux jours, selon des sources locales.", "2025-03-09"),
    ("Voici trois jours, des hommes armés ont enlevé 20 passagers sur l'axe Kaya-Dori.", "2025-03-08"),
    ("L'attaque, survenue voici quatre jours près de Fada, a fait huit morts parmi les soldats.", "2025-03-07"),
])
def test_voici_counts_back(text, expected):
    assert first_event(text) == (expected, "day")
