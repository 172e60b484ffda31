"""Where forces came from ('troops from X', 'a patrol from the X camp', 'a convoy that had left X', 'une patrouille
du camp de X') is their home, not where they were hit when the clause names that place ('near Y'); and a
governor's seat ('the governor of X', 'le gouverneur de X') names the region, not the town. Sentences and names
are the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "lang", "town"), [
    ("Soldiers from the Gao garrison were ambushed near Tessalit on Sunday, killing five.", "en", "Tessalit"),
    ("Troops from Gao were ambushed near Tessalit in Mali on Sunday, and five soldiers were killed.", "en",
     "Tessalit"),
    ("A patrol from the Sevare camp was attacked near Boni on Monday, killing three soldiers.", "en", "Boni"),
    ("An army convoy that had left Gao on Saturday was ambushed near Tessalit, killing five soldiers.", "en",
     "Tessalit"),
    ("Une patrouille du camp de Sévaré a été attaquée près de Boni lundi, trois soldats ont été tués.", "fr",
     "Boni"),
    ("Un convoi militaire qui avait quitté Gao samedi est tombé dans une embuscade près de Tessalit, cinq soldats "
     "ont été tués.", "fr", "Tessalit"),
])
def test_where_forces_came_from_is_not_where_they_were_hit(text, lang, town):
    place = event_place(text, lang)
    assert place.location == town, place


def test_forces_home_alone_still_places_it():
    place = event_place("Troops from Gao were attacked on Sunday in Mali, and five soldiers were killed.")
    assert place.admin1 == "Gao", place


@pytest.mark.parametrize(("text", "lang"), [
    ("Des jihadistes ont tué douze civils dans la région lundi au Mali, a indiqué le gouverneur de Mopti.", "fr"),
    ("Le gouverneur de Mopti a annoncé que douze civils avaient été tués lundi dans la région, au Mali.", "fr"),
    ("Jihadists killed 12 civilians in the region on Monday in Mali, according to the governor of Mopti.", "en"),
    ("The governor of Mopti said jihadists killed 12 civilians in central Mali on Monday.", "en"),
])
def test_a_governors_seat_names_the_region(text, lang):
    place = event_place(text, lang)
    assert (place.location, place.admin1) == (None, "Mopti"), place
