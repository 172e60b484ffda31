"""Claims of this event against background figures: a superlative that ranks the reported event ('..., the
deadliest this year') keeps its toll; a superlative that names another, earlier event stays background.
Sentences written for these tests."""

from datetime import date

import pytest

from fogline.extract import extract
from fogline.records import Document


def run(text, language="en"):
    return extract(Document(id="t", text=text, language=language, published=date(2025, 3, 13)))


def tolls(ex):
    return sorted(c.low for e in ex.events for c in e.claims if c.low is not None)


@pytest.mark.parametrize("text,language,low", [
    ("Gunmen killed 15 villagers in Zamfara, the deadliest attack in the state this year.", "en", 15),
    ("The ambush near Djibo left 22 soldiers dead, the worst loss for the army in months.", "en", 22),
    ("At least 30 people died when a bomb exploded in a market in Gao, one of the heaviest tolls in the region.",
     "en", 30),
    ("The raid on Kidal, which killed 40 civilians, was the deadliest since the junta came to office.", "en", 40),
    ("Des jihadistes ont tué 15 soldats près de Djibo, l'attaque la plus meurtrière depuis des mois.", "fr", 15),
    ("L'embuscade, la plus meurtrière de l'histoire de la région, a fait 22 morts parmi les soldats à Gao.",
     "fr", 22),
])
def test_a_superlative_ranking_this_event_keeps_its_toll(text, language, low):
    assert low in tolls(run(text, language))


@pytest.mark.parametrize("text,language", [
    ("The deadliest attack of the insurgency came at a garrison in Inates, where 71 soldiers were killed.", "en"),
    ("The worst massacre remains the raid on Solhan, where gunmen killed 160 villagers.", "en"),
    ("L'attaque la plus meurtrière reste celle de Solhan, où 160 villageois avaient été tués.", "fr"),
])
def test_a_superlative_naming_another_event_is_background(text, language):
    news = {"en": "Gunmen killed 7 villagers in Zamfara on Monday. ",
            "fr": "Des hommes armés ont tué 7 villageois à Djibo lundi. "}[language]
    assert tolls(run(news + text, language)) == [7]


NEWS = {"en": "Gunmen killed 7 villagers in Zamfara on Monday. ",
        "fr": "Des hommes armés ont tué 7 villageois à Djibo lundi. "}


@pytest.mark.parametrize("history,language", [
    ("The raid came a month after a similar assault on a base in Borno. At least five soldiers were killed on that "
     "day.", "en"),
    ("It follows a series of attacks on the army in 2019. In that attack, 40 troops died.", "en"),
    ("The village had already been raided in 2021. Eleven farmers were killed at the time, residents recall.", "en"),
    ("Le village avait déjà été attaqué en 2021. Ce jour-là, 11 cultivateurs avaient été tués.", "fr"),
    ("Une attaque similaire avait visé la ville en 2022. À l'époque, 30 soldats avaient été tués.", "fr"),
])
def test_a_figure_told_of_the_background_event_just_named_is_no_claim(history, language):
    ex = run(NEWS[language] + history, language)
    assert tolls(ex) == [7]


@pytest.mark.parametrize("text,language", [
    ("Gunmen killed 7 villagers in Zamfara on Monday. At least five soldiers were killed that day in a second "
     "raid nearby.", "en"),
    ("The army had long patrolled the area. On Monday, gunmen killed 5 soldiers there; at the time, the troops "
     "were asleep.", "en"),
    ("Le village est en proie depuis des années aux violences. Ce jour-là, des hommes armés ont tué 5 soldats "
     "à Djibo lundi.", "fr"),
])
def test_the_same_words_after_news_stay_news(text, language):
    assert 5 in tolls(run(text, language))


@pytest.mark.parametrize("text,language", [
    ("Several soldiers and attackers were killed in the fighting near Gao on Monday.", "en"),
    ("Dozens of militants and troops died in clashes near Djibo on Tuesday.", "en"),
    ("Plusieurs militaires et assaillants ont été tués lors de l'attaque près de Kayes jeudi.", "fr"),
    ("Des dizaines de jihadistes et de soldats sont morts dans les combats près de Djibo mardi.", "fr"),
])
def test_a_vague_toll_lumping_both_sides_is_no_claim(text, language):
    assert tolls(run(text, language)) == []


@pytest.mark.parametrize("text,language,low", [
    ("Militants killed several soldiers and police officers near Gao on Monday.", "en", 3),
    ("Several soldiers and policemen were killed in an ambush near Gao on Monday.", "en", 3),
    ("Des jihadistes ont tué plusieurs militaires et assaillants présumés près de Kayes jeudi.", "fr", 3),
    ("Trois militaires et quatre assaillants ont été tués près de Kayes jeudi.", "fr", 4),
])
def test_one_side_or_an_active_verb_keeps_the_toll(text, language, low):
    assert low in tolls(run(text, language))


@pytest.mark.parametrize("text,language", [
    ("One civilian wounded in the attack on Gao on Monday later died in hospital.", "en"),
    ("Two soldiers injured in the ambush near Gao on Monday subsequently died of their wounds.", "en"),
    ("Un civil blessé lors de l'attaque de Gao lundi est mort plus tard à l'hôpital.", "fr"),
    ("Deux soldats blessés dans l'embuscade près de Gao lundi sont décédés par la suite.", "fr"),
])
def test_the_wounded_who_later_died_are_dead(text, language):
    ex = run(text, language)
    assert [c.what for e in ex.events for c in e.claims if c.low] == ["killed"]


@pytest.mark.parametrize("text,language", [
    ("Two soldiers were wounded in the ambush near Gao on Monday, and the attackers later fled.", "en"),
    ("Three people injured in the blast near Gao on Monday were taken to hospital.", "en"),
    ("Deux soldats ont été blessés dans l'embuscade près de Gao lundi.", "fr"),
])
def test_the_wounded_stay_wounded(text, language):
    ex = run(text, language)
    assert [c.what for e in ex.events for c in e.claims if c.low] == ["wounded"]
