"""The speaker of a reporting verb tells the event; it is not its author, even when the reported clause's subject
is the trigger noun itself with its agent ('a affirmé qu'une frappe israélienne a tué …', 'selon le Hamas, une
frappe israélienne …', 'said an attack by the army killed …')."""

import pytest

from tests.conftest import event_parties


@pytest.mark.parametrize("text, speaker, author", [
    ("Le Hamas a affirmé qu'une frappe israélienne a tué 12 personnes à Khan Younès mardi.",
     "Hamas", "Military Forces of Israel"),
    ("Le Hezbollah a déclaré mercredi qu'une frappe israélienne avait tué quatre personnes à Tyr.",
     "Hezbollah", "Military Forces of Israel"),
    ("Selon le Hamas, une frappe israélienne a fait neuf morts dans le camp de Jabalia dimanche.",
     "Hamas", "Military Forces of Israel"),
    ("Les FSR ont assuré lundi qu'une attaque de l'armée soudanaise avait tué 15 civils à Omdurman.",
     "Rapid Support Forces (RSF)", "Military Forces of Sudan (SAF)"),
])
def test_a_speaker_is_not_the_author_of_the_strike_it_reports(text, speaker, author):
    _, parties = event_parties(text, "fr")
    assert parties.get(author) == "A", parties
    assert speaker not in parties, parties


@pytest.mark.parametrize("text, speaker, author", [
    ("The RSF said on Monday that an attack by the army killed 15 civilians in Omdurman.",
     "Rapid Support Forces (RSF)", "Military Forces of Sudan (SAF)"),
    ("Hezbollah claimed that strikes by Israeli forces had killed four people in Tyre on Wednesday.",
     "Hezbollah", "Military Forces of Israel"),
    ("According to the RSF, shelling by the Sudanese army killed nine people in El Fasher on Sunday.",
     "Rapid Support Forces (RSF)", "Military Forces of Sudan (SAF)"),
])
def test_the_agent_after_the_trigger_noun_english(text, speaker, author):
    _, parties = event_parties(text, "en")
    assert parties.get(author) == "A", parties
    assert speaker not in parties, parties
