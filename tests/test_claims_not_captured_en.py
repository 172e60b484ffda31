"""English figures that are no people captured in the event (issue 13): weapons taken, prisoners freed or
swapped, towns and outposts taken, and surrenders or arrests counted over a month or a year. Short reports
written for these tests."""

import pytest
from conftest import claim_rows

LEAD = ("MAIDUGURI, Nigeria (AP) — Gunmen attacked the village of Kukawa in Borno state on Sunday, "
        "killing 12 villagers.\n\n")


def _captured(text: str) -> list[tuple]:
    return [r for r in claim_rows(text) if r[0] == "captured"]


@pytest.mark.parametrize("text", [
    LEAD + "The army said its troops captured 14 weapons, including two machine guns.",
    LEAD + "Soldiers captured 20 AK-47 rifles and three motorcycles during the pursuit, the military said.",
    LEAD + "The army said soldiers captured 30 guns from the attackers.",
    LEAD + "Troops captured 14 firearms and a pickup, the army said.",
])
def test_weapons_are_no_captives(text):
    assert _captured(text) == [], claim_rows(text)


@pytest.mark.parametrize("text", [
    "MAIDUGURI, Nigeria — Gunmen stormed the prison in Kukawa in Borno state on Sunday, killing 12 guards and "
    "freeing 50 prisoners, the army said.",
    LEAD + "The insurgents demanded the release of 40 prisoners held by the army, the governor said.",
    LEAD + "The group has demanded swapping 40 prisoners for the hostages, the army said.",
    LEAD + "The attackers also stormed a police station, releasing 25 prisoners, police said.",
])
def test_freed_prisoners_are_no_captives(text):
    assert _captured(text) == [], claim_rows(text)


@pytest.mark.parametrize("text", [
    LEAD + "The army said it had captured two towns from the insurgents.",
    LEAD + "Troops later captured three outposts of the group, the military said.",
    LEAD + "The army said soldiers had captured 4 strongholds in the forest.",
])
def test_places_taken_are_no_captives(text):
    assert _captured(text) == [], claim_rows(text)


@pytest.mark.parametrize("text", [
    LEAD + "Some 90 insurgents have surrendered to the military this month, the army said.",
    LEAD + "The army said it had captured 45 insurgents across the state this month.",
    LEAD + "Police said 70 suspects were arrested in the state this month.",
])
def test_counts_over_a_month_are_no_captives(text):
    assert _captured(text) == [], claim_rows(text)


def test_captives_of_the_fight_stay():
    text = LEAD + "Troops pursued the attackers and arrested 6 of them, the army said."
    assert [r[1] for r in _captured(text)] == [6]
