"""Two incidents told in one sentence, each with its own event word and its own place, far apart ('killed five
people in Maru and abducted 30 others in Tsafe', '..., tandis que les ADF ont tué douze personnes dans celui
d'Irumu'): two events, each with its own figures and actors (``clause_incidents``; triggers.json
``incident_break``). One incident with two places of one area, or a list of places, stays one. Texts written for
these tests (published Friday 2025-03-14)."""

import pytest
from conftest import doc, validate

from fogline.extract import extract


def read(text: str, language: str) -> list[dict]:
    ex = extract(doc(text, published="2025-03-14", language=language)).to_dict()
    validate(ex, text)
    return ex["events"]


@pytest.mark.parametrize("text,language,claims", [
    ("Bandits killed five people in Maru and abducted 30 others in Tsafe on Wednesday, Zamfara police said.", "en",
     [[("killed", 5)], [("abducted", 30)]]),
    ("Russian shelling killed two civilians in Kherson on Thursday, and a drone strike on Nikopol wounded three "
     "others, regional officials said.", "en", [[("killed", 2)], [("wounded", 3)]]),
    ("In separate attacks on Sunday, CODECO militiamen killed seven villagers in Djugu territory, while ADF rebels "
     "killed 12 people in Irumu territory, local officials said.", "en", [[("killed", 7)], [("killed", 12)]]),
    ("Dimanche, des miliciens de la Codeco ont tué sept civils dans le territoire de Djugu, tandis que les ADF ont "
     "tué douze personnes dans celui d'Irumu, selon des sources locales.", "fr", [[("killed", 7)], [("killed", 12)]]),
    ("Des jihadistes ont tué mercredi six soldats près de Djibo et des hommes armés ont enlevé dix femmes à "
     "Diapaga, selon des sources sécuritaires.", "fr", [[("killed", 6)], [("abducted", 10)]]),
])
def test_two_incidents_of_one_sentence_are_two_events(text, language, claims):
    found = read(text, language)
    assert [[(c["what"], c["low"]) for c in e["claims"]] for e in found] == claims


def test_each_incident_keeps_its_own_group():
    found = read("Dimanche, des miliciens de la Codeco ont tué sept civils dans le territoire de Djugu, tandis que "
                 "les ADF ont tué douze personnes dans celui d'Irumu, selon des sources locales.", "fr")
    sides_a = [[a["name"] for a in e["actors"] if a["side"] == "A"] for e in found]
    assert sides_a == [["CODECO: Cooperative for Development of Congo"], ["ADF: Allied Democratic Forces"]]
    assert [e["location"] for e in found] == ["Djugu", "Irumu"]


@pytest.mark.parametrize("text,language", [
    ("Gunmen killed five people in Maru and wounded three others in a nearby hamlet, police said.", "en"),
    ("Bandits attacked Kauru and killed seven villagers in Kajuru, in the same part of Kaduna state.", "en"),
    ("Des hommes armés ont tué six civils à Béni et blessé trois autres à Oicha, selon la société civile.", "fr"),
    ("Russian missiles hit the Odesa and Mykolaiv regions overnight, killing four people, officials said.", "en"),
    ("Des frappes ont visé les régions de Tombouctou et de Gao mardi, tuant sept civils.", "fr"),
])
def test_one_incident_with_two_places_of_one_area_stays_one(text, language):
    assert len(read(text, language)) == 1
