"""A photo's caption line ('Photo: A burnt house in X (file)', 'File photo - ...') shows a scene, often of an
earlier attack: it is not the report, and its town is not the event's place (sentences.json caption_lines).
Sentences are the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "lang", "town", "admin1"), [
    ("Gunmen kill 9 in fresh Benue attack\n\nPhoto: A burnt house in Yelwata, Guma LGA (file)\n\nAt least nine "
     "persons have been killed by suspected herdsmen in a fresh attack on Ahume community in Guma Local "
     "Government Area of Benue State.", "en", "Ahume", "Benue"),
    ("Bandits kill farmers in Zamfara attack\n\nFile photo - A house burnt by bandits in Gusau\n\nBandits have "
     "killed seven farmers in an attack on Kairu village in Bungudu Local Government Area of Zamfara State.", "en",
     "Kairu", "Zamfara"),
    ("Image: Displaced families at a camp in Maiduguri\n\nInsurgents killed six fishermen on Tuesday in Kukawa "
     "local government area of Borno State, a militia leader said.", "en", "Kukawa", "Borno"),
])
def test_a_caption_line_names_no_place_of_the_event(text, lang, town, admin1):
    place = event_place(text, lang)
    assert (place.location, place.admin1) == (town, admin1), place
