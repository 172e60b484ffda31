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
    ("Israeli strikes hit Kamal Adwan Hospital, in Beit Lahiya, on Friday, killing four people, medics said.",
     "Beit Lahiya"),
    ("Gunmen attacked St Francis Church, in Owo, on Sunday, killing dozens of worshippers in Nigeria.", "Owo"),
    ("Gunmen stormed Government Secondary School, in Kankara, on Friday, abducting 300 boys in Nigeria.",
     "Kankara"),
    ("Militants attacked Forward Operating Base Lima, in Gao, killing two Malian soldiers.", "Gao"),
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


@pytest.mark.parametrize("text,town", [
    ("Paramilitary drones struck a market in North Darfur on Sunday, killing at least 40 people, the UN said.\n\n"
     "The strike hit the main market in the town of Tawila, where hundreds of thousands of people displaced from "
     "El Fasher have sought refuge, OCHA said.", "Tawila"),
    ("Israeli air strikes killed 25 people in the Gaza Strip overnight, medics said.\n\nThe raid targeted a school "
     "in Jabalia, where tens of thousands of displaced Palestinians have been sheltering, they said.", "Jabalia"),
    ("Gunmen killed 14 people in an attack in Burkina Faso's Centre-Nord region on Saturday, sources said.\n\nThe "
     "assailants attacked the town of Barsalogho, which hosts thousands of people displaced by the violence, a "
     "resident said.", "Barsalogho"),
])
def test_the_events_town_told_beside_a_count_of_the_wars_displaced_is_the_place(text, town):
    """A sentence whose figures count the whole war in a clause of their own still tells the event's news in
    its other clause (boundaries.py ``_news_beside``): its town is the place."""
    from fogline.evaluate import _same_place

    found = event_place(text)
    assert _same_place(found.location, town), found.location


def test_a_count_of_the_war_in_the_clause_of_its_own_words_stays_background():
    from conftest import extracted

    text = ("Gunmen killed 14 people in Kaya on Saturday, sources said.\n\nThe fighting has displaced hundreds of "
            "thousands of people across the Centre-Nord region, the UN said.")
    result = extracted(text)
    assert [e.place.location for e in result.events] == ["Kaya"]
    assert any("hundreds of thousands" in b.evidence.text for b in result.background)


@pytest.mark.parametrize("text,village", [
    ("Myanmar's air force bombed Sin Tet Maw, on Kyun Thar Yar island, on Tuesday, killing 30 villagers.",
     "Sin Tet Maw"),
    ("Somali militants raided Kudha Dheer on Ras Kamboni island on Sunday, killing four fishermen, Kenyan police "
     "said.", "Kudha Dheer"),
    ("Gunmen from Nigeria attacked Bwaji Kalla, on Koza Tumbu island in Lake Chad, on Friday, killing six "
     "fishermen.", "Bwaji Kalla"),
])
def test_a_settlement_on_an_island_no_list_knows_is_the_place(text, village):
    assert event_place(text).location == village


@pytest.mark.parametrize("text,village,admin1", [
    ("Bandits killed 16 people in Kwari Maje in Tsafe on Sunday, Nigerian police said.", "Kwari Maje", "Zamfara"),
    ("Soldiers torched Ma Gyi Pin in Myinmu on Sunday, killing four villagers, Myanmar residents said.",
     "Ma Gyi Pin", "Sagaing"),
    ("Militants killed six people in Garin Dogo in Maiduguri on Friday, Nigerian police said.", "Garin Dogo",
     "Borno"),
])
def test_a_settlement_in_its_known_town_without_a_comma(text, village, admin1):
    from fogline.evaluate import _same_place

    place = event_place(text)
    assert place.location == village and _same_place(place.admin1, admin1), place
