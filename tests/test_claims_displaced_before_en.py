"""English counts of people who fled before the event (issue 13): a place that hosts people 'who fled earlier
attacks', families 'displaced by earlier fighting' are a standing population, no one the reported attack
displaced; 'fled to Segou after the attack' stays. Short reports written for these tests."""

import pytest
from conftest import claim_rows

LEAD = "BAMAKO, Mali — Jihadists attacked the village of Dioura on Sunday, killing 12 civilians, local sources said. "


@pytest.mark.parametrize("text", [
    LEAD + "The region hosts many people who fled earlier attacks, a local official said.",
    LEAD + "Dioura is home to 3,000 people who had fled attacks elsewhere in the region, the mayor said.",
    LEAD + "Dozens of families displaced by earlier fighting had settled in the village, a local official said.",
])
def test_those_who_fled_before_are_no_toll(text):
    assert [r for r in claim_rows(text) if r[0] == "displaced"] == [], claim_rows(text)


def test_those_who_fled_the_attack_stay():
    text = LEAD + "Some 400 residents fled to Segou after the attack, a local official said."
    assert ("displaced", 400) in [(r[0], r[1]) for r in claim_rows(text)]
