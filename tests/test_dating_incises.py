"""'Des rebelles ont tué 12 civils hier, a indiqué l'armée': French puts the speaker after its words, inverted,
behind a comma; a day that closes a clause with an event word of its own is the event's day, not the day it was
said (dating.incise_after). A French dateline may give its date an article ('Ouagadougou, le 10 mars 2025
(Lefaso.net) -') and close with '.-' ('Kinshasa, 10/03/2025 (ACP).-'): filed.dateline."""

from datetime import date

import pytest

from fogline.extract import extract
from fogline.extract.dates import DateReader
from fogline.extract.filed import dateline
from fogline.lang import resources
from fogline.records import Document

THU = date(2025, 3, 13)


def event_dates(text, published=THU):
    return [e["date"] for e in extract(Document("t", text, "fr", published)).to_dict()["events"]]


@pytest.mark.parametrize("text,expected", [
    ("Kinshasa, 10 mars 2025 (AFP) - Des rebelles ADF ont tué 12 civils à Beni hier, a indiqué l'armée.",
     ["2025-03-09"]),
    ("Des hommes armés ont tué 12 civils à Kongoussi mardi, a annoncé le gouverneur. Le lendemain, des militaires ont "
     "tué 20 assaillants près de Kaya.", ["2025-03-11", "2025-03-12"]),
    ("Bamako, 10 mars 2025 (AFP) - Des jihadistes ont attaqué un poste militaire près de Gao dimanche, a affirmé "
     "l'état-major, qui fait état de 12 soldats tués.", ["2025-03-09"]),
])
def test_a_day_before_an_inverted_speaker_is_the_events(text, expected):
    assert event_dates(text) == expected


@pytest.mark.parametrize("text,filed", [
    ("Ouagadougou, le 10 mars 2025 (Lefaso.net) - Des terroristes ont tué 12 civils à Kaya hier.", date(2025, 3, 10)),
    ("Publié le 10 mars 2025 à 14h30\nDes jihadistes ont tué 12 soldats près de Gao hier.", date(2025, 3, 10)),
    ("Kinshasa, 10/03/2025 (ACP).- Des rebelles ADF ont tué 12 civils à Beni hier.", date(2025, 3, 10)),
    ("Bukavu, le 9 mars 2025 (ACP).- Des miliciens Wazalendo ont attaqué une position du M23 à Kalehe hier.",
     date(2025, 3, 9)),
])
def test_french_datelines(text, filed):
    found = dateline(DateReader(resources("fr")["dates"], "fr"), text, THU)
    assert found is not None and found.date == filed
    assert event_dates(text) == [(filed.fromordinal(filed.toordinal() - 1)).isoformat()]


@pytest.mark.parametrize("text,expected", [
    ("KYIV, March 10 (Reuters) - Russian drones killed three people in Odesa on Sunday, said the regional governor.",
     ["2025-03-09"]),
    ("NAIROBI, March 10, 2025 (AP) - Al-Shabaab fighters attacked a base in Lower Shabelle on Saturday, said an "
     "army officer, who put the toll at eight soldiers.", ["2025-03-08"]),
    ("ABUJA, March 10 (Reuters) - Bandits killed 12 villagers in Zamfara on Friday, said a police spokesman.",
     ["2025-03-07"]),
])
def test_the_same_in_english(text, expected):
    assert [e["date"] for e in extract(Document("t", text, "en", THU)).to_dict()["events"]] == expected
