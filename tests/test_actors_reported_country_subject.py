"""A country that strikes, told in reported speech ('the air force said Russia launched 120 drones', 'a indiqué
que la Russie a lancé'), is its forces, as when the sentence opens with it."""

import pytest

from tests.conftest import event_parties


@pytest.mark.parametrize("text, language", [
    ("The Ukrainian air force said Russia launched 120 drones and missiles at Ukraine overnight, killing two "
     "people in Kyiv.", "en"),
    ("The mayor said Russia struck Kharkiv with glide bombs on Monday, killing three people.", "en"),
    ("Officials told reporters that Russia attacked Odesa with drones overnight, wounding five people.", "en"),
    ("L'armée de l'air ukrainienne a indiqué que la Russie a lancé 120 drones sur Kiev dans la nuit, tuant deux "
     "personnes.", "fr"),
    ("Le maire a affirmé qu'Israël a frappé un immeuble de Beyrouth lundi, tuant quatre personnes.", "fr"),
])
def test_a_country_striking_in_reported_speech_is_its_forces(text, language):
    _, parties = event_parties(text, language)
    assert any(p.startswith("Military Forces of") and s == "A" for p, s in parties.items()), parties
    assert not any(p.startswith("Unidentified Armed Group") for p in parties), parties
