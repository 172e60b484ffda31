"""Claim boundaries (issue 13, item 4): which figures of a sentence are claims of the reported event.
Sentences written for these tests."""

from datetime import date

import pytest

from fogline.extract import extract
from fogline.records import Document

NEWS = {"en": "Gunmen attacked an army post near Djibo on Monday. ",
        "fr": "Des jihadistes ont attaqué lundi un poste militaire près de Djibo. "}


def run(text, language="en"):
    return extract(Document(id="t", text=text, language=language, published=date(2025, 3, 13)))


def counted(text, language="en"):
    ex = run(text, language)
    return sorted((c.what, c.low) for e in ex.events for c in e.claims if c.low is not None and c.what != "other")


@pytest.mark.parametrize("text,language,want", [
    ("A soldier was killed when militants attacked a checkpoint near Djibo on Monday.", "en", [("killed", 1)]),
    ("Gunmen attacked a checkpoint near Djibo on Monday. A police officer was killed and two others were wounded.",
     "en", [("killed", 1), ("wounded", 2)]),
    ("Militants killed a commander of the army in an attack near Djibo on Monday.", "en", [("killed", 1)]),
    ("Gunmen stormed a village near Gao on Monday. A civilian wounded in the raid later died in hospital.", "en",
     [("killed", 1)]),
    ("Militants shot dead a village chief in Gao on Monday, residents said.", "en", [("killed", 1)]),
    ("Un gendarme a été tué lundi lors d'une attaque contre un poste près de Djibo.", "fr", [("killed", 1)]),
    ("Un soldat burkinabè a été tué lundi lors d'une attaque près de Djibo.", "fr", [("killed", 1)]),
    ("Lundi, des hommes armés ont enlevé un enseignant près de Gao.", "fr", [("abducted", 1)]),
])
def test_a_single_person_harmed_in_the_event_counts_one(text, language, want):
    assert counted(text, language) == want


@pytest.mark.parametrize("text,language,want", [
    (NEWS["en"] + "A soldier told AFP the attackers came on motorbikes.", "en", []),
    (NEWS["en"] + "A soldier who survived said that the attackers killed 4 troops.", "en", [("killed", 4)]),
    ("Militants clashed with an armed separatist group near Gao on Monday, resulting in the deaths of 10 "
     "separatists.", "en", [("killed", 10)]),
    (NEWS["fr"] + "Un habitant a raconté que les assaillants ont tué 4 soldats.", "fr", [("killed", 4)]),
    (NEWS["fr"] + "Un soldat qui a survécu affirme que les assaillants ont tué 4 soldats.", "fr", [("killed", 4)]),
    (NEWS["fr"] + "Un soldat a raconté à l'AFP que les assaillants étaient venus à moto.", "fr", []),
    (NEWS["fr"] + "Un officier, dont deux hommes ont été blessés, a décrit l'assaut.", "fr", [("wounded", 2)]),
    (NEWS["fr"] + "Un élu, dont le village a été attaqué, affirme que 5 civils ont été tués.", "fr", [("killed", 5)]),
])
def test_a_single_person_who_speaks_or_is_named_is_no_toll(text, language, want):
    assert counted(text, language) == want


@pytest.mark.parametrize("text,want", [
    ("Des jihadistes ont attaqué lundi un poste près de Djibo, faisant 14 victimes.", [("killed", 14)]),
    (NEWS["fr"] + "L'attaque, qui a fait 9 victimes lundi près de Djibo, n'a pas été revendiquée.", [("killed", 9)]),
    (NEWS["fr"] + "Selon l'armée, l'attaque a fait au moins 21 victimes parmi les civils.", [("killed", 21)]),
    (NEWS["fr"] + "L'attaque a fait plusieurs victimes : trois soldats ont été tués.", [("killed", 3)]),
])
def test_french_faire_n_victimes_is_a_death_toll(text, want):
    assert counted(text, "fr") == want


@pytest.mark.parametrize("text,language,want", [
    ("The army confirmed the death of the base commander in the attack near Djibo on Monday.", "en", [("killed", 1)]),
    (NEWS["en"] + "The group's leader was killed in the fighting, the army said.", "en", [("killed", 1)]),
    (NEWS["en"] + "The post commander said that 12 soldiers were killed.", "en", [("killed", 12)]),
    (NEWS["fr"] + "L'armée a annoncé la mort du commandant de la base près de Djibo.", "fr", [("killed", 1)]),
    (NEWS["fr"] + "Le chef du village a été enlevé par les assaillants.", "fr", [("abducted", 1)]),
    ("Lundi, des jihadistes ont tué le chef du village près de Djibo.", "fr", [("killed", 1)]),
    (NEWS["fr"] + "Le commandant de la base a déclaré que 12 soldats ont été tués.", "fr", [("killed", 12)]),
])
def test_a_definite_role_noun_harmed_in_the_event_counts_one(text, language, want):
    assert counted(text, language) == want


@pytest.mark.parametrize("text,language,want", [
    ("Troops killed 35 militants in separate operations in Borno on Monday, the army said.", "en", []),
    ("Gunmen killed 9 villagers in Zamfara on Monday. The army said on Monday it killed 35 militants in two "
     "operations in the state.", "en", [("killed", 9)]),
    ("Gunmen killed 9 villagers in Zamfara on Monday, bringing to 210 the number of people killed this year in the "
     "state.", "en", [("killed", 9)]),
    ("L'armée a affirmé lundi avoir neutralisé 35 terroristes lors de deux opérations distinctes dans le Soum.", "fr",
     []),
    ("L'attaque de lundi contre une base près de Djibo a fait 11 morts, ce qui porte à plus de 300 le nombre de "
     "soldats tués cette année.", "fr", [("killed", 11)]),
])
def test_a_sum_over_several_events_is_no_claim_even_in_a_dated_sentence(text, language, want):
    assert counted(text, language) == want


@pytest.mark.parametrize("text,language,want", [
    ("Des hommes armés ont enlevé lundi 25 élèves d'une école près de Djibo.", "fr", [("abducted", 25)]),
    ("Des hommes armés ont tué dimanche 12 civils près de Djibo.", "fr", [("killed", 12)]),
    ("Gunmen killed on Saturday 14 villagers in Zamfara.", "en", [("killed", 14)]),
    ("Gunmen stormed a village in Zamfara overnight and on Monday 12 people were found dead.", "en", [("killed", 12)]),
    ("L'attaque du lundi 10 mars contre un poste près de Djibo a fait 14 morts.", "fr", [("killed", 14)]),
])
def test_a_day_number_followed_by_a_counted_noun_is_the_figure(text, language, want):
    assert counted(text, language) == want


@pytest.mark.parametrize("text,language,want", [
    ("Militants stormed a base near Djibo on Monday, killing 11 soldiers. Last week, 6 troops were killed near the "
     "same town.", "en", [("killed", 11)]),
    ("Militants stormed a base near Djibo on Monday, killing 11 soldiers. Six troops were killed near the same town "
     "last week, the army said.", "en", [("killed", 11)]),
    ("L'attaque de lundi contre une base près de Djibo a fait 11 morts. La semaine dernière, 6 soldats avaient été "
     "tués près de la même ville.", "fr", [("killed", 11)]),
    ("Militants stormed a base near Djibo on Monday, killing 11 soldiers. On Tuesday, 2 more soldiers died of their "
     "wounds.", "en", [("killed", 2), ("killed", 11)]),
])
def test_a_sentence_dated_days_before_its_event_tells_another_incident(text, language, want):
    assert counted(text, language) == want


@pytest.mark.parametrize("history", [
    "Lors d'une précédente attaque contre la base, 20 soldats avaient été tués.",
    "Une attaque similaire avait fait 20 morts parmi les soldats de la base.",
    "L'ancienne embuscade de la zone avait coûté la vie à 20 soldats.",
])
def test_french_figures_of_an_earlier_attack_are_no_claim(history):
    text = "L'attaque de lundi contre une base près de Djibo a fait 11 morts. " + history
    assert counted(text, "fr") == [("killed", 11)]


@pytest.mark.parametrize("text,language,want", [
    (NEWS["fr"] + "L'attaque a fait 14 morts : 10 soldats et 4 civils.", "fr", [("killed", 14)]),
    (NEWS["fr"] + "L'attaque a fait 9 morts, 5 gendarmes et 4 civils, selon une source locale.", "fr", [("killed", 9)]),
    ("Gunmen killed 15 people in Zamfara on Monday, 10 soldiers and 5 civilians, police said.", "en", [("killed", 15)]),
    ("Gunmen killed 15 people in Zamfara on Monday (10 soldiers and 5 civilians).", "en", [("killed", 15)]),
])
def test_a_breakdown_adding_up_to_its_total_is_no_more_claims(text, language, want):
    assert counted(text, language) == want


@pytest.mark.parametrize("text,language,want", [
    ("Gunmen killed 10 soldiers, 6 policemen and 4 civilians in Zamfara on Monday.", "en",
     [("killed", 4), ("killed", 6), ("killed", 10)]),
    (NEWS["fr"] + "L'attaque a fait 14 morts, 10 blessés et 4 disparus.", "fr",
     [("killed", 14), ("missing", 4), ("wounded", 10)]),
    (NEWS["en"] + "The attack killed 9 people, 5 soldiers and 3 civilians, officials said.", "en",
     [("killed", 3), ("killed", 5), ("killed", 9)]),
])
def test_a_list_or_parts_that_do_not_add_up_stay_claims(text, language, want):
    assert counted(text, language) == want


@pytest.mark.parametrize("text,want", [
    (NEWS["en"] + "Twelve people suffered gunshot wounds, a doctor said.", [("wounded", 12)]),
    (NEWS["en"] + "Four soldiers sustained serious wounds in the firefight.", [("wounded", 4)]),
    (NEWS["en"] + "Doctors treated 9 villagers for machete wounds.", [("wounded", 9)]),
])
def test_wounds_count_the_wounded(text, want):
    assert counted(text) == want


def all_claims(text, language="en"):
    ex = run(text, language)
    return sorted((c.what, c.low, c.claimant) for e in ex.events for c in e.claims if c.low is not None)


@pytest.mark.parametrize("text,language", [
    ("Soldiers clashed with separatists in the Kidal region over two days. The separatists said they killed dozens "
     "of soldiers. On Thursday, the army launched an offensive near Kidal. On Friday, an army convoy was ambushed "
     "near Anefis. The separatists said they killed dozens of soldiers in the ambush.", "en"),
    ("Gunmen attacked two villages in Zamfara on Sunday and Monday. Police said the gunmen killed 9 villagers. On "
     "Sunday, gunmen raided the village of Kadisau. On Monday, gunmen stormed the village of Tsafe, where police said "
     "the gunmen killed 9 villagers.", "en"),
])
def test_a_sources_figure_in_the_lede_and_again_in_a_later_event_is_told_once(text, language):
    got = all_claims(text, language)
    assert len(got) == 1, got


def test_the_outlets_same_figure_for_two_incidents_stays_two():
    text = ("Gunmen killed 5 villagers in Kadisau in Zamfara on Sunday. In a separate attack on Monday, gunmen "
            "killed 5 villagers in Tsafe.")
    assert [c[:2] for c in all_claims(text)] == [("killed", 5), ("killed", 5)]


@pytest.mark.parametrize("second", [
    "In a separate attack on Monday, gunmen killed 4 villagers in Tsafe.",
    "In another attack on Monday, gunmen killed 4 villagers in Tsafe.",
    "In a separate raid on Monday, bandits killed 4 farmers in Tsafe.",
])
def test_an_incident_opened_as_separate_keeps_its_own_figure(second):
    text = "Gunmen killed 7 villagers in Kadisau in Zamfara on Sunday. " + second
    assert [c[:2] for c in all_claims(text)] == [("killed", 4), ("killed", 7)]


@pytest.mark.parametrize("text,language", [
    ("Militants killed 12 people in an attack on an army base near Djibo on Monday, the army said. The army said in "
     "a statement that 12 soldiers died when militants stormed the base.", "en"),
    ("Militants attacked an army base near Djibo on Monday, killing 8, the army said. Eight soldiers died in the "
     "assault, the army said in a statement.", "en"),
    ("L'attaque de lundi contre une base près de Djibo a fait 12 morts, selon l'armée. Selon l'armée, 12 soldats "
     "ont péri dans l'assaut.", "fr"),
])
def test_a_sources_exact_figure_told_without_and_with_its_party_is_one_claim(text, language):
    got = run(text, language)
    claims = [c for e in got.events for c in e.claims if c.low is not None]
    assert len(claims) == 1 and claims[0].of != "unknown", [(c.low, c.of, c.claimant) for c in claims]


@pytest.mark.parametrize("text,language,want", [
    (NEWS["en"] + "The next day the group, in a statement, said one of its commanders had died in the fighting.", "en",
     [("killed", 1)]),
    (NEWS["en"] + "The police, in a statement, said a police officer was killed in the attack.", "en", [("killed", 1)]),
    (NEWS["en"] + "The attackers fled, said a farmer who was wounded in the attack.", "en", []),
    (NEWS["en"] + "The attackers came on motorbikes, said a soldier who was at the post.", "en", []),
])
def test_a_single_person_after_said_is_what_was_said_when_a_harm_verb_follows(text, language, want):
    assert counted(text, language) == want
