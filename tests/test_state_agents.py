"""A state's rulers named as the ones who strike ("the junta bombed", "le régime a pilonné", "the Sudanese government
bombed") are its forces, a party of the event; saying or investigating leaves them a claimant. Each positive case
failed before (an unidentified armed group was the author)."""

import pytest

from tests.conftest import event_parties


@pytest.mark.parametrize("text, language, army", [
    ("The junta bombed a school in Myanmar's Sagaing region on Thursday, killing 12 people.", "en",
     "Military Forces of Myanmar"),
    ("The regime shelled Idlib on Thursday, killing six people, rescuers said.", "en", "Military Forces of Syria"),
    ("The Sudanese government bombed a market in Nyala on Thursday, killing six people, medics said.", "en",
     "Military Forces of Sudan (SAF)"),
    ("Le régime a bombardé Idlib jeudi, tuant six personnes, selon les secouristes.", "fr", "Military Forces of Syria"),
    ("La junte a mené des frappes contre un village près de Tessit jeudi, tuant six civils.", "fr",
     "Military Forces of Mali (FAMa)"),
    ("Au Soudan, le gouvernement a bombardé un marché de Nyala jeudi, tuant six civils.", "fr",
     "Military Forces of Sudan (SAF)"),
])
def test_rulers_who_strike_are_their_forces(text, language, army):
    _, parties = event_parties(text, language)
    assert parties.get(army) == "A", parties


@pytest.mark.parametrize("text, language, army", [
    ("The government launched an investigation after gunmen killed six people in Nyala on Thursday.", "en",
     "Military Forces of Sudan (SAF)"),
    ("Le gouvernement a annoncé une enquête après que des hommes armés ont tué six civils à Nyala jeudi.", "fr",
     "Military Forces of Sudan (SAF)"),
    ("The junta said gunmen killed 12 people in Myanmar's Sagaing region on Thursday.", "en",
     "Military Forces of Myanmar"),
])
def test_rulers_who_speak_or_investigate_are_no_party(text, language, army):
    _, parties = event_parties(text, language)
    assert army not in parties, parties
