"""Whose spokesman '…, a spokesman said' is (issue 13): a spokesman with no owner named speaks for the named party
or body that opens the sentence, not for nobody (the outlet). Short reports written for these tests."""

import pytest
from conftest import claimant_of

LEAD = "GOMA, Congo (AP) — Rebels attacked the village of Kiwanja in eastern Congo on Saturday.\n\n"



@pytest.mark.parametrize("text,claimant", [
    (LEAD + "Doctors Without Borders treated 31 wounded people at its hospital in Rutshuru, a spokeswoman said.",
     "Doctors Without Borders"),
    (LEAD + "The U.N. mission evacuated 31 wounded civilians, a spokesperson told reporters.", "United Nations"),
    (LEAD + "Congolese troops killed 31 rebels in a counter-attack, a spokesman said.",
     "Military Forces of the Democratic Republic of Congo (FARDC)"),
])
def test_a_bare_spokesman_speaks_for_the_subject(text, claimant):
    assert claimant_of(text, 31) == claimant


def test_a_spokesman_of_nobody_named_stays_unnamed():
    """'Gunmen … , a spokesman said': an unnamed descriptor opens the sentence; no party is made up."""
    text = LEAD + "Gunmen killed 31 villagers in the raid, a spokesman said."
    assert not claimant_of(text, 31).startswith("Unidentified")
