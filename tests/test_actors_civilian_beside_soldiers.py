"""'Killed three soldiers and a civilian': the one civilian joined to a counted group is a figure of one, and
the civilians a party of the event beside the soldiers (not only the soldiers hit)."""

import pytest

from tests.conftest import claim_rows, event_parties


@pytest.mark.parametrize("text, language, civilians", [
    ("Gunmen killed three soldiers and a civilian in an ambush near Mopti on Monday, the army said.", "en",
     "Civilians (Mali)"),
    ("Militants killed 4 policemen and a civilian in an attack on a checkpoint in Bannu district on Tuesday.",
     "en", "Civilians (Pakistan)"),
    ("Des hommes armés ont tué trois soldats et un civil dans une embuscade près de Mopti lundi.", "fr",
     "Civilians (Mali)"),
    ("Des jihadistes ont tué deux gendarmes et un commerçant près de Kantchari mardi.", "fr",
     "Civilians (Burkina Faso)"),
])
def test_one_civilian_joined_to_counted_soldiers_is_a_party(text, language, civilians):
    _, parties = event_parties(text, language)
    assert parties.get(civilians) == "B", parties
    assert ("killed", 1) in {(r[0], r[1]) for r in claim_rows(text, language) if r[2] == civilians}
