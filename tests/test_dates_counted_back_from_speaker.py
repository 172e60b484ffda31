"""'The day before', 'la veille', 'two days earlier' with no day before them in their sentence count back from the
day that sentence's speaker spoke, told after them ('..., the army said on Monday'), not from that day itself nor
from the page's date. Short reports written for these tests, published Wednesday 12 March 2025."""

from datetime import date

import pytest
from conftest import extracted

PUBLISHED = date(2025, 3, 12)


@pytest.mark.parametrize("text,language,day", [
    ("Jihadists attacked the military post at Koro, Mali, the previous day, killing three soldiers, the army said on "
     "Monday.", "en", "2025-03-09"),
    ("Three soldiers were killed in an ambush near Koro, Mali, the day before, the army said on Tuesday.", "en",
     "2025-03-10"),
    ("Gunmen killed five villagers in Boni, Mali, two days earlier, residents said on Sunday.", "en", "2025-03-07"),
    ("Trois soldats ont été tués la veille dans une embuscade près de Koro, au Mali, a annoncé mardi l'armée.", "fr",
     "2025-03-10"),
    ("Des hommes armés ont attaqué l'avant-veille le village de Boni, au Mali, tuant cinq civils, ont rapporté "
     "dimanche des habitants.", "fr", "2025-03-07"),
    ("Des jihadistes ont attaqué la veille un poste de l'armée à Koro, au Mali, tuant trois soldats, selon un "
     "communiqué publié lundi par l'armée.", "fr", "2025-03-09"),
])
def test_counted_back_from_the_speakers_day_told_after(text, language, day):
    events = extracted(text, language, PUBLISHED).events
    assert events and events[0].date == day, [(e.date, e.date_precision) for e in events]


def test_a_day_told_before_still_comes_first():
    text = ("On Monday, the army said that jihadists had attacked the military post at Koro, Mali, the day before, "
            "killing three soldiers.")
    assert extracted(text, "en", PUBLISHED).events[0].date == "2025-03-09"
