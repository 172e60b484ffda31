"""Spans and counts of weeks ('this week' at the middle of its days, as ACLED codes a week; 'a fortnight'), and
months written short with a full stop (dates.py, sentences.json)."""

from datetime import date

import pytest

from fogline.extract import extract
from fogline.extract.dates import WEEK, DateReader
from fogline.lang import resources
from fogline.records import Document


@pytest.mark.parametrize("code,text,published,expected", [
    ("en", "At least 17 people were killed in shelling of the city this week, medics said.", date(2025, 3, 14),
     date(2025, 3, 12)),  # Monday to Friday: Wednesday
    ("en", "Gunmen killed nine farmers this week in the north, officials said on Thursday.", date(2025, 3, 13),
     date(2025, 3, 11)),  # Monday to Thursday: Tuesday
    ("en", "Clashes this week left 20 dead, residents said.", date(2025, 3, 10), date(2025, 3, 10)),  # a Monday
    ("fr", "Des affrontements ont fait 20 morts cette semaine, selon des habitants.", date(2025, 3, 15),
     date(2025, 3, 12)),  # Monday to Saturday: Wednesday
])
def test_this_week_is_coded_at_the_middle_of_its_days(code, text, published, expected):
    found = [d for d in DateReader(resources(code)["dates"], code).find(text, published) if d.precision == WEEK]
    assert [(d.date, d.precision) for d in found] == [(expected, WEEK)]


# 'a fortnight ago': a count of two weeks, a week's precision.
@pytest.mark.parametrize("text,expected", [
    ("A fortnight ago, gunmen killed nine miners in the Kayes region.", date(2025, 2, 24)),
    ("The insurgents raided the village about a fortnight ago, residents said.", date(2025, 2, 24)),
    ("Gunmen killed 12 people on Sunday; a fortnight later, they struck again.", date(2025, 3, 23)),
])
def test_a_fortnight_is_two_weeks(text, expected):
    found = [d for d in DateReader(resources("en")["dates"], "en").find(text, date(2025, 3, 10)) if d.precision == WEEK]
    assert [d.date for d in found] == [expected]


# 'Mar. 7', 'Jun. 12', 'Sep. 3': a month's short form with its full stop does not end the sentence.
@pytest.mark.parametrize("text,expected", [
    ("On Mar. 7, Boko Haram fighters attacked the town of Wajiroko, killing four soldiers.", "2025-03-07"),
    ("Police said on Monday that gunmen had killed 11 villagers in Katsina on Mar. 2.", "2025-03-02"),
    ("Bandits stormed the village of Kwall on Mar. 8. They killed 10 people and burnt 40 houses.", "2025-03-08"),
])
def test_a_short_month_with_a_full_stop_keeps_its_day(text, expected):
    events = extract(Document("t", text, "en", date(2025, 3, 10))).to_dict()["events"]
    assert [e["date"] for e in events][:1] == [expected]
