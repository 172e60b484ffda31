"""French puts the time of an attack between the verb and its object ("ont attaqué samedi le camp", "ont attaqué,
dans la nuit de lundi à mardi, une position"): the attack on a military target is still a battle, its attacker
side A. Short reports written for these tests."""

import pytest
from conftest import event_parties

from fogline import vocab


@pytest.mark.parametrize("text", [
    "Des jihadistes ont attaqué samedi le détachement militaire de Djibo, dans le nord du Burkina Faso. "
    "Une quinzaine de corps ont été retrouvés, selon une source sécuritaire.",
    "Des hommes armés ont attaqué mardi soir une position de l'armée à Tillabéri, dans l'ouest du Niger. "
    "Au moins vingt personnes ont été tuées, selon un élu local.",
    "Des assaillants ont attaqué, dans la nuit de lundi à mardi, un poste de la gendarmerie à Kantchari, dans l'est "
    "du Burkina Faso. Le bilan est de six morts, selon une source locale.",
])
def test_an_attack_with_its_time_before_the_military_target_is_a_battle(text):
    kind, sides = event_parties(text, "fr")
    assert kind == vocab.BATTLES, (kind, sides)
    assert any(side == "A" and "Unidentified" in name for name, side in sides.items()), sides


def test_an_attack_on_a_camp_of_the_displaced_stays_violence_against_civilians():
    text = ("Des paramilitaires ont attaqué mercredi le camp de déplacés de Kalma, au Darfour, tuant au moins "
            "douze civils selon des témoins.")
    kind, _ = event_parties(text, "fr")
    assert kind == vocab.VIOLENCE_AGAINST_CIVILIANS
