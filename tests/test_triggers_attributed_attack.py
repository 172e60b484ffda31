"""'Une attaque attribuée au groupe armé 3R contre leur position', 'imputée aux jihadistes', 'perpétrée par des hommes
armés contre un convoi': an attack on a military target whose author is named between the noun and 'contre' is a
battle (triggers.json, French armed clash), not an attack on civilians. Texts written for these tests."""

import pytest
from conftest import doc, validate

from fogline.extract import extract


@pytest.mark.parametrize("text", [
    'Une attaque imputée aux jihadistes du JNIM contre le camp militaire de Tessit a fait dix morts '
    'dimanche.',
    'Une attaque attribuée à des rebelles contre une patrouille a fait trois morts dimanche près de '
    'Bocaranga.',
    'Dimanche, une attaque imputée à des hommes armés contre un poste de contrôle a fait quatre morts à '
    "l'entrée de Kaya.",
    'Une attaque perpétrée par des hommes armés contre un convoi près de Djibo a fait cinq morts '
    'dimanche.',
    "L'assaut attribué aux terroristes contre la caserne de Dori a fait sept morts dimanche, selon des "
    'habitants.',
])
def test_an_attributed_attack_on_a_military_target_is_a_battle(text):
    ex = extract(doc(text, published="2025-05-27", language="fr")).to_dict()
    validate(ex, text)
    assert [(e["event_type"], e["sub_event_type"]) for e in ex["events"]] == [("Battles", "Armed clash")]
