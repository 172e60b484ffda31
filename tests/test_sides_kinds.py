"""Sides of events by kind of error: who is a party, on which side, in sentences written for these tests."""

import pytest
from conftest import doc

from fogline.extract import extract


def _events(text, lang="en", published="2025-06-15"):
    return extract(doc(text, published, language=lang)).to_dict()["events"]


def _parties(text, lang="en"):
    events = _events(text, lang)
    assert events, text
    return {a["name"] for a in events[0]["actors"]}


# ---------------------------------------------------------------- "people" are civilians when no armed target

@pytest.mark.parametrize(("lang", "text", "civilians"), [
    ("en", "Gunmen opened fire on a crowded bus station in Jos, Plateau State, Nigeria, on Tuesday, killing nine "
           "people.", "Civilians (Nigeria)"),
    ("en", "A Russian glide bomb hit an apartment block in Zaporizhzhia, Ukraine, on Friday, killing five persons.",
     "Civilians (Ukraine)"),
    ("fr", "Des assaillants ont tué sept personnes mardi dans le village de Bani, au Burkina Faso.",
     "Civilians (Burkina Faso)"),
])
def test_people_killed_without_an_armed_target_are_civilians(lang, text, civilians):
    assert civilians in _parties(text, lang)


@pytest.mark.parametrize(("lang", "text", "not_civilians"), [
    ("en", "Fighting between Sudanese soldiers and the RSF in Babanusa, Sudan, killed 40 people on Monday.",
     "Civilians (Sudan)"),
    ("en", "Somali troops clashed with al-Shabaab fighters near Jowhar, Somalia, on Sunday; 12 people died.",
     "Civilians (Somalia)"),
    ("fr", "Des combats entre l'armée malienne et des jihadistes ont fait douze morts, dont des personnes "
           "blessées, jeudi près de Ségou, au Mali.", "Civilians (Mali)"),
])
def test_people_beside_an_armed_target_are_not_named_civilians(lang, text, not_civilians):
    assert not_civilians not in _parties(text, lang)


# ---------------------------------------------------------------- lone state forces counted among the victims

@pytest.mark.parametrize(("lang", "text", "target", "author"), [
    ("en", "A roadside bomb killed four Nigerien soldiers near Tillabéri, Niger, on Monday.",
     "Military Forces of Niger", "Unidentified Armed Group (Niger)"),
    ("en", "Three Kenyan police officers were killed on Tuesday when an explosive device hit their vehicle in "
           "Mandera county, Kenya.", "Police Forces of Kenya", "Unidentified Armed Group (Kenya)"),
    ("fr", "Cinq militaires béninois ont été tués mercredi dans une attaque contre un poste de l'armée à Banikoara, "
           "au Bénin.", "Military Forces of Benin", "Unidentified Armed Group (Benin)"),
])
def test_state_forces_whose_losses_are_counted_are_the_target(lang, text, target, author):
    events = _events(text, lang)
    sides = {a["name"]: a["side"] for a in events[0]["actors"]}
    assert sides.get(target) == "B" and sides.get(author) == "A", sides


@pytest.mark.parametrize("text", [
    "An explosive device killed six Somali soldiers near Afgoye, Somalia, on Monday, the army said. "
    "Al-Shabaab said in a statement that its fighters had planted the device.",
    "Four Somali soldiers were killed on Friday when a landmine struck their truck near Baidoa, Somalia. "
    "In a statement on its radio station, al-Shabaab said it carried out the attack.",
    "Two Somali police officers were killed in a bombing at a checkpoint in Mogadishu, Somalia, on Sunday. "
    "Al-Shabaab later claimed it on its website.",
])
def test_the_group_that_claims_an_attack_on_lone_victims_is_its_author(text):
    names = _parties(text)
    assert "Al Shabaab" in names and "Unidentified Armed Group (Somalia)" not in names, names


def test_state_forces_that_strike_stay_the_author():
    sides = {a["name"]: a["side"] for a in _events(
        "Nigerian troops killed 20 insurgents in Borno State, Nigeria, on Monday, and two soldiers were wounded, "
        "the army said.")[0]["actors"]}
    assert sides.get("Military Forces of Nigeria") == "A", sides


# ---------------------------------------------------------------- sources are not parties

@pytest.mark.parametrize(("text", "source"), [
    ("A Myanmar military airstrike killed 15 civilians at a monastery in Sagaing region, Myanmar, on Monday, "
     "the People's Defence Force said.", "PDF: People's Defence Force"),
    ("Suspected Boko Haram fighters killed eight fishermen near Lake Chad in Borno State, Nigeria, on Monday, "
     "a commander of the Civilian Joint Task Force said.", "CJTF: Civilian Joint Task Force"),
    ("M23 rebels killed 12 civilians in the village of Buhimba in North Kivu, Congo, on Sunday, Congolese army "
     "spokesman Sylvain Ekenge said.", "Military Forces of the Democratic Republic of Congo (FARDC)"),
])
def test_an_actor_heard_only_as_a_source_is_no_party(text, source):
    names = _parties(text)
    assert source not in names and any(n.startswith("Civilians") for n in names), names


def test_a_source_that_lost_men_stays_a_party():
    names = _parties("Al-Shabaab fighters attacked a village near Beledweyne, Somalia, on Monday, killing four "
                     "civilians and two Somali soldiers, the Somali army said.")
    assert "Military Forces of Somalia" in names, names


# ---------------------------------------------------------------- two nationalities, one force noun

def _mentions(sentence, lang="en"):
    from fogline.extract import extractor_for
    return {a.name for a in extractor_for(lang).actors.find(sentence, 2025) if a.name}


@pytest.mark.parametrize(("lang", "sentence", "names"), [
    ("en", "Mozambican and Rwandan troops retook the town.", {"Military Forces of Mozambique",
                                                              "Military Forces of Rwanda"}),
    ("en", "Nigerian and Cameroonian soldiers killed 20 militants near the border.",
     {"Military Forces of Nigeria", "Military Forces of Cameroon"}),
    ("en", "Kenyan or Somali police officers guarded the crossing.", {"Police Forces of Kenya",
                                                                      "Police Forces of Somalia"}),
    ("fr", "Des soldats maliens et nigériens ont été tués dans l'embuscade.",
     {"Military Forces of Mali (FAMa)", "Military Forces of Niger"}),
    ("fr", "Les armées malienne et burkinabè ont mené des frappes conjointes.",
     {"Military Forces of Mali (FAMa)", "Military Forces of Burkina Faso"}),
])
def test_two_nationalities_before_one_force_noun_name_both_states(lang, sentence, names):
    assert names <= _mentions(sentence, lang), _mentions(sentence, lang)


def test_a_lone_nationality_joined_to_something_else_is_no_force():
    assert _mentions("Malian and foreign journalists were expelled.") == set()
    assert "Military Forces of Niger" not in _mentions("Le Nigérien et ses soldats maliens ont quitté Gao.", "fr")


@pytest.mark.parametrize(("sentence", "name"), [
    ("Une attaque de drone ukrainienne a tué deux personnes à Belgorod.", "Military Forces of Ukraine"),
    ("Des frappes russes ont touché Kharkiv dans la nuit.", "Military Forces of Russia"),
    ("Les bombardements soudanais ont tué dix civils à Nyala.", "Military Forces of Sudan (SAF)"),
])
def test_french_weapon_nouns_with_a_nationality_name_the_state(sentence, name):
    assert name in _mentions(sentence, "fr")


@pytest.mark.parametrize(("lang", "text", "source", "civilians"), [
    ("en", "Gang members attacked the town of Cabaret, Haiti, on Monday, killing at least 12 people, police said.",
     "Police Forces of Haiti", "Civilians (Haiti)"),
    ("en", "Al-Shabaab fighters stormed a hotel in Kismayo, Somalia, on Friday, killing nine people, Somali police "
           "said.", "Police Forces of Somalia", "Civilians (Somalia)"),
    ("fr", "Des gangs armés ont attaqué mardi la commune de Kenscoff, en Haïti, tuant huit personnes, selon la "
           "police haïtienne.", "Police Forces of Haiti", "Civilians (Haiti)"),
])
def test_people_killed_as_a_police_source_tells_it_are_civilians(lang, text, source, civilians):
    names = _parties(text, lang)
    assert civilians in names and source not in names, names


# ---------------------------------------------------------------- generic words and the one group the event names

@pytest.mark.parametrize(("lang", "text", "group"), [
    ("en", "Pakistani troops killed 11 militants in a raid in North Waziristan, Pakistan, on Sunday, the military "
           "said. The ISPR said the militants belonged to the Tehrik-i-Taliban Pakistan.",
     "TTP: Tehrik-i-Taliban Pakistan"),
    ("en", "Insurgents raided a village in Ancuabe district, Cabo Delgado, Mozambique, on Monday and torched 40 "
           "homes. The Islamic State group later claimed the raid through its Amaq agency.",
     "Islamic State Mozambique Province"),
    ("fr", "Des jihadistes ont attaqué lundi un poste de l'armée à Djibo, au Burkina Faso, tuant six soldats. "
           "Le JNIM a revendiqué l'attaque dans un communiqué.", "JNIM: Group for Support of Islam and Muslims"),
])
def test_generic_attackers_are_the_one_group_the_event_names(lang, text, group):
    names = _parties(text, lang)
    assert group in names and not any(n.startswith("Unidentified") for n in names), names


@pytest.mark.parametrize(("lang", "text", "group"), [
    ("en", "Militants attacked a checkpoint in Bannu, Pakistan, on Monday, killing three policemen. No group "
           "claimed the attack, but the Tehrik-i-Taliban Pakistan is active in the district.",
     "TTP: Tehrik-i-Taliban Pakistan"),
    ("en", "Burkina Faso's army said it killed dozens of terrorists near Djibo, Burkina Faso, on Monday. The army "
           "did not name the group, but the area is a stronghold of JNIM.",
     "JNIM: Group for Support of Islam and Muslims"),
    ("fr", "Des hommes armés ont tué cinq gendarmes lundi près de Téra, au Niger. L'attaque n'a pas été "
           "revendiquée, mais l'État islamique au Sahel est actif dans la zone.", "Islamic State Sahel Province"),
])
def test_an_unclaimed_attack_keeps_its_attackers_unidentified(lang, text, group):
    names = _parties(text, lang)
    assert group not in names and any(n.startswith("Unidentified") for n in names), names


def test_a_group_named_as_an_affiliation_names_no_attacker():
    names = _parties("Malian soldiers attacked an armed group in Anomalan, Mali, on Monday, killing ten fighters, "
                     "including a member of the Azawad Liberation Front, the army said.")
    assert "Azawad Liberation Front (FLA)" not in names, names


# ---------------------------------------------------------------- a militia fighting beside the state

@pytest.mark.parametrize(("lang", "text", "loyal", "enemy"), [
    ("en", "Wazalendo fighters and M23 rebels fought for the village of Kalembe in North Kivu, Congo, on Monday, "
           "killing three civilians.", "Wazalendo", "M23: March 23 Movement"),
    ("en", "VDP volunteers and JNIM fighters clashed near Djibo, Burkina Faso, on Tuesday.",
     "VDP: Volunteers for the Defense of the Homeland", "JNIM: Group for Support of Islam and Muslims"),
    ("fr", "Des combattants Wazalendo et des rebelles du M23 se sont affrontés lundi pour le contrôle de Kalembe, "
           "au Nord-Kivu, en RD Congo.", "Wazalendo", "M23: March 23 Movement"),
])
def test_a_pro_government_militia_and_an_armed_group_are_opponents(lang, text, loyal, enemy):
    sides = {a["name"]: a["side"] for a in _events(text, lang)[0]["actors"]}
    assert loyal in sides and enemy in sides and sides[loyal] != sides[enemy], sides


# ---------------------------------------------------------------- more actors of today's wars (dictionary)

@pytest.mark.parametrize(("lang", "sentence", "name"), [
    ("en", "Fighters of Katiba Macina raided a village near Djenné.", "JNIM: Group for Support of Islam and Muslims"),
    ("fr", "La katiba du Macina a revendiqué l'embuscade près de Mopti.",
     "JNIM: Group for Support of Islam and Muslims"),
    ("en", "The SBU said its drones hit a refinery in Tuapse.", "Military Forces of Ukraine"),
    ("en", "Ukraine's military intelligence claimed the sabotage of a railway line.", "Military Forces of Ukraine"),
    ("fr", "Le régiment Azov a repoussé un assaut près de Pokrovsk.", "Military Forces of Ukraine"),
    ("en", "Akhmat special forces stormed the village.", "Military Forces of Russia"),
    ("en", "The Russian Volunteer Corps said it crossed into Belgorod region.", "Russian Volunteer Corps"),
    ("fr", "La Légion Liberté de la Russie a revendiqué l'incursion.", "Freedom of Russia Legion"),
    ("en", "Lashkar-e-Jhangvi claimed the bombing of the Hazara market in Quetta.", "LeJ: Lashkar-e-Jhangvi"),
    ("en", "Pakistan Rangers killed two suspects in Karachi.", "Military Forces of Pakistan"),
    ("fr", "Des miliciens de la FRPI ont attaqué Komanda, en Ituri.", "FRPI: Patriotic Resistance Front of Ituri"),
    ("en", "Kamuina Nsapu militiamen attacked a police post in Kananga.", "Kamuina Nsapu Militia"),
    ("en", "Imbonerakure militiamen crossed into South Kivu with Burundian troops.", "Imbonerakure"),
    ("en", "YPG fighters clashed with Turkish-backed factions near Manbij.", "SDF: Syrian Democratic Forces"),
    ("en", "The Al-Aqsa Martyrs Brigades said its gunmen fired at troops in Tulkarm.", "Al-Aqsa Martyrs Brigades"),
    ("en", "Pyu Saw Htee militiamen torched a village in Sagaing.", "Pyu Saw Htee"),
    ("fr", "L'Armée unie de l'État wa a déployé des troupes à Lashio.", "UWSA: United Wa State Army"),
    ("en", "Gulf Cartel gunmen clashed with police in Reynosa.", "Gulf Cartel"),
    ("fr", "La Familia Michoacana a tendu une embuscade à des policiers au Guerrero.", "La Familia Michoacana"),
])
def test_more_groups_of_todays_wars(lang, sentence, name):
    assert name in _mentions(sentence, lang), _mentions(sentence, lang)


def test_a_pro_government_militia_is_never_the_unnamed_attacker():
    from fogline.actors import ActorDictionary
    d = ActorDictionary.default()
    assert d.by_name("Imbonerakure").pro_government and d.by_name("Pyu Saw Htee").pro_government


# ---------------------------------------------------------------- the author named in another sentence of the event

@pytest.mark.parametrize(("lang", "text", "author"), [
    ("en", "KYIV (Reuters) - Russia launched 90 drones at Ukraine overnight. A strike on Odesa, Ukraine, wounded "
           "three people, the regional governor said.", "Military Forces of Russia"),
    ("en", "Overnight, Russian forces fired missiles at the Dnipropetrovsk region. In Dnipro, Ukraine, a strike on "
           "a bus station killed four people, the governor said.", "Military Forces of Russia"),
    ("fr", "La Russie a lancé une centaine de drones sur l'Ukraine dans la nuit. À Kharkiv, en Ukraine, une frappe "
           "a blessé cinq personnes, selon le maire.", "Military Forces of Russia"),
])
def test_the_author_named_in_another_sentence_of_the_event(lang, text, author):
    names = _parties(text, lang)
    assert author in names and not any(n.startswith("Unidentified") for n in names), names


@pytest.mark.parametrize(("lang", "text", "narrator"), [
    ("en", "A suicide bomber killed 12 people at a fish market in Konduga, Borno State, Nigeria, on Saturday. "
           "Police confirmed the attack.", "Police Forces of Nigeria"),
    ("en", "A bomb hidden in a motorcycle killed six people at a bus stop in Quetta, Pakistan, on Monday. "
           "Police said the blast was being investigated.", "Police Forces of Pakistan"),
    ("fr", "Un kamikaze a tué neuf personnes sur un marché de Mora, au Cameroun, samedi. L'armée camerounaise a "
           "confirmé l'attentat.", "Military Forces of Cameroon"),
])
def test_state_forces_that_only_tell_an_attack_on_civilians_are_no_party(lang, text, narrator):
    names = _parties(text, lang)
    assert narrator not in names and any(n.startswith("Unidentified") for n in names), names


def test_a_country_after_a_dateline_dash_is_a_subject():
    assert "Military Forces of Russia" in _mentions("KYIV (Reuters) - Russia launched 90 drones at Ukraine.")
    assert "Military Forces of Russia" in _mentions("MOSCOU (AFP) - La Russie a lancé une offensive.", "fr")
    assert "Military Forces of Russia" not in _mentions("The Kyiv-Russia talks resumed.")


@pytest.mark.parametrize(("lang", "text", "holder"), [
    ("en", "A Myanmar military air strike killed 25 civilians in a village controlled by the Kachin Independence "
           "Army in Kachin State, Myanmar, on Monday.", "KIA: Kachin Independence Army"),
    ("en", "Sudanese army drones killed 14 civilians at a market in the RSF-held town of Nyala, Sudan, on Sunday.",
     "Rapid Support Forces (RSF)"),
    ("fr", "L'armée malienne a tué huit civils mardi lors d'une frappe de drone sur une localité sous le contrôle "
           "du Front de libération de l'Azawad, près de Kidal, au Mali.", "Azawad Liberation Front (FLA)"),
])
def test_who_holds_a_struck_place_is_no_party_of_an_attack_on_its_civilians(lang, text, holder):
    names = _parties(text, lang)
    assert holder not in names and any(n.startswith("Civilians") for n in names), names


@pytest.mark.parametrize(("lang", "text", "group"), [
    ("en", "Gunmen ambushed a convoy of trucks near Nimule, South Sudan, on Sunday, killing three drivers. The NAS "
           "rebels, who operate in the area, denied any involvement.", "NAS: National Salvation Front"),
    ("en", "Gang members killed 15 people in Petite-Rivière de l'Artibonite, Haiti, on Thursday, residents said. "
           "The Gran Grif gang has been blamed for similar massacres.", "Gran Grif"),
    ("fr", "Des hommes armés ont tué six civils lundi près de Yei, au Soudan du Sud. Le NAS a démenti toute "
           "implication dans l'attaque.", "NAS: National Salvation Front"),
])
def test_a_group_that_denies_it_or_is_blamed_for_other_attacks_is_no_author(lang, text, group):
    names = _parties(text, lang)
    assert group not in names and any(n.startswith("Unidentified") for n in names), names


def test_denying_a_rumour_is_no_denial_of_the_attack():
    names = _parties("Les jihadistes du JNIM ont attaqué lundi le poste de Djibo, au Burkina Faso, tuant quatre "
                     "soldats. L'armée a démenti les rumeurs sur la chute du poste.", "fr")
    assert "JNIM: Group for Support of Islam and Muslims" in names, names


@pytest.mark.parametrize(("lang", "sentence", "name"), [
    ("en", "Afghan police said the bomber targeted a mosque in Kunduz.", "Police Forces of Afghanistan"),
    ("fr", "La police irakienne a arrêté trois suspects à Bagdad.", "Police Forces of Iraq"),
    ("en", "Yemeni police officers were killed at a checkpoint in Aden.", "Police Forces of Yemen"),
    ("fr", "Des policiers libanais ont été blessés à Tripoli.", "Police Forces of Lebanon"),
    ("en", "The Palestinian Authority condemned the raid on Jenin.", "Government of Palestine"),
])
def test_every_country_at_war_has_its_police_and_government(lang, sentence, name):
    assert name in _mentions(sentence, lang), _mentions(sentence, lang)


@pytest.mark.parametrize(("text", "author", "other"), [
    ("Des frappes de l'armée malienne ont tué huit civils mardi dans une localité sous le contrôle du Front de "
     "libération de l'Azawad, près de Kidal, au Mali.", "Military Forces of Mali (FAMa)", "Civilians (Mali)"),
    ("Une embuscade des rebelles du M23 contre des Wazalendo a fait six morts lundi près de Masisi, en RD Congo.",
     "M23: March 23 Movement", "Wazalendo"),
    ("Les frappes de drone de l'armée burkinabè contre des jihadistes ont fait vingt morts jeudi près de Djibo, au "
     "Burkina Faso.", "Military Forces of Burkina Faso", "Unidentified Armed Group (Burkina Faso)"),
])
def test_the_author_after_a_french_event_noun_and_de(text, author, other):
    sides = {a["name"]: a["side"] for a in _events(text, "fr")[0]["actors"]}
    assert sides.get(author) == "A" and sides.get(other) == "B", sides
