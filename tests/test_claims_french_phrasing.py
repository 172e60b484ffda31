"""French phrasings of a toll and of who gives it (issue 13): short reports written for these tests, each rule in
several forms."""

import pytest
from conftest import claim_rows, extracted

BURKINA = "Des jihadistes ont attaqué un poste de l'armée près de Djibo, au Burkina Faso, mardi. "
MALI = "Des hommes armés ont attaqué le village de Boni, dans le centre du Mali, lundi soir. "


def claims(text):
    return claim_rows(text, "fr")


@pytest.mark.parametrize("text,low,claimant", [
    (BURKINA + "La mort de trois soldats a été confirmée par l'état-major.", 3, "Military Forces of Burkina Faso"),
    (BURKINA + "Le bilan, fourni par l'armée, fait état de neuf soldats tués.", 9, "Military Forces of Burkina Faso"),
    (MALI + "Le chiffre de quinze civils tués, avancé par des sources locales, reste provisoire.", 15,
     "local sources"),
    (MALI + "Le bilan de seize civils tués a été établi par la protection civile.", 16, "local sources"),
])
def test_the_agent_of_a_passive_statement_is_the_claimant(text, low, claimant):
    """'confirmée par l'état-major': the body after 'par' gave the figure, not the outlet."""
    found = [c for c in claims(text) if c[1] == low]
    assert found and found[0][3] == claimant, claims(text)


@pytest.mark.parametrize("text", [
    BURKINA + "Le bilan est de dix morts, selon le sous-préfet de la localité.",
    BURKINA + "Selon le haut-commissaire de la province, dix personnes ont péri.",
    MALI + "Dix civils ont été tués, a indiqué un bourgmestre de la zone.",
])
def test_local_administrators_are_local_sources(text):
    assert [c for c in claims(text) if c[1] == 10 and c[3] == "local sources"], claims(text)


@pytest.mark.parametrize("text,low,of", [
    (BURKINA + "Sept soldats sont tombés sous les balles des assaillants, selon une source sécuritaire.", 7,
     "Military Forces of Burkina Faso"),
    (BURKINA + "Six supplétifs de l'armée sont tombés au cours des combats, selon une source locale.", 6,
     "VDP: Volunteers for the Defense of the Homeland"),
    (BURKINA + "Au total, onze militaires sont tombés, a reconnu l'armée.", 11, "Military Forces of Burkina Faso"),
    (BURKINA + "L'attaque a coûté la vie à dix soldats, selon une source sécuritaire.", 10,
     "Military Forces of Burkina Faso"),
    (MALI + "Cette incursion a coûté la vie à une douzaine de villageois, selon des habitants.", 12,
     "Civilians (Mali)"),
    (MALI + "L'explosion aurait coûté la vie aux quatre passagers du car, selon un élu.", 4, "Civilians (Mali)"),
])
def test_fallen_and_cost_their_lives_are_deaths(text, low, of):
    """'sont tombés (sous les balles, au combat…)', 'a coûté la vie à N': N killed."""
    assert ("killed", low, of) in [c[:3] for c in claims(text)], claims(text)


@pytest.mark.parametrize("text", [
    BURKINA + "Vingt militaires sont tombés dans une embuscade près de la frontière.",
    BURKINA + "Deux villages sont tombés aux mains des jihadistes, selon des habitants.",
    BURKINA + "Les trois postes sont tombés entre les mains des assaillants, a indiqué un élu.",
])
def test_falling_into_an_ambush_or_into_hands_is_no_death(text):
    assert not [c for c in claims(text) if c[0] == "killed"], claims(text)


@pytest.mark.parametrize("text,low", [
    (BURKINA + "Au moins treize civils ont été tués, a déclaré à l'AFP un responsable local.", 13),
    (MALI + "Treize civils ont été tués, a confié à notre correspondant un habitant de la localité.", 13),
    (MALI + "Quatorze civils ont été tués, a précisé devant la presse une élue de la commune.", 14),
])
def test_the_article_of_a_speaker_after_the_hearer_is_no_figure(text, low):
    """'a déclaré à l'AFP un responsable': 'un' is who speaks, not one more dead."""
    assert [c[1] for c in claims(text)] == [low], claims(text)


@pytest.mark.parametrize("text,low,of", [
    (BURKINA + "L'armée a perdu cinq hommes et tué une trentaine d'assaillants, selon un communiqué.", 30,
     "Unidentified Armed Group (Burkina Faso)"),
    (BURKINA + "Les soldats ont perdu quatre des leurs, mais ont neutralisé une quinzaine de terroristes.", 15,
     "Unidentified Armed Group (Burkina Faso)"),
    ("Al-Shabaab fighters stormed an army base in Lower Shabelle, Somalia, on Tuesday. The army lost five soldiers "
     "and killed 30 militants, the ministry said.", 30, "Al Shabaab"),
])
def test_a_second_verb_after_an_admitted_loss_counts_the_enemy(text, low, of):
    """'a perdu cinq hommes et tué trente assaillants': the thirty are not the army's own dead."""
    language = "en" if text.startswith("Al-") else "fr"
    out = extracted(text, language)
    found = [(c.low, c.of) for e in out.events for c in e.claims]
    assert (low, of) in found, found


@pytest.mark.parametrize("text,low", [
    (BURKINA + "L'armée a reconnu la mort de cinq soldats.", 5),
    (BURKINA + "L'état-major a reconnu avoir perdu sept militaires dans l'embuscade.", 7),
    (BURKINA + "L'armée déplore la perte de six de ses éléments.", 6),
])
def test_an_admitted_loss_stays_the_speaker_s_own(text, low):
    assert ("killed", low, "Military Forces of Burkina Faso") in [c[:3] for c in claims(text)], claims(text)


@pytest.mark.parametrize("text,low,claimant", [
    (MALI + "Vingt civils ont été tués par des hommes armés, a indiqué mardi une source locale.", 20, "local sources"),
    (MALI + "Onze villageois ont été abattus par des jihadistes, a raconté à l'AFP un habitant.", 11, "residents"),
    (MALI + "Neuf bergers ont péri sous les balles des assaillants, a précisé dimanche soir auprès de notre "
     "correspondant un élu local.", 9, "local sources"),
])
def test_a_day_or_a_hearer_before_an_inverted_speaker_keeps_it_the_speaker(text, low, claimant):
    """'…, a indiqué mardi à l'AFP une source locale': the speaker is after the verb, not the attackers before it."""
    found = [c for c in claims(text) if c[1] == low]
    assert found and found[0][3] == claimant, claims(text)


@pytest.mark.parametrize("text,low,claimant", [
    (BURKINA + "Le groupe jihadiste JNIM dit avoir tué trente soldats.", 30,
     "JNIM: Group for Support of Islam and Muslims"),
    (MALI + "Un rescapé dit que douze corps ont été retrouvés près du puits.", 12, "residents"),
    (MALI + "Le maire de la commune dit qu'au moins huit civils ont été tués.", 8, "local sources"),
])
def test_present_dit_before_a_clause_reports(text, low, claimant):
    """'X dit avoir tué', 'X dit que': the present of 'dire' reports, as 'a dit' does."""
    found = [c for c in claims(text) if c[1] == low]
    assert found and found[0][3] == claimant, claims(text)


def test_dit_as_a_name_marker_reports_nothing():
    """'le village dit de Boni' ('called'): no speaker."""
    found = claims(MALI + "Le hameau dit de Sokoura a été attaqué ; douze villageois ont été tués.")
    assert [c[3] for c in found if c[1] == 12] == ["the outlet"], found


@pytest.mark.parametrize("text,low,claimant", [
    (MALI + "Selon les autorités, douze civils ont été tués.", 12, "Government of Mali"),
    (MALI + "Les autorités ont fait état de treize villageois tués.", 13, "Government of Mali"),
    (MALI + "Quatorze civils ont péri, d'après un bilan officiel.", 14, "Government of Mali"),
    (MALI + "Quinze civils ont été tués, selon les autorités locales.", 15, "local sources"),
    (MALI + "Seize civils ont été tués, selon les autorités de la commune.", 16, "local sources"),
])
def test_the_authorities_unqualified_are_the_government_and_local_ones_local_sources(text, low, claimant):
    """'selon les autorités', 'un bilan officiel': the state; 'les autorités locales / de la commune': local."""
    found = [c for c in claims(text) if c[1] == low]
    assert found and found[0][3] == claimant, claims(text)


@pytest.mark.parametrize("text", [
    MALI + "Selon la Minusma, douze civils ont été tués.",
    MALI + "Douze civils ont été tués, a indiqué la Monusco.",
    MALI + "D'après la Minusca, douze civils ont été tués.",
])
def test_un_missions_written_in_lower_case_are_the_un(text):
    assert [c[3] for c in claims(text) if c[1] == 12] == ["United Nations"], claims(text)


@pytest.mark.parametrize("text,low,of", [
    (BURKINA + "Deux (02) soldats ont été tués et trois (03) autres blessés, selon l'armée.", 3,
     "Military Forces of Burkina Faso"),
    (BURKINA + "Un (01) gendarme a été tué et deux (02) autres blessés, selon une source sécuritaire.", 2,
     "Police Forces of Burkina Faso (Gendarmerie)"),
    (MALI + "Quatre (4) civils ont été tués et six (6) autres blessés, selon un élu.", 6, "Civilians (Mali)"),
])
def test_others_after_a_number_in_figures_are_the_same_people(text, low, of):
    """'trois (03) autres blessés': the digits in brackets repeat the number; 'autres' still points back."""
    assert ("wounded", low, of) in [c[:3] for c in claims(text)], claims(text)


@pytest.mark.parametrize("text", [
    BURKINA + "Cinq hommes en armes ont été tués, selon une source sécuritaire.",
    BURKINA + "Selon l'armée, cinq hommes en armes ont été abattus.",
    BURKINA + "Les soldats ont neutralisé cinq hommes en armes, selon l'armée.",
])
def test_men_in_arms_are_the_armed_side(text):
    assert [c[2] for c in claims(text) if c[1] == 5] == ["Unidentified Armed Group (Burkina Faso)"], claims(text)


@pytest.mark.parametrize("text,low", [
    (MALI + "Plus de 3 000 personnes se sont réfugiées dans la ville voisine, selon le HCR.", 3000),
    (MALI + "Environ 500 familles ont trouvé refuge à Mopti, selon une ONG.", 500),
    (MALI + "Quelque 2 000 habitants ont abandonné leurs villages, selon des élus.", 2000),
])
def test_taking_refuge_and_leaving_one_s_village_is_displacement(text, low):
    assert ("displaced", low, "Civilians (Mali)") in [c[:3] for c in claims(text)], claims(text)


def test_soldiers_leaving_an_area_are_not_displaced():
    assert claims(BURKINA + "Cinquante soldats ont quitté la zone après l'attaque.") == []
