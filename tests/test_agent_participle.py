"""A person counted by an article before a harm verb in the active participle is its agent, no victim: 'Un soldat a
ouvert le feu …, blessant quatre militaires' counts four wounded, not the soldier (``agent_participle``). Short
reports written for these tests."""

import pytest
from conftest import claim_rows

AGENTS = [
    "Nouvelle attaque. Une femme kamikaze s'est fait exploser à la mosquée de Mora, tuant six fidèles.",
    "Incident grave. Un soldat a ouvert le feu sur ses camarades au camp de Kati, blessant quatre militaires.",
    "Drame à Bunia. Un policier ivre a tiré sur la foule au marché, tuant deux passants.",
]


@pytest.mark.parametrize("text", AGENTS)
def test_the_agent_of_a_participle_is_no_victim(text):
    rows = claim_rows(text, "fr")
    assert rows and all(c[1] > 1 for c in rows), rows


def test_a_person_who_is_the_victim_still_counts():
    text = "Un soldat a été tué lundi dans une embuscade près de Kati, au Mali."
    assert ("killed", 1) in [c[:2] for c in claim_rows(text, "fr")], claim_rows(text, "fr")
