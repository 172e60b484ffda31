"""Actors heard only as the speaker of a reported clause are its source, not a party (sentences written for
these tests)."""

import pytest
from conftest import doc

from fogline.extract import extract


def _sides(text, lang="en"):
    events = extract(doc(text, "2025-06-15", language=lang)).to_dict()["events"]
    assert events, text
    return {a["name"]: a["side"] for a in events[0]["actors"]}


@pytest.mark.parametrize(("lang", "text", "source", "author"), [
    ("en", "Police in Kenya said suspected al-Shabaab militants killed four people in an attack on a bus in Lamu "
           "county on Tuesday.", "Police Forces of Kenya", "Al Shabaab"),
    ("en", "Colombian police said FARC dissidents killed four soldiers in Cauca, Colombia, on Sunday.",
     "Police Forces of Colombia", "FARC Dissidents"),
    ("en", "The Somali army said on Monday that al-Shabaab fighters had attacked a village near Jowhar, Somalia, "
           "killing seven civilians.", "Military Forces of Somalia", "Al Shabaab"),
    ("fr", "La police kényane a indiqué que des shebabs ont tué quatre passagers d'un bus mardi dans le comté de "
           "Lamu, au Kenya.", "Police Forces of Kenya", "Al Shabaab"),
])
def test_the_speaker_of_a_clause_with_its_own_subject_is_no_party(lang, text, source, author):
    sides = _sides(text, lang)
    assert source not in sides and sides.get(author) == "A", sides


@pytest.mark.parametrize("text", [
    "The army said its troops killed 25 al-Shabaab fighters in an operation in Middle Shabelle, Somalia, on Sunday.",
    "Somali forces said they killed 25 al-Shabaab fighters in an operation in Middle Shabelle, Somalia, on Sunday.",
    "The Somali military said it had killed 25 al-Shabaab fighters near Jowhar, Somalia, on Sunday.",
])
def test_a_speaker_that_is_the_clause_subject_stays_the_author(text):
    sides = _sides(text)
    assert sides.get("Military Forces of Somalia") == "A" and sides.get("Al Shabaab") == "B", sides


@pytest.mark.parametrize(("lang", "text", "victim", "author"), [
    ("en", "The Nigerian army said gunmen killed two of its soldiers in Kaduna State, Nigeria, on Monday.",
     "Military Forces of Nigeria", "Unidentified Armed Group (Nigeria)"),
    ("en", "Kenyan police said al-Shabaab militants killed three police officers at a checkpoint in Mandera, Kenya, "
           "on Friday.", "Police Forces of Kenya", "Al Shabaab"),
    ("fr", "L'armée nigérienne a annoncé que des jihadistes ont tué cinq de ses soldats jeudi près de Tillabéri, "
           "au Niger.", "Military Forces of Niger", "Unidentified Armed Group (Niger)"),
])
def test_a_speaker_whose_own_losses_are_told_is_the_target(lang, text, victim, author):
    sides = _sides(text, lang)
    assert sides.get(victim) == "B" and sides.get(author) == "A", sides


# ---------------------------------------------------------------- a government's weapons are its military

@pytest.mark.parametrize(("text", "military"), [
    ("At least 10 people were killed when Ethiopian government drones struck a bus in Bahir Dar, Ethiopia, on "
     "Thursday.", "Military Forces of Ethiopia"),
    ("Sudanese government warplanes bombed a market in Nyala, Sudan, killing 30 people.",
     "Military Forces of Sudan (SAF)"),
    ("The Myanmar government jets bombed a school in Sagaing, Myanmar, killing 11 children.",
     "Military Forces of Myanmar"),
])
def test_a_government_name_before_a_force_or_weapon_word_is_its_military(text, military):
    sides = _sides(text)
    assert sides.get(military) == "A", sides


# ---------------------------------------------------------------- a counted people are its civilians

@pytest.mark.parametrize(("lang", "text", "civilians"), [
    ("en", "Israeli airstrikes killed 20 Palestinians in Khan Younis, Gaza, on Monday, health officials said.",
     "Civilians (Palestine)"),
    ("en", "A Russian missile strike on Dnipro, Ukraine, killed dozens of Ukrainians on Tuesday.",
     "Civilians (Ukraine)"),
    ("fr", "L'armée israélienne a bombardé Gaza mardi, tuant 25 Palestiniens, selon la défense civile.",
     "Civilians (Palestine)"),
    ("fr", "Des frappes aériennes ont tué des dizaines de Syriens jeudi à Idleb, en Syrie.", "Civilians (Syria)"),
])
def test_a_people_counted_by_a_number_are_its_civilians(lang, text, civilians):
    sides = _sides(text, lang)
    assert sides.get(civilians) == "B", sides


# ---------------------------------------------------------------- the group that claims the attack is its author

@pytest.mark.parametrize(("lang", "text", "author", "not_author"), [
    ("en", "Suspected Boko Haram fighters killed 12 farmers near Maiduguri, Borno State, Nigeria, on Sunday, a "
           "militia leader said. The Islamic State West Africa Province later claimed responsibility for the "
           "killings.", "Islamic State West Africa Province (ISWAP)", "Boko Haram (JAS)"),
    ("en", "A suicide bomber struck a mosque in Kunduz, Afghanistan, during Friday prayers, killing at least 50 "
           "worshippers, a Taliban spokesman said. The Islamic State group's affiliate claimed responsibility.",
     "Islamic State Khorasan Province (ISKP)", "Unidentified Armed Group (Afghanistan)"),
    ("en", "Gunmen killed nine bus passengers near Quetta, Pakistan, on Friday, officials said. The Balochistan "
           "Liberation Army, a banned separatist group, said its fighters carried out the attack.",
     "BLA: Balochistan Liberation Army", "Unidentified Armed Group (Pakistan)"),
    ("fr", "Des hommes armés ont tué quinze civils dans le village de Tin, au Niger, mardi. L'État islamique au "
           "Sahel a revendiqué cette tuerie jeudi.", "Islamic State Sahel Province",
     "Unidentified Armed Group (Niger)"),
])
def test_the_group_that_claims_the_attack_is_its_author(lang, text, author, not_author):
    sides = _sides(text, lang)
    assert sides.get(author) == "A" and not_author not in sides, sides


@pytest.mark.parametrize("text", [
    "Gunmen killed nine bus passengers near Quetta, Pakistan, on Friday. No group has claimed responsibility, "
    "but the Balochistan Liberation Army has carried out similar attacks.",
    "Gunmen killed nine bus passengers near Quetta, Pakistan, on Friday. The Balochistan Liberation Army has not "
    "claimed responsibility for the attack.",
    "Gunmen killed nine bus passengers near Quetta, Pakistan, on Friday. The Balochistan Liberation Army denied "
    "responsibility for the attack.",
])
def test_a_group_that_does_not_claim_the_attack_is_not_its_author(text):
    sides = _sides(text)
    assert sides.get("BLA: Balochistan Liberation Army") != "A", sides


@pytest.mark.parametrize(("lang", "text", "author"), [
    ("fr", "L'armée nigérienne a annoncé avoir « neutralisé » une vingtaine de terroristes lors d'une opération "
           "aérienne dans la région de Tillabéri, au Niger.", "Military Forces of Niger"),
    ("fr", "L'armée malienne a affirmé avoir tué une dizaine de terroristes lors de frappes près de Ségou, au Mali.",
     "Military Forces of Mali (FAMa)"),
    ("en", "The Nigerian army said, having surrounded the camp, troops killed 12 terrorists in Sambisa forest, "
           "Borno State, Nigeria, on Monday.", "Military Forces of Nigeria"),
])
def test_a_speaker_that_reports_its_own_action_stays_the_author(lang, text, author):
    sides = _sides(text, lang)
    assert sides.get(author) == "A", sides


# ---------------------------------------------------------------- a pro-government militia shares the state's side

@pytest.mark.parametrize(("lang", "text", "militia"), [
    ("fr", "Une cinquantaine de soldats burkinabè et de supplétifs civils de l'armée ont été tués samedi dans une "
           "embuscade du JNIM près de Djibo, au Burkina Faso.", "VDP: Volunteers for the Defense of the Homeland"),
    ("en", "Dozens of Burkinabe soldiers and army volunteers were killed on Saturday in an ambush by JNIM fighters "
           "near Djibo, Burkina Faso.", "VDP: Volunteers for the Defense of the Homeland"),
    ("en", "Six Nigerian soldiers and two CJTF members were killed on Tuesday in an ambush by JNIM fighters near "
           "Kainji, Niger State, Nigeria.", "CJTF: Civilian Joint Task Force"),
])
def test_a_pro_government_militia_takes_the_side_of_the_state(lang, text, militia):
    sides = _sides(text, lang)
    assert sides.get(militia) == "B" and sides.get("JNIM: Group for Support of Islam and Muslims") == "A", sides


# ---------------------------------------------------------------- a nationality before a strike or fire word

@pytest.mark.parametrize(("lang", "text", "author"), [
    ("en", "An Israeli strike on a school sheltering displaced people in Gaza City killed 25 people on Monday.",
     "Military Forces of Israel"),
    ("en", "A Russian strike on a residential building in Odesa, Ukraine, killed four people on Monday.",
     "Military Forces of Russia"),
    ("fr", "Un raid israélien a tué cinq personnes à Gaza mardi.", "Military Forces of Israel"),
])
def test_a_nationality_before_a_strike_word_is_that_state_s_military(lang, text, author):
    sides = _sides(text, lang)
    assert sides.get(author) == "A", sides


@pytest.mark.parametrize(("lang", "text", "mission"), [
    ("en", "Gunmen attacked a UNIFIL patrol near Naqoura, southern Lebanon, on Thursday, killing one soldier.",
     "UNIFIL: United Nations Interim Force in Lebanon"),
    ("fr", "Des hommes armés ont attaqué une patrouille de la Finul près de Naqoura, au Liban, jeudi, tuant un "
           "soldat.", "UNIFIL: United Nations Interim Force in Lebanon"),
    ("en", "Gunmen attacked an UNMISS base in Leer, Unity State, South Sudan, on Sunday, killing a guard.",
     "UNMISS: United Nations Mission in South Sudan"),
])
def test_un_missions_of_lebanon_and_south_sudan_are_named(lang, text, mission):
    assert mission in _sides(text, lang)


# ---------------------------------------------------------------- the accused is the author, the accuser a source

@pytest.mark.parametrize(("lang", "text", "author", "accuser"), [
    ("en", "Ukraine accused Russia of killing 14 civilians in a missile strike on Kryvyi Rih, Ukraine, on Friday.",
     "Military Forces of Russia", "Military Forces of Ukraine"),
    ("en", "Sudan's army blamed the RSF for a drone strike that killed 20 people at a market in Omdurman, Sudan.",
     "Rapid Support Forces (RSF)", "Military Forces of Sudan (SAF)"),
    ("fr", "L'Ukraine a accusé la Russie d'avoir tué 14 civils dans une frappe de missile sur Kryvyï Rih, en "
           "Ukraine, vendredi.", "Military Forces of Russia", "Military Forces of Ukraine"),
])
def test_the_accused_is_the_author_and_the_accuser_no_party(lang, text, author, accuser):
    sides = _sides(text, lang)
    assert sides.get(author) == "A" and accuser not in sides, sides


@pytest.mark.parametrize(("variant", "name"), [
    ("PDF: People's Defense Force", "PDF: People's Defence Force"),
    ("RSF: Rapid Support Forces", "Rapid Support Forces (RSF)"),
    ("TTP: Tehreek-i-Taliban Pakistan", "TTP: Tehrik-i-Taliban Pakistan"),
    ("BLA: Baloch Liberation Army", "BLA: Balochistan Liberation Army"),
    ("Islamic State (Khorasan)", "Islamic State Khorasan Province (ISKP)"),
    ("KNLA: Karen National Liberation Army", "KNU/KNLA: Karen National Union/Karen National Liberation Army"),
    ("SPLM/A-IO: Sudan People's Liberation Movement/Army (In Opposition)",
     "SPLM-IO: Sudan People's Liberation Movement-in-Opposition"),
    ("EMC: FARC Dissidents (Central General Staff)", "EMC: Central General Staff (FARC Dissidents)"),
    ("Military Forces of Yemen (2014-) Houthi", "Houthi Movement (Ansar Allah)"),
    ("Military Forces of Russia (2000-) Wagner Group", "Wagner Group"),
    ("SLM/A-MM: Sudan Liberation Movement/Army (Minni Minawi)",
     "Sudan Liberation Movement/Army-Minni Minnawi (SLM/A-MM)"),
    ("Izz al-Din al-Qassam Brigades", "Hamas"),
    ("Amhara Ethnic Militia (Ethiopia)", "Fano Militia"),
    ("Al Shabaab (Mozambique)", "Islamic State Mozambique Province"),
    ("TDF: Tigray Defense Forces", "TPLF: Tigray People's Liberation Front"),
    ("Lou Nuer Ethnic Militia (South Sudan)", "White Army (South Sudan)"),
    ("Al Shabaab (Kenya)", "Al Shabaab"),
])
def test_acled_spellings_of_a_name_are_the_same_actor(variant, name):
    from fogline.actors import ActorDictionary

    entry = ActorDictionary.default().by_name(variant)
    assert entry is not None and entry.name == name


# ---------------------------------------------------------------- a state word before a weapon: the state forces

@pytest.mark.parametrize(("text", "military"), [
    ("A market in Sagaing, Myanmar, was hit by a junta airstrike on Tuesday, killing 18 people.",
     "Military Forces of Myanmar"),
    ("Military drones struck a wedding party in Bahir Dar, Ethiopia, on Sunday, killing 12 civilians.",
     "Military Forces of Ethiopia"),
    ("Government warplanes bombed a village in South Kordofan, Sudan, killing nine civilians.",
     "Military Forces of Sudan (SAF)"),
])
def test_a_state_word_before_a_weapon_word_is_the_report_s_state_forces(text, military):
    sides = _sides(text)
    assert sides.get(military) == "A" and not any(n.startswith("Unidentified") for n in sides), sides


@pytest.mark.parametrize(("lang", "text", "source"), [
    ("fr", "Selon la police, des bandits armés ont enlevé vingt élèves dans une école de l'État de Katsina, au "
           "Nigeria.", "Police Forces of Nigeria"),
    ("en", "According to the police, gunmen abducted 20 pupils from a school in Katsina State, Nigeria, on Monday.",
     "Police Forces of Nigeria"),
    ("en", "According to the Kenyan army, al-Shabaab militants killed six villagers near Lamu, Kenya, on Friday.",
     "Military Forces of Kenya"),
])
def test_an_actor_after_according_to_is_a_source_beside_another_subject(lang, text, source):
    assert source not in _sides(text, lang)


def test_an_actor_after_according_to_that_is_the_only_armed_one_stays():
    sides = _sides("Les soldats maliens ont attaqué un groupe armé à Anomalan. Cette offensive a permis, selon "
                   "l'armée, de neutraliser dix combattants près de Kidal, au Mali.", "fr")
    assert "Military Forces of Mali (FAMa)" in sides, sides


@pytest.mark.parametrize(("lang", "text", "group"), [
    ("en", "Resistance fighters attacked a junta outpost in Magway region, Myanmar, on Friday, killing eight soldiers.",
     "PDF: People's Defence Force"),
    ("en", "Anti-junta forces seized a police station in Sagaing region, Myanmar, on Tuesday.",
     "PDF: People's Defence Force"),
    ("fr", "Des combattants de la résistance ont attaqué un poste de l'armée birmane dans la région de Sagaing, en "
           "Birmanie, tuant six soldats.", "PDF: People's Defence Force"),
    ("en", "Armed Nuer youths attacked a cattle camp in Jonglei state, South Sudan, killing 12 people.",
     "White Army (South Sudan)"),
])
def test_generic_resistance_and_youth_militias_are_the_war_s_known_group(lang, text, group):
    assert _sides(text, lang).get(group) == "A"


@pytest.mark.parametrize(("written", "name"), [
    ("March 23 Movement (M23)", "M23: March 23 Movement"),
    ("Haitian National Police (PNH)", "Police Forces of Haiti"),
    ("Ta'ang National Liberation Army (TNLA)", "TNLA: Ta'ang National Liberation Army"),
    ("Return, Reclamation and Rehabilitation (3R)", "3R: Return, Reclamation, Rehabilitation"),
])
def test_a_name_spelled_out_with_its_acronym_is_that_actor(written, name):
    from fogline.actors import ActorDictionary

    entry = ActorDictionary.default().by_name(written)
    assert entry is not None and entry.name == name


@pytest.mark.parametrize("written", ["Civilians (Nigeria)", "Unidentified Armed Group (Mali)"])
def test_a_country_in_brackets_is_not_an_acronym(written):
    from fogline.actors import ActorDictionary

    assert ActorDictionary.default().by_name(written) is None


@pytest.mark.parametrize(("text", "group"), [
    ("Lundi, l'Armée d'Arakan a attaqué un poste de l'armée birmane dans l'État Rakhine, en Birmanie, tuant six "
     "soldats.", "AA: Arakan Army"),
    ("Mardi, l'Armée de libération nationale a attaqué une base militaire à Arauca, en Colombie, tuant deux "
     "soldats.", "ELN: National Liberation Army"),
    ("Jeudi, l'Armée pour l'indépendance kachin a attaqué un camp de l'armée près de Laiza, en Birmanie.",
     "KIA: Kachin Independence Army"),
])
def test_a_french_army_name_after_an_elided_article_is_not_the_generic_army(text, group):
    assert _sides(text, "fr").get(group) == "A"


@pytest.mark.parametrize(("lang", "text", "context"), [
    ("en", "Gunmen killed 30 villagers in Kadawa, Zamfara State, Nigeria, on Sunday, police said. The violence is "
           "separate from the insurgency waged by Boko Haram in the northeast.", "Boko Haram (JAS)"),
    ("en", "Gunmen killed 30 villagers in Kadawa, Zamfara State, Nigeria, on Sunday, police said. The killings were "
           "not linked to Boko Haram, officials said.", "Boko Haram (JAS)"),
    ("fr", "Des hommes armés ont tué trente villageois dimanche à Kadawa, dans l'État de Zamfara, au Nigeria. Ces "
           "violences sont sans lien avec l'insurrection de Boko Haram dans le nord-est.", "Boko Haram (JAS)"),
])
def test_a_group_the_report_says_is_unrelated_is_no_author(lang, text, context):
    sides = _sides(text, lang)
    assert context not in sides and sides.get("Unidentified Armed Group (Nigeria)") == "A", sides


@pytest.mark.parametrize("text", [
    "Des jihadistes du JNIM ont attaqué mardi un camp militaire à Kayes, au Mali. « Les terroristes ont été "
    "repoussés », a déclaré l'armée dans un communiqué, sans préciser ses pertes.",
    "Le JNIM a attaqué mardi un camp militaire à Nioro, au Mali. Les assaillants ont été repoussés, selon l'armée, "
    "qui n'a pas précisé le nombre de victimes, sans préciser le bilan.",
    "Des combattants du JNIM ont attaqué un poste de l'armée à Diboli, au Mali, mardi. L'armée affirme avoir "
    "repoussé les terroristes, sans préciser combien de soldats ont été tués.",
])
def test_without_giving_losses_is_not_without_naming_the_attacker(text):
    sides = _sides(text, "fr")
    assert "Unidentified Armed Group (Mali)" not in sides and "JNIM: Group for Support of Islam and Muslims" in sides


@pytest.mark.parametrize(("lang", "text", "military"), [
    ("en", "Ivorian soldiers killed four jihadists who had crossed from Burkina Faso near Djibo, Burkina Faso, on "
           "Monday.", "Military Forces of Ivory Coast"),
    ("en", "Mauritanian troops shot dead three Malian herders near Adel Bagrou, Mali, on Tuesday.",
     "Military Forces of Mauritania"),
    ("fr", "Des soldats algériens ont tué deux orpailleurs maliens près de Tessalit, au Mali, mardi.",
     "Military Forces of Algeria"),
])
def test_a_nationality_the_dictionary_lacks_names_acled_s_military_of_that_state(lang, text, military):
    assert military in _sides(text, lang)
