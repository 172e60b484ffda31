"""English figures whose side is the speaker's enemy, or the attacker a toll is named after (issue 13, kinds of
'of: unidentified armed group → state forces' and 'of: unknown → state forces'): the toll of 'the enemy attack'
counts its victims, not the enemy; 'enemy' drones told by no party in a war of two states are the one foreign force
the event names; an insurgent group's enemy is the country's forces when the event names no other; a nationality
word among a craft's counted words; 'the opposition' as a stand-in for the last armed group; a defence minister as
the military; news told before a clause that sums many events. Short reports written for these tests."""

import pytest
from conftest import claim_rows as claims

UNIDENTIFIED = "Unidentified Armed Group"


@pytest.mark.parametrize("text,low", [
    ("KHERSON, Ukraine (Reuters) - The death toll from the enemy shelling of Kherson on Thursday has risen to six, "
     "the regional governor said on Friday.", 6),
    ("ODESA, Ukraine (AP) — \"The toll of the enemy's missile strike on the port has reached nine,\" the head of the "
     "regional administration wrote on Telegram.", 9),
    ("KHARKIV, Ukraine (AFP) - Local officials said the number of dead from the overnight enemy drone attack on the "
     "Saltivka district had climbed to four.", 4),
])
def test_the_enemy_attack_names_who_struck_not_whose_dead(text, low):
    """'the toll from the enemy shelling': 'enemy' qualifies the attack, whose victims the toll counts; the dead
    are no armed group's."""
    rows = [r for r in claims(text) if r[1] == low]
    assert rows and all(not r[2].startswith(UNIDENTIFIED) for r in rows), claims(text)


@pytest.mark.parametrize("text,low", [
    ("DNIPRO, Ukraine (AFP) - Russian forces attacked Dnipro with ballistic missiles overnight, killing three "
     "people, the regional governor said. Air defences destroyed 20 enemy drones, he said.", 20),
    ("SUMY, Ukraine (AP) — Russian drones struck Sumy overnight, killing two people. The city's military "
     "administration said 14 enemy drones had been downed over the region.", 14),
    ("ZAPORIZHZHIA, Ukraine (Reuters) - Russian forces attacked Zaporizhzhia with drones overnight, wounding five "
     "people, the regional governor said. Eleven enemy drones were shot down over the region, he added.", 11),
])
def test_enemy_craft_told_by_no_party_are_the_invader_s(text, low):
    """A governor or a town's administration is no party: 'enemy' there is the one foreign state force the event
    names, not an unidentified group of the country."""
    rows = [r for r in claims(text) if r[1] == low]
    assert rows and rows[0][2] == "Military Forces of Russia", claims(text)


@pytest.mark.parametrize("text,low,side", [
    ("MAIDUGURI, Nigeria (AP) — Jihadists attacked a base in Damasak on Sunday. ISWAP said in a statement that "
     "its fighters killed 20 enemy fighters.", 20, "Military Forces of Nigeria"),
    ("MAIDUGURI, Nigeria (AP) — Jihadists attacked a base in Damasak on Sunday. ISWAP said it killed 15 "
     "\"apostates\" in the attack.", 15, "Military Forces of Nigeria"),
    ("MOGADISHU (Reuters) - Al Shabaab fighters attacked a base in Lower Shabelle on Friday. The militants said "
     "they killed 47 of the enemy.", 47, "Military Forces of Somalia"),
    ("MOGADISHU (Reuters) - Al Shabaab fighters overran a camp near Afgoye on Friday. The group said its fighters "
     "killed 25 \"invaders\".", 25, "Military Forces of Somalia"),
])
def test_an_insurgent_group_s_enemy_is_the_country_s_forces(text, low, side):
    """'ISWAP said it killed 15 apostates' in an event naming no force and no other group: the group's enemy is the
    forces of the report's country, not 'unknown'."""
    rows = [r for r in claims(text) if r[1] == low]
    assert rows and rows[0][2] == side, claims(text)


def test_an_insurgent_group_s_enemy_is_not_guessed_beside_another_group():
    """Two groups named in the event: the enemy may be the other group; no state force is guessed."""
    text = ("MAIDUGURI, Nigeria (AP) — ISWAP and Boko Haram fighters clashed near Lake Chad on Sunday. ISWAP said "
            "it killed 33 enemy fighters.")
    assert all(r[2] != "Military Forces of Nigeria" for r in claims(text)), claims(text)


@pytest.mark.parametrize("text,low,side", [
    ("KYIV (Reuters) - Russian forces shot down a Ukrainian Su-27 fighter jet over Kherson, the Russian defence "
     "ministry said.", 1, "Military Forces of Ukraine"),
    ("KYIV (AP) — Russia's defence ministry said its air defences downed two Ukrainian Su-24 bombers near "
     "Crimea on Tuesday.", 2, "Military Forces of Ukraine"),
    ("KYIV (AFP) - Ukraine's air force said its pilots downed a Russian Su-34 bomber near Pokrovsk, the sixth "
     "this month.", 1, "Military Forces of Russia"),
])
def test_a_nationality_before_a_craft_s_model_names_its_owner(text, low, side):
    """'a Ukrainian Su-27': the model's name after the nationality word hides it from the actor reader; the craft
    is still that country's forces', not an unidentified group's."""
    rows = [r for r in claims(text) if r[1] == low]
    assert rows and rows[0][2] == side, claims(text)


def test_where_a_craft_was_made_is_not_whose_it_is():
    text = ("KYIV (Reuters) - Russian forces struck Odesa overnight, killing two people, the governor said. Air "
            "defences destroyed 31 Iranian-made drones, he said.")
    assert all(r[2] != "Military Forces of Iran" for r in claims(text)), claims(text)


@pytest.mark.parametrize("text,low", [
    ("JUBA (AFP) - Clashes between the army and SPLA-IO forces in Upper Nile state killed at least 20 soldiers, "
     "army spokesman Lul Ruai Koang said. The opposition group said it lost four fighters.", 4),
    ("JUBA (Reuters) - Government troops and SPLA-IO fighters fought near Nasir on Tuesday, the army said. The "
     "opposition said it had lost six men in the fighting.", 6),
    ("JUBA (AP) — The army said it repelled an SPLA-IO attack on Ulang. The armed opposition movement said in a "
     "statement that three of its fighters died.", 3),
])
def test_the_opposition_stands_for_the_armed_group(text, low):
    """'The opposition group said it lost four fighters': the stand-in names the last armed group, whose own
    losses they are (not the outlet's words, nor the army's that spoke before)."""
    rows = [r for r in claims(text) if r[1] == low]
    side = "SPLM-IO: Sudan People's Liberation Movement-in-Opposition"
    assert rows and rows[0][3] == side and rows[0][2] == side, claims(text)


@pytest.mark.parametrize("text,low", [
    ("YAOUNDE, Cameroon (AFP) - Soldiers killed 11 separatists in an operation near Bamenda, Cameroon's defence "
     "minister said on Tuesday.", 11),
    ("MAPUTO, Mozambique (Lusa) - Troops killed eight insurgents near Macomia on Sunday, Defence Minister Cristovao "
     "Chume told parliament.", 8),
    ("ABUJA, Nigeria (Reuters) - According to the minister of defence, 14 bandits were killed in an air raid on "
     "a camp in Zamfara state.", 14),
])
def test_a_defence_minister_speaks_for_the_military(text, low):
    """A defence minister, like the defence ministry, speaks for the country's military, not its government."""
    rows = [r for r in claims(text) if r[1] == low]
    assert rows and rows[0][3].startswith("Military Forces of"), claims(text)


@pytest.mark.parametrize("text,low,total", [
    ("KHARTOUM (AFP) - RSF fighters killed 30 civilians in Umm Kadada, activists said, adding that at least 200 "
     "have been killed in North Darfur since the beginning of the month.", 30, 200),
    ("GOMA (Reuters) - Rebels shelled a displacement camp near Sake, killing 12 people, aid workers said, adding "
     "that more than 900 have died in the province since the start of the offensive.", 12, 900),
    ("BANGUI (AP) — Gunmen killed nine traders on the road to Bria, a local official said, and the toll of such "
     "ambushes has risen to 140 since the start of the rainy season.", 9, 140),
])
def test_news_told_before_a_sum_of_many_events_stays_news(text, low, total):
    """'killed 30 civilians …, adding that 200 have been killed since the beginning of the month': the first
    clause is news with its own figure; the sum in the later clause is no claim of it."""
    found = [r[1] for r in claims(text)]
    assert low in found and total not in found, claims(text)


@pytest.mark.parametrize("text,low,claimant", [
    ("MAIDUGURI, Nigeria (AP) — Troops repelled an attack by jihadists on Monguno on Sunday, the army said. "
     "Residents, however, said the attackers killed at least 9 civilians.", 9, "residents"),
    ("KHARTOUM (Reuters) - The army said it repelled an RSF assault on Babanusa. Local officials, meanwhile, said the "
     "paramilitaries shelled the market and killed 14 traders.", 14, "local sources"),
    ("BAMENDA, Cameroon (AFP) - Soldiers raided a separatist camp near Batibo, the army said. Survivors, too, said "
     "the soldiers shot dead six farmers.", 6, "residents"),
])
def test_an_adverb_aside_keeps_the_speaker_before_it(text, low, claimant):
    """'Residents, however, said the attackers killed …': the comma before 'said' closes an adverb, not a quote;
    the speaker is the subject before it, not the attackers after the verb (nor the army that spoke before)."""
    rows = [r for r in claims(text) if r[1] == low]
    assert rows and rows[0][3] == claimant, claims(text)


@pytest.mark.parametrize("text,low,side", [
    ("PESHAWAR, Pakistan (AP) — Militants killed five cops at a checkpoint in Lakki Marwat on Sunday, officials "
     "said.", 5, "Police Forces of Pakistan"),
    ("DERA ISMAIL KHAN, Pakistan (Dawn) — A police constable was martyred when terrorists attacked a police station, "
     "police said.", 1, "Police Forces of Pakistan"),
    ("SRINAGAR, India (Reuters) - Militants ambushed an army patrol in Kupwara on Monday, killing three jawans, "
     "officials said.", 3, "Military Forces of India"),
    ("KANO, Nigeria (AP) — Gunmen shot dead a policeman at a checkpoint on the Kano-Zaria road, police said.", 1,
     "Police Forces of Nigeria"),
])
def test_police_and_troops_by_other_names(text, low, side):
    """'cops', 'a police constable', 'jawans', 'a policeman': the state's forces (they were civilians, or no
    figure at all)."""
    rows = [r for r in claims(text) if r[1] == low]
    assert rows and rows[0][2] == side, claims(text)


@pytest.mark.parametrize("text,low,side", [
    ("KHARTOUM (AFP) - RSF fighters killed 11 army-allied fighters near el-Fasher on Sunday, a medical source said.",
     11, "Military Forces of Sudan (SAF)"),
    ("MAIDUGURI, Nigeria (AP) — Jihadists killed nine pro-government militiamen in an ambush near Gwoza, residents "
     "said.", 9, "Military Forces of Nigeria"),
    ("MOGADISHU (Reuters) - Al Shabaab fighters killed seven fighters loyal to the government in Galmudug, a local "
     "elder said.", 7, "Military Forces of Somalia"),
])
def test_fighters_on_the_state_s_side_are_its_forces(text, low, side):
    """'army-allied fighters', 'pro-government militiamen', 'fighters loyal to the government': fighters, yet on
    the state's side; not the enemy (the RSF, an unidentified group)."""
    rows = [r for r in claims(text) if r[1] == low]
    assert rows and rows[0][2] == side, claims(text)


@pytest.mark.parametrize("text,low", [
    ("MAIDUGURI, Nigeria (AP) — Jihadists killed 11 security force members in an attack in Borno on Sunday, "
     "residents said.", 11),
    ("GOMA (Reuters) - Rebels ambushed a patrol near Rutshuru, killing six service members, a local official said.",
     6),
    ("JUBA (AP) — Gunmen killed four army men at a checkpoint on the Juba-Yei road, a local official said.", 4),
])
def test_the_state_s_men_by_other_words(text, low):
    """'security force members', 'service members', 'army men' are the state's forces, not civilians."""
    rows = [r for r in claims(text) if r[1] == low]
    assert rows and rows[0][2].startswith("Military Forces of"), claims(text)


@pytest.mark.parametrize("text,kept,dropped", [
    ("KYIV, Ukraine (AP) — Russia attacked Kyiv overnight. Ukraine's air force said Russia launched 80 drones, of "
     "which 50 were shot down.", 50, 80),
    ("KHARKIV, Ukraine (AP) — Russian drones struck Kharkiv overnight, wounding three people. The air force said 35 "
     "drones were launched at the region, of which 28 were shot down.", 28, 35),
    ("KHARTOUM (AFP) - RSF drones struck Port Sudan on Sunday, killing two people. The army said the RSF launched 30 "
     "drones, of which 26 were shot down.", 26, 30),
])
def test_of_which_with_its_noun_elided_counts_the_part(text, kept, dropped):
    """'80 drones, of which 50 were shot down': the verb after the part counts the part (the craft lost), not the
    whole launched, also when the part repeats no noun."""
    found = [r[1] for r in claims(text) if r[0] == "aircraft lost"]
    assert kept in found and dropped not in found, claims(text)


@pytest.mark.parametrize("text,what,low", [
    ("KYIV, Ukraine (AP) — Russian forces attacked Pokrovsk on Monday. Ukraine's army said five Russian tanks were "
     "destroyed and three captured.", "vehicles seized", 3),
    ("KYIV (Reuters) - Russia attacked Odesa overnight. The air force said 50 Russian drones were downed and 20 were "
     "lost to electronic jamming.", "aircraft lost", 20),
    ("KHARTOUM (AFP) - The army said it repelled an RSF attack on el-Obeid, adding that 12 combat vehicles were "
     "destroyed and five captured.", "vehicles seized", 5),
])
def test_an_elided_noun_after_vehicles_counts_the_same_things(text, what, low):
    """'five tanks were destroyed and three captured': the three are tanks (vehicles seized), not prisoners; '20
    were lost' after drones are drones lost, not dead."""
    assert any(r[0] == what and r[1] == low for r in claims(text)), claims(text)
