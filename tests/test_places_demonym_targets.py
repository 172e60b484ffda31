"""A nationality word on what was hit names the country where it happened ("Russia fired 40 missiles at Ukrainian
cities", "des frappes sur des villages libanais"), at country precision, with the words said as the evidence; the
nationality of the author ("Russian drones", "frappes israéliennes") does not. Each case failed before (the event
was put in the author's country)."""

import pytest

from tests.conftest import event_place


@pytest.mark.parametrize("text, language, country", [
    ("Russia fired 40 missiles at Ukrainian cities overnight, killing 12 people, officials said.", "en", "Ukraine"),
    ("Russian drones struck Ukrainian energy facilities overnight, officials said.", "en", "Ukraine"),
    ("Ukrainian drones struck Russian oil refineries overnight, Moscow said.", "en", "Russia"),
    ("La Russie a tiré 40 missiles sur des villes ukrainiennes dans la nuit, tuant 12 personnes.", "fr", "Ukraine"),
    ("Des frappes russes ont visé des infrastructures énergétiques ukrainiennes dans la nuit de mardi.", "fr",
     "Ukraine"),
    ("Israël a bombardé des villages libanais jeudi, tuant cinq personnes, selon les autorités.", "fr", "Lebanon"),
])
def test_the_nationality_of_what_was_hit_is_the_country(text, language, country):
    place = event_place(text, language)
    assert place.country == country, place
    assert place.geo_precision is None or place.geo_precision >= 3
