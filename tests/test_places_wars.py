"""Places of today's wars read from the report's own words: counties, parks and forests, ports, a country
stated beside a town. Every sentence here is the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place as _event_place

# ------------------------------------------------------------------ South Sudan's counties

@pytest.mark.parametrize(("text", "admin1", "location"), [
    ("Armed youth attacked villages in Uror County on Sunday, killing 13 people, local officials said.",
     "Jonglei", "Uror"),
    ("Gunmen killed nine cattle keepers in Panyijiar County on Tuesday, the county commissioner said.",
     "Unity", "Panyijiar"),
    ("SSPDF troops clashed with the White Army in Longechuk county on Friday, killing six soldiers.",
     "Upper Nile", "Longechuk"),
    ("Des jeunes armés ont tué huit éleveurs dans le comté de Duk samedi, selon les autorités locales.",
     "Jonglei", "Duk"),
])
def test_south_sudan_county_gives_its_state(text, admin1, location):
    place = _event_place(text, "fr" if " ont " in text else "en")
    assert (place.country, place.admin1, place.location) == ("South Sudan", admin1, location)
    assert place.latitude is not None


# ------------------------------------------------------------------ towns the cities file lacks or spells otherwise

@pytest.mark.parametrize(("text", "language", "country", "admin1"), [
    ("US strikes hit the port of Hodeidah on Friday, killing 15 people, Houthi media said.", "en", "Yemen",
     "Al Hudaydah"),
    ("Des frappes ont visé le port de Hodeidah vendredi, tuant 15 personnes, selon les Houthis.", "fr", "Yemen",
     "Al Hudaydah"),
    ("A suicide bomber attacked a military convoy in Mir Ali on Saturday, killing four soldiers.", "en",
     "Pakistan", "Khyber Pakhtunkhwa"),
    ("Gunmen killed three people in Humera on Sunday, local officials said.", "en", "Ethiopia", "Tigray"),
    ("An airstrike hit a convoy near Bukamal on Monday, killing 10 militia fighters.", "en", "Syria",
     "Deir-ez-Zor"),
])
def test_towns_of_the_wars_written_as_the_news_writes_them(text, language, country, admin1):
    place = _event_place(text, language)
    assert (place.country, place.admin1) == (country, admin1)
    assert place.geo_precision in (1, 2) and place.latitude is not None


# ------------------------------------------------------------------ a country named first in the sentence

@pytest.mark.parametrize(("text", "language", "country", "admin1"), [
    ("In Niger, armed bandits from Nigeria attacked Illela on Sunday, killing eight civilians, officials said.",
     "en", "Niger", "Tahoua"),
    ("Au Niger, des hommes armés ont attaqué un poste de douane à Gaya, tuant deux agents.", "fr", "Niger", "Dosso"),
    ("In Niger, gunmen killed two customs officers in Gaya on Tuesday, the ministry said.", "en", "Niger", "Dosso"),
    ("Au Nigeria, des bandits ont attaqué Illela dimanche, tuant huit civils.", "fr", "Nigeria", "Sokoto"),
])
def test_country_glued_to_the_first_word_chooses_the_namesake(text, language, country, admin1):
    place = _event_place(text, language)
    assert (place.country, place.admin1) == (country, admin1)


# ------------------------------------------------------------------ parks, reserves and forests

@pytest.mark.parametrize(("text", "language", "country", "admin1"), [
    ("Des jihadistes ont attaqué une patrouille de l'armée béninoise dans le parc W mercredi, tuant huit soldats.",
     "fr", "Benin", "Alibori"),
    ("Au Bénin, des jihadistes ont attaqué un poste de l'armée dans le parc national du W, tuant huit soldats.",
     "fr", "Benin", "Alibori"),
    ("Des miliciens ont tué quatre écogardes dans le parc national des Virunga dimanche.", "fr",
     "Democratic Republic of Congo", "North Kivu"),
    ("Islamist militants attacked the Niassa Special Reserve on Friday, killing two rangers.", "en",
     "Mozambique", "Niassa"),
    ("Mai-Mai militiamen killed four rangers in an ambush in Virunga National Park on Sunday.", "en",
     "Democratic Republic of Congo", "North Kivu"),
])
def test_a_park_or_reserve_is_the_place(text, language, country, admin1):
    place = _event_place(text, language)
    assert (place.country, place.admin1) == (country, admin1)
    assert place.location and place.latitude is not None


# ------------------------------------------------------------------ the country across a border

@pytest.mark.parametrize(("text", "language", "country", "admin1"), [
    ("Jihadists killed 10 soldiers 25 km from Torodi near the border with Burkina Faso on Friday.", "en",
     "Niger", "Tillaberi"),
    ("Jihadists killed 12 soldiers near the tri-border area with Mali and Burkina Faso on Sunday, Niger's army "
     "said.", "en", "Niger", "Tillaberi"),
    ("Al-Shabaab militants killed five police officers near the Somali border in Kenya's Mandera county on "
     "Monday.", "en", "Kenya", "Mandera"),
    ("Des jihadistes ont tué dix soldats à 25 km de Torodi, près de la frontière avec le Burkina Faso, vendredi.",
     "fr", "Niger", "Tillaberi"),
])
def test_a_country_across_the_border_is_not_the_events(text, language, country, admin1):
    place = _event_place(text, language)
    assert (place.country, place.admin1) == (country, admin1)


def test_a_border_country_named_alone_still_gives_the_country():
    """A report naming no other country keeps the one across the border rather than none."""
    place = _event_place("Gunmen attacked an army post near the border with Niger on Monday, killing four soldiers.")
    assert place.country == "Niger"


# ------------------------------------------------------------------ Portuguese and Spanish particles inside a name

@pytest.mark.parametrize(("text", "country", "admin1"), [
    ("Insurgents attacked a village outside Mocimboa da Praia on Sunday, beheading two men, local sources said.",
     "Mozambique", "Cabo Delgado"),
    ("Gunmen killed three traders near Mocímboa da Praia on Friday, police said.", "Mozambique", "Cabo Delgado"),
    ("FARC dissidents attacked a police station outside San José del Guaviare on Sunday, killing two officers.",
     "Colombia", "Guaviare"),
])
def test_a_name_with_a_particle_is_read_whole(text, country, admin1):
    place = _event_place(text)
    assert (place.country, place.admin1) == (country, admin1)


# ------------------------------------------------------------------ "the X area" of a settlement no list knows

@pytest.mark.parametrize(("text", "country", "location"), [
    ("Gunmen killed 12 herders in the Kouakourou area of central Mali on Monday, a local official said.", "Mali",
     "Kouakourou"),
    ("Jihadists killed nine volunteers in the Tandjari area of eastern Burkina Faso on Sunday.", "Burkina Faso",
     "Tandjari"),
    ("Gunmen killed 14 villagers in the Bakorat area of Niger on Friday, the interior ministry said.", "Niger",
     "Bakorat"),
    ("Gunmen killed 12 herders in the Kouakourou area on Monday, a local official in Mali said.", "Mali",
     "Kouakourou"),
])
def test_an_area_named_after_an_unknown_settlement_keeps_its_name(text, country, location):
    place = _event_place(text)
    assert (place.country, place.location) == (country, location)


def test_the_area_word_of_a_speaker_names_no_settlement():
    """'the Tahoua area commander said': an office, not a settlement."""
    place = _event_place("Gunmen killed four soldiers in Niger on Friday, the Bakorat area commander said.")
    assert place.location != "Bakorat"


# ------------------------------------------------------------------ namesakes in two of the report's countries

@pytest.mark.parametrize("text", [
    "Russian glide bombs hit Pokrovsk on Monday, killing three civilians, Ukrainian officials said.",
    "Russian troops attacked Ukrainian positions near Pokrovsk on Monday, Kyiv's military said.",
    "Russian forces shelled the eastern Ukrainian town of Pokrovsk on Monday, killing three civilians.",
])
def test_the_much_larger_namesake_of_a_country_of_the_report_is_meant(text):
    place = _event_place(text)
    assert (place.country, place.admin1, place.location) == ("Ukraine", "Donetsk", "Pokrovsk")


def test_a_region_named_still_chooses_the_smaller_namesake():
    place = _event_place("Russian drones struck Pokrovsk in Sakha on Monday, wounding two people, Ukrainian media "
                         "said.")
    assert (place.country, place.admin1) == ("Russia", "Sakha")


# ------------------------------------------------------------------ where officials are is not the event's town

@pytest.mark.parametrize(("text", "language", "admin1"), [
    ("MAIDUGURI, Nigeria — Gunmen killed 12 farmers in Borno State on Saturday, residents said. The state governor "
     "visited Maiduguri on Sunday to meet survivors.", "en", "Borno"),
    ("Des hommes armés ont tué dix civils dans la région de Tillabéri dimanche, selon des sources locales. À Niamey, "
     "le gouvernement n'a pas commenté.", "fr", "Tillaberi"),
    ("Jihadists killed 20 soldiers in Niger's Tahoua region on Tuesday. Officials in Niamey gave no further "
     "details.", "en", "Tahoua"),
])
def test_a_capital_or_dateline_city_of_a_sentence_without_event_is_not_the_place(text, language, admin1):
    place = _event_place(text, language)
    assert (place.admin1, place.location) == (admin1, None)


@pytest.mark.parametrize("text", [
    "Militants attacked a police post in Khyber Pakhtunkhwa on Wednesday, killing three officers.",
    "Gunmen killed two policemen in Khyber Pakhtunkhwa province on Sunday, officials said.",
    "A bomb killed four soldiers in northwestern Khyber Pakhtunkhwa on Monday.",
])
def test_a_region_whose_name_begins_with_an_area_is_the_region(text):
    place = _event_place(text)
    assert (place.admin1, place.location) == ("Khyber Pakhtunkhwa", None)


def test_the_area_itself_is_still_read():
    place = _event_place("Militants killed four soldiers in an attack in Khyber on Tuesday, the army said.")
    assert (place.admin1, place.location) == ("Khyber Pakhtunkhwa", "Khyber")


# ------------------------------------------------------------------ a road between two towns of several words

@pytest.mark.parametrize(("text", "location"), [
    ("Gunmen have abducted 20 passengers along the Kaura Namoda-Shinkafi road in Zamfara State on Tuesday.",
     "Kaura Namoda"),
    ("Bandits killed four travellers on the Birnin Gwari-Kaduna highway on Sunday, police said.", "Birnin Gwari"),
    ("Insurgents ambushed a convoy on the Dera Ismail Khan-Tank road on Monday, killing three soldiers.",
     "Dera Ismail Khan"),
])
def test_the_first_town_of_a_road_of_two_is_read_whole(text, location):
    assert _event_place(text).location == location


# ------------------------------------------------------------------ a place right after a sentence's first word

@pytest.mark.parametrize(("text", "admin1"), [
    ("Russian attacks across Ukraine killed four people over the past day, authorities said. In Kherson Oblast, "
     "Russian drones killed two civilians.", "Kherson"),
    ("Russian attacks killed three people over the past day. In Sumy Oblast, Russian shelling killed two people.",
     "Sumy"),
    ("Bandits killed 20 people across the northwest on Sunday. In Zamfara State, gunmen killed 12 villagers.",
     "Zamfara"),
])
def test_a_region_after_a_capitalised_in_is_read(text, admin1):
    assert _event_place(text).admin1 == admin1


# ------------------------------------------------------------------ a border area gives its one region

@pytest.mark.parametrize(("text", "language", "country", "admin1"), [
    ("Benin's army lost 12 soldiers in an attack near its borders with Niger and Burkina Faso on Thursday, "
     "officials said.", "en", "Benin", "Alibori"),
    ("Gunmen killed four Beninese soldiers near the border with Niger on Tuesday, the army said.", "en", "Benin",
     "Alibori"),
    ("Au Niger, des jihadistes ont tué neuf soldats près de la frontière avec le Burkina Faso, samedi.", "fr",
     "Niger", "Tillaberi"),
    ("Au Bénin, une attaque contre un poste militaire du triple point a tué six soldats jeudi.", "fr", "Benin",
     "Alibori"),
])
def test_a_border_area_lies_in_the_region_along_that_border(text, language, country, admin1):
    place = _event_place(text, language)
    assert (place.country, place.admin1, place.geo_precision) == (country, admin1, 3)
    assert place.latitude is not None


@pytest.mark.parametrize(("text", "language"), [
    ("Bandits killed eight Nigerian vigilantes near the border with Niger on Friday.", "en"),
    ("Nigerian troops lost four soldiers in an ambush close to the border with Niger on Monday.", "en"),
    ("Des bandits ont tué huit membres d'une milice nigériane près de la frontière avec le Niger vendredi.", "fr"),
])
def test_a_border_of_several_regions_gives_none(text, language):
    """Nigeria's border with Niger runs along many states: no region is guessed, nor the country's name read
    as Nigeria's Niger State."""
    place = _event_place(text, language)
    assert (place.country, place.admin1) == ("Nigeria", None)


# ------------------------------------------------------------------ "X community": a village, not a people

@pytest.mark.parametrize(("text", "admin1", "location"), [
    ("Gunmen invaded Kurmin Masara community in Zangon Kataf LGA of Kaduna State on Sunday night, killing seven.",
     "Kaduna", "Kurmin Masara"),
    ("Boko Haram insurgents on Saturday attacked Wajiroko community in Damboa local government area, killing "
     "three.", "Borno", "Wajiroko"),
    ("Bandits killed nine farmers at Tungar Dutsi community in Maru LGA on Friday, police said.", "Zamfara",
     "Tungar Dutsi"),
])
def test_a_community_named_without_a_determiner_is_a_village(text, admin1, location):
    place = _event_place(text)
    assert (place.admin1, place.location) == (admin1, location)


@pytest.mark.parametrize(("text", "location"), [
    ("Gunmen attacked the Fulani community in Bokkos LGA of Plateau State on Sunday, killing six herders.", "Bokkos"),
    ("Leaders of the Berom community said gunmen killed 12 people in Riyom LGA on Saturday.", "Riyom"),
    ("Armed youths from the Murle community attacked cattle camps in Uror County on Sunday, killing 20.", "Uror"),
])
def test_the_community_of_a_people_is_no_village(text, location):
    assert _event_place(text).location == location


# ------------------------------------------------------------------ a name spelled like a place of another region

@pytest.mark.parametrize(("text", "language", "admin1", "location"), [
    ("Jihadists attacked the village of Kolongo in central Mali's Segou region on Monday, killing 30 people.", "en",
     "Segou", "Kolongo"),
    ("Des jihadistes ont attaqué le village de Koulogone, dans la région de Ségou, lundi, tuant 30 civils.", "fr",
     "Segou", "Koulogone"),
    ("Gunmen killed six herders in Alfakora, Borgou department, on Friday, Beninese officials said.", "en",
     "Borgou", "Alfakora"),
])
def test_a_stated_region_wins_over_a_place_only_spelled_like_the_name(text, language, admin1, location):
    place = _event_place(text, language)
    assert (place.admin1, place.location) == (admin1, location)


def test_a_near_spelling_in_the_region_stated_is_still_that_place():
    place = _event_place("Jihadists attacked the village of Koulogone in Mali's Bandiagara region on Monday.")
    assert place.admin1 == "Bandiagara"


# ------------------------------------------------------------------ the country written right after a town

@pytest.mark.parametrize(("text", "language", "country", "admin1"), [
    ("Nigerian bandits crossed the border and attacked Illela in Niger on Sunday, killing eight civilians.", "en",
     "Niger", "Tahoua"),
    ("Boko Haram fighters from Nigeria attacked a customs post in Gaya, Niger, on Tuesday, killing two officers.",
     "en", "Niger", "Dosso"),
    ("Des bandits nigérians ont attaqué un poste de douane à Gaya au Niger mardi, tuant deux agents.", "fr",
     "Niger", "Dosso"),
    ("Malian jihadists attacked Gao in Burkina Faso on Friday, killing six volunteers.", "en", "Burkina Faso",
     "Centre-Ouest"),
])
def test_the_country_written_after_a_town_chooses_its_namesake(text, language, country, admin1):
    place = _event_place(text, language)
    assert (place.country, place.admin1) == (country, admin1)


def test_a_state_named_like_a_country_is_no_country():
    """'Gaya, Niger State': the run is a Nigerian state, so the namesake in Niger is not chosen by it."""
    place = _event_place("Gunmen killed two police officers in Gaya, Kano State, on Tuesday, police in Nigeria said.")
    assert (place.country, place.admin1) == ("Nigeria", "Kano")


# ------------------------------------------------------------------ a country named beats an actor's home

@pytest.mark.parametrize(("text", "language", "country", "admin1"), [
    ("Suspected Boko Haram fighters killed two customs officers in Niger on Tuesday. The gunmen attacked a post "
     "in Gaya before fleeing into Nigeria.", "en", "Niger", "Dosso"),
    ("Boko Haram fighters killed two customs officers in Niger on Tuesday. The attack on the post at Gaya lasted "
     "an hour.", "en", "Niger", "Dosso"),
    ("Des combattants de Boko Haram ont tué deux douaniers au Niger mardi. Ils ont attaqué le poste de Gaya avant "
     "de s'enfuir vers le Nigeria.", "fr", "Niger", "Dosso"),
])
def test_a_country_named_outweighs_the_home_of_an_actor(text, language, country, admin1):
    place = _event_place(text, language)
    assert (place.country, place.admin1) == (country, admin1)


@pytest.mark.parametrize(("text", "language"), [
    ("Gunmen killed two Nigerien customs officers in Gaya on Tuesday before fleeing into Nigeria.", "en"),
    ("The attackers killed two Nigerien customs officers in Gaya and then retreated into neighbouring Nigeria.",
     "en"),
    ("Des hommes armés ont tué deux douaniers nigériens à Gaya mardi avant de s'enfuir vers le Nigeria.", "fr"),
])
def test_where_attackers_fled_is_no_country_of_the_report(text, language):
    assert (_event_place(text, language).country, _event_place(text, language).admin1) == ("Niger", "Dosso")


@pytest.mark.parametrize(("text", "language"), [
    ("An attack on the Point Triple military post killed 28 Beninese soldiers on Wednesday.", "en"),
    ("Jihadists attacked Beninese troops in the tri-border area on Friday, killing six soldiers.", "en"),
    ("Des jihadistes ont attaqué des soldats béninois dans la zone des trois frontières vendredi, tuant six "
     "militaires.", "fr"),
])
def test_a_tri_border_named_alone_gives_the_region_of_the_reports_country(text, language):
    place = _event_place(text, language)
    assert (place.country, place.admin1) == ("Benin", "Alibori")


def test_a_subdivision_of_the_far_north_gives_its_region():
    place = _event_place("Suspected Boko Haram militants killed five civilians in Mayo-Moskota district on Sunday.")
    assert (place.country, place.admin1) == ("Cameroon", "Far North")
