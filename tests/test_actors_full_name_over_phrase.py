"""A group's full name read over a shorter phrase that takes its first words ("combattants de [l'État islamique
en Afrique de l'Ouest]"): the group is named, and the region inside its name ("Ouest") is no place."""

import pytest

from tests.conftest import extracted


@pytest.mark.parametrize("text, language, group, country", [
    ("Des combattants de l'État islamique en Afrique de l'Ouest ont tué 12 soldats lundi.", "fr",
     "Islamic State West Africa Province (ISWAP)", "Nigeria"),
    ("Des jihadistes de l'État islamique en Afrique de l'Ouest ont attaqué Monguno lundi, tuant 12 soldats.", "fr",
     "Islamic State West Africa Province (ISWAP)", "Nigeria"),
    ("Selon l'armée, des combattants de l'État islamique en Afrique de l'Ouest (Iswap) ont attaqué une base près "
     "de Monguno dans la nuit de lundi.", "fr", "Islamic State West Africa Province (ISWAP)", "Nigeria"),
])
def test_the_full_name_wins_and_its_region_is_no_place(text, language, group, country):
    events = extracted(text, language).events
    assert events, "no event"
    e = events[0]
    assert group in {a.name for a in e.actors}, [a.name for a in e.actors]
    assert e.place.country == country, e.place
    assert e.place.admin1 != "Ouest", e.place
