"""Whose losses a figure counts when the words name no owner, and who gives it when two phrases could
(issue 13, session 9): short reports written for these tests, each rule in several forms."""

import pytest
from conftest import claim_rows


def first_row(text, what, language="en", published="2025-06-09"):
    """The first (what, low, of, claimant) row of ``text`` counting ``what``."""
    rows = [r for r in claim_rows(text, language, published) if r[0] == what]
    assert rows, claim_rows(text, language, published)
    return rows[0]


def of_for(rows, what, low):
    found = [r for r in rows if r[0] == what and r[1] == low]
    assert found, rows
    return found[0]


@pytest.mark.parametrize("text,language,what,low,of", [
    # two states at war: the drones a state says it downed are the other state's
    ("A Russian drone attack on Kyiv overnight killed two people, officials said. The Ukrainian air force said "
     "that 268 drones were shot down.", "en", "aircraft lost", 268, "Military Forces of Russia"),
    ("Russian forces shelled Kharkiv on Monday, wounding nine people, officials said. Ukraine's army said it "
     "had destroyed four tanks near the city.", "en", "vehicles destroyed", 4, "Military Forces of Russia"),
    ("Une attaque de drones russes a frappé Odessa dans la nuit, faisant trois blessés. L'armée de l'air "
     "ukrainienne a affirmé avoir abattu 41 drones.", "fr", "aircraft lost", 41, "Military Forces of Russia"),
    # a state's foe the event names by no name: the unidentified group, not nobody
    ("Les FAMa ont mené des frappes aériennes près de Léré, dans la région de Tombouctou. Selon l'état-major, "
     "« plusieurs terroristes ont été neutralisés et cinq motos détruites ».", "fr", "vehicles destroyed", 5,
     "Unidentified Armed Group (Mali)"),
    ("Nigeria's army said on Monday its jets had struck a hideout in the Sambisa forest, Borno State, and "
     "destroyed 14 motorcycles.", "en", "vehicles destroyed", 14, "Unidentified Armed Group (Nigeria)"),
    ("Burkina Faso's army said its drones struck a gathering near Djibo on Sunday, destroying seven pick-up "
     "trucks.", "en", "vehicles destroyed", 7, "Unidentified Armed Group (Burkina Faso)"),
])
def test_vehicles_a_party_destroys_are_its_opponents(text, language, what, low, of):
    """'shot down 268 drones', 'cinq motos détruites' said by a party: its opponent's, also when the opponent
    is another state or an armed group the report does not name."""
    assert of_for(claim_rows(text, language), what, low)[2] == of


@pytest.mark.parametrize("text,low,of", [
    ("Russian forces attacked Ukrainian positions near Pokrovsk, in the Donetsk region, on Monday. The "
     "Ukrainian army said it had killed 60 enemy soldiers.", 60, "Military Forces of Russia"),
    ("Russian troops assaulted Ukrainian lines near Kupiansk, in the Kharkiv region, on Tuesday. Ukraine's "
     "military said its units had killed 45 enemy soldiers.", 45, "Military Forces of Russia"),
    ("Ukrainian drones attacked Russian positions in the Kursk region of Russia on Friday. Russia's defence "
     "ministry said its forces had killed 70 enemy soldiers.", 70, "Military Forces of Ukraine"),
])
def test_enemy_soldiers_are_the_speakers_enemy(text, low, of):
    """'60 enemy soldiers' counts the speaker's enemy's soldiers, not the report's own army."""
    assert of_for(claim_rows(text), "killed", low)[2] == of


@pytest.mark.parametrize("text,low,claimant", [
    ("L'attaque contre le camp de Diapaga, au Burkina Faso, revendiquée par le JNIM, a fait au moins 50 morts "
     "parmi les soldats, selon une source sécuritaire.", 50, "security sources"),
    ("L'embuscade près de Gao, au Mali, revendiquée par l'EI au Sahel, a coûté la vie à 17 soldats, "
     "d'après des sources locales.", 17, "local sources"),
    ("Au Niger, l'attaque de Banibangou, revendiquée par le JNIM, a fait 12 morts parmi les militaires, "
     "a indiqué le ministère de la Défense.", 12, "Military Forces of Niger"),
])
def test_who_claimed_the_act_is_not_who_gives_the_toll(text, low, claimant):
    """'L'attaque, revendiquée par X, a fait 50 morts, selon Y': Y gives the figure."""
    assert of_for(claim_rows(text, "fr"), "killed", low)[3] == claimant


@pytest.mark.parametrize("text,language,low", [
    ("L'attaque contre Djibo, au Burkina Faso, revendiquée par le JNIM, a fait au moins 50 morts parmi les "
     "soldats et les Volontaires pour la défense de la patrie (VDP), selon une source sécuritaire. Le groupe "
     "jihadiste a affirmé avoir tué 60 militaires.", "fr", 60),
    ("JNIM fighters attacked an army post near Djibo in Burkina Faso on Sunday, killing soldiers and "
     "members of the Volunteers for the Defence of the Homeland (VDP), security sources said. The group "
     "said it had killed 45 soldiers.", "en", 45),
    ("Des jihadistes du JNIM ont attaqué Arbinda, au Burkina Faso, dimanche. Les combats ont opposé les "
     "assaillants aux soldats et aux VDP. Le groupe a revendiqué la mort de 30 militaires.", "fr", 30),
])
def test_the_group_is_never_a_militia_beside_the_state(text, language, low):
    """'the jihadist group said' after the VDP were named: the armed group, not the state's auxiliaries."""
    assert of_for(claim_rows(text, language), "killed", low)[3] == "JNIM: Group for Support of Islam and Muslims"


@pytest.mark.parametrize("text,low", [
    ("Ukraine's emergency service said four people were killed and 15 injured in a Russian strike on "
     "Zaporizhzhia on Monday.", 15),
    ("The mayor said five people were killed and 31 hurt in a Russian missile strike on Sumy.", 31),
    ("Two civilians were killed and 9 injured by Russian shelling of Kherson, the regional administration "
     "said.", 9),
])
def test_the_attack_after_a_toll_word_is_not_whose_toll(text, low):
    """'15 injured in a Russian strike': the phrase a toll word counts ends at the preposition; the attacker
    named after it is not whose wounded they are."""
    assert of_for(claim_rows(text, published="2025-07-14"), "wounded", low)[2] != "Military Forces of Russia"


@pytest.mark.parametrize("text,low,of", [
    ("Cameroon's army said troops killed eight separatist fighters in Bui division, Northwest region, on Sunday.",
     8, "Ambazonian Separatists"),
    ("The army said it had killed 11 separatist rebels near Mamfe, in Cameroon's Southwest region.", 11,
     "Ambazonian Separatists"),
    ("Mozambique's defence ministry said soldiers killed 14 jihadist insurgents in Macomia, Cabo Delgado "
     "province.", 14, "Islamic State Mozambique Province"),
])
def test_a_descriptors_default_reads_the_whole_noun(text, low, of):
    """'eight separatist fighters': the curated default for 'separatist fighters' in the country, not an
    unidentified group because the counted word alone ('separatist') names none."""
    assert of_for(claim_rows(text, published="2025-02-10"), "killed", low)[2] == of


@pytest.mark.parametrize("text,low,claimant", [
    ("Au Burkina Faso, l'attaque contre Diapaga a fait une cinquantaine de morts parmi les soldats, ont indiqué "
     "mercredi à l'AFP des sources sécuritaires.", 50, "security sources"),
    ("Au Mali, l'embuscade de Boni a fait 14 morts parmi les militaires, a rapporté un élu local.", 14,
     "local sources"),
    ("Dans le Nord-Kivu, les combats ont fait 19 morts parmi les soldats congolais, a affirmé un responsable de "
     "la société civile.", 19, "local sources"),
])
def test_a_fronted_place_is_not_a_subject_before_an_apposition(text, low, claimant):
    """'Au Burkina Faso, l'attaque … soldats, ont indiqué des sources': the speaker follows the verb; 'Au Burkina
    Faso' is no name that 'l'attaque …' stands beside as its apposition."""
    assert of_for(claim_rows(text, "fr", "2025-05-13"), "killed", low)[3] == claimant


@pytest.mark.parametrize("text,low", [
    ("Le JNIM a affirmé dans une vidéo avoir tué 25 soldats lors de l'attaque de Léré, au Mali.", 25),
    ("L'EI au Sahel affirme dans une vidéo avoir abattu 9 soldats nigériens près de Tillia, au Niger.", 9),
    ("Le JNIM a déclaré dans une vidéo avoir exécuté 7 miliciens VDP capturés lors de l'attaque de Djibo, au "
     "Burkina Faso.", 7),
])
def test_a_claim_made_in_a_video_is_no_count_of_what_a_video_shows(text, low):
    """'affirme dans une vidéo avoir tué 25 soldats': the video is where the claim is made; only 'une vidéo
    montrant 12 corps' counts what the pictures show."""
    assert of_for(claim_rows(text, "fr", "2025-05-13"), "killed", low)


@pytest.mark.parametrize("text,low,of", [
    ("Au Niger, l'armée a annoncé avoir tué 55 « terroristes » et perdu quatre de ses hommes lors de combats près "
     "de Tahoua.", 4, "Military Forces of Niger"),
    ("Au Mali, l'armée a affirmé avoir neutralisé 20 « terroristes » et perdu deux de ses soldats lors d'une "
     "embuscade près de Ségou.", 2, "Military Forces of Mali (FAMa)"),
    ("Au Burkina Faso, l'armée a dit avoir tué 30 « jihadistes » et perdu cinq de ses hommes lors de l'attaque de "
     "Djibo.", 5, "Military Forces of Burkina Faso"),
])
def test_a_word_in_scare_quotes_is_no_clause_subject(text, low, of):
    """'avoir tué 55 « terroristes » et perdu quatre de ses hommes': the quoted word opens no clause, so 'ses
    hommes' are the army's own."""
    assert of_for(claim_rows(text, "fr", "2025-05-13"), "killed", low)[2] == of


@pytest.mark.parametrize("text,what,low", [
    ("Security forces sent 11 khawarij to hell in an intelligence-based operation in Bannu district, Pakistan, "
     "the military said.", "killed", 11),
    ("Troops sent nine terrorists to hell during a raid in North Waziristan, Pakistan, on Monday, the ISPR said.",
     "killed", 9),
    ("Fourteen militants were sent to hell when soldiers stormed a hideout in Zhob, Balochistan, Pakistan, the "
     "army said.", "killed", 14),
    ("The RSF attack on the Zamzam camp, Sudan, forced more than 400,000 people to flee, the United Nations said.",
     "displaced", 400000),
    ("Gang attacks on Mirebalais, Haiti, have forced 6,000 residents to flee, the IOM said.", "displaced", 6000),
    ("Insurgent raids in Ancuabe district, Mozambique, forced some 12,000 villagers to flee their homes, the UN "
     "said.", "displaced", 12000),
    ("A Russian drone attack on Kyiv wounded five people, officials said. Air defences intercepted 40 drones, the "
     "air force said.", "aircraft lost", 40),
    ("Russian drones struck Odesa overnight, killing two people. Ukraine's air force said it had neutralised 31 "
     "drones.", "aircraft lost", 31),
    ("Russia launched a drone attack on Lviv overnight, wounding four people. The air force said it intercepted "
     "18 Shahed drones.", "aircraft lost", 18),
])
def test_killed_displaced_and_downed_in_other_words(text, what, low):
    """'sent 11 khawarij to hell' (killed), 'forced 400,000 people to flee' (displaced), 'intercepted 40 drones'
    (aircraft lost): what happened, said in the words of the press that reports these wars."""
    assert of_for(claim_rows(text, published="2025-05-13"), what, low)


@pytest.mark.parametrize("text,language,low,claimant", [
    ("Des rebelles ADF ont tué neuf civils à Oicha, au Nord-Kivu, selon la société civile. L'armée congolaise a "
     "confirmé l'attaque. Son porte-parole dans la région a indiqué que les militaires avaient tué quatre "
     "assaillants.", "fr", 4, "Military Forces of the Democratic Republic of Congo (FARDC)"),
    ("ADF rebels killed nine civilians in Oicha, North Kivu, Congo, on Sunday, residents said. The Congolese army "
     "confirmed the attack. Its spokesman said troops had killed three of the attackers.", "en", 3,
     "Military Forces of the Democratic Republic of Congo (FARDC)"),
    ("Des jihadistes ont attaqué un poste à Tera, au Niger, lundi. L'armée nigérienne a confirmé l'attaque. Selon "
     "son porte-parole, 11 assaillants ont été tués.", "fr", 11, "Military Forces of Niger"),
])
def test_its_spokesman_speaks_for_the_party_that_spoke_last(text, language, low, claimant):
    """'The army confirmed the attack. Its spokesman said …': a bare possessive is the party that spoke last, not
    the armed group named last ('the group's spokesman' still is the group's)."""
    assert of_for(claim_rows(text, language, "2025-05-13"), "killed", low)[3] == claimant


@pytest.mark.parametrize("text,language,claimant", [
    ("Au moins 54 militaires béninois ont été tués jeudi dans le nord du Bénin, a annoncé samedi le gouvernement, "
     "dans le bilan le plus lourd jamais enregistré par l'armée.", "fr", "Government of Benin"),
    ("At least 54 Beninese soldiers were killed on Thursday in northern Benin, said the government, in the heaviest "
     "toll ever recorded by the army.", "en", "Government of Benin"),
    ("Douze soldats nigériens ont été tués près de Tera, au Niger, a indiqué le ministère de l'Intérieur, dans un "
     "communiqué lu à la télévision par un porte-parole de l'armée.", "fr", "Government of Niger"),
])
def test_a_speaker_after_its_verb_ends_at_a_comma_that_opens_no_apposition(text, language, claimant):
    """'…, a annoncé le gouvernement, dans le bilan … enregistré par l'armée': the words after the comma are no
    part of the speaker ('said Ramadan, a spokesman for …' still is)."""
    assert first_row(text, "killed", language, "2025-04-19")[3] == claimant


@pytest.mark.parametrize("text,language", [
    ("Gunmen on about 50 motorbikes raided Tungan Dawa in Niger State, Nigeria, on Sunday, looting shops and "
     "setting houses on fire, police said.", "en"),
    ("Riding about 30 pick-up trucks, the fighters overran Dargo, Burkina Faso, on Sunday, and set shops ablaze, "
     "residents said.", "en"),
    ("Les assaillants, arrivés à bord d'une quarantaine de motos, ont attaqué le village de Kouri, au Mali, et "
     "incendié des maisons, selon des habitants.", "fr"),
])
def test_the_attackers_vehicles_are_not_the_houses_they_burn(text, language):
    """'riding 30 pick-up trucks, … set shops ablaze': the burning verb, past a comma, counts the houses or shops
    next to it, not the vehicles the attackers came on."""
    assert not [r for r in claim_rows(text, language, "2025-06-09") if r[0] == "vehicles destroyed"]


@pytest.mark.parametrize("text,what,low,claimant", [
    ("Gunmen raided Kairu, Zamfara State, Nigeria, on Saturday. \"I counted 37 corpses,\" said Aminu Bello, a "
     "farmer who fled. \"They also took away about 20 girls.\" Police spokesman Yazid Abubakar confirmed the "
     "attack.", "abducted", 20, "residents"),
    ("Jihadists attacked Dargo, Burkina Faso, on Sunday. \"We buried 14 people,\" a resident told AFP. \"Another 9 "
     "were wounded.\" The army said it had repelled the assault.", "wounded", 9, "residents"),
    ("ADF rebels attacked Ntoyo, North Kivu, Congo, overnight. \"I saw 40 bodies,\" a witness told Reuters. \"At "
     "least 12 others were wounded.\" Army spokesman Marc Elongo said troops had been deployed.", "wounded", 12,
     "residents"),
])
def test_a_whole_quote_after_a_named_quote_goes_on_with_its_speaker(text, what, low, claimant):
    """'“…,” said a farmer. “They also took 20 girls.” Police … confirmed': the second quote is the farmer's, not
    the next sentence's speaker's."""
    assert of_for(claim_rows(text, published="2025-06-09"), what, low)[3] == claimant


@pytest.mark.parametrize("text,language,of", [
    ("Gunmen killed 21 people in Kairu, Zamfara State, Nigeria, police said. Police spokesman Yazid Abubakar said "
     "two suspects had been arrested.", "en", "Unidentified Armed Group (Nigeria)"),
    ("Bandits abducted 15 farmers near Tsafe, Zamfara State, Nigeria, on Sunday. Police said they had arrested four "
     "suspects.", "en", "Unidentified Armed Group (Nigeria)"),
    ("Des hommes armés ont enlevé 15 passagers près de Kouri, au Mali, dimanche. La gendarmerie a annoncé "
     "l'arrestation de trois suspects.", "fr", "Unidentified Armed Group (Mali)"),
])
def test_suspects_arrested_are_the_attackers(text, language, of):
    """'two suspects had been arrested': the suspects are the attackers' side, not the victims'."""
    assert first_row(text, "captured", language)[2] == of


@pytest.mark.parametrize("text,language,of", [
    ("Islamic State said its fighters had killed 11 Christians in Meluco, Cabo Delgado, Mozambique.", "en",
     "Civilians (Mozambique)"),
    ("Insurgents stormed Ntapuala village, Cabo Delgado, Mozambique, on Saturday. Islamic State claimed the attack "
     "through Amaq, saying its fighters had killed 7 Christians.", "en", "Civilians (Mozambique)"),
    ("Soldiers clashed with ISWAP fighters near Gwoza, Borno State, Nigeria. The group said it had also executed 5 "
     "Christians.", "en", "Civilians (Nigeria)"),
])
def test_believers_killed_are_civilians(text, language, of):
    """'killed 11 Christians' (a group's own words for its victims): civilians, not nobody."""
    assert first_row(text, "killed", language)[2] == of


@pytest.mark.parametrize("text,language,low,of", [
    ("Militants attacked a base in Nasir, South Sudan, on Tuesday. \"The army lost 27 men, and the attackers lost "
     "40 fighters,\" the information minister said.", "en", 40, "Unidentified Armed Group (South Sudan)"),
    ("Al-Shabaab fighters attacked a base near Afgoye, Somalia. \"We lost four soldiers, and the militants lost at "
     "least 30 of their men,\" an army officer told Reuters.", "en", 30, "Al Shabaab"),
    ("Des jihadistes ont attaqué le poste de Tera, au Niger. « L'armée a perdu six hommes, et les assaillants ont "
     "perdu 20 combattants », a déclaré le gouverneur.", "fr", 20, "Unidentified Armed Group (Niger)"),
])
def test_a_clause_joined_after_a_comma_has_its_own_subject(text, language, low, of):
    """'The army lost 27 men, and the attackers lost 40 fighters': the 40 are the attackers', the subject of
    their own clause, not the army's named first."""
    assert of_for(claim_rows(text, language, "2025-06-09"), "killed", low)[2] == of


@pytest.mark.parametrize("text,low,claimant", [
    ("Des miliciens de la Codeco ont attaqué un site de déplacés à Djugu, en Ituri, en RDC, tuant une trentaine de "
     "personnes, selon des sources locales. L'armée congolaise a confirmé l'attaque mais donné un bilan de 18 "
     "morts.", 18, "Military Forces of the Democratic Republic of Congo (FARDC)"),
    ("Des jihadistes ont attaqué Djibo, au Burkina Faso. Le gouvernement a donné un bilan provisoire de 15 morts "
     "parmi les soldats.", 15, "Government of Burkina Faso"),
    ("Des jihadistes ont attaqué le poste de Tera, au Niger, lundi. Le ministère de la Défense a livré un bilan de "
     "12 morts parmi les assaillants.", 12, "Military Forces of Niger"),
])
def test_who_gives_a_toll_in_french(text, low, claimant):
    """'a donné un bilan de 18 morts', 'a livré un bilan de': giving a toll is saying it (like 'gave a toll of')."""
    assert of_for(claim_rows(text, "fr", "2025-06-09"), "killed", low)[3] == claimant


@pytest.mark.parametrize("text,claimant", [
    ("The Emergency Lawyers, a rights group tracking violence in Sudan, said the RSF killed 30 people in Al-Hamadi, "
     "West Kordofan.", "Emergency Lawyers"),
    ("Karari Resistance Committees, a volunteer group that documents abuses, said shelling killed 14 people in "
     "Omdurman, Sudan.", "Karari Resistance Committees"),
    ("Haiti Justice Watchers, a rights group, said gangs killed 26 people in Kenscoff, Haiti, on Monday.",
     "Haiti Justice Watchers"),
])
def test_a_name_that_its_apposition_calls_a_group_speaks_by_its_name(text, claimant):
    """'The Emergency Lawyers, a rights group …, said': the body by its name, not 'local sources' for the words
    'a rights group' ('Musa Ali, a member of the group' stays a person)."""
    assert first_row(text, "killed")[3] == claimant


@pytest.mark.parametrize("text,low,claimant", [
    ("Police said gunmen raided Kairu village in Zamfara State, Nigeria, on Sunday.\n\nTwelve people were killed and "
     "five others abducted.", 12, "Police Forces of Nigeria"),
    ("The army said it had repelled an attack on its base in Marte, Borno State, Nigeria, on Monday.\n\nSeven soldiers "
     "died in the fighting.", 7, "Military Forces of Nigeria"),
    ("Residents said ADF rebels attacked Oicha, North Kivu, Congo, overnight.\n\nAt least nine civilians were "
     "killed.", 9, "residents"),
])
def test_english_copy_goes_on_with_the_source_of_the_sentence_before(text, low, claimant):
    """'Police said gunmen raided the village. / Twelve people were killed': English wire copy names its source
    once; the next sentence's figure in the outlet's voice is that source's account (speaker_goes_on)."""
    assert of_for(claim_rows(text, published="2025-06-09"), "killed", low)[3] == claimant


def test_french_copy_keeps_the_outlets_voice_after_a_sourced_sentence():
    """French copy says 'de même source' when it goes on; without it the figure is the outlet's own."""
    text = ("Selon la police, des hommes armés ont attaqué le village de Kouri, au Mali, dimanche.\n\nDouze personnes "
            "ont été tuées.")
    assert of_for(claim_rows(text, "fr", "2025-06-09"), "killed", 12)[3] == "the outlet"


@pytest.mark.parametrize("text,what,low,claimant", [
    ("Dans l'Extrême-Nord du Cameroun, des combattants de Boko Haram ont tué quatre civils à Mozogo, a rapporté un "
     "élu local. D'après lui, trois femmes ont été enlevées.", "abducted", 3, "local sources"),
    ("Au Mali, des jihadistes ont attaqué Boni dimanche, selon des habitants. Selon eux, 11 civils ont été tués.",
     "killed", 11, "residents"),
    ("Des rebelles ADF ont attaqué Oicha, au Nord-Kivu, en RDC, a indiqué un responsable de la société civile. "
     "D'après lui, 14 civils ont été tués.", "killed", 14, "local sources"),
])
def test_selon_lui_is_the_last_speaker(text, what, low, claimant):
    """'D'après lui', 'Selon eux': the stressed pronoun after a preposition points back to the last speaker."""
    assert of_for(claim_rows(text, "fr", "2025-06-09"), what, low)[3] == claimant


@pytest.mark.parametrize("text,low", [
    ("Au Niger, des bandits armés ont enlevé 40 personnes dans un village de la région de Maradi, ont rapporté des "
     "médias locaux.", 40),
    ("Au Nigeria, des bandits ont attaqué un village de l'Etat de Zamfara. Selon des médias locaux, 25 personnes "
     "ont été enlevées.", 25),
    ("Des hommes armés ont enlevé 17 passagers près de Kaya, au Burkina Faso, a rapporté une radio locale.", 17),
])
def test_local_media_are_local_sources(text, low):
    """'ont rapporté des médias locaux', 'une radio locale': local sources (as 'local media' in English)."""
    assert of_for(claim_rows(text, "fr", "2025-06-09"), "abducted", low)[3] == "local sources"


@pytest.mark.parametrize("text,of", [
    ("The RSF said it had taken the Zamzam camp near El Fasher, Sudan, after clashes with the army. In a statement, "
     "the RSF said it had killed more than 300 \"mercenaries\".", "Military Forces of Sudan (SAF)"),
    ("FLA fighters ambushed a convoy of Malian soldiers and Russian fighters near Anefis, Mali. The FLA said it had "
     "killed 15 mercenaries.", "Africa Corps (Russia)"),
    ("The RSF stormed army positions near Bara, North Kordofan, Sudan, on Monday. The RSF said it had killed 120 "
     "mercenaries fighting for the army.", "Military Forces of Sudan (SAF)"),
])
def test_mercenaries_a_party_kills_are_its_enemys(text, of):
    """'killed 300 “mercenaries”': a party's word for its enemy's fighters (the foreign force the report names,
    else its opponent), not the victims of the event."""
    assert first_row(text, "killed")[2] == of


@pytest.mark.parametrize("text,low,claimant", [
    ("The Rapid Support Forces attacked army positions near Bara, North Kordofan, Sudan, on Monday, and said they had "
     "killed 120 soldiers.", 120, "Rapid Support Forces (RSF)"),
    ("JNIM fighters overran a military post in Diapaga, in eastern Burkina Faso, on Sunday, and claimed they had "
     "killed 40 soldiers.", 40, "JNIM: Group for Support of Islam and Muslims"),
    ("The army struck a rebel camp near Bunia, Ituri province, Congo, on Friday, and said it had killed 18 CODECO "
     "militiamen.", 18, "Military Forces of the Democratic Republic of Congo (FARDC)"),
])
def test_and_said_after_an_act_speaks_for_the_sentences_subject(text, low, claimant):
    """'The RSF attacked … on Monday, and said they had killed 120': the subject of the sentence says it, past the
    commas of the place and the day."""
    assert of_for(claim_rows(text, published="2025-06-09"), "killed", low)[3] == claimant


@pytest.mark.parametrize("text", [
    "The civil society of Beni territory said ADF rebels killed 11 civilians in the village of Mamove, in North "
    "Kivu, Congo.",
    "ADF rebels killed 11 civilians in Mamove, North Kivu, Congo, according to the local civil society.",
    "According to civil society in Lubero, CODECO militiamen killed 11 people near Bunia, Ituri, Congo.",
])
def test_civil_society_is_a_local_source(text):
    """'The civil society of Beni territory said': a local source (as 'la société civile' in French), not the
    outlet's own voice."""
    assert of_for(claim_rows(text, published="2025-06-09"), "killed", 11)[3] == "local sources"


@pytest.mark.parametrize("text,language,low,of", [
    ("Sudan's Sovereignty Council said an RSF drone attack on the power station in Merowe, Sudan, killed two "
     "workers.", "en", 2, "Civilians (Sudan)"),
    ("Clashes between the army and the RSF near a refinery in Bahri, Sudan, killed four workers, officials said.",
     "en", 4, "Civilians (Sudan)"),
    ("Une frappe de drone des FSR sur la centrale de Merowe, au Soudan, a tué trois ouvriers, selon le "
     "gouvernement.", "fr", 3, "Civilians (Sudan)"),
])
def test_workers_killed_are_civilians(text, language, low, of):
    """'killed two workers', 'trois ouvriers': civilians at work, also in a clash between two armed sides."""
    assert of_for(claim_rows(text, language, "2025-06-09"), "killed", low)[2] == of
