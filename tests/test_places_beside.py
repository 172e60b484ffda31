"""A settlement and the known town beside it (issue 14). "bombed X, on Y island", "stormed X, in Y": a name the
gazetteer lacks right after 'in' or an attack verb, then the known town of the report's country where it lies —
the event is at X, placed near Y (places.json ``settlement_beside_town``). "180 km east of Y, in X": a distance
closed by a comma locates Y's side of the sentence, not X, which is the place itself (``settlement_before``)."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize("text,village,admin1", [
    ("A spokesman for the rebels said an army jet bombed Sin Tet Maw, on Ramree island, on Tuesday, setting "
     "hundreds of homes ablaze and killing 30 people.", "Sin Tet Maw", "Rakhine"),
    ("Armed bandits stormed Kwari Maje, in Tsafe, late on Sunday, killing 16 villagers, a resident said.",
     "Kwari Maje", "Zamfara"),
    ("Soldiers torched Ma Gyi Pin, in Myinmu, on Saturday and shot dead four elderly residents, a local "
     "resistance group said.", "Ma Gyi Pin", "Sagaing"),
    ("Myanmar's air force bombed Kan Thar Yar on Ramree island on Friday, killing 12 villagers.", "Kan Thar Yar",
     "Rakhine"),
])
def test_a_settlement_named_before_the_known_town_it_lies_in_is_the_place(text, village, admin1):
    place = event_place(text)
    assert (place.location, place.admin1, place.geo_precision) == (village, admin1, 2)


@pytest.mark.parametrize("text,town", [
    ("Israeli strikes hit the Al-Awda Hospital, in Jabalia, on Saturday, killing four people, medics said.",
     "Jabalia"),
    ("Gunmen killed six people in Tsafe, in Zamfara State, on Sunday, police said.", "Tsafe"),
])
def test_a_building_or_a_known_town_before_a_town_is_not_a_settlement(text, town):
    from fogline.evaluate import _same_place

    assert _same_place(event_place(text).location, town)


@pytest.mark.parametrize("text,place", [
    ("About 180 km east of El Fasher, in Um Kadada, paramilitary fighters killed 20 villagers on Sunday, "
     "activists said.", "Um Kadada"),
    ("Some 60 km south of El Obeid, in Hamrat al-Sheikh, drone strikes killed eight people on Monday.",
     "Hamrat al-Sheikh"),
    ("Roughly 150 km (90 miles) west of el-Fasher, in Kafut Dabi, fighters of the RSF killed 14 farmers on "
     "Sunday, activists said.", "Kafut Dabi"),
])
def test_a_distance_closed_by_a_comma_leaves_the_next_name_the_place_itself(text, place):
    from fogline.evaluate import _same_place

    found = event_place(text)
    assert _same_place(found.location, place), found.location
