"""A part of a named week ('late last week', 'en milieu de semaine dernière') is that weekday of that week, at a
week's precision (dates.json ``week_parts``), not the page's own day."""

from datetime import date

import pytest

from fogline.extract import extract
from fogline.records import Document

TUE = date(2025, 3, 11)  # a Tuesday: the week before runs Monday 3 to Sunday 9 March


def first_event(text, code):
    events = extract(Document("t", text, code, TUE)).to_dict()["events"]
    return (events[0]["date"], events[0]["date_precision"]) if events else None


@pytest.mark.parametrize("code,text,expected", [
    ("en", "Bandits stormed a village in Zamfara late last week, killing 14 farmers, police said.", "2025-03-07"),
    ("en", "At the end of last week, ISWAP fighters overran an army base in Borno, killing nine soldiers.",
     "2025-03-07"),
    ("en", "RSF shelling killed 25 people in El Fasher in the middle of last week, activists said on Monday.",
     "2025-03-05"),
    ("fr", "Des jihadistes ont tué onze soldats près de Djibo en fin de semaine dernière, selon une source "
           "sécuritaire.", "2025-03-07"),
    ("fr", "À la fin de la semaine dernière, des rebelles ADF ont massacré 18 civils près d'Oicha.", "2025-03-07"),
    ("fr", "Des combats entre les FARDC et le M23 ont fait 30 morts près de Sake en milieu de semaine dernière.",
     "2025-03-05"),
])
def test_a_part_of_last_week_is_its_weekday(code, text, expected):
    assert first_event(text, code) == (expected, "week")


def test_a_part_of_this_week_is_not_after_the_page():
    # 'en milieu de semaine' in a Tuesday report: the Wednesday to come is not yet; the page's day at most
    assert first_event("Des hommes armés ont tué sept personnes à Bunia en milieu de semaine, selon la société "
                       "civile.", "fr") == ("2025-03-11", "week")
