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
