"""Kinds of claim errors found on reports written for these tests (speakers, sides, boundaries)."""

import pytest

from fogline.extract import extractor_for
from fogline.extract.speaker_memory import SpeakerMemory


def resolve(text, phrase, country="Sudan"):
    ex = extractor_for("en")
    start = text.index(phrase)
    actors = ex.actors.find(text, 2025)
    sp = ex.resolver.resolve(text, start, start + len(phrase), actors, SpeakerMemory(), country)
    return sp.name if sp else None


@pytest.mark.parametrize("text,phrase", [
    ("“Nine died,” Ali Omar, spokesman for the General Coordination of Displaced Persons, told AFP.",
     "Ali Omar, spokesman for the General Coordination of Displaced Persons"),
    ("According to the General Assembly of Farmers, 12 people died.", "the General Assembly of Farmers"),
    ("The Major Relief Committee said 30 houses burned.", "The Major Relief Committee"),
])
def test_a_capitalised_word_after_the_is_no_military_rank(text, phrase):
    assert not (resolve(text, phrase) or "").startswith("Military Forces")


@pytest.mark.parametrize("text,phrase", [
    ("General Abdel Omar said 40 fighters were killed.", "General Abdel Omar"),
    ("Army spokesman Brigadier General Nabil Abdallah said 12 died.",
     "Army spokesman Brigadier General Nabil Abdallah"),
    ("Speaking to reporters, Colonel Idris Musa said 5 died.", "Colonel Idris Musa"),
])
def test_a_rank_before_a_name_is_still_the_army(text, phrase):
    assert resolve(text, phrase) == "Military Forces of Sudan (SAF)"


@pytest.mark.parametrize("text,phrase", [
    ("Nine soldiers were killed, two army officers told AFP.", "two army officers"),
    ("Military officers said 5 troops died in the ambush.", "Military officers"),
    ("Several security officers, speaking to reporters, said 3 died.", "Several security officers"),
])
def test_unnamed_officers_are_security_sources(text, phrase):
    assert resolve(text, phrase, "Nigeria") == "security sources"


def claims(text, published="2025-10-14"):
    from datetime import date

    from fogline.records import Document
    ex = extractor_for("en").extract(Document(id="t", text=text, language="en",
                                              published=date.fromisoformat(published)))
    return [(c.what, c.low, c.of, c.claimant) for e in ex.events for c in e.claims if c.low is not None]


@pytest.mark.parametrize("text,what,low", [
    ("Gunmen abducted 50 passengers from buses in Zamfara state, police said.", "abducted", 50),
    ("Gunmen abducted 30 bus passengers near Gusau in Zamfara state on Sunday, police said.", "abducted", 30),
    ("Bandits shot dead 7 travellers in a minibus near Kaduna on Monday, police said.", "killed", 7),
])
def test_people_on_a_vehicle_are_the_people_counted(text, what, low):
    assert [(w, n, of) for w, n, of, _ in claims(text)] == [(what, low, "Civilians (Nigeria)")]


def test_vehicles_alone_are_still_vehicles():
    assert [(w, n) for w, n, _, _ in claims("The militants burned 12 trucks and 3 buses near Kaduna on Monday, "
                                              "police said.")] == [("vehicles destroyed", 15)]


@pytest.mark.parametrize("text,low", [
    ("Gunmen killed 5 villagers in Plateau state on Monday, police said, adding that 11 people were receiving "
     "treatment in hospital.", 11),
    ("Gunmen killed 5 people in Plateau state on Monday and 14 others were being treated for gunshot wounds, "
     "police said.", 14),
    ("Bandits killed 3 farmers near Jos on Sunday; 6 more are undergoing treatment, police said.", 6),
])
def test_people_being_treated_are_wounded(text, low):
    got = {n: w for w, n, _, _ in claims(text)}
    assert got[low] == "wounded" and got.get(5 if low != 6 else 3) == "killed"


@pytest.mark.parametrize("text,low", [
    ("Gunmen attacked Bokkos in Nigeria on Sunday. Police said they had recovered 32 bodies.", 32),
    ("Gunmen attacked Bokkos in Nigeria on Sunday. Rescuers recovered 27 bodies from the village, police said.", 27),
    ("Gunmen attacked Bokkos in Nigeria on Sunday. “We have recovered 19 bodies so far,” a resident said.", 19),
])
def test_recovered_bodies_are_a_death_toll(text, low):
    assert [(w, n) for w, n, _, _ in claims(text)] == [("killed", low)]


@pytest.mark.parametrize("text,expected", [
    ("About 100 gunmen on motorcycles attacked the village of Kadisau in Zamfara state on Monday, killing 38 "
     "people, police said.", [("killed", 38)]),
    ("Hundreds of jihadists stormed the army base in Borno state on Monday, killing 20 soldiers, police said.",
     [("killed", 20)]),
    ("More than 200 fighters on motorbikes raided the town of Gusau in Nigeria on Monday and killed 15 civilians, "
     "police said.", [("killed", 15)]),
])
def test_the_attackers_number_is_no_toll(text, expected):
    assert [(w, n) for w, n, _, _ in claims(text)] == expected


def test_a_toll_and_a_wounded_count_still_share_one_sentence():
    assert [(w, n) for w, n, _, _ in claims("Gunmen attacked Gusau in Nigeria on Monday: 12 people were killed "
                                              "and 30 wounded, police said.")] == [("killed", 12), ("wounded", 30)]


@pytest.mark.parametrize("later", [
    "In May, bandits killed 30 people in a nearby village.",
    "Earlier this month, bandits killed 30 people in a nearby village.",
    "Last month, a similar attack on the village left 30 people dead.",
])
def test_a_sentence_dated_by_month_alone_is_not_the_days_event(later):
    text = "Gunmen killed 12 villagers in Nigeria's Zamfara state on Monday, police said. " + later
    assert [(w, n) for w, n, _, _ in claims(text, "2025-06-12")] == [("killed", 12)]


@pytest.mark.parametrize("text,month", [
    ("In May, bandits killed 30 people.", 5),
    ("The village has been attacked three times since May.", 5),
    ("Gunmen who may have come from Niger struck in March.", 3),
])
def test_may_after_a_preposition_is_the_month(text, month):
    from datetime import date
    found = extractor_for("en").context.dates.find(text, date(2025, 6, 12))
    assert [d.date.month for d in found] == [month]


def test_may_the_verb_is_no_month():
    from datetime import date
    assert extractor_for("en").context.dates.find("Bandits may have killed 30. May God help us.",
                                                   date(2025, 6, 12)) == []


@pytest.mark.parametrize("tally", [
    "More than 1,500 people were killed in gang violence in Haiti in the first three months of the year, the UN "
    "said.",
    "Gangs killed 900 people in the first half of 2024, the UN said.",
    "Over the past six months, 700 people have been killed in the capital, the UN said.",
])
def test_a_periods_tally_is_no_claim_of_the_event(tally):
    text = "Gang members killed 8 people in Cite Soleil in Haiti on Sunday, residents said. " + tally
    assert [(w, n) for w, n, _, _ in claims(text, "2025-04-02")] == [("killed", 8)]


@pytest.mark.parametrize("text,of", [
    ("A suicide bomber struck a police van in Quetta in Pakistan on Wednesday, killing six policemen and wounding "
     "14 others, police said.", "Police Forces of Pakistan"),
    ("Militants ambushed an army convoy in Kurram in Pakistan on Monday, killing four soldiers and injuring seven "
     "others, police said.", "Military Forces of Pakistan"),
    ("Gunmen attacked a checkpoint in Bannu in Pakistan on Monday, killing two police officers and wounding three "
     "others, police said.", "Police Forces of Pakistan"),
])
def test_others_after_a_verb_are_the_same_victims(text, of):
    got = claims(text, "2025-01-22")
    assert [c[2] for c in got] == [of, of]


@pytest.mark.parametrize("text", [
    "Medics in El Fasher in Sudan said they received the bodies of 14 people killed in RSF shelling on Wednesday.",
    "Rescuers in El Fasher in Sudan recovered the bodies of 14 people killed by RSF fighters on Wednesday.",
    "A doctor in El Fasher in Sudan said the hospital received the bodies of 14 people shot dead by the RSF on "
    "Wednesday.",
])
def test_the_agent_after_a_harm_verb_is_not_whose_dead(text):
    got = claims(text, "2025-06-12")
    assert [(w, n) for w, n, _, _ in got] == [("killed", 14)] and "Rapid Support" not in got[0][2]


@pytest.mark.parametrize("text,phrase", [
    ("“The toll is 43 dead,” Kinos Mbusa, president of civil society in Beni, told Reuters.",
     "Kinos Mbusa, president of civil society in Beni"),
    ("The president of the local youth association said 12 people died.",
     "The president of the local youth association"),
    ("According to the president of a farmers' union, 6 herders were killed.", "the president of a farmers' union"),
])
def test_the_president_of_a_civic_body_is_no_government(text, phrase):
    assert not (resolve(text, phrase, "Democratic Republic of Congo") or "").startswith("Government")


def test_the_president_is_still_the_government():
    assert resolve("The president said 30 soldiers died.", "The president", "Niger") == "Government of Niger"


@pytest.mark.parametrize("second", [
    "Police spokesman Yazid Abubakar confirmed that the villagers were killed.",
    "The police confirmed the deaths.",
    "A police spokesman confirmed the killings to Reuters.",
])
def test_a_confirmation_of_the_deaths_gives_the_figure_before_to_its_speaker(second):
    text = "Gunmen killed 12 villagers in Zamfara state in Nigeria on Monday. " + second
    assert [(n, who) for _, n, _, who in claims(text, "2025-06-12")] == [(12, "Police Forces of Nigeria")]


@pytest.mark.parametrize("text", [
    "Gunmen killed 9 people in Bokkos in Nigeria on Sunday afternoon, a day after bandits killed four farmers in a "
    "nearby village, police said.",
    "Gunmen killed 9 people in Bokkos in Nigeria on Sunday, two days after the army killed 12 bandits nearby, "
    "police said.",
    "Gunmen killed 9 people in Bokkos in Nigeria on Sunday, just weeks after an airstrike left 30 dead in the "
    "area, police said.",
])
def test_a_figure_after_a_day_after_clause_is_another_events(text):
    assert [n for _, n, _, _ in claims(text, "2025-06-16")] == [9]


def test_a_day_after_opening_the_sentence_keeps_its_figure():
    assert [n for _, n, _, _ in claims("A day after the attack on Bokkos in Nigeria on Sunday, police said 9 "
                                         "people had died.", "2025-06-16")] == [9]


@pytest.mark.parametrize("text,low", [
    ("Gunmen raided Bokkos in Nigeria on Sunday. The 45-year-old farmer was one of nine people killed in the raid, "
     "police said.", 9),
    ("Gunmen raided Bokkos in Nigeria on Sunday. The teacher is one of the 12 villagers killed, police said.", 12),
    ("Gunmen raided Bokkos in Nigeria on Sunday. Police said the imam was one of 7 worshippers shot dead.", 7),
])
def test_one_named_among_the_dead_leaves_the_whole_as_the_toll(text, low):
    assert [n for _, n, _, _ in claims(text, "2025-06-16")] == [low]


def test_one_of_two_helicopters_is_still_the_part():
    from fogline.extract import extractor_for as ef
    ex = ef("en")
    text = "One of two helicopters was shot down."
    assert [(r.what, r.low) for r in ex.figures.find(text, ex.context.numbers.find(text), [], [])] == [
        ("aircraft lost", 1)]


@pytest.mark.parametrize("language,text,day", [
    ("en", "Gunmen attacked the village on Tuesday last week.", 7),
    ("en", "The army said the raid took place on Friday of last week.", 10),
    ("fr", "Des hommes armés ont attaqué le village mardi de la semaine dernière.", 7),
])
def test_a_weekday_of_last_week_is_in_the_week_before(language, text, day):
    from datetime import date
    found = extractor_for(language).context.dates.find(text, date(2025, 10, 16))  # a Thursday
    assert [d.date for d in found if d.kind == "weekday"] == [date(2025, 10, day)]


def test_a_bare_weekday_stays_in_the_pages_week():
    from datetime import date
    found = extractor_for("en").context.dates.find("Gunmen attacked on Tuesday.", date(2025, 10, 16))
    assert [d.date for d in found] == [date(2025, 10, 14)]
