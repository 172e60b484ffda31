"""French: whose toll a figure is when the side is named after the toll word, who a UN agency or an inverted
speaker is, and which figures are no claim of the event (issue 13). Short reports written for these tests."""

import pytest
from conftest import claim_rows

BURKINA = "Des jihadistes ont attaqué un poste de l'armée près de Djibo, au Burkina Faso, mardi. "
NIGER = "Des hommes armés ont attaqué un poste militaire près de Tillabéri, au Niger, lundi. "
MALI = "Des hommes armés ont attaqué le village de Boni, dans le centre du Mali, lundi soir. "
CAMEROUN = "Des combattants de Boko Haram ont attaqué la localité de Mora, au Cameroun, dimanche. "


def claims(text):
    return claim_rows(text, "fr")


@pytest.mark.parametrize("text,what,low,of", [
    (BURKINA + "L'attaque a fait 17 morts parmi les soldats, de source sécuritaire.", "killed", 17,
     "Military Forces of Burkina Faso"),
    (NIGER + "Les combats ont fait une vingtaine de morts dans les rangs de l'armée, selon des sources locales.",
     "killed", 20, "Military Forces of Niger"),
    (MALI + "Les combats ont fait onze tués côté assaillants, selon un élu.", "killed", 11,
     "Unidentified Armed Group (Mali)"),
    (MALI + "L'attaque a fait 31 morts parmi les civils, selon un élu.", "killed", 31, "Civilians (Mali)"),
    (CAMEROUN + "L'assaut a fait douze blessés au sein des forces de défense, selon une source sécuritaire.",
     "wounded", 12, "Military Forces of Cameroon"),
])
def test_the_side_named_after_the_toll_word(text, what, low, of):
    """'17 morts parmi les soldats', 'dans les rangs de l'armée', 'côté assaillants': the words after the toll word
    say whose toll it is."""
    assert (what, low, of) in [c[:3] for c in claims(text)], claims(text)


@pytest.mark.parametrize("text,of", [
    (BURKINA + "Le bilan fait état de quatre (04) morts et de sept (07) blessés côté ami, selon l'état-major.",
     "Military Forces of Burkina Faso"),
    ("« Nous déplorons trois morts et cinq blessés dans nos rangs », a déclaré le porte-parole de l'armée "
     "burkinabè après l'attaque de Djibo.", "Military Forces of Burkina Faso"),
    (CAMEROUN + "L'explosion a fait 12 morts et des dizaines de blessés parmi les civils.", "Civilians (Cameroon)"),
])
def test_a_side_after_a_pair_of_tolls_is_both(text, of):
    """'quatre morts et sept blessés côté ami': the dead are the army's too, not only the wounded."""
    found = {c[0]: c[2] for c in claims(text)}
    assert found.get("killed") == of and found.get("wounded") == of, claims(text)


@pytest.mark.parametrize("text,low,of", [
    ("Au Niger, l'attaque attribuée à l'État islamique au Sahel a fait au moins dix morts parmi les militaires, "
     "d'après une source sécuritaire.", 10, "Military Forces of Niger"),
    ("Au Mali, l'embuscade imputée aux jihadistes du JNIM a fait huit morts parmi les soldats, selon un élu.", 8,
     "Military Forces of Mali (FAMa)"),
    ("Au Burkina Faso, l'assaut attribué à des hommes armés a fait six morts parmi les gendarmes, selon une source.",
     6, "Police Forces of Burkina Faso (Gendarmerie)"),
])
def test_the_author_of_an_attack_is_not_whose_toll_it_is(text, low, of):
    """'attribuée à X a fait dix morts': X is the attacker; 'attribue à X « 26 morts »' names whose dead they are
    only when the figure follows X."""
    assert ("killed", low, of) in [c[:3] for c in claims(text)], claims(text)


def test_an_owner_right_before_a_quoted_figure_still_counts():
    text = ("Au Burkina Faso, le groupe jihadiste attribue aux soldats « 26 morts » et aux VDP (Volontaires pour la "
            "défense de la patrie) « 19 morts » après l'assaut contre le détachement de Solenzo.")
    found = [c[:3] for c in claims(text)]
    assert ("killed", 26, "Military Forces of Burkina Faso") in found \
        and ("killed", 19, "VDP: Volunteers for the Defense of the Homeland") in found, found


@pytest.mark.parametrize("text", [
    "Des gangs ont attaqué lundi la commune de Mirebalais, en Haïti. Selon l'Organisation internationale pour les "
    "migrations, plus de 5 000 personnes ont fui la commune.",
    MALI + "Plus de 3 000 personnes ont fui vers la ville, selon le Programme alimentaire mondial.",
    NIGER + "Environ 2 000 personnes ont été déplacées, a indiqué l'Organisation mondiale de la santé.",
])
def test_un_agencies_by_their_french_names(text):
    assert [c for c in claims(text) if c[0] == "displaced" and c[3] == "United Nations"], claims(text)


@pytest.mark.parametrize("text,claimant", [
    ("Au moins quarante civils ont été tués dimanche par les rebelles des Forces démocratiques alliées (ADF) à "
     "Mambasa, dans l'est de la RDC, ont indiqué à Actualite.cd des sources de la société civile.", "local sources"),
    (MALI + "Quinze civils ont été tués, a déclaré à Maliweb.net un habitant du village.", "residents"),
    (BURKINA + "Neuf soldats ont été tués, a précisé à Lefaso.net une source sécuritaire.", "security sources"),
])
def test_an_inverted_speaker_after_a_web_outlet(text, claimant):
    """'a déclaré à Maliweb.net un habitant': the outlet's name with its dot is whom the speaker told."""
    found = [c for c in claims(text) if c[0] == "killed"]
    assert found and found[0][3] == claimant, claims(text)


@pytest.mark.parametrize("text,kept", [
    ("Des gangs ont attaqué lundi la prison de Mirebalais, en Haïti. Deux gardiens ont été tués et les assaillants "
     "ont libéré plus de 500 détenus.", ("killed", 2)),
    (MALI + "Trois civils ont été tués. Les assaillants ont ensuite relâché douze prisonniers, selon des habitants.",
     ("killed", 3)),
    (NIGER + "Deux soldats ont été blessés. L'armée a libéré tous les 40 détenus de la prison attaquée, selon une "
     "source sécuritaire.", ("wounded", 2)),
])
def test_freed_prisoners_are_no_capture(text, kept):
    """The event and its toll are read; the freed prisoners are no capture (a test that holds on an empty output
    would prove nothing)."""
    found = claims(text)
    assert kept in [c[:2] for c in found] and not [c for c in found if c[0] == "captured"], found


@pytest.mark.parametrize("text,kept", [
    (NIGER + "Quatre soldats ont été tués. La semaine précédente, l'armée avait perdu 12 soldats près de la "
     "frontière.", 4),
    (MALI + "Six civils ont été tués. Trois jours plus tôt, huit villageois avaient été tués dans une localité "
     "voisine.", 6),
    (BURKINA + "Cinq soldats ont été tués. Le mois précédent, une trentaine de militaires avaient péri dans la "
     "même zone.", 5),
])
def test_figures_of_an_earlier_period_are_no_claim(text, kept):
    assert [c[1] for c in claims(text) if c[0] == "killed"] == [kept], claims(text)


@pytest.mark.parametrize("text,what,of", [
    (CAMEROUN + "Trois soldats ont été tués lors de l'attaque. Deux autres ont été blessés, selon une source.",
     "wounded", "Military Forces of Cameroon"),
    (MALI + "Cinq civils ont été tués lors de l'attaque. Trois autres ont été enlevés, selon des habitants.",
     "abducted", "Civilians (Mali)"),
    (NIGER + "Six gendarmes ont été tués dans l'assaut. Quatre autres sont portés disparus.", "missing",
     "Police Forces of Niger (Gendarmerie)"),
])
def test_others_opening_a_sentence_are_the_people_of_the_one_before(text, what, of):
    """'Trois soldats ont été tués. Deux autres ont été blessés.': the others are soldiers too."""
    assert [c for c in claims(text) if c[0] == what and c[2] == of], claims(text)


@pytest.mark.parametrize("text,of", [
    ("Cameroun : trois morts dans une attaque séparatiste à Bamenda. Des séparatistes ont ouvert le feu sur un bus "
     "à Bamenda, au Cameroun.", "Unidentified Armed Group (Cameroon)"),
    ("Haïti : au moins 18 morts lors d'une attaque de gangs à Mirebalais. Des gangs ont attaqué lundi la commune de "
     "Mirebalais, en Haïti.", "Unidentified Armed Group (Haiti)"),
    (NIGER + "L'embuscade a fait 12 morts au cours d'un assaut des jihadistes, selon une source.",
     "Unidentified Armed Group (Niger)"),
])
def test_the_attackers_named_after_a_toll_are_not_its_dead(text, of):
    """'trois morts dans une attaque séparatiste': the separatists attacked; the dead are not theirs."""
    assert [c for c in claims(text) if c[0] == "killed"] and not [c for c in claims(text) if c[2] == of], \
        claims(text)


@pytest.mark.parametrize("text,what,low", [
    (MALI + "Bilan : côté ennemi, une vingtaine de terroristes neutralisés et 08 motos détruites, selon l'armée.",
     "vehicles destroyed", 8),
    (BURKINA + "Côté ennemi : plusieurs dizaines de terroristes tués, ainsi que douze motos et trois pick-up "
     "détruits, indique l'état-major.", "vehicles destroyed", 15),
    (NIGER + "Côté ennemi, une trentaine de corps abandonnés sur le terrain et 15 motos récupérées, selon le "
     "ministère de la Défense.", "vehicles seized", 15),
])
def test_the_enemy_side_of_a_communique_holds_for_its_clause(text, what, low):
    """'côté ennemi, une vingtaine de terroristes neutralisés et 08 motos détruites': the motorbikes are the
    enemy's too."""
    found = [c for c in claims(text) if c[0] == what and c[1] == low]
    assert found and found[0][2].startswith("Unidentified Armed Group"), claims(text)


@pytest.mark.parametrize("text", [
    MALI + "L'armée a perdu un drone, abattu par les jihadistes, selon une source sécuritaire.",
    NIGER + "Les forces nigériennes ont perdu deux hélicoptères au cours de l'opération, selon une source.",
    BURKINA + "L'armée dit avoir perdu un avion de reconnaissance lors de l'attaque.",
])
def test_an_army_that_lost_an_aircraft(text):
    """'a perdu un drone': an aircraft lost, whatever auxiliary stands before the verb."""
    assert [c for c in claims(text) if c[0] == "aircraft lost"], claims(text)


@pytest.mark.parametrize("text,kept", [
    (NIGER + "Sept assaillants ont été tués. Selon le communiqué, l'opération a également permis de libérer 12 "
     "otages.", ("killed", 7)),
    (MALI + "Deux soldats ont été blessés lors de l'assaut. Les soldats ont réussi à délivrer cinq otages, selon "
     "l'armée.", ("wounded", 2)),
    (BURKINA + "L'armée a annoncé avoir tué 14 terroristes et secouru huit personnes enlevées, selon l'état-major.",
     ("killed", 14)),
])
def test_hostages_freed_in_any_form_are_no_abduction(text, kept):
    """The toll beside them is read; the freed hostages are no abduction."""
    found = claims(text)
    assert kept in [c[:2] for c in found] and not [c for c in found if c[0] == "abducted"], found


@pytest.mark.parametrize("text,low", [
    ("Au Niger, l'organisation État islamique a revendiqué l'embuscade de jeudi près de Tillia et affirme avoir "
     "tué « 22 apostats ».", 22),
    ("Au Mali, le JNIM affirme avoir tué 15 apostats lors de l'attaque du camp de Boulkessi.", 15),
    ("Au Burkina Faso, le groupe jihadiste revendique l'attaque de Djibo et dit avoir tué une quarantaine "
     "d'apostats.", 40),
])
def test_apostates_in_a_jihadist_claim_are_the_state_forces(text, low):
    """'22 apostats': what jihadist statements call the soldiers of the state."""
    found = [c for c in claims(text) if c[0] == "killed" and c[1] == low]
    assert found and found[0][2].startswith("Military Forces of"), claims(text)


@pytest.mark.parametrize("text,low,claimant", [
    (BURKINA + "L'attaque a fait au moins 35 morts, selon un bilan officiel. De même source, on dénombre 37 "
     "blessés.", 37, "Government of Burkina Faso"),
    (NIGER + "L'armée a annoncé avoir tué 45 terroristes lors de l'attaque. Quatre soldats ont été blessés, "
     "précise le texte.", 4, "Military Forces of Niger"),
    (NIGER + "L'armée a annoncé avoir tué 45 terroristes lors de l'attaque. Selon le document, quatre soldats ont "
     "été blessés.", 4, "Military Forces of Niger"),
])
def test_the_same_source_and_its_text(text, low, claimant):
    """'De même source, …', '…, précise le texte': the speaker named before."""
    found = [c for c in claims(text) if c[1] == low]
    assert found and found[0][3] == claimant, claims(text)


@pytest.mark.parametrize("text,low", [
    ("Dans l'est de la RDC, des rebelles ont pris d'assaut mardi une position militaire près de Lubero. « L'ennemi "
     "a été mis en déroute et trois d'entre eux ont été neutralisés », a déclaré un porte-parole militaire au "
     "Nord-Kivu.", 3),
    (NIGER + "Les forces nigériennes ont « neutralisé une dizaine » d'entre eux, selon le ministère.", 10),
    (MALI + "L'armée dit avoir neutralisé 12 d'entre eux.", 12),
])
def test_those_a_party_neutralised_are_its_enemy(text, low):
    """'deux d'entre eux ont été neutralisés': with no noun, the neutralised are the enemy of who counts them."""
    found = [c for c in claims(text) if c[0] == "killed" and c[1] == low]
    assert found and found[0][2].startswith("Unidentified Armed Group"), claims(text)


RDC = "Des combats ont opposé lundi l'armée congolaise au M23 près de Sake, dans l'est de la RDC. "


@pytest.mark.parametrize("text,claimant", [
    (RDC + "Selon Willy Ngoma, porte-parole militaire du M23, une trentaine de soldats ont été tués.",
     "M23: March 23 Movement"),
    (RDC + "Au moins 17 civils ont été tués, a déclaré Patrick Muyaya, le porte-parole du gouvernement.",
     "Government of the Democratic Republic of Congo"),
    (RDC + "Selon Sylvain Ekenge, porte-parole de l'armée, une trentaine de rebelles ont été tués.",
     "Military Forces of the Democratic Republic of Congo (FARDC)"),
])
def test_a_named_speaker_speaks_for_the_role_set_off_after_the_name(text, claimant):
    """'selon X, porte-parole du M23': X's role, not a local source."""
    found = [c for c in claims(text) if c[0] == "killed"]
    assert found and found[0][3] == claimant, claims(text)


def test_a_named_speaker_with_no_role_stays_a_local_source():
    text = RDC + "Selon Jean Kasereka, président de la société civile de Sake, au moins 17 civils ont été tués."
    assert [c[3] for c in claims(text) if c[0] == "killed"] == ["local sources"], claims(text)


NDU = "Des hommes armés ont incendié mardi des maisons à Ndu, dans le Nord-Ouest du Cameroun. "


@pytest.mark.parametrize("text", [
    NDU + "Quatre civils ont été tués, a déclaré l'évêque du diocèse.",
    NDU + "Selon le curé de la paroisse, quatre civils ont été tués.",
    NDU + "Un prêtre a indiqué que quatre civils avaient été tués.",
])
def test_clergy_are_local_sources(text):
    """A bishop, a priest, an imam who gives the toll is a local source, not the outlet."""
    assert [c[3] for c in claims(text) if c[0] == "killed"] == ["local sources"], claims(text)


@pytest.mark.parametrize("text,total,kept", [
    ("Au Burkina Faso, deux attaques ont frappé lundi Djibo et Titao. À Djibo, des jihadistes ont tué six soldats. "
     "À Titao, une dizaine de civils ont été tués. Au total, ces deux attaques ont fait seize morts.", 16, 6),
    (NIGER + "Cinq soldats y ont été tués. Une autre attaque a visé Ayorou. Les trois attaques ont fait au total 23 "
     "morts, selon une source.", 23, 5),
    (MALI + "Neuf civils ont été tués. Un autre village a été visé. L'ensemble de ces attaques a coûté la vie à 40 "
     "civils, selon un élu.", 40, 9),
])
def test_a_sum_over_several_attacks_is_no_claim(text, total, kept):
    """'ces deux attaques ont fait seize morts': a sum over separate events is a claim of neither; each attack's own
    toll still is."""
    found = claims(text)
    assert ("killed", kept) in [c[:2] for c in found] and total not in [c[1] for c in found], found


@pytest.mark.parametrize("text,low", [
    ("En Haïti, la police a annoncé l'arrestation de 14 membres présumés de gangs lors d'une opération contre "
     "les gangs à Martissant.", 14),
    (MALI + "L'armée a annoncé l'arrestation de six assaillants après l'attaque.", 6),
    (NIGER + "Les forces de sécurité ont procédé à l'interpellation de 20 assaillants, selon le ministère.", 20),
])
def test_an_arrest_noun_counts_the_captured(text, low):
    assert [c for c in claims(text) if c[0] == "captured" and c[1] == low], claims(text)


@pytest.mark.parametrize("text,low", [
    (MALI + "Le nombre de victimes s'élève à 17, selon un élu.", 17),
    (MALI + "Le nombre des victimes est passé à 23, selon un élu.", 23),
    (MALI + "Selon un élu, le nombre de victimes de l'attaque a atteint 31.", 31),
])
def test_the_number_of_victims_rose_to(text, low):
    """'le nombre de victimes s'élève à 17': a death toll, as 'le bilan s'élève à 17' is."""
    assert ("killed", low) in [c[:2] for c in claims(text)], claims(text)


MABALAKO = "Des rebelles ont attaqué mercredi le village de Mabalako, dans l'est de la RDC. "
FARDC = "Military Forces of the Democratic Republic of Congo (FARDC)"


@pytest.mark.parametrize("text", [
    MABALAKO + "Le porte-parole de l'opération militaire dans la zone a indiqué jeudi que neuf civils avaient "
    "été tués.",
    MABALAKO + "Le porte-parole du secteur opérationnel a affirmé que neuf civils avaient été tués.",
    MABALAKO + "Neuf civils ont été tués, selon le porte-parole des opérations dans la région.",
])
def test_a_spokesman_of_military_operations_speaks_for_the_army(text):
    assert [c[3] for c in claims(text) if c[0] == "killed"] == [FARDC], claims(text)


@pytest.mark.parametrize("text", [
    MABALAKO + "Un officier de l'armée a été joint par téléphone. Neuf civils ont été tués, selon l'officier.",
    MABALAKO + "Un colonel a parlé à la presse. L'officier a affirmé que neuf civils avaient été tués.",
    MABALAKO + "Un officier a répondu à nos questions. Neuf civils ont été tués, a précisé cet officier.",
])
def test_the_officer_named_before_speaks_for_the_army(text):
    """'selon l'officier': the officer the report introduced, the army's voice (an anonymous 'un officier' stays a
    security source)."""
    assert [c[3] for c in claims(text) if c[0] == "killed"] == [FARDC], claims(text)


@pytest.mark.parametrize("text,low", [
    ("Au Mali, vingt soldats ont perdu la vie lundi à Boni, selon une source sécuritaire.", 20),
    ("Au Niger, douze civils ont péri lundi près de Tera, selon des habitants.", 12),
    ("Au Burkina Faso, l'assaut a coûté la vie à quinze gendarmes lundi à Djibo, selon une source sécuritaire.", 15),
])
def test_a_death_told_without_a_killing_verb_still_reports_the_event(text, low):
    """'vingt soldats ont perdu la vie': the deaths alone report an event, with its toll."""
    assert [c for c in claims(text) if c[0] == "killed" and c[1] == low], claims(text)


KAYES = "Au Mali, des jihadistes ont attaqué lundi un convoi sur la route de Kayes. "


@pytest.mark.parametrize("text,what,low", [
    (KAYES + "Cinq chauffeurs de camions-citernes ont été tués, selon des transporteurs.", "killed", 5),
    (KAYES + "Trois passagers du bus ont été blessés, selon un élu.", "wounded", 3),
    (KAYES + "Quatre commerçants à bord de camions de marchandises ont été enlevés, selon un élu.", "abducted", 4),
])
def test_the_first_counted_noun_is_what_a_french_figure_counts(text, what, low):
    """'cinq chauffeurs de camions-citernes': drivers, not tankers (the head noun comes first in French)."""
    assert [c for c in claims(text) if c[0] == what and c[1] == low], claims(text)


@pytest.mark.parametrize("text,claimant", [
    ("Au Niger, l'armée dit avoir visé jeudi un repaire de jihadistes près d'Abala. Les habitants, pour leur part, "
     "déplorent la mort de neuf bergers touchés par un drone de l'armée.", "residents"),
    ("Au Burkina Faso, l'état-major a fait état samedi d'une embuscade repoussée près de Diapaga. Le JNIM, de son "
     "côté, annonce la mort de 23 soldats de l'armée burkinabè dans l'embuscade.",
     "JNIM: Group for Support of Islam and Muslims"),
    ("Au Mali, les rebelles ont revendiqué mardi l'attaque d'un convoi près d'Anéfis. L'armée, quant à elle, "
     "accuse les rebelles du FLA d'avoir tué cinq soldats.", "Military Forces of Mali (FAMa)"),
])
def test_a_subject_with_an_aside_before_its_verb_is_the_speaker(text, claimant):
    """'Le FLA, pour sa part, déplore la mort de …': the aside between commas is no inverted speaker's comma; the
    speaker is the subject before it, not an actor named after the verb."""
    found = [c for c in claims(text) if c[0] == "killed"]
    assert found and found[0][3] == claimant, claims(text)


@pytest.mark.parametrize("text", [
    KAYES + "Une trentaine de camions ont été incendiés, ont indiqué des transporteurs.",
    KAYES + "Selon des chauffeurs, une trentaine de camions ont été incendiés.",
    KAYES + "Des camionneurs ont affirmé que trente camions avaient été incendiés.",
])
def test_drivers_and_hauliers_who_tell_the_toll_are_residents(text):
    assert [c[3] for c in claims(text) if c[0] == "vehicles destroyed"] == ["residents"], claims(text)


@pytest.mark.parametrize("text,of", [
    ("Au Burkina Faso, les Volontaires pour la défense de la patrie (VDP) ont perdu 11 des leurs dans une embuscade "
     "près de Tougan, a indiqué une source locale.", "VDP: Volunteers for the Defense of the Homeland"),
    ("Lundi, les rebelles du FLA ont perdu six des leurs lors de combats près de Kidal, au Mali, selon une source.",
     "Azawad Liberation Front (FLA)"),
    ("Près de Kidal, les combattants du FLA ont perdu quatre des leurs lors de l'attaque du camp, au Mali, selon un "
     "élu.", "Azawad Liberation Front (FLA)"),
])
def test_a_subject_after_a_fronted_phrase_owns_its_losses(text, of):
    """'Au Burkina Faso, les VDP ont perdu 11 des leurs': the subject after the opening phrase lost them."""
    found = [c for c in claims(text) if c[0] == "killed"]
    assert found and found[0][2] == of, claims(text)


@pytest.mark.parametrize("text,low,of", [
    ("Au Burkina Faso, des hommes armés attaquent le village de Seytenga et tuent 12 civils.", 12,
     "Civilians (Burkina Faso)"),
    ("Au Niger, des jihadistes ciblent une mosquée et tuent 15 fidèles lundi à Fambita.", 15, "Civilians (Niger)"),
    ("Haïti : la police repousse une attaque de gangs à Kenscoff. Deux policiers ont été blessés.", 2,
     "Police Forces of Haiti"),
])
def test_an_event_told_in_the_present_tense(text, low, of):
    """'des hommes armés attaquent le village … et tuent 12 civils': the present of headlines and ledes reports an
    event as the past does."""
    assert [c for c in claims(text) if c[1] == low and c[2] == of], claims(text)
