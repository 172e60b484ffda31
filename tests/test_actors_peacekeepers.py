"""Peacekeepers named by a common noun ("UN peacekeepers", "peacekeeping troops", "blue helmets") are the force of
the UN or AU mission in the report's country (its local aliases in actors.json): a party, not the UN as a
speaker, nor the host state's army."""

from datetime import date

import pytest

from tests.conftest import extracted

MINUSMA = "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali"
MONUSCO = "MONUSCO: United Nations Organization Stabilization Mission in the Democratic Republic of Congo"
MINUSCA = "MINUSCA: United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic"


@pytest.mark.parametrize("text, mission, published", [
    ("Gunmen attacked UN peacekeepers near Kidal on Monday, killing two of them.", MINUSMA, "2019-03-14"),
    ("Militants ambushed a convoy of peacekeeping troops near Beni in eastern Congo on Tuesday, killing three.",
     MONUSCO, "2025-03-14"),
    ("Two blue helmets were wounded when armed men opened fire on their patrol in Bangui on Sunday.", MINUSCA,
     "2025-03-14"),
])
def test_a_peacekeepers_noun_is_the_mission_of_the_country(text, mission, published):
    events = extracted(text, "en", date.fromisoformat(published)).events
    assert events, "no event"
    parties = {a.name: a.side for a in events[0].actors}
    assert parties.get(mission) == "B", parties
    assert not any(p.startswith("Military Forces of") for p in parties), parties
