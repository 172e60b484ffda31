"""Mexico's National Guard by its bare name in a Mexican report (a local alias: in Ukraine or Russia the same
words name another force)."""

import pytest

from tests.conftest import event_parties

GUARD = "Police Forces of Mexico (National Guard)"


@pytest.mark.parametrize("text, language", [
    ("Cartel gunmen attacked a National Guard patrol in Michoacan on Monday, killing four guardsmen.", "en"),
    ("Suspected CJNG members ambushed National Guard troops near Apatzingan, Michoacan, on Tuesday, killing "
     "three.", "en"),
    ("Des hommes armés ont tendu une embuscade à une patrouille de la Garde nationale dans l'État de Guerrero "
     "lundi, tuant deux agents.", "fr"),
])
def test_the_national_guard_in_mexico(text, language):
    _, parties = event_parties(text, language)
    assert parties.get(GUARD) == "B", parties
