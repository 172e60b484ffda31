"""A regional capital named like its region ('in Kaduna', 'à Mopti') may stand for the region: a town the event's
later sentences place it near, in that region ('the attack took place near Kajuru'), is the finer place. Sentences
and names are the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "lang", "town"), [
    ("Gunmen killed 12 people in Kaduna in Nigeria on Sunday. The attack took place near Kajuru, police said.", "en",
     "Kajuru"),
    ("Gunmen killed 12 people in Kaduna, Nigeria, on Sunday. The gunmen attacked a village near Kajuru at night.",
     "en", "Kajuru"),
    ("Bandits abducted 30 travellers in Kaduna in Nigeria on Monday. They were seized on a farm road outside Kajuru "
     "before dawn, a witness said.", "en", "Kajuru"),
    ("Des combattants ont tué cinq soldats à Kidal, au Mali, dimanche. L'embuscade a eu lieu près d'Anefis, selon "
     "l'armée.", "fr", "Anefis"),
])
def test_a_town_near_which_it_happened_is_finer_than_a_capital_named_like_its_region(text, lang, town):
    place = event_place(text, lang)
    assert (place.location, place.geo_precision) == (town, 2), place


def test_a_capital_town_named_with_its_own_attack_stays():
    place = event_place("Gunmen killed 12 people in Kaduna city in Nigeria on Sunday. Police said the gunmen fled "
                        "towards Kajuru.")
    assert place.location == "Kaduna", place
