"""Two accounts in one sentence, and a group's spokesman described but not named (issue 13): short reports
written for these tests, each rule in several forms, English and French."""

import pytest
from conftest import extracted

M23_EN = "M23 rebels seized the town of Masisi in Congo on Saturday. "
JNIM_EN = "JNIM fighters attacked an army post near Djibo, Burkina Faso, on Monday. "
ISWAP_EN = "ISWAP fighters attacked a base in Borno state, Nigeria, on Monday. "
M23_FR = "Des rebelles du M23 ont pris la ville de Masisi, en RDC, samedi. "
JNIM_FR = "Des combattants du JNIM ont attaqué un poste de l'armée près de Djibo, au Burkina Faso, lundi. "

M23 = "M23: March 23 Movement"
JNIM = "JNIM: Group for Support of Islam and Muslims"
ISWAP = "Islamic State West Africa Province (ISWAP)"
FARDC = "Military Forces of the Democratic Republic of Congo (FARDC)"
BURKINA = "Military Forces of Burkina Faso"


def claim(text, low, language="en"):
    out = extracted(text, language)
    found = [(c.of, c.claimant) for e in out.events for c in e.claims if c.low == low]
    assert found, [(c.low, c.of, c.claimant) for e in out.events for c in e.claims]
    return found[0]


@pytest.mark.parametrize("text,language,low,claimant", [
    (M23_EN + "A rebel spokesman said the group lost only two men.", "en", 2, M23),
    (JNIM_EN + "The jihadist group said in a statement that it lost four fighters and killed 30 soldiers.", "en",
     30, JNIM),
    (JNIM_EN + "The militants said they had killed 25 soldiers.", "en", 25, JNIM),
    (M23_FR + "Un porte-parole des rebelles a déclaré que le groupe avait perdu deux hommes.", "fr", 2, M23),
    (JNIM_FR + "Le groupe jihadiste a affirmé dans un communiqué avoir tué 30 soldats.", "fr", 30, JNIM),
])
def test_a_described_group_that_speaks_is_the_group_the_report_names(text, language, low, claimant):
    """An unnamed group issues no statement: 'the jihadist group said' is the armed group the report names."""
    assert claim(text, low, language)[1] == claimant


@pytest.mark.parametrize("text,language,low,claimant", [
    (M23_EN + "The army said 20 rebels were killed in the fighting while a rebel spokesman said the group lost only "
     "two men.", "en", 2, M23),
    (JNIM_EN + "The army said 15 assailants were killed, but the jihadists said they had killed 25 soldiers.", "en",
     25, JNIM),
    (ISWAP_EN + "The army said 30 insurgents were killed, whereas the jihadists said they lost five fighters.", "en",
     5, ISWAP),
    (M23_FR + "L'armée a affirmé que 20 rebelles avaient été tués tandis qu'un porte-parole rebelle a déclaré que "
     "le mouvement avait perdu deux combattants.", "fr", 2, M23),
    (JNIM_FR + "L'armée a annoncé la mort de 15 assaillants, alors que les jihadistes ont affirmé avoir tué 25 "
     "soldats.", "fr", 25, JNIM),
])
def test_the_second_account_of_a_sentence_has_its_own_speaker(text, language, low, claimant):
    """'X said A while Y said B': Y's subject starts after 'while', so X is not B's speaker."""
    assert claim(text, low, language)[1] == claimant


@pytest.mark.parametrize("text,language,low,of", [
    (M23_EN + "The army said 20 rebels were killed in the fighting while a rebel spokesman said the group lost only "
     "two men.", "en", 2, M23),
    (ISWAP_EN + "The army said 30 insurgents were killed, while the jihadists said they lost five fighters.", "en", 5,
     ISWAP),
    (M23_FR + "L'armée a affirmé que 20 rebelles avaient été tués tandis qu'un porte-parole rebelle a déclaré que "
     "le mouvement avait perdu deux combattants.", "fr", 2, M23),
])
def test_own_losses_of_a_second_clause_are_not_the_first_subjects(text, language, low, of):
    """'The army said …, while the group said they lost two': the losses are the group's, not the army's."""
    assert claim(text, low, language)[0] == of


def test_the_first_account_keeps_its_speaker():
    assert claim(M23_EN + "The army said 20 rebels were killed in the fighting while a rebel spokesman said the group "
                 "lost only two men.", 20) == (M23, FARDC)
    assert claim(JNIM_FR + "L'armée a annoncé la mort de 15 assaillants, alors que les jihadistes ont affirmé avoir "
                 "tué 25 soldats.", 15, "fr") == (JNIM, BURKINA)


def vehicles(text, language="en"):
    out = extracted(text, language)
    return [(c.low, c.of) for e in out.events for c in e.claims if c.what == "vehicles destroyed"]


@pytest.mark.parametrize("text,language,low,of", [
    ("Gunmen attacked a market in Zamfara state, Nigeria, killing 15 people and burning 10 cars, police said.", "en",
     10, "Civilians (Nigeria)"),
    ("Bandits raided Kware village in Sokoto state, Nigeria, on Sunday, setting fire to nine motorcycles, police "
     "said.", "en", 9, "Civilians (Nigeria)"),
    ("Gunmen attacked a village in Zamfara state, Nigeria, on Sunday, killing 15 people. They also set fire to five "
     "trucks, police said.", "en", 5, "Civilians (Nigeria)"),
    ("Des hommes armés ont attaqué un marché près de Kouri, au Mali, dimanche, tuant 12 civils et brûlant 8 motos, "
     "d'après des sources locales.", "fr", 8, "Civilians (Mali)"),
    ("Des hommes armés ont attaqué le village de Kouri, au Mali, dimanche. Ils ont mis le feu à sept véhicules, selon "
     "des habitants.", "fr", 7, "Civilians (Mali)"),
])
def test_vehicles_burnt_in_an_attack_on_civilians_are_theirs(text, language, low, of):
    """'set fire to', 'mettant le feu aux' destroy vehicles; in an attack on civilians they are the civilians'
    (not nobody's), and 'selon des habitants' after a comma names the speaker, not the owner."""
    assert (low, of) in vehicles(text, language)


@pytest.mark.parametrize("text,language,low,claimant", [
    ("Gunmen attacked the village of Kware in Sokoto state, Nigeria, on Sunday. A community leader, Musa Ali, said "
     "the gunmen came at night. They \"killed 14 people and burnt the market\" before fleeing.", "en", 14,
     "local sources"),
    ("Suspected jihadists attacked the village of Tera in Niger on Sunday. Residents said the attackers came on "
     "motorbikes. They left \"at least 12 dead\" in the village.", "en", 12, "residents"),
    ("Gunmen attacked a school in Kaduna state, Nigeria, on Thursday. Police spokesman Mohammed Jalige said the "
     "attackers fled into the forest. They had \"abducted 20 students\" from the dormitories.", "en", 20,
     "Police Forces of Nigeria"),
    ("Des hommes armés ont attaqué le village de Kouri, au Mali, dimanche. Un élu local, Moussa Diarra, a déclaré que "
     "les assaillants étaient nombreux. Ils ont « tué 14 civils et incendié le marché » avant de fuir.", "fr", 14,
     "local sources"),
    ("Des hommes armés ont attaqué le village de Kouri, au Mali, dimanche. Des habitants ont raconté une nuit de "
     "terreur. Les assaillants ont laissé « au moins 12 morts » derrière eux.", "fr", 12, "residents"),
])
def test_a_quoted_figure_without_a_speaker_is_the_last_speakers(text, language, low, claimant):
    """Words in quotation marks are someone's: with no speaker in their sentence, the one who spoke last."""
    assert claim(text, low, language)[1] == claimant


@pytest.mark.parametrize("text,low,claimant", [
    ("Gunmen attacked the village of Kware in Sokoto state, Nigeria, on Sunday. A community leader, Musa Ali, said "
     "the gunmen killed 14 people.", 14, "local sources"),
    ("Jihadists attacked the village of Tera in Niger on Sunday. A resident, Issa Moussa, said the jihadists killed 9 "
     "farmers.", 9, "residents"),
    ("Al-Shabaab attacked a base in Lower Shabelle, Somalia, on Monday. The district commissioner, Ahmed Nur, said "
     "the militants killed 7 soldiers.", 7, "local sources"),
    ("Twelve people were killed in Kware, Nigeria, on Sunday, said the police.", 12, "Police Forces of Nigeria"),
])
def test_a_name_in_commas_before_the_verb_is_its_subject(text, low, claimant):
    """'A resident, Issa Moussa, said the jihadists killed …': the subject precedes 'said'; the words after it are
    what was said, not an inverted subject ('…, said the police' still is one)."""
    assert claim(text, low)[1] == claimant


@pytest.mark.parametrize("text,language,low,of", [
    ("Gunmen attacked an army post near Banikoara in Benin on Wednesday, and the opposition party, The Democrats, "
     "condemned the attack. The army said 40 attackers were neutralised.", "en", 40,
     "Unidentified Armed Group (Benin)"),
    ("Gunmen attacked a police post near Banikoara in Benin on Wednesday, the opposition party The Democrats said, "
     "adding that the police neutralised 12 assailants.", "en", 12, "Unidentified Armed Group (Benin)"),
    ("Gunmen attacked an army post near Bunia in Congo's Ituri province on Wednesday. The UN mission MONUSCO said 15 "
     "assailants were neutralised.", "en", 15, "Unidentified Armed Group (Democratic Republic of Congo)"),
    ("Des hommes armés ont attaqué un poste de l'armée près de Banikoara, au Bénin, mercredi, et le parti "
     "d'opposition Les Démocrates a condamné l'attaque. L'armée a annoncé avoir neutralisé 40 assaillants.", "fr", 40,
     "Unidentified Armed Group (Benin)"),
])
def test_a_party_or_the_un_is_nobodys_enemy(text, language, low, of):
    """The enemy an army or a source counts is an armed side: a political party or the UN named in the report
    fights no one."""
    assert claim(text, low, language)[0] == of


@pytest.mark.parametrize("text,low,claimant", [
    ("Des jihadistes ont attaqué un camp de l'armée près de Kidal, au Mali, mardi. Pour l'armée, 20 assaillants ont "
     "été tués.", 20, "Military Forces of Mali (FAMa)"),
    ("Des combattants du JNIM ont attaqué un poste près de Djibo, au Burkina Faso, lundi. Pour le groupe jihadiste, 30 "
     "soldats ont été tués.", 30, JNIM),
    ("Des combattants du JNIM ont attaqué un poste près de Djibo, au Burkina Faso, lundi. Pour ce mouvement "
     "jihadiste, 30 soldats ont été tués.", 30, JNIM),
    ("Des hommes armés ont attaqué le village de Kouri, au Mali, dimanche. Pour la deuxième fois en un mois, 12 civils "
     "ont été tués.", 12, "the outlet"),
])
def test_french_pour_x_opening_a_sentence_names_the_speaker(text, low, claimant):
    """'Pour l'armée, 20 assaillants ont été tués': 'pour X,' opening a sentence says whose account follows (and a
    phrase naming no one, 'Pour la deuxième fois,', names no speaker)."""
    assert claim(text, low, "fr")[1] == claimant


@pytest.mark.parametrize("text,low,claimant", [
    ("The RSF attacked the Abu Shouk camp near El Fasher, Sudan, on Friday, killing at least 40 people, the Sudan "
     "Doctors Network said.", 40, "Sudan Doctors Network"),
    ("Government air strikes killed 12 civilians in Idlib province, Syria, on Monday, according to the Syrian "
     "Observatory for Human Rights.", 12, "Syrian Observatory for Human Rights"),
    ("The Sudan Doctors Network said the RSF killed 15 civilians in El Fasher, Sudan, on Sunday.", 15,
     "Sudan Doctors Network"),
    ("Gunmen killed 9 farmers in Benue state, Nigeria, on Sunday, the Benue Farmers Association said.", 9,
     "Benue Farmers Association"),
])
def test_a_named_body_the_dictionary_does_not_know_speaks_in_its_own_name(text, low, claimant):
    """'the Syrian Observatory for Human Rights': a body with a proper name is its own claimant, not 'local
    sources' (capitalised words with a head noun that names an organisation)."""
    assert claim(text, low)[1] == claimant


@pytest.mark.parametrize("text,low,claimant", [
    ("Gunmen killed eight people in Chilga, Ethiopia, on Monday, the Chilga District Administration Council "
     "said.", 8, "local sources"),
    ("Gunmen killed 11 people in Plateau state, Nigeria, on Sunday, a local official, John Dung, said.", 11,
     "local sources"),
    ("Gunmen killed 11 people in Plateau state, Nigeria, on Sunday, local officials said.", 11, "local sources"),
])
def test_a_local_administration_or_a_person_is_no_named_body(text, low, claimant):
    """A named district council is a local administration (local sources in the guide); a person's name has no
    organisation head noun."""
    assert claim(text, low)[1] == claimant


def of_claim(text, low, language="en"):
    out = extracted(text, language)
    found = [c.of for e in out.events for c in e.claims if c.low == low]
    assert found, [(c.low, c.of) for e in out.events for c in e.claims]
    return found[0]


@pytest.mark.parametrize("text,language,low,of", [
    ("Al-Shabaab fighters attacked soldiers guarding a village in Lower Shabelle, Somalia, on Monday, killing three "
     "soldiers and several civilians. A local elder said 20 people died.", "en", 20, "Civilians (Somalia)"),
    ("Jihadists attacked soldiers and villagers in Djibo, Burkina Faso, on Monday, killing four soldiers and many "
     "civilians. The toll stands at 30 dead, a local official said.", "en", 30, "Civilians (Burkina Faso)"),
    # French 'personnes' name no side in such an event (no_side_nouns): tests/test_claims_people_no_side.py
])
def test_people_of_an_event_with_civilians_among_its_targets_are_those_civilians(text, language, low, of):
    """'20 people died' where civilians are among the targets: those civilians (the guide's annotators code
    such tolls so); the soldiers named as such keep their side."""
    assert of_claim(text, low, language) == of
    assert of_claim(text, 4 if "four" in text or "quatre" in text else 3, language).startswith("Military Forces")


def test_people_of_an_event_without_civilian_targets_stay_unknown():
    assert of_claim("Gunmen ambushed a police patrol near Garissa, Kenya, on Friday, killing nine people, police "
                    "said.", 9) == "unknown"


MOPTI_EN = "Gunmen attacked a village in Mopti region, Mali, on Sunday, killing 14 civilians, "
MOPTI_FR = "Des hommes armés ont attaqué un village de la région de Mopti, au Mali, dimanche, tuant 14 civils, "


@pytest.mark.parametrize("text,language", [
    (MOPTI_EN + "the county commissioner said.", "en"),
    (MOPTI_EN + "a humanitarian worker told AFP.", "en"),
    (MOPTI_EN + "the village head said.", "en"),
    (MOPTI_EN + "an official of the local government said.", "en"),
    (MOPTI_EN + "the regional health director said.", "en"),
    (MOPTI_FR + "a indiqué le chef du village.", "fr"),
    (MOPTI_FR + "a déclaré un travailleur humanitaire.", "fr"),
    (MOPTI_FR + "selon la presse locale.", "fr"),
    (MOPTI_FR + "a indiqué le directeur régional de la santé.", "fr"),
])
def test_local_officials_aid_workers_and_local_media_are_local_sources(text, language):
    """Commissioners, village heads, local governments, aid workers, local media: local sources in the guide
    (not the outlet's own voice, nor the national government)."""
    assert claim(text, 14, language)[1] == "local sources"


@pytest.mark.parametrize("text,language,low", [
    (MOPTI_EN + "an army officer in the region told AFP on condition of anonymity.", "en", 14),
    ("Jihadists killed 12 soldiers near Djibo, Burkina Faso, on Monday, a military officer said, requesting "
     "anonymity.", "en", 12),
    ("Des jihadistes ont tué 12 soldats près de Djibo, au Burkina Faso, lundi, a déclaré un officier de l'armée sous "
     "couvert d'anonymat.", "fr", 12),
    ("Des jihadistes ont tué 12 soldats près de Djibo, au Burkina Faso, lundi, selon un gendarme ayant requis "
     "l'anonymat.", "fr", 12),
])
def test_an_officer_who_asks_not_to_be_named_is_a_security_source(text, language, low):
    assert claim(text, low, language)[1] == "security sources"


def test_the_army_named_as_such_stays_the_army():
    assert claim("Jihadists killed 12 soldiers near Djibo, Burkina Faso, on Monday, the army said in a statement.",
                 12)[1] == "Military Forces of Burkina Faso"


DJIBO_FR = "Des jihadistes ont attaqué un poste de l'armée près de Djibo, au Burkina Faso, lundi. "


@pytest.mark.parametrize("text,low,high", [
    (DJIBO_FR + "L'attaque a coûté la vie à plusieurs soldats, selon des sources sécuritaires.", 3, None),
    (DJIBO_FR + "L'attaque a coûté la vie à sept gendarmes, selon des sources sécuritaires.", 7, 7),
    (DJIBO_FR + "Selon des habitants, l'embuscade aurait coûté la vie à douze civils.", 12, 12),
])
def test_french_coute_la_vie_a_counts_the_dead(text, low, high):
    out = extracted(text, "fr")
    assert ("killed", low, high) in [(c.what, c.low, c.high) for e in out.events for c in e.claims]


@pytest.mark.parametrize("text,language,low,claimant", [
    (JNIM_EN + "The army lost four soldiers in the fighting, according to a statement.", "en", 4, BURKINA),
    ("Al-Shabaab attacked a base in Lower Shabelle, Somalia, on Monday. Al-Shabaab killed 30 soldiers, according to "
     "a statement posted on a militant website.", "en", 30, "Al Shabaab"),
    (JNIM_FR + "L'armée a enregistré quatre morts dans ses rangs, selon un communiqué.", "fr", 4, BURKINA),
    (JNIM_FR + "Le JNIM a tué 30 soldats, d'après un message publié sur ses canaux.", "fr", 30, JNIM),
])
def test_a_statement_with_no_owner_is_the_subjects(text, language, low, claimant):
    """'The army lost four soldiers, according to a statement': the statement is the sentence subject's."""
    assert claim(text, low, language)[1] == claimant


@pytest.mark.parametrize("text,language,low,claimant", [
    ("Jihadists attacked an army post near Djibo, Burkina Faso, on Monday, killing 12 soldiers. The toll was "
     "confirmed by a security official.", "en", 12, "security sources"),
    ("Jihadists attacked an army post near Djibo, Burkina Faso, on Monday. Twelve soldiers were killed and 20 "
     "wounded. A security source confirmed the toll to AFP.", "en", 20, "security sources"),
    ("Gunmen attacked a village in Zamfara state, Nigeria, on Sunday and killed 15 people. The figures were released "
     "by the state police command.", "en", 15, "Police Forces of Nigeria"),
    ("Des jihadistes ont attaqué un poste de l'armée près de Djibo, au Burkina Faso, lundi, tuant 12 soldats. Une "
     "source sécuritaire a confirmé ce bilan à l'AFP.", "fr", 12, "security sources"),
    ("Des jihadistes ont attaqué un poste de l'armée près de Djibo, au Burkina Faso, lundi. Douze soldats ont été "
     "tués. Ce bilan a été confirmé par l'armée.", "fr", 12, "Military Forces of Burkina Faso"),
])
def test_a_toll_confirmed_in_the_next_sentence_is_the_confirmers(text, language, low, claimant):
    """'Twelve soldiers were killed. A security source confirmed the toll.': the figure is that source's, not the
    outlet's own."""
    assert claim(text, low, language)[1] == claimant


SHABAAB_EN = "Al-Shabaab fighters attacked a base in Lower Shabelle, Somalia, on Monday. "


@pytest.mark.parametrize("text,language,low,of", [
    (SHABAAB_EN + "The army said it arrested 12 during the operation.", "en", 12, "Al Shabaab"),
    (SHABAAB_EN + "The army said 14 were taken prisoner.", "en", 14, "Al Shabaab"),
    (JNIM_FR + "Le JNIM affirme avoir fait sept prisonniers.", "fr", 7, BURKINA),
    (JNIM_FR + "L'armée affirme avoir repoussé l'attaque et fait douze prisonniers.", "fr", 12, JNIM),
])
def test_prisoners_a_party_takes_are_its_opponents(text, language, low, of):
    """'avoir fait sept prisonniers', 'arrested 12': with no owner in the words, the side opposed to the party
    that took them."""
    assert of_claim(text, low, language) == of
