"""A governor, prefect or mayor speaks as a local official (the guide's 'local sources'), also when a military rank
stands beside the office ('Tillaberi Governor Gen. X'): not the army (issue 13). Short reports written for these
tests."""

import pytest
from conftest import claimant_of

LEAD = ("NIAMEY, Niger (AP) — Niger's army said on Tuesday that its troops had killed 21 militants in the Tillaberi "
        "region.\n\n")



@pytest.mark.parametrize("text", [
    LEAD + "Tillaberi Governor Gen. Maina Boukar said 30 civilians were killed.",
    LEAD + "The governor of Tillaberi, Col. Maina Boukar, said 30 civilians were killed.",
    LEAD + "At least 30 civilians died, regional governor Col. Maina Boukar told state television.",
    LEAD + "Lt. Col. Issa Garba, the prefect of Tera, said 30 villagers were killed in the raid.",
])
def test_a_governor_with_a_rank_is_a_local_official(text):
    assert claimant_of(text, 30) == "local sources"
