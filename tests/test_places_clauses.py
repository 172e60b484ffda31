"""Which of a report's places is the event's: the place a speaker talks from is not where it happened, and a
dateline filed from two cities names neither as the event's place. Sentences and names are the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place as _event_place


# ------------------------------------------------------------------ where a speaker talks from
@pytest.mark.parametrize(("text", "lang", "admin1", "town"), [
    ("Jihadists killed 20 civilians in the Mopti region on Saturday, local officials said. The officials, "
     "speaking from Sevare, said the attackers came on motorbikes.", "en", "Mopti", "Sévaré"),
    ("Gunmen killed eight farmers in Borno State on Sunday. A relative, reached by phone in Maiduguri, said "
     "the attackers burned the harvest.", "en", "Borno", "Maiduguri"),
    ("Bandits killed 14 people in Zamfara State overnight. A councillor contacted in Gusau said the gunmen "
     "had warned the villagers.", "en", "Zamfara", "Gusau"),
    ("Des jihadistes ont tué douze civils dans la région de Mopti samedi. Un élu, joint par téléphone depuis "
     "Sévaré, a dit que les assaillants étaient nombreux.", "fr", "Mopti", "Sévaré"),
    ("Des hommes armés ont tué neuf personnes dans la province du Loroum dimanche. Un habitant, contacté à "
     "Ouahigouya, a décrit des tirs nourris.", "fr", "Nord", "Ouahigouya"),
])
def test_the_town_a_speaker_talks_from_is_not_the_event_place(text, lang, admin1, town):
    place = _event_place(text, lang)
    assert place.admin1 == admin1, place
    assert place.location != town, place


def test_a_town_after_in_in_the_event_clause_still_places_it():
    place = _event_place("Gunmen killed eight farmers in Borno State on Sunday. The attackers struck in Konduga "
                         "before dawn, a relative said.")
    assert (place.location, place.admin1) == ("Konduga", "Borno")


# ------------------------------------------------------------------ a dateline filed from two cities
@pytest.mark.parametrize(("text", "lang"), [
    ("NAIROBI/MOGADISHU (Reuters) - Al Shabaab militants killed at least ten soldiers in an attack on a base in "
     "central Somalia on Tuesday, officials said.", "en"),
    ("LAGOS/ABUJA (Reuters) - Bandits killed 15 villagers in an attack in northwest Nigeria on Monday, "
     "police said.", "en"),
    ("Niamey/Ouagadougou (AFP) - Des jihadistes ont tué quinze soldats lors d'une embuscade dans l'ouest du "
     "Niger lundi, selon des sources sécuritaires.", "fr"),
])
def test_a_dateline_of_two_cities_is_not_the_event_place(text, lang):
    place = _event_place(text, lang)
    assert place.location is None, place


# ------------------------------------------------------------------ a town named as its area is not the smaller place
@pytest.mark.parametrize(("text", "lang", "town"), [
    ("Des combats ont opposé les FARDC au M23 mardi autour de Kanyabayonga, dans le territoire de Lubero.", "fr",
     "Kanyobagonga"),
    ("Fighting broke out between the army and M23 around Kanyabayonga in Lubero territory on Tuesday, killing "
     "four soldiers.", "en", "Kanyobagonga"),
    ("Bandits killed nine traders at the market in Kaura Namoda, in the Zurmi local government area of Zamfara "
     "State, on Friday.", "en", "Kaura Namoda"),
])
def test_a_town_named_with_a_smaller_area_town_keeps_its_place(text, lang, town):
    place = _event_place(text, lang)
    assert place.location == town, place


# ------------------------------------------------------------------ a place in a clause telling another incident
@pytest.mark.parametrize(("text", "lang", "location", "admin1"), [
    ("Bandits killed 20 people in Gusau on Saturday, the second attack since gunmen struck Tsafe last month.",
     "en", "Gusau", "Zamfara"),
    ("Bandits killed 20 people in Gusau on Saturday, a week after gunmen struck Tsafe.", "en", "Gusau", "Zamfara"),
    ("Bandits killed 20 people in Zamfara State on Saturday, after gunmen struck Tsafe on Wednesday.", "en", None,
     "Zamfara"),
    ("Des jihadistes ont tué douze soldats à Kaya samedi, trois semaines après une attaque contre Pissila.", "fr",
     "Kaya", "Centre-Nord"),
    ("Des jihadistes ont attaqué Kaya samedi, la pire attaque depuis le massacre de Pissila en janvier.", "fr",
     "Kaya", "Centre-Nord"),
])
def test_a_place_of_another_incident_is_not_the_event_place(text, lang, location, admin1):
    place = _event_place(text, lang)
    assert (place.location, place.admin1) == (location, admin1), place


@pytest.mark.parametrize(("text", "lang", "location"), [
    ("Bandits killed 20 people on Saturday after they stormed Tsafe.", "en", "Tsafe"),
    ("Gunmen stormed Tsafe on Saturday, killing 20 people, a week after troops left Gusau.", "en", "Tsafe"),
    ("Des jihadistes ont tué douze soldats samedi après avoir attaqué Pissila.", "fr", "Pissila"),
])
def test_the_event_own_clause_keeps_its_place(text, lang, location):
    assert _event_place(text, lang).location == location


# ------------------------------------------------------------------ a small namesake in another region than stated
@pytest.mark.parametrize(("text", "location", "admin1"), [
    ("Gunmen attacked worshippers in a mosque in Mahuta village, Bakura LGA, killing 12 on Friday.", "Mahuta",
     "Zamfara"),
    ("Bandits killed nine farmers in Gora village in Maru local government area on Sunday.", "Gora", "Zamfara"),
    ("Gunmen killed six people in Dutsi, Anka LGA, on Monday, residents said.", "Dutsi", "Zamfara"),
])
def test_a_village_in_the_area_stated_is_not_its_namesake_elsewhere(text, location, admin1):
    place = _event_place(text)
    assert (place.location, place.admin1, place.geo_precision) == (location, admin1, 2), place


# ------------------------------------------------------------------ a settlement the lists lack, by its settlement word
@pytest.mark.parametrize(("text", "location", "admin1"), [
    ("Militants attacked Tawiri settlement in Kukawa area of Borno on Saturday, killing nine herders.", "Tawiri",
     "Borno"),
    ("At least 15 people were killed in an attack on Kobiri, located in Karangasso commune, Kenedougou province, "
     "on Monday.", "Kobiri", "Hauts-Bassins"),
    ("Gunmen killed four people in Dongorima hamlet in Konduga local government area on Sunday.", "Dongorima",
     "Borno"),
    ("Bandits killed 11 people in Kurfi, situated in Tsafe local government area, on Friday.", "Kurfi", "Zamfara"),
])
def test_a_settlement_named_with_its_word_or_area_is_the_event_place(text, location, admin1):
    place = _event_place(text)
    assert (place.location, place.admin1) == (location, admin1), place


# ------------------------------------------------------------------ a common word named as a region of the country
@pytest.mark.parametrize(("text", "lang", "country", "admin1"), [
    ("Jihadists killed 12 soldiers in the Sahel region of Burkina Faso on Sunday.", "en", "Burkina Faso", "Sahel"),
    ("Des jihadistes ont tué 12 soldats dans la région du Sahel, au Burkina Faso, dimanche.", "fr", "Burkina Faso",
     "Sahel"),
    ("Gunmen killed 12 soldiers in the North region of Cameroon on Sunday.", "en", "Cameroon", "North"),
])
def test_a_region_named_by_a_common_word(text, lang, country, admin1):
    place = _event_place(text, lang)
    assert (place.country, place.admin1) == (country, admin1), place


def test_the_broad_sahel_is_no_region():
    place = _event_place("Jihadist violence has spread across the Sahel region, and on Sunday gunmen killed 12 "
                         "soldiers in Mali.")
    assert (place.country, place.admin1) == ("Mali", None), place


# ------------------------------------------------------------------ a town the report spells another way
@pytest.mark.parametrize(("text", "lang", "location", "admin1"), [
    ("Gunmen attacked an army post in Damassak on Sunday, Nigerian officials said.", "en", "Damassak", "Borno"),
    ("Bandits killed 14 people in Kaura Namodaa on Sunday, Nigerian police said.", "en", "Kaura Namodaa", "Zamfara"),
    ("Des jihadistes ont attaqué Tillabérii dimanche, selon l'armée nigérienne.", "fr", "Tillabérii", "Tillaberi"),
])
def test_a_town_spelled_otherwise_keeps_the_written_name_and_takes_its_region(text, lang, location, admin1):
    place = _event_place(text, lang)
    assert (place.location, place.admin1, place.geo_precision) == (location, admin1, 1), place


def test_an_unknown_name_far_from_every_spelling_stays_unplaced():
    place = _event_place("Gunmen killed six people in Gidan Badawa on Sunday, Nigerian police said.")
    assert (place.location, place.admin1) == ("Gidan Badawa", None), place


# ------------------------------------------------------------------ a camp of the displaced is named as a camp
@pytest.mark.parametrize(("text", "location"), [
    ("RSF fighters attacked the Abu Shouk IDP camp on Sunday, killing 12.", "Abu Shouk camp"),
    ("Gunmen killed nine people at Hamadiya IDP camp in Zalingei on Monday.", "Hamadiya camp"),
    ("Militants attacked Gubio camp on Friday, killing seven displaced people.", "Gubio camp"),
    ("Drones struck the Otash displacement camp in Nyala on Tuesday, killing five.", "Otash camp"),
])
def test_a_camp_of_the_displaced_is_the_place(text, location):
    place = _event_place(text)
    assert place.location == location and place.geo_precision in (1, 2), place


def test_an_army_camp_keeps_the_town_name():
    place = _event_place("Jihadists attacked the Boulkessi camp on Sunday, killing 20 soldiers.")
    assert place.location == "Boulkessi", place


# ------------------------------------------------------------------ 'the X town of Y': X says where Y lies
@pytest.mark.parametrize(("text", "location", "admin1"), [
    ("A drone hit the Kyiv suburb of Irpin overnight, killing two people.", "Irpin", "Kyiv"),
    ("Gunmen attacked the Maiduguri suburb of Jiddari Polo on Monday, killing four.", "Jiddari Polo", "Borno"),
    ("Gunmen killed 20 people in the Kaduna city of Zaria on Sunday.", "Zaria", "Kaduna"),
])
def test_a_place_naming_where_the_next_lies_gives_way_to_it(text, location, admin1):
    place = _event_place(text)
    assert (place.location, place.admin1) == (location, admin1), place


def test_a_town_of_a_country_is_still_the_town():
    place = _event_place("Gunmen killed 20 people in the town of Gusau in Nigeria on Sunday.")
    assert (place.location, place.admin1) == ("Gusau", "Zamfara"), place


# ------------------------------------------------------------------ a settlement glossed with its area in brackets
@pytest.mark.parametrize(("text", "lang", "location", "admin1"), [
    ("Dix soldats ont été tués lundi à Kassouri (commune de Gothèye), selon l'armée nigérienne.", "fr", "Kassouri",
     "Tillaberi"),
    ("Ten soldiers were killed on Monday in Kassouri (Gotheye department), the Niger army said.", "en", "Kassouri",
     "Tillaberi"),
    ("Gunmen killed eight people in Tudun Kaura (Zurmi LGA) on Sunday, Nigerian police said.", "en", "Tudun Kaura",
     "Zamfara"),
])
def test_a_settlement_glossed_with_its_area(text, lang, location, admin1):
    place = _event_place(text, lang)
    assert (place.location, place.admin1) == (location, admin1), place


# ------------------------------------------------------------------ a town stated as where a small namesake lies
@pytest.mark.parametrize(("text", "lang", "location", "admin1"), [
    ("Au moins 30 civils ont été tués samedi lors de l'attaque du village de Komsilga, dans la commune de Tougouri, "
     "au Burkina Faso.", "fr", "Komsilga", "Centre-Nord"),
    ("Des hommes armés ont tué neuf civils à Gorom-Gorom, dans la commune de Kongoussi, au Burkina Faso, dimanche.",
     "fr", "Gorom-Gorom", "Centre-Nord"),
    ("Gunmen killed nine civilians in Sebba village, in Pissila commune, Burkina Faso, on Sunday.", "en", "Sebba",
     "Centre-Nord"),
])
def test_a_town_stated_as_where_a_small_namesake_lies(text, lang, location, admin1):
    place = _event_place(text, lang)
    assert (place.location, place.admin1) == (location, admin1), place


@pytest.mark.parametrize(("text", "town"), [
    ("Gang members attacked the town of Mirebalais on Monday, killing five people. Earlier this month, gangs "
     "attacked Bois Neuf, residents said.", "Mirebalais"),
    ("Gunmen killed 12 people in Gusau on Sunday, police said. Earlier this week, the gunmen stormed Dogon Karfe, "
     "residents said.", "Gusau"),
    ("Militants attacked a checkpoint in Bannu on Tuesday, killing two soldiers. Earlier this year, militants "
     "raided Jani Kor, officials said.", "Bannu"),
])
def test_a_village_of_another_day_is_no_finer_place_of_the_event(text, town):
    """A later sentence dated otherwise ('Earlier this month, gangs attacked X') names another day's place."""
    assert _event_place(text).location == town


@pytest.mark.parametrize(("text", "town", "admin1"), [
    ("Gunmen ambushed a convoy on the Juba-Nimule road near Magwi, in Eastern Equatoria, killing three traders.",
     "Magwi", "Eastern Equatoria"),
    ("Bandits attacked travellers on the Karachi-Quetta highway near Khuzdar, in Balochistan, killing four.",
     "Khuzdar", "Balochistan"),
    ("Separatists ambushed soldiers on the Bafoussam-Bamenda road near Santa, in the North-West region, killing "
     "two.", "Santa", "North-West"),
])
def test_the_town_of_the_region_stated_beats_a_roads_first_town(text, town, admin1):
    """A road's first town lies elsewhere than the region the sentence states: the town named there is the place."""
    place = _event_place(text)
    assert (place.location, place.admin1) == (town, admin1)


@pytest.mark.parametrize(("text", "village", "admin1"), [
    ("Separatists attacked Njinikejem, 60 km from Bafoussam, in the North-West region, killing two soldiers.",
     "Njinikejem", "North-West"),
    ("Bandits raided Unguwan Gajere, 40 km from Abuja, in Kaduna State, killing six people.", "Unguwan Gajere",
     "Kaduna"),
    ("Militants attacked Killi Alam, 50 km from Jacobabad, in Balochistan, killing three policemen.", "Killi Alam",
     "Balochistan"),
])
def test_an_unlisted_village_lies_in_the_region_stated_not_by_a_town_of_another(text, village, admin1):
    """A village no list knows, measured from a town of another region, lies in the region its sentence states."""
    place = _event_place(text)
    assert (place.location, place.admin1) == (village, admin1)


@pytest.mark.parametrize(("text", "village", "admin1"), [
    ("Insurgents attacked Mitambo, in the Mucojo administrative post, on Friday, burning 20 houses.", "Mitambo",
     "Cabo Delgado"),
    ("Gunmen killed three people in Kabarak, in the Tonj payam of Warrap State, on Saturday.", "Kabarak", "Warrap"),
    ("Separatists killed two gendarmes in Bafmeng, in Fungom subdivision of Menchum, on Monday.", "Bafmeng",
     "North-West"),
    ("Russian drones hit Zarichne, in the Lyman hromada of Donetsk Oblast, on Tuesday, wounding two people.",
     "Zarichne", "Donetsk"),
])
def test_a_village_then_the_area_it_lies_in_is_the_village(text, village, admin1):
    """'X, in the Y administrative post / payam / subdivision / hromada': X is a village, Y says where it lies."""
    place = _event_place(text)
    assert (place.location, place.admin1) == (village, admin1)


@pytest.mark.parametrize(("text", "village", "admin1"), [
    ("Bandits killed six people in Unguwan Rimi near Kauru on Friday.", "Unguwan Rimi", "Kaduna"),
    ("Gunmen killed four people in Kwatara near Gwoza on Tuesday.", "Kwatara", "Borno"),
    ("SSPDF forces attacked rebel positions at Doma near Ulang town on Sunday, the SPLA-IO said.", "Doma",
     "Upper Nile"),
])
def test_a_village_near_a_town_without_a_comma_is_the_village(text, village, admin1):
    """'in X near Y': X is a village the gazetteer lacks, near Y (precision 2), not Y itself."""
    place = _event_place(text)
    assert (place.location, place.admin1, place.geo_precision) == (village, admin1, 2)


@pytest.mark.parametrize(("text", "village", "admin1"), [
    ("Gunmen killed five people in Tudun Wada near Birnin Gwari on Sunday.", "Tudun Wada", "Kaduna"),
    ("Boko Haram fighters attacked Sabon Gari near Damboa on Tuesday, killing four farmers.", "Sabon Gari",
     "Borno"),
    ("Gunmen killed five people in Tudun Wada, near Birnin Gwari, on Sunday.", "Tudun Wada", "Kaduna"),
])
def test_a_namesake_of_another_region_near_a_town_is_the_village_by_the_town(text, village, admin1):
    """'X near Y' where the gazetteer's X lies in another region: a village of X's name by Y."""
    place = _event_place(text)
    assert (place.location, place.admin1) == (village, admin1)


@pytest.mark.parametrize(("text", "village", "admin1"), [
    ("Des insurgés ont attaqué Mitambo, dans le poste administratif de Mucojo, vendredi, incendiant 20 maisons.",
     "Mitambo", "Cabo Delgado"),
    ("Des rebelles ont attaqué Kasando, dans le groupement de Bashali, territoire de Masisi, mardi, tuant trois "
     "civils.", "Kasando", "North Kivu"),
    ("Des séparatistes ont attaqué Mbengkas, dans l'arrondissement de Batibo, lundi, tuant deux gendarmes.",
     "Mbengkas", "North-West"),
])
def test_a_village_then_its_french_area_is_the_village(text, village, admin1):
    """'X, dans le poste administratif / le groupement / l'arrondissement de Y': X is the village."""
    place = _event_place(text, "fr")
    assert (place.location, place.admin1) == (village, admin1)


@pytest.mark.parametrize(("text", "village", "admin1"), [
    ("Militants attacked a checkpost in Shewa, in North Waziristan's Mir Ali tehsil, on Monday.", "Shewa",
     "Khyber Pakhtunkhwa"),
    ("The RSF killed 20 people in Wad al-Naqa, in the Sharg al-Nil locality of Khartoum state, on Thursday.",
     "Wad al-Naqa", "Khartoum"),
    ("Al-Shabaab fighters attacked Ceel Waregow, in Lower Shabelle's Afgooye district, on Friday.", "Ceel Waregow",
     "Lower Shabelle"),
])
def test_a_village_then_an_area_of_several_words_is_the_village(text, village, admin1):
    """The area's name may run to several words, a possessive or an 'al-' among them."""
    place = _event_place(text)
    assert (place.location, place.admin1) == (village, admin1)


@pytest.mark.parametrize(("text", "village", "admin1"), [
    ("Gunmen killed six people in Kadisau, on the outskirts of Faskari, on Sunday.", "Kadisau", "Katsina"),
    ("Insurgents attacked Naunde, on the edge of Macomia town, on Monday, killing two people.", "Naunde",
     "Cabo Delgado"),
    ("Rebels attacked Mabasele, a few kilometres from Oicha, on Wednesday, killing four.", "Mabasele",
     "North Kivu"),
    ("Gunmen attacked a church in Ntanke, in Kumba, Meme Division, on Tuesday, killing a priest.", "Ntanke",
     "South-West"),
])
def test_a_village_by_a_town_is_the_village(text, village, admin1):
    """'X, on the outskirts of Y', 'X, a few kilometres from Y', 'X, in Y, Z Division': X is a village by Y."""
    place = _event_place(text)
    assert (place.location, place.admin1, place.geo_precision) == (village, admin1, 2)


@pytest.mark.parametrize(("text", "town", "admin1"), [
    ("RSF drones struck Kenana, in White Nile state, on Monday, killing three people.", "Kenana", "White Nile"),
    ("Gunmen killed three people in Garko, in Kano State, on Sunday, police said.", "Garko", "Kano"),
    ("Militants attacked a police post in Kaiama, in Bayelsa State, on Friday, killing two officers.", "Kaiama",
     "Bayelsa"),
])
def test_a_town_said_to_lie_in_another_region_is_its_namesake_there(text, town, admin1):
    """'X, in Y state' right after a name the gazetteer knows in another region: X of region Y, however large
    the other (up to a city)."""
    place = _event_place(text)
    assert (place.location, place.admin1) == (town, admin1)


@pytest.mark.parametrize(("text", "village", "admin1"), [
    ("Suspected Islamic State fighters killed 44 worshippers in Fambita, in the Kokorou area of Niger's Tillaberi "
     "region, on Friday.", "Fambita", "Tillaberi"),
    ("Gunmen killed seven people in Dogon Daji, in the Tsafe area of Zamfara, on Saturday.", "Dogon Daji",
     "Zamfara"),
    ("Militants attacked a post in Shewa Mela, in the Datta Khel area, on Sunday, killing two soldiers.",
     "Shewa Mela", "Khyber Pakhtunkhwa"),
])
def test_a_village_in_a_towns_area_is_the_village(text, village, admin1):
    """'X, in the Y area': Y's area says where the village X lies, X is the place (near Y)."""
    place = _event_place(text)
    assert (place.location, place.admin1, place.geo_precision) == (village, admin1, 2)


@pytest.mark.parametrize(("text", "village", "admin1"), [
    ("Insurgents attacked Mitambo (Mucojo administrative post) on Friday, burning 20 houses.", "Mitambo",
     "Cabo Delgado"),
    ("Militants attacked a post in Shewa (Mir Ali tehsil) on Monday, killing two soldiers.", "Shewa",
     "Khyber Pakhtunkhwa"),
    ("The RSF killed 12 people in Wad Ashana (Um Rawaba locality) on Sunday, activists said.", "Wad Ashana",
     "North Kordofan"),
])
def test_a_village_then_its_area_in_brackets_is_the_village(text, village, admin1):
    place = _event_place(text)
    assert (place.location, place.admin1) == (village, admin1)
