"""English figures that are no claim of the event, or whose victims or speaker the words around them decide
(issue 13): a standing total of the displaced in a news sentence; tallies over past weeks; the owner's men who
killed rather than died ('its troops pursued the assailants and killed five of them'); a passive 'admitted' or
'reported' that names no speaker. Short reports written for these tests."""

import pytest
from conftest import claim_rows as claims
from conftest import extracted

NIGER = ("NIAMEY (Reuters) - Gunmen on motorcycles killed 22 villagers in the Tillaberi region of western Niger on "
         "Sunday, the interior ministry said.\n\n")


def lows(text):
    return [c[1] for c in claims(text)]


@pytest.mark.parametrize("text,kept,dropped", [
    (NIGER + "More than 3,000 people fled to the town of Banibangou, according to the U.N. refugee agency, which said "
             "400,000 people are displaced across the region.", 3000, 400000),
    (NIGER + "About 1,200 villagers fled to Ouallam, local officials said, adding that some 250,000 people remain "
             "displaced in Tillaberi.", 1200, 250000),
    (NIGER + "The attack forced 800 people to flee, the UN said; more than 90,000 villagers have been "
             "displaced throughout the region.", 800, 90000),
])
def test_a_standing_total_of_the_displaced_is_no_claim(text, kept, dropped):
    """'400,000 people are displaced across the region': a stock over a region, not what this attack did; the
    figure of the sentence's other clause ('3,000 people fled') is still news."""
    found = lows(text)
    assert kept in found and dropped not in found, claims(text)


@pytest.mark.parametrize("text,dropped", [
    (NIGER + "The army said its operations had killed 87 militants in the region over the past two weeks.", 87),
    (NIGER + "Attacks in Tillaberi killed 64 civilians over the past week, according to local officials.", 64),
    (NIGER + "Gunmen have abducted 41 people in the area in the last three weeks, residents said.", 41),
])
def test_a_tally_over_past_weeks_is_no_claim(text, dropped):
    """'over the past two weeks': a tally of several incidents, like 'in the past three months'."""
    assert dropped not in lows(text), claims(text)


@pytest.mark.parametrize("text,low,of", [
    ("GOMA, Congo (AP) — ADF rebels attacked an army post near Beni on Monday. The Congolese army said its soldiers "
     "repelled the attackers and killed 11 of them.", 11, "ADF: Allied Democratic Forces"),
    ("GOMA, Congo (AP) — ADF rebels raided a village near Beni on Monday. The army said its troops had pursued the "
     "assailants into the forest and killed five of them.", 5, "ADF: Allied Democratic Forces"),
    ("MOGADISHU, Somalia (AP) — Al-Shabab fighters attacked a base near Jowhar on Saturday. The army said its soldiers "
     "chased the gunmen and killed 14 of them.", 14, "Al Shabaab"),
])
def test_the_owners_men_who_kill_are_not_the_dead(text, low, of):
    """'its soldiers repelled the attackers and killed 11 of them': the owner's men are the subject of 'killed', so
    the eleven are the attackers, not the army's own losses."""
    found = [c for c in claims(text) if c[1] == low]
    assert found and found[0][2] == of, claims(text)


MALI = ("BAMAKO (AFP) - Jihadists attacked a Malian army camp in Boulkessi on Tuesday, the army said, adding that 15 "
        "assailants were killed.\n\n")


@pytest.mark.parametrize("text,low,claimant", [
    (MALI + "A hospital source in Mopti, who asked not to be named, said 19 wounded soldiers had been admitted.", 19,
     "local sources"),
    (MALI + "Doctors in Mopti said that 21 wounded soldiers had been admitted.", 21, "local sources"),
    (MALI + "Nineteen wounded soldiers were admitted to hospital in Sevare, said a local official.", 19,
     "local sources"),
    (MALI + "According to medical sources, 24 wounded soldiers have been admitted to the hospital in Sevare.", 24,
     "local sources"),
])
def test_a_passive_admitted_names_no_speaker(text, low, claimant):
    """'19 wounded soldiers had been admitted': a hospital admission, not the soldiers admitting anything; the
    speaker is the one who said it."""
    found = [c for c in claims(text) if c[1] == low]
    assert found and found[0][3] == claimant, claims(text)


BURKINA = ("OUAGADOUGOU (Reuters) - Jihadists killed 14 soldiers in an attack on an army post near Djibo in northern "
           "Burkina Faso on Sunday, the army said. ")


@pytest.mark.parametrize("text,dropped", [
    (BURKINA + "The army has lost more than 200 soldiers in the region this year, according to an AFP tally.", 200),
    (BURKINA + "Security forces lost at least 400 men across the country this year, an AFP tally shows.", 400),
    (BURKINA + "Armed groups kidnapped at least 65 aid workers in the Sahel this year, the UN says.", 65),
])
def test_a_yearly_tally_told_at_length_is_no_claim(text, dropped):
    """'lost more than 200 soldiers in the region this year': a yearly tally, however many words stand between
    the verb and 'this year'."""
    assert dropped not in lows(text), claims(text)


def test_the_deadliest_this_year_is_still_the_events_toll():
    """'…, which killed 12 civilians, was the deadliest this year': a ranking, not a tally."""
    text = BURKINA + "A second attack on Monday, which killed 12 civilians in Arbinda, was the deadliest this year."
    assert 12 in lows(text), claims(text)


GAZA = ("DEIR AL-BALAH, Gaza Strip (AP) — An Israeli strike hit a tent camp in the Muwasi area of the Gaza Strip on "
        "Sunday, killing 19 people, Nasser Hospital said. ")


@pytest.mark.parametrize("text,dropped", [
    (GAZA + "Gaza's Health Ministry says more than 60,000 Palestinians have been killed in the war.", 60000),
    ("KHARTOUM (Reuters) - RSF shelling killed 12 people in El Fasher on Friday, activists said. At least 150,000 "
     "people have died during the country's civil war, according to estimates.", 150000),
    ("KYIV (Reuters) - A Russian drone killed two people in Kherson on Monday, the governor said. More than 13,000 "
     "civilians were killed throughout the war, the UN says.", 13000),
])
def test_a_toll_of_the_whole_war_is_no_claim(text, dropped):
    """'have been killed in the war': the whole war's toll, not the strike's."""
    assert dropped not in lows(text), claims(text)


@pytest.mark.parametrize("text,dropped", [
    (GAZA + "Fifty hostages remain in Gaza, around 20 of them believed to be alive.", 50),
    ("ABUJA (Reuters) - Gunmen abducted 25 pupils from a school in Kebbi state on Monday, police said. At least "
     "40 hostages still remain in the hands of the kidnappers, police said.", 40),
    ("ABUJA (Reuters) - Gunmen abducted 25 pupils from a school in Kebbi state on Monday, police said. Police said "
     "43 hostages remain with the gang.", 43),
])
def test_hostages_who_remain_held_are_no_claim(text, dropped):
    """'Fifty hostages remain in Gaza': how many are still held, not what this event did."""
    assert dropped not in lows(text), claims(text)


@pytest.mark.parametrize("text,low,claimant", [
    (GAZA + "An Associated Press reporter counted 11 bodies at the hospital morgue.", 11, "the outlet"),
    (GAZA + "Our correspondent counted 14 bodies in the camp.", 14, "the outlet"),
    (GAZA + "An AFP photographer at the morgue said 17 bodies had been brought in.", 17, "the outlet"),
])
def test_the_outlets_own_reporter_is_the_outlet(text, low, claimant):
    """'An AP reporter counted 11 bodies': the outlet's own eyes, not a local source."""
    found = [c for c in claims(text) if c[1] == low]
    assert found and found[0][3] == claimant, claims(text)


@pytest.mark.parametrize("text,low", [
    ("DEIR AL-BALAH, Gaza Strip (AP) — Israeli strikes across the Gaza Strip killed at least 45 people overnight, "
     "including 12 children, according to local hospitals.", 45),
    ("KHARTOUM (Reuters) - RSF drone strikes on El Obeid killed 23 civilians on Saturday, two hospitals in the city "
     "said.", 23),
    ("GOMA (Reuters) - Shelling in Goma killed 16 people on Sunday, according to hospitals in the city.", 16),
])
def test_hospitals_are_local_sources(text, low):
    """'according to local hospitals': a medical source, not the outlet's own voice."""
    found = [c for c in claims(text) if c[1] == low]
    assert found and found[0][3] == "local sources", claims(text)


@pytest.mark.parametrize("text,low,of", [
    ("GOMA (Reuters) - ADF rebels stormed a church in Komanda on Sunday, killing 30 people, a local official said. "
     "The army spokesman said the rebels had fled and that six of them had been killed in pursuit.", 6,
     "ADF: Allied Democratic Forces"),
    ("MOGADISHU (AP) — Al-Shabab fighters attacked a base near Afgoye on Friday, the army said. It said the "
     "militants were pushed back and 14 of them were killed.", 14, "Al Shabaab"),
    ("MAIDUGURI (Reuters) - Boko Haram fighters raided a village near Konduga on Monday, residents said. Soldiers "
     "pursued the insurgents, and eight of them died, the army said.", 8, "Boko Haram (JAS)"),
])
def test_n_of_them_before_its_verb_counts_the_people_named_before(text, low, of):
    """'six of them had been killed': the figure is told before its verb, and 'them' is still the people the
    sentence named last (the rebels), not an unknown toll."""
    found = [c for c in claims(text) if c[1] == low]
    assert found and found[0][2] == of, claims(text)


@pytest.mark.parametrize("text,low", [
    ("BAMAKO (AFP) - Gunmen attacked the village of Sona in central Mali on Monday. The attack forced 2,000 people "
     "from their homes, a local official said.", 2000),
    ("BAMAKO (AFP) - Gunmen attacked the village of Sona in central Mali on Monday. The attack has driven some 1,500 "
     "villagers out of their homes, a local official said.", 1500),
    ("BAMAKO (AFP) - Gunmen attacked the village of Sona in central Mali on Monday. About 900 families were forced "
     "from their homes, OCHA said.", 900),
])
def test_people_forced_from_their_homes_are_displaced(text, low):
    """'forced 2,000 people from their homes': the displaced, as 'forced to flee' is."""
    found = [c for c in claims(text) if c[1] == low]
    assert found and found[0][0] == "displaced", claims(text)


def test_people_forced_to_do_something_else_are_not_displaced():
    text = ("BAMAKO (AFP) - Gunmen attacked the village of Sona in central Mali on Monday. Soldiers forced 30 "
            "villagers to lie on the ground, a local official said.")
    assert 30 not in lows(text), claims(text)


@pytest.mark.parametrize("text,dropped", [
    ("NIAMEY (Reuters) - The attackers, numbering about 100, killed 22 villagers in Tizegorou on Sunday, the "
     "ministry said.", 100),
    ("ABUJA (Reuters) - The bandits, about 150, abducted 40 pupils from a school in Kebbi state on Monday, police "
     "said.", 150),
    ("MOGADISHU (AP) — The militants, nearly 300, overran a base near Afgoye on Friday and killed 17 soldiers, "
     "officials said.", 300),
])
def test_how_many_attackers_there_were_is_no_toll(text, dropped):
    """'The attackers, numbering about 100, killed 22 villagers': the figure between commas counts who attacked;
    the verb after it counts its own object."""
    assert dropped not in lows(text), claims(text)


@pytest.mark.parametrize("text,dropped", [
    ("NIAMEY (Reuters) - Gunmen killed 22 villagers in Tizegorou on Sunday, the ministry said, raising the toll "
     "from attacks in the region to 150 this month.", 150),
    ("ABUJA (Reuters) - Bandits killed nine farmers in Zamfara on Monday, police said, bringing the toll of such "
     "raids to 210 this year.", 210),
    ("KHARTOUM (Reuters) - Shelling killed seven people in El Fasher on Friday, activists said. The toll in the "
     "city stands at 480 for this month.", 480),
])
def test_a_toll_of_the_month_or_year_is_no_claim(text, dropped):
    """'raising the toll from attacks in the region to 150 this month': a tally of many attacks."""
    assert dropped not in lows(text), claims(text)


@pytest.mark.parametrize("words,low,high", [
    ("several hundred people", 100, None),
    ("a few hundred villagers", 100, None),
    ("several thousand residents", 1000, None),
    ("a few dozen people", 12, None),
    ("as many as 30 people", 30, 30),
    ("as many as 45 civilians", 45, 45),
])
def test_vague_hundreds_and_as_many_as(words, low, high):
    """'several hundred' is the vague 'hundreds' (≥ 100), not 'several' (≥ 3); 'as many as 30' keeps its number,
    as 'up to 30' does."""
    text = f"BAMAKO (AFP) - Gunmen attacked the village of Sona in central Mali on Monday, killing {words}, a local " \
           "official said."
    found = [(c.low, c.high) for e in extracted(text, "en").events for c in e.claims]
    assert (low, high) in found, found


@pytest.mark.parametrize("text,dropped", [
    ("NIAMEY (Reuters) - Niger's army said on Thursday that 29 soldiers were killed when hundreds of jihadists "
     "attacked a military post in Banibangou.", 100),
    ("BAMAKO (AFP) - Eleven soldiers died after dozens of militants on motorcycles stormed their camp near Boni on "
     "Monday, the army said.", 12),
    ("ABUJA (Reuters) - Nine villagers were killed as hundreds of bandits raided Kwall in Plateau state on "
     "Sunday, police said.", 100),
])
def test_attackers_counted_in_the_next_clause_are_no_toll(text, dropped):
    """'29 soldiers were killed when hundreds of jihadists attacked': 'killed' counts the soldiers; past 'when' the
    figure is how many attacked."""
    assert dropped not in lows(text), claims(text)


@pytest.mark.parametrize("text,low,of", [
    ("BAMAKO (AFP) - The army said JNIM fighters attacked its base in Boulkessi on Tuesday and killed 20 of its "
     "men.", 20, "Military Forces of Mali (FAMa)"),
    ("OUAGADOUGOU (Reuters) - The army said gunmen stormed its post near Djibo on Monday and killed 11 of its "
     "soldiers.", 11, "Military Forces of Burkina Faso"),
    ("NIAMEY (Reuters) - The defence ministry said jihadists ambushed its patrol near Tera and killed 9 of its "
     "men.", 9, "Military Forces of Niger"),
])
def test_its_men_that_the_subject_killed_are_not_the_subjects(text, low, of):
    """'X said JNIM attacked its base and killed 20 of its men': JNIM killed them, so 'its men' are not JNIM's own
    losses (as 'the attackers lost six of their men' are)."""
    found = [c for c in claims(text) if c[1] == low]
    assert found and found[0][2] == of, claims(text)


@pytest.mark.parametrize("text,low,of", [
    ("BAMAKO (AFP) - The army lost 20 men when JNIM fighters attacked its base in Boulkessi on Tuesday, security "
     "sources said.", 20, "Military Forces of Mali (FAMa)"),
    ("Burkina Faso's army lost 11 men after Ansarul Islam fighters stormed its post near Djibo on Monday, "
     "residents said.", 11, "Military Forces of Burkina Faso"),
    ("MAIDUGURI (Reuters) - The military lost nine men when ISWAP fighters attacked their base in Malam Fatori on "
     "Monday, security sources said.", 9, "Military Forces of Nigeria"),
])
def test_the_counted_phrase_ends_at_a_clause_opener(text, low, of):
    """'lost 20 men when JNIM fighters attacked': the counted men are the army's; the group named after 'when' is
    who attacked."""
    found = [c for c in claims(text) if c[1] == low]
    assert found and found[0][2] == of, claims(text)


@pytest.mark.parametrize("text,low,of", [
    ("OUAGADOUGOU (Reuters) - Burkina Faso's army lost 11 men in an attack near Djibo on Monday, residents said.", 11,
     "Military Forces of Burkina Faso"),
    ("NIAMEY, Niger (AP) — Niger's army lost 17 men in an ambush near Tera on Friday, a local official said.", 17,
     "Military Forces of Niger"),
    ("BAMAKO (AFP) - Mali's army lost 8 men in an ambush near Boni on Tuesday, residents said.", 8,
     "Military Forces of Mali (FAMa)"),
])
def test_a_dateline_does_not_hide_the_clause_subject(text, low, of):
    """'OUAGADOUGOU (Reuters) - Burkina Faso's army lost 11 men': the dateline opens no clause; the army is the
    subject that lost them, whoever tells it."""
    found = [c for c in claims(text) if c[1] == low]
    assert found and found[0][2] == of, claims(text)


BORNO = "MAIDUGURI, Nigeria (AP) — Boko Haram fighters killed 12 farmers in Borno state on Monday, police said. "


@pytest.mark.parametrize("text,dropped", [
    (BORNO + "Five years ago, the group killed 43 farmers in nearby Zabarmari.", 43),
    (BORNO + "Three years earlier, gunmen killed 76 people in the same village.", 76),
    (BORNO + "Months ago, the insurgents abducted 28 women from the area, residents said.", 28),
])
def test_an_attack_years_ago_is_another_event(text, dropped):
    """'Five years ago, the group killed 43 farmers': a past incident told as context, not this event's toll."""
    assert dropped not in lows(text), claims(text)


@pytest.mark.parametrize("text,dropped", [
    (BORNO + "Police said 30 suspects had been arrested over the past month.", 30),
    (BORNO + "The insurgents abducted 140 people in the area during the past year, residents said.", 140),
    (BORNO + "Soldiers killed 65 insurgents in the state during the previous month, the army said.", 65),
])
def test_a_tally_over_the_past_month_or_year_is_no_claim(text, dropped):
    """'over the past month', 'in the last year': a tally of many incidents."""
    assert dropped not in lows(text), claims(text)
