"""Suicide bombers who die are the attackers' dead, not civilians: 'Les deux kamikazes ont péri', 'La kamikaze a péri
dans l'explosion' count the unnamed armed group's losses (``kamikazes?`` is an enemy noun; 'le/la kamikaze' a definite
single). Short reports written for these tests."""

import pytest
from conftest import claim_rows

CASES = [
    ("Un attentat a frappé le marché de Mora, au Cameroun, lundi. Les deux kamikazes ont péri ainsi que cinq civils.",
     2),
    ("Un attentat-suicide a tué quatre civils au marché de Mora, au Cameroun, lundi. La kamikaze a péri dans "
     "l'explosion.", 1),
    ("Un kamikaze a attaqué le marché de Gwoza, au Nigeria, lundi, tuant quatre civils. Le kamikaze a également été "
     "tué.", 1),
    ("Trois kamikazes ont été tués par les gardes avant d'atteindre le camp de déplacés de Dikwa, au Nigeria, mardi.",
     3),
]


@pytest.mark.parametrize("text,n", CASES)
def test_dead_suicide_bombers_are_the_attackers(text, n):
    rows = [c for c in claim_rows(text, "fr") if c[0] == "killed" and c[1] == n]
    assert rows and all(c[2].startswith("Unidentified Armed Group") for c in rows), claim_rows(text, "fr")
