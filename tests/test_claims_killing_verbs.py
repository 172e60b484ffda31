"""Killing verbs count the dead ("gunmen murdered four farmers", "quatre civils ont été décapités"): active, passive
and noun forms, with whose toll it is decided by the counted noun as for "killed". Livestock is no toll, and "five of
the victims" is a part of a toll given elsewhere, not one of its own. Short reports written for these tests."""


import pytest
from conftest import extracted


def claims(text, language="en"):
    """(what, low, of) of every claim of every event of a short report."""
    out = extracted(text, language)
    return [(c.what, c.low, c.of) for e in out.events for c in e.claims]


def killed(text, language="en"):
    return [(low, of) for what, low, of in claims(text, language) if what == "killed"]


NIGERIA = "Gunmen attacked a village in Zamfara state, Nigeria, on Sunday. "
MALI = "Des hommes armés ont attaqué un village près de Mopti, au Mali, mardi. "


@pytest.mark.parametrize("text,low,of", [
    ("Gunmen murdered four farmers in a village in Zamfara state, Nigeria, on Sunday, police said.", 4,
     "Civilians (Nigeria)"),
    ("Militants beheaded three villagers in Cabo Delgado, Mozambique, on Friday, residents said.", 3,
     "Civilians (Mozambique)"),
    ("Gunmen gunned down seven traders at a market in Borno state, Nigeria, on Monday, residents said.", 7,
     "Civilians (Nigeria)"),
    ("Gunmen slaughtered twelve herders in Benue state, Nigeria, on Wednesday.", 12, "Civilians (Nigeria)"),
    ("Militants burned alive eight civilians in Ituri, Congo, on Thursday.", 8,
     "Civilians (Democratic Republic of Congo)"),
    (NIGERIA + "The attackers lynched two traders before fleeing.", 2, "Civilians (Nigeria)"),
])
def test_an_active_killing_verb_counts_the_dead(text, low, of):
    assert (low, of) in killed(text)


@pytest.mark.parametrize("text,low,of", [
    ("Four farmers were murdered by gunmen in a village in Zamfara state, Nigeria, on Sunday, police said.", 4,
     "Civilians (Nigeria)"),
    ("Three villagers were beheaded by militants in Cabo Delgado, Mozambique, on Friday.", 3,
     "Civilians (Mozambique)"),
    ("Seven traders were gunned down at a market in Borno state, Nigeria, on Monday.", 7, "Civilians (Nigeria)"),
    ("Twelve herders were slaughtered in Benue state, Nigeria, on Wednesday.", 12, "Civilians (Nigeria)"),
    ("Eight civilians were burned alive in Ituri, Congo, on Thursday.", 8,
     "Civilians (Democratic Republic of Congo)"),
    (NIGERIA + "Two aid workers were murdered, the UN said.", 2, "Civilians (Nigeria)"),
])
def test_a_passive_killing_verb_counts_the_dead(text, low, of):
    assert (low, of) in killed(text)


@pytest.mark.parametrize("text,low,of", [
    ("Insurgents attacked a village in Cabo Delgado, Mozambique, on Friday. The beheading of three villagers "
     "shocked residents.", 3, "Civilians (Mozambique)"),
    (NIGERIA + "The murder of two aid workers was condemned by the UN.", 2, "Civilians (Nigeria)"),
    (NIGERIA + "The slaughter of nine farmers drew protests in the state capital.", 9, "Civilians (Nigeria)"),
    ("Jihadists raided a village in Mali on Monday. The execution of five civilians was filmed.", 5,
     "Civilians (Mali)"),
])
def test_a_killing_noun_counts_the_dead(text, low, of):
    assert (low, of) in killed(text)


@pytest.mark.parametrize("text,low,of", [
    # whose toll it is: the counted noun decides, as for "killed"
    ("Militants beheaded two soldiers in Cabo Delgado, Mozambique, on Friday, the army said.", 2,
     "Military Forces of Mozambique"),
    ("Gunmen gunned down three policemen at a checkpoint in Kaduna state, Nigeria, on Sunday.", 3,
     "Police Forces of Nigeria"),
    ("Gunmen murdered five soldiers at a checkpoint in Kaduna state, Nigeria, on Sunday.", 5,
     "Military Forces of Nigeria"),
])
def test_a_killing_verb_of_security_forces_is_their_toll(text, low, of):
    assert (low, of) in killed(text)


@pytest.mark.parametrize("text,low,of", [
    ("Des hommes armés ont assassiné quatre agriculteurs dans un village près de Koro, au Mali, dimanche.", 4,
     "Civilians (Mali)"),
    ("Des terroristes ont décapité trois villageois près de Mopti, au Mali, mardi.", 3, "Civilians (Mali)"),
    (MALI + "Ils ont fusillé sept civils avant de partir.", 7, "Civilians (Mali)"),
    (MALI + "Les assaillants ont brûlé vifs huit civils.", 8, "Civilians (Mali)"),
    ("Des hommes armés ont abattu cinq personnes à Djibo, au Burkina Faso, lundi.", 5, "Civilians (Burkina Faso)"),
])
def test_a_french_active_killing_verb_counts_the_dead(text, low, of):
    assert (low, of) in killed(text, "fr")


@pytest.mark.parametrize("text,low,of", [
    ("Trois villageois ont été décapités par des terroristes près de Mopti, au Mali, mardi.", 3,
     "Civilians (Mali)"),
    (MALI + "Sept civils ont été fusillés.", 7, "Civilians (Mali)"),
    (MALI + "Huit civils ont été brûlés vifs.", 8, "Civilians (Mali)"),
    (MALI + "Deux commerçants ont été lynchés.", 2, "Civilians (Mali)"),
    ("Quatre civils ont été égorgés par des jihadistes près de Djibo, au Burkina Faso, dimanche.", 4,
     "Civilians (Burkina Faso)"),
])
def test_a_french_passive_killing_verb_counts_the_dead(text, low, of):
    assert (low, of) in killed(text, "fr")


@pytest.mark.parametrize("text,low,of", [
    (MALI + "La décapitation de trois villageois a choqué la population.", 3, "Civilians (Mali)"),
    (MALI + "L'assassinat de deux commerçants a été condamné.", 2, "Civilians (Mali)"),
    (MALI + "L'exécution de cinq civils a été filmée.", 5, "Civilians (Mali)"),
])
def test_a_french_killing_noun_counts_the_dead(text, low, of):
    assert (low, of) in killed(text, "fr")


@pytest.mark.parametrize("text,language", [
    # livestock killed or carried off is no toll of people
    (NIGERIA + "The bandits slaughtered 30 cattle and burned the granaries.", "en"),
    (NIGERIA + "The attackers killed 45 goats before leaving.", "en"),
    (NIGERIA + "They also shot dead 12 cows in the field.", "en"),
    (MALI + "Les assaillants ont abattu 40 têtes de bétail.", "fr"),
    (MALI + "Ils ont tué 25 chèvres et incendié des greniers.", "fr"),
    (MALI + "Ils ont massacré 60 moutons.", "fr"),
])
def test_livestock_is_no_toll(text, language):
    assert not [c for c in claims(text, language) if c[1] in (12, 25, 30, 40, 45, 60)]


@pytest.mark.parametrize("text,language,total,part", [
    # "five of the victims": a part of the dead counted elsewhere, not a toll of its own
    (NIGERIA + "At least six civilians were killed. Five of the victims were beheaded, police said.", "en", 6, 5),
    (NIGERIA + "Nine farmers were killed, residents said. Four of the dead were shot in their homes.", "en", 9, 4),
    (NIGERIA + "The gunmen killed eleven villagers. Three of those killed were hacked to death.", "en", 11, 3),
    (MALI + "Au moins huit civils ont été tués. Cinq des victimes ont été égorgées.", "fr", 8, 5),
    (MALI + "Dix villageois ont été tués. Deux des morts ont été brûlés vifs.", "fr", 10, 2),
    (MALI + "Les assaillants ont tué sept civils. Quatre d'entre eux ont été décapités. Trois des victimes "
            "étaient des enfants.", "fr", 7, 3),
])
def test_a_part_of_the_victims_is_not_a_toll(text, language, total, part):
    lows = [low for low, _of in killed(text, language)]
    assert total in lows and part not in lows


@pytest.mark.parametrize("text,language", [
    # only the dead are "counted elsewhere": a part of the wounded or of the hostages still counts
    (NIGERIA + "Nine villagers were wounded. Two of the wounded later died in hospital.", "en"),
    (NIGERIA + "Thirty passengers were abducted. Two of the hostages were killed on Monday.", "en"),
    (MALI + "Neuf civils ont été blessés. Deux des blessés sont décédés à l'hôpital.", "fr"),
])
def test_a_part_of_the_wounded_or_the_hostages_still_counts(text, language):
    assert 2 in [c[1] for c in claims(text, language)]
