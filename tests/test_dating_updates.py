"""A page's date line of an update ('Updated: March 18, 2025') dates the report only when no line after it gives
the date it was first published (filed.py, dates.json updated_words)."""

import pytest

from fogline.extract import extract
from fogline.records import Document

STORY = "\nGunmen killed 12 people in Bokkos on Saturday, police said."


@pytest.mark.parametrize("text,expected", [
    ("Updated 18 March 2025\nPublished 9 March 2025" + STORY, "2025-03-08"),
    ("Updated: March 18, 2025 10:30 AM\nPublished: March 9, 2025" + STORY, "2025-03-08"),
    ("Last updated 18 Mar 2025\nPublished On 11 Mar 2025" + STORY, "2025-03-08"),
])
def test_a_later_publication_line_wins_over_an_update_line(text, expected):
    assert [e["date"] for e in extract(Document("t", text, "en", None)).to_dict()["events"]][:1] == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Updated 18 March 2025" + STORY, "2025-03-15"),  # no other line: the update's day is all there is
    ("Published On 9 Mar 2025\nUpdated 18 Mar 2025" + STORY, "2025-03-08"),  # the first line is the publication
    ("Updated 18 March 2025\nThe army said 9 March 2025 would be remembered." + STORY, "2025-03-15"),  # no date line
])
def test_an_update_line_alone_still_dates_the_report(text, expected):
    assert [e["date"] for e in extract(Document("t", text, "en", None)).to_dict()["events"]][:1] == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Actualisé 18/03/2025\nPublié 11/03/2025\nDes hommes armés ont tué 12 personnes samedi à Djibo.", "2025-03-08"),
    ("Modifié 18/03/2025\nPublié 11/03/2025\nDes jihadistes ont attaqué samedi un poste militaire à Arbinda, tuant "
     "six soldats.", "2025-03-08"),
    ("Mis à jour 18/03/2025\nPublié 11/03/2025\nDes hommes armés ont tué 12 personnes samedi à Djibo.", "2025-03-08"),
])
def test_a_french_update_line_gives_way_too(text, expected):
    assert [e["date"] for e in extract(Document("t", text, "fr", None)).to_dict()["events"]][:1] == [expected]
