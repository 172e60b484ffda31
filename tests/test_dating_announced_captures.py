"""A capture without a day of its own is dated when it was announced ('the army said on Monday that jihadists
had overrun the base'), for want of a better day: a later sentence that tells the assault's own earlier day ('The
assault began late Saturday') dates it, and no second event opens (segment.py)."""

from datetime import date

import pytest

from fogline.extract import extract
from fogline.records import Document

TUE = date(2025, 3, 11)


@pytest.mark.parametrize("code,text,expected", [
    ("en", "Jihadists overran an army base near Djibo, killing 15 soldiers, the army confirmed on Monday. The assault "
           "began late Saturday.", ["2025-03-08"]),
    ("en", "M23 rebels seized the town of Walikale, a local official said on Monday. The rebel attack on the town "
           "started on Saturday evening.", ["2025-03-08"]),
    ("fr", "Des jihadistes ont pris le contrôle de la ville de Djibo, a annoncé lundi une source sécuritaire. "
           "L'assaut a débuté samedi soir.", ["2025-03-08"]),
])
def test_an_announced_capture_takes_the_assaults_day(code, text, expected):
    assert [e["date"] for e in extract(Document("t", text, code, TUE)).to_dict()["events"]] == expected
