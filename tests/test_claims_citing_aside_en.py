"""Who says 'X, citing witnesses, said N …' (issue 13): X speaks; the witnesses are its sources (the guide names
the first of two sources). Short reports written for these tests."""

import pytest
from conftest import claimant_of

LEAD = "BAMAKO, Mali (AP) — The army said on Monday it had killed 30 terrorists in an operation near Moura.\n\n"



@pytest.mark.parametrize("text,claimant", [
    (LEAD + "Human Rights Watch, citing witnesses, said soldiers killed 20 civilians.", "Human Rights Watch"),
    (LEAD + "The United Nations, citing local sources, reported that 20 civilians were killed.", "United Nations"),
    (LEAD + "Amnesty International, quoting survivors, said 20 villagers were executed.", "Amnesty International"),
])
def test_the_subject_citing_a_source_speaks(text, claimant):
    assert claimant_of(text, 20) == claimant


def test_citing_at_the_end_still_names_the_source():
    """'Local media reported 20 deaths, citing residents': no subject's verb after the aside; unchanged."""
    assert claimant_of(LEAD + "Local media reported 20 deaths, citing residents.", 20) == "residents"
