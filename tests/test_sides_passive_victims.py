"""'Twelve soldiers were killed in an ambush by X': the dead of a passive toll are side B and the agent of the
attack noun is side A, whichever comes first. Short reports written for these tests."""

import pytest
from conftest import event_parties


@pytest.mark.parametrize("text,language,a,b", [
    ("Twelve Nigerien soldiers were killed on Tuesday in an ambush by suspected Islamic State jihadists near "
     "Tillia, Niger, the defence ministry said.", "en", "Islamic State Sahel Province", "Military Forces of Niger"),
    ("Douze soldats nigériens ont été tués mardi dans une embuscade tendue par des jihadistes de l'État islamique "
     "près de Tillia, au Niger, a annoncé le ministère de la Défense.", "fr", "Islamic State Sahel Province",
     "Military Forces of Niger"),
    ("Nine soldiers died in an attack by ISWAP fighters on a base in Marte, Borno state, Nigeria, on Sunday, the "
     "army said.", "en", "Islamic State West Africa Province (ISWAP)", "Military Forces of Nigeria"),
])
def test_the_dead_of_a_passive_toll_are_the_target(text, language, a, b):
    found = event_parties(text, language)[1]
    assert (found.get(a), found.get(b)) == ("A", "B")


def test_an_active_attacker_stays_side_a():
    found = event_parties("Nigerien soldiers killed 12 jihadists in an ambush near Tillia, Niger, on Tuesday, the "
                          "army said.")[1]
    assert found.get("Military Forces of Niger") == "A"
