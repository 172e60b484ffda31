"""Seas, gulfs and straits (issue 14): an attack on shipping "in the Gulf of Aden", "en mer Rouge" is placed at
the water itself, in the country of the coast the report's war is on and in no region of it, not at the city the
gulf is named after (Aden) nor in Sudan's Red Sea state. The waters are curated places (admin1 ``-`` in
resources/places_supplement.csv); the words before their names are places.json ``feature_before``."""

from __future__ import annotations

import pytest
from conftest import event_place

from fogline.gazetteer import Gazetteer


@pytest.mark.parametrize("text,lang,water", [
    ("Houthi rebels fired two missiles at a container ship in the Gulf of Aden on Wednesday, killing three of its "
     "crew, the US military said.", "en", "Gulf of Aden"),
    ("Yemen's Houthis said they struck an oil tanker in the Red Sea with drones on Tuesday, wounding two sailors.",
     "en", "Red Sea"),
    ("Houthi forces attacked a bulk carrier near the Bab el-Mandeb strait on Monday, killing two sailors.", "en",
     "Bab el-Mandeb"),
    ("Les Houthis ont tiré des missiles sur un navire marchand dans le golfe d'Aden mercredi, tuant trois marins.",
     "fr", "Gulf of Aden"),
    ("Les rebelles houthis ont attaqué un pétrolier en mer Rouge mardi avec des drones, tuant deux marins.", "fr",
     "Red Sea"),
])
def test_an_attack_at_sea_is_placed_at_the_water_in_no_region(text, lang, water):
    place = event_place(text, lang)
    assert (place.country, place.admin1, place.location) == ("Yemen", None, water)


@pytest.mark.parametrize("text,location", [
    ("Rapid Support Forces drones struck Port Sudan, in Sudan's Red Sea state, on Sunday.", "Port Sudan"),
    ("Drones hit fuel depots in Red Sea state, Sudan, on Monday, the army said.", None),
    ("Les FSR ont bombardé Port-Soudan, dans l'État de la mer Rouge, dimanche, a indiqué l'armée soudanaise.",
     "Port Sudan"),
])
def test_sudans_red_sea_state_stays_a_region_of_sudan(text, location):
    place = event_place(text, "fr" if "Soudan" in text else "en")
    assert (place.country, place.admin1, place.location) == ("Sudan", "Red Sea", location)


def test_a_curated_water_is_in_no_region():
    """admin1 ``-`` in the supplement: no region (an empty admin1 would take the nearest one, Yemen's coast)."""
    for name in ("Gulf of Aden", "Golfe d'Aden", "Bab al-Mandab"):
        (water,) = [e for e in Gazetteer.default().lookup(name) if e.kind == "supplement"]
        assert (water.country_code, water.admin1) == ("YE", None)
