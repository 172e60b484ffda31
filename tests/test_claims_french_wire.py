"""French wire copy (issue 13): a speaker counted by a number after its verb ('…, ont indiqué deux sources
sécuritaires'), a total whose breakdown lists several parts ('26 personnes, parmi lesquelles 18 civils et huit
militaires'). Short reports written for these tests, each rule in several forms."""

import pytest
from conftest import claim_rows

MALI = "Des hommes armés ont attaqué un poste de l'armée près de Boni, dans le centre du Mali, lundi. "
BURKINA = "Des jihadistes ont attaqué le village de Gorom, dans le nord du Burkina Faso, samedi. "
NIGER = "Une embuscade a visé une patrouille près de Téra, au Niger, mardi. "


def claims(text):
    return claim_rows(text, "fr")


@pytest.mark.parametrize("text,low,claimant", [
    (MALI + "Trois soldats et deux gendarmes ont été tués, ont indiqué deux sources sécuritaires.", 3,
     "security sources"),
    (BURKINA + "Les assaillants ont enlevé une dizaine de femmes, ont affirmé plusieurs habitants.", 10, "residents"),
    (NIGER + "Les jihadistes ont tué sept militaires, ont rapporté à l'AFP quelques élus locaux.", 7, "local sources"),
])
def test_a_counted_speaker_after_the_verb_gives_the_figure(text, low, claimant):
    """'…, ont indiqué deux sources sécuritaires': a number or 'plusieurs' opens the inverted subject as an article
    does; the clause's own subject (the attackers, the soldiers) says nothing."""
    found = [c for c in claims(text) if c[1] == low]
    assert found and found[0][3] == claimant, claims(text)


@pytest.mark.parametrize("text,total,parts", [
    (MALI + "Au moins 26 personnes, parmi lesquelles 18 civils et huit militaires, ont péri dans l'attaque.", 26,
     (18, 8)),
    (BURKINA + "Trente villageois, parmi lesquels douze femmes, neuf enfants et quatre vieillards, ont été tués.", 30,
     (12, 9, 4)),
    ("Gunmen attacked a convoy near Gao, Mali, on Monday. At least 26 people, including 18 civilians and eight "
     "soldiers, were killed in the attack, officials said.", 26, (18, 8)),
])
def test_every_part_of_a_listed_breakdown_is_no_figure(text, total, parts):
    """A breakdown between commas that lists several parts: the verb after it counts the total, and no part (not
    the second or third either) is a figure of its own."""
    got = claim_rows(text, "en" if text.startswith("Gunmen") else "fr")
    assert ("killed", total) in [c[:2] for c in got], got
    assert not [c for c in got if c[1] in parts], got


@pytest.mark.parametrize("text,language,kept", [
    (NIGER + "D'après les autorités locales, l'attaque a fait 18 morts, dont six enfants, et une vingtaine de blessés.",
     "fr", ("wounded", 20)),
    (MALI + "L'embuscade a fait neuf morts, dont un chef, ainsi que douze blessés, selon une source "
     "sécuritaire.", "fr", ("wounded", 12)),
    ("Gunmen attacked a village near Gao, Mali, on Monday. The attack left 18 dead, including a child, and 20 injured, "
     "residents said.", "en", ("wounded", 20)),
])
def test_a_comma_and_and_close_the_part(text, language, kept):
    """'18 morts, dont six enfants, et une vingtaine de blessés': after the part's closing comma, 'et' opens a
    figure of its own, not another part of the dead."""
    got = [c[:2] for c in claim_rows(text, language)]
    assert kept in got, got


@pytest.mark.parametrize("text,low,of", [
    (MALI + "Le bilan de l'attaque s'est alourdi à 14 morts parmi les soldats, selon une source sécuritaire.", 14,
     "Military Forces of Mali (FAMa)"),
    (BURKINA + "Le bilan est passé à 22 morts dans les rangs de l'armée, selon des sources sécuritaires.", 22,
     "Military Forces of Burkina Faso"),
    (NIGER + "Le nombre de victimes s'élève à 9 morts parmi les militaires, a indiqué un élu local.", 9,
     "Military Forces of Niger"),
])
def test_a_risen_toll_counts_the_side_after_its_toll_word(text, low, of):
    """'le bilan s'est alourdi à 14 morts parmi les soldats': the toll word right after the number is no agent
    clause; the side named after it is whose dead they are."""
    found = [c for c in claims(text) if c[1] == low]
    assert found and found[0][2] == of, claims(text)


@pytest.mark.parametrize("text,low", [
    ("Au Mali, l'attaque du village de Sona a fait lundi 15 victimes, selon un élu local.", 15),
    ("Au Burkina Faso, l'assaut contre le marché de Gorom a fait mardi une vingtaine de victimes, selon des "
     "habitants.", 20),
    ("Au Niger, l'attaque de la mosquée de Tillia, jeudi, a causé au moins 31 victimes, a indiqué un élu local.", 31),
])
def test_an_attack_that_made_victims_is_an_event_with_its_toll(text, low):
    """'l'attaque a fait 15 victimes': the toll noun says people were killed as 'morts' does; the dated sentence
    is an event and its figure a death toll."""
    assert ("killed", low) in [c[:2] for c in claims(text)], claims(text)


@pytest.mark.parametrize("text,figure", [
    ("Au Cameroun, deux soldats ont été tués et un autre grièvement blessé lundi dans l'explosion d'une mine près "
     "de Bamenda, selon l'armée.", ("wounded", 1)),
    (MALI + "Trois civils ont été tués et un autre blessé par balle, selon un élu local.", ("wounded", 1)),
    (BURKINA + "Un gendarme a été tué et un autre a été enlevé par les assaillants, selon une source sécuritaire.",
     ("abducted", 1)),
])
def test_another_one_harmed_is_a_figure_of_one(text, figure):
    """'… et un autre grièvement blessé': 'un autre' before its own harm word counts one more person."""
    assert figure in [c[:2] for c in claims(text)], claims(text)


def test_another_attack_counts_nobody():
    """'une autre attaque a fait cinq morts': 'une autre' before a noun is no person; only the five are a figure."""
    got = [c[:2] for c in claims(MALI + "Une autre attaque a fait cinq morts mardi près de Boni, selon un élu local.")]
    assert ("killed", 5) in got and not [c for c in got if c[1] == 1], got



@pytest.mark.parametrize("text,low,of", [
    (MALI + "Le JNIM a revendiqué l'attaque et affirme avoir tué « 41 militaires » et s'être emparé d'un butin.", 41,
     "Military Forces of Mali (FAMa)"),
    (NIGER + "Le groupe a dit avoir abattu « 17 soldats » puis emporté des armes, selon un communiqué.", 17,
     "Military Forces of Niger"),
    (BURKINA + "Les assaillants auraient tué « une trentaine de VDP » avant d'emporter du matériel.", 30,
     "VDP: Volunteers for the Defense of the Homeland"),
])
def test_quotation_marks_between_the_verb_and_its_number(text, low, of):
    """'avoir tué « 41 militaires » et s'être emparé d'un butin': French quotation marks between a harm verb and
    its number leave the number to that verb, not to a later verb that counts no such noun."""
    found = [c for c in claims(text) if c[1] == low]
    assert found and found[0][0] == "killed" and found[0][2] == of, claims(text)


@pytest.mark.parametrize("text,low,of", [
    (MALI + "Au moins 23 soldats ont été tués et une dizaine d'autres blessés, selon un élu local.", 10,
     "Military Forces of Mali (FAMa)"),
    (NIGER + "Trois gendarmes ont été tués et une vingtaine d'autres blessés, selon une source sécuritaire.", 20,
     "Police Forces of Niger (Gendarmerie)"),
    (BURKINA + "Cinq soldats ont péri et des dizaines d'autres ont été blessés, selon une source sécuritaire.", 12,
     "Military Forces of Burkina Faso"),
])
def test_an_approximate_number_of_others_counts_the_same_people(text, low, of):
    """'une dizaine d'autres blessés': 'others' after an approximate number are the people of the figure before."""
    found = [c for c in claims(text) if c[1] == low]
    assert found and found[0][0] == "wounded" and found[0][2] == of, claims(text)


@pytest.mark.parametrize("text,figure", [
    (NIGER + "Les jihadistes ont tué lundi douze soldats et emporté trois véhicules militaires, selon le ministère de "
     "la Défense.", ("killed", 12)),
    (MALI + "Les assaillants ont enlevé samedi soir sept femmes et incendié deux camions, selon un élu local.",
     ("abducted", 7)),
    (BURKINA + "Les terroristes ont tué aussi onze VDP et saisi quatre motos, selon une source sécuritaire.",
     ("killed", 11)),
])
def test_a_day_or_adverb_between_the_verb_and_its_number(text, figure):
    """'ont tué lundi douze soldats et emporté trois véhicules': a weekday or an adverb between a harm verb and its
    number leaves the number to that verb, not to the next verb, which counts no such noun."""
    assert figure in [c[:2] for c in claims(text)], claims(text)


@pytest.mark.parametrize("text,low", [
    (MALI + "Trois soldats blessés lors de l'attaque ont succombé à leurs blessures, selon une source sécuritaire.",
     3),
    (NIGER + "Un civil blessé pendant l'embuscade a succombé à ses blessures, selon un élu local.", 1),
    (BURKINA + "Deux VDP blessés samedi ont succombé à l'hôpital de Dori, selon des sources locales.", 2),
])
def test_the_wounded_who_succumbed_are_dead(text, low):
    """'trois soldats blessés … ont succombé': wounded people who then died count among the killed."""
    got = [c[:2] for c in claims(text)]
    assert ("killed", low) in got and ("wounded", low) not in got, got


@pytest.mark.parametrize("text,tally", [
    ("En Haïti, des gangs ont attaqué lundi le quartier de Solino, tuant neuf personnes, selon la police. Selon "
     "l'ONU, au moins 1 500 personnes ont été tuées au premier trimestre dans les violences des gangs.", 1500),
    (BURKINA + "Douze civils ont été tués, selon des habitants. Depuis janvier, plus de 300 civils ont été tués dans "
     "la région, selon l'ONU.", 300),
    (NIGER + "Cinq soldats ont été tués, selon l'armée. Au cours du premier semestre, 212 militaires ont péri dans "
     "la région de Tillabéri, selon un décompte de l'AFP.", 212),
])
def test_a_tally_over_months_is_no_figure_of_the_event(text, tally):
    """'au premier trimestre', 'depuis janvier': a count over a period the report recalls is context, not a toll
    of the incident it reports."""
    got = claims(text)
    assert got and not [c for c in got if c[1] == tally], got


@pytest.mark.parametrize("text,low,of", [
    ("Au Mali, selon des sources concordantes, l'attaque de l'aéroport de Tombouctou a fait lundi au moins six morts "
     "côté malien.", 6, "Military Forces of Mali (FAMa)"),
    ("Au Niger, l'attaque de Tillia a fait lundi 17 morts côté nigérien, selon un élu local.", 17,
     "Military Forces of Niger"),
    ("Au Burkina Faso, les combats de lundi près de Djibo ont fait une dizaine de morts du côté burkinabè, selon des "
     "sources locales.", 10, "Military Forces of Burkina Faso"),
])
def test_a_nationality_after_the_side_word_names_its_forces(text, low, of):
    """'six morts côté malien': the side named by a nationality after the toll word is that country's forces."""
    found = [c for c in claims(text) if c[1] == low]
    assert found and found[0][2] == of, claims(text)


@pytest.mark.parametrize("text,figure", [
    ("Au Niger, l'attaque de Tillia a fait lundi 17 morts, selon un élu local.", ("killed", 17)),
    ("Au Mali, l'explosion d'une mine près de Boni a fait samedi 23 blessés, selon une source sécuritaire.",
     ("wounded", 23)),
    ("Au Burkina Faso, des jihadistes ont attaqué le village de Gorom et ont fait dimanche 12 morts, selon des "
     "habitants.", ("killed", 12)),
])
def test_a_day_number_before_a_toll_word_is_the_toll(text, figure):
    """'a fait lundi 17 morts': a number after a weekday that a toll word follows is the toll, not the day of the
    month."""
    assert figure in [c[:2] for c in claims(text)], claims(text)


@pytest.mark.parametrize("text,language,low,of", [
    ("Jihadists attacked an army base near Gao, Mali, on Tuesday. The Malian army acknowledged the loss of two "
     "helicopters during the fighting.", "en", 2, "Military Forces of Mali (FAMa)"),
    ("Au Niger, des jihadistes ont attaqué mardi un poste près de Tillia. L'armée nigérienne a reconnu la perte d'un "
     "drone lors des combats.", "fr", 1, "Military Forces of Niger"),
    ("Au Burkina Faso, des jihadistes ont attaqué lundi Djibo. L'armée a reconnu la perte de deux hélicoptères lors "
     "des combats.", "fr", 2, "Military Forces of Burkina Faso"),
])
def test_an_admitted_loss_of_aircraft_is_the_speakers_own(text, language, low, of):
    """'l'armée a reconnu la perte de deux hélicoptères': aircraft or vehicles a party admits losing are its own,
    not its enemy's."""
    found = [c for c in claim_rows(text, language) if c[1] == low]
    assert found and found[0][0] == "aircraft lost" and found[0][2] == of, found


@pytest.mark.parametrize("text,figure,of", [
    ("Au Mali, des jihadistes ont attaqué lundi l'aéroport de Tombouctou. Les assaillants, une douzaine selon "
     "l'armée, ont tous été neutralisés.", ("killed", 12), "Unidentified Armed Group (Mali)"),
    ("Au Niger, des hommes armés ont attaqué lundi le poste de Téra. Les terroristes, au nombre de sept, ont été "
     "tués lors de la riposte, selon l'armée.", ("killed", 7), "Unidentified Armed Group (Niger)"),
    ("Au Mali, des jihadistes ont attaqué lundi le village de Boni. Les soldats du poste, douze au total, ont été "
     "enlevés, selon un élu local.", ("abducted", 12), "Military Forces of Mali (FAMa)"),
])
def test_a_number_set_off_after_its_noun_counts_that_noun(text, figure, of):
    """'Les assaillants, au nombre de sept, ont été tués': the noun before the comma is what the number counts and
    whose toll it is (not the army a 'selon l'armée' after the number names, nor the civilians of the event)."""
    found = [c for c in claims(text) if c[:2] == figure]
    assert found and found[0][2] == of, claims(text)
