"""'An attack by X on an army post', 'une attaque de X contre une position de l'armée': the attack names its
attacker between the noun and its military target and is still an attack on the military (an event even without
a toll word), X on side A. Short reports written for these tests."""

import pytest
from conftest import extracted


@pytest.mark.parametrize("text,language,sides", [
    ("Une attaque de Boko Haram contre une position de l'armée près de Bol, au Tchad, a fait une dizaine de "
     "victimes parmi les soldats.", "fr", {"Boko Haram (JAS)": "A", "Military Forces of Chad": "B"}),
    ("An attack by suspected jihadists on an army post near Tillia, Niger, was reported on Tuesday, the defence "
     "ministry said.", "en", {"Unidentified Armed Group (Niger)": "A", "Military Forces of Niger": "B"}),
    ("Une attaque du JNIM contre le camp militaire de Boulkessi, au Mali, a fait de nombreuses victimes dimanche.",
     "fr", {"JNIM: Group for Support of Islam and Muslims": "A"}),
])
def test_an_attack_by_x_on_a_military_target_is_a_battle(text, language, sides):
    out = extracted(text, language)
    assert out.events, "no event"
    e = out.events[0]
    found = {x.name: x.side for x in e.actors}
    assert e.event_type == "Battles" and {k: found.get(k) for k in sides} == sides


def test_a_drone_attack_on_a_position_stays_a_drone_strike():
    out = extracted("Une attaque de drones contre une position de l'armée près de Bol, au Tchad, a tué quatre "
                    "soldats jeudi.", "fr")
    assert out.events[0].sub_event_type == "Air/drone strike"
