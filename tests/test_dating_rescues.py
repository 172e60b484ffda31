"""'Police on Saturday rescued 12 passengers kidnapped on Thursday': a rescue or a release is the aftermath of the
abduction; its day, before the words that give the abduction's own day, does not date the event (dates.json
aftermath_verbs)."""

from datetime import date

import pytest

from fogline.extract import extract
from fogline.records import Document

TUE = date(2025, 3, 11)  # a Tuesday: Monday 10 March, Sunday 9, Saturday 8, Friday 7, Thursday 6


@pytest.mark.parametrize("text,expected", [
    ("Police on Saturday rescued 12 passengers kidnapped on Thursday on the Abuja-Kaduna highway.", "2025-03-06"),
    ("Troops on Sunday freed 20 worshippers abducted by bandits from a church in Kajuru on Thursday, the army said.",
     "2025-03-06"),
    ("On Monday, soldiers rescued nine farmers who had been kidnapped by gunmen near Birnin Gwari on Friday.",
     "2025-03-07"),
])
def test_the_day_of_a_rescue_is_not_the_abductions(text, expected):
    assert [e["date"] for e in extract(Document("t", text, "en", TUE)).to_dict()["events"]][:1] == [expected]
