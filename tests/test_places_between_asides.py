"""'Between X, a locality on the border, and Y', 'entre X (localité ...) et Y': an aside after the first town
does not end the 'between' phrase; both towns are 'near', and the first named is the event's place.
Sentences are the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "lang", "town", "admin1"), [
    ("Jihadists attacked a convoy of fuel tankers between Diboli, a locality on the Senegalese border, and Kayes on "
     "Thursday, destroying dozens of trucks, sources said.", "en", "Diboli", "Kayes"),
    ("Bandits kidnapped 15 travellers on Sunday on the road between Tsafe, a town in Zamfara State, and Funtua, "
     "police said.", "en", "Tsafe", "Zamfara"),
    ("Gunmen ambushed a truck on Monday between Damboa, the headquarters of the local government area, and "
     "Maiduguri, killing four traders, a militia leader said.", "en", "Damboa", "Borno"),
    ("Des jihadistes ont attaqué un convoi jeudi entre Diboli (localité située à la frontière sénégalaise) et "
     "Kayes, selon des sources locales.", "fr", "Diboli", "Kayes"),
])
def test_an_aside_after_the_first_town_keeps_it_between(text, lang, town, admin1):
    place = event_place(text, lang)
    assert (place.location, place.admin1, place.geo_precision) == (town, admin1, 2), place
