"""A town on the way is not the event's town (issue 14): "soldiers on their way to Mopti were ambushed at X", "a
convoy heading to Gao hit a mine at X", "troops on their way back from Djibo were ambushed at X" — the town a
journey went to or came from (places.json ``journey_before``) is 'near' at most and does not bar the village the
gazetteer lacks, named right at the event's word, from being the place (placing ``_journey``)."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize("text,village,admin1", [
    ("Malian soldiers on their way to Mopti were ambushed at Kouakourou on Monday, killing six of them, the army "
     "said.", "Kouakourou", "Mopti"),
    ("A Nigerian army convoy heading to Monguno was attacked at Kanamma Ngala on Saturday, killing four soldiers, "
     "military sources said.", "Kanamma Ngala", "Borno"),
    ("A bus travelling from Mandera to Elwak was attacked at Dabacity on Tuesday, killing ten passengers, Kenyan "
     "police said.", "Dabacity", "Mandera"),
    ("Burkinabe troops on their way back from Djibo were ambushed at Gaskinde Peulh on Friday, losing 11 men, "
     "security sources said.", "Gaskinde Peulh", "Sahel"),
])
def test_a_village_named_at_the_event_word_beats_a_town_on_the_way(text, village, admin1):
    from fogline.evaluate import _same_place

    place = event_place(text)
    assert place.location == village and _same_place(place.admin1, admin1), place


def test_a_known_town_on_the_way_is_still_near_when_nothing_finer_is_named():
    place = event_place("Soldiers heading to Mopti were ambushed on Monday, killing six, Mali's army said.")
    assert (place.location, place.geo_precision) == ("Mopti", 2)
