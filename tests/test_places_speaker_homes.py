"""The town a quoted speaker is in ('..., according to a lawmaker from X', '..., said a source in X', 'selon une
source sécuritaire à X') is not where the event happened when its clause names a place near which it did
('near Y', 'the Y area', 'non loin de Y'). Sentences and names are the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "lang", "town"), [
    ("Islamist militants killed 20 people in villages around Kajuru on Sunday, according to a lawmaker from "
     "Kaduna.", "en", "Kajuru"),
    ("Bandits torched houses near Tsafe overnight and killed nine people, according to a councillor in Gusau.",
     "en", "Tsafe"),
    ("Jihadists attacked a market on the outskirts of Diapaga on Friday, killing seven traders, said a local "
     "official based in Fada N'Gourma.", "en", "Diapaga"),
    ("Gunmen killed six farmers near Kajuru on Monday, citing residents of Kaduna, the newspaper said.", "en",
     "Kajuru"),
    ("Des jihadistes ont attaqué un camp militaire non loin de Boni dimanche, a indiqué à l'AFP une source "
     "sécuritaire à Mopti.", "fr", "Boni"),
    ("Des terroristes ont tué onze civils dans la zone de Djibo lundi, selon une source locale à Ouahigouya.",
     "fr", "Djibo"),
    ("Un drone a frappé un marché dans les environs de Tawila jeudi, selon des humanitaires à El Fasher.", "fr",
     "Tawila"),
    ("Des hommes armés ont tué sept villageois près de Kajuru samedi, d'après un élu de Kaduna.", "fr", "Kajuru"),
])
def test_a_speakers_town_gives_way_to_the_place_near_which_it_happened(text, lang, town):
    place = event_place(text, lang)
    assert place.location == town, place


@pytest.mark.parametrize(("text", "lang", "town"), [
    ("Gunmen killed five villagers on Sunday, according to a lawmaker from Kajuru.", "en", "Kajuru"),
    ("Des hommes armés ont tué cinq villageois dimanche, selon un élu de Djibo.", "fr", "Djibo"),
    ("Bandits killed three officials in Kajuru on Monday, police said.", "en", "Kajuru"),
])
def test_a_speakers_town_alone_or_a_victims_town_still_places_it(text, lang, town):
    place = event_place(text, lang)
    assert place.location == town, place


@pytest.mark.parametrize(("text", "lang", "town"), [
    ("In Kaduna, police said gunmen killed seven worshippers at a church near Kajuru on Sunday.", "en", "Kajuru"),
    ("In Maiduguri, the army said troops killed 20 insurgents near Dikwa on Saturday.", "en", "Dikwa"),
    ("At Mopti, a military spokesman told reporters that jihadists had attacked a camp outside Boni.", "en",
     "Boni"),
    ("À Kaduna, la police a indiqué que des hommes armés ont tué sept fidèles dans une église près de Kajuru "
     "dimanche.", "fr", "Kajuru"),
    ("À Ouahigouya, un responsable local a affirmé que des jihadistes avaient tué dix civils aux environs de "
     "Djibo.", "fr", "Djibo"),
])
def test_the_town_opening_a_speakers_sentence_is_where_they_speak(text, lang, town):
    place = event_place(text, lang)
    assert place.location == town, place


def test_a_town_opening_the_sentence_of_the_event_itself_places_it():
    place = event_place("In Kajuru, gunmen killed seven worshippers at a church on Sunday, police said.")
    assert place.location == "Kajuru", place


@pytest.mark.parametrize(("text", "town"), [
    ("Gunmen killed 12 traders from Kachia near Kajuru on Sunday.", "Kajuru"),
    ("Jihadists ambushed a convoy carrying merchants from Mopti near Boni on Sunday, killing 12.", "Boni"),
    ("Seven fishermen from Baga were shot dead near Monguno on Monday.", "Monguno"),
    ("Militants killed seven miners from Kachia in an attack outside Kajuru on Monday.", "Kajuru"),
])
def test_where_people_came_from_is_not_where_they_were_hit(text, town):
    place = event_place(text)
    assert place.location == town, place


def test_where_people_came_from_alone_still_places_it():
    place = event_place("Gunmen abducted 20 traders from Kachia on Sunday in Nigeria.")
    assert place.location == "Kachia", place


@pytest.mark.parametrize(("text", "lang", "admin1"), [
    ("Jihadists killed 12 civilians in Mali's Mopti region on Monday, according to officials in Sevare.", "en",
     "Mopti"),
    ("Gunmen killed 12 people in Nigeria's Kaduna State on Monday, said a police spokesman based in Zaria.", "en",
     "Kaduna"),
    ("Des jihadistes ont tué douze civils lundi dans la région de Mopti, au Mali, selon des responsables à "
     "Sévaré.", "fr", "Mopti"),
])
def test_a_speakers_town_beside_the_region_named_is_no_place(text, lang, admin1):
    place = event_place(text, lang)
    assert (place.location, place.admin1) == (None, admin1), place


@pytest.mark.parametrize(("text", "town"), [
    ("Des bandits ont tué douze commerçants de Kachia près de Kajuru, au Nigeria, dimanche.", "Kajuru"),
    ("Des hommes armés ont abattu six transporteurs de Kachia dimanche aux abords de Kajuru, au Nigeria.", "Kajuru"),
    ("Au Nigeria, cinq pêcheurs de Baga ont été tués par balle lundi non loin de Monguno.", "Monguno"),
])
def test_fr_where_people_came_from_is_not_where_they_were_hit(text, town):
    place = event_place(text, "fr")
    assert place.location == town, place


@pytest.mark.parametrize(("text", "lang", "town"), [
    ("A source in Maiduguri, who asked not to be named, said insurgents killed 8 farmers near Konduga in Nigeria "
     "on Sunday.", "en", "Konduga"),
    ("A militia leader in Maiduguri, Babakura Kolo, said insurgents killed 8 farmers near Konduga in Nigeria on "
     "Sunday.", "en", "Konduga"),
    ("A senior officer at the Maiduguri barracks said insurgents killed 8 farmers near Konduga in Nigeria on "
     "Sunday.", "en", "Konduga"),
    ("Un responsable local à Mopti, sous couvert d'anonymat, a indiqué que des jihadistes ont tué 8 villageois "
     "près de Bandiagara, au Mali.", "fr", "Bandiagara"),
    ("Joint par l'AFP à Mopti, un élu a affirmé que des jihadistes ont tué 8 villageois près de Bandiagara, au "
     "Mali.", "fr", "Bandiagara"),
])
def test_the_speakers_a_sentence_opens_with_are_where_they_speak(text, lang, town):
    place = event_place(text, lang)
    assert place.location == town, place
