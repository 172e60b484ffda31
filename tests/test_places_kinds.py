"""Kinds of place errors found with short reports of our own (session 11): a road or journey named by its two
towns, a curated area written without its accents or by another spelling, a unit's home town, a village named
with the area it lies in. Sentences and names are the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place as _event_place

from fogline.text import fold


# ------------------------------------------------------------------ "the road from X to Y": near X, the first town
@pytest.mark.parametrize(("text", "town", "admin1"), [
    ("Insurgents ambushed a patrol on the road from Dikwa to Marte on Friday, killing three soldiers.",
     "Dikwa", "Borno"),
    ("A roadside bomb hit a minibus on the highway connecting Mopti to Sévaré on Monday, killing four passengers.",
     "Mopti", "Mopti"),
    ("Bandits abducted 14 travellers on the route linking Funtua and Gusau on Sunday.", "Funtua", "Katsina"),
])
def test_a_road_named_from_its_first_town_to_another_is_placed_near_the_first(text, town, admin1):
    place = _event_place(text)
    assert (place.location, place.admin1, place.geo_precision) == (town, admin1, 2), place


# ------------------------------------------------------------------ a curated area named by another spelling
@pytest.mark.parametrize(("text", "town", "admin1"), [
    ("Rival gangs fought in Cite Soleil on Sunday, killing at least 11 residents, a rights group said.",
     "Cité Soleil", "Ouest"),
    ("Gunmen killed nine farmers in Petite-Riviere-de-l'Artibonite on Saturday, the mayor said.",
     "Petite-Rivière-de-l'Artibonite", "Artibonite"),
    ("Separatist fighters killed two gendarmes in Donga Mantung on Monday, a military source said.",
     "Donga-Mantung", "North-West"),
])
def test_a_curated_area_written_without_accents_or_by_its_alias_is_found(text, town, admin1):
    place = _event_place(text)
    assert (fold(place.location or "", compact=True), place.admin1) == (fold(town, compact=True), admin1), place


# ------------------------------------------------------------------ a unit's home town is not where it fought
@pytest.mark.parametrize(("text", "town", "admin1"), [
    ("Soldiers of the 512th Regiment, stationed in Goma, fought M23 rebels near Kitchanga on Friday, the army said.",
     "Kitchanga", "North Kivu"),
    ("Troops of the 22nd Brigade based in Dikwa clashed with jihadists near Marte on Sunday, killing 11 insurgents.",
     "Marte", "Borno"),
    ("Soldiers of the 41st Battalion, garrisoned in Mora, repelled an attack by Boko Haram near Kolofata on Tuesday, "
     "the army said.", "Kolofata", "Far North"),
    ("Ukraine's 92nd Brigade, which is headquartered at Kharkiv, said Russian troops attacked its positions near "
     "Vovchansk on Tuesday.", "Vovchansk", "Kharkiv"),
])
def test_the_home_of_a_unit_gives_way_to_the_town_of_the_fighting(text, town, admin1):
    place = _event_place(text)
    assert (place.location, place.admin1) == (town, admin1), place


@pytest.mark.parametrize(("text", "town"), [
    ("Jihadists attacked the 5th Battalion based in Boulkessi on Sunday, killing 20 soldiers.", "Boulkessi"),
    ("Insurgents overran the base of the 153rd Task Force Battalion stationed in Malam Fatori on Monday, "
     "Nigeria's army said.", "Malam Fatori"),
    ("Russian drones hit the headquarters of a Ukrainian brigade based in Kramatorsk on Friday, wounding four.",
     "Kramatorsk"),
])
def test_a_units_home_named_alone_stays_the_place(text, town):
    assert _event_place(text).location == town


# ------------------------------------------------------------------ "X village of Y LGA": the village, not the area
@pytest.mark.parametrize(("text", "town", "admin1"), [
    ("Gunmen killed 17 people in Tse Ikyo village of Guma local government area on Friday, police said.",
     "Tse Ikyo", "Benue"),
    ("M23 shells hit Kibati village of Nyiragongo territory on Tuesday, killing three civilians.",
     "Kibati", "North Kivu"),
    ("Gunmen abducted 20 people from Unguwan Rimi village of Chikun local government area of Kaduna State on "
     "Saturday.", "Unguwan Rimi", "Kaduna"),
])
def test_a_village_of_an_area_is_the_place_not_the_area(text, town, admin1):
    place = _event_place(text)
    assert (place.location, place.admin1) == (town, admin1), place


# ------------------------------------------------------------------ a village named like a far city's other name
@pytest.mark.parametrize(("text", "village", "country"), [
    ("MAIDUGURI, Nigeria - Jihadists killed 12 fishermen in Ngoma village on Thursday, a fishermen's leader said.",
     "Ngoma", "Nigeria"),
    ("YAOUNDE, Cameroon - Boko Haram fighters raided the village of Sido on Friday night, killing three herders.",
     "Sido", "Cameroon"),
    ("Gunmen killed six farmers in Adama village, Nigeria, on Wednesday, police said.", "Adama", "Nigeria"),
])
def test_a_village_is_not_a_far_away_city_known_by_that_other_name(text, village, country):
    place = _event_place(text)
    assert (place.location, place.country) == (village, country), place


# ------------------------------------------------------------------ a people named before its villages or leaders
@pytest.mark.parametrize(("text", "admin1"), [
    ("Gunmen raided Berom villages in Plateau State on Sunday, killing 12.", "Plateau"),
    ("Janjaweed fighters burned Masalit settlements in West Darfur on Friday.", "West Darfur"),
    ("RSF fighters attacked Zaghawa villages in North Darfur on Sunday, killing 40 people.", "North Darfur"),
])
def test_a_people_before_its_villages_is_no_settlement(text, admin1):
    place = _event_place(text)
    assert (place.location, place.admin1) == (None, admin1), place


@pytest.mark.parametrize(("text", "town"), [
    ("Songhai militiamen repelled a jihadist attack on Gao on Sunday, Songhai community sources said.", "Gao"),
    ("Bandits killed eight villagers in Tsafe on Friday, Fulani community leaders said.", "Tsafe"),
    ("Gunmen killed four herders near Kaya on Monday, according to Mossi community elders.", "Kaya"),
])
def test_the_leaders_of_a_community_name_a_people_not_a_village(text, town):
    assert _event_place(text).location == town


# ------------------------------------------------------------------ a forest, mountains or a park no list knows
@pytest.mark.parametrize(("text", "feature", "admin1"), [
    ("Cameroonian troops clashed with Boko Haram fighters in the Mandara mountains of the Far North region on "
     "Tuesday, killing 11 militants.", "Mandara mountains", "Far North"),
    ("Boko Haram militants attacked Waza National Park in Cameroon's Far North on Friday, killing two rangers.",
     "Waza National Park", "Far North"),
    ("Nigerian jets bombed bandit camps in the Kuyambana forest of Zamfara State on Monday, killing 30.",
     "Kuyambana forest", "Zamfara"),
])
def test_a_named_natural_area_no_list_knows_is_the_place(text, feature, admin1):
    place = _event_place(text)
    assert (place.location, place.admin1) == (feature, admin1), place


# ------------------------------------------------------------------ camps of the displaced named in a list
@pytest.mark.parametrize(("text", "camp", "admin1"), [
    ("Drones struck the Kassab, Fata Borno and Kutum camps for displaced people in North Darfur on Monday, "
     "killing 9.", "Kassab camp", "North Darfur"),
    ("Gunmen attacked the Dalori and Bakassi IDP camps in Borno State on Sunday, killing four displaced people.",
     "Dalori camp", "Borno"),
    ("Mortars hit the Kanyaruchinya and Bulengo displacement camps near Goma on Tuesday, killing five.",
     "Kanyaruchinya camp", "North Kivu"),
])
def test_the_first_of_a_list_of_camps_is_named_as_a_camp(text, camp, admin1):
    place = _event_place(text)
    assert (place.location, place.admin1) == (camp, admin1), place


# ------------------------------------------------------------------ "the X area of CITY": a neighbourhood of the city
@pytest.mark.parametrize(("text", "city", "admin1"), [
    ("A suicide bomber killed five people in the Hayatabad area of Peshawar on Monday, police said.",
     "Peshawar", "Khyber Pakhtunkhwa"),
    ("Gunmen shot dead three traders in the Gwange area of Maiduguri on Friday, police said.", "Maiduguri", "Borno"),
    ("Gangs torched homes in the Solino area of Port-au-Prince on Sunday, killing four residents.",
     "Port-au-Prince", "Ouest"),
])
def test_an_area_of_a_large_city_is_placed_at_the_city(text, city, admin1):
    place = _event_place(text)
    assert (place.location, place.admin1) == (city, admin1), place


@pytest.mark.parametrize(("text", "village"), [
    ("Insurgents killed four farmers in the Kuda area of Madagali, Adamawa State, on Friday.", "Kuda"),
    ("Gunmen killed four herders in the Kalagari area of Konduga LGA on Friday.", "Kalagari"),
    ("Militants attacked a checkpoint in the Mir Ali area of North Waziristan on Friday.", "Mir Ali"),
])
def test_an_area_of_a_small_town_or_district_is_a_village(text, village):
    assert _event_place(text).location == village


# ------------------------------------------------------------------ where forces were sent afterwards
@pytest.mark.parametrize(("text", "admin1"), [
    ("Gunmen killed eight people in Plateau State on Sunday. Police said more officers had been deployed to Mangu "
     "and Bokkos.", "Plateau"),
    ("Bandits killed 11 people in Katsina State on Monday. The army has dispatched two battalions to Jibia, Batsari "
     "and Safana, a spokesman said.", "Katsina"),
    ("GUSAU - Armed bandits have killed at least 30 people in fresh attacks in Zamfara State, officials said on "
     "Sunday. The police said operatives had been deployed to Maru, Tsafe and Bungudu to restore calm.", "Zamfara"),
])
def test_towns_forces_were_sent_to_give_only_the_region(text, admin1):
    place = _event_place(text)
    assert (place.location, place.admin1) == (None, admin1), place


def test_soldiers_deployed_somewhere_and_attacked_there_keep_the_town():
    assert _event_place("Soldiers deployed to Gwoza repelled an attack on Sunday, killing 12 insurgents.").location \
        == "Gwoza"


# ------------------------------------------------------------------ a nationality-only report: the city next door
@pytest.mark.parametrize(("text", "town", "country"), [
    ("Ukrainian drones struck an oil depot in Voronezh overnight, injuring three people, the regional governor said.",
     "Voronezh", "Russia"),
    ("Russian missiles struck Nikolaev on Sunday, killing two people, the regional governor said.",
     "Mykolayiv", "Ukraine"),
    ("Burkinabe jihadists attacked Gao on Sunday, killing 12 civilians.", "Gao", "Mali"),
])
def test_a_city_next_door_beats_a_hamlet_of_the_attackers_country(text, town, country):
    place = _event_place(text)
    assert (place.location, place.country) == (town, country), place


# ------------------------------------------------------------------ where residents fled: "the nearby X"
_FLED = ("{dateline} - {attackers} attacked the northern town of {town} on Wednesday, security sources said.\n\n"
         "Dozens of civilians were killed, according to a local official, who said the attackers came from three "
         "directions.\n\nHundreds of residents fled to {refuge}.")


@pytest.mark.parametrize(("dateline", "attackers", "town", "refuge"), [
    ("MAPUTO, Mozambique (Reuters)", "Insurgents", "Palma", "the nearby Afungi peninsula"),
    ("OUAGADOUGOU (Reuters)", "Jihadists", "Kaya", "nearby Pissila"),
    ("MAIDUGURI, Nigeria", "Insurgents", "Monguno", "the neighbouring town of Gajiram"),
])
def test_the_nearby_town_residents_fled_to_is_not_the_place(dateline, attackers, town, refuge):
    text = _FLED.format(dateline=dateline, attackers=attackers, town=town, refuge=refuge)
    assert _event_place(text).location == town


# ------------------------------------------------------------------ an island named with its word
@pytest.mark.parametrize(("text", "island", "admin1"), [
    ("RSF fighters besieging Tuti island in Khartoum killed three residents on Wednesday, activists said.",
     "Tuti", "Khartoum"),
    ("ISWAP fighters killed nine fishermen on Kirta Wulgo island, Borno State, on Tuesday.", "Kirta Wulgo", "Borno"),
    ("Jihadists killed 12 fishermen at Kwatar Mota, an island of Lake Chad in Borno State, on Monday.",
     "Kwatar Mota", "Borno"),
])
def test_an_island_named_with_its_word_is_the_place(text, island, admin1):
    place = _event_place(text)
    assert (place.location, place.admin1) == (island, admin1), place


@pytest.mark.parametrize(("text", "town"), [
    ("Les soldats du 5e bataillon basé à Djibo ont repoussé une attaque près d'Arbinda dimanche, tuant 12 "
     "terroristes.", "Aribinda"),
    ("Des militaires du régiment stationné à Mora ont été attaqués près de Kolofata mardi.", "Kolofata"),
    ("Une patrouille de la brigade cantonnée à Dori est tombée dans une embuscade près de Seytenga lundi.",
     "Seytenga"),
])
def test_the_home_of_a_unit_gives_way_in_french_too(text, town):
    assert _event_place(text, "fr").location == town


# ------------------------------------------------------------------ a holder's adjective before a capitalised name
@pytest.mark.parametrize(("text", "town", "admin1"), [
    ("Army jets bombed the RSF-controlled Wad Madani on Monday, killing eight, residents said.",
     "Wad Medani", "Al Jazirah"),
    ("Ukrainian drones hit a fuel depot in Russian-occupied Melitopol on Sunday.", "Melitopol", "Zaporizhzhia"),
    ("M23-held Goma came under mortar fire on Friday, killing four.", "Goma", "North Kivu"),
    ("Nigerian jets bombed Boko Haram-held Gwoza on Monday, killing 20 insurgents.", "Gwoza", "Borno"),
])
def test_a_holders_adjective_is_no_part_of_the_name(text, town, admin1):
    place = _event_place(text)
    assert (place.location, place.admin1) == (town, admin1), place


# ------------------------------------------------------------------ a nationality word glued before the name
@pytest.mark.parametrize(("text", "town", "admin1"), [
    ("Russian troops shelled Ukrainian Pokrovsk on Monday, killing two.", "Pokrovsk", "Donetsk"),
    ("Gunmen attacked Nigerian Gwoza on Sunday, killing eight.", "Gwoza", "Borno"),
    ("Rebels shelled Congolese Sake on Friday, killing three.", "Sake", "North Kivu"),
])
def test_a_nationality_word_before_a_town_is_no_part_of_its_name(text, town, admin1):
    place = _event_place(text)
    assert (place.location, place.admin1) == (town, admin1), place


def test_a_region_named_with_a_nationality_word_stays_that_region():
    place = _event_place("Clashes in Ethiopia's Somali Region killed 12 people on Monday.")
    assert (place.location, place.admin1) == (None, "Somali"), place
