"""Communal clashes (ACLED's identity militias): a clash that names two communities as its sides is a battle
between communal militias, not an attack on civilians; the one who tells it is no party. Short reports written
for these tests."""

import pytest
from conftest import event_parties, extracted


@pytest.mark.parametrize("text,language,militia", [
    ("Clashes between herders and farmers in Chad's southern Mandoul province killed at least 12 people on "
     "Thursday, the governor said.", "en", "Unidentified Communal Militia (Chad)"),
    ("Des affrontements entre éleveurs et agriculteurs ont fait au moins douze morts jeudi dans la province du "
     "Mandoul, au Tchad, selon le gouverneur.", "fr", "Unidentified Communal Militia (Chad)"),
    ("Herders clashed with villagers near Bokkos in Plateau state, Nigeria, on Sunday, leaving nine dead, "
     "residents said.", "en", "Unidentified Communal Militia (Nigeria)"),
])
def test_communities_that_clash_are_communal_militias(text, language, militia):
    kind, actors = event_parties(text, language)
    assert kind == "Battles"
    assert militia in actors
    assert not any(name.startswith("Civilians") for name in actors)


@pytest.mark.parametrize("text,sides", [
    ("Fighting between rival Dinka and Nuer youths in Jonglei state, South Sudan, killed 30 people on Saturday, "
     "a local official said.", {"Dinka Ethnic Militia (South Sudan)": "A"}),
    ("Fulani herders and Berom farmers clashed near the village of Bokkos in Plateau state, Nigeria, on Sunday.",
     {"Fulani Ethnic Militia (Nigeria)": "A", "Berom Ethnic Militia (Nigeria)": "B"}),
    ("Des jeunes Dinka et des jeunes Murle se sont affrontés samedi dans l'État du Jonglei, au Soudan du Sud.",
     {"Dinka Ethnic Militia (South Sudan)": "A", "Murle Ethnic Militia (South Sudan)": "B"}),
])
def test_each_phrase_of_a_clash_is_a_side(text, sides):
    language = "fr" if " se sont " in text else "en"
    _, actors = event_parties(text, language)
    assert {name: side for name, side in actors.items() if name in sides} == sides


@pytest.mark.parametrize("text,language", [
    ("Gunmen and vigilantes clashed in Konduga, Borno state, Nigeria, on Friday, leaving five dead, police said.",
     "en"),
    ("Gunmen clashed with vigilantes in Konduga, Borno state, Nigeria, on Friday, police said.", "en"),
    ("Bandits clashed with vigilantes near Jos, Plateau state, Nigeria, on Sunday, leaving seven dead, the police "
     "said.", "en"),
])
def test_who_tells_a_clash_between_two_others_is_no_party(text, language):
    _, actors = event_parties(text, language)
    assert not any(name.startswith("Police Forces") for name in actors)


def test_soldiers_and_villagers_keep_their_kinds():
    kind, actors = event_parties("Jihadists attacked the village of Boni, Mali, on Sunday, killing 12 farmers, "
                               "residents said.")
    assert kind == "Violence against civilians" and actors.get("Civilians (Mali)") == "B"


@pytest.mark.parametrize("text,language,sides", [
    ("Clashes between Fulani and Berom communities near Bokkos in Plateau state, Nigeria, left nine dead on Sunday, "
     "police said.", "en", {"Fulani Ethnic Militia (Nigeria)": "A", "Berom Ethnic Militia (Nigeria)": "B"}),
    ("Clashes between Arab herders and Masalit farmers in eastern Chad killed 14 people on Thursday, the governor "
     "said.", "en", {"Arab Ethnic Militia (Chad)": "A", "Masalit Ethnic Militia (Chad)": "B"}),
    ("Des affrontements entre éleveurs arabes et agriculteurs massalit ont fait douze morts jeudi dans l'est du "
     "Tchad, selon le gouverneur.", "fr", {"Arab Ethnic Militia (Chad)": "A", "Masalit Ethnic Militia (Chad)": "B"}),
    ("Pokot and Turkana raiders clashed near Kainuk in Turkana county, Kenya, on Saturday, killing six people, "
     "police said.", "en", {"Pokot Ethnic Militia (Kenya)": "A", "Turkana Ethnic Militia (Kenya)": "B"}),
    ("Fighting between Abgal and Habar Gidir clan militias near Balcad, Somalia, killed 11 people on Monday, "
     "elders said.", "en", {"Abgal Clan Militia (Somalia)": "A", "Habar Gidir Clan Militia (Somalia)": "B"}),
])
def test_a_named_community_is_its_militia(text, language, sides):
    kind, actors = event_parties(text, language)
    assert kind == "Battles"
    assert {name: side for name, side in actors.items() if name in sides} == sides


def test_a_people_is_no_place_between_two_towns():
    out = extracted("Clashes between Fulani and Berom communities near Bokkos in Plateau state, Nigeria, left nine "
                    "dead on Sunday, police said.", "en")
    assert out.events[0].place.location == "Bokkos"
