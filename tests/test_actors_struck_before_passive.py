"""A passive event sentence that names no party ('It was first hit by landmines at Tadjereret', 'Il a été ciblé par
des mines') strikes the parties named just before: they are its targets, and its unnamed author is an unidentified
armed group, not the first of them."""

import pytest

from tests.conftest import event_parties


@pytest.mark.parametrize("text, language", [
    ("The Malian army and Africa Corps convoy had about thirty vehicles. It was first hit by landmines on Thursday "
     "at Tadjereret.", "en"),
    ("A Malian army supply column left Gao on Monday. It was struck by a roadside bomb near Tadjereret on Tuesday.",
     "en"),
    ("Le convoi logistique de l'armée malienne et de l'Africa Corps russe comptait une trentaine de véhicules. Il a "
     "d'abord été ciblé jeudi par des mines artisanales, à Tadjereret.", "fr"),
    ("Une colonne de l'armée malienne a quitté Gao lundi. Elle a été visée par des engins explosifs près de "
     "Tadjereret mardi.", "fr"),
])
def test_parties_named_before_a_passive_strike_are_its_targets(text, language):
    _, parties = event_parties(text, language)
    assert parties.get("Military Forces of Mali (FAMa)") == "B", parties
    assert parties.get("Unidentified Armed Group (Mali)") == "A", parties
