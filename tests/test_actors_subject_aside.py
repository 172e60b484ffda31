"""Words between commas right after a sentence's subject describe the actor ("The army, at war with the RSF since
April 2023, shelled …"): their date makes no sentence history, dates no event, and the group they name is no
party."""

import pytest

from tests.conftest import extracted


@pytest.mark.parametrize("text, language, author, aside_party", [
    ("The army, at war with the RSF since April 2023, shelled a market in Omdurman on Monday, killing 15 people.",
     "en", "Military Forces of Sudan (SAF)", "Rapid Support Forces (RSF)"),
    ("The Sudanese army, which has fought the RSF since 2023, bombed a market in Omdurman on Monday, killing 15 "
     "people.", "en", "Military Forces of Sudan (SAF)", "Rapid Support Forces (RSF)"),
    ("JNIM, fighting the Malian army since 2017, ambushed a convoy near Boni on Tuesday, killing 12 soldiers.",
     "en", "JNIM: Group for Support of Islam and Muslims", None),
    ("L'armée, en guerre contre les FSR depuis avril 2023, a bombardé un marché d'Omdurman lundi, tuant 15 "
     "personnes.", "fr", "Military Forces of Sudan (SAF)", "Rapid Support Forces (RSF)"),
    ("L'armée soudanaise, qui combat les FSR depuis 2023, a pilonné un marché d'Omdurman lundi, faisant 15 morts.",
     "fr", "Military Forces of Sudan (SAF)", "Rapid Support Forces (RSF)"),
    ("Les FSR, en guerre contre l'armée depuis avril 2023, ont attaqué un camp près d'El Fasher dimanche, tuant 20 "
     "civils.", "fr", "Rapid Support Forces (RSF)", "Military Forces of Sudan (SAF)"),
])
def test_a_subject_aside_hides_neither_the_event_nor_its_day(text, language, author, aside_party):
    events = extracted(text, language).events
    assert events, "no event"
    e = events[0]
    parties = {a.name: a.side for a in e.actors}
    assert parties.get(author) == "A", parties
    assert aside_party not in parties, parties
    assert e.date and e.date.startswith("2025-03"), e.date
