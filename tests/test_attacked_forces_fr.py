"""'Des jihadistes ont attaqué des VDP', 'des volontaires pour la défense de la patrie': the attack's object is its
target (side B) and the attackers side A, as for 'ont attaqué des soldats', even when the toll is told in another
sentence. Short reports written for these tests."""

import pytest
from conftest import event_parties

CASES = [
    ("Des jihadistes ont attaqué des volontaires pour la défense de la patrie à Gorom, au Burkina Faso, lundi. Quinze "
     "volontaires ont été tués.", "VDP: Volunteers for the Defense of the Homeland"),
    ("Des jihadistes ont attaqué des VDP à Gorom, au Burkina Faso, lundi. Quinze VDP ont été tués.",
     "VDP: Volunteers for the Defense of the Homeland"),
    ("Des jihadistes ont attaqué lundi des VDP à Titao, au Burkina Faso. Le bilan est de cinq morts.",
     "VDP: Volunteers for the Defense of the Homeland"),
    ("Des hommes armés ont attaqué des volontaires pour la défense de la patrie près de Kaya, au Burkina Faso, jeudi. "
     "Sept volontaires ont péri.", "VDP: Volunteers for the Defense of the Homeland"),
]


@pytest.mark.parametrize("text,target", CASES)
def test_the_forces_attacked_are_side_b(text, target):
    _, sides = event_parties(text, "fr")
    assert sides.get(target) == "B" and "A" in sides.values(), sides
