"""English own losses told in the first person (issue 13): '10 dead on our side', '10 deaths in our ranks', 'our
men suffered 10 dead' are the speaker's own, as 'on its side' and 'in their ranks' are. Short reports written for
these tests."""

import pytest
from conftest import victims_of

LEAD = "BAMAKO, Mali — Jihadists attacked a military post in Boulkessi on Sunday.\n\n"


@pytest.mark.parametrize("text", [
    LEAD + '"We have 10 dead on our side," the army said.',
    LEAD + '"There were 10 deaths in our ranks," the army said.',
    LEAD + '"Our men suffered 10 dead and 4 wounded," an army spokesman said.',
    LEAD + '"Our soldiers counted 10 dead after the fighting," the army said in a statement.',
])
def test_our_side_is_the_speaker_s(text):
    assert victims_of(text, 10) == "Military Forces of Mali (FAMa)"
