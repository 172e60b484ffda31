"""Segmentation: which sentence opens an incident, and which of its sentence's towns is the incident's place.
Texts written for these tests."""

import pytest
from conftest import doc, validate

from fogline.extract import extract


def events(text: str, language: str = "en") -> list[dict]:
    ex = extract(doc(text, language=language)).to_dict()
    validate(ex, text)
    return ex["events"]


@pytest.mark.parametrize("text,day,town", [
    ("Gunmen murdered four farmers in Bokkos on Tuesday. On Saturday, soldiers clashed with bandits near Mangu.",
     "2025-06-10", "Bokkos"),
    ("Militants beheaded three villagers near Macomia on Friday. Insurgents had also attacked a convoy near "
     "Pemba on Tuesday.", "2025-06-13", "Macomia"),
    ("Two teachers were gunned down in Gao on Wednesday, residents said. The army clashed with rebels near Kidal "
     "on Saturday.", "2025-06-11", "Gao"),
])
def test_a_dated_killing_with_a_figure_opens_the_first_incident(text, day, town):
    """A word of death, a figure and a day ('murdered four farmers ... on Monday') is an incident even with no
    verb that counts victims, and the later incidents of the report do not swallow it."""
    found = [(e["date"], e["location"]) for e in events(text)]
    assert (day, town) in found, found
    assert len(found) == 2, found


def test_an_undated_killing_without_a_figure_opens_nothing():
    """Without a day or a figure, such a sentence may be a summary of the incident told after it: no incident of
    its own. ('murdered four farmers' counts the dead since killing verbs are counting verbs: it is read as
    'killed four farmers'.)"""
    found = events("Gunmen murdered farmers in Bokkos. On Saturday, soldiers clashed with bandits near Mangu.")
    assert [e["location"] for e in found] == ["Mangu"]
    later = "in Bokkos. On Saturday, soldiers clashed with bandits near Mangu."
    assert [e["location"] for e in events("Gunmen murdered four farmers " + later)] == \
        [e["location"] for e in events("Gunmen killed four farmers " + later)]


@pytest.mark.parametrize("text,language,town", [
    ("Jos residents said gunmen killed 12 people in Gusau on Monday.", "en", "Gusau"),
    ("Maiduguri hospital staff said the death toll in Gwoza stood at 9 on Sunday.", "en", "Gwoza"),
    ("Gao youth leaders said soldiers shot dead five protesters in Timbuktu on Sunday.", "en", "Timbuktu"),
    ("Ménaka : selon des élus, des hommes armés ont tué sept civils dimanche à Ansongo.", "fr", "Ansongo"),
])
def test_the_town_the_event_words_lead_to_is_the_place(text, language, town):
    """A town named before every word of the event names a speaker or an origin ('Jos residents said'); the
    town the event's words lead to ('killed 12 people in Gusau') is where it happened."""
    assert [e["location"] for e in events(text, language)] == [town]


@pytest.mark.parametrize("text,town", [
    ("Gunmen attacked Gwoza on Monday and residents fled to Maiduguri.", "Gwoza"),
    ("Fighting broke out on Thursday in the town of Ansongo, after the army said it had taken Gao.", "Ansongo"),
    ("In Gusau, bandits killed 12 people on Monday, residents of Sokoto said.", "Gusau"),
])
def test_a_town_after_an_event_word_stays_the_place(text, town):
    """The first town after a word of the event keeps its place; a later town in another clause does not take it."""
    assert events(text)[0]["location"] == town


AIR = ("Explosions/Remote violence", "Air/drone strike")


@pytest.mark.parametrize("text,language", [
    ("On Saturday, the army said it had neutralised several rebel fighters near Kidal a day earlier using air "
     "power.", "en"),
    ("The military said on Monday it had destroyed a rebel convoy north of Gao with drones.", "en"),
    ("Soldiers struck an insurgent camp near Ansongo on Friday with combat helicopters, killing 12 fighters.", "en"),
    ("L'armée a annoncé dimanche avoir neutralisé plusieurs terroristes près de Ménaka grâce à des vecteurs "
     "aériens.", "fr"),
    ("Samedi, l'état-major a affirmé avoir détruit la veille un dépôt logistique près de Tessalit au moyen de "
     "drones.", "fr"),
])
def test_a_target_hit_using_aircraft_is_an_air_strike(text, language):
    """'neutralised targets using air power', 'détruit ... au moyen de drones': the means make it an air strike."""
    assert [(e["event_type"], e["sub_event_type"]) for e in events(text, language)] == [AIR]


def test_a_killing_with_a_hand_weapon_is_no_air_strike():
    found = events("Gunmen killed four villagers near Gao on Monday with machetes.")
    assert [e["sub_event_type"] for e in found] == ["Attack"]


@pytest.mark.parametrize("text,language,day", [
    ("On Saturday, the army said it had neutralised several rebel fighters near Kidal a day earlier using air "
     "power.", "en", "2025-06-13"),
    ("On Thursday, police said gunmen had attacked a market in Gusau the previous day, killing eight traders.",
     "en", "2025-06-11"),
    ("Samedi, l'état-major a affirmé avoir détruit la veille un dépôt logistique près de Tessalit au moyen de "
     "drones.", "fr", "2025-06-13"),
])
def test_a_day_counted_back_from_the_named_day_dates_the_incident(text, language, day):
    """The named day is when it was told; the day counted back from it is when it happened."""
    assert [e["date"] for e in events(text, language)] == [day]


@pytest.mark.parametrize("text", [
    "Drone strikes hit Kidal on Monday, killing five. On Wednesday, gunmen ambushed a convoy near Gao. Monday's "
    "attack was condemned by the UN.",
    "An IED killed three soldiers near Gao on Friday. Troops clashed with militants near Kidal on Sunday. "
    "Friday's attack was claimed by an armed group.",
    "Shelling killed four civilians in Kharkiv on Tuesday. Russian troops stormed a village near Pokrovsk on "
    "Thursday. Tuesday's strikes drew condemnation from Kyiv.",
])
def test_a_day_s_incident_points_back_to_it(text):
    """'Monday's attack' names the incident of Monday told before: no new incident, whatever its word's type."""
    assert len(events(text)) == 2


def test_an_attack_on_a_day_elsewhere_is_still_an_incident():
    found = events("An IED killed three soldiers near Gao on Friday. Troops clashed with militants near Kidal on "
                   "Sunday. An attack on Friday also hit Menaka.")
    assert [e["location"] for e in found] == ["Gao", "Kidal", "Ménaka"]


@pytest.mark.parametrize("text,language", [
    ("After the clashes, the UN mission handed over its camp in Ber to the army on Monday. Jihadists attacked an "
     "army convoy near Ber on Monday.", "en"),
    ("Despite the fighting, the peacekeepers completed their withdrawal from Tessalit on Sunday. Rebels ambushed a "
     "patrol near Tessalit on Sunday.", "en"),
    ("Malgré les combats, la Minusma a remis son camp de Ber à l'armée lundi. Des jihadistes ont attaqué un convoi "
     "de l'armée près de Ber lundi.", "fr"),
])
def test_an_incident_is_of_the_family_of_its_strong_word(text, language):
    """A handover told after a weak word of fighting ('after the clashes') is a handover: the attack of the same
    day and place is an incident of its own, not merged into it."""
    found = [e["sub_event_type"] for e in events(text, language)]
    assert found == ["Non-violent transfer of territory", "Armed clash"], found


@pytest.mark.parametrize("text,language", [
    ("Gunmen killed 12 villagers in Bokkos, police said. In another attack on Saturday, bandits killed three "
     "farmers in the same district.", "en"),
    ("Militants stormed a village near Bokkos, killing nine people. Separately, gunmen attacked a market in the "
     "area on Friday, killing two traders.", "en"),
    ("Jihadists ambushed an army convoy near Bokkos, killing 14 soldiers. Another ambush on Thursday killed "
     "five soldiers in the district.", "en"),
    ("Des hommes armés ont tué 12 villageois à Bokkos, selon la police. Dans une autre attaque samedi, des "
     "bandits ont tué trois agriculteurs dans le même district.", "fr"),
    ("Des jihadistes ont attaqué un convoi près de Bokkos, tuant 14 soldats. Une nouvelle embuscade jeudi a tué "
     "cinq soldats dans la zone.", "fr"),
    ("Des miliciens ont attaqué un village près de Bokkos, tuant neuf personnes. Par ailleurs, des hommes armés "
     "ont attaqué un marché de la zone vendredi, tuant deux commerçants.", "fr"),
])
def test_another_incident_with_its_day_does_not_join_the_undated_lead(text, language):
    """'In another attack on Saturday', 'Separately, ...', 'une autre attaque samedi': the sentence tells an
    incident of its own; the lead, which has no day, is not that incident and is not dated by it."""
    found = sorted((e["date"] or "") for e in events(text, language))
    assert len(found) == 2, found


@pytest.mark.parametrize("text,language", [
    ("Jihadists ambushed an army patrol near Bokkos, killing 12 soldiers. Militants attacked a village in the "
     "district on Saturday, killing four civilians.", "en"),
    ("Gunmen stormed a church near Bokkos, killing 20 worshippers. Bandits attacked a village in the area on "
     "Friday, killing three herders.", "en"),
    ("Insurgents attacked an army base near Bokkos, killing seven soldiers. Jihadists attacked a market in "
     "the district on Tuesday and killed two traders.", "en"),
    ("Des jihadistes ont attaqué une patrouille près de Bokkos, tuant 12 soldats. Des miliciens ont attaqué un "
     "village du district samedi, tuant quatre civils.", "fr"),
    ("Des hommes armés ont attaqué une église près de Bokkos, tuant 20 fidèles. Des bandits ont attaqué un "
     "village de la zone vendredi, tuant trois éleveurs.", "fr"),
    ("Des insurgés ont attaqué une base militaire près de Bokkos, tuant sept soldats. Des jihadistes ont "
     "attaqué un marché du district mardi et ont tué deux commerçants.", "fr"),
])
def test_a_dated_attack_with_a_toll_of_its_own_is_not_the_undated_lead(text, language):
    """An undated lead with its toll, then an attack with its own day and another toll: two incidents (the
    same toll restated with its day is the lead's incident, see the next test)."""
    found = events(text, language)
    assert len(found) == 2, [(e["date"], e["location"]) for e in found]
    assert [e["date"] for e in found].count(None) == 0


@pytest.mark.parametrize("text,language", [
    ("Jihadists killed 12 soldiers near Bokkos, the army said. The militants ambushed the patrol on Saturday, "
     "killing 12 soldiers.", "en"),
    ("Gunmen killed nine villagers near Bokkos. The attack took place on Friday night, police said.", "en"),
    ("Bandits killed 20 worshippers in a church near Bokkos. Bandits stormed the church on Sunday, killing 20 "
     "worshippers, residents said.", "en"),
    ("Des jihadistes ont tué 12 soldats près de Bokkos, selon l'armée. Les assaillants ont attaqué la "
     "patrouille samedi, tuant 12 soldats.", "fr"),
])
def test_the_lead_told_again_with_its_day_stays_one_incident(text, language):
    """The same toll restated with its day, or 'the attack took place on Friday': the lead's incident, dated."""
    found = events(text, language)
    assert len(found) == 1, [(e["date"], e["location"]) for e in found]
    assert found[0]["date"] is not None


@pytest.mark.parametrize("text", [
    "Bandits attacked a village near Bokkos.",
    "Militia units attacked a village near Mangu, residents said.",
    "According to the police, armed bandits attacked a school near Bokkos.",
])
def test_a_word_ending_like_a_determiner_does_not_point_back(text):
    """'Bandits attacked', 'units attacked': the 'its' of the word's end is no 'its attack' pointing back to an
    incident already told, so the attack opens an event of its own."""
    assert len(events(text)) == 1


@pytest.mark.parametrize("text,language,town", [
    ("Militants killed five soldiers in Bama on Sunday. Another operation on 12 June. Soldiers escorted a convoy "
     "between Maiduguri and Dikwa. They attacked a group of fighters at Gwoza.", "en", "Gwoza"),
    ("Des jihadistes ont tué cinq soldats à Djibo le 14 juin. Une autre opération le 12 juin. Les soldats "
     "escortaient un convoi entre Kaya et Arbinda. Ils ont attaqué un groupe armé à Gorom-Gorom.", "fr",
     "Gorom-Gorom"),
    ("Des jihadistes ont tué cinq soldats à Djibo dimanche. Autre opération la veille. L'armée progressait sur la "
     "route entre Kaya et Arbinda. Les soldats ont attaqué des jihadistes à Gorom-Gorom.", "fr", "Gorom-Gorom"),
])
def test_an_incident_opened_without_a_town_takes_the_town_of_its_own_words(text, language, town):
    """An incident opened by a line with no place ('Another operation on 6 March') is where its own later words
    put it ('they attacked ... at Gwoza'), not at a town named only on the way ('a convoy between A and B')."""
    assert [e["location"] for e in events(text, language)][1:] == [town]


@pytest.mark.parametrize("text,language,first", [
    ("Fulani militia killed five farmers in Bokkos, Plateau State, on Monday. In a separate incident on Tuesday, "
     "three people were killed on a highway.", "en", "Bokkos"),
    ("Boko Haram fighters killed five soldiers in Bama, Borno State, on Monday. In another attack on Wednesday, "
     "gunmen abducted ten travellers.", "en", "Bama"),
    ("Des jihadistes du JNIM ont tué cinq soldats à Djibo, dans la région du Sahel, lundi. Dans une autre attaque "
     "mardi, trois civils ont été tués.", "fr", "Djibo"),
    ("Des jihadistes du JNIM ont tué cinq soldats à Djibo lundi. Par ailleurs, mercredi, des hommes armés ont "
     "enlevé dix voyageurs.", "fr", "Djibo"),
])
def test_another_incident_without_a_town_borrows_nothing_of_the_one_before(text, language, first):
    """'In a separate incident, three people were killed': not at the town of the incident before (at most near
    a place of the report) and not by the party named just before it."""
    ex = extract(doc(text, published="2025-06-18", language=language)).to_dict()
    lead, other = ex["events"]
    assert lead["location"] == first and lead["geo_precision"] == 1
    assert other["geo_precision"] >= 2
    named = {a["name"] for a in lead["actors"] if a["side"] == "A"}
    assert not named & {a["name"] for a in other["actors"]}


@pytest.mark.parametrize("text,language", [
    ("Gunmen killed nine farmers near Bokkos in Plateau State on Monday, police said. In Borno State, soldiers "
     "clashed with insurgents near Bama, the army said.", "en"),
    ("An air strike by the military killed 12 villagers in Sagaing Region on Sunday. In Shan State, rebels captured "
     "a hilltop army camp near Lashio after fierce fighting.", "en"),
    ("Des jihadistes ont tué six soldats à Djibo, dans la région du Sahel, lundi. Dans la région de l'Est, des "
     "combats ont opposé l'armée à des assaillants près de Fada N'Gourma.", "fr"),
    ("Des hommes armés ont tué huit civils à Bunia, en Ituri, dimanche. Au Nord-Kivu, des affrontements ont opposé "
     "l'armée aux rebelles près de Beni.", "fr"),
])
def test_an_undated_incident_in_another_region_keeps_the_report_s_week(text, language):
    """An undated incident of another region is not in the time frame of the dated one told before it: the
    report's own week, not the other incident's day."""
    lead, other = extract(doc(text, published="2025-06-18", language=language)).to_dict()["events"]
    assert lead["date_precision"] == "day" and lead["admin1"] != other["admin1"]
    assert (other["date"], other["date_precision"]) == ("2025-06-18", "week")


@pytest.mark.parametrize(("lang", "text", "counts"), [
    ("en", "The 66th brigade lost 4 men near the river.", {4}),
    ("en", "Soldiers of the 3rd battalion said 12 attackers died.", {12}),
    ("fr", "Le 2e bataillon a perdu 7 hommes près du fleuve.", {7}),
])
def test_a_number_written_as_a_rank_is_no_count_of_the_sentence(lang, text, counts):
    from fogline.extract import extractor_for
    from fogline.extract.segment import _figures

    ctx = extractor_for(lang).context.read(doc(text, language=lang), [])
    assert _figures(ctx.views[0], lang) == counts
