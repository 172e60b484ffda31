"""Who says a figure and whose toll it is, by the grammar of the reporting clause (issue 13, items 2-3): short
reports written for these tests, each rule in several forms, English and French."""

import pytest
from conftest import extracted

NIGERIA = "Gunmen attacked a village in Zamfara State, Nigeria, on Sunday. "
SUDAN = "Fighting broke out in Upper Nile state, South Sudan, on Sunday. "
BURKINA = "Jihadists attacked an army post near Djibo, Burkina Faso, on Monday. "
BURKINA_FR = "Des jihadistes ont attaqué un poste de l'armée près de Djibo, au Burkina Faso, lundi. "


def claim(text, low, language="en"):
    out = extracted(text, language)
    found = [c for e in out.events for c in e.claims if c.low == low]
    assert found, [(c.low, c.of, c.claimant) for e in out.events for c in e.claims]
    return found[0]


def claimant_of(text, low, language="en"):
    return claim(text, low, language).claimant


@pytest.mark.parametrize("text,language,low,claimant", [
    (NIGERIA + "State police spokesman Abubakar Sadiq confirmed the attack but said seven people were killed.", "en",
     7, "Police Forces of Nigeria"),
    (SUDAN + "Army spokesman Lul Koang blamed the White Army militia for the attack and said 15 militiamen had died.",
     "en", 15, "Military Forces of South Sudan (SSPDF)"),
    (SUDAN + "Army spokesman Lul Koang accused the SPLM-IO of the attack and said 15 rebels had died.", "en", 15,
     "Military Forces of South Sudan (SSPDF)"),
    (BURKINA_FR + "Le porte-parole de l'armée a accusé le JNIM d'avoir mené l'attaque et a affirmé que 15 assaillants "
     "avaient été tués.", "fr", 15, "Military Forces of Burkina Faso"),
])
def test_a_verb_coordinated_with_an_earlier_one_keeps_its_subject(text, language, low, claimant):
    """'X blamed Y … and said N': X says N; never Y, the first verb's object, nor the outlet ('but' joins the verbs)."""
    assert claimant_of(text, low, language) == claimant


@pytest.mark.parametrize("text,low", [
    (BURKINA + "Twelve soldiers were killed, the defence ministry said. The ministry added that 20 attackers were "
     "killed.", 20),
    (BURKINA + "Twelve soldiers were killed, the Burkinabe defence ministry said. The ministry said 20 attackers were "
     "killed.", 20),
    (BURKINA + "The defence ministry said 12 soldiers were killed. In a later statement, the ministry said 20 "
     "attackers were killed.", 20),
])
def test_the_ministry_after_the_defence_ministry_is_the_army(text, low):
    """The stand-in's head word is read in the longest role phrase that holds it ('defence ministry'), not in the
    shorter government one inside it ('ministry')."""
    assert claimant_of(text, low) == "Military Forces of Burkina Faso"


BENIN = "Armed men killed 12 soldiers in an attack on a military post in northern Benin on Thursday, the army said. "


@pytest.mark.parametrize("text,language,low,claimant", [
    (BENIN + "The attack was claimed by JNIM, which said in a statement that its fighters had killed 30 soldiers.",
     "en", 30, "JNIM: Group for Support of Islam and Muslims"),
    (BENIN + "Responsibility lay with JNIM, which claimed 30 soldiers were killed.", "en", 30,
     "JNIM: Group for Support of Islam and Muslims"),
    ("Des hommes armés ont tué douze soldats dans le nord du Bénin jeudi. L'attaque a été revendiquée par le JNIM, "
     "qui a affirmé avoir tué 30 soldats.", "fr", 30, "JNIM: Group for Support of Islam and Muslims"),
])
def test_a_relative_pronoun_subject_is_the_phrase_before_its_comma(text, language, low, claimant):
    assert claimant_of(text, low, language) == claimant


@pytest.mark.parametrize("text,low", [
    (BENIN + "A Beninese military official, who asked not to be named, said at least 15 attackers had been killed.",
     15),
    (BENIN + "A Beninese army officer, who asked not to be named, said about 15 attackers had been killed.", 15),
    (BENIN + "A Beninese officer, who spoke on condition of anonymity, said another 15 attackers were killed.", 15),
])
def test_a_determiner_is_a_whole_word(text, low):
    """'said at least 15 attackers': 'at' is not the article 'a', so the words after the verb are what was said,
    not its subject (the attackers are no speaker)."""
    c = claim(text, low)
    assert c.claimant == "security sources"
    assert c.of != "Military Forces of Benin"


@pytest.mark.parametrize("text,language,low", [
    (BURKINA + "Twelve soldiers were killed, a military source said. The source added that 20 attackers were "
     "killed.", "en", 20),
    (BURKINA + "A security source told AFP that 12 soldiers were killed. The sources said 20 attackers were also "
     "killed.", "en", 20),
    ("Des jihadistes ont tué cinq soldats dans le nord du Bénin, selon une source militaire. Cette source a précisé "
     "que dix assaillants avaient été tués.", "fr", 10),
    (BURKINA_FR + "Douze soldats ont été tués, a indiqué une source sécuritaire. La source a ajouté que vingt "
     "assaillants avaient été tués.", "fr", 20),
])
def test_the_source_is_the_last_speaker_named_with_that_noun(text, language, low):
    assert claimant_of(text, low, language) == "security sources"


def test_the_group_is_the_group_that_spoke_last():
    text = ("Paramilitary fighters of the RSF killed 40 civilians in a village in North Kordofan, Sudan, on Saturday, "
            "a doctors' group said. \"The militia killed 40 people, including women,\" the group said.")
    assert all(c.claimant != "Rapid Support Forces (RSF)" for e in extracted(text).events for c in e.claims)


@pytest.mark.parametrize("text,language,low", [
    ("Des jihadistes ont tué douze soldats dans le nord du Burkina Faso, selon des sources sécuritaires locales.",
     "fr", 12),
    ("Des jihadistes ont tué douze soldats lors d'une attaque dans le nord du Burkina Faso, ont indiqué mardi des "
     "sources sécuritaires.", "fr", 12),
    ("Jihadists killed 12 soldiers in northern Burkina Faso on Monday, said security sources in the region.", "en",
     12),
    ("Jihadists killed 12 soldiers in northern Burkina Faso on Monday, military sources said.", "en", 12),
])
def test_a_label_after_its_verb_is_read_to_its_end(text, language, low):
    """'selon des sources sécuritaires locales': the label's whole phrase names security sources, not the
    bare 'des sources' (local sources), nor the soldiers counted before the verb."""
    assert claimant_of(text, low, language) == "security sources"


@pytest.mark.parametrize("text,claimant", [
    ("Gunmen killed 12 villagers in Zamfara State, Nigeria, on Monday, said police.", "Police Forces of Nigeria"),
    ("Gunmen killed 12 villagers in Zamfara State, Nigeria, on Monday, said local officials.", "local sources"),
    ("Gunmen killed 12 villagers in Zamfara State, Nigeria, said residents of the area.", "residents"),
])
def test_a_bare_plural_after_said_is_its_subject(text, claimant):
    """', said police': an inverted subject without an article; ', on Monday,' between commas is no name."""
    assert claimant_of(text, 12) == claimant


@pytest.mark.parametrize("text,language,claimant", [
    (NIGERIA + "Maj.-Gen. Edward Buba said troops killed 40 terrorists.", "en", "Military Forces of Nigeria"),
    (NIGERIA + "The Director of Defence Media Operations, Maj.-Gen. Edward Buba, said troops killed 40 terrorists.",
     "en", "Military Forces of Nigeria"),
    (NIGERIA + "Lt.-Col. Ahmed Ali said troops killed 40 terrorists.", "en", "Military Forces of Nigeria"),
    (NIGERIA + "ASP Yazid Abubakar said 40 people were killed.", "en", "Police Forces of Nigeria"),
    (NIGERIA + "The command's spokesperson, DSP Yazid Abubakar, said 40 people were killed.", "en",
     "Police Forces of Nigeria"),
    ("Des hommes armés ont attaqué un commissariat à Niamey, au Niger, lundi. Le commissaire principal Issa Moussa a "
     "indiqué que 40 assaillants avaient été tués.", "fr", "Police Forces of Niger"),
])
def test_a_rank_names_the_force(text, language, claimant):
    assert claimant_of(text, 40, language) == claimant


@pytest.mark.parametrize("text,language", [
    ("Des jihadistes ont tué 20 soldats dans la région de Tillabéri, a annoncé le ministère nigérien de la Défense "
     "dans un communiqué lu à la télévision nationale.", "fr"),
    ("Des jihadistes ont tué 20 soldats nigériens dans la région de Tillabéri, a annoncé le ministère nigérien de la "
     "Défense dans un communiqué.", "fr"),
    ("Jihadists killed 20 soldiers in the Tillaberi region, the ministry of national defence said in a statement.",
     "en"),
])
def test_a_ministry_is_read_with_its_modifiers(text, language):
    """'le ministère nigérien de la Défense' is the army, not the government the bare 'le ministère' names."""
    assert claimant_of(text, 20, language) == "Military Forces of Niger"


@pytest.mark.parametrize("text", [
    BURKINA_FR + "Le Jnim a revendiqué l'attaque, affirmant avoir tué une trentaine de soldats.",
    BURKINA_FR + "Le Jnim a affirmé avoir tué une trentaine de soldats.",
    BURKINA + "The Jnim said its fighters killed 30 soldiers.",
])
def test_an_acronym_written_as_a_word_is_still_the_group(text):
    language = "en" if text.startswith(BURKINA) else "fr"
    assert claimant_of(text, 30, language) == "JNIM: Group for Support of Islam and Muslims"


@pytest.mark.parametrize("text", [
    "Separatist fighters attacked a village in Cameroon's Northwest region on Monday, killing six villagers, local "
    "officials said. Soldiers killed four of the attackers, the army said.",
    "Separatist fighters attacked a village in Cameroon's Northwest region on Monday. The army said four of the "
    "attackers were killed.",
    "Separatist rebels stormed a village in Cameroon's Northwest region on Monday. Troops killed four attackers, a "
    "military source said.",
])
def test_the_attackers_are_the_group_the_event_describes(text):
    assert claim(text, 4).of == "Ambazonian Separatists"


MOZAMBIQUE = "Insurgents attacked villages in Cabo Delgado, Mozambique, on Monday. "


@pytest.mark.parametrize("text,of", [
    (MOZAMBIQUE + "The Islamic State claimed the attack, saying its fighters had killed 11 people.",
     "Civilians (Mozambique)"),
    (MOZAMBIQUE + "The Islamic State said its fighters killed 11 villagers.", "Civilians (Mozambique)"),
    (MOZAMBIQUE + "The Islamic State said its men have reportedly killed 11 people.", "Civilians (Mozambique)"),
])
def test_its_fighters_who_killed_are_not_the_dead(text, of):
    assert claim(text, 11).of == of


def test_its_fighters_who_lost_men_are_the_dead():
    assert claim(MOZAMBIQUE + "The Islamic State said its fighters lost 11 men.", 11).of == \
        "Islamic State Mozambique Province"


@pytest.mark.parametrize("text,language,claimant", [
    ("Ukraine launched drones at Russia's Belgorod region on Monday. Moscow said its air defences destroyed 30 "
     "Ukrainian drones.", "en", "Military Forces of Russia"),
    ("Russian troops attacked near Pokrovsk, Ukraine, on Monday. Kyiv said 30 Russian soldiers were killed.", "en",
     "Military Forces of Ukraine"),
    ("Les rebelles du M23 ont attaqué Goma, en RDC, lundi. Kinshasa a affirmé que 30 rebelles avaient été tués.",
     "fr", "Military Forces of the Democratic Republic of Congo (FARDC)"),
])
def test_a_capital_speaks_for_its_state(text, language, claimant):
    assert claimant_of(text, 30, language) == claimant


PLATEAU = "Gunmen attacked a village in Plateau State, Nigeria, on Sunday. "


@pytest.mark.parametrize("text,low,claimant", [
    (PLATEAU + "The death toll was put at 18 by the Nigerian Red Cross.", 18, "local sources"),
    (PLATEAU + "The toll was raised to 25 by the police on Monday.", 25, "Police Forces of Nigeria"),
    (PLATEAU + "The number of dead was estimated at about 30 by residents of the village.", 30, "residents"),
])
def test_the_agent_of_a_passive_toll_gives_it(text, low, claimant):
    assert claimant_of(text, low) == claimant


@pytest.mark.parametrize("text", [
    PLATEAU + "According to figures from the state emergency management agency, 18 people were killed.",
    PLATEAU + "The state emergency management agency said 18 people were killed.",
    PLATEAU + "Eighteen people were killed, a local emergency management agency said.",
])
def test_an_emergency_agency_is_a_local_source(text):
    assert claimant_of(text, 18) == "local sources"


NIGER_FR = "Des hommes armés ont attaqué un village de la commune de Banibangou, au Niger. "


@pytest.mark.parametrize("text", [
    NIGER_FR + "Le bilan fait état de 12 civils tués, selon un communiqué du ministère de l'Intérieur.",
    NIGER_FR + "Le bilan indique 12 civils tués, selon le ministère de l'Intérieur.",
    NIGER_FR + "Ce bilan provisoire fait état de 12 civils tués, d'après le ministère de l'Intérieur.",
])
def test_the_toll_is_no_speaker(text):
    """'Le bilan fait état de 12 morts, selon X': X gives the toll, not the toll itself (nor the outlet)."""
    assert claimant_of(text, 12, "fr") == "Government of Niger"


@pytest.mark.parametrize("text,low,claimant,of", [
    (SUDAN + "Army spokesman Lul Koang blamed the White Army militia for the attack, saying 15 militiamen had died.",
     15, "Military Forces of South Sudan (SSPDF)", "White Army (South Sudan)"),
    (SUDAN + "Army spokesman Lul Koang accused the SPLM-IO of the attack, adding that 15 rebels had died.", 15,
     "Military Forces of South Sudan (SSPDF)", "SPLM-IO: Sudan People's Liberation Movement-in-Opposition"),
    (NIGERIA + "\"We have recovered 15 bodies,\" state police spokesman Abubakar Aliyu told reporters, adding that 20 "
     "people were abducted.", 20, "Police Forces of Nigeria", "Civilians (Nigeria)"),
])
def test_a_participle_after_a_comma_keeps_the_first_verbs_subject(text, low, claimant, of):
    """'X blamed Y for the attack, saying N': X's words, and Y is whose dead they count."""
    c = claim(text, low)
    assert (c.claimant, c.of) == (claimant, of)


@pytest.mark.parametrize("text,language,low,of", [
    ("Al-Shabaab attacked an AU base in Lower Shabelle, Somalia, on Monday. Ugandan troops lost 54 soldiers, "
     "Uganda's president said.", "en", 54, "Military Forces of Uganda (UPDF)"),
    ("M23 rebels attacked positions in South Kivu, DR Congo, on Monday. Burundian troops lost 20 soldiers in the "
     "fighting, a source said.", "en", 20, "Military Forces of Burundi"),
    ("Des insurgés ont attaqué une position au Cabo Delgado, au Mozambique, lundi. Les troupes rwandaises ont perdu "
     "cinq soldats, selon une source militaire.", "fr", 5, "Military Forces of Rwanda"),
])
def test_soldiers_lost_are_those_of_the_force_that_lost_them(text, language, low, of):
    assert claim(text, low, language).of == of


@pytest.mark.parametrize("text,low,claimant", [
    (NIGERIA + "Police said 12 people were killed but residents said at least 20 died.", 20, "residents"),
    (NIGERIA + "Police said 12 people were killed and witnesses said 20 died.", 20, "residents"),
    ("Al-Shabaab fighters stormed a base in Lower Shabelle, Somalia, on Tuesday. The army said 12 soldiers died and "
     "Al-Shabaab said it killed 40.", 40, "Al Shabaab"),
])
def test_a_new_subject_after_the_conjunction_is_no_coordination(text, low, claimant):
    """'X said … but residents said N': 'residents' is the second verb's own subject, not an adverb of X's."""
    assert claimant_of(text, low) == claimant
