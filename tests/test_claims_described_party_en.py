"""English figures told by a party or speaker whom a clause describes with its history (issue 13): 'The junta,
which seized power in 2020, said 20 soldiers were killed' is news; the clause's year or 'has long' dates the
party, not the figure. A clause holding the figure itself stays history. Short reports written for these tests."""

import pytest
from conftest import claim_rows

LEAD = "BAMAKO, Mali — Jihadists attacked a military post in Boulkessi on Sunday.\n\n"


@pytest.mark.parametrize("text", [
    LEAD + "The junta, which seized power in 2020, said in a statement that 20 soldiers were killed.",
    LEAD + "The government, which has long struggled to contain the insurgency, said 20 soldiers were killed.",
    LEAD + "JNIM, which has waged an insurgency since 2012, said it killed 20 soldiers.",
    LEAD + "At least 20 soldiers were killed, said a resident who has lived in the town for decades.",
])
def test_history_of_the_speaker_dates_no_figure(text):
    assert 20 in [r[1] for r in claim_rows(text) if r[0] == "killed"], claim_rows(text)


def test_figure_inside_the_clause_stays_history():
    text = LEAD + "JNIM, which killed 50 soldiers in an attack on Boulkessi in 2022, said it had carried out the raid."
    assert 50 not in [r[1] for r in claim_rows(text)], claim_rows(text)
