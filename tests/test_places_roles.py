"""Places a report names in another role than the event's: the town a source speaks or publishes from, the
home of the attackers, and the two towns a road joins (the first is where the event is placed, as the gold
conventions say). Sentences and names are the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place as _event_place


# ------------------------------------------------------------------ a road between two towns
@pytest.mark.parametrize(("text", "town", "admin1"), [
    ("Troops neutralised 15 terrorists in an ambush along the Damboa-Maiduguri road on Thursday.", "Damboa", "Borno"),
    ("Gunmen abducted 12 travellers along the Tsafe-Gusau highway on Sunday.", "Tsafe", "Zamfara"),
    ("Bandits killed four traders who were travelling along the Banki-Bama road on Friday.", "Banki", "Borno"),
    ("Insurgents ambushed a convoy along the Mora-Kousseri road in the Far North region on Tuesday, killing two "
     "soldiers.", "Mora", "Far North"),
])
def test_the_first_town_of_a_road_places_the_event_whatever_word_precedes_the_road(text, town, admin1):
    place = _event_place(text)
    assert (place.location, place.admin1, place.geo_precision) == (town, admin1, 2), place


# ------------------------------------------------------------------ where the source speaks or publishes from
@pytest.mark.parametrize(("text", "town", "elsewhere"), [
    ("Insurgents beheaded three people in Chiure district on Saturday, according to local media in Pemba.",
     "Chiure", "Pemba"),
    ("Gunmen killed four people in Ulang county on Friday, a local official told Radio Tamazuj by phone from "
     "Juba.", "Ulang", "Juba"),
    ("Gunmen killed nine people in Kukawa local government area on Friday, the army said in a statement issued "
     "in Maiduguri.", "Kukawa", "Maiduguri"),
])
def test_the_town_a_source_publishes_from_is_not_the_event_place(text, town, elsewhere):
    place = _event_place(text)
    assert place.location == town, place


# ------------------------------------------------------------------ where the attackers come from
@pytest.mark.parametrize(("text", "town", "admin1"), [
    ("Armed youth from Pibor attacked cattle camps in Akobo County on Saturday, killing 12 herders.",
     "Akobo", "Jonglei"),
    ("Militiamen from Djugu attacked a displacement camp in Irumu territory on Sunday, killing ten people.",
     "Irumu", "Ituri"),
    ("Herdsmen from Agatu attacked farmers in Doma local government area on Tuesday, killing seven people.",
     "Doma", "Nasarawa"),
])
def test_the_home_of_the_attackers_is_not_the_event_place(text, town, admin1):
    place = _event_place(text)
    assert (place.location, place.admin1) == (town, admin1), place


# ------------------------------------------------------------------ "X, the main town of Y": Y is X's area
@pytest.mark.parametrize(("text", "town"), [
    ("A bomb blast at a football ground in Wana, the main town of South Waziristan, killed three people on "
     "Friday.", "Wana"),
    ("Gunmen attacked a police station in Miranshah, the main town of North Waziristan, on Monday, killing two "
     "officers.", "Miran Shah"),
    ("Rebels shelled Kitchanga, the largest town of Bashali chiefdom, on Tuesday, killing four civilians.",
     "Kitchanga"),
])
def test_the_area_a_town_is_the_main_town_of_is_not_a_settlement(text, town):
    place = _event_place(text)
    assert (place.location, place.geo_precision) == (town, 1), place


# ------------------------------------------------------------------ "near the border with X": X is the neighbour
@pytest.mark.parametrize(("text", "lang", "town", "country"), [
    ("Four soldiers were killed on Thursday in an attack on a checkpost in the Kurram district near the border "
     "with Afghanistan, the military said.", "en", "Kurram", "Pakistan"),
    ("Two soldiers were killed when militants attacked a post in the Bajaur district near the border with "
     "Afghanistan on Monday.", "en", "Bajaur", "Pakistan"),
    ("Des jihadistes ont attaqué un poste militaire dans le département de Banibangou, près de la frontière avec "
     "le Mali, tuant dix soldats.", "fr", "Banibangou", "Niger"),
])
def test_the_country_across_the_border_is_not_the_event_place(text, lang, town, country):
    place = _event_place(text, lang)
    assert (place.location, place.country) == (town, country), place


# ------------------------------------------------------------------ a bare area name in a report naming no country
@pytest.mark.parametrize(("text", "location"), [
    ("Security forces killed six militants in an operation in North Waziristan on Friday.", "North Waziristan"),
    ("Terrorists attacked a checkpost in South Waziristan on Sunday.", "South Waziristan"),
    ("Gunmen stormed a village in Bajaur on Sunday.", "Bajaur"),
])
def test_a_bare_area_name_places_a_report_that_names_no_country(text, location):
    place = _event_place(text)
    assert (place.location, place.country, place.admin1) == (location, "Pakistan", "Khyber Pakhtunkhwa"), place


@pytest.mark.parametrize(("text", "village"), [
    ("Security forces killed six militants in an operation in Ghulam Khan, North Waziristan, the ISPR said on "
     "Friday.", "Ghulam Khan"),
    ("Militants attacked a police post in Spinwam, North Waziristan, on Friday, killing two officers.", "Spinwam"),
    ("A roadside bomb killed three soldiers in Inayat Kali, Bajaur, on Monday.", "Inayat Kali"),
])
def test_an_area_named_after_a_village_and_a_comma_is_where_it_lies(text, village):
    place = _event_place(text)
    assert (place.location, place.admin1, place.geo_precision) == (village, "Khyber Pakhtunkhwa", 2), place


# ------------------------------------------------------------------ a dateline after the page's headline
@pytest.mark.parametrize(("text", "country", "location"), [
    ("Gunmen kill three traders\n\nJUBA — Gunmen killed three traders at a market in the capital on Sunday.",
     "South Sudan", "Juba"),
    ("Bomb kills two policemen\nBy Staff Reporter\n\nISLAMABAD (AFP) – A bomb killed two policemen in the capital "
     "on Monday, officials said.", "Pakistan", "Islamabad"),
    ("Elders abducted in raid\n\nMOGADISHU — Militants raided Ceel Qoox village on Sunday, abducting two elders, "
     "residents said.", "Somalia", "Ceel Qoox"),
])
def test_a_dateline_below_the_headline_still_gives_the_country(text, country, location):
    """A page's headline or byline before 'JUBA —': the dateline still says which country the report is from."""
    place = _event_place(text)
    assert (place.country, place.location) == (country, location)


# ------------------------------------------------------------------ the town a police speaker is in
@pytest.mark.parametrize(("text", "admin1"), [
    ("Bandits killed 20 people in three villages of Zamfara State on Saturday. The police spokesman in Gusau, "
     "Yazid Abubakar, confirmed the attacks.", "Zamfara"),
    ("Gunmen abducted 30 travellers in Katsina State on Monday. The Police Public Relations Officer in Katsina, "
     "Abubakar Aliyu, confirmed the attack in a statement.", "Katsina"),
    ("Insurgents killed nine fishermen in Borno State on Friday. The police commissioner in Maiduguri confirmed "
     "the attack on Saturday.", "Borno"),
])
def test_the_town_of_a_police_speaker_is_not_the_place(text, admin1):
    place = _event_place(text)
    assert (place.location, place.admin1) == (None, admin1)


# ------------------------------------------------------------------ a journey whose start is described
@pytest.mark.parametrize(("text", "town", "admin1"), [
    ("Militants attacked a train travelling from Quetta, the capital of Balochistan, to Peshawar on Tuesday.",
     "Quetta", "Balochistan"),
    ("Gunmen ambushed a bus travelling from Maiduguri, the Borno State capital, to Damaturu on Sunday, killing six "
     "passengers.", "Maiduguri", "Borno"),
    ("Bandits abducted 18 passengers of a bus heading from Gusau, capital of Zamfara State, to Sokoto on Friday.",
     "Gusau", "Zamfara"),
])
def test_a_journeys_destination_after_a_described_start_is_not_the_place(text, town, admin1):
    """'travelling from X, the capital of Y, to Z': Z is where they were going; the attack is near X (2)."""
    place = _event_place(text)
    assert (place.location, place.admin1, place.geo_precision) == (town, admin1, 2)
