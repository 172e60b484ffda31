"""A figure in an apposition of the attackers, set off by commas before the verb that counts its own object ('Les
assaillants, une centaine d'hommes à moto, ont tué 14 civils', 'The attackers, about 100 men on motorbikes, killed
14 civilians'), says how many attacked: no toll (issue 13, a spurious figure). Short reports written for these tests;
a part named between commas ('dont cinq enfants') is untouched."""

import pytest
from conftest import claim_rows

KASSA = "Des jihadistes ont attaqué le village de Kassa, dans le nord du Burkina Faso, samedi. "
GAO = "Gunmen attacked a market near Gao, Mali, on Monday. "


@pytest.mark.parametrize("text,language,attackers,toll", [
    (KASSA + "Les assaillants, une centaine d'hommes à moto, ont tué 14 civils.", "fr", 100, 14),
    (KASSA + "Les jihadistes, au nombre de 200 environ, ont tué 11 villageois.", "fr", 200, 11),
    (KASSA + "Les assaillants, environ 300 personnes venues des villages voisins, ont tué 7 éleveurs.", "fr", 300, 7),
    (GAO + "The attackers, about 100 men on motorbikes, killed 14 civilians.", "en", 100, 14),
    (GAO + "The attackers, around 300 people from nearby villages, killed 7 herders.", "en", 300, 7),
    (GAO + "The mob, roughly 40 men carrying machetes, killed 9 villagers.", "en", 40, 9),
])
def test_the_attackers_number_in_an_apposition_is_no_toll(text, language, attackers, toll):
    got = [c[1] for c in claim_rows(text, language) if c[0] == "killed"]
    assert toll in got and attackers not in got, claim_rows(text, language)


@pytest.mark.parametrize("text,language,low", [
    (KASSA + "Au moins 20 personnes, dont cinq enfants, ont été tuées.", "fr", 20),
    (KASSA + "Selon des habitants, 14 civils, dont deux femmes, ont péri dans l'attaque.", "fr", 14),
    (GAO + "At least 20 people, including five children, were killed.", "en", 20),
])
def test_a_toll_with_a_part_between_commas_stays(text, language, low):
    assert low in [c[1] for c in claim_rows(text, language)], claim_rows(text, language)
