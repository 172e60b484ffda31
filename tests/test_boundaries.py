"""Claim boundaries: figures counting a whole war or several operations are background, not claims of the event.
Sentences written for these tests."""

from datetime import date

import pytest

from fogline.extract import extract
from fogline.records import Document


def run(text, language="en"):
    return extract(Document(id="t", text=text, language=language, published=date(2025, 3, 13)))


NEWS = {"en": "Gunmen killed 7 villagers in Zamfara on Monday. ",
        "fr": "Des hommes armés ont tué 7 villageois à Djibo lundi. "}


@pytest.mark.parametrize("language,history", [
    ("en", "The decade-long insurgency has killed more than 35,000 people and displaced two million."),
    ("en", "The conflict has so far killed 4,000 people, according to a monitoring group."),
    ("en", "The army said hundreds of bandits were killed in recent operations across the state."),
    ("en", "Since the start of the war, tens of thousands have died."),
    ("fr", "Le conflit a déjà fait plus de 20 000 morts depuis 2015, selon des ONG."),
    ("fr", "Depuis le début de l'année, 300 civils ont été tués dans la région."),
    ("fr", "L'armée affirme avoir neutralisé 80 terroristes lors de plusieurs opérations."),
    ("en", "The fighting has forced 2.5 million people from their homes, the UN says."),
    ("en", "Thousands of civilians have died, most of them in air strikes."),
    ("fr", "Le conflit a poussé des centaines de milliers de personnes à fuir."),
])
def test_a_figure_over_many_events_is_no_claim_of_this_one(language, history):
    ex = run(NEWS[language] + history, language)
    assert [c.low for e in ex.events for c in e.claims] == [7]
    assert any(history[:20] in b.evidence.text for b in ex.background)


@pytest.mark.parametrize("text", [
    "Since the start of the offensive on Friday, fighters killed 12 soldiers in Borno.",
    "The attack on Tuesday killed 9 people, the deadliest since January, officials said.",
    "Depuis le début de l'offensive vendredi, les jihadistes ont tué 12 soldats à Djibo.",
])
def test_a_sentence_that_dates_its_own_event_stays_news(text):
    language = "fr" if "Depuis" in text else "en"
    ex = run(text, language)
    assert [c.low for e in ex.events for c in e.claims]


@pytest.mark.parametrize("text,language", [
    ("Quatorze civils ont été tués lors des frappes aériennes de l'armée près de Kidal lundi.", "fr"),
    ("Douze soldats sont morts au cours des combats près de Djibo mardi.", "fr"),
    ("Nine civilians were killed in the strikes on a market near Gao on Monday.", "en"),
])
def test_the_strikes_of_one_event_are_not_several_operations(text, language):
    ex = run(text, language)
    assert [c.low for e in ex.events for c in e.claims]
