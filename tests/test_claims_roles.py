"""Who says a figure, by the role the speaker phrase names (issue 13): short reports written for these tests,
each rule in several forms, English and French."""

import pytest
from conftest import extracted

SOMALIA = "Al-Shabaab fighters stormed an army base in Lower Shabelle, Somalia, on Tuesday, the army said. "
BURKINA = "Des jihadistes ont attaqué un poste de l'armée près de Djibo, au Burkina Faso, mardi. "


def claimant_of(text, low, language="en"):
    out = extracted(text, language)
    found = [c.claimant for e in out.events for c in e.claims if c.low == low]
    assert found, [(c.low, c.claimant) for e in out.events for c in e.claims]
    return found[0]


@pytest.mark.parametrize("text,language,low,claimant", [
    (SOMALIA + "According to the spokesman for the group, 30 soldiers were killed.", "en", 30, "Al Shabaab"),
    (SOMALIA + "According to the spokesman for the government, 30 militants were killed.", "en", 30,
     "Government of Somalia"),
    (BURKINA + "Selon le porte-parole du gouvernement, trente assaillants ont été tués.", "fr", 30,
     "Government of Burkina Faso"),
    (BURKINA + "Le JNIM a revendiqué l'attaque. L'armée a confirmé l'attaque, a-t-on appris. Selon le "
     "porte-parole du groupe, quarante soldats ont été tués.", "fr", 40,
     "JNIM: Group for Support of Islam and Muslims"),
])
def test_a_stand_in_with_its_owner_is_the_owners(text, language, low, claimant):
    """'the spokesman for the government' is not 'the spokesman' who spoke last."""
    assert claimant_of(text, low, language) == claimant


def test_a_bare_stand_in_is_still_the_last_speaker():
    assert claimant_of(SOMALIA + "According to the spokesman, 30 soldiers were killed.", 30) == \
        "Military Forces of Somalia"


QUIET = "Al-Shabaab fighters stormed an army base in Lower Shabelle, Somalia, on Tuesday. "


@pytest.mark.parametrize("text,language,low,claimant", [
    (QUIET + '"We lost 12 soldiers," Captain Ahmed Nur told Reuters.', "en", 12, "Military Forces of Somalia"),
    (QUIET + "Thirty militants were killed, Colonel Abdi Warsame said.", "en", 30, "Military Forces of Somalia"),
    (QUIET + "Brigadier General Yusuf Omar said 30 militants had been killed.", "en", 30, "Military Forces of Somalia"),
    (BURKINA + "« Nous avons perdu douze soldats », a déclaré le capitaine Issa Ouédraogo.", "fr", 12,
     "Military Forces of Burkina Faso"),
    (BURKINA + "Selon le colonel Moussa Diallo, trente assaillants ont été tués.", "fr", 30,
     "Military Forces of Burkina Faso"),
])
def test_a_military_rank_before_a_name_is_the_army(text, language, low, claimant):
    assert claimant_of(text, low, language) == claimant


@pytest.mark.parametrize("text,language,low,claimant", [
    (QUIET + "Thirty militants were killed, state media reported.", "en", 30, "Government of Somalia"),
    (QUIET + "The state-run news agency said 30 militants were killed in the fighting.", "en", 30,
     "Government of Somalia"),
    (BURKINA + "Trente terroristes ont été tués, a annoncé la télévision publique.", "fr", 30,
     "Government of Burkina Faso"),
    (BURKINA + "Selon l'agence officielle de presse, trente terroristes ont été tués.", "fr", 30,
     "Government of Burkina Faso"),
])
def test_state_media_speak_for_the_government(text, language, low, claimant):
    assert claimant_of(text, low, language) == claimant


NIGERIA = "Gunmen attacked a village in Zamfara state, Nigeria, on Sunday. "
NIGER = "Des hommes armés ont attaqué un village de la région de Tillabéri, au Niger, dimanche. "


@pytest.mark.parametrize("text,language,low,claimant", [
    (NIGERIA + '"They killed 17 people," said a farmer who fled the village.', "en", 17, "residents"),
    (NIGERIA + "One woman said 17 people had been killed in the raid.", "en", 17, "residents"),
    (NIGER + "« Ils ont tué douze personnes », a déclaré un cultivateur.", "fr", 12, "residents"),
    (NIGER + "Selon un commerçant de la ville, douze personnes ont été tuées.", "fr", 12, "residents"),
])
def test_an_ordinary_person_who_speaks_is_a_resident(text, language, low, claimant):
    assert claimant_of(text, low, language) == claimant


@pytest.mark.parametrize("text,language,low", [
    (NIGERIA + '"They killed 17 people," said Musa Ibrahim, the head of a youth association.', "en", 17),
    (NIGERIA + '"They killed 17 people," Musa Ibrahim told reporters. Ibrahim said 9 others were wounded.', "en", 9),
    (NIGER + "« Ils ont tué douze personnes », a raconté Ali Diallo, président d'une association de jeunes.", "fr",
     12),
])
def test_a_named_person_of_no_party_is_a_local_source(text, language, low):
    assert claimant_of(text, low, language) == "local sources"


@pytest.mark.parametrize("text,language,low", [
    (NIGERIA + "Seventeen people were killed, our correspondent Musa Ibrahim reported.", "en", 17),
    (NIGER + "Douze personnes ont été tuées, rapporte notre correspondant régional Ali Diallo.", "fr", 12),
    (NIGER + "Selon notre envoyé spécial Ali Diallo, douze personnes ont été tuées.", "fr", 12),
])
def test_the_outlets_own_correspondent_is_the_outlet(text, language, low):
    assert claimant_of(text, low, language) == "the outlet"


@pytest.mark.parametrize("text,language,low,claimant", [
    ("Gunmen attacked a police station in Kaduna state, Nigeria, on Sunday. The ministry confirmed the attack. It "
     "said three officers were killed.", "en", 3, "Government of Nigeria"),
    ("Gunmen attacked a police station in Kaduna state, Nigeria, on Sunday. The presidency said the attack was "
     "cowardly. It said three officers were killed.", "en", 3, "Government of Nigeria"),
    (NIGER + "Le ministère de l'Intérieur a confirmé l'attaque. Il a précisé que trois policiers ont été tués.", "fr",
     3, "Government of Niger"),
])
def test_a_pronoun_after_a_body_named_by_role_is_that_body(text, language, low, claimant):
    """'The ministry confirmed the attack. It said …': 'it' is the ministry, though no figure came with it."""
    assert claimant_of(text, low, language) == claimant


@pytest.mark.parametrize("text,language,low,claimant", [
    ("Clashes in northern Mali on Friday led to the deaths of 10 separatists. According to the Malian "
     "army, ten separatists were killed in the fighting near Kidal.", "en", 10, "Military Forces of Mali (FAMa)"),
    ("Gunmen killed 12 villagers in Zamfara state, Nigeria, on Sunday. Twelve villagers were killed, police "
     "spokesman Yazid Abubakar said.", "en", 12, "Police Forces of Nigeria"),
    (NIGER + "Douze civils ont été tués. Selon l'armée nigérienne, douze civils ont péri dans l'attaque.", "fr", 12,
     "Military Forces of Niger"),
])
def test_the_outlets_figure_that_a_source_gives_too_is_the_sources(text, language, low, claimant):
    out = extracted(text, language)
    found = [c.claimant for e in out.events for c in e.claims if c.low == low]
    assert found == [claimant], found


@pytest.mark.parametrize("text,language", [
    ("Clashes in northern Mali on Friday led to the deaths of at least 10 separatists. According to the Malian "
     "army, ten separatists were killed in the fighting near Kidal.", "en"),
    ("Gunmen killed more than 12 villagers in Zamfara state, Nigeria, on Sunday. Twelve villagers were killed, "
     "police spokesman Yazid Abubakar said.", "en"),
    (NIGER + "L'attaque a fait au moins 28 morts parmi les militaires. Selon des sources sécuritaires, 28 soldats "
     "ont péri.", "fr"),
])
def test_an_open_figure_and_an_exact_one_are_two_claims(text, language):
    """'At least 10' in the outlet's voice and a source's 'ten' are not the same figure: both are kept."""
    out = extracted(text, language)
    claims = [c for e in out.events for c in e.claims if c.what == "killed"]
    assert sorted(c.high is None for c in claims) == [False, True], [(c.low, c.high, c.claimant) for c in claims]


MYANMAR = "An air strike hit a village in Rakhine state, Myanmar, on Wednesday, the Arakan Army said. "


@pytest.mark.parametrize("text,language,low,claimant", [
    (MYANMAR + '"According to initial reports, 40 civilians were killed and 20 were wounded," its spokesman said.',
     "en", 20, "AA: Arakan Army"),
    (MYANMAR + '"According to initial reports, 40 civilians were killed," said Khaing Thu, a spokesman for the '
     "Arakan Army.", "en", 40, "AA: Arakan Army"),
    (MYANMAR + '"Residents say 40 civilians were killed," the Arakan Army spokesman told reporters.', "en", 40,
     "AA: Arakan Army"),
    (BURKINA + "« Selon les premiers éléments, douze soldats ont été tués », a déclaré le ministre de la Sécurité.",
     "fr", 12, "Government of Burkina Faso"),
])
def test_a_source_cited_inside_a_quote_gives_way_to_the_quotes_speaker(text, language, low, claimant):
    assert claimant_of(text, low, language) == claimant


@pytest.mark.parametrize("text,language,low,claimant", [
    ("Jihadists attacked an army post near Djibo, Burkina Faso, on Tuesday. The group said it had killed 40 "
     "soldiers.", "en", 40, "Unidentified Armed Group (Burkina Faso)"),
    ("Gunmen attacked an army post near Zamfara, Nigeria, on Tuesday. The group said it had killed 40 soldiers.",
     "en", 40, "Unidentified Armed Group (Nigeria)"),
    (BURKINA + "Le groupe a affirmé avoir tué 40 soldats.", "fr", 40, "Unidentified Armed Group (Burkina Faso)"),
])
def test_the_group_with_no_group_named_is_the_unnamed_attackers(text, language, low, claimant):
    """'Jihadists attacked … The group said': the group the report described, not the outlet's own voice."""
    assert claimant_of(text, low, language) == claimant


@pytest.mark.parametrize("text,language,low,claimant", [
    (NIGERIA + "Twelve people were killed, a police source told AFP.", "en", 12, "security sources"),
    (NIGERIA + "Police sources said twelve people were killed.", "en", 12, "security sources"),
    (NIGERIA + "Twelve people were killed, police said.", "en", 12, "Police Forces of Nigeria"),
    (NIGER + "Douze personnes ont été tuées, selon le ministère nigérien de la Défense.", "fr", 12,
     "Military Forces of Niger"),
    (NIGER + "Le ministre nigérien de la Défense a indiqué que douze assaillants ont été tués.", "fr", 12,
     "Military Forces of Niger"),
])
def test_anonymous_police_sources_and_a_defence_ministry_by_its_nationality(text, language, low, claimant):
    assert claimant_of(text, low, language) == claimant


@pytest.mark.parametrize("text,language,low", [
    (BURKINA + "« Nous avons perdu cinq hommes », a confié à l'AFP un officier sous couvert d'anonymat.", "fr", 5),
    ("Jihadists attacked an army post near Djibo, Burkina Faso, on Tuesday. \"We lost five men,\" said an officer "
     "who asked not to be named.", "en", 5),
    ("Jihadists attacked an army post near Djibo, Burkina Faso, on Tuesday. \"We lost five men,\" a soldier "
     "speaking on condition of anonymity told AFP.", "en", 5),
])
def test_an_anonymous_soldier_is_a_security_source_counting_the_armys_losses(text, language, low):
    out = extracted(text, language)
    found = [(c.of, c.claimant) for e in out.events for c in e.claims if c.low == low]
    assert found == [("Military Forces of Burkina Faso", "security sources")], found


def test_a_loss_in_the_first_person_with_no_speaker_is_nobodys_own():
    """'« Nous avons perdu cinq hommes », a-t-il dit' with no speaker before: not the outlet's losses."""
    out = extracted(BURKINA + "« Nous avons perdu cinq hommes », a-t-il dit.", "fr")
    assert [c.of for e in out.events for c in e.claims] == ["unknown"]
