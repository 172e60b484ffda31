"""A part of a group a report has already counted ("two of the injured are children", "among the dead were two
officers", "deux des otages") is no figure of its own; a part that then dies ("two of the wounded later died")
still is. Short reports written for these tests."""

import pytest
from conftest import extracted

NIGERIA = "Gunmen attacked a village in Kaduna state, Nigeria, on Sunday. "
BENIN = "Des hommes armés ont attaqué un village près de Kouandé, au Bénin, mardi. "


def figures(text, language="en"):
    out = extracted(text, language)
    return [(c.what, c.low) for e in out.events for c in e.claims]


@pytest.mark.parametrize("text,language,kept,part", [
    (NIGERIA + "Six villagers were killed and 14 injured. Three of the injured are children, a nurse said.", "en",
     ("wounded", 14), 3),
    (NIGERIA + "The gunmen abducted 19 travellers. Five of the hostages escaped on Tuesday.", "en",
     ("abducted", 19), 5),
    (NIGERIA + "Eleven people were wounded, police said. Many of the wounded were in critical condition.", "en",
     ("wounded", 11), None),
    (NIGERIA + "Police said 12 people were killed. Among the dead were two police officers.", "en",
     ("killed", 12), 2),
    (NIGERIA + "Nine traders were killed, residents said. The victims included four women.", "en",
     ("killed", 9), 4),
    (BENIN + "Huit personnes ont été blessées. Trois des blessés sont des enfants, selon un médecin.", "fr",
     ("wounded", 8), 3),
    (BENIN + "Le gang a enlevé quinze passagers. Quatre des otages ont été libérés jeudi.", "fr",
     ("abducted", 15), 4),
    (BENIN + "Treize personnes ont été tuées, selon la police. Parmi les morts figurent deux policiers.", "fr",
     ("killed", 13), 2),
    (BENIN + "Dix civils ont été tués. Parmi les victimes, trois enfants.", "fr", ("killed", 10), 3),
])
def test_a_part_of_a_counted_group_is_no_figure(text, language, kept, part):
    got = figures(text, language)
    assert kept in got
    assert [f for f in got if f != kept and (part is None or f[1] == part)] == []


@pytest.mark.parametrize("text,language", [
    (NIGERIA + "Nine villagers were wounded. Two of the wounded later died in hospital.", "en"),
    (NIGERIA + "Seven farmers were injured. Two of the injured later died, a doctor said.", "en"),
    (BENIN + "Neuf civils ont été blessés. Deux des blessés sont morts à l'hôpital.", "fr"),
])
def test_a_part_that_dies_is_still_a_toll(text, language):
    assert ("killed", 2) in figures(text, language)


PAKISTAN = "Militants attacked a security post in Bannu district, Khyber Pakhtunkhwa, Pakistan, on Monday. "


@pytest.mark.parametrize("text,language,figure", [
    # "two dozen" is two times twelve, not two plus twelve
    (NIGERIA + "Two dozen villagers were abducted, police said.", "en", ("abducted", 24)),
    (NIGERIA + "The gunmen killed three dozen farmers.", "en", ("killed", 36)),
    (NIGERIA + "About two dozen people were injured, residents said.", "en", ("wounded", 24)),
    # a soldier "martyred", who "embraced martyrdom", is one of the dead
    (PAKISTAN + "Four soldiers embraced martyrdom in the exchange of fire, the military said.", "en", ("killed", 4)),
    (PAKISTAN + "Two policemen were martyred, officials said.", "en", ("killed", 2)),
    (PAKISTAN + "Three soldiers embraced shahadat while fighting the attackers.", "en", ("killed", 3)),
    # a toll whose 'from the attack on …' is long still rises to its figure
    ("The death toll from Saturday's attack on a camp for displaced people in North Darfur, Sudan, has risen to "
     "56, the local committee said.", "en", ("killed", 56)),
    ("Le bilan de l'attaque de samedi contre le camp de personnes déplacées de Zamzam, au Darfour du Nord, au "
     "Soudan, est passé à 48 morts.", "fr", ("killed", 48)),
    ("The toll from the drone strikes on the central market of a town in the Kordofan region of Sudan rose "
     "to 31 on Monday.", "en", ("killed", 31)),
])
def test_figures_of_the_outlets(text, language, figure):
    got = figures(text, language)
    assert figure in got
    assert not [f for f in got if f[1] == figure[1] and f != figure]


@pytest.mark.parametrize("text,language,kept,parts", [
    # "Of the dead, 19 were soldiers and eight were civilians": every figure after it is a part
    (NIGERIA + "At least 27 people were killed. Of the dead, 19 were soldiers and eight were civilians.", "en",
     ("killed", 27), (19, 8)),
    (NIGERIA + "Fourteen people were injured. Of the injured, six were children and two were women.", "en",
     ("wounded", 14), (6, 2)),
    (BENIN + "Seize personnes ont été tuées. Parmi les morts, neuf soldats et sept civils.", "fr",
     ("killed", 16), (9, 7)),
])
def test_every_figure_after_of_the_dead_is_a_part(text, language, kept, parts):
    got = figures(text, language)
    assert kept in got and not [f for f in got if f[1] in parts]
