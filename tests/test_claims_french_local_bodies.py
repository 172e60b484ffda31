"""Health facilities, local crisis committees and community radios that give a toll are local sources, not the
outlet's own voice ('selon le centre de santé de X'). Short reports written for these tests."""

import pytest
from conftest import claim_rows

SEGUE = "Des hommes armés ont attaqué le village de Ségué, près de Bankass, au Mali, jeudi. "


@pytest.mark.parametrize("text", [
    SEGUE + "Douze civils ont été tués, selon le Centre hospitalier régional de Mopti.",
    SEGUE + "Le centre de santé de Ségué a dit avoir reçu neuf blessés.",
    SEGUE + "Douze civils ont été tués, a indiqué le Comité local de crise.",
    SEGUE + "Selon la radio communautaire de Bankass, quatorze civils ont été tués.",
    SEGUE + "Onze civils ont été tués, selon une clinique de Bankass.",
])
def test_local_bodies_are_local_sources(text):
    got = claim_rows(text, "fr")
    assert got and got[0][3] == "local sources", got
