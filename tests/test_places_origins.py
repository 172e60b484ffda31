"""Whose country a place is in: the attackers' nationality is not the place's, a country people came from is not
the report's, and a word saying who holds a town is no town's name (issue 14).

Sentences here are the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place, extracted


@pytest.mark.parametrize("text, country, admin1", [
    ("Russian artillery shelled Vovchansk on Tuesday, killing an elderly man.", "Ukraine", "Kharkiv"),
    ("Russian forces attacked Toretsk overnight, wounding three residents.", "Ukraine", "Donetsk"),
    ("Russian drones hit a bus in Kurakhove on Sunday, killing two passengers.", "Ukraine", "Donetsk"),
    ("A Russian glide bomb killed three civilians in Chasiv Yar on Friday.", "Ukraine", "Donetsk"),
])
def test_the_attackers_nationality_is_not_the_places_country(text, country, admin1):
    """A report naming no country, only 'Russian' forces: a town of one neighbouring country is the place."""
    place = event_place(text)
    assert (place.country, place.admin1) == (country, admin1)


@pytest.mark.parametrize("text, country", [
    ("Nigerian troops killed 12 bandits in Tsafe on Sunday.", "Nigeria"),
    ("Malian soldiers killed eight militants near Boni on Friday.", "Mali"),
])
def test_a_town_of_the_nationalitys_own_country_stays_there(text, country):
    assert event_place(text).country == country


@pytest.mark.parametrize("text, location", [
    ("Army drones struck the RSF-held town of Nyala, killing 15 people.", "Nyala"),
    ("Drones bombed the M23-held town of Rubaya on Monday, killing four civilians.", "Rubaya"),
    ("Drones struck the Russian-occupied town of Oleshky, killing two people.", "Oleshky"),
    ("Gunmen killed four people in the Houthi-controlled town of Rada on Monday.", "Radā‘"),
])
def test_who_holds_a_town_is_no_towns_name(text, location):
    place = event_place(text)
    assert place.location == location and place.geo_precision == 1


@pytest.mark.parametrize("lang, text, admin1", [
    ("en", "Gunmen coming from Chad killed six people in Paoua on Tuesday.", "Lim-Pende"),
    ("en", "Rebels who crossed from Sudan attacked Birao on Friday, killing two peacekeepers.", "Vakaga"),
    ("fr", "Des hommes armés venus du Tchad ont tué six personnes à Paoua mardi.", "Lim-Pende"),
    ("fr", "Des rebelles arrivés du Soudan ont attaqué Birao vendredi, tuant deux casques bleus.", "Vakaga"),
])
def test_the_country_people_came_from_is_not_the_reports(lang, text, admin1):
    place = event_place(text, lang)
    assert (place.country, place.admin1) == ("Central African Republic", admin1)


def test_a_country_named_as_the_place_still_counts():
    """'coming from' makes a country an origin; the same country named as where it happened stays the place."""
    place = event_place("Gunmen killed six people in Chad on Tuesday, near the border with Sudan.")
    assert place.country == "Chad"


@pytest.mark.parametrize("text, location, admin1", [
    ("Gunmen killed nine people in Katsina State on Friday, police said. The attackers raided Kwanar Dumbu and "
     "Unguwar Zango villages in Faskari local government area at night.", "Kwanar Dumbu", "Katsina"),
    ("Suspected jihadists killed seven herders in Borno State on Friday, a militia leader said. The insurgents "
     "attacked Mairamri and Kashimri in Konduga local government area at dawn.", "Mairamri", "Borno"),
    ("Gunmen killed 12 people in Plateau State, police said on Tuesday. The assailants raided Kwahaslalek and Ruwi "
     "in Bokkos local government area late on Monday.", "Kwahaslalek", "Plateau"),
])
def test_villages_after_a_lead_naming_their_state_and_area_are_the_place(text, location, admin1):
    """The lead names the state, the next sentence the villages and their area: the villages, not the area's
    town, are where it happened."""
    place = event_place(text)
    assert (place.location, place.admin1) == (location, admin1)


@pytest.mark.parametrize("lang, text, location", [
    ("en", "Separatists killed two soldiers in Momo division on Tuesday.", "Momo"),
    ("en", "Gunmen killed three villagers in Momo, the army said on Monday.", "Momo"),
    ("en", "Separatist fighters ambushed troops in Momo, killing three, the army said.", "Momo"),
    ("en", "Amba fighters attacked gendarmes in Njikwa Subdivision, Momo Division, killing one.", "Njikwa"),
    ("en", "Gunmen killed two farmers in Ako Sub-Division, Donga-Mantung Division, on Friday.", "Ako"),
    ("fr", "Des séparatistes ont tué deux gendarmes dans l'arrondissement de Njikwa, département de la Momo, "
           "mardi.", "Njikwa"),
])
def test_a_division_of_a_country_at_war_beats_a_foreign_village_of_its_name(lang, text, location):
    """'Momo' is a Cameroonian division and an Italian village: the curated area wins over a small town abroad;
    a subdivision ('arrondissement') is an area, its word no part of the name."""
    place = event_place(text, lang)
    assert (place.location, place.country, place.admin1) == (location, "Cameroon", "North-West")


@pytest.mark.parametrize("text, location, admin1", [
    ("Armed gangs shot dead five farmers in Pont-Sondé on Tuesday, residents said.", "Pont-Sondé", "Artibonite"),
    ("A roadside bomb killed four soldiers near Razmak on Monday.", "Razmak", "Khyber Pakhtunkhwa"),
    ("Herders burned homes in Zike on Wednesday, killing six people, a community leader said.", "Zike", "Plateau"),
    ("Troops shot dead three young men in Ngarbuh on Saturday, relatives said.", "Ngarbuh", "North-West"),
])
def test_curated_places_of_the_wars_missing_from_geonames(text, location, admin1):
    """Towns of Haiti, Pakistan's tribal districts, Plateau and Cameroon's North-West missing from GeoNames'
    cities are curated places (resources/places_supplement.csv). Port-au-Prince's neighbourhoods are not: ACLED
    and the gold files place them at the city."""
    place = event_place(text)
    assert (place.location, place.admin1) == (location, admin1)


@pytest.mark.parametrize("text, admin1", [
    ("Quetta, March 5 (AFP) – Militants attacked a convoy in Balochistan province on Tuesday, killing 10 soldiers.",
     "Balochistan"),
    ("Bamenda, June 2 (AFP) – Separatists killed four soldiers in the North-West region on Sunday.", "North-West"),
    ("Beni, Oct. 9, 2024 (Reuters) - Rebels killed 11 civilians in North Kivu province on Saturday.", "North Kivu"),
    ("Juba, March 5 (Xinhua) -- Armed youth attacked an army barracks in Upper Nile state on Tuesday.",
     "Upper Nile"),
])
def test_a_dateline_with_its_date_is_where_the_story_was_filed(text, admin1):
    """'Quetta, March 5 (AFP) –': the city, the day and the agency open the story; the event is in the region
    the sentence names, not at the city it was filed from."""
    place = event_place(text)
    assert (place.location, place.admin1, place.geo_precision) == (None, admin1, 3)


@pytest.mark.parametrize("text, location, admin1", [
    ("Insurgents beheaded three people in Muidumbe district on Sunday, sources said. The attack took place in the "
     "village of Xitaxi, about 20 km from Muidumbe town.", "Xitaxi", "Cabo Delgado"),
    ("Rebels killed nine civilians in Beni territory on Friday. The killings took place in the village of Mamove, "
     "about 30 km from Beni town, a local official said.", "Mamove", "North Kivu"),
    ("Suspected ADF rebels killed 14 people in Irumu territory on Sunday. The attack targeted the village of Ndimo, "
     "25 km from Komanda.", "Ndimo", "Ituri"),
    ("Militants attacked a checkpoint in Bannu district on Sunday night. The attack took place in the village of "
     "Jani Khel, officials said.", "Jani Khel", "Khyber Pakhtunkhwa"),
])
def test_a_village_named_after_a_lead_naming_only_its_area_is_the_place(text, location, admin1):
    """A lead naming the district ('in Muidumbe district') and a next sentence naming the village: the village,
    the district's town being no more the event's place than a region is."""
    place = event_place(text)
    assert (place.location, place.admin1) == (location, admin1)


@pytest.mark.parametrize("lang, text, location", [
    ("en", "Gunmen killed 42 passengers on a convoy in Kurram district on Thursday. The convoy was travelling from "
           "Parachinar to Peshawar when it was attacked.", "Kurram"),
    ("en", "Militants ambushed a convoy in North Waziristan district on Saturday, killing 16 soldiers. The convoy was "
           "moving from Mir Ali to Miranshah when it came under fire.", "North Waziristan"),
    ("en", "Amba fighters shot dead three soldiers in Manyu division on Friday. The soldiers were driving from Mamfe "
           "to Eyumojock when the fighters opened fire.", "Manyu"),
    ("en", "Gunmen killed five traders in Mangu local government area on Friday. The traders were on their way to "
           "Jos when they were attacked.", "Mangu"),
    ("fr", "Des rebelles ont tué six civils dans le territoire de Beni lundi. Les victimes rentraient à Oicha "
           "lorsqu'elles ont été attaquées.", "Beni"),
])
def test_the_towns_of_a_journey_are_not_where_it_happened(lang, text, location):
    """'travelling from X to Y', 'se rendaient à Y': where the victims came from and went, not the district the
    lead names as the place."""
    assert event_place(text, lang).location == location


@pytest.mark.parametrize("text, admin1", [
    ("Suicide bomber kills 13 soldiers\nAFP | Islamabad\nA suicide bomber rammed a military convoy in North "
     "Waziristan on Saturday, killing 13 soldiers, officials said.", "Khyber Pakhtunkhwa"),
    ("Rebels kill 9 in Ituri\nReuters | Kinshasa\nRebels killed nine civilians in Ituri province on Sunday, a local "
     "official said.", "Ituri"),
    ("Gunmen kill 12 in Borno\nBy Staff Reporter | Maiduguri\nGunmen killed 12 people in Borno State on Sunday, "
     "officials said.", "Borno"),
])
def test_a_byline_city_is_where_the_story_was_filed(text, admin1):
    """'AFP | Islamabad', 'By Staff Reporter | Maiduguri': a byline line names where the story was written."""
    place = event_place(text)
    assert place.admin1 == admin1 and place.geo_precision in (2, 3)


@pytest.mark.parametrize("text, location, admin1", [
    ("Suicide bomber kills 13 soldiers in North Waziristan\nA suicide bomber rammed an explosives-laden vehicle into "
     "a military convoy in Mir Ali, North Waziristan, on Saturday, killing 13 soldiers, officials said.", "Mir Ali",
     "Khyber Pakhtunkhwa"),
    ("Gunmen kill 9 traders in Bassa LGA\nGunmen on motorcycles stormed a crowded weekly market in the early hours "
     "of Sunday in Kwall, Bassa, shooting at traders.", "Kwall", "Plateau"),
    ("Soldiers killed in Tank district ambush\nMilitants armed with rockets and rifles ambushed a patrol of the "
     "Frontier Corps late on Monday in Kot Azam, Tank, killing four.", "Kot Azam", "Khyber Pakhtunkhwa"),
])
def test_a_name_then_a_comma_and_its_area_is_a_settlement(text, location, admin1):
    """'in Mir Ali, North Waziristan': an unknown name after 'in', then a comma and a known area or region, is a
    settlement lying there, however far the event's word."""
    place = event_place(text)
    assert (place.location, place.admin1) == (location, admin1)


@pytest.mark.parametrize("text, country, admin1, location", [
    ("Bandits killed 11 people in Zamfara State, residents said on Monday. The bandits arrived in Kairu on "
     "motorcycles on Saturday evening.", "Nigeria", "Zamfara", None),
    ("Militiamen killed eight civilians in Ituri province on Friday. The attackers struck Lopa at dawn, a local "
     "official said.", "Democratic Republic of Congo", "Ituri", "Lopa"),
    ("Rebels killed 11 civilians in North Kivu province on Tuesday. The attackers raided Kalau with machetes, a "
     "local official said.", "Democratic Republic of Congo", "North Kivu", "Kalau"),
    ("Jihadists killed nine farmers in Borno State on Sunday, a militia leader said. The farmers were attacked in "
     "Dumba while working.", "Nigeria", "Borno", "Dumba"),
])
def test_a_small_foreign_namesake_read_with_no_country_does_not_move_the_report(text, country, admin1, location):
    """A report naming only its region: a village read before the report's country is known, whose name is a
    small town abroad (an alias of a Texan town, a French hamlet), is no sign of the report's country."""
    place = event_place(text)
    assert (place.country, place.admin1, place.location) == (country, admin1, location)


@pytest.mark.parametrize("text, country, admin1", [
    ("Gunmen killed six people in Yola on Friday. On Sunday the rebels attacked the nearby village of Bakoro, "
     "officials said. The government in Abuja condemned the attacks.", "Nigeria", "Adamawa"),
    ("Rebels killed six people in Bunia on Friday. On Sunday the militia attacked the nearby village of Lodjo, "
     "officials said. The government in Kinshasa condemned the attacks.", "Democratic Republic of Congo", "Ituri"),
    ("Militants killed four soldiers in Bannu on Friday. On Sunday the militants attacked the nearby village of "
     "Shamsi Khel, officials said. The government in Islamabad condemned the attacks.", "Pakistan",
     "Khyber Pakhtunkhwa"),
])
def test_a_later_village_lies_by_the_reports_town_not_its_capital(text, country, admin1):
    """The second attack's village: its own sentences name only the capital, where the government speaks; the
    report's own town says where it lies."""
    events = extracted(text).events
    assert [(e.place.country, e.place.admin1) for e in events] == [(country, admin1)] * 2


@pytest.mark.parametrize("text, location, admin1", [
    ("Gunmen killed 15 people in Plateau State on Sunday, police said. \"It was terrible,\" a resident said. The "
     "gunmen invaded Hurti at about 10pm and opened fire.", "Hurti", "Plateau"),
    ("Militiamen killed seven civilians in Ituri province on Monday, officials said. The militiamen torched Lodjo "
     "after looting shops.", "Lodjo", "Ituri"),
    ("Gunmen killed 8 people in Benue State on Saturday, police said. The herders surrounded Tse-Akaa at night and "
     "opened fire.", "Tse-Akaa", "Benue"),
    ("Insurgents killed six people in Cabo Delgado province this week. The insurgents entered Nanjua on Tuesday and "
     "beheaded two men.", "Nanjua", "Cabo Delgado"),
])
def test_a_village_invaded_or_torched_after_a_lead_naming_its_region(text, location, admin1):
    """'invaded X', 'torched X', 'surrounded X': verbs of an assault on a place name the village the lead's region
    holds, the event's word before or after it in its clause."""
    place = event_place(text)
    assert (place.location, place.admin1) == (location, admin1)


@pytest.mark.parametrize("lang, text, location", [
    ("en", "Thousands of residents fled from Mocimboa da Praia after insurgents killed 20 people on Sunday.",
     "Mocímboa da Praia"),
    ("en", "The army withdrew from Anefis on Sunday after fighting killed 12 soldiers.", "Anefis"),
    ("fr", "Les jihadistes ont été chassés de Djibo dimanche après des combats qui ont fait 12 morts.", "Djibo"),
])
def test_the_place_fled_or_left_after_the_fighting_is_still_the_place(lang, text, location):
    """Only where attackers or fire came from is an origin: a town fled, left or lost after the fighting is where
    it happened."""
    assert event_place(text, lang).location == location


@pytest.mark.parametrize("text, location", [
    ("In Donetsk Oblast, Russian attacks killed two people in Kostiantynivka and one in Druzhkivka, the governor "
     "said.", "Kostyantynivka"),
    ("Gunmen killed four people in Bokkos and two in Mangu on Sunday, police said.", "Bokkos"),
    ("Russian shelling killed three people in Kherson and one in Beryslav on Monday, officials said.", "Kherson"),
])
def test_towns_listed_in_one_sentence_are_not_one_place_refined(text, location):
    """'killed two in X and one in Y': two places listed, the first the event's; the smaller is no finer name of
    the same place (as a village named in the next sentence is)."""
    assert event_place(text).location == location


@pytest.mark.parametrize("text, ends", [
    ("On Wednesday, a supply convoy travelling from Douentza to Hombori hit a roadside bomb, killing five soldiers.",
     {"Douentza", "Hombori"}),
    ("A bus travelling from Kaduna to Abuja was attacked by gunmen on Sunday, who abducted 20 passengers.",
     {"Kaduna", "Abuja"}),
    ("A military truck heading to Bunia hit a mine on Friday, killing three soldiers.", {"Bunia"}),
])
def test_an_attack_on_the_way_is_near_the_journeys_towns(text, ends):
    """With no other place, a journey's town ('travelling from X to Y', 'heading to Y') places the attack near it
    (precision 2), not at it; beside an area the lead names it gives way (above)."""
    place = event_place(text)
    assert place.location in ends and place.geo_precision == 2


@pytest.mark.parametrize("text, location", [
    ("A drone struck the main hospital in Kadugli on Friday, killing nine patients.", "Kadugli"),
    ("Gunmen attacked a health centre in Bunia overnight, killing two nurses.", "Bunia"),
    ("Shells hit the only functioning hospital in El Fasher, the capital of North Darfur, killing 20 people.",
     "El Fasher"),
])
def test_an_attacked_hospitals_town_is_the_place(text, location):
    """A hospital is where the wounded go only with a word of care; attacked, its town is the event's."""
    assert event_place(text).location == location


@pytest.mark.parametrize("text", [
    "Gunmen killed five people in Zamfara State on Sunday. Two wounded were being treated at a hospital in Gusau.",
    "Bandits killed six people in Katsina State on Friday. The injured were admitted to the general hospital in "
    "Funtua, police said.",
    "Militants killed three soldiers in Borno State on Monday. They were evacuated to the military hospital in "
    "Maiduguri.",
])
def test_the_hospital_the_wounded_reach_is_not_the_place(text):
    place = event_place(text)
    assert place.location is None and place.geo_precision == 3


@pytest.mark.parametrize("text, location, admin1", [
    ("A Russian drone hit a car near Pokrovsk on Sunday, killing the driver.", "Pokrovsk", "Donetsk"),
    ("Russian artillery shelled Lyman overnight, wounding two residents.", "Lyman", "Donetsk"),
    ("Russian glide bombs struck Tokmak on Monday, killing a woman.", "Tokmak", "Zaporizhzhia"),
])
def test_the_attackers_countrys_faraway_namesake_is_not_the_place(text, location, admin1):
    """'Russian drones hit Pokrovsk': not Pokrovsk of Siberia nor Engels (once Pokrovsk), nor Lyman of the United
    States, but the town of the name beside the attackers' country."""
    place = event_place(text)
    assert (place.country, place.location, place.admin1) == ("Ukraine", location, admin1)


@pytest.mark.parametrize("text, country, admin1", [
    ("Fighters overran a military post at Ngala, near the Cameroon border, on Saturday.", "Nigeria", "Borno"),
    ("Gunmen killed three traders in Damasak, near the Niger border, on Monday.", "Nigeria", "Borno"),
    ("Jihadists attacked an army post at Kolofata, close to the Nigeria frontier, on Sunday, killing five soldiers.",
     "Cameroon", "Far North"),
])
def test_a_country_named_before_the_word_border_is_across_it(text, country, admin1):
    """'near the Cameroon border': the country across the border is not the report's, as 'the border with X'."""
    place = event_place(text)
    assert (place.country, place.admin1) == (country, admin1)
