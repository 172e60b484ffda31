"""'This week' is a span of days up to the page's: coded at its middle, as ACLED codes a week (dates.py)."""

from datetime import date

import pytest

from fogline.extract.dates import WEEK, DateReader
from fogline.lang import resources


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
