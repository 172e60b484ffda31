"""More dateline forms, mixed case: a city and a colon ('Maiduguri: Suspected jihadists ...') or a hyphen ('Kano -
Suspected ...'), a city and the day before a dash ('Maiduguri, 3 March 2025 – ...', 'Goma, March 3 — ...'), an
agency's copy with no dash ('Kano, March 3, 2025 (NAN) Suspected ...'). The city is where the story was filed, not
the event's town: the event keeps the place it is told at ('near Mafa', 'in Rutshuru territory', a region).
Sentences are the tests' own; each of the first test failed before (the dateline city was the place)."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "location", "admin1"), [
    ("Maiduguri: Suspected jihadists killed 12 farmers near Mafa on Sunday, residents said.", "Mafa", "Borno"),
    ("Maiduguri, 3 March 2025 – Suspected jihadists killed 12 farmers near Mafa on Sunday, residents said.", "Mafa",
     "Borno"),
    ("Maiduguri, March 3 — Suspected jihadists killed 12 farmers near Mafa on Sunday, residents said.", "Mafa",
     "Borno"),
    ("Goma, 3 March 2025 – Rebels killed nine civilians in Rutshuru territory on Sunday, local officials said.",
     "Rutshuru", "North Kivu"),
    ("Bamenda: Separatist fighters killed four soldiers in an ambush in the North-West region on Sunday, the army "
     "said.", None, "North-West"),
    # a news agency's copy: the city, the full date and the agency's acronym, no dash ('..., 2025 (NAN) The ...')
    ("Kano, March 3, 2025 (NAN) Suspected jihadists killed 12 farmers near Mafa in Borno State on Sunday, residents "
     "said.", "Mafa", "Borno"),
    ("Maiduguri, Mar. 3, 2025 (NAN) Suspected jihadists killed 12 farmers near Mafa on Sunday, residents said.",
     "Mafa", "Borno"),
    ("Kano - Suspected jihadists killed 12 farmers near Mafa in Borno State on Sunday, residents said.", "Mafa",
     "Borno"),
])
def test_a_mixed_case_dateline_city_is_not_the_place(text, location, admin1):
    place = event_place(text)
    assert (place.location, place.admin1) == (location, admin1), place


@pytest.mark.parametrize("text", [
    "Maiduguri: the gunmen killed 12 people in the town on Sunday, residents said.",
    "Maiduguri - the gunmen killed 12 people in the town on Sunday, residents said.",
])
def test_a_colon_or_a_hyphen_before_a_lower_case_word_is_no_dateline(text):
    place = event_place(text)
    assert place.location == "Maiduguri", place
