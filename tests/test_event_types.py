"""ACLED types decided by the whole incident, not by its first trigger word: looting and abduction are the
lesser types of an incident in which people are also killed, and a killing with no fight, strike or armed
target is violence against civilians. Texts written for these tests, English and French."""

import pytest
from conftest import doc, validate

from fogline.extract import extract

VAC, ATTACK, ABDUCTION = "Violence against civilians", "Attack", "Abduction/forced disappearance"
LOOTING = "Looting/property destruction"


def types(text: str, language: str) -> list[tuple[str, str]]:
    ex = extract(doc(text, language=language)).to_dict()
    validate(ex, text)
    return [(e["event_type"], e["sub_event_type"]) for e in ex["events"]]


def only_type(text: str, language: str) -> tuple[str, str]:
    found = types(text, language)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text,language", [
    ("Gunmen killed 12 villagers and abducted 30 others in an attack on Kuriga village in Kaduna state on Thursday.",
     "en"),
    ("Bandits abducted 25 students from a school in Zamfara state on Monday, killing a security guard.", "en"),
    ("Rebels raided two villages near Beni at the weekend, killing at least eight people and abducting many more.",
     "en"),
    ("Des membres d'un gang ont abattu quatre habitants et enlevé deux enfants lundi dans la commune de "
     "Croix-des-Bouquets.", "fr"),
    ("Des jihadistes ont enlevé une dizaine de bergers mardi près de Djibo, tuant deux d'entre eux.", "fr"),
])
def test_abduction_with_killings_is_an_attack(text, language):
    assert only_type(text, language) == (VAC, ATTACK)


@pytest.mark.parametrize("text,language", [
    ("Gunmen abducted 20 women from a village near Gusau in Zamfara state on Tuesday, police said.", "en"),
    ("Des terroristes ont enlevé une trentaine de femmes lundi près de Djibo, selon des sources locales.", "fr"),
    # the dead belong to other attacks named between them and the abduction
    ("Officials condemned the abduction of three engineers in Kayes on Tuesday, amid a wave of coordinated "
     "jihadist attacks on army posts across the region that left one civilian dead.", "en"),
])
def test_abduction_alone_stays_an_abduction(text, language):
    assert (VAC, ABDUCTION) in types(text, language)


@pytest.mark.parametrize("text,language", [
    ("Gang members killed at least 20 people on Saturday in the town of Mirebalais. The gunmen also torched "
     "several houses.", "en"),
    ("Armed men looted shops and killed three traders in the market of Djibo on Saturday.", "en"),
    ("Des bandits ont pillé le marché de Djibo samedi et tué trois commerçants.", "fr"),
    ("Des hommes armés ont tué six personnes mardi à Bandiagara. Ils ont aussi incendié des maisons.", "fr"),
])
def test_looting_where_people_are_killed_is_the_killing(text, language):
    event_type, sub = only_type(text, language)
    assert sub != LOOTING
    assert event_type == VAC


@pytest.mark.parametrize("text,language", [
    ("Armed men looted shops and set fire to the market of Djibo on Saturday.", "en"),
    ("Des hommes armés ont pillé des boutiques et brûlé le marché de Djibo samedi, sans faire de victimes.", "fr"),
    ("Des assaillants ont pillé le centre de santé de Kaya jeudi.", "fr"),
])
def test_looting_without_victims_stays_looting(text, language):
    assert only_type(text, language) == ("Strategic developments", LOOTING)


@pytest.mark.parametrize("text,language", [
    ("Gunmen killed at least 20 people on Saturday in the town of Mirebalais, in Haiti.", "en"),
    ("Un élu local a été assassiné par des hommes armés samedi à Kaya, dans le centre-nord du Burkina Faso.", "fr"),
    ("Des hommes armés non identifiés ont assassiné un maire samedi à Ouahigouya, au Burkina Faso.", "fr"),
])
def test_a_killing_with_no_armed_target_is_violence_against_civilians(text, language):
    ex = extract(doc(text, language=language)).to_dict()
    [event] = ex["events"]
    assert (event["event_type"], event["sub_event_type"]) == (VAC, ATTACK)
    assert any(a["name"].startswith("Civilians (") and a["side"] == "B" for a in event["actors"])


@pytest.mark.parametrize("text,language", [
    ("Gunmen killed five soldiers at a checkpoint near Djibo on Tuesday, the army said.", "en"),
    ("Des assaillants ont tué trois gendarmes jeudi près de Kaya, au Burkina Faso.", "fr"),
    # the clashes point back to a fight: a battle, not a killing of civilians
    ("Les affrontements ont fait douze morts dimanche près de Kidal, au Mali, selon des sources locales.", "fr"),
])
def test_a_killing_of_soldiers_or_in_a_fight_stays_a_battle(text, language):
    assert only_type(text, language)[0] == "Battles"


@pytest.mark.parametrize("text,language", [
    ("Benin's army lost soldiers in an attack near Kandi, officials said. A security source said 12 soldiers were "
     "killed. Last month, gunmen killed three soldiers guarding a pipeline in the north.", "en"),
    ("Benin's army lost soldiers in an attack near Kandi, officials said. A security source said 12 soldiers were "
     "killed. In December, gunmen killed three soldiers guarding a pipeline in the north.", "en"),
    ("L'armée béninoise a perdu des soldats dans une attaque près de Kandi. Une source sécuritaire a indiqué que 12 "
     "soldats avaient été tués. Le mois dernier, des hommes armés avaient tué trois soldats dans le nord.", "fr"),
    ("L'armée béninoise a perdu des soldats dans une attaque près de Kandi. Une source sécuritaire a indiqué que 12 "
     "soldats avaient été tués. En décembre, des hommes armés avaient tué trois soldats dans le nord.", "fr"),
])
def test_a_sentence_dated_an_earlier_month_is_history_not_the_incident(text, language):
    ex = extract(doc(text, published="2025-01-10", language=language)).to_dict()
    validate(ex, text)
    assert len(ex["events"]) == 1  # the incident is not dated by the history sentence and made stale
    figures = {c["low"] for e in ex["events"] for c in e["claims"]}
    assert 12 in figures and 3 not in figures
    assert any("three" in b["evidence"]["text"] or "trois" in b["evidence"]["text"] for b in ex["background"])


@pytest.mark.parametrize("text,language", [
    ("Au Burkina Faso, un détachement de l'armée a été visé, dimanche, par des jihadistes à Djibo.", "fr"),
    ("Le lendemain, c'est un poste de la gendarmerie qui est attaqué à Kaya, dans le Centre-Nord.", "fr"),
    ("Deux patrouilles des forces armées ont été prises pour cible mardi près de Tahoua, au Niger.", "fr"),
    ("In Burkina Faso, an army outpost near Djibo was attacked on Sunday by jihadist fighters.", "en"),
    ("Two police checkpoints in Bannu district were targeted overnight on Monday, officials in Pakistan said.",
     "en"),
])
def test_a_unit_or_post_attacked_in_the_passive_is_a_battle(text, language):
    assert only_type(text, language) == ("Battles", "Armed clash")


@pytest.mark.parametrize("text,language,sub", [
    ("Un convoi de l'armée a été visé par un drone mardi près de Kidal, au Mali.", "fr", "Air/drone strike"),
    ("A military convoy was targeted by a drone strike near Kidal, in Mali, on Tuesday.", "en", "Air/drone strike"),
    ("Une position de l'armée a été visée par des tirs d'artillerie lundi près de Goma.", "fr",
     "Shelling/artillery/missile attack"),
])
def test_a_post_hit_by_a_remote_weapon_keeps_that_weapon(text, language, sub):
    assert only_type(text, language) == ("Explosions/Remote violence", sub)


@pytest.mark.parametrize("text,language", [
    ("Drone strikes attributed to the army killed six civilians in Kidal on Tuesday, foreshadowing a coming battle "
     "for the town.", "en"),
    ("Air strikes killed six civilians in Kidal, in Mali, on Tuesday, amid fears of a major offensive on the town.",
     "en"),
    ("Des frappes de drones ont tué six civils mardi à Kidal, au Mali, en prévision d'une offensive sur la ville.",
     "fr"),
    ("Des frappes aériennes ont tué six civils mardi à Kidal, au Mali, avant une éventuelle offensive terrestre.",
     "fr"),
])
def test_a_feared_or_expected_battle_does_not_retype_the_strike(text, language):
    assert only_type(text, language) == ("Explosions/Remote violence", "Air/drone strike")


@pytest.mark.parametrize("text,language", [
    ("Troops launched a new offensive against the rebels near Kidal, in Mali, on Tuesday.", "en"),
    ("L'armée a lancé mardi une offensive contre les rebelles près de Kidal, au Mali.", "fr"),
    ("Heavy fighting broke out on Tuesday near Kidal, in Mali, between the army and the rebels.", "en"),
])
def test_an_offensive_that_happened_is_a_battle(text, language):
    assert only_type(text, language) == ("Battles", "Armed clash")


@pytest.mark.parametrize("text,language", [
    ("Soldiers of the 14th October brigade killed 13 militants near Jowhar, in Somalia, on Friday, the army said.",
     "en"),
    ("Army units named after the March 2 agreement clashed with militants near Jowhar, in Somalia, on Friday.", "en"),
    ("Les soldats du bataillon du 14 octobre ont tué 13 jihadistes vendredi près de Djibo, au Burkina Faso.", "fr"),
])
def test_a_date_in_a_name_does_not_date_the_incident(text, language):
    ex = extract(doc(text, published="2022-10-08", language=language)).to_dict()
    assert [e["date"] for e in ex["events"]] == ["2022-10-07"]


@pytest.mark.parametrize("text", [
    "A bombing at a crowded market in Bannu, in Pakistan, killed at least 10 people on Friday.",
    "A bomb attack on a military convoy near Konduga, in Nigeria, killed five soldiers on Thursday.",
    "Explosives planted under a bridge near Konduga, in Nigeria, wounded three soldiers on Thursday.",
])
def test_a_bombing_is_a_remote_explosive(text):
    assert only_type(text, "en") == ("Explosions/Remote violence", "Remote explosive/landmine/IED")


@pytest.mark.parametrize("text", [
    "Plus de 20 000 personnes ont été déplacées par les violences dans la préfecture de la Ouaka, selon l'ONU.",
    "Le rapport évoque des populations contraintes de fuir les violences, et un tiers de la population est déplacée.",
    "Les violences ont déplacé 3 000 personnes dans la préfecture de la Ouaka le mois passé, selon l'ONU.",
])
def test_violences_that_displace_people_are_no_incident(text):
    assert types(text, "fr") == []


def test_violences_that_kill_on_a_day_are_an_incident():
    assert len(types("Des violences intercommunautaires ont fait 12 morts samedi à Bria, selon des sources locales.",
                     "fr")) == 1


@pytest.mark.parametrize("text,sub", [
    ("Deux bombes sont tombées mardi sur le camp de déplacés de Mugunga, près de Goma, tuant neuf personnes.",
     "Shelling/artillery/missile attack"),
    ("Plusieurs bombes se sont abattues lundi sur un marché de Sake, dans le Nord-Kivu, faisant six morts.",
     "Shelling/artillery/missile attack"),
    ("Un avion de l'armée a largué des bombes jeudi sur un marché de Kidal, au Mali, tuant huit civils.",
     "Air/drone strike"),
    ("Une bombe artisanale a explosé jeudi au passage d'un camion près de Djibo, au Burkina Faso, tuant trois "
     "passagers.", "Remote explosive/landmine/IED"),
])
def test_bombs_that_fall_are_shells_dropped_ones_air_strikes_exploded_ones_explosives(text, sub):
    assert only_type(text, "fr") == ("Explosions/Remote violence", sub)


@pytest.mark.parametrize("text", [
    "Rebels killed six soldiers in a drone and mortar attack on a military base near Aguachica, in Colombia.",
    "A drone and rocket attack on an army post near Cucuta, in Colombia, wounded 12 soldiers on Tuesday.",
    "Drones and artillery strikes hit the town of Kupiansk, in Ukraine, on Monday, killing three civilians.",
])
def test_a_drone_and_other_weapon_attack_is_a_drone_strike(text):
    assert only_type(text, "en") == ("Explosions/Remote violence", "Air/drone strike")


def _places(text: str, language: str) -> list[tuple]:
    ex = extract(doc(text, language=language)).to_dict()
    validate(ex, text)
    return [(e["country"], e["admin1"]) for e in ex["events"]]


@pytest.mark.parametrize("text,language", [
    ("Plus de vingt civils ont été tués dimanche dans des attaques de miliciens en Ituri, dans le nord-est de la "
     "République démocratique du Congo. Un porte-parole de l'ONU a indiqué à New York que la milice avait tué au "
     "moins 20 civils et brûlé plusieurs maisons.", "fr"),
    ("Plus de vingt civils ont été tués dimanche dans des attaques de miliciens en Ituri, dans le nord-est de la "
     "République démocratique du Congo. Le Haut-Commissaire a déclaré à Genève que la milice avait tué au moins 20 "
     "civils et brûlé plusieurs maisons.", "fr"),
    ("At least 20 civilians were killed on Sunday in militia attacks in Ituri province, in eastern Democratic "
     "Republic of Congo. A UN spokesman said in New York that the militia had killed at least 20 civilians and "
     "torched homes.", "en"),
    ("At least 20 civilians were killed on Sunday in militia attacks in Ituri province, in eastern Democratic "
     "Republic of Congo. The High Commissioner told reporters in Geneva that the militia had killed at least 20 "
     "civilians and torched homes.", "en"),
])
def test_where_a_statement_was_made_is_not_where_the_event_was(text, language):
    assert _places(text, language) == [("Democratic Republic of Congo", "Ituri")]


@pytest.mark.parametrize("text,language", [
    ("Suspected herders attacked several villages in Benue state, in Nigeria, overnight, residents said.", "en"),
    ("Armed men raided a gold mining site in Niger's Tillaberi region on Thursday.", "en"),
    ("Des hommes armés ont attaqué plusieurs villages de la commune de Djibo, au Burkina Faso, samedi.", "fr"),
    ("Des assaillants ont attaqué un site d'orpaillage jeudi près de Téra, au Niger.", "fr"),
    ("Une attaque contre deux marchés de Bunia, en Ituri, a fait des victimes lundi.", "fr"),
])
def test_an_attack_on_villages_markets_or_mining_sites_is_against_civilians(text, language):
    assert only_type(text, language) == (VAC, ATTACK)


@pytest.mark.parametrize("text", [
    "Russian forces pounded the city of Kharkiv, in Ukraine, overnight, officials said on Tuesday.",
    "Artillery was pounding the outskirts of El Fasher, in Sudan, on Monday, residents said.",
    "The army pounded rebel positions near Goma, in DR Congo, on Friday.",
])
def test_pounding_is_shelling(text):
    assert only_type(text, "en") == ("Explosions/Remote violence", "Shelling/artillery/missile attack")


@pytest.mark.parametrize("text", [
    "Des drones des Forces de soutien rapide ont frappé dimanche l'aéroport de Port-Soudan.",
    "Des drones de la junte ont bombardé mardi un marché de la région de Sagaing, au Myanmar.",
    "Des drones de l'armée burkinabè ont visé lundi une position jihadiste près de Djibo.",
])
def test_drones_of_a_party_that_struck_are_a_drone_strike(text):
    """'des drones des FSR ont frappé': the party the drones belong to may stand between them and the verb."""
    assert only_type(text, "fr") == ("Explosions/Remote violence", "Air/drone strike")


@pytest.mark.parametrize("text,sub", [
    ("A missile struck a tanker off Hodeidah, Yemen, on Monday.", "Shelling/artillery/missile attack"),
    ("A missile fired by the Houthis hit a cargo ship in the Red Sea on Monday.", "Shelling/artillery/missile attack"),
    ("Two rockets launched from Lebanon slammed into a house in northern Israel on Sunday.",
     "Shelling/artillery/missile attack"),
    ("Ukrainian drones attacked an oil refinery in Russia's Saratov region overnight.", "Air/drone strike"),
    ("Russian drones attacked the port of Izmail, Ukraine, on Tuesday, the governor said.", "Air/drone strike"),
    ("Drones launched by the RSF struck the airport of Port Sudan on Sunday.", "Air/drone strike"),
])
def test_a_weapon_that_struck_is_remote_violence(text, sub):
    """'a missile (fired by X) hit', 'drones attacked': the weapon as the subject of the verb of striking (a strike
    by that weapon, not an armed clash), the party that fired it possibly between them."""
    assert only_type(text, "en") == ("Explosions/Remote violence", sub)


@pytest.mark.parametrize("text,language", [
    ("Gunmen killed 24 worshippers in a church in Sirgadji on Sunday.", "en"),
    ("Unknown attackers shot dead a village chief and his two sons in Tinzari on Monday.", "en"),
    ("Des hommes armés ont tué 24 fidèles dans une église de Sirgadji dimanche.", "fr"),
])
def test_a_one_sided_killing_is_against_civilians_where_the_report_names_no_country(text, language):
    """No fight and no armed target: violence against civilians even when no country is known to name them by."""
    assert only_type(text, language) == (VAC, ATTACK)
