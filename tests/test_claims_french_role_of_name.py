"""A person named by a role of a capitalised name ('le porte-parole de Tabital Pulaaku', 'Mamadou Togo, secrétaire
général de Ginna Dogon') speaks for that body in its own name, not as 'local sources'; a role of a place ('un
responsable de Bobo Dioulasso') stays a local source (issue 13). Short reports written for these tests."""

import pytest
from conftest import claimant_of

BANDIAGARA = "Des hommes armés ont attaqué le village de Sangha, dans le cercle de Bandiagara, au Mali, lundi. "


@pytest.mark.parametrize("text,low,body", [
    (BANDIAGARA + "Le secrétaire général de Ginna Dogon, Mamadou Togo, a affirmé que 21 villageois avaient péri.",
     21, "Ginna Dogon"),
    (BANDIAGARA + "Selon Hamadoun Dicko, porte-parole de Tabital Pulaaku, treize bergers ont été tués.", 13,
     "Tabital Pulaaku"),
    (BANDIAGARA + "Un cadre de Kawral Pulaaku a confié à l'AFP que neuf personnes avaient été exécutées.", 9,
     "Kawral Pulaaku"),
])
def test_a_role_of_a_name_speaks_for_that_body(text, low, body):
    assert claimant_of(text, low, "fr") == body


@pytest.mark.parametrize("text,low", [
    ("Des jihadistes ont attaqué un convoi près de Bobo-Dioulasso, au Burkina Faso, mardi. Un responsable de "
     "Bobo Dioulasso a affirmé que sept civils avaient été tués.", 7),
    ("Des jihadistes ont attaqué un poste près de Fada N'Gourma, au Burkina Faso, jeudi. Le porte-parole de "
     "Fada N'Gourma a indiqué que onze personnes avaient été tuées.", 11),
    (BANDIAGARA + "Le maire de Sangha a indiqué que six personnes avaient été tuées.", 6),
])
def test_a_role_of_a_place_stays_a_local_source(text, low):
    assert claimant_of(text, low, "fr") == "local sources"
