"""'Jihadis', the shorter English word for jihadists (issue 13): an armed group's descriptor, whose dead are the
group's and whose statement is the group's, not the army's that spoke before. Short reports written for these
tests."""

import pytest
from conftest import claim_rows as claims


def row(text, low):
    found = [c for c in claims(text) if c[1] == low]
    assert found, claims(text)
    return found[0]


@pytest.mark.parametrize("text,low", [
    ("BAMAKO, Mali (Reuters) - Malian soldiers killed 23 jihadis in an operation near Boni on Tuesday, the army "
     "said.", 23),
    ("MAIDUGURI, Nigeria (AP) — Nigerian troops killed 40 jihadis near Bama in Borno state on Friday, the army "
     "said, adding that two soldiers were wounded.", 40),
    ("NIAMEY, Niger (AFP) - The army said on Sunday that its aircraft had struck a convoy near Tillaberi, leaving "
     "17 jihadis dead.", 17),
])
def test_dead_jihadis_are_the_armed_groups(text, low):
    assert row(text, low)[2].startswith("Unidentified Armed Group")


@pytest.mark.parametrize("text", [
    "OUAGADOUGOU, Burkina Faso (AP) — Jihadis attacked an army base in Djibo on Sunday, killing 15 soldiers, the "
    "army said in a statement.\n\nIn a video posted on social media, the jihadis said they had killed 40 soldiers.",
    "OUAGADOUGOU, Burkina Faso (AP) — Jihadis attacked an army base in Djibo on Sunday, killing 15 soldiers, the "
    "army said in a statement.\n\nThe jihadis later claimed that 40 soldiers had died.",
    "OUAGADOUGOU, Burkina Faso (AP) — Jihadis attacked an army base in Djibo on Sunday, killing 15 soldiers, the "
    "army said in a statement.\n\nAccording to the jihadis, 40 soldiers were killed.",
])
def test_the_jihadis_speak_for_the_group(text):
    assert row(text, 40)[3] == "Unidentified Armed Group (Burkina Faso)"
