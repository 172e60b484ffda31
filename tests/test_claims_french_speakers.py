"""Who gives a figure in French reports (issue 13): a speaker joined to its verb, named again by a pronoun or a
role noun, or standing after the figure. Short reports written for these tests, each rule in several forms."""

import pytest
from conftest import claim_rows

MALI = "Des hommes armés ont attaqué le village de Sona, dans le centre du Mali, lundi soir. "
NIGER = "Des jihadistes ont attaqué une position de l'armée près de Téra, au Niger, mardi. "


def claims(text):
    return claim_rows(text, "fr")


def claimant_of(text, low):
    found = [c for c in claims(text) if c[1] == low]
    assert found, claims(text)
    return found[0][3]


@pytest.mark.parametrize("text,low", [
    (MALI + "Un élu local a confirmé l'attaque à l'AFP. Les militaires ont arrêté une vingtaine d'hommes, "
     "a-t-il précisé.", 20),
    (MALI + "Selon un notable de la commune, le bilan est lourd. Les soldats ont tué quatre bergers, ajoute-t-il.", 4),
    (NIGER + "Une habitante a témoigné auprès de l'AFP. Les assaillants ont enlevé sept femmes, précise-t-elle.", 7),
])
def test_a_pronoun_joined_to_the_verb_is_the_speaker_not_the_clause_subject(text, low):
    """'…, a-t-il précisé': 'il' is the last speaker; the soldiers or the attackers of the clause say nothing."""
    assert claimant_of(text, low) in ("local sources", "residents")


@pytest.mark.parametrize("text,low", [
    (MALI + "« Nous avons perdu quatre hommes », a déclaré à l'AFP un officier malien.", 4),
    (NIGER + "Selon un militaire nigérien joint par téléphone, six soldats ont été tués.", 6),
    (MALI + "Un haut gradé de l'armée a indiqué que neuf assaillants avaient été tués.", 9),
])
def test_an_unnamed_officer_or_soldier_is_a_security_source(text, low):
    """One of the force's men who is not named speaks as an anonymous security source (the guide), not as the
    force's communiqué and not in the outlet's voice."""
    assert claimant_of(text, low) == "security sources"


@pytest.mark.parametrize("text,low,claimant", [
    ("En RDC, le porte-parole de l'armée en Ituri, le lieutenant Jules Kamba, a annoncé la mort de 8 miliciens de la "
     "Codeco lors d'une attaque à Djugu.", 8, "Military Forces of the Democratic Republic of Congo (FARDC)"),
    ("Au Mali, le chef d'état-major de l'armée de terre, le général Modibo Keïta, a annoncé la mort de 12 "
     "jihadistes à Boni.", 12, "Military Forces of Mali (FAMa)"),
    ("Au Niger, le porte-parole du gouvernement, le ministre Amadou Abdou Sani, a annoncé la mort de 15 "
     "assaillants lors d'une attaque près de Tahoua.", 15, "Government of Niger"),
])
def test_a_title_and_name_between_commas_close_the_subject(text, low, claimant):
    """'X, le lieutenant Y, a annoncé la mort de 8 miliciens': the speaker stands before the verb; the words after
    it are what was announced, not an inverted speaker."""
    assert claimant_of(text, low) == claimant


HAITI = "Des gangs armés ont attaqué le quartier de Solino, à Port-au-Prince, en Haïti, lundi. "


@pytest.mark.parametrize("text,low", [
    (HAITI + "Selon le bureau onusien, plus de 2 000 habitants ont fui leurs maisons.", 2000),
    (HAITI + "La mission onusienne fait état de neuf blessés.", 9),
    (HAITI + "Au moins 30 personnes ont été tuées, a indiqué le BINUH.", 30),
])
def test_a_un_body_named_by_its_description_is_the_united_nations(text, low):
    assert claimant_of(text, low) == "United Nations"


@pytest.mark.parametrize("text,low", [
    (MALI + "Sept civils ont été tués, a déclaré le délégué régional de la santé.", 7),
    ("Au Cameroun, des hommes armés ont tué un enseignant et blessé trois élèves à Kumbo, selon la déléguée "
     "départementale de l'Éducation.", 3),
    (NIGER + "Le délégué d'arrondissement a fait état de cinq morts.", 5),
])
def test_a_regional_delegate_is_a_local_source(text, low):
    """Regional and local administrations are local sources (the guide), not the outlet's own voice."""
    assert claimant_of(text, low) == "local sources"


@pytest.mark.parametrize("text,low", [
    ("En Haïti, au moins 12 membres d'un gang ont été tués par la police lors d'une opération à Croix-des-Bouquets.",
     12),
    ("En Haïti, la police affirme avoir abattu cinq membres de gangs à Delmas.", 5),
    ("En Haïti, trois gangsters ont été tués lors d'affrontements avec la police à Carrefour.", 3),
])
def test_gang_members_are_the_armed_side_not_civilians(text, low):
    found = [c for c in claims(text) if c[1] == low]
    assert found and not found[0][2].startswith("Civilians"), claims(text)


AMBUSH = "Onze militaires nigériens ont été tués lundi dans une embuscade près de Téra, a annoncé l'armée. "


@pytest.mark.parametrize("text,other", [
    (AMBUSH + "Cette attaque survient une semaine après la mort de six soldats dans une embuscade à Ayorou.", 6),
    (AMBUSH + "Deux semaines après l'enlèvement de 12 villageois, un nouveau drame frappe la région.", 12),
    (AMBUSH + "L'embuscade intervient trois jours après que des hommes armés ont tué neuf civils près de Dargol.", 9),
])
def test_a_figure_of_the_incident_the_event_comes_after_is_no_claim(text, other):
    """'survient une semaine après la mort de six soldats': the six belong to an earlier incident."""
    lows = [c[1] for c in claims(text)]
    assert 11 in lows and other not in lows, claims(text)


def test_a_toll_given_days_after_the_attack_is_still_its_toll():
    text = AMBUSH + "Deux jours après l'attaque, le bilan s'est alourdi à 14 morts."
    assert 14 in [c[1] for c in claims(text)], claims(text)


KUMBA = "Au Cameroun, des séparatistes armés ont attaqué la ville de Kumba lundi. "


@pytest.mark.parametrize("text,low,claimant", [
    (KUMBA + "À en croire un habitant, sept personnes ont été tuées.", 7, "residents"),
    (KUMBA + "Aux dires des autorités locales, neuf personnes ont été enlevées.", 9, "local sources"),
    (KUMBA + "Quinze personnes ont été blessées, si l'on en croit un commerçant du marché.", 15, "residents"),
    (KUMBA + "De l'avis d'un médecin de l'hôpital, 18 blessés sont dans un état grave.", 18, "local sources"),
])
def test_phrases_that_put_the_speaker_after_them(text, low, claimant):
    """'à en croire X', 'aux dires de X', 'si l'on en croit X', 'de l'avis de X': X gives the figure."""
    assert claimant_of(text, low) == claimant


def test_the_cameroonian_defence_ministry_by_its_acronym():
    text = KUMBA + "Seize assaillants ont été tués, précise le MINDEF dans un communiqué."
    assert claimant_of(text, 16) == "Military Forces of Cameroon"


@pytest.mark.parametrize("text,low,not_of", [
    ("Au Burkina Faso, l'armée a repoussé une attaque contre le détachement de Gorom-Gorom lundi, selon un "
     "communiqué de l'état-major. « 43 terroristes ont été neutralisés », poursuit le communiqué. Le bilan est de "
     "quatre VDP tués, ajoute la même source.", 43, "VDP: Volunteers for the Defense of the Homeland"),
    ("En RDC, l'armée congolaise et les wazalendo ont repoussé une attaque sur Sake lundi. L'armée affirme avoir "
     "neutralisé 30 ennemis.", 30, "Wazalendo"),
    ("Au Mali, l'armée malienne et les chasseurs dozos ont repoussé une attaque près de Djenné mardi. Selon l'armée, "
     "12 terroristes ont été neutralisés.", 12, "Dozo Communal Militia (Mali)"),
])
def test_the_enemy_an_army_counts_is_never_the_militia_beside_it(text, low, not_of):
    """'neutralisés' in the army's voice counts its enemy: not the pro-government militia the report names."""
    found = [c for c in claims(text) if c[1] == low]
    assert found and found[0][2] != not_of, claims(text)


@pytest.mark.parametrize("text,low", [
    (MALI + "Selon un autre élu, 15 femmes ont été enlevées.", 15),
    (MALI + "Une autre source a fait état de 19 morts.", 19),
    (MALI + "Vingt personnes ont été blessées, a déclaré un autre responsable de la commune.", 20),
])
def test_another_official_or_source_is_still_a_local_source(text, low):
    """'un autre élu', 'une autre source': a second local voice, not the outlet's."""
    assert claimant_of(text, low) == "local sources"


CHURCH = "Au Burkina Faso, des terroristes ont tué une quinzaine de fidèles dans une église à Essakane dimanche. "


@pytest.mark.parametrize("text,low,claimant", [
    (CHURCH + "« Ils ont tiré pendant la messe », a expliqué un rescapé. Selon ce dernier, au moins 20 personnes "
     "ont été blessées.", 20, "residents"),
    (CHURCH + "Un élu local a témoigné auprès de l'AFP. D'après ce dernier, six femmes ont été enlevées.", 6,
     "local sources"),
    (CHURCH + "Une source sécuritaire a confirmé l'attaque à l'AFP. Selon cette dernière, 31 personnes ont été "
     "blessées.", 31, "security sources"),
])
def test_ce_dernier_is_the_last_speaker(text, low, claimant):
    assert claimant_of(text, low) == claimant


@pytest.mark.parametrize("text,low,claimant", [
    (CHURCH + "Le JNIM a revendiqué l'attaque. Le mouvement dit aussi avoir perdu trois de ses combattants.", 3,
     "JNIM: Group for Support of Islam and Muslims"),
    ("En RDC, des miliciens ont attaqué un site de déplacés à Djugu, selon la Monusco. La mission onusienne fait "
     "aussi état de 9 blessés.", 9, "United Nations"),
    (CHURCH + "Le préfet a également fait état de 17 blessés.", 17, "local sources"),
])
def test_an_adverb_inside_a_reporting_phrase(text, low, claimant):
    """'dit aussi avoir', 'fait aussi état de', 'a également fait état de': the adverb keeps the verb a verb."""
    assert claimant_of(text, low) == claimant


@pytest.mark.parametrize("text,total", [
    ("Au Niger, l'armée a annoncé avoir tué « 35 terroristes » dans deux opérations distinctes à Tillabéri et "
     "Diffa.", 35),
    ("Au Burkina Faso, l'armée affirme avoir neutralisé 60 jihadistes en trois frappes aériennes dans le Sahel.", 60),
    ("Au Mali, deux soldats ont été tués lundi par une mine près de Douentza, selon l'armée, dont le bulletin fait "
     "état de 17 terroristes neutralisés dans plusieurs opérations.", 17),
])
def test_a_sum_over_several_operations_is_no_claim(text, total):
    """'35 terroristes dans deux opérations distinctes': a sum over separate events, no claim of either."""
    assert total not in [c[1] for c in claims(text)], claims(text)


MOSQUE = ("Au moins 27 personnes ont été tuées dans l'attaque d'une mosquée à Fambita, au Niger, a déclaré vendredi le "
          "ministère nigérien de l'Intérieur. ")


@pytest.mark.parametrize("text,low", [
    (MOSQUE + "Le bilan provisoire fait aussi état de 13 blessés.", 13),
    (MOSQUE + "Ce bilan comprend également 8 blessés graves.", 8),
    (MOSQUE + "Le même bilan fait état de 5 personnes portées disparues.", 5),
])
def test_the_toll_right_after_a_speaker_is_that_speaker_s(text, low):
    """'… a déclaré le ministère. Le bilan fait aussi état de 13 blessés': the speaker's toll, not the outlet's."""
    assert claimant_of(text, low) == "Government of Niger"


def test_a_toll_sentence_after_an_unsourced_one_stays_the_outlet_s():
    text = ("Des hommes armés ont attaqué une mosquée à Fambita, au Niger, vendredi. Des fidèles ont fui. "
            "Le bilan fait état de 13 blessés.")
    assert claimant_of(text, 13) == "the outlet"


@pytest.mark.parametrize("text,low,claimant", [
    (NIGER + "Selon les autorités nigériennes, 17 soldats ont été tués.", 17, "Government of Niger"),
    ("Au Burkina Faso, les autorités burkinabè ont annoncé la mort de 23 civils dans l'attaque de Seytenga.", 23,
     "Government of Burkina Faso"),
    ("Au Cameroun, des séparatistes ont attaqué Kumba lundi. Six personnes ont été tuées, ont indiqué les autorités "
     "camerounaises.", 6, "Government of Cameroon"),
])
def test_the_authorities_with_a_nationality_are_the_government_not_the_army(text, low, claimant):
    """'les autorités nigériennes': the nationality word names the country, the role noun the body."""
    assert claimant_of(text, low) == claimant


@pytest.mark.parametrize("text,low,claimant", [
    (NIGER + "Selon la garde nationale, 12 assaillants ont été tués.", 12, "Military Forces of Niger"),
    (NIGER + "Neuf assaillants ont été tués, a indiqué un responsable de la garde républicaine.", 9,
     "Military Forces of Niger"),
    (NIGER + "Le commandant de la zone a annoncé que 14 terroristes avaient été neutralisés.", 14,
     "Military Forces of Niger"),
    (NIGER + "Selon le commandant du secteur, 8 assaillants ont été abattus.", 8, "Military Forces of Niger"),
    (MALI + "Selon un chef religieux de la localité, 11 fidèles ont été tués.", 11, "local sources"),
    (MALI + "Treize personnes ont été enlevées, a affirmé un leader de la jeunesse.", 13, "local sources"),
    (MALI + "D'après le président des jeunes de la commune, 15 personnes ont été tuées.", 15, "local sources"),
])
def test_more_role_nouns(text, low, claimant):
    assert claimant_of(text, low) == claimant


@pytest.mark.parametrize("text,low,name", [
    (HAITI + "Le Réseau national de défense des droits humains a recensé 115 morts.", 115,
     "Réseau national de défense des droits humains"),
    ("En RDC, des miliciens ont attaqué un village de Djugu. Selon la Fondation pour la paix en Ituri, 12 civils "
     "ont été tués.", 12, "Fondation pour la paix en Ituri"),
    (NIGER + "Le Collectif des associations de Téra a dénombré 23 disparus.", 23, "Collectif des associations de Téra"),
])
def test_a_named_association_or_network_gives_the_figure_in_its_name(text, low, name):
    """'Le Réseau national de …', 'la Fondation pour …', 'le Collectif des …': a named civil body gives the figure,
    in its own name as English bodies do (test_claims_french_structures), not the outlet."""
    assert claimant_of(text, low) == name


@pytest.mark.parametrize("text,what,of", [
    ("Au Cameroun, l'armée affirme avoir tué 12 séparatistes à Bamenda lundi. Les séparatistes assurent n'avoir "
     "perdu aucun combattant.", "killed", "Ambazonian Separatists"),
    (MALI + "Aucun civil n'a été blessé, selon le préfet.", "wounded", "Civilians (Mali)"),
    (NIGER + "Selon l'armée, aucun soldat n'a été tué.", "killed", "Military Forces of Niger"),
])
def test_none_counted_is_a_figure_of_zero(text, what, of):
    """'aucun combattant', 'aucun civil': no casualties is a figure, 0 (the guide)."""
    assert (what, 0, of) in [c[:3] for c in claims(text)], claims(text)


@pytest.mark.parametrize("text", [
    MALI + "Aucun bilan n'a été communiqué.",
    MALI + "Aucun groupe n'a revendiqué l'attaque.",
    MALI + "Aucune source n'a pu confirmer l'attaque.",
])
def test_none_before_a_word_that_counts_no_one_is_no_figure(text):
    assert 0 not in [c[1] for c in claims(text)], claims(text)


@pytest.mark.parametrize("text,lang", [
    (MALI + "L'armée affirme avoir tué plusieurs assaillants. Aucun corps d'assaillant n'a cependant été présenté.",
     "fr"),
    ("Des rebelles ont attaqué Bambari mardi. Les mercenaires affirment avoir tué plusieurs rebelles. Aucun corps "
     "de rebelle n'a été montré aux journalistes.", "fr"),
    (NIGER + "L'armée dit avoir tué dix assaillants, mais aucun cadavre n'a été exposé.", "fr"),
    ("Rebels attacked Bambari on Tuesday. The mercenaries said they killed several rebels. No rebel bodies were "
     "shown to reporters.", "en"),
    ("Gunmen attacked the army base in Gao on Friday. The army said it killed several attackers. No bodies of "
     "attackers were shown, and the toll could not be verified.", "en"),
    ("Al-Shabaab fighters raided a base near Kismayo on Monday. The army said it killed 30 militants, but no "
     "corpses were displayed.", "en"),
])
def test_no_body_seen_is_no_toll_of_zero(text, lang):
    """'aucun corps n'a été présenté', 'no bodies were shown': that no body was seen says nothing of the toll
    (remains_nouns), unlike 'aucun soldat n'a été tué' above."""
    assert 0 not in [c[1] for c in claim_rows(text, lang)], claim_rows(text, lang)


BENI = "En RDC, des combattants ADF ont attaqué la localité de Mayikengo, au Nord-Kivu, dimanche. "


@pytest.mark.parametrize("text,low,claimant", [
    (BENI + "L'armée congolaise a confirmé l'attaque et parlé de 18 morts.", 18,
     "Military Forces of the Democratic Republic of Congo (FARDC)"),
    (BENI + "Le gouverneur a parlé de 20 morts.", 20, "local sources"),
    (BENI + "Des habitants ont parlé d'au moins 25 morts.", 25, "residents"),
])
def test_parle_de_reports_a_figure(text, low, claimant):
    """'a parlé de 18 morts': the past participle reports as the present 'parle de' does."""
    assert claimant_of(text, low) == claimant


@pytest.mark.parametrize("text,low,claimant", [
    (NIGER + "Un élu local a donné un bilan provisoire d'au moins 14 morts.", 14, "local sources"),
    (NIGER + "Le gouverneur a publié un communiqué faisant état d'au moins 12 morts.", 12, "local sources"),
    (NIGER + "Un habitant a fait état d'une vingtaine de blessés.", 20, "residents"),
])
def test_a_reporting_phrase_before_an_elided_de(text, low, claimant):
    """'faisant état d'au moins 12 morts': the phrase reports whatever letter follows the apostrophe."""
    assert claimant_of(text, low) == claimant


MOZOGO = ("Au Cameroun, des jihadistes de Boko Haram ont attaqué le village de Mozogo, dans l'Extrême-Nord, lundi. "
          "Le comité de vigilance a repoussé les assaillants. ")


@pytest.mark.parametrize("text,low", [
    (MOZOGO + "Un chef de village a de son côté évoqué 13 morts.", 13),
    (MOZOGO + "Un chef traditionnel, pour sa part, a parlé de 14 morts.", 14),
    (MOZOGO + "Les responsables locaux ont de leur côté fait état de 15 morts.", 15),
])
def test_de_son_cote_is_a_discourse_marker_not_a_group_s_spokesman(text, low):
    """'un chef de village a de son côté évoqué 13 morts': 'son' is no possessive naming the armed group."""
    assert claimant_of(text, low) == "local sources"


@pytest.mark.parametrize("text,low", [
    (MOZOGO + "Le comité de vigilance a de son côté évoqué 11 morts.", 11),
    (MOZOGO + "L'armée, de son côté, a fait état de 12 morts.", 12),
    (MOZOGO + "Les habitants ont de leur côté parlé de 16 morts.", 16),
])
def test_de_son_cote_before_the_verb_says_nothing_of_whose_dead(text, low):
    """'a de son côté évoqué 11 morts': for its part, not its own losses ('neuf hommes de leur côté' are)."""
    found = [c for c in claims(text) if c[1] == low]
    assert found and found[0][2] != found[0][3], claims(text)


def test_de_leur_cote_after_the_figure_is_still_their_own_loss():
    text = ("Au Mali, le FLA a attaqué un camp de l'armée près de Léré lundi. Les rebelles affirment avoir perdu "
            "neuf hommes de leur côté.")
    found = [c for c in claims(text) if c[1] == 9]
    assert found and found[0][2] == found[0][3], claims(text)


GOROM = "Au Burkina Faso, l'armée a repoussé une attaque contre le détachement de Gorom-Gorom lundi. "


@pytest.mark.parametrize("text,low", [
    (GOROM + "« Nous déplorons la perte de sept soldats », lit-on dans le texte.", 7),
    (GOROM + "Douze motos des assaillants ont été détruites, lit-on sur la page Facebook de l'armée.", 12),
    (GOROM + "Au total, 43 terroristes ont été neutralisés, lit-on dans le communiqué de l'état-major.", 43),
])
def test_lit_on_names_the_written_source_after_it(text, low):
    """'…, lit-on dans le communiqué de l'état-major': the text after 'lit-on' is the source, not the outlet."""
    assert claimant_of(text, low) == "Military Forces of Burkina Faso"


@pytest.mark.parametrize("text,low,claimant", [
    ("Au Cameroun, des jihadistes ont attaqué lundi une position de l'armée à Kolofata. Les assaillants ont emporté "
     "des armes, selon une source militaire. Quatre soldats sont portés disparus, a précisé cette source.", 4,
     "security sources"),
    ("Au Mali, des hommes armés ont attaqué mardi le village de Sona. Les assaillants sont venus à moto, selon des "
     "habitants. Sept civils ont été tués, ont ajouté ces sources.", 7, "residents"),
    ("Au Niger, une embuscade a visé jeudi une patrouille près de Téra. L'attaque a été confirmée par un élu local. "
     "Neuf soldats ont été tués, a indiqué ladite source.", 9, "local sources"),
])
def test_a_demonstrative_source_after_the_verb_is_the_last_speaker(text, low, claimant):
    """'…, a précisé cette source', 'ont ajouté ces sources', 'ladite source': a stand-in for the speaker named
    before, not a new anonymous source label (nor the clause's subject)."""
    assert claimant_of(text, low) == claimant


@pytest.mark.parametrize("text,low,claimant", [
    ("Dans l'est de la RDC, des rebelles ADF ont attaqué jeudi le village de Kisiki. Selon l'officier, les FARDC ont "
     "rattrapé les assaillants dans la forêt. Trois rebelles ont été tués, a-t-il affirmé.", 3,
     "Military Forces of the Democratic Republic of Congo (FARDC)"),
    ("Au Mali, des jihadistes ont attaqué samedi un poste près de Boni. Selon le commandant de la zone, les "
     "combattants du JNIM ont fui vers la frontière. Sept d'entre eux ont été tués, a-t-il ajouté.", 7,
     "Military Forces of Mali (FAMa)"),
    ("Au Niger, des hommes armés ont attaqué lundi le village de Tillia. Selon le colonel Abdou Sani, les "
     "combattants de l'État islamique au Sahel venaient du Mali. Onze civils ont été tués, a-t-il précisé.", 11,
     "Military Forces of Niger"),
])
def test_a_role_opening_a_sentence_without_figures_speaks_on(text, low, claimant):
    """'Selon l'officier, les FARDC ont rattrapé …' has no figure, yet names who speaks: 'a-t-il affirmé' in the
    next sentence is that officer's force, not the last party named."""
    assert claimant_of(text, low) == claimant


@pytest.mark.parametrize("text,low", [
    ("Au Mali, au moins 30 soldats ont été tués lundi dans l'attaque du camp de Boulkessi, d'après des témoignages "
     "recueillis par l'AFP.", 30),
    ("Au Burkina Faso, selon les témoignages recueillis par RFI, une vingtaine de civils ont été tués mardi à Gorom.",
     20),
    ("Au Niger, d'après plusieurs témoignages, douze villageois ont été enlevés lundi près de Téra.", 12),
])
def test_accounts_gathered_by_the_outlet_are_local_sources(text, low):
    """'d'après des témoignages recueillis par l'AFP': the people who gave the accounts speak, not the agency that
    gathered them."""
    assert claimant_of(text, low) == "local sources"


@pytest.mark.parametrize("text,low", [
    ("Au Mali, des jihadistes ont attaqué lundi le camp de Boni. L'attaque, qui a fait 12 morts parmi les "
     "militaires, a été revendiquée par le JNIM.", 12),
    ("Au Burkina Faso, l'attaque de Djibo, revendiquée par le JNIM, a fait lundi au moins 40 morts parmi les "
     "soldats.", 40),
    ("Au Niger, une embuscade qui a coûté la vie à neuf soldats lundi près de Téra a été revendiquée par l'État "
     "islamique au Sahel.", 9),
])
def test_the_group_that_claimed_the_act_gives_no_figure(text, low):
    """'L'attaque, qui a fait 12 morts, a été revendiquée par le JNIM': the group claims the attack, not the toll;
    with no other source the report gives the figure in its own voice."""
    assert claimant_of(text, low) == "the outlet"
