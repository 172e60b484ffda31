"""Whose men 'its' counts when the speaker is who killed them (issue 13): 'JNIM said it attacked an army base and
killed 31 of its men': no one kills its own, so the other party's (the one named last before the figure, else the
killer's opponent); 'acknowledged the deaths of three of its members' stays the speaker's own. Short reports
written for these tests."""

import pytest
from conftest import victims_of as of_


@pytest.mark.parametrize("text,low,of", [
    ("BAMAKO, Mali (AP) — Jihadists attacked an army post near Boni on Saturday. The jihadists said in a statement "
     "that they had overrun the post and killed 20 of its soldiers.", 20, "Military Forces of Mali (FAMa)"),
    ("OUAGADOUGOU (AFP) - JNIM said it attacked an army base in Djibo on Sunday and killed 31 of its men.", 31,
     "Military Forces of Burkina Faso"),
    ("CAIRO (AP) — The RSF said it had repelled an attack by the army and killed 120 of its soldiers.", 120,
     "Military Forces of Sudan (SAF)"),
])
def test_the_killer_speaks_of_the_others_men(text, low, of):
    assert of_(text, low) == of


@pytest.mark.parametrize("text,low,of", [
    ("BAMAKO (AP) — The army said its troops had lost 12 of their men in an ambush near Boni.", 12,
     "Military Forces of Mali (FAMa)"),
    ("KIDAL, Mali (Reuters) - The FLA said its fighters had ambushed an army convoy and acknowledged the deaths of "
     "three of its members.", 3, "Azawad Liberation Front (FLA)"),
])
def test_own_losses_stay_own(text, low, of):
    assert of_(text, low) == of
