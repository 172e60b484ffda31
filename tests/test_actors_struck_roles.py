"""'killed a commander of Hamas': a role an event word strikes names its group as the target, a party of the
event; 'X, a member of the FLA, said' still names no party."""

import pytest

from tests.conftest import event_parties


@pytest.mark.parametrize("text, language, group", [
    ("An Israeli drone killed a commander of Hamas in Gaza City on Tuesday.", "en", "Hamas"),
    ("Un drone israélien a tué un commandant du Hezbollah à Nabatiyé mardi.", "fr", "Hezbollah"),
    ("Une frappe israélienne a tué un cadre du Hamas à Rafah dans la nuit de lundi.", "fr", "Hamas"),
    ("Une frappe israélienne a tué un chef militaire du Jihad islamique à Khan Younès mercredi.", "fr",
     "PIJ: Palestinian Islamic Jihad"),
])
def test_the_group_of_a_struck_role_is_the_target(text, language, group):
    _, parties = event_parties(text, language)
    assert parties.get(group) == "B", parties
