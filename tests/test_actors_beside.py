"""Who is a party: a group the victims were accused of siding with is not one, and a named group beside a
generic noun ('VDP militiamen', 'les miliciens VDP') is that group, not a second, unidentified one. Short
reports written for these tests."""

import pytest
from conftest import event_parties


@pytest.mark.parametrize("text,language,absent", [
    ("Sudanese army soldiers killed 8 civilians suspected of collaborating with the RSF in Wad Madani, Sudan, "
     "on Sunday, activists said.", "en", "Rapid Support Forces (RSF)"),
    ("Malian soldiers executed 20 herders accused of supporting JNIM in the village of Moura, Mali, on Tuesday, "
     "witnesses said.", "en", "JNIM: Group for Support of Islam and Muslims"),
    ("Des soldats burkinabè ont exécuté quinze civils accusés de complicité avec le JNIM dans le village de "
     "Zaongo, au Burkina Faso, lundi, selon des habitants.", "fr", "JNIM: Group for Support of Islam and Muslims"),
])
def test_the_group_victims_were_accused_of_siding_with_is_no_party(text, language, absent):
    kind, actors = event_parties(text, language)
    assert kind == "Violence against civilians"
    assert absent not in actors


def test_the_group_the_attackers_were_suspected_of_belonging_to_stays():
    kind, actors = event_parties("Gunmen suspected of belonging to ISWAP killed 10 farmers in the village of Kwari, "
                           "Borno state, Nigeria, on Monday, police said.")
    assert actors.get("Islamic State West Africa Province (ISWAP)") == "A"


@pytest.mark.parametrize("text,language,group", [
    ("VDP militiamen killed 12 civilians in the village of Zaongo, Burkina Faso, on Monday, residents said.", "en",
     "VDP: Volunteers for the Defense of the Homeland"),
    ("Des miliciens VDP ont tué douze civils dans le village de Zaongo, au Burkina Faso, lundi, selon des "
     "habitants.", "fr", "VDP: Volunteers for the Defense of the Homeland"),
    ("CJTF militiamen killed 4 villagers in Konduga, Borno state, Nigeria, on Friday, residents said.", "en",
     "CJTF: Civilian Joint Task Force"),
])
def test_a_named_group_beside_a_generic_noun_is_one_party(text, language, group):
    kind, actors = event_parties(text, language)
    assert kind == "Violence against civilians"
    assert {name for name, side in actors.items() if side == "A"} == {group}
    assert not any(name.startswith("Unidentified Armed Group") for name in actors)
