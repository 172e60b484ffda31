"""Whose dead a pro-government militia's 'terrorists' are (issue 13): the militia fights beside the army, so its
enemy is never the country's own forces, even when the event names no other group. Short reports written for these
tests."""

import pytest
from conftest import victims_of as of_


@pytest.mark.parametrize("text,low", [
    ("ABUJA, Nigeria (AP) — Jihadi fighters attacked a military base in Borno state on Sunday.\n\nThe Civilian Joint "
     "Task Force said 40 terrorists were killed.", 40),
    ("OUAGADOUGOU, Burkina Faso (AFP) - The VDP said on Monday they had killed 25 jihadists in an ambush near "
     "Djibo.", 25),
    ("OUAGADOUGOU, Burkina Faso (AFP) - Homeland defence volunteers repelled an attack on Titao on Sunday. The VDP "
     "said 31 assailants were neutralised.", 31),
    ("OUAGADOUGOU, Burkina Faso (AFP) - The Volunteers for the Defence of the Homeland said on Monday they had "
     "killed 25 terrorists in an ambush near Djibo.", 25),
])
def test_a_pro_government_militias_enemy_is_not_the_army(text, low):
    assert not of_(text, low).startswith("Military Forces")
