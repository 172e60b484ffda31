"""Figures that are not the event's toll: kin a witness mourns, and the number of the speakers themselves
(issue 13). Short reports written for these tests, each rule in several forms, English and French."""

from datetime import date

import pytest
from conftest import extracted

from fogline.pipeline import extract_document
from fogline.records import Document

EN_LEAD = "Gunmen killed at least 25 civilians in a village in Zamfara state, Nigeria, on Sunday, residents said. "
FR_LEAD = ("Des hommes armés ont tué au moins 25 civils dans un village de la région de Tillabéri, au Niger, "
           "dimanche, selon des habitants. ")


def claims(text, language="en"):
    out = extracted(text, language)
    return [(c.what, c.low, c.claimant) for e in out.events for c in e.claims]


@pytest.mark.parametrize("text,language", [
    (EN_LEAD + '"I lost two brothers and my uncle," said a farmer who fled the village.', "en"),
    (EN_LEAD + "A trader said his three sons were among the dead.", "en"),
    (EN_LEAD + "Two of her daughters were killed, a mother said.", "en"),
    (EN_LEAD + "A teacher whose four relatives were killed in the raid spoke to reporters.", "en"),
    (FR_LEAD + "« J'ai perdu deux frères », a déclaré un cultivateur.", "fr"),
    (FR_LEAD + "Un commerçant a indiqué que ses trois fils figuraient parmi les morts.", "fr"),
    (FR_LEAD + "Deux de ses frères ont été tués, a raconté une femme.", "fr"),
])
def test_kin_a_witness_mourns_are_no_toll(text, language):
    found = claims(text, language)
    assert [n for _w, n, _by in found] == [25], found


def test_kin_without_an_owner_still_count():
    found = claims("Gunmen attacked a village in Zamfara state, Nigeria, on Sunday. Two brothers and their "
                   "cousin were killed, police said.")
    assert any(w == "killed" and n == 2 for w, n, _by in found), found


def test_a_personal_loss_never_undercuts_the_toll():
    """The best fatality figure of a massacre report is the residents' or the official's, not a mourner's."""
    text = (EN_LEAD + '"We counted 30 bodies," said a villager who lost two sons. A local official gave a '
            "toll of around 40 dead.")
    ex = extract_document(Document(id="t", text=text, language="en", published=date(2025, 3, 14)))
    best = [est.best for e in ex.events for k, est in e.estimates.items() if k.startswith("killed|")]
    assert best and min(best) >= 25, best


@pytest.mark.parametrize("text,language,low", [
    (EN_LEAD + "The attack killed 31 people, according to three villagers who later fled to Gusau.", "en", 31),
    ("Gunmen attacked a village in Zamfara state, Nigeria, on Sunday. \"They killed 12 people,\" said three "
     "witnesses who fled the area.", "en", 12),
    ("Des hommes armés ont tué 31 civils dans un village de la région de Tillabéri, au Niger, dimanche, selon "
     "trois habitants qui ont fui vers Niamey.", "fr", 31),
    ("Des hommes armés ont attaqué un village de la région de Tillabéri, au Niger, dimanche. « Ils ont tué "
     "douze personnes », a déclaré un cultivateur déplacé.", "fr", 12),
])
def test_the_number_of_the_speakers_is_no_claim(text, language, low):
    found = claims(text, language)
    assert [n for _w, n, _by in found if n != 25] == [low], found


def test_a_number_after_an_inverted_toll_verb_still_counts():
    found = claims("Gunmen attacked a village in Zamfara state, Nigeria, on Sunday, the rebels said, giving a "
                   "provisional death toll of 21 civilians, including 11 children.")
    assert any(w == "killed" and n == 21 for w, n, _by in found), found


@pytest.mark.parametrize("tail", [
    "Police did not say how many people were wounded.",
    "It was not clear how many were abducted.",
    "Officials could not say how many soldiers were missing after the raid.",
])
def test_how_many_asks_for_a_number_and_gives_none(tail):
    found = claims(EN_LEAD + tail)
    assert [n for _w, n, _by in found] == [25], found


def of_for(text, low, language="en"):
    out = extracted(text, language)
    found = [c.of for e in out.events for c in e.claims if c.low == low]
    assert found, [(c.low, c.of) for e in out.events for c in e.claims]
    return found[0]


@pytest.mark.parametrize("text,language,low,of", [
    ("Gunmen attacked a police checkpoint in Kaduna state, Nigeria, on Sunday. Five police were killed in the "
     "attack, residents said.", "en", 5, "Police Forces of Nigeria"),
    ("A suicide bomber struck an army recruitment centre in Kaduna state, Nigeria, on Sunday, killing 11 army "
     "recruits, residents said.", "en", 11, "Military Forces of Nigeria"),
    ("Gunmen attacked a mosque in Kaduna state, Nigeria, on Sunday, killing 12 worshipers, residents said.", "en",
     12, "Civilians (Nigeria)"),
    ("Gunmen attacked a market in Kaduna state, Nigeria, on Sunday, killing 12 shoppers, residents said.", "en", 12,
     "Civilians (Nigeria)"),
    ("Des hommes armés ont attaqué un poste de police à Dosso, au Niger, dimanche. Cinq éléments des forces de "
     "l'ordre ont été tués, selon des habitants.", "fr", 5, "Police Forces of Niger"),
    ("Des hommes armés ont attaqué un poste à Dosso, au Niger, dimanche. Cinq agents des forces de défense ont "
     "été tués, selon des habitants.", "fr", 5, "Military Forces of Niger"),
    ("Des hommes armés ont attaqué une église à Dosso, au Niger, dimanche, tuant douze pèlerins, selon des "
     "habitants.", "fr", 12, "Civilians (Niger)"),
])
def test_the_counted_noun_says_whose_toll(text, language, low, of):
    assert of_for(text, low, language) == of


@pytest.mark.parametrize("text,language", [
    ("Gunmen attacked a village in Zamfara state, Nigeria, on Sunday. \"There were 17 of us at the well,\" a herder "
     "told AFP, adding that gunmen killed his cattle.", "en"),
    ("Gunmen attacked a village in Zamfara state, Nigeria, on Sunday. \"We were 17 at the market,\" said a trader "
     "who later fled to Gusau.", "en"),
    ("Des hommes armés ont attaqué un village de la région de Tillabéri, au Niger, dimanche. « Nous étions 17 au "
     "puits », a raconté un berger qui a fui vers Niamey.", "fr"),
])
def test_a_verb_past_the_reporting_verb_counts_nothing_in_the_quote(text, language):
    """The verb of the speaker's own clause ('who fled', 'adding that … killed') does not count a quoted number."""
    assert claims(text, language) == []


def test_a_reporting_clause_between_commas_keeps_the_figures_verb():
    found = claims("Gunmen attacked a village in Zamfara state, Nigeria, on Sunday. Around 40 people, residents "
                   "said, were killed.")
    assert ("killed", 40, "residents") in found, found


@pytest.mark.parametrize("text,language,kept", [
    ("Jihadists seized an army base in Borno state, Nigeria, on Friday, days after an attack left five troops "
     "dead, security sources said.", "en", []),
    ("Jihadists seized an army base in Borno state, Nigeria, on Friday, killing 12 soldiers, security sources "
     "said. Two weeks after a raid on the same base killed nine soldiers, the army had not reinforced it.", "en",
     [12]),
    ("Jihadists seized an army base in Borno state, Nigeria, on Friday, killing 12 soldiers. In a separate attack "
     "in the state, gunmen killed seven farmers, police said.", "en", [12]),
    ("Des jihadistes ont attaqué un camp militaire dans la région de Tillabéri, au Niger, vendredi, quelques jours "
     "après une attaque qui avait fait cinq morts, selon des sources sécuritaires.", "fr", []),
])
def test_a_figure_of_another_incident_the_report_recalls_is_no_claim(text, language, kept):
    assert sorted(n for _w, n, _by in claims(text, language)) == kept


@pytest.mark.parametrize("text,expected", [
    ("Des jihadistes ont attaqué un camp militaire dans la région de Tillabéri, au Niger, vendredi, tuant douze "
     "soldats.", [12]),
    ("Des jihadistes ont visé un poste militaire près de Tillabéri, au Niger, vendredi, tuant douze soldats.", [12]),
    ("Des hommes armés ont incendié un village civil près de Tillabéri, au Niger, vendredi, tuant douze habitants.",
     [12]),
    ("Des jihadistes ont attaqué un convoi près de Tillabéri, au Niger, vendredi. Un soldat a été tué.", [1]),
])
def test_french_un_counts_only_the_noun_right_after_it(text, expected):
    """French adjectives follow the noun: 'un camp militaire' is a camp, not one soldier."""
    assert sorted(n for _w, n, _by in claims(text, "fr")) == expected


@pytest.mark.parametrize("text,language,expected", [
    ("A missile struck a ship in the Gulf of Aden on Wednesday, the US military said. At least four crew members "
     "were wounded, with three in critical condition.", "en", [4]),
    ("A bomb exploded at a market in Mogadishu, Somalia, on Friday, wounding 20 people, with five in serious "
     "condition, police said.", "en", [20]),
    ("Une bombe a explosé sur un marché de Mogadiscio, en Somalie, vendredi. Vingt personnes ont été blessées, "
     "trois sont dans un état critique, selon la police.", "fr", [20]),
])
def test_the_gravely_wounded_are_a_part_of_the_wounded(text, language, expected):
    assert sorted(n for _w, n, _by in claims(text, language)) == expected


@pytest.mark.parametrize("text,language,expected", [
    ("The army carried out air strikes near Kidal, Mali, on Tuesday. The strikes neutralised four pickup trucks of "
     "the terrorists, the army said.", "en", [("vehicles destroyed", 4)]),
    ("The army carried out air strikes near Kidal, Mali, on Tuesday, neutralizing 12 militants and two vehicles, "
     "the army said.", "en", [("killed", 12), ("vehicles destroyed", 2)]),
    ("L'armée malienne a mené des frappes aériennes sur Kidal, au Mali, mardi. « Nos vecteurs aériens ont "
     "neutralisé plusieurs pick-up de terroristes », selon l'état-major.", "fr", [("vehicles destroyed", 3)]),
])
def test_neutralised_vehicles_are_destroyed_neutralised_people_killed(text, language, expected):
    assert sorted((w, n) for w, n, _by in claims(text, language)) == sorted(expected)


@pytest.mark.parametrize("text,language,expected", [
    ("Russia launched a drone attack on Kharkiv, Ukraine, overnight on Sunday. Ukraine's air force said it shot down "
     "25 of the 30 drones.", "en", [("aircraft lost", 25)]),
    ("Gunmen attacked a bus near Kaduna, Nigeria, on Sunday, killing 5 of the 12 passengers, police said.", "en",
     [("killed", 5)]),
    ("Des hommes armés ont attaqué un bus près de Niamey, au Niger, dimanche, tuant 5 des 12 passagers, selon la "
     "police.", "fr", [("killed", 5)]),
])
def test_a_part_of_a_whole_counts_the_part(text, language, expected):
    assert sorted((w, n) for w, n, _by in claims(text, language)) == expected


@pytest.mark.parametrize("text,language,low,of", [
    ("Gunmen attacked a village in Zamfara state, Nigeria, on Sunday. The police command confirmed the death of 12 "
     "people.", "en", 12, "Civilians (Nigeria)"),
    ("Gunmen attacked a village in Zamfara state, Nigeria, on Sunday. The police acknowledged that 12 victims had "
     "died.", "en", 12, "Civilians (Nigeria)"),
    ("Des hommes armés ont attaqué un village de la région de Tillabéri, au Niger, dimanche. La police a confirmé "
     "la mort de 12 personnes.", "fr", 12, "Civilians (Niger)"),
    ("Gunmen attacked an army base in Zamfara state, Nigeria, on Sunday. The army acknowledged the loss of 12 men.",
     "en", 12, "Military Forces of Nigeria"),
])
def test_people_a_party_confirms_dead_are_not_its_own_losses(text, language, low, of):
    assert of_for(text, low, language) == of


@pytest.mark.parametrize("tail,expected", [
    ("The district council reported eight deaths, five injuries and six abductions.",
     [("abducted", 6, "local sources"), ("killed", 8, "local sources"), ("wounded", 5, "local sources")]),
    ("Residents reported at least 12 kidnappings.", [("abducted", 12, "residents")]),
    ("Police recorded 4 abductions and 2 deaths.",
     [("abducted", 4, "Police Forces of Nigeria"), ("killed", 2, "Police Forces of Nigeria")]),
])
def test_counted_abductions_and_a_local_council(tail, expected):
    found = claims("Gunmen attacked a village in Zamfara state, Nigeria, on Sunday. " + tail)
    assert sorted(found) == expected
