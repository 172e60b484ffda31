"""'A week ago Saturday', 'Saturday before last': the weekday a week before its latest (dates.json
``weekday_week_earlier_after``/``_before``); 'the weekend attack', 'on the weekend': the latest weekend; 'voilà trois
jours' counts back as 'il y a trois jours' does."""

from datetime import date

import pytest

from fogline.extract import extract
from fogline.records import Document

TUE = date(2025, 3, 11)  # latest Saturday: 8 March; the one before: 1 March


def first_event(text, code="en", published=TUE):
    events = extract(Document("t", text, code, published)).to_dict()["events"]
    return (events[0]["date"], events[0]["date_precision"]) if events else None


@pytest.mark.parametrize("text,published,expected", [
    ("Gunmen killed 12 villagers in Zamfara a week ago Saturday, police said.", TUE, "2025-03-01"),
    ("Bandits abducted 30 passengers on the Abuja-Kaduna highway on Saturday before last, police said.", TUE,
     "2025-03-01"),
    ("A week ago on Sunday, suspected herders killed 17 people in Benue State, residents said.", TUE, "2025-03-02"),
    ("Jihadists killed nine soldiers near Djibo on Tuesday a week ago, the army said.", TUE, "2025-03-04"),
    # said on the weekday itself: the latest is a week back, the one before it two
    ("ISWAP fighters overran a base in Borno on Saturday before last, killing 20 soldiers.", date(2025, 3, 8),
     "2025-02-22"),
])
def test_a_weekday_a_week_before_its_latest(text, published, expected):
    assert first_event(text, published=published) == (expected, "day")


@pytest.mark.parametrize("text", [
    "The weekend attack on a village in Zamfara killed 12 people, police said.",
    "Gunmen killed 14 people in Bokkos, Plateau State, on the weekend, police said.",
    "RSF drones struck a market in Omdurman on the weekend, killing 20 people, activists said.",
])
def test_the_weekend_is_the_latest(text):
    assert first_event(text) == ("2025-03-08", "week")


@pytest.mark.parametrize("text,expected", [
    ("Des hommes armés ont tué 12 civils à Kongoussi voilà trois jours, selon des sources locales.", "2025-03-08"),
    ("Voilà deux jours, des rebelles ADF ont massacré 14 civils près d'Oicha.", "2025-03-09"),
    ("L'embuscade tendue voilà quatre jours près de Fada a coûté la vie à huit soldats.", "2025-03-07"),
])
def test_voila_counts_back(text, expected):
    assert first_event(text, "fr") == (expected, "day")
