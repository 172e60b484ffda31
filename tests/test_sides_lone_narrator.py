"""A strike or an attack on civilians whose only target named is the state force that tells it, in a reporting clause
after the event ("…, the Israeli army said", "…, police said", "…, a police spokesman told reporters"), has that
force as its source, not its target. A force whose losses are counted, or named as what was hit, stays a party."""

import pytest

from tests.conftest import event_parties


@pytest.mark.parametrize("text, force", [
    ("Hamas militants fired rockets at Ashkelon on Thursday, the Israeli army said.", "Military Forces of Israel"),
    ("Gunmen attacked a market in Zamfara State on Tuesday, police said.", "Police Forces of Nigeria"),
    ("Gunmen attacked a market in Zamfara State on Tuesday, a police spokesman told reporters.",
     "Police Forces of Nigeria"),
    ("Militants fired mortar shells into a market in Mogadishu on Thursday, the Somali army said.",
     "Military Forces of Somalia"),
])
def test_the_force_that_only_tells_a_strike_is_no_target(text, force):
    _, parties = event_parties(text)
    assert force not in parties, parties


@pytest.mark.parametrize("text, force", [
    ("Gunmen killed five soldiers near Bannu on Thursday, the army said.", "Military Forces of Pakistan"),
    ("Militants fired rockets at an army base near Bannu on Thursday, killing two soldiers, the army said.",
     "Military Forces of Pakistan"),
    ("Gunmen attacked a police station in Zamfara State on Tuesday, killing two officers, police said.",
     "Police Forces of Nigeria"),
])
def test_the_force_whose_losses_are_counted_stays_a_party(text, force):
    _, parties = event_parties(text)
    assert parties.get(force) == "B", parties
