"""'In the first week of March', 'la première semaine de mars': the start of the month, week precision (dates.json
``early_words``), as 'early March' is, not the whole month."""

from datetime import date

import pytest

from fogline.extract import extract
from fogline.records import Document

TUE = date(2025, 3, 11)


@pytest.mark.parametrize("code,text", [
    ("en", "Gunmen killed 12 people in Zamfara in the first week of March, police said."),
    ("en", "During the first week of March, bandits abducted 40 passengers on the Abuja-Kaduna highway."),
    ("fr", "Des hommes armés ont tué neuf personnes à Bunia la première semaine de mars, selon la société civile."),
    ("fr", "Dans la première semaine de mars, des jihadistes ont attaqué trois villages près de Djibo, tuant "
           "30 civils."),
])
def test_the_first_week_of_a_month(code, text):
    events = extract(Document("t", text, code, TUE)).to_dict()["events"]
    assert [(e["date"], e["date_precision"]) for e in events] == [("2025-03-05", "week")]
