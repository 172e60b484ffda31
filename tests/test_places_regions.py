"""Regions a report gives an event without naming them as its place: a whole country's first level (Kenya's
counties, Russia's regions), a region named by the report's speakers or actors ('police in X State said'), an
area or region in the possessive ('X's Y'), a village beside a town named as its area. Sentences and village
names are the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place as _place

from fogline.gazetteer import Gazetteer


# ------------------------------------------------------------------ a whole country's first level
@pytest.mark.parametrize(("town", "cc", "region"), [
    ("Nairobi", "KE", "Nairobi"),
    ("Eldoret", "KE", "Uasin Gishu"),
    ("Lodwar", "KE", "Turkana"),
    ("Kapenguria", "KE", "West Pokot"),
    ("Voi", "KE", "Taita Taveta"),
    ("Yekaterinburg", "RU", "Sverdlovsk"),
    ("Izhevsk", "RU", "Udmurtia"),
])
def test_every_town_of_the_country_has_its_region(town, cc, region):
    found = [e for e in Gazetteer.default().lookup(town) if e.country_code == cc]
    assert found and found[0].admin1 == region, found[:1]


@pytest.mark.parametrize(("text", "region"), [
    ("Attackers killed 11 people at a camp in Turkana County, Kenya, on Tuesday, police said.", "Turkana"),
    ("Raiders stole cattle and killed four herders in Samburu County, Kenya, on Monday.", "Samburu"),
    ("A Ukrainian drone hit an oil depot in the Udmurt Republic of Russia on Sunday, killing two workers.",
     "Udmurtia"),
])
def test_a_region_named_by_its_county_or_republic_word(text, region):
    assert _place(text).admin1 == region


# ------------------------------------------------------------------ the region the report's speakers name
@pytest.mark.parametrize(("text", "lang", "location", "region"), [
    ("Gunmen killed nine villagers in Dangwala on Sunday, police in Zamfara State said.", "en", "Dangwala",
     "Zamfara"),
    ("Bandits abducted 30 people from Ruwan Kura village, a spokesman for the police in Katsina State said on "
     "Monday.", "en", "Ruwan Kura", "Katsina"),
    ("Police in Kogi State said gunmen killed five farmers in Iyamoye on Sunday.", "en", "Iyamoye", "Kogi"),
    ("Bandits killed 10 people in Kurar village on Friday, the Zamfara State Police Command said.", "en", "Kurar",
     "Zamfara"),
    ("Des hommes armés ont tué six paysans dimanche dans le village de Tangaza Bas, a indiqué la police de "
     "l'État de Sokoto au Nigeria.", "fr", "Tangaza Bas", "Sokoto"),
])
def test_the_region_of_the_speakers_gives_an_unknown_village_its_region(text, lang, location, region):
    place = _place(text, lang)
    assert (place.location, place.admin1) == (location, region)


def test_the_speakers_region_never_overrides_a_known_town():
    place = _place("Gunmen killed nine villagers in Gusau on Sunday, police in Katsina State said.")
    assert (place.location, place.admin1) == ("Gusau", "Zamfara")


# ------------------------------------------------------------------ the area or region owning a place
@pytest.mark.parametrize(("text", "location", "region"), [
    ("Militants attacked a security post in North Waziristan's Mir Ali on Tuesday, killing five soldiers, the "
     "Pakistani military said.", "Mir Ali", "Khyber Pakhtunkhwa"),
    ("Bandits killed 12 villagers in Zamfara's Dansadau on Friday, residents of Nigeria said.", "Dansadau",
     "Zamfara"),
    ("Gunmen shot dead three traders in Kurram's Sadda Bazar on Monday in Pakistan.", "Sadda Bazar",
     "Khyber Pakhtunkhwa"),
])
def test_a_place_owned_by_an_area_or_region(text, location, region):
    place = _place(text)
    assert (place.location, place.admin1) == (location, region)


def test_a_title_owned_by_a_region_is_no_place():
    place = _place("Bandits killed 12 villagers in Zamfara on Friday, Zamfara's Governor Dauda Lawal said.")
    assert place.location is None and place.admin1 == "Zamfara"


# ------------------------------------------------------------------ a village beside a town named as its area
@pytest.mark.parametrize(("text", "location", "region"), [
    ("At least 12 people died when gunmen attacked Kasunya on Sunday in Lubero territory of North Kivu, in the "
     "Democratic Republic of Congo.", "Kasunya", "North Kivu"),
    ("Gunmen killed seven people in Gidan Bawa on Friday in Maru local government area of Zamfara State.",
     "Gidan Bawa", "Zamfara"),
    ("Suspected militants attacked Bakwa on Friday in Bokkos LGA, killing 11 people in Nigeria.", "Bakwa",
     "Plateau"),
])
def test_a_village_beside_a_town_named_as_its_area(text, location, region):
    place = _place(text)
    assert (place.location, place.admin1, place.geo_precision) == (location, region, 2)


def test_the_area_alone_stays_the_place():
    place = _place("Gunmen killed 20 people in Bokkos LGA of Plateau State on Saturday.")
    assert (place.location, place.admin1) == ("Bokkos", "Plateau")


# ------------------------------------------------------------------ the speaker's town gives the region, not the place
@pytest.mark.parametrize(("text", "location", "region"), [
    ("Gunmen killed 12 people in an attack on Zike in Nigeria on Monday night, a police spokesman in Jos said.",
     "Zike", "Plateau"),
    ("Gang members killed at least 15 people in Pont-Sondé in Haiti on Thursday, an official in Saint-Marc said.",
     "Pont-Sondé", "Artibonite"),
    ("Rebels killed nine villagers in Kimbulu in the Democratic Republic of Congo on Friday, civil society leaders "
     "in Butembo said.",
     "Kimbulu", "North Kivu"),
])
def test_the_region_of_a_speakers_town(text, location, region):
    place = _place(text)
    assert (place.location, place.admin1) == (location, region)


def test_a_speaker_in_the_capital_says_nothing_of_the_region():
    place = _place("Gunmen killed 12 people in Dangwala in Nigeria on Monday, officials in Abuja said.")
    assert (place.location, place.admin1) == ("Dangwala", None)


# ------------------------------------------------------------------ a village after 'an attack on'
@pytest.mark.parametrize(("text", "lang", "location"), [
    ("Gunmen killed 12 people in an attack on Zike in Nigeria on Monday night.", "en", "Zike"),
    ("Bandits killed 9 people in raids on Gidan Goga in Nigeria's Zamfara State on Sunday.", "en", "Gidan Goga"),
    ("Des jihadistes ont tué 15 soldats lors d'une attaque contre Dargo, au Burkina Faso, dimanche.", "fr", "Dargo"),
])
def test_a_village_after_an_attack_on(text, lang, location):
    assert _place(text, lang).location == location


# ------------------------------------------------------------------ where the attackers or helpers came from
@pytest.mark.parametrize(("text", "lang", "country"), [
    ("Gang members attacked a neighbourhood on Thursday in Haiti, killing 20 people. The gang, which came from "
     "Croix-des-Bouquets, burned dozens of homes.", "en", "Haiti"),
    ("Russian drones hit a residential building in Ukraine overnight, killing 3 people. Rescuers from Kharkiv "
     "helped put out the fire.", "en", "Ukraine"),
    ("Des assaillants venus de Djibo ont attaqué un village du Burkina Faso dimanche, tuant 12 civils.", "fr",
     "Burkina Faso"),
])
def test_the_place_the_attackers_came_from_is_not_the_events(text, lang, country):
    place = _place(text, lang)
    assert (place.country, place.location) == (country, None)


def test_the_region_the_attackers_came_from_is_not_the_events():
    place = _place("Bandits killed 12 people in a village in Katsina State, Nigeria, on Sunday. The attackers came "
                   "from neighbouring Zamfara State, police said.")
    assert place.admin1 == "Katsina"


# ------------------------------------------------------------------ which Congo
@pytest.mark.parametrize(("text", "lang", "country"), [
    ("Rebels killed nine villagers in Kimbulu in the Democratic Republic of Congo on Friday.", "en",
     "Democratic Republic of Congo"),
    ("Rebels killed nine villagers in Kimbulu in eastern Congo on Friday.", "en", "Democratic Republic of Congo"),
    ("Des rebelles ont tué neuf villageois à Kimbulu, en République démocratique du Congo, vendredi.", "fr",
     "Democratic Republic of Congo"),
    ("Soldiers clashed with militiamen in Kimbulu in the Republic of Congo on Friday.", "en", "Republic of Congo"),
    ("Soldiers clashed with militiamen in Kimbulu in Congo-Brazzaville on Friday.", "en", "Republic of Congo"),
])
def test_the_longest_country_name_decides(text, lang, country):
    assert _place(text, lang).country == country


# ------------------------------------------------------------------ an area named without its area word
@pytest.mark.parametrize(("text", "lang", "location", "region"), [
    ("Militants attacked a police post in Kurram on Friday, killing four policemen in Pakistan.", "en", "Kurram",
     "Khyber Pakhtunkhwa"),
    ("Gang members killed 12 people in Tabarre on Sunday, Haiti's national police said.", "en", "Tabarre", "Ouest"),
    ("Des gangs ont tué huit personnes à Liancourt, en Haïti, vendredi.", "fr", "Liancourt", "Artibonite"),
])
def test_an_area_no_town_shares_its_name_with_after_a_place_cue(text, lang, location, region):
    place = _place(text, lang)
    assert (place.location, place.admin1) == (location, region)


def test_an_area_name_inside_an_actors_name_is_no_place():
    place = _place("Katiba Macina fighters killed 12 civilians in central Mali on Friday.")
    assert place.location is None


# ------------------------------------------------------------------ 'the X area of Y'
@pytest.mark.parametrize(("text", "location", "region"), [
    ("A suicide bomber attacked a convoy on Saturday, killing 13 soldiers. The attack took place in the Mir Ali "
     "area of North Waziristan, a district of Pakistan bordering Afghanistan, officials said.", "Mir Ali",
     "Khyber Pakhtunkhwa"),
    ("Gunmen killed 8 farmers in the Kalagari area of Konduga LGA on Friday, residents said in Nigeria.", "Kalagari",
     "Borno"),
    ("Bandits killed 12 people in the Gidan Kare area of Bungudu LGA in Nigeria on Friday.", "Gidan Kare",
     "Zamfara"),
])
def test_a_settlement_named_as_the_area_of_a_known_place(text, location, region):
    place = _place(text)
    assert (place.location, place.admin1) == (location, region)


# ------------------------------------------------------------------ the lead names the region, a later line the village
@pytest.mark.parametrize(("text", "location", "region"), [
    ("Gunmen killed at least 20 people in an attack in north-central Nigeria's Plateau State, police said on "
     "Monday.\nThe assailants stormed Mushere late on Sunday and opened fire on residents, a spokesman said.",
     "Mushere", "Plateau"),
    ("Jihadists killed 30 soldiers in an attack in Burkina Faso's Sahel region, security sources said on Monday.\n"
     "The fighters attacked Bouroum-Gana on Sunday morning, killing soldiers and volunteers, a source said.",
     "Bouroum-Gana", "Sahel"),
    ("Paramilitary fighters killed 25 civilians in an attack in Sudan's North Kordofan state, medics said on "
     "Sunday.\nThe fighters raided Um Sumeima on Saturday and set homes on fire, the medics said.",
     "Um Sumeima", "North Kordofan"),
])
def test_a_village_named_in_a_later_line_of_the_event(text, location, region):
    place = _place(text)
    assert (place.location, place.admin1) == (location, region)


# ------------------------------------------------------------------ the dateline's country among the towns of a name
@pytest.mark.parametrize(("text", "country", "region"), [
    ("KYIV, Ukraine (AP) — Russian forces shelled Pokrovsk on Monday, killing three civilians, Ukrainian officials "
     "said.\nRussia has pressed its offensive in eastern Ukraine for months.", "Ukraine", "Donetsk"),
    ("KYIV (Reuters) - Russian troops shelled Pokrovsk on Monday, killing two civilians, Ukrainian officials said. "
     "Russia has pressed its offensive in eastern Ukraine for months.", "Ukraine", "Donetsk"),
    ("YAKUTSK, Russia — Unknown men set fire to a warehouse in Pokrovsk on Monday, killing a guard, Russian police "
     "said.", "Russia", "Sakha"),
])
def test_the_datelines_country_points_to_the_town(text, country, region):
    place = _place(text)
    assert (place.country, place.admin1) == (country, region)


@pytest.mark.parametrize("text, location, admin1", [
    ("Separatists attacked Ekona, a village in Fako Division of the South-West region, on Thursday, killing two "
     "soldiers.", "Ekona", "South-West"),
    ("Amba fighters torched homes in Mbengwi, the headquarters of Momo Division in the Northwest region, on "
     "Friday.", "Mbengwi", "North-West"),
    ("Gunmen killed a teacher in Kumbo, in Bui Division of the North-West region, on Monday.", "Kumbo",
     "North-West"),
])
def test_a_division_named_beside_a_town_is_where_it_lies(text, location, admin1):
    """'Fako Division' is an area word's name, not a village the gazetteer lacks: the town stays the place."""
    place = _place(text)
    assert (place.location, place.admin1, place.geo_precision) == (location, admin1, 1)


@pytest.mark.parametrize(("text", "admin1"), [
    ("Bandits killed 11 people in attacks in Zamfara and Katsina states on Sunday.", "Zamfara"),
    ("Russian drones struck targets in the Sumy and Kharkiv regions overnight, killing three people.", "Sumy"),
    ("Jihadists killed 20 people in Borno and Yobe states on Friday, officials said.", "Borno"),
])
def test_two_regions_named_with_one_plural_word_are_regions(text, admin1):
    """'in Zamfara and Katsina states': both names are regions, not the capital city of the second."""
    place = _place(text)
    assert (place.location, place.admin1, place.geo_precision) == (None, admin1, 3)
