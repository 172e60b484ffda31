"""'The Kawuri-Konduga road', 'l'axe Goundaka-Bandiagara': the first town of a road's pair is the first named
and the event's place even when no list knows it; it lies near the other. Sentences are the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "lang", "town", "admin1"), [
    ("Insurgents ambushed a military convoy on the Kawuri-Konduga road in Borno State on Friday, killing three "
     "soldiers, sources said.", "en", "Kawuri", "Borno"),
    ("Bandits blocked the Dangulbi-Dansadau road in Zamfara State on Sunday and abducted 20 travellers, police "
     "said.", "en", "Dangulbi", "Zamfara"),
    ("Jihadists attacked a convoy on the Goundaka-Bandiagara road in central Mali on Tuesday, local officials "
     "said.", "en", "Goundaka", "Bandiagara"),
    ("Des jihadistes ont attaqué un convoi mardi sur l'axe Goundaka-Bandiagara, dans le centre du Mali, selon des "
     "sources locales.", "fr", "Goundaka", "Bandiagara"),
])
def test_the_unknown_first_town_of_a_road_is_the_place(text, lang, town, admin1):
    place = event_place(text, lang)
    assert (place.location, place.admin1, place.geo_precision) == (town, admin1, 2), place
