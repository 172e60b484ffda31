"""A line that links to another story ('Read also: ...') is not part of the report (sentences.json related_lines)."""

import pytest
from conftest import doc

from fogline.extract import extract


def lows(text: str, language: str = "en") -> list[list[int]]:
    return [[c.low for c in ev.claims] for ev in extract(doc(text, "2024-03-05", language)).events]


@pytest.mark.parametrize("text, language", [
    ("Gunmen killed five farmers in Zurmi on Monday, police said.\n"
     "RELATED: Bandits kill 40 villagers in Zamfara raid\nThe attackers fled on motorcycles.", "en"),
    ("Gunmen killed five farmers in Zurmi on Monday, police said.\n\n"
     "• Read more - Forty villagers killed as bandits raid Zamfara\n\nThe attackers fled on motorcycles.", "en"),
    ("Gunmen killed five farmers in Zurmi on Monday, police said.\n"
     "See also | Bandits kill 40 villagers in Zamfara raid",
     "en"),
    ("Des hommes armés ont tué cinq civils lundi à Djibo, selon des sources locales.\n"
     "À lire aussi : au moins 40 civils tués dans une attaque près de Dori\nLes assaillants ont fui.", "fr"),
    ("Des hommes armés ont tué cinq civils lundi à Djibo, selon des sources locales.\n"
     "LIRE AUSSI » Burkina : 40 soldats tués dans une embuscade à Arbinda\nLes assaillants ont fui.", "fr"),
])
def test_a_linked_story_gives_no_event_nor_figure(text, language):
    assert lows(text, language) == [[5]]


@pytest.mark.parametrize("text", [
    "Related clashes killed 12 soldiers near Djibo on Monday, the army said.",
    "Police said the killing of 12 soldiers near Djibo on Monday was related: the same cell carried it out.",
    "Read also the army's statement: it said 12 soldiers were killed near Djibo on Monday.",
])
def test_the_words_without_a_link_line_are_read(text):
    assert [12] in lows(text)
