"""A day written right after an event word ('soldiers killed on Saturday', 'l'attaque de samedi') is that event's;
an earlier day of the sentence whose first event word after it is that one dates a reaction (condolences,
mourning, a claim), not the event (dating.bound_later)."""

from datetime import date

import pytest

from fogline.extract import extract
from fogline.records import Document

TUE = date(2025, 3, 11)


def first_date(text, code):
    events = extract(Document("t", text, code, TUE)).to_dict()["events"]
    return events[0]["date"] if events else None


@pytest.mark.parametrize("code,text,expected", [
    ("en", "The president on Monday offered condolences to the families of 15 soldiers killed on Saturday near Djibo.",
     "2025-03-08"),
    ("en", "Hundreds of mourners gathered in Jos on Monday to bury 14 villagers killed on Friday in Bokkos, Plateau "
           "State.", "2025-03-07"),
    ("fr", "Le président a présenté lundi ses condoléances aux familles des 15 soldats tués samedi près de Djibo.",
     "2025-03-08"),
    ("fr", "Un deuil national de trois jours a été décrété lundi après l'attaque de samedi contre Djibo, qui a fait "
           "15 morts.", "2025-03-08"),
    ("fr", "Des centaines de personnes ont manifesté lundi à Bunia pour dénoncer le massacre de dimanche à Djugu, où "
           "22 civils ont été tués.", "2025-03-09"),
])
def test_a_reactions_day_is_not_the_events(code, text, expected):
    assert first_date(text, code) == expected


@pytest.mark.parametrize("code,text,expected", [
    # the first event word after the earlier day is another one: both days are events'
    ("en", "Gunmen on Saturday killed 12 villagers in Zamfara and abducted twenty on Sunday, police said.",
     "2025-03-08"),
    ("fr", "Samedi, des hommes armés ont tué 12 civils à Kongoussi, puis enlevé vingt personnes dimanche.",
     "2025-03-08"),
])
def test_an_events_own_earlier_day_stays(code, text, expected):
    assert first_date(text, code) == expected
