"""A group named only in a relative clause that describes a party ('the army, which is fighting the RSF, bombed
a market') is the war's background, no party of the event."""

import pytest

from tests.conftest import event_parties


@pytest.mark.parametrize("text, language, absent, present", [
    ("The Sudanese army, which is fighting the RSF, bombed a market in Kabkabiya on Monday, killing 30 civilians.",
     "en", "Rapid Support Forces (RSF)", "Military Forces of Sudan (SAF)"),
    ("Myanmar's military, which has been battling the Arakan Army for a year, bombed a school in Sagaing region "
     "on Tuesday, killing 20 children.", "en", "AA: Arakan Army", "Military Forces of Myanmar"),
    ("L'armée soudanaise, qui combat les FSR depuis 2023, a bombardé un marché à Kabkabiya lundi, tuant 30 "
     "civils.", "fr", "Rapid Support Forces (RSF)", "Military Forces of Sudan (SAF)"),
    ("L'armée birmane, qui affronte l'Armée d'Arakan dans l'ouest, a bombardé une école dans la région de "
     "Sagaing jeudi, tuant 12 enfants.", "fr", "AA: Arakan Army", "Military Forces of Myanmar"),
])
def test_an_opponent_named_in_a_relative_clause_is_no_party(text, language, absent, present):
    _, parties = event_parties(text, language)
    assert present in parties and absent not in parties, parties
