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
    ("Gunmen murdered four farmers in Bokkos on Monday. On Saturday, soldiers clashed with bandits near Mangu.",
     "2025-06-09", "Bokkos"),
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


def test_an_undated_killing_without_a_counting_verb_opens_nothing():
    """Without a day, such a sentence may be a summary of the incident told after it: no incident of its own."""
    found = events("Gunmen murdered four farmers in Bokkos. On Saturday, soldiers clashed with bandits near Mangu.")
    assert [e["location"] for e in found] == ["Mangu"]


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
