"""A group's claim for an incident already told ('claimed responsibility for the attack on Saturday', 'claimed the
killings through its news agency on Thursday', "a revendiqué l'attaque samedi") goes on with that incident: its day
is when the claim was made, no second incident (triggers.json ``claimed_back``). A lead that is a claim keeps its
day. A trend sentence ('Farmers are increasingly targeted ...') or one of repeated violence ('has been the scene
of repeated fighting') is background: its towns and figures are not the incident's (context.json ``background``).
Texts written for these tests (published Sunday 2025-03-16)."""

import pytest
from conftest import doc, validate

from fogline.extract import extract


def read(text: str, language: str) -> dict:
    ex = extract(doc(text, published="2025-03-16", language=language)).to_dict()
    validate(ex, text)
    return ex


@pytest.mark.parametrize("text,language,day", [
    ("Gunmen killed 11 soldiers in an ambush near Banibangou on Friday, the army said. The Islamic State group "
     "claimed responsibility for the attack on Saturday, saying its fighters killed 20 soldiers.", "en",
     "2025-03-14"),
    ("Militants killed six civilians in the village of Nangade on Tuesday, residents said. Islamic State claimed "
     "the killings through its Amaq news agency on Thursday and published photographs of the bodies.", "en",
     "2025-03-11"),
    ("Bandits attacked a police post in Zurmi on Wednesday, killing four officers. A local armed group claimed "
     "responsibility for the raid late on Friday, saying it had killed 12 policemen.", "en", "2025-03-12"),
    ("Des jihadistes ont tué douze soldats jeudi dans une embuscade près de Djibo. Le JNIM a revendiqué l'attaque "
     "samedi, affirmant avoir tué 30 militaires.", "fr", "2025-03-13"),
    ("Un engin explosif a tué cinq soldats mardi près de Ménaka. L'État islamique a revendiqué l'attaque via son "
     "agence Amaq jeudi, affirmant avoir tué dix soldats.", "fr", "2025-03-11"),
])
def test_the_day_of_a_claim_of_responsibility_is_no_incident(text, language, day):
    assert [e["date"] for e in read(text, language)["events"]] == [day]


def test_a_claim_that_opens_the_report_keeps_its_day():
    ex = read("The rebels claimed responsibility for the attack on March 13 near Anefis.", "en")
    assert [e["date"] for e in ex["events"]] == ["2025-03-13"]


@pytest.mark.parametrize("text,town,claims", [
    ("Gunmen killed seven villagers in Bokkos on Wednesday, police said. Farmers in the state are increasingly "
     "targeted by armed men, with 30 killed in Mangu alone.", "Bokkos", [("killed", 7)]),
    ("Russian drones struck Kramatorsk on Thursday, killing two civilians, officials said. Drones have "
     "increasingly hit civilian areas in recent days, and 15 people were killed in Sloviansk.", "Kramatorsk",
     [("killed", 2)]),
    ("Bandits abducted 20 passengers near Gusau on Tuesday, police said. Kidnappers increasingly target travellers "
     "on the highway, where nine drivers were seized.", "Gusau", [("abducted", 20)]),
])
def test_a_trend_sentence_is_background(text, town, claims):
    ex = read(text, "en")
    assert [(e["location"], [(c["what"], c["low"]) for c in e["claims"]]) for e in ex["events"]] == [(town, claims)]
    assert ex["background"]


@pytest.mark.parametrize("text,claims", [
    ("A Malian army drone crashed on Wednesday near Ansongo, the army said. Ansongo has been the scene of repeated "
     "fighting between the army and jihadist groups.", []),
    ("Gunmen killed six farmers in Bokkos on Tuesday, police said. The district has suffered repeated attacks by "
     "armed herders, who killed dozens of villagers there.", [("killed", 6)]),
    ("A roadside bomb killed three soldiers near Beledweyne on Monday, officials said. The road has seen repeated "
     "ambushes by al-Shabaab fighters, who seized two army trucks there.", [("killed", 3)]),
    ("Russian drones struck Sumy on Thursday, killing two people, officials said. The city has come under repeated "
     "shelling from Russian artillery across the border.", [("killed", 2)]),
])
def test_repeated_violence_is_the_places_history(text, claims):
    """'has been the scene of repeated fighting': the place's history, background (context.json ``background``)."""
    ex = read(text, "en")
    assert [[(c["what"], c["low"]) for c in e["claims"]] for e in ex["events"]] == [claims]
    assert ex["background"]
