"""A lead that places an event only 'near' a town, and a line right after it that names the town itself: in the
passive ('Oicha was attacked at night', 'Oicha a été attaquée'), or as where it happened ('It happened in Oicha',
'L'attaque s'est produite à Oicha') though that line holds no event word. Sentences and names are the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "lang"), [
    ("ADF rebels killed 20 civilians near Beni in Congo on Sunday. Oicha was attacked at night, local officials "
     "said.", "en"),
    ("Rebels killed 20 villagers on the outskirts of Beni in Congo overnight. Oicha was first attacked from the "
     "bush, a witness said.", "en"),
    ("Des rebelles ont tué vingt civils près de Beni, en RDC, dimanche. Oicha a été attaquée dans la nuit, selon "
     "des sources locales.", "fr"),
])
def test_a_town_named_in_the_passive_is_finer_than_near_another(text, lang):
    place = event_place(text, lang)
    assert (place.location, place.geo_precision) == ("Hyosha", 1), place


@pytest.mark.parametrize(("text", "lang"), [
    ("ADF rebels killed 20 civilians near Beni in Congo on Sunday. It happened in Oicha, local officials said.",
     "en"),
    ("ADF rebels killed 20 civilians near Beni in Congo on Sunday. The killings occurred in the town of Oicha.",
     "en"),
    ("Des rebelles ont tué vingt civils près de Beni, en RDC, dimanche. L'attaque s'est produite à Oicha, selon "
     "des sources locales.", "fr"),
    ("Vingt civils ont été tués dimanche près de Beni, en RDC. Cela s'est passé à Oicha, selon des sources "
     "locales.", "fr"),
])
def test_the_line_saying_where_it_happened_places_it(text, lang):
    place = event_place(text, lang)
    assert (place.location, place.geo_precision) == ("Hyosha", 1), place


def test_a_town_of_a_later_line_about_something_else_is_not_the_place():
    place = event_place("ADF rebels killed 20 civilians near Beni in Congo on Sunday. Aid groups in Oicha said "
                        "they were overwhelmed.")
    assert place.location == "Beni", place
