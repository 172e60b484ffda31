"""Who says the figure of 'X said that while the army put the toll at 12, at least 31 were killed' (issue 13): the
'while' clause after 'that' is the army's, the main clause X's; and reporting verbs wire copy uses for a witness's
account ('warned', 'recounted', 'described', 'spoke of'). Short reports written for these tests."""

import pytest
from conftest import claimant_of

LEAD = "GOMA, Congo (AP) — Rebels attacked the village of Kiwanja in eastern Congo on Saturday.\n\n"



@pytest.mark.parametrize("text,claimant", [
    (LEAD + "Civil society leader John Banyene said that while the army put the toll at 12, at least 31 civilians "
            "were killed.", "local sources"),
    (LEAD + "A local official told AFP that although the army claimed 12 deaths, 31 bodies had been found.",
     "local sources"),
    (LEAD + "Residents said that while the military spoke of a dozen dead, at least 31 people were killed.",
     "residents"),
])
def test_a_concession_after_that_is_not_the_main_clauses_speaker(text, claimant):
    assert claimant_of(text, 31) == claimant


@pytest.mark.parametrize("text", [
    LEAD + "Civil society leader John Banyene warned that 31 civilians were killed.",
    LEAD + "Civil society leader John Banyene recounted how 31 civilians were killed.",
    LEAD + "Civil society leader John Banyene described seeing 31 bodies.",
    LEAD + "Civil society leader John Banyene spoke of 31 dead.",
])
def test_more_reporting_verbs(text):
    assert claimant_of(text, 31) == "local sources"
