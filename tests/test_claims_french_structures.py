"""French claim structures (issue 13): one of a group counted by 'l'un de ses combattants', a speaker after a speech
verb of the quote ('…», a regretté X', '…, relate un habitant'). Short reports written for these tests."""

import pytest
from conftest import claim_rows, extracted

TYR = "Une frappe de drone a visé une voiture près de Tyr, dans le sud du Liban, dimanche. "
BONI = "Des jihadistes ont attaqué un poste militaire à Boni, dans le centre du Mali, lundi. "
DORI = "Des hommes armés ont attaqué le marché de Seytenga, près de Dori, au Burkina Faso, samedi. "


def claims(text):
    return claim_rows(text, "fr")


@pytest.mark.parametrize("text,what,of", [
    (TYR + "Le Hezbollah a annoncé la mort de l'un de ses combattants, sans autre précision.", "killed", "Hezbollah"),
    (BONI + "L'un des soldats a été tué et deux autres blessés, selon l'armée.", "killed",
     "Military Forces of Mali (FAMa)"),
    (BONI + "L'état-major a confirmé la mort d'un de ses officiers dans l'attaque.", "killed",
     "Military Forces of Mali (FAMa)"),
    (DORI + "Un des commerçants a été grièvement blessé par balle, a indiqué un élu local.", "wounded",
     "Civilians (Burkina Faso)"),
])
def test_one_of_a_group_is_a_figure_of_one(text, what, of):
    """'l'un de ses combattants', 'un des soldats': 'un' before a partitive and a counted noun is one person."""
    assert (what, 1, of) in [c[:3] for c in claims(text)], claims(text)


@pytest.mark.parametrize("text", [
    BONI + "L'un des habitants a raconté que cinq soldats avaient été tués.",
    BONI + "Un des responsables du village a indiqué que douze civils ont été tués.",
    DORI + "Une des victimes a été évacuée vers Dori, selon un infirmier.",
])
def test_one_of_a_group_who_speaks_or_is_moved_is_no_toll(text):
    """The speaker 'l'un des habitants' and one 'evacuated' are no figure of one of this event."""
    assert not [c for c in claims(text) if c[1] == 1], claims(text)


@pytest.mark.parametrize("text,claimant", [
    (BONI + "« Nous avons perdu quatorze hommes », a regretté le porte-parole de l'armée malienne.",
     "Military Forces of Mali (FAMa)"),
    (DORI + "« Ils ont tué sept villageois », relate un habitant joint par téléphone.", "residents"),
    (BONI + "« Nous avons compté douze morts », a constaté un infirmier de l'hôpital de Douentza.", "local sources"),
    (BONI + "Les assaillants ont tué six soldats, a fait savoir l'état-major.", "Military Forces of Mali (FAMa)"),
    (DORI + "Au moins 30 civils ont été tués, a détaillé un élu local.", "local sources"),
    (DORI + "Onze commerçants ont été tués, résume un responsable local.", "local sources"),
])
def test_the_speaker_after_a_speech_verb_of_the_quote(text, claimant):
    """'…», a regretté X', '…, relate X': the speech verbs that follow a quote or a comma take their subject after
    them, as 'a déclaré X' does."""
    got = claims(text)
    assert got and got[0][3] == claimant, got


SOLENZO = "Des militaires et des supplétifs ont tué des civils à Solenzo, dans l'ouest du Burkina Faso, lundi. "
BENI = "Des rebelles ont attaqué le village de Mamove, près de Beni, dans l'est de la RDC, mardi. "
SOLINO = "Des membres de gangs ont attaqué le quartier de Solino, à Port-au-Prince, en Haïti, jeudi. "


@pytest.mark.parametrize("text,claimant", [
    (SOLENZO + "L'association Tabital Pulaaku évoque au moins 25 victimes.", "Tabital Pulaaku"),
    (SOLENZO + "Au moins 25 civils ont été tués, selon l'ONG Kisal.", "Kisal"),
    (SOLENZO + "Au moins 25 civils ont été tués, selon le président de l'association Tabital Pulaaku, Amadou Bâ.",
     "Tabital Pulaaku"),
    (BENI + "Dix-huit civils ont été tués, a déclaré à l'AFP la Convention pour le respect des droits humains "
     "(CRDH), une ONG locale.", "Convention pour le respect des droits humains (CRDH)"),
    (SOLINO + "Au moins quinze personnes ont été tuées, selon le Réseau national de défense des droits humains "
     "(RNDDH).", "Réseau national de défense des droits humains"),
    (SOLINO + "Le Réseau national de défense des droits humains a recensé quinze morts.",
     "Réseau national de défense des droits humains"),
])
def test_a_french_named_body_speaks_in_its_own_name(text, claimant):
    """'l'association Tabital Pulaaku', 'l'ONG Kisal' (a common noun, then the name) and 'le Réseau national de
    défense des droits humains (RNDDH)' (lowercase words after a capitalised head): a body the dictionary does
    not know is its own claimant, neither 'local sources' nor the outlet."""
    got = claims(text)
    assert got and all(c[3] == claimant for c in got), got


@pytest.mark.parametrize("text,claimant", [
    (BENI + "Dix-huit civils ont été tués, selon la Coordination provinciale de la protection civile.",
     "local sources"),
    (BENI + "Dix-huit civils ont été tués, selon l'Organisation internationale pour les migrations (OIM).",
     "United Nations"),
    (BENI + "Selon l'organisation Human Rights Watch, dix-huit civils ont été tués.", "Human Rights Watch"),
])
def test_a_local_office_or_a_listed_body_keeps_its_claimant(text, claimant):
    """A local administration's body is a local source; a UN agency is the UN; a listed NGO its listed name."""
    got = claims(text)
    assert got and all(c[3] == claimant for c in got), got


@pytest.mark.parametrize("text", [
    "Des hommes armés ont attaqué le village de Ngoutéré, en Centrafrique, mardi. Selon une source onusienne, "
    "huit civils ont été tués.",
    BENI + "Huit civils ont été tués, a indiqué une source humanitaire onusienne.",
    BENI + "De sources onusiennes, on dénombre huit civils tués.",
])
def test_a_un_source_is_the_un(text):
    """'une source onusienne': an unnamed source of the UN speaks for the UN, not as a local source."""
    got = claims(text)
    assert got and all(c[3] == "United Nations" for c in got), got


FARA = "Des jihadistes ont attaqué un poste de l'armée à Farabougou, dans le centre du Mali, samedi. "
JNIM = "JNIM: Group for Support of Islam and Muslims"


@pytest.mark.parametrize("text,claimant", [
    (FARA + "Le JNIM, lié à Al-Qaïda, a revendiqué l'attaque et affirmé avoir tué une cinquantaine de militaires.",
     JNIM),
    (FARA + "Le GSIM, affilié à Al-Qaïda, a revendiqué l'assaut et dit avoir tué 21 soldats.", JNIM),
    ("Des rebelles ont attaqué Rubaya, dans l'est de la RDC, mardi. Le M23, soutenu par le Rwanda, a revendiqué la "
     "prise de la ville et affirmé avoir capturé 40 militaires.", "M23: March 23 Movement"),
])
def test_a_participle_apposition_leaves_the_subject_before_it(text, claimant):
    """'Le JNIM, lié à Al-Qaïda, a revendiqué l'attaque et affirmé …': after an apposition opened by a participle
    ('lié à', 'affilié à', 'soutenu par'), the verb's subject is the name before it; 'l'attaque' after the verb is
    its object, no inverted speaker (whose window held 'militaires', the army)."""
    got = claims(text)
    assert got and got[0][3] == claimant, got


@pytest.mark.parametrize("text,claimant", [
    (FARA + "Dans un message, le Groupe de soutien à l'islam et aux musulmans (GSIM, ou JNIM selon l'acronyme arabe) "
     "affirme avoir tué 21 soldats.", JNIM),
    (FARA + "Le Front de libération de l'Azawad (FLA, selon son sigle) affirme avoir tué 15 soldats.",
     "Azawad Liberation Front (FLA)"),
    ("Des rebelles ont attaqué Rubaya, dans l'est de la RDC, mardi. L'Alliance Fleuve Congo (AFC, dont le M23 est "
     "membre selon ses statuts) dit avoir capturé 40 militaires.", "M23: March 23 Movement"),
])
def test_a_preposition_inside_a_parenthesis_names_no_speaker_past_it(text, claimant):
    """'(GSIM, ou JNIM selon l'acronyme arabe) affirme avoir tué 21 soldats': the phrase after 'selon' ends with the
    parenthesis that holds it, not on the figure's words ('soldats', the army)."""
    got = claims(text)
    assert got and got[0][3] == claimant, got


TARKINT = "Des rebelles ont attaqué le poste militaire de Tarkint, dans le nord du Mali, jeudi. "


@pytest.mark.parametrize("text,first,second", [
    (TARKINT + "Le FLA revendique la mort de douze ennemis et la saisie de quatre véhicules.", ("killed", 12),
     ("vehicles seized", 4)),
    (TARKINT + "L'armée annonce la neutralisation de quinze terroristes et la destruction de six motos.",
     ("killed", 15), ("vehicles destroyed", 6)),
    (TARKINT + "Un élu local fait état de la mort de sept soldats et de l'enlèvement de trois civils.",
     ("killed", 7), ("abducted", 3)),
])
def test_two_nominal_figures_joined_keep_their_own_nouns(text, first, second):
    """'la mort de douze ennemis et la saisie de quatre véhicules': 'de' links a noun of harm to its number, so
    the noun after 'et' counts the second figure and the first keeps its own ('mort'), not 'saisie'."""
    got = [c[:2] for c in claims(text)]
    assert first in got and second in got, got


INTAHAKA = "Une frappe de drone a tué huit civils près d'Intahaka, dans la région de Gao, au Mali, samedi"


@pytest.mark.parametrize("text,claimant", [
    (INTAHAKA + ", ont affirmé à l'AFP des élus locaux et un responsable rebelle.", "local sources"),
    (INTAHAKA + ", ont indiqué des habitants et une source militaire.", "residents"),
    (INTAHAKA + ", selon des sources locales et le FLA.", "local sources"),
    (INTAHAKA + ", selon un élu local et un cadre du FLA.", "local sources"),
])
def test_two_sources_joined_after_the_verb_name_the_first(text, claimant):
    """'…, ont affirmé des élus locaux et un responsable rebelle', 'selon des sources locales et le FLA': two
    sources joined after the verb or the preposition back one figure; the guide names the first, not the named
    party that the words reach last."""
    got = claims(text)
    assert got and got[0][3] == claimant, got


@pytest.mark.parametrize("text,group", [
    ("L'armée burkinabè a repoussé mercredi une attaque contre son détachement de Titao, au Burkina Faso. Une "
     "vingtaine d'assaillants ont été neutralisés, selon l'armée. Ces combats interviennent deux mois après "
     "l'attaque meurtrière contre des civils qui creusaient une tranchée à Barsalogho, dans le Centre-Nord, "
     "revendiquée par le JNIM.", "JNIM: Group for Support of Islam and Muslims"),
    ("Des hommes armés ont tué cinq soldats près de Téra, au Niger, lundi. Une dizaine d'assaillants ont été tués, "
     "selon l'armée. La précédente attaque contre ce poste avait été revendiquée par l'État islamique au Sahel.",
     "Islamic State Sahel Province"),
    ("Des assaillants ont attaqué un poste de l'armée à Boni, au Mali, mardi. Douze assaillants ont été tués, selon "
     "l'armée. Cette attaque survient une semaine après celle du camp de Boulkessi, que le JNIM avait revendiquée.",
     "JNIM: Group for Support of Islam and Muslims"),
])
def test_a_group_named_in_another_incidents_words_is_not_the_attackers(text, group):
    """'… intervient deux mois après celle de Djibo, revendiquée par le JNIM': a group named in the words of
    another incident is no party of this one, nor whom its 'assaillants' stand for."""
    ex = extracted(text, "fr")
    names = {a.name for a in ex.events[0].actors}
    ofs = {c.of for e in ex.events for c in e.claims}
    assert group not in names | ofs, (names, ofs)


GAZA = "Des frappes ont visé Khan Younès, dans la bande de Gaza, mardi. "
ZAMZAM = "Des paramilitaires ont attaqué le camp de Zamzam, près d'El-Facher, au Soudan, vendredi. "


@pytest.mark.parametrize("text", [
    GAZA + "Au moins 25 personnes ont été tuées, selon la Défense civile de Gaza.",
    ZAMZAM + "Au moins 100 civils ont été tués, selon la coordination des comités de résistance d'El-Facher.",
    ZAMZAM + "Une salle d'intervention d'urgence du camp a recensé 62 morts.",
    ZAMZAM + "Selon un comité local de résistance, 40 civils ont été tués.",
])
def test_rescuers_and_resistance_committees_are_local_sources(text):
    """'la Défense civile', 'les comités de résistance', 'la salle d'intervention d'urgence': the rescuers and
    neighbourhood committees that count the dead are local sources, not the outlet's own voice."""
    got = claims(text)
    assert got and all(c[3] == "local sources" for c in got), got


@pytest.mark.parametrize("text,low", [
    ("Une attaque de drones a visé Koursk, en Russie, dans la nuit. Le ministère russe de la Défense a affirmé "
     "avoir intercepté 45 drones ukrainiens.", 45),
    ("Des drones ont visé Kharkiv, en Ukraine, dans la nuit. Selon l'armée de l'air ukrainienne, 31 drones russes "
     "ont été interceptés.", 31),
    ("Des frappes de drones ont visé Port-Soudan, au Soudan, dimanche. L'armée soudanaise dit avoir "
     "intercepté six drones.", 6),
])
def test_intercepted_drones_are_aircraft_lost(text, low):
    """'intercepté 45 drones': drones brought down by the other side are aircraft that side lost."""
    assert ("aircraft lost", low) in [c[:2] for c in claims(text)], claims(text)


@pytest.mark.parametrize("text", [
    "Des hommes armés ont attaqué le village de Sona, au Mali, lundi. Au moins onze civils ont été tués, selon le "
    "procureur de la République.",
    "Des hommes armés ont attaqué le village de Sona, au Mali, lundi. Le parquet a fait état de onze morts.",
    "Des hommes armés ont attaqué le village de Sona, au Mali, lundi. Onze suspects ont été arrêtés, a annoncé le "
    "parquet militaire dans un communiqué.",
])
def test_the_prosecutor_speaks_for_the_government(text):
    """'selon le procureur', 'le parquet': the state's prosecution is the government, not the outlet's voice."""
    got = claims(text)
    assert got and all(c[3] == "Government of Mali" for c in got), got


SEGOU = "Des soldats ont tué des civils près de Ségou, dans le centre du Mali, lundi. "
BANI = "Des jihadistes ont tendu une embuscade à une patrouille près de Banibangou, au Niger, jeudi. "


@pytest.mark.parametrize("text,claimant", [
    (SEGOU + "Le Collectif pour la défense des militaires (CDM), proche de la junte, évoque « 27 terroristes » "
     "neutralisés.", "Collectif pour la défense des militaires (CDM)"),
    (SEGOU + "L'association Tabital Pulaaku, proche des communautés peules, évoque au moins 25 victimes.",
     "Tabital Pulaaku"),
    (BANI + "La Coordination des associations de Banibangou (CAB), proche des autorités, affirme que 14 soldats ont "
     "été tués.", "Coordination des associations de Banibangou (CAB)"),
])
def test_a_body_close_to_a_party_speaks_for_itself(text, claimant):
    """'X, proche de la junte, évoque …', 'X, soutenu par la junte, affirme …': an apposition that says whom X is
    close to names no speaker; X speaks (and 'militaires' inside its name is no army)."""
    got = claims(text)
    assert got and got[0][3] == claimant, got


@pytest.mark.parametrize("text,claimant", [
    (BANI + "Seize soldats ont été tués, a annoncé le ministère de la Défense. « Une cinquantaine de terroristes "
     "ont été neutralisés », précise le communiqué lu à la télévision publique.", "Military Forces of Niger"),
    (BANI + "L'armée a annoncé la mort de seize soldats. Six militaires sont portés disparus, selon le texte "
     "diffusé par la radio nationale.", "Military Forces of Niger"),
    (BANI + "Le JNIM a revendiqué l'attaque. Vingt soldats ont été tués, selon le communiqué relayé par les médias "
     "officiels.", "JNIM: Group for Support of Islam and Muslims"),
])
def test_a_statement_read_on_state_media_is_its_authors(text, claimant):
    """'précise le communiqué lu à la télévision publique': the statement stands for whoever issued it; the
    medium its participle names (state television) is no speaker."""
    got = [c for c in claims(text) if c[1] in (50, 6, 20)]
    assert got and got[0][3] == claimant, claims(text)


@pytest.mark.parametrize("text,claimant", [
    (BANI + "Une source sécuritaire contactée par l'AFP avance « plus de 20 morts » parmi les soldats.",
     "security sources"),
    (SEGOU + "Un élu local avance le chiffre de 42 morts.", "local sources"),
    (SEGOU + "Des habitants avancent le nombre de 30 morts au moins.", "residents"),
])
def test_avancer_a_figure_is_saying_it(text, claimant):
    """'X avance un bilan de …': the present of 'avancer' reports a figure as 'a avancé' does."""
    got = claims(text)
    assert got and got[0][3] == claimant, got


BONI2 = "Des hommes armés ont attaqué un poste de l'armée à Boni, au Mali, lundi, tuant six soldats. "


@pytest.mark.parametrize("text", [
    BONI2 + "Quinze assaillants ont été neutralisés, selon l'armée. L'attaque n'a pas été revendiquée, mais la zone "
    "est un fief du JNIM.",
    BONI2 + "Quinze assaillants ont été neutralisés, selon l'armée. Aucun groupe n'a revendiqué l'attaque, qui porte "
    "toutefois la marque du JNIM.",
    BONI2 + "L'armée dit avoir neutralisé quinze assaillants. L'assaut n'a pas été revendiqué dans l'immédiat, mais "
    "le JNIM est présent dans cette zone.",
])
def test_the_attackers_of_an_unclaimed_attack_are_the_unidentified_group(text):
    """'Quinze assaillants ont été neutralisés' where the event's only armed group is unidentified (no one claimed
    it): the attackers' dead are that group's, as the actors say, not those of a group named as a suspect."""
    e = extracted(text, "fr").events[0]
    names = {a.name for a in e.actors}
    got = [c.of for c in e.claims if c.low == 15]
    assert "Unidentified Armed Group (Mali)" in names and got == ["Unidentified Armed Group (Mali)"], (names, got)


@pytest.mark.parametrize("text", [
    "Des hommes armés ont attaqué un poste près de Kayes, au Mali, lundi. Cinq hommes en uniforme ont été tués, "
    "selon une source locale.",
    "Des hommes armés ont attaqué un poste près de Kayes, au Mali, lundi. Cinq membres des forces spéciales ont été "
    "tués, selon une source locale.",
    "Des hommes armés ont attaqué un poste près de Kayes, au Mali, lundi. Cinq agents des eaux et forêts ont été "
    "tués, selon une source locale.",
])
def test_the_longer_noun_decides_whose_dead(text):
    """'cinq hommes en uniforme', 'membres des forces spéciales': of two nouns at the same word, the longer says the
    side ('hommes', 'membres' alone say none)."""
    got = claims(text)
    assert got and got[0][2] == "Military Forces of Mali (FAMa)", got


SONA = "Des hommes armés ont attaqué le village de Sona, dans le centre du Mali, lundi. "


@pytest.mark.parametrize("text,claimant", [
    (SONA + "Onze civils ont péri, selon un bilan communiqué par la mairie.", "local sources"),
    (SONA + "La mairie de Sona a recensé onze morts et sept blessés.", "local sources"),
    (SONA + "Onze civils ont été tués, a indiqué la mairie de Sona.", "local sources"),
    (SONA + "Onze civils ont péri, selon une note de sécurité consultée par l'AFP.", "security sources"),
    (SONA + "Selon un rapport des services de renseignement, onze soldats ont été tués.", "security sources"),
    (SONA + "Un document interne de sécurité fait état de onze soldats tués.", "security sources"),
])
def test_the_town_hall_and_security_papers(text, claimant):
    """'la mairie' is the local administration (a local source); 'une note de sécurité', 'un rapport des services
    de renseignement' are anonymous security sources, not the outlet's voice."""
    got = claims(text)
    assert got and all(c[3] == claimant for c in got), got


BONI3 = "Des jihadistes ont attaqué le poste militaire de Boni, dans le centre du Mali, lundi. "


@pytest.mark.parametrize("text,what", [
    (BONI3 + "Les assaillants ont emporté trois véhicules, selon l'armée.", "vehicles seized"),
    (BONI3 + "Les assaillants ont emporté trois pick-up avant de se replier, a indiqué l'état-major.",
     "vehicles seized"),
    (BONI3 + "Les assaillants ont incendié trois véhicules, selon l'armée.", "vehicles destroyed"),
])
def test_vehicles_the_unnamed_attackers_took_are_the_tellers(text, what):
    """'Les assaillants ont emporté trois véhicules, selon l'armée': the verb's subject took them, so they were the
    army's (the side that tells it), not the attackers' own."""
    got = [c for c in claims(text) if c[0] == what]
    assert got and got[0][2] == "Military Forces of Mali (FAMa)", claims(text)


@pytest.mark.parametrize("text,low", [
    (BONI3 + "Trois otages ont été exécutés par leurs ravisseurs, selon des habitants.", 3),
    (BONI3 + "Deux des otages ont été tués, selon des habitants.", 2),
    (BONI3 + "Quatre otages avaient été égorgés, a indiqué un élu local.", 4),
])
def test_hostages_killed_are_killed_civilians(text, low):
    """'Trois otages ont été exécutés': the killing verb says what befell them; 'otages' names whom (civilians)."""
    assert ("killed", low, "Civilians (Mali)") in [c[:3] for c in claims(text)], claims(text)


@pytest.mark.parametrize("text,new", [
    ("Des jihadistes ont attaqué Djibo, au Burkina Faso, lundi. Le bilan est passé de 12 à 20 morts, selon une "
     "source sécuritaire.", 20),
    ("Des rebelles ont attaqué Beni, en RDC, mardi. Le bilan a grimpé de 8 à 14 morts, selon la société "
     "civile.", 14),
    ("Des hommes armés ont attaqué Sona, au Mali, lundi. Le bilan s'est alourdi de 9 à 17 morts dans la soirée, "
     "selon un élu local.", 17),
])
def test_a_toll_updated_from_one_number_to_another_is_no_range(text, new):
    """'le bilan est passé de 12 à 20 morts': the later number is the toll now, not the top of a 12-20 range; the
    earlier one belongs to the update's verb, no toll of its own."""
    got = [c[1] for c in claims(text) if c[0] == "killed"]
    assert got == [new], got


@pytest.mark.parametrize("text", [
    "Des hommes armés ont attaqué Sona, au Mali, lundi. Le bilan, initialement de 12 morts, s'élève désormais à 20, "
    "selon un élu local.",
    "Des hommes armés ont attaqué Sona, au Mali, lundi. Le bilan grimpe de 12 à 20 morts, selon un élu local.",
    "Des hommes armés ont attaqué Sona, au Mali, lundi. Le bilan, qui était de 12 morts dimanche, est passé à 20, "
    "selon un élu local.",
])
def test_the_new_toll_of_an_update_in_the_present_or_after_an_aside(text):
    """'Le bilan, initialement de 12 morts, s'élève désormais à 20', 'le bilan grimpe de 12 à 20 morts': the number
    inside the toll's own words is the old one, the one after the verb the toll now."""
    got = [c[1] for c in claims(text) if c[0] == "killed"]
    assert got == [20], got


@pytest.mark.parametrize("text", [
    "Gunmen attacked a village near Gao, Mali, on Monday. The death toll rose from 12 to 20, officials said.",
    "Gunmen attacked a village near Gao, Mali, on Monday. The toll has risen from 12 to 20 dead, officials said.",
    "Gunmen attacked a village near Gao, Mali, on Monday. The number of dead climbed from 12 to 20 on Tuesday, "
    "officials said.",
])
def test_an_english_toll_risen_from_one_number_to_another_is_no_range(text):
    """The same structure in English ('rose from 12 to 20'): the toll now is 20, not a 12-20 range."""
    got = [c[1] for c in claim_rows(text, "en") if c[0] == "killed"]
    assert got == [20], got
