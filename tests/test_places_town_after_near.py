"""An event placed 'near' a town by its lead ('killed five farmers near Maiduguri') whose next sentence names the
town its own words lead to ('The fighters raided Konduga'): the event happened at that town, a finer place than
'near' the first, when both lie in one region and close together. Sentences are the tests' own; each failed before
(the lead's 'near' town was kept)."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "location", "admin1"), [
    ("Insurgents killed five farmers near Maiduguri on Monday. The fighters raided Konduga in the evening, "
     "residents said.", "Konduga", "Borno"),
    ("Bandits killed 12 people near Gusau on Sunday. The gunmen attacked Tsafe at dawn, residents said.",
     "Tsafe", "Zamfara"),
    ("Gunmen killed four people outside Jos on Sunday. The attackers raided Bukuru late at night, police said.",
     "Bukuru", "Plateau"),
    ("Gunmen killed seven villagers outside Kaduna on Saturday. The bandits raided Kajuru shortly after midnight, "
     "residents said.", "Kajuru", "Kaduna"),
])
def test_the_town_the_event_s_words_lead_to_is_finer_than_near(text, location, admin1):
    place = event_place(text)
    assert (place.location, place.admin1, place.geo_precision) == (location, admin1, 1), place


@pytest.mark.parametrize("text", [
    # a town named past the end of the event's phrase (a speaker's, a plea's) is no place of it
    "Insurgents killed five farmers near Maiduguri on Monday. A vigilante leader in Konduga said the fighters "
    "came on motorcycles.",
    "Insurgents killed five farmers near Maiduguri on Monday, and residents have since demanded more troops for "
    "the roads around Konduga.",
])
def test_a_town_outside_the_event_s_phrase_leaves_near(text):
    place = event_place(text)
    assert (place.location, place.geo_precision) == ("Maiduguri", 2), place
