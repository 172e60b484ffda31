"""French ways of giving a figure (issue 13) that the claims reader missed or misread: a number followed by
'million(s)' ('1,5 million de déplacés'), one person counted by an article before a toll word ('un mort et deux
blessés'), and toll verbs ('y ont laissé la vie', 'mis hors d'état de nuire', 'le nombre de victimes est
désormais de'). Short reports written for these tests, each rule in several forms."""

import pytest
from conftest import claim_rows

from fogline.extract.numbers import NumberReader
from fogline.lang import resources

BURKINA = "Des jihadistes ont attaqué le village de Kassa, dans le nord du Burkina Faso, samedi. "
MALI = "L'armée malienne a mené des frappes aériennes près de Ténenkou, dans le centre du Mali, jeudi. "
NIGER = "Des hommes armés ont attaqué un marché près de Téra, au Niger, mardi. "
GAO = "Gunmen attacked a market near Gao, Mali, on Monday. "


@pytest.mark.parametrize("language,text,low,high", [
    ("fr", "plus de 1,5 million de personnes", 1_500_000, None),
    ("fr", "deux millions de déplacés", 2_000_000, 2_000_000),
    ("fr", "environ 2 millions de réfugiés", 2_000_000, 2_000_000),
    ("en", "some 2.5 million people", 2_500_000, 2_500_000),
])
def test_a_number_before_million_is_multiplied(language, text, low, high):
    """'1,5 million': the decimal and the word after it are one number (not 1 and 5, nor 2 for 'deux millions')."""
    found = NumberReader(resources(language)["numbers"], language).find(text)
    assert [(q.low, q.high) for q in found] == [(low, high)], found


@pytest.mark.parametrize("text,language", [
    (BURKINA + "Au total, plus de deux millions de personnes ont été déplacées par les violences.", "fr"),
    (NIGER + "Dans le pays, trois millions de personnes ont fui leurs villages.", "fr"),
    (GAO + "Across the country, two million people have fled their homes.", "en"),
])
def test_millions_told_in_words_count_a_whole_war(text, language):
    """Millions of displaced written in words ('deux millions de personnes') count a whole war, as digits do:
    background, no figure of the event."""
    assert not [c for c in claim_rows(text, language) if c[0] == "displaced"], claim_rows(text, language)


@pytest.mark.parametrize("text,language,expected", [
    (NIGER + "L'attaque a fait un mort et deux blessés, selon des sources locales.", "fr",
     {("killed", 1), ("wounded", 2)}),
    (NIGER + "On déplore un mort parmi les commerçants.", "fr", {("killed", 1)}),
    (NIGER + "L'explosion a fait un blessé.", "fr", {("wounded", 1)}),
    (GAO + "The attack left one dead and two wounded, residents said.", "en", {("killed", 1), ("wounded", 2)}),
])
def test_an_article_before_a_toll_word_counts_one(text, language, expected):
    """'un mort', 'one dead': the toll word is the counted noun and the verb at once; the article is a figure of one."""
    got = {c[:2] for c in claim_rows(text, language)}
    assert expected <= got, got


@pytest.mark.parametrize("text,language", [
    (NIGER + "Un blessé a raconté l'attaque à l'AFP.", "fr"),
    (NIGER + "Un mort-vivant, c'est ainsi que se décrit un rescapé.", "fr"),
    (GAO + "A wounded soldier said the attackers came on motorbikes.", "en"),
])
def test_an_article_before_a_toll_word_inside_a_phrase_is_no_figure(text, language):
    """'un blessé a raconté', 'a wounded soldier said': the toll word opens a longer phrase, no figure of one."""
    assert not [c for c in claim_rows(text, language) if c[1] == 1], claim_rows(text, language)


@pytest.mark.parametrize("text,low", [
    (BURKINA + "Au moins quarante personnes y ont laissé la vie.", 40),
    (BURKINA + "Douze soldats ont laissé leur vie dans l'attaque, selon une source sécuritaire.", 12),
    (BURKINA + "Selon des habitants, sept villageois auraient laissé la vie lors de l'assaut.", 7),
])
def test_laisser_la_vie_is_a_death(text, low):
    got = [c[:2] for c in claim_rows(text, "fr")]
    assert ("killed", low) in got, got


@pytest.mark.parametrize("text,low", [
    (MALI + "Plusieurs terroristes ont été mis hors d'état de nuire, a indiqué l'armée.", 3),
    (MALI + "L'armée dit avoir mis hors d'état de nuire une dizaine de terroristes.", 10),
    (MALI + "Selon l'état-major, 14 assaillants ont été mis hors d’état de nuire.", 14),
])
def test_mis_hors_d_etat_de_nuire_counts_as_neutralised(text, low):
    """The army's euphemism, read as 'neutralisés' is (killed, the enemy's)."""
    got = [c[:2] for c in claim_rows(text, "fr")]
    assert ("killed", low) in got, got


@pytest.mark.parametrize("text,low", [
    (BURKINA + "Le nombre de victimes est désormais de 23.", 23),
    (BURKINA + "Le nombre des victimes serait aujourd'hui de 31, selon un élu local.", 31),
    (BURKINA + "Selon la mairie, le nombre des victimes est officiellement de 18.", 18),
])
def test_the_number_of_victims_is_a_toll(text, low):
    """'le nombre de victimes est (désormais) de 23': the number after 'de' is the death toll."""
    got = [c[:2] for c in claim_rows(text, "fr")]
    assert ("killed", low) in got, got


@pytest.mark.parametrize("text,what,low", [
    (BURKINA + "Les violences ont jeté sur les routes plus de 3 000 habitants, selon le HCR.", "displaced", 3000),
    (NIGER + "L'attaque a jeté sur les routes quelque 2 000 personnes.", "displaced", 2000),
    (BURKINA + "Une centaine de familles, jetées sur les routes, ont rejoint Kaya.", "displaced", 100),
    (NIGER + "Une douzaine d'habitants manquent toujours à l'appel.", "missing", 12),
    (BURKINA + "Cinq soldats manquaient encore à l'appel, selon une source sécuritaire.", "missing", 5),
    (NIGER + "Quatre commerçants manquent à l'appel.", "missing", 4),
])
def test_thrown_on_the_roads_and_missing_at_roll_call(text, what, low):
    """'jeté sur les routes': the displaced ('Cinquante soldats ont quitté la zone' is no displacement, so a town
    left is none either); 'manquent à l'appel': the missing."""
    got = [c[:2] for c in claim_rows(text, "fr")]
    assert (what, low) in got, got


@pytest.mark.parametrize("text,low", [
    (BURKINA + "Les habitants ont enterré quatorze personnes.", 14),
    (NIGER + "Neuf villageois ont été inhumés dans une fosse commune, selon un élu.", 9),
    (BURKINA + "Les obsèques des 11 soldats ont eu lieu à Djibo.", 11),
])
def test_the_buried_are_dead(text, low):
    """'ont enterré quatorze personnes', 'inhumés', 'les obsèques des 11 soldats': a count of the dead."""
    got = [c[:2] for c in claim_rows(text, "fr")]
    assert ("killed", low) in got, got
