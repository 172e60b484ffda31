"""English attributed claims (issue 13): the kinds of error the check breakdown counts, on short reports written for
these tests (wire-style, wars of the corpus README): a number in the speaker phrase is no toll."""

import pytest
from conftest import claim_rows as claims


@pytest.mark.parametrize("text,speakers", [
    ("MAIDUGURI, Nigeria (AP) — Fighters attacked an army base in Borno state on Tuesday, killing at least 12 "
     "soldiers, two military officers said.", 2),
    ("JUBA (Reuters) - Gunmen ambushed a truck in Jonglei state on Monday. \"They shot the driver and four "
     "passengers are missing,\" one of the traders said.", 1),
    ("GOMA, Congo (AFP) - Rebels shelled the camp on Sunday, killing nine displaced people, three camp managers "
     "told AFP.", 3),
])
def test_a_number_before_a_verb_of_speaking_counts_speakers(text, speakers):
    """'…, two military officers said': the number a few words before 'said' or 'told' counts who speaks, whatever
    its noun, and is no second figure of the toll before it."""
    rows = claims(text)
    assert rows and all(low != speakers for _, low, _, _ in rows), rows


@pytest.mark.parametrize("text,low", [
    ("KHARTOUM (Reuters) - Drones hit a market in Omdurman on Sunday. A medical group put the death toll at 25 and "
     "said dozens were wounded.", 25),
    ("GOMA (AFP) - M23 rebels shelled Sake on Monday. The hospital received 14 bodies and told AFP more were "
     "expected.", 14),
])
def test_a_figure_before_a_coordinated_said_stays(text, low):
    """'put the toll at 25 and said …': 'and' opens a verb of the sentence's subject; the number is no speaker."""
    assert any(n == low for _, n, _, _ in claims(text)), claims(text)


@pytest.mark.parametrize("text,what,low", [
    ("NIAMEY (AFP) - Jihadists attacked the village of Fambita on Friday. At least 12 people are said to have died "
     "in the attack, a local official told AFP.", "killed", 12),
    ("PORT-AU-PRINCE (AP) — Gang members stormed the Carrefour market on Saturday. Nine traders were said to have been "
     "killed before police arrived.", "killed", 9),
    ("KHARTOUM (Reuters) - Shells hit the Abu Shouk camp on Monday, and 31 people were said to have been wounded.",
     "wounded", 31),
])
def test_a_passive_said_still_counts_the_harmed(text, what, low):
    """'12 people were said to have died': a passive 'said' is no reporting verb; the harm verb after it still
    counts the figure (and no speakers stand before it)."""
    rows = claims(text)
    assert any(w == what and n == low for w, n, _, _ in rows), rows


@pytest.mark.parametrize("text,low,claimant", [
    ("NIAMEY (AFP) - Niger's army said on Sunday it had repelled an attack near Banibangou, while local sources "
     "reported heavy losses.\n\n\"Eleven soldiers were killed and 14 wounded,\" the statement said.", 11,
     "Military Forces of Niger"),
    ("BAMAKO (Reuters) - Mali's army said it struck a jihadist camp near Boni, while a resident said civilians "
     "fled.\n\n\"Twenty terrorists were killed,\" the communique said.", 20, "Military Forces of Mali (FAMa)"),
    ("OUAGADOUGOU (AFP) - Burkina Faso's army said it had repelled an attack on its base in Djibo, while security "
     "sources reported a second attack nearby.\n\nAccording to a statement read on state television, 36 terrorists "
     "were neutralised. \"Our units lost four men,\" the statement said.", 4, "Military Forces of Burkina Faso"),
])
def test_a_statement_is_the_last_party_s(text, low, claimant):
    """'the statement said' after a party and then an anonymous source or a resident spoke: a statement is issued by
    a body, the last party that spoke, not the label quoted since."""
    found = [c for c in claims(text) if c[1] == low]
    assert found and found[0][3] == claimant, claims(text)


@pytest.mark.parametrize("text,low", [
    ("OUAGADOUGOU (AFP) - Burkina Faso's army said it had repelled an attack on its base in Djibo.\n\nAccording to a "
     "statement broadcast on state television, 36 terrorists were neutralised.", 36),
    ("NIAMEY (AFP) - Niger's army said on Sunday that it had repelled an attack near Banibangou.\n\nIn a statement "
     "read on state television, it said 12 attackers were killed.", 12),
    ("BAMAKO (Reuters) - Mali's army said it had struck a jihadist camp near Boni.\n\nAccording to a communique aired "
     "on state television ORTM, 20 terrorists were killed.", 20),
    ("NIAMEY (AFP) - Niger's army said on Sunday that it had repelled an attack near Banibangou.\n\nA communique read "
     "out on state television said 12 attackers were killed.", 12),
    ("OUAGADOUGOU (AFP) - Burkina Faso's army said it had repelled an attack on its base in Djibo.\n\nAccording to a "
     "statement relayed by state radio, 17 terrorists were killed.", 17),
])
def test_state_television_that_carries_a_statement_is_no_speaker(text, low):
    """'a statement broadcast on state television': the medium carries the statement, it does not author it (no
    government's word); the army's statement stays the army's."""
    found = [c for c in claims(text) if c[1] == low]
    assert found and not found[0][3].startswith("Government of"), claims(text)


@pytest.mark.parametrize("text,low,claimant", [
    ("PEMBA (Lusa) - Insurgents raided the village of Mocimboa on Thursday, a fisherman told Lusa. Two of the victims "
     "were beheaded, he said.\n\nIslamic State claimed the raid on Saturday, posting pictures of what it said were "
     "the bodies of 11 Christians killed in the village.", 11, "Islamic State Mozambique Province"),
    ("GOMA (AFP) - Shells fell on the Sake market on Monday, a resident told AFP. Three people died, she said.\n\n"
     "M23 denied shelling the town, releasing a list of what it said were 14 soldiers captured near Sake.", 14,
     "M23: March 23 Movement"),
    ("KHARTOUM (AP) — Drones struck the market in Kabkabiya on Sunday, a trader said. Nine people died, he said.\n\n"
     "The RSF blamed the army for the strike in a post on Telegram, in which they said 30 civilians were killed.",
     30, "Rapid Support Forces (RSF)"),
])
def test_it_inside_a_sentence_opened_by_a_body_is_that_body(text, low, claimant):
    """'Islamic State claimed the attack, publishing photographs of what it said were …': the 'it' of a sentence that
    a named body opens is that body, not the witness ('he said') quoted before."""
    found = [c for c in claims(text) if c[1] == low]
    assert found and found[0][3] == claimant, claims(text)


ARMY_LEAD = ("KHARTOUM (Reuters) - Sudan's army said on Sunday it had retaken the village of Um Rawaba after heavy "
             "fighting with the Rapid Support Forces (RSF).\n\n")


@pytest.mark.parametrize("text,low,claimant", [
    (ARMY_LEAD + "The RSF called its withdrawal \"tactical\" and said its fighters had killed more than 70 soldiers.",
     70, "Rapid Support Forces (RSF)"),
    (ARMY_LEAD + "The RSF described the battle as \"fierce\" and said 45 soldiers were captured.", 45,
     "Rapid Support Forces (RSF)"),
    ("GOMA (AFP) - Fighting broke out near Sake on Monday, the army said.\n\nM23 called the army's statement "
     "\"propaganda\" and said that 16 soldiers had been captured.", 16, "M23: March 23 Movement"),
])
def test_a_body_that_opens_the_sentence_speaks_the_coordinated_verb(text, low, claimant):
    """'The RSF described its withdrawal as "tactical" and said …': with no comma before the coordinated reporting
    verb, its subject is the named body that opens the sentence (not the army that spoke before)."""
    found = [c for c in claims(text) if c[1] == low]
    assert found and found[0][3] == claimant, claims(text)


@pytest.mark.parametrize("text,low", [
    ("BENI (Radio Okapi) - ADF rebels killed 26 villagers in Mamove on Sunday, civil society said.\n\nThe spokesman of "
     "the Sokola 1 operations told Radio Okapi that troops had pursued the assailants and killed four of them.", 4),
    ("BUNIA (AFP) - CODECO militiamen attacked a camp in Djugu on Friday, a local chief said.\n\nThe spokesman for the "
     "Ituri operations, Jules Ngongo, said seven militiamen had been killed.", 7),
    ("BENI (Reuters) - ADF rebels raided the village of Oicha on Friday, residents said.\n\nThe operations spokesman "
     "said nine rebels were killed.", 9),
])
def test_the_spokesman_of_the_operations_speaks_for_the_army(text, low):
    """'The spokesman of the Sokola 1 operations': a military operation's spokesman speaks for the country's army."""
    found = [c for c in claims(text) if c[1] == low]
    assert found and found[0][3] == "Military Forces of the Democratic Republic of Congo (FARDC)", claims(text)


@pytest.mark.parametrize("text,low,claimant", [
    ("MAIDUGURI (AFP) - Jihadists stormed Dikwa on Monday. Bukar Ali, a trader who fled when the army pulled out, "
     "said the attackers came at dawn.\n\nAli said that 14 people were killed.", 14, "residents"),
    ("MAIDUGURI (AFP) - Jihadists stormed Dikwa on Monday. Bukar Ali, a farmer who saw the soldiers run, said the "
     "attackers came at dawn.\n\nAli said that 14 people were killed.", 14, "residents"),
    ("MAIDUGURI (AFP) - Jihadists stormed Dikwa on Monday. A trader who fled when the army pulled out said 14 people "
     "were killed.", 14, "residents"),
    ("GOMA (AFP) - M23 rebels seized Sake on Monday. A nurse who lost her brother to the M23 said nine civilians had "
     "died.", 9, "local sources"),
])
def test_whom_a_witness_fled_or_saw_is_not_the_witness(text, low, claimant):
    """'a trader who fled when the army pulled out': the clause after the witness names whom they fled, saw or lost
    someone to; that party is not the speaker (nor, later, what the surname stands for)."""
    found = [c for c in claims(text) if c[1] == low]
    assert found and found[0][3] == claimant, claims(text)


def _bounds(text):
    from datetime import date

    from conftest import extracted
    return [(c.what, c.low, c.high) for e in extracted(text, "en", date(2025, 3, 4)).events for c in e.claims]


BORNO = "MAIDUGURI, Nigeria (AFP) - Jihadists attacked the town of Dikwa in Borno state on Monday. "


@pytest.mark.parametrize("text,low", [
    (BORNO + "A local official said the toll could exceed 30.", 30),
    (BORNO + "The death toll topped 45 on Tuesday, officials said.", 45),
    (BORNO + "The number of dead has passed 60, a hospital source said.", 60),
])
def test_a_toll_that_exceeds_a_number_is_open(text, low):
    """'the toll could exceed 30', 'topped 45': the number is a lower bound (high open), as 'more than 30' is."""
    assert ("killed", low, None) in _bounds(text), _bounds(text)


@pytest.mark.parametrize("text,low", [
    (BORNO + "The army said it repelled three attacks and killed 17 insurgents.", 3),
    (BORNO + "The militants carried out two raids on the town and killed nine villagers, residents said.", 2),
    (BORNO + "After four assaults on the barracks, the fighters killed 11 soldiers, a military source said.", 4),
    (BORNO + "Troops foiled two ambushes and killed 14 insurgents, the army said.", 2),
])
def test_a_number_of_attacks_is_no_toll(text, low):
    """'repelled three attacks and killed 17': a count of attacks, raids or assaults is no one's dead."""
    rows = claims(text)
    assert rows and all(n != low for _, n, _, _ in rows), rows


@pytest.mark.parametrize("text,of", [
    ("MAIDUGURI, Nigeria (AFP) - Boko Haram fighters attacked a base in Borno state on Monday. Soldiers repelled "
     "the attack and burnt three gun trucks, the army said.", "Boko Haram (JAS)"),
    ("MAIDUGURI, Nigeria (AFP) - ISWAP fighters attacked a base in Borno state on Monday. Troops repelled the attack "
     "and recovered two gun trucks, the army said.", "Islamic State West Africa Province (ISWAP)"),
    ("MOGADISHU (Reuters) - Al Shabaab fighters attacked a base in Lower Shabelle on Friday. Soldiers destroyed three "
     "technicals belonging to the militants, the army said.", "Al Shabaab"),
])
def test_gun_trucks_are_a_force_s_not_traders(text, of):
    """'gun trucks', 'technicals': armed pick-ups are a fighting party's, never civilians' lorries."""
    rows = [r for r in claims(text) if r[0].startswith("vehicles")]
    assert rows and rows[0][2] == of, claims(text)


@pytest.mark.parametrize("text,low", [
    (BORNO + "At least 12 people were killed, Zagazola Makama, a counter-insurgency expert, said on X.", 12),
    (BORNO + "Nineteen people died in the attack, Usman Tar, the Borno State commissioner for information, said.",
     19),
    ("JUBA (Reuters) - Gunmen attacked cattle camps in Tonj North on Friday.\n\nAt least 22 herders were killed, "
     "Majok Deng, a youth leader in the county, told Reuters by phone.", 22),
])
def test_a_named_person_after_the_figure_is_a_source_not_the_outlet(text, low):
    """'…, Zagazola Makama, a counter-insurgency expert, said': a named person whose role names no party speaks as a
    local source; the figure is not the outlet's own word."""
    found = [c for c in claims(text) if c[1] == low]
    assert found and found[0][3] == "local sources", claims(text)


@pytest.mark.parametrize("text,low,of", [
    (BORNO + "The attackers lost 20 men while the army lost 5, the army said.", 5, "Military Forces of Nigeria"),
    (BORNO + "The insurgents lost 15 fighters whereas the troops lost 4, a military source said.", 4,
     "Military Forces of Nigeria"),
    ("GOMA (AFP) - Fighting broke out near Sake on Monday.\n\nThe rebels lost 30 men but the army lost 6, residents "
     "said.", 6, "Military Forces of the Democratic Republic of Congo (FARDC)"),
])
def test_a_loss_after_while_or_but_is_its_own_subject_s(text, low, of):
    """'The attackers lost 20 men while the army lost 5': 'while', 'but' open a clause with its own subject, whose
    loss the figure counts (not the people of the figure before)."""
    found = [r for r in claims(text) if r[1] == low]
    assert found and found[0][2] == of, claims(text)


@pytest.mark.parametrize("text,low,claimant", [
    ("PORT-AU-PRINCE (AP) — Gang members killed at least 70 people in Pont-Sonde, according to the UN human rights "
     "office.\n\nThe gang also wounded 16 people, two of them police officers, the office said.", 16,
     "United Nations"),
    ("KHARTOUM (Reuters) - Shells hit the town of Babanusa on Monday, the Sudan Doctors Network said.\n\nThe shelling "
     "wounded 23 people, four of them soldiers, the network said.", 23, "Sudan Doctors Network"),
    ("BAMENDA, Cameroon (AFP) - Separatists attacked the village of Kumbo on Sunday.\n\nThe attack killed nine "
     "people, two of them gendarmes, Paul Nji, a local councillor, said.", 9, "local sources"),
])
def test_a_part_named_between_commas_is_not_the_speaker(text, low, claimant):
    """'…, two of them police officers, the office said': the part named after the figure is no speaker; the
    subject of the verb is (a guard on reading a named speaker after the figure)."""
    found = [c for c in claims(text) if c[1] == low]
    assert found and found[0][3] == claimant, claims(text)


@pytest.mark.parametrize("text,low", [
    ("KYIV (Reuters) - A Russian missile hit a school in Sumy on Tuesday, killing four people, the regional governor "
     "said.\n\nUkraine's military said its forces had killed 1,240 Russian soldiers along the entire front line.",
     1240),
    ("KYIV (AFP) - Russian drones struck an apartment block in Kharkiv on Friday, wounding 12 people, the mayor "
     "said.\n\nThe General Staff said 980 Russian troops had been killed across the whole front.", 980),
    ("KYIV (AP) — A drone hit a power plant in Odesa on Sunday, killing two workers, officials said.\n\nThe air force "
     "said Russia launched 120 drones and six missiles against Ukraine, and 97 drones were shot down.", 97),
])
def test_a_front_wide_or_nationwide_tally_is_no_claim_of_the_event(text, low):
    """'killed 1,240 Russian soldiers along the entire front line', 'drones launched against Ukraine': a daily
    tally over the whole front or country is no figure of the strike the report tells."""
    rows = claims(text)
    assert rows and all(n != low for _, n, _, _ in rows), rows


@pytest.mark.parametrize("text,low", [
    ("NIAMEY (Reuters) - Gunmen killed 12 villagers in Tillaberi on Sunday, a local official said.\n\nResidents said "
     "the attackers came on motorbikes. The army later neutralised 8 of them.", 8),
    ("GAO, Mali (AFP) - Gunmen raided a market near Ansongo on Sunday, a local official said.\n\nThe soldiers "
     "neutralised six of the attackers.", 6),
    ("MAIDUGURI, Nigeria (AFP) - Jihadists stormed Dikwa on Monday, residents said.\n\nTroops later neutralised 14 "
     "terrorists in a counter-attack.", 14),
])
def test_a_party_s_words_do_not_go_on_with_a_witness(text, low):
    """'Residents said … The army later neutralised 8 of them.': 'neutralised' is a party's word, never a witness's
    or a local official's; the figure does not go on with the source of the sentence before."""
    found = [r for r in claims(text) if r[1] == low]
    assert found and found[0][3] not in ("residents", "local sources"), claims(text)


@pytest.mark.parametrize("text,low,claimant", [
    ("MOGADISHU (HOL) - Al Shabaab fighters attacked a base near Jowhar on Friday.\n\nThe commander of the 27th "
     "battalion said 14 militants were killed.", 14, "Military Forces of Somalia"),
    ("GOMA (AFP) - M23 rebels attacked positions near Sake on Friday.\n\nThe head of the 3411th regiment said nine "
     "rebels were killed.", 9, "Military Forces of the Democratic Republic of Congo (FARDC)"),
    ("MOGADISHU (HOL) - Al Shabaab fighters attacked a base near Jowhar on Friday.\n\nThe commander of the unit "
     "confirmed the attack. He added that 14 militants were killed.", 14, "Military Forces of Somalia"),
])
def test_the_commander_of_a_unit_speaks_for_the_army(text, low, claimant):
    """'The commander of the 66th unit of the 14th October battalion': a military unit's commander speaks for the
    army (and 'he' after him is that army, not the group the report named last)."""
    found = [c for c in claims(text) if c[1] == low]
    assert found and found[0][3] == claimant, claims(text)


@pytest.mark.parametrize("text,low,claimant", [
    ("MOGADISHU (HOL) - Somali forces killed at least 13 al-Shabab militants near Janale on Friday.\n\nThe commander "
     "of the 14th battalion confirmed that the militants were killed in a special operation.", 13,
     "Military Forces of Somalia"),
    ("BENI (Reuters) - FARDC troops killed 18 ADF rebels near Oicha on Sunday.\n\nThe sector commander confirmed that "
     "the rebels were killed in the fighting.", 18, "Military Forces of the Democratic Republic of Congo (FARDC)"),
    ("GAO, Mali (AFP) - Twelve soldiers were killed in an ambush near Tessit on Sunday.\n\nA military officer "
     "acknowledged that the soldiers were killed but gave no details.", 12, "Military Forces of Mali (FAMa)"),
])
def test_a_confirmation_read_by_role_gives_the_figure_before(text, low, claimant):
    """'The commander of the 14th battalion confirmed that the militants were killed': a confirmation whose speaker
    only its role names (no regex speaker) gives the figures the sentence before told in the outlet's voice."""
    found = [c for c in claims(text) if c[1] == low]
    assert found and found[0][3] == claimant, claims(text)


@pytest.mark.parametrize("text,low", [
    ("BANGUI (AFP) - Gunmen attacked a gold mine near Bozoum on Sunday. They killed four security guards and two "
     "miners, a local official said.", 4),
    ("BANGUI (AFP) - Gunmen attacked a gold mine near Bozoum on Sunday. They killed four private guards, a local "
     "official said.", 4),
    ("YAOUNDE (AFP) - Separatists attacked a polling station near Bamenda on Sunday. Two election officers were "
     "killed, police said.", 2),
    ("GOMA (AFP) - Gunmen attacked a convoy near Rutshuru on Sunday. Five officers of a local NGO were killed, "
     "police said.", 5),
])
def test_guards_and_officers_of_civilian_bodies_are_civilians(text, low):
    """'four security guards' at a mine, 'election officers', 'officers of a local NGO': guards and officers of a
    company, a polling station or a charity are civilians, not the state's forces."""
    found = [r for r in claims(text) if r[1] == low]
    assert found and found[0][2].startswith("Civilians ("), claims(text)


@pytest.mark.parametrize("text,low,claimant", [
    ("PORT-AU-PRINCE (AP) — Gang members killed at least 28 people in Pont-Sonde on Thursday, the UN said.\n\nThe "
     "gang's leader, Luckson Elan, said in a video posted on social media that his men had killed 12 police "
     "officers.", 12, "Gran Grif"),
    ("MOGADISHU (Reuters) - Al Shabaab fighters attacked a base near Jowhar on Friday, the army said.\n\nThe group's "
     "commander, Abu Musab, said in a video posted on social media that 25 soldiers were killed.", 25, "Al Shabaab"),
    ("GOMA (AFP) - M23 rebels attacked Sake on Monday, the army said.\n\nThe rebels' spokesman, Willy Ngoma, said in "
     "a video posted on social media that 14 soldiers had been captured.", 14, "M23: March 23 Movement"),
])
def test_the_video_a_speaker_speaks_in_is_no_speaker(text, low, claimant):
    """'X said in a video posted on social media that …': 'posted' after 'in a video' says where X spoke (a
    participle, no reporting verb with a speaker of its own); the figure is X's, not social media's."""
    found = [c for c in claims(text) if c[1] == low]
    assert found and found[0][3] == claimant, claims(text)


@pytest.mark.parametrize("text,low", [
    (BORNO + "Amnesty International's Nigeria director, Isa Sanusi, said at least 14 villagers were killed.", 14),
    (BORNO + "The local chief, Modu Kachalla, said 11 residents had been shot dead.", 11),
    ("GOMA (AFP) - Rebels shelled Sake on Monday.\n\nThe camp manager, Jean Baraka, said nine displaced people were "
     "wounded.", 9),
])
def test_a_said_figure_whose_noun_a_harm_verb_follows_is_the_toll(text, low):
    """'…, Isa Sanusi, said at least 14 villagers were killed': after 'said', a number whose noun is the subject of a
    harm verb is the toll, not more speakers ('said three villagers who fled')."""
    assert any(n == low for _, n, _, _ in claims(text)), claims(text)


ARMY_SAID = ("MAIDUGURI, Nigeria (AFP) - Jihadists attacked the town of Dikwa in Borno state on Monday, the army "
             "said.\n\n")


@pytest.mark.parametrize("text,low,claimant", [
    (ARMY_SAID + "HumAngle, a local outlet, reported that 14 people were killed.", 14, "the outlet"),
    (ARMY_SAID + "It was gathered that 14 people were killed.", 14, "the outlet"),
    (ARMY_SAID + "A municipal councillor in Dikwa said that around 20 wounded people had been taken to Maiduguri.",
     20, "local sources"),
])
def test_a_sentence_with_its_own_reporting_verb_does_not_go_on_with_the_last_source(text, low, claimant):
    """'The army said … HumAngle, a local outlet, reported that 14 people were killed': a sentence with a reporting
    verb of its own is that verb's subject's (read by role, else the outlet's), never the source of the sentence
    before; 'it was gathered' is the outlet's own reporting."""
    found = [c for c in claims(text) if c[1] == low]
    assert found and found[0][3] == claimant, claims(text)


TOUGAN = "OUAGADOUGOU (AFP) - Gunmen ambushed a convoy of volunteers near Tougan on Sunday. "


@pytest.mark.parametrize("text,low", [
    (TOUGAN + "A resident said the toll could be \"over 20\", as some volunteers were still missing.", 20),
    (TOUGAN + "The death toll is 14 and 6 others were wounded, police said.", 14),
    (TOUGAN + "The toll was 9 and four others were injured, a nurse said.", 9),
])
def test_the_toll_a_copula_joins_to_its_number_counts_the_dead(text, low):
    """'the toll could be "over 20"', 'the death toll is 14': the toll word before the number counts it (a copula
    between them), not a 'missing' or 'wounded' verb after it."""
    assert ("killed", low) in [(w, n) for w, n, _, _ in claims(text)], claims(text)
