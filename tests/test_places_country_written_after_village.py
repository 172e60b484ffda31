"""A village the gazetteer knows in one country only, written with another country right after it ('Boni, Burkina
Faso', 'Boni (Burkina Faso)', 'Boni, au Burkina Faso'; only Mali's Boni is curated): the written country says where
it is, a settlement of that country the gazetteer lacks, not the curated namesake abroad."""

import pytest

from tests.conftest import extracted


@pytest.mark.parametrize("text, language", [
    ("Jihadists attacked the town of Boni, Burkina Faso, on Sunday, killing 12 soldiers.", "en"),
    ("Gunmen killed 12 civilians in Boni (Burkina Faso) on Sunday.", "en"),
    ("Jihadists stormed Boni, in Burkina Faso, overnight on Sunday and killed 12 soldiers.", "en"),
    ("Des jihadistes ont attaqué Boni, au Burkina Faso, dimanche, tuant 12 soldats.", "fr"),
    ("Des hommes armés ont tué 12 civils à Boni (Burkina Faso) dimanche.", "fr"),
    ("Douze soldats ont été tués dimanche à Boni, Burkina Faso, lors d'une attaque jihadiste.", "fr"),
])
def test_the_country_written_after_a_village_places_it(text, language):
    events = extracted(text, language).events
    assert events, "no event"
    place = events[0].place
    assert place.country == "Burkina Faso", place
    assert place.location == "Boni", place


def test_the_curated_village_stays_when_its_own_country_is_written():
    place = extracted("Jihadists attacked Boni, Mali, on Sunday, killing 12 soldiers.").events[0].place
    assert (place.country, place.admin1) == ("Mali", "Douentza"), place
