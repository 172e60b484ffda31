"""Claims in the forms of wire, UN and local-press reports (issue 13): who says a figure when two sources say it
together or a UN agency says it, and which numbers are no toll (weapons, a part 'among the dead'). Short reports
written for these tests, each rule in several forms."""


import pytest
from conftest import claim_rows as claims
from conftest import claimant_of


def lows_of(text, **kwargs) -> list[int]:
    """The low figure of each claim of ``text``."""
    return [c[1] for c in claims(text, **kwargs)]



@pytest.mark.parametrize("text,low,claimant", [
    ("The air force bombed Longechuk county in Upper Nile state on Monday, killing 21 people, local officials and "
     "the opposition SPLM-IO said.", 21, "local sources"),
    ("Residents and the Nigerian army said 12 people were killed when gunmen attacked the village of Dogo in Plateau "
     "state on Sunday.", 12, "residents"),
    ("Twelve villagers were killed when gunmen stormed Kwall in Plateau State, Nigeria, on Friday, police and "
     "residents said.", 12, "Police Forces of Nigeria"),
])
def test_two_speakers_of_one_verb_give_the_first(text, low, claimant):
    """'X and Y said': the guide names the first source of a claim two sources back together."""
    assert claimant_of(text, low) == claimant


@pytest.mark.parametrize("text,low", [
    ("Gunmen attacked the village of Dogo in Plateau State, Nigeria, on Sunday and the police said nine people were "
     "killed.", 9),
    ("Gunmen attacked an army post near Kumba, Cameroon, on Monday. The attack targeted soldiers and police said four "
     "people were killed.", 4),
])
def test_a_clause_before_and_is_no_joint_speaker(text, low):
    """'… targeted soldiers and police said': the soldiers are the first clause's object, not a speaker."""
    assert claimant_of(text, low).startswith("Police Forces of")


@pytest.mark.parametrize("text,low", [
    ("A drone strike hit a market in El Fasher on Sunday, killing 30 people, the World Health Organization said.", 30),
    ("Gunmen ambushed a convoy of aid trucks near Yei in South Sudan on Monday, killing three drivers, the WFP said "
     "in a statement.", 3),
    ("The International Organization for Migration said 14 people were killed when insurgents raided the town of "
     "Macomia in Cabo Delgado, Mozambique, on Friday.", 14),
])
def test_a_un_agency_speaks_for_the_united_nations(text, low):
    assert claimant_of(text, low) == "United Nations"


@pytest.mark.parametrize("text,weapons,toll", [
    ("Two missiles hit an apartment block in Odesa on Monday, killing five people, the regional governor said.", 2, 5),
    ("Four mortar shells landed on a displacement camp near Goma on Friday, killing nine people, local officials "
     "said.", 4, 9),
    ("Two rockets struck the town of Bunia on Tuesday, killing three civilians, a local official said.", 2, 3),
])
def test_the_number_of_weapons_is_no_toll(text, weapons, toll):
    lows = lows_of(text)
    assert toll in lows and weapons not in lows


@pytest.mark.parametrize("text,total,part", [
    ("At least 20 people were killed when gunmen attacked the village of Mafa in Borno state on Sunday, and eight "
     "children were among the dead, residents said.", 20, 8),
    ("Militants killed 11 soldiers in an attack on an army post in North Waziristan, Pakistan, on Saturday. Two "
     "officers were also among those killed, the military said.", 11, 2),
    ("Suspected rebels killed 17 villagers near Beni, Congo, on Monday; four women are among the victims, a local "
     "official said.", 17, 4),
])
def test_a_part_among_the_dead_is_no_claim(text, total, part):
    lows = lows_of(text)
    assert total in lows and part not in lows


@pytest.mark.parametrize("text,toll,other", [
    ("Gunmen killed 12 farmers in the village of Dogo in Plateau State on Sunday, residents said, while 20 people "
     "died in the same area on February 1.", 12, 20),
    ("ISWAP fighters killed seven soldiers in Damboa, Nigeria, on Monday; on January 20 an attack on the same base "
     "had left 11 soldiers dead, a military source said.", 7, 11),
    ("Gang members killed eight people in the Solino district of Port-au-Prince on Monday, police said, although 15 "
     "residents had been killed in the same area on February 3.", 8, 15),
])
def test_a_clause_dated_days_before_tells_another_incident(text, toll, other):
    """The figure of a clause whose own date is days before the event's is an earlier incident's."""
    lows = lows_of(text, published="2024-02-15")
    assert toll in lows and other not in lows


@pytest.mark.parametrize("text,low,of", [
    ("Troops repelled an attack on a base in Damboa, Nigeria, on Monday, killing 19 terrorists, the army said. It said "
     "one soldier paid the supreme price.", 1, "Military Forces of Nigeria"),
    ("Bandits attacked the village of Gora in Zamfara State, Nigeria, on Sunday. Police said two officers paid the "
     "ultimate price in the gun duel.", 2, "Police Forces of Nigeria"),
    ("ISWAP overran a military post in Marte, Nigeria, on Friday. The Defence Headquarters said three soldiers paid "
     "the supreme sacrifice.", 3, "Military Forces of Nigeria"),
])
def test_paying_the_supreme_price_is_dying(text, low, of):
    assert ("killed", low, of) in [c[:3] for c in claims(text)]


@pytest.mark.parametrize("text,what", [
    ("Ukrainian drones attacked an oil depot in Russia's Belgorod region overnight, the regional governor said. He "
     "said no one was hurt.", "wounded"),
    ("Gunmen attacked a village near Kaduna, Nigeria, on Sunday but no one was killed, police said.", "killed"),
    ("Militants fired rockets at a police station in Bannu, Pakistan, on Friday night, but no one was injured, police "
     "said.", "wounded"),
])
def test_no_one_is_zero(text, what):
    """'no one was hurt' is a figure of 0 (the guide), never of one."""
    got = [c for c in claims(text) if c[0] == what]
    assert got and all(c[1] == 0 for c in got)


@pytest.mark.parametrize("text,low,of,claimant", [
    ("Arakan Army fighters seized a town in Rakhine state, Myanmar, on Monday. The military-run government said 25 of "
     "its soldiers were killed.", 25, "Military Forces of Myanmar", "Government of Myanmar"),
    ("Jihadists attacked the town of Djibo in Burkina Faso on Sunday, killing 40 civilians, the military-led "
     "government said.", 40, "Civilians (Burkina Faso)", "Government of Burkina Faso"),
    ("Gunmen ambushed a patrol near Kumba in Cameroon on Monday. The government spokesman said four of its policemen "
     "were killed.", 4, "Police Forces of Cameroon", "Government of Cameroon"),
])
def test_a_government_speaks_for_itself_and_counts_its_forces(text, low, of, claimant):
    """'the military-led government' is the government, not the army; the men it calls its own are its forces'."""
    assert (low, of, claimant) in [c[1:] for c in claims(text)]


@pytest.mark.parametrize("text,low,of", [
    ("Fighting broke out in Nasir county, South Sudan, on Sunday. The opposition SPLM-IO said government troops had "
     "attacked its positions first and that 5 of its fighters were wounded.", 5,
     "SPLM-IO: Sudan People's Liberation Movement-in-Opposition"),
    ("Fighting broke out near Malakal, South Sudan, on Sunday. The army said the White Army ambushed a convoy and that "
     "two of its soldiers were killed.", 2, "Military Forces of South Sudan (SSPDF)"),
    ("Clashes erupted near Kidal, Mali, on Monday. The army said the attackers also lost six of their men.", 6,
     "Unidentified Armed Group (Mali)"),
])
def test_its_men_in_a_that_clause_are_the_speakers(text, low, of):
    """'X said Y attacked … and that five of its men …': the figure opens a clause of its own; 'its' is X's."""
    assert (low, of) in [c[1:3] for c in claims(text)]


@pytest.mark.parametrize("text,weapons,toll", [
    ("Two Russian ballistic missiles struck a military academy in Poltava, Ukraine, on Tuesday, killing 51 people, "
     "officials said.", 2, 51),
    ("Three Russian guided aerial bombs hit a hypermarket in Kharkiv on Saturday, killing 12 people, the governor "
     "said.", 3, 12),
])
def test_weapons_with_several_modifiers_are_no_toll(text, weapons, toll):
    lows = lows_of(text)
    assert toll in lows and weapons not in lows


@pytest.mark.parametrize("text,toll,total", [
    ("Gang members killed nine people in Port-au-Prince on Monday, police said. Gangs control most of the capital "
     "and have killed more than 3,600 people this year, according to the UN.", 9, 3600),
    ("A bomb killed four policemen in Bannu, Pakistan, on Sunday, police said. Pakistan has seen a surge in militant "
     "violence this year, with more than 1,000 people killed in attacks.", 4, 1000),
    ("Jihadists killed 11 soldiers near Djibo, Burkina Faso, on Sunday, security sources said. Attacks in the region "
     "killed 1,300 people this year, with 400 of them soldiers, according to ACLED.", 11, 1300),
])
def test_a_toll_of_the_year_is_no_claim_of_the_event(text, toll, total):
    """'have killed more than 3,600 people this year': a count over a period, background of the event."""
    lows = lows_of(text)
    assert toll in lows and total not in lows


@pytest.mark.parametrize("text,low,claimant", [
    ("Gunmen killed 30 villagers in Gwer West, Benue State, Nigeria, on Sunday, a local official said. The official "
     "added that 12 people were wounded.", 12, "local sources"),
    ("Gunmen killed villagers in Gwer West, Benue State, Nigeria, on Sunday, a local official, Musa Bala, said. The "
     "official added that 12 people were wounded.", 12, "local sources"),
    ("Gunmen killed villagers in Gwer West, Benue State, Nigeria, on Sunday, local official Musa Bala said. The "
     "official added that 12 people were wounded.", 12, "local sources"),
])
def test_the_official_is_the_official_who_spoke_last(text, low, claimant):
    """'The official added': the last speaker named with that noun, not a role's state body."""
    assert claimant_of(text, low) == claimant


@pytest.mark.parametrize("text,unit,toll", [
    ("Troops of the 7 Division repelled an attack by Boko Haram on Gajiram, Nigeria, on Sunday, killing 12 of the "
     "insurgents, army spokesman Onyema Nwachukwu said.", 7, 12),
    ("Soldiers of the 21 Special Armoured Brigade killed nine ISWAP fighters near Bama, Nigeria, on Monday, the army "
     "said.", 21, 9),
    ("Militants attacked the headquarters of the 195 Battalion in Agilari, Borno State, on Friday, killing three "
     "soldiers, a military source said.", 195, 3),
])
def test_a_unit_number_is_no_toll(text, unit, toll):
    lows = lows_of(text)
    assert toll in lows and unit not in lows


@pytest.mark.parametrize("text,low,of", [
    ("At least 12 people including a police officer were killed in revenge attacks in Tonj North County, South "
     "Sudan, on Sunday, the county commissioner said.", 12, "Civilians (South Sudan)"),
    ("Gunmen opened fire on a bus near Kumba, Cameroon, on Sunday, killing eight passengers including a soldier, "
     "witnesses said.", 8, "Civilians (Cameroon)"),
    ("Jihadists attacked the village of Mafa in Borno State, Nigeria, on Monday, killing 17 people including two "
     "vigilantes, residents said.", 17, "Civilians (Nigeria)"),
])
def test_a_part_after_including_does_not_own_the_whole(text, low, of):
    """'12 people including a police officer': the whole is no toll of the police."""
    assert (low, of) in [c[1:3] for c in claims(text)]


@pytest.mark.parametrize("text,total,parts", [
    ("A roadside bomb struck a bus in Turbat, Pakistan, on Saturday, killing four people, police said. Those killed "
     "included three soldiers, a police official said.", 4, [3]),
    ("Shells hit a camp in El Fasher, Sudan, on Monday, killing 15 people, medics said. The people killed were nine "
     "women and six children.", 15, [9, 6]),
    ("Gunmen abducted 20 passengers on the Abuja-Kaduna road, Nigeria, on Friday, police said. Those abducted "
     "included seven students.", 20, [7]),
])
def test_those_killed_included_is_a_part(text, total, parts):
    lows = lows_of(text)
    assert total in lows and not set(parts) & set(lows)


@pytest.mark.parametrize("text,low", [
    ("At least 20 people were killed and 40 wounded in shelling on the Abu Shouk camp in El Fasher, Sudan, on Monday, "
     "the camp's coordination committee said.", 20),
    ("Gunmen killed 11 traders on the road to Maru, Zamfara State, Nigeria, on Sunday, the local youth association "
     "said.", 11),
    ("Police shot dead three protesters in Maputo, Mozambique, on Thursday, the national students' union said.", 3),
])
def test_a_committee_or_union_is_a_local_source(text, low):
    assert claimant_of(text, low) == "local sources"


@pytest.mark.parametrize("text,low", [
    ("Boko Haram fighters stormed Kukawa, Borno State, Nigeria, overnight, killing seven people, militia leader "
     "Modu Gremaram told AFP.", 7),
    ("Jihadists killed nine farmers near Mafa, Borno State, Nigeria, on Sunday, a militia leader told AFP.", 9),
    ("ISWAP fighters attacked Monguno, Nigeria, on Friday. \"They killed 13 of our people,\" said a militia commander "
     "in the town.", 13),
])
def test_a_militia_leader_in_nigeria_speaks_for_the_cjtf(text, low):
    """The pro-government militia of Nigeria's north-east that wire reports quote by role alone."""
    assert claimant_of(text, low) == "CJTF: Civilian Joint Task Force"


@pytest.mark.parametrize("text,low,claimant", [
    ("CODECO militiamen raided a camp for displaced families in Djugu, Congo, on Tuesday. Faustin Ngabu, a civil "
     "society leader in the territory, said the militiamen killed 18 people.", 18, "local sources"),
    ("Gunmen attacked the village of Dogo in Plateau State, Nigeria, on Sunday. Musa Ibrahim, the chairman of the "
     "local youth association, said the attackers killed nine people.", 9, "local sources"),
    ("Separatists attacked a bus near Kumba, Cameroon, on Monday. Agbor Eyong, a teacher who survived, said the "
     "separatists killed four passengers.", 4, "residents"),
    ("Gunmen killed 12 villagers in Zamfara State, Nigeria, said police.", 12, "Police Forces of Nigeria"),
])
def test_a_name_and_its_apposition_speak_not_the_words_after_the_verb(text, low, claimant):
    """'X, a civil society coordinator, said the assailants …': X speaks; the assailants are what X said."""
    assert claimant_of(text, low) == claimant


@pytest.mark.parametrize("text", [
    "Russian shelling killed a 64-year-old man in Nikopol, Ukraine, on Monday, Governor Serhii Lysak reported.",
    "Gunmen shot dead a man in Bamenda, Cameroon, on Sunday, residents said.",
    "A man was killed when militants fired on a police post in Bannu, Pakistan, on Monday, police said.",
])
def test_a_man_killed_is_a_toll_of_one(text):
    assert ("killed", 1) in [c[:2] for c in claims(text)]


def test_a_man_who_speaks_is_no_toll():
    lows = lows_of("A man told AFP that gunmen killed 12 people in the village of Dogo, Nigeria, on "
                                 "Sunday.")
    assert lows == [12]


@pytest.mark.parametrize("text,low", [
    ("A Russian drone strike on Sumy, Ukraine, killed two civilians on Tuesday, the Sumy Regional Military "
     "Administration said.", 2),
    ("Russian missiles hit Kryvyi Rih, Ukraine, on Friday, killing four people, the city military administration "
     "said.", 4),
    ("A glide bomb struck Zaporizhzhia, Ukraine, on Sunday, killing three people, the head of the regional military "
     "administration said.", 3),
])
def test_a_military_administration_is_a_local_authority(text, low):
    """Ukraine's regional and city 'military administrations' are civil local governments, not the army."""
    assert claimant_of(text, low) == "local sources"


@pytest.mark.parametrize("text,low,of", [
    ("M23 rebels attacked Wazalendo positions near Masisi, Congo, on Friday. The Wazalendo said their fighters killed "
     "17 rebels and lost three men.", 3, "Wazalendo"),
    ("RSF fighters attacked army positions in El Fasher, Sudan, on Monday. The army said its fighters repelled the "
     "attack and lost six men.", 6, "Military Forces of Sudan (SAF)"),
    ("Somali troops attacked an al-Shabaab camp near Jilib, Somalia, on Monday. Al-Shabaab said its fighters "
     "repelled the raid and lost five men.", 5, "Al Shabaab"),
])
def test_their_fighters_who_lost_men_are_the_speakers(text, low, of):
    """'X said its fighters … and lost N men': the possessive's owner is the speaker, not the generic word's enemy."""
    assert (low, of) in [c[1:3] for c in claims(text)]


@pytest.mark.parametrize("text,low,claimant", [
    ("The number of people killed in the RSF attack on Al-Sireha, Sudan, has reached 124, the foreign ministry said.",
     124, "Government of Sudan"),
    ("The number of dead from Sunday's bombing in Gwoza, Nigeria, rose to 32 on Tuesday, police said.", 32,
     "Police Forces of Nigeria"),
    ("The number of civilians killed in the attack on Mafa, Nigeria, has risen to 40, residents said.", 40,
     "residents"),
])
def test_the_number_of_people_killed_reaching_n_is_a_toll(text, low, claimant):
    assert ("killed", low, claimant) in [(c[0], c[1], c[3]) for c in claims(text)]


@pytest.mark.parametrize("text,low", [
    ("The toll from the bombing of a market in Gwoza, Nigeria, has risen to 32, the state emergency agency said.", 32),
    ("Militants fired rockets at a bus in Bannu, Pakistan, on Monday, killing seven passengers, the provincial "
     "emergency agency said.", 7),
    ("A suicide bomber killed 18 people at a market in Konduga, Nigeria, on Saturday, the state emergency management "
     "agency told reporters.", 18),
])
def test_an_emergency_agency_is_a_local_source(text, low):
    """Rescue and emergency services count the dead they recover: local sources, like rescue workers."""
    assert claimant_of(text, low) == "local sources"


@pytest.mark.parametrize("text,low,claimant", [
    ("The RSF attacked a market in the town of Galgani, Sudan, on Sunday. The Sudan Doctors Network said at least 40 "
     "people were killed. The group said about 50 others were wounded.", 50, "Sudan Doctors Network"),
    ("The RSF stormed villages near Al-Gitaina, Sudan, on Monday. \"The militia executed dozens of people,\" the "
     "Emergency Lawyers Committee said. The group said more than 200 people were killed.", 200,
     "Emergency Lawyers Committee"),
    ("Gangs attacked Pont-Sondé, Haiti, on Thursday. The National Human Rights Defense Network said 115 people were "
     "killed. The organisation said 16 were wounded.", 16, "National Human Rights Defense Network"),
    ("ISWAP attacked a base in Borno, Nigeria, on Monday. The group said it killed 20 soldiers.", 20,
     "Islamic State West Africa Province (ISWAP)"),
])
def test_the_group_after_an_organisation_spoke_is_that_organisation(text, low, claimant):
    """'The Sudan Doctors Network said … The group said': the body that spoke last, not the armed group."""
    assert claimant_of(text, low) == claimant


@pytest.mark.parametrize("text,name,toll", [
    ("Clashes in Sector 2 of Operation Hadin Kai killed three soldiers near Bama, Nigeria, on Tuesday, a military "
     "source said.", 2, 3),
    ("Gangs attacked Route 9 in Cité Soleil, Haiti, on Sunday, killing five residents, police said.", 9, 5),
    ("Shells hit Zone 4 of the Zamzam camp in North Darfur, Sudan, on Monday, killing eight people, medics said.", 4,
     8),
])
def test_a_number_in_a_name_is_no_toll(text, name, toll):
    lows = lows_of(text)
    assert toll in lows and name not in lows


def test_a_number_after_a_capitalised_word_that_counts_people_is_a_toll():
    assert 12 in [c[1] for c in claims("Gunmen attacked the village on Monday 12 people were killed, police in Kaduna, "
                                       "Nigeria, said.")]


@pytest.mark.parametrize("text,low,what", [
    ("Security forces ended the siege of the train in Bolan, Pakistan, on Wednesday; 21 hostages and four soldiers "
     "were killed, the military said.", 21, "killed"),
    ("Gunmen holding passengers on a bus near Kaduna, Nigeria, shot dead two hostages on Monday, police said, and 5 "
     "hostages were wounded.", 5, "wounded"),
    ("Separatists abducted 12 teachers near Bamenda, Cameroon, on Monday; three hostages were killed later, the army "
     "said.", 3, "killed"),
])
def test_hostages_killed_are_dead_not_abducted(text, low, what):
    """'21 hostages were killed': the noun names who they were, the verb what happened to them."""
    assert (what, low) in [c[:2] for c in claims(text)]


@pytest.mark.parametrize("text,low,claimant", [
    ("Armed herders killed 27 villagers in Ubiam-Tsar, Benue State, Nigeria, on Tuesday. The council chairman of "
     "the area, Terwase Agbo, who visited the scene, said the attackers struck before dawn. \"So far 27 bodies have "
     "been recovered,\" he told reporters.", 27, "local sources"),
    ("Bandits raided Gidan Dantani, a farming village in Zamfara State, Nigeria, on Saturday night. The village head, "
     "Mallam Idris Kwatarkwashi, who spoke by telephone, said the gunmen arrived on motorcycles. \"They killed eleven "
     "of our people,\" he added.", 11, "local sources"),
    ("Gunmen stormed Ruwan Kaura, Nigeria, on Wednesday. A farmer, who did not want his name published, said "
     "the attackers killed four people.", 4, "residents"),
])
def test_a_relative_clause_closes_on_the_speaker_not_the_words_after_the_verb(text, low, claimant):
    """'X, who confirmed the attack, said the bandits …': X speaks (and 'he' next is X), never the bandits."""
    assert claimant_of(text, low) == claimant


@pytest.mark.parametrize("text,low", [
    ("The Nigerian Air Force said its fighter jets killed dozens of bandits in air strikes on their hideouts in "
     "Katsina State.", 12),
    ("Soldiers killed 30 fighters of the group during strikes near Macomia, Mozambique, the army said.", 30),
    ("Troops of the 3 Division killed 14 insurgents near the brigade headquarters in Monguno, Nigeria, on Friday, the "
     "army said.", 14),
])
def test_a_toll_before_weapon_or_unit_words_is_still_a_toll(text, low):
    """The weapon and unit words end a figure's phrase only as its own noun: 'dozens of bandits in air strikes' counts
    bandits."""
    assert ("killed", low) in [c[:2] for c in claims(text)]


@pytest.mark.parametrize("text,low,body", [
    ("At least 30 people were killed in the attack on the market in Zamfara state, Amnesty International said.", 30,
     "Amnesty International"),
    ("Doctors Without Borders said its hospital in Tawila, Sudan, received 40 wounded after the attack.", 40,
     "Doctors Without Borders"),
    ("Gunmen killed 14 villagers near Beni, DR Congo, on Sunday, according to Save the Children International.", 14,
     "Save the Children International"),
])
def test_an_aid_or_rights_body_named_by_international_or_borders_gives_its_figure(text, low, body):
    """'Amnesty International', 'Doctors Without Borders': a body's own name whose head word is 'International' or
    'Borders' (roles.json organisation_heads) is the claimant, not local sources."""
    assert claimant_of(text, low) == body
