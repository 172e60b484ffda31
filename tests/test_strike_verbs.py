"""Verbs of striking, fighting and destroying read by their structure, not by a fixed phrase: aircraft as the agent
of a strike verb make an air strike whatever words stand between them ("Army helicopters fired on", "des avions de
l'armée ont bombardé"), and the force that owns the aircraft inside the trigger ("des hélicoptères de l'armée", "jets
of the Sudanese army") is its author; rockets, missiles or shells fired at a target are shelling; who "a affronté"
others fights a battle; homes, schools or masts demolished or blown up are property destruction. Each positive
case failed before (a bombing by jets read as an attack on civilians, shelling, a clash or no event; the owner as
the target; no event at all for the others)."""

import pytest

from tests.conftest import event_parties, extracted, first_event

AIR = ("Explosions/Remote violence", "Air/drone strike")
ARMY_ML = "Military Forces of Mali (FAMa)"


@pytest.mark.parametrize("text, language", [
    ("Military jets bombed a village in Myanmar's Sagaing region on Thursday, killing 12 people.", "en"),
    ("Planes bombed the town of Nyala overnight, killing nine civilians, medics said.", "en"),
    ("A fighter jet dropped two bombs on a market near Lashio on Thursday.", "en"),
    ("Helicopter gunships attacked rebel positions near Bria on Thursday.", "en"),
    ("Army helicopters fired on a market near Kidal on Thursday, killing five people.", "en"),
    ("Des avions de l'armée ont bombardé un village du cercle de Niono jeudi, tuant douze civils.", "fr"),
    ("Des hélicoptères de combat ont mitraillé des positions rebelles près de Bria jeudi.", "fr"),
    ("Un bombardier a largué des bombes sur un marché près de Kidal jeudi, selon des habitants.", "fr"),
])
def test_aircraft_that_strike_make_an_air_strike(text, language):
    e = first_event(text, language)
    assert (e.event_type, e.sub_event_type) == AIR


@pytest.mark.parametrize("text, language", [
    ("An army helicopter was hit by gunfire near Kidal on Thursday, killing two soldiers.", "en"),
    ("Helicopters evacuated the wounded after gunmen attacked a village near Kidal on Thursday.", "en"),
    ("Un hélicoptère de l'armée a été touché par des tirs près de Kidal jeudi, tuant deux soldats.", "fr"),
])
def test_aircraft_hit_or_beside_the_event_make_no_air_strike(text, language):
    e = first_event(text, language)
    assert (e.event_type, e.sub_event_type) != AIR


@pytest.mark.parametrize("text, language, owner, target", [
    ("Des hélicoptères de l'armée ont pilonné des positions rebelles près de Bria jeudi.", "fr",
     "Military Forces of the Central African Republic (FACA)", "CPC: Coalition of Patriots for Change"),
    ("Des drones de l'armée malienne ont frappé des positions du JNIM près de Tessit jeudi.", "fr",
     ARMY_ML, "JNIM: Group for Support of Islam and Muslims"),
    ("Jets of the Sudanese army bombed RSF positions near El Fasher on Thursday.", "en",
     "Military Forces of Sudan (SAF)", "Rapid Support Forces (RSF)"),
    ("Helicopters of the Nigerian Air Force struck ISWAP camps near Lake Chad on Thursday.", "en",
     "Military Forces of Nigeria", "Islamic State West Africa Province (ISWAP)"),
])
def test_the_owner_of_the_aircraft_is_the_author(text, language, owner, target):
    _, parties = event_parties(text, language)
    assert parties.get(owner) == "A" and parties.get(target) == "B", parties


SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")


@pytest.mark.parametrize("text", [
    "Militants fired rockets at Sderot on Thursday, the army said.",
    "Houthi rebels fired two ballistic missiles at a cargo ship in the Red Sea on Thursday.",
    "Al-Shabaab fighters lobbed mortar shells into the presidential palace compound in Mogadishu on Thursday.",
    "Russian forces launched dozens of missiles against Kharkiv overnight, killing four people.",
])
def test_fired_or_lobbed_at_a_target_is_shelling(text):
    e = first_event(text)
    assert (e.event_type, e.sub_event_type) == SHELLING


@pytest.mark.parametrize("text", [
    "Les troupes de la SAMIDRC ont affronté les rebelles du M23 près de Sake jeudi.",
    "Des soldats maliens ont violemment affronté des jihadistes près de Boni jeudi, selon l'armée.",
    "Des chasseurs dozos ont affronté des hommes armés près de Djibo jeudi, faisant dix morts.",
    "L'armée a affronté des assaillants à Tessit jeudi, affrontant ensuite un second groupe près d'Ansongo.",
])
def test_who_confronts_others_fights_a_battle(text):
    e = first_event(text, "fr")
    assert (e.event_type, e.sub_event_type) == ("Battles", "Armed clash")


LOOTING = ("Strategic developments", "Looting/property destruction")


@pytest.mark.parametrize("text, language", [
    ("Israeli troops demolished 12 homes in the West Bank village of Beita on Thursday.", "en"),
    ("Al-Shabaab fighters blew up a telecom mast near Baidoa on Thursday.", "en"),
    ("Militants blew up two schools in Khyber district on Thursday.", "en"),
    ("Des jihadistes ont dynamité deux écoles et une antenne de téléphonie près de Djibo jeudi.", "fr"),
    ("L'armée israélienne a démoli douze maisons dans le village de Beita jeudi.", "fr"),
    ("Des hommes armés ont fait sauter un pont sur la route de Kantchari jeudi.", "fr"),
    ("Des colons israéliens ont incendié des voitures dans un village près de Ramallah jeudi.", "fr"),
])
def test_buildings_destroyed_are_property_destruction(text, language):
    e = first_event(text, language)
    assert (e.event_type, e.sub_event_type) == LOOTING


@pytest.mark.parametrize("text, language", [
    ("Junta troops shelled a village near Kanbalu on Tuesday, killing five people. The shelling destroyed homes in "
     "the village, residents said.", "en"),
    ("Gunmen attacked a village near Bokkos on Sunday, killing nine people. The attackers destroyed houses and "
     "shops, police said.", "en"),
    ("Des jihadistes ont attaqué un village près de Djibo dimanche, tuant neuf civils. L'attaque a détruit des "
     "maisons et des boutiques, selon des habitants.", "fr"),
])
def test_damage_an_attack_did_is_no_second_event(text, language):
    assert len(extracted(text, language).events) == 1
