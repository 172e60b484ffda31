"""French figures the claims reader misread or missed (issue 13): 'pas moins d'une vingtaine' is at least 20 (not
'moins d'une vingtaine', at most 20: the figure had no low and counted for nothing); 'passés par les armes',
'liquidés', 'fauchés par les balles' are killings. Short reports written for these tests."""

import pytest
from conftest import claim_rows, extracted

KASSA = "Des jihadistes ont attaqué le village de Kassa, dans le nord du Burkina Faso, samedi. "


@pytest.mark.parametrize("text,what,low", [
    (KASSA + "Pas moins d'une vingtaine de civils ont été tués.", "killed", 20),
    (KASSA + "Pas moins d'une centaine de personnes ont fui vers Djibo.", "displaced", 100),
    (KASSA + "L'attaque a fait pas moins d'une trentaine de morts, selon des habitants.", "killed", 30),
])
def test_pas_moins_d_une_is_a_lower_bound(text, what, low):
    claims = [(c.what, c.low, c.high) for e in extracted(text, "fr").events for c in e.claims]
    assert (what, low, None) in claims, claims


def test_moins_d_une_stays_an_upper_bound():
    text = KASSA + "Moins d'une vingtaine de civils ont été tués."
    claims = [(c.what, c.low, c.high) for e in extracted(text, "fr").events for c in e.claims]
    assert ("killed", None, 20) in claims, claims


@pytest.mark.parametrize("text,low", [
    (KASSA + "Neuf civils ont été passés par les armes, selon des habitants.", 9),
    (KASSA + "L'armée dit avoir liquidé une vingtaine de terroristes lors de la riposte.", 20),
    (KASSA + "Selon un rescapé, sept villageois ont été fauchés par les balles des assaillants.", 7),
])
def test_more_french_ways_of_killing(text, low):
    assert ("killed", low) in [c[:2] for c in claim_rows(text, "fr")], claim_rows(text, "fr")
