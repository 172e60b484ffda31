"""Foreign civilians by a nationality and a civilian noun the lists lacked: 'an Austrian woman', 'a Spanish
journalist', 'une ressortissante autrichienne', 'une humanitaire italienne' are Civilians of their own country."""

import pytest

from tests.conftest import event_parties


@pytest.mark.parametrize("text, language, civilians", [
    ("Unidentified assailants abducted an Austrian woman in Agadez on Monday.", "en", "Civilians (Austria)"),
    ("Gunmen kidnapped a Spanish journalist near Menaka on Tuesday.", "en", "Civilians (Spain)"),
    ("Des jihadistes ont enlevé une ressortissante autrichienne à Agadez lundi.", "fr", "Civilians (Austria)"),
    ("Des hommes armés ont enlevé une humanitaire italienne près de Gao mardi.", "fr", "Civilians (Italy)"),
])
def test_foreign_civilians_by_nationality(text, language, civilians):
    _, parties = event_parties(text, language)
    assert parties.get(civilians) == "B", parties
