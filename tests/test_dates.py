"""Date rules, each on sentences written for the test (English and French where the rule applies): the
date phrase itself (DateReader) and the event date the whole pipeline gives."""

from datetime import date

import pytest

from fogline.extract import extract
from fogline.extract.dates import DateReader
from fogline.extract.filed import dateline
from fogline.lang import resources
from fogline.records import Document

TUE = date(2025, 3, 11)  # a Tuesday: Sunday is 9 March, Saturday 8 March


@pytest.fixture(scope="module")
def readers():
    return {code: DateReader(resources(code)["dates"], code) for code in ("en", "fr")}


def one(readers, code, text, published=TUE):
    found = readers[code].find(text, published)
    assert found, text
    return found[0]


def event_date(text, language="en", published=TUE):
    ex = extract(Document("t", text, language, published)).to_dict()
    assert ex["events"], text
    return ex["events"][0]["date"]


# A weekday written with its date: one mention, and the written date wins when the two disagree.
@pytest.mark.parametrize("code,text,published,expected", [
    ("en", "on Monday, July 15", date(2025, 7, 16), date(2025, 7, 15)),  # 15 July 2025 is a Tuesday
    ("en", "India on Wednesday (July 2) voiced concern", date(2025, 7, 3), date(2025, 7, 2)),
    ("en", "on Friday 14 March 2025", None, date(2025, 3, 14)),
    ("en", "on Saturday, the 8th of March", TUE, date(2025, 3, 8)),
    ("fr", "mardi (4 mars)", TUE, date(2025, 3, 4)),
    ("fr", "samedi, 8 mars 2025", None, date(2025, 3, 8)),
    ("fr", "le lundi 9 mars", TUE, date(2025, 3, 9)),  # 9 March 2025 is a Sunday: the date wins
])
def test_weekday_with_its_date_is_one_absolute_date(readers, code, text, published, expected):
    found = readers[code].find(text, published)
    assert len(found) == 1, found
    assert (found[0].date, found[0].precision, found[0].kind) == (expected, "day", "absolute")


@pytest.mark.parametrize("code,text", [
    ("en", "Gunmen raided the village of Dogo on Monday, March 9, killing seven people. Survivors said the gunmen "
           "came on Monday at dawn and left by noon. The raiders returned on Monday evening."),
    ("en", "The militia attacked the camp on Monday (March 9). Residents said the shooting on Monday lasted hours."),
    ("fr", "Des hommes armés ont attaqué le village de Dogo le lundi 9 mars, tuant sept personnes. Selon des "
           "survivants, les assaillants sont arrivés lundi à l'aube."),
    ("fr", "Lundi 9 mars, des jihadistes ont attaqué un poste militaire. Les combats de lundi ont duré trois heures."),
])
def test_a_weekday_written_with_its_date_names_that_day_for_the_whole_report(code, text):
    """9 March 2025 is a Sunday: the report's own 'Monday' is its 9 March, not the 10th (one event)."""
    ex = extract(Document("t", text, code, date(2025, 3, 12))).to_dict()
    assert [e["date"] for e in ex["events"]] == ["2025-03-09"]


# A weekday written with its date sets the report's week: on a page dated a week or more later, a bare weekday is
# the one nearest to that date, not one of the page's own week (the page's date is late).
@pytest.mark.parametrize("code,text,expected", [
    ("en", "Boko Haram fighters killed 14 soldiers at a base in Marte on Friday, March 21, military sources said. "
           "The fighters returned on Saturday and killed three more soldiers.", ["2025-03-21", "2025-03-22"]),
    ("en", "Gunmen attacked Dogo on Tuesday, March 18, killing seven people. The raiders came back on Thursday and "
           "burned the market.", ["2025-03-18", "2025-03-20"]),
    ("en", "Clashes broke out in Nasir on Thursday, 20 March. By Friday the army had lost the town, killing 12 "
           "soldiers.", ["2025-03-20", "2025-03-21"]),
    ("fr", "Des jihadistes ont attaqué Djibo le vendredi 21 mars, tuant neuf soldats. Ils sont revenus samedi et "
           "ont incendié le marché.", ["2025-03-21", "2025-03-22"]),
])
def test_a_weekday_with_its_date_sets_the_reports_week(code, text, expected):
    ex = extract(Document("t", text, code, date(2025, 3, 31))).to_dict()
    assert sorted({e["date"] for e in ex["events"]}) == expected


# Two days of one month: the first dates the phrase, the second has its own mention.
@pytest.mark.parametrize("code,text,first,second", [
    ("en", "attacks on 12 and 14 February", 12, 14),
    ("en", "between March 5 and 7", 5, 7),
    ("en", "raids on 5-7 March", 5, 7),
    ("fr", "les 12 et 14 février derniers", 12, 14),
    ("fr", "du 7 au 8 mars", 7, 8),
    ("fr", "dans la nuit du 7 au 8 mars", 7, 8),
])
def test_two_days_of_one_month(readers, code, text, first, second):
    found = readers[code].find(text, TUE)
    assert [(d.date.day, d.precision) for d in found] == [(first, "day"), (second, "day")]
    assert text[found[0].start:found[0].end].split()[-1] in ("February", "March", "février", "mars", "7")


@pytest.mark.parametrize("code,text,expected", [
    ("en", "Bandits killed 20 villagers in raids in Zamfara on 2 and 4 March, officials said.", "2025-03-02"),
    ("fr", "Les 2 et 4 mars, des terroristes ont attaqué des villages près de Djibo, tuant 20 civils.", "2025-03-02"),
    ("fr", "Du 2 au 4 mars, des combats ont opposé l'armée à des jihadistes près de Djibo.", "2025-03-02"),
])
def test_an_event_of_two_days_takes_the_first(code, text, expected):
    assert event_date(text, code) == expected


# The weekend: the Saturday of the latest one (week precision); "last weekend" said on a weekend is the one before.
@pytest.mark.parametrize("code,text,published,expected", [
    ("en", "over the weekend", date(2025, 3, 10), date(2025, 3, 8)),  # a Monday
    ("en", "at the weekend", TUE, date(2025, 3, 8)),
    ("en", "during the weekend", date(2025, 3, 9), date(2025, 3, 8)),  # a Sunday
    ("en", "last weekend", date(2025, 3, 9), date(2025, 3, 1)),
    ("en", "last weekend", date(2025, 3, 13), date(2025, 3, 8)),  # a Thursday
    ("fr", "pendant le week-end", date(2025, 3, 10), date(2025, 3, 8)),
    ("fr", "ce week-end", date(2025, 3, 8), date(2025, 3, 8)),  # a Saturday
    ("fr", "le week-end dernier", date(2025, 3, 8), date(2025, 3, 1)),
])
def test_weekend(readers, code, text, published, expected):
    d = one(readers, code, text, published)
    assert (d.date, d.precision) == (expected, "week")


# The page's date a day behind the place's: "on Wednesday" in a report dated Tuesday is the next day, not 6 back.
@pytest.mark.parametrize("code,text,expected", [
    ("en", "on Wednesday", date(2025, 3, 12)),
    ("en", "early Wednesday", date(2025, 3, 12)),
    ("en", "last Wednesday", date(2025, 3, 5)),
    ("fr", "mercredi", date(2025, 3, 12)),
    ("fr", "mercredi matin", date(2025, 3, 12)),
    ("fr", "mercredi dernier", date(2025, 3, 5)),
])
def test_weekday_after_the_page_date(readers, code, text, expected):
    assert one(readers, code, text).date == expected


@pytest.mark.parametrize("text", [
    "Gunmen abducted 20 students from a school in Kebbi on the 6th of March.",
    "On the 6th of March, gunmen abducted 20 students from a school in Kebbi.",
    "Gunmen abducted 20 students from a school in Kebbi on the sixth day of protests, on the 6th of March 2025.",
])
def test_day_of_month(text):
    assert event_date(text) == "2025-03-06"


# 'on the 9th,' with no month: that day of the report's month, or of the month before when it is still to come;
# an ordinal that a noun follows ('the 5th battalion', 'the 3rd time') is no date.
@pytest.mark.parametrize("text,expected", [
    ("Gangs burned houses in Mirebalais on the 9th, killing seven people.", "2025-03-09"),
    ("Bandits struck Kauru on the 2nd. Six villagers were killed, police said.", "2025-03-02"),
    ("Jihadists killed nine soldiers at a post near Damboa on the 27th, the army said.", "2025-02-27"),
])
def test_a_day_of_the_month_alone(text, expected):
    assert event_date(text) == expected


@pytest.mark.parametrize("text", ["the 5th battalion", "for the 3rd time", "the 21st century"])
def test_an_ordinal_before_a_noun_is_no_date(readers, text):
    assert readers["en"].find(text, TUE) == []


@pytest.mark.parametrize("code,text,expected", [
    ("en", "on 06/03/2025", date(2025, 3, 6)),
    ("en", "on 2025-03-06", date(2025, 3, 6)),
    ("en", "on 03/25/2025", date(2025, 3, 25)),  # no 25th month: the other order
    ("fr", "le 06/03/2025", date(2025, 3, 6)),
    ("fr", "le 06.03.2025", date(2025, 3, 6)),
    ("fr", "le 6/3/2025", date(2025, 3, 6)),
])
def test_numeric_dates(readers, code, text, expected):
    d = one(readers, code, text)
    assert (d.date, d.precision) == (expected, "day")


@pytest.mark.parametrize("text,expected", [
    ("le 8 courant", date(2025, 3, 8)),
    ("le 3 du mois courant", date(2025, 3, 3)),
    ("le 10 du mois en cours", date(2025, 3, 10)),
])
def test_day_of_the_current_month(readers, text, expected):
    d = one(readers, "fr", text)
    assert (d.date, d.precision) == (expected, "day")


def test_day_of_the_current_month_in_a_report():
    text = "Des hommes armés ont attaqué le 8 courant un convoi de commerçants près de Fada N'Gourma, tuant six."
    assert event_date(text, "fr") == "2025-03-08"


# The date of a statement is not the event's: the event's own date, said elsewhere, wins.
@pytest.mark.parametrize("code,text,expected", [
    ("en", "The government on Monday condemned the abduction of five engineers in Kebbi. Gunmen stormed their "
           "camp on March 7 and took them away.", "2025-03-07"),
    ("en", "India on Monday (March 10) voiced concern over the abduction of three of its citizens. Armed men "
           "kidnapped the workers on March 7.", "2025-03-07"),
    ("en", "The army condemned on Monday an attack on a school in Bama. Gunmen opened fire on pupils on Friday.",
     "2025-03-07"),
    ("fr", "Le gouvernement a condamné lundi l'enlèvement de cinq ingénieurs. Des hommes armés ont attaqué leur "
           "campement le 7 mars.", "2025-03-07"),
    ("fr", "Le ministre, lundi, a dénoncé l'attaque contre une école à Djibo. Des assaillants ont ouvert le feu "
           "sur les élèves vendredi.", "2025-03-07"),
    ("fr", "L'Union africaine a déploré, ce lundi, l'enlèvement de cinq ingénieurs. Ils ont été enlevés le 7 mars "
           "par des hommes armés.", "2025-03-07"),
])
def test_statement_date_is_not_the_event_date(code, text, expected):
    assert event_date(text, code) == expected


# A dateline's date: when the story was filed. Relative words count from it; it does not date the event.
@pytest.mark.parametrize("code,text,published,expected", [
    ("en", "MAIDUGURI, March 10 (Wire) - Gunmen killed 12 people in a village in Borno state yesterday, police "
           "said.", date(2025, 3, 12), "2025-03-09"),
    ("en", "JUBA, South Sudan, March 10, 2025 (Wire) - Clashes between soldiers and armed youths killed 15 "
           "people on Sunday in Upper Nile state.", None, "2025-03-09"),
    ("en", "Peshawar, (Wire - Some Long Outlet Name / News - 10th Mar, 2025) Militants attacked a police post "
           "in Bannu on Sunday, killing two officers.", date(2025, 3, 10), "2025-03-09"),
    ("fr", "BAMAKO, 10 mars 2025 (Agence) - Des jihadistes ont attaqué hier un poste militaire près de Niono.",
     None, "2025-03-09"),
    ("fr", "Ouagadougou, 10 mars (Agence) – Des terroristes ont tué six civils dimanche près de Djibo.",
     date(2025, 3, 13), "2025-03-09"),
    ("fr", "Niamey, (Agence de presse - 10 mars 2025) Des assaillants ont attaqué avant-hier un convoi près "
           "de Tillabéri.", None, "2025-03-08"),
])
def test_dateline_date(code, text, published, expected):
    assert event_date(text, code, published) == expected


# Datelines closed by a double dash or an agency between slashes, or opening the line after a headline or byline.
@pytest.mark.parametrize("code,text,expected", [
    ("en", "KHARTOUM, March 10 (Wire) -- Clashes between soldiers and paramilitaries killed 12 people in El Fasher "
           "yesterday.", "2025-03-09"),
    ("en", "KYIV, Ukraine, March 10, 2025 /Wire/ -- Russian drones killed two people in Kharkiv overnight.",
     "2025-03-09"),
    ("en", "Gunmen kill 12 in Borno village\nMAIDUGURI, March 10 (Wire) - Gunmen killed 12 people in a village "
           "near Bama yesterday, police said.", "2025-03-09"),
    ("fr", "Attaque meurtrière près de Niono\n\nBAMAKO, 10 mars 2025 (Agence) -- Des jihadistes ont attaqué hier un "
           "poste militaire près de Niono.", "2025-03-09"),
])
def test_dateline_forms(code, text, expected):
    assert event_date(text, code, date(2025, 3, 14)) == expected


# A page's date line at the head of an undated report ('Published On 10 Mar 2025', 'Updated: March 10, 2025 10:30
# AM', 'By X | March 10, 2025', '10 mars 2025 à 14h30') is when it was filed: relative words count from it.
@pytest.mark.parametrize("code,text,expected", [
    ("en", "Published On 10 Mar 2025\n\nGunmen killed 12 people in a village near Bama yesterday, police said.",
     "2025-03-09"),
    ("en", "Updated: March 10, 2025 10:30 AM\nBandits killed seven herders near Tsafe on Saturday, police said.",
     "2025-03-08"),
    ("en", "By Amina Yusuf | March 10, 2025\n\nJihadists stormed an army post in Malam Fatori on Sunday night.",
     "2025-03-09"),
    ("en", "March 10, 2025 at 9:14 am\n\nA drone strike killed nine people at a market in Kabkabiya on Saturday.",
     "2025-03-08"),
    ("fr", "10 mars 2025 à 14h30\n\nDes jihadistes ont attaqué dimanche un poste militaire près de Niono.",
     "2025-03-09"),
])
def test_a_page_date_line_dates_an_undated_report(code, text, expected):
    assert event_date(text, code, None) == expected


@pytest.mark.parametrize("text", [
    "Gunmen attacked the town of Bama on 8 March (local time), killing six people.",
    "Gunmen attacked the town of Bama on Saturday (March 8), killing six people.",
    "Gunmen attacked the town of Bama on March 8 - the third attack this year - killing six people.",
])
def test_a_date_in_the_first_sentence_is_no_dateline(readers, text):
    assert dateline(readers["en"], text, TUE) is None
    assert event_date(text) == "2025-03-08"


# A date that names a unit, a movement or a place is no date.
@pytest.mark.parametrize("code,text", [
    ("en", "the commander of the 14th October battalion"),
    ("en", "protesters gathered on 26 September Street"),
    ("en", "fighters of the Movement of the 23 March"),
    ("fr", "les rebelles du Mouvement du 23 mars"),
    ("fr", "un rassemblement sur la place du 26 mars"),
    ("fr", "les soldats du bataillon du 14 octobre et du stade du 26 mars"),
])
def test_a_date_that_names_something_is_no_date(readers, code, text):
    assert [d for d in readers[code].find(text, TUE) if d.kind == "absolute"] == []


@pytest.mark.parametrize("code,text,published,expected", [
    ("en", "on March 12", date(2025, 3, 10), date(2025, 3, 12)),  # two days after the page's date: the same year
    ("en", "on December 28", date(2025, 1, 5), date(2024, 12, 28)),
    ("fr", "le 12 mars", date(2025, 3, 10), date(2025, 3, 12)),
    ("fr", "le 28 décembre", date(2025, 1, 5), date(2024, 12, 28)),
])
def test_year_of_a_date_without_one(readers, code, text, published, expected):
    assert one(readers, code, text, published).date == expected


# 'The day before' counts from a day named in its sentence or told before it in the report; with none, the day
# it counts from is unknown: no date.
@pytest.mark.parametrize("code,text,expected", [
    ("en", "Soldiers repelled an attack on a base in Bama on Sunday, 9 March, the army said. Militants had "
           "ambushed a patrol near Gwoza the day before, killing four soldiers.", "2025-03-08"),
    ("en", "Gunmen stormed Konduga on 6 March, burning shops. The previous day, bandits had killed seven farmers "
           "near Dikwa, residents said.", "2025-03-05"),
    ("fr", "Des jihadistes ont tué cinq soldats à Djibo dimanche. Autre opération la veille. L'armée progressait "
           "sur la route entre Kaya et Arbinda. Les soldats ont attaqué des jihadistes à Gorom-Gorom.",
     "2025-03-08"),
])
def test_the_day_before_counts_from_the_day_told_before(code, text, expected):
    ex = extract(Document("t", text, code, TUE)).to_dict()
    assert [e["date"] for e in ex["events"]][1:] == [expected]


@pytest.mark.parametrize("code,text", [
    ("en", "Gunmen killed five farmers near Bama the previous day, residents said."),
    ("en", "A day earlier, bandits had torched houses near Dikwa."),
    ("fr", "Des jihadistes ont tué six civils près d'Arbinda la veille, selon des habitants."),
])
def test_the_day_before_with_no_day_told_is_no_date(readers, code, text):
    assert [d.date for d in readers[code].find(text, TUE)] == [None]
    assert event_date(text, code) == "2025-03-11"  # the report's own week, not the day before it


@pytest.mark.parametrize("code,text", [
    ("en", "Gunmen attacked the same area as the day before."),
    ("en", "More families fled on foot than the previous day."),
    ("fr", "L'attaque s'est produite dans la même zone que la veille."),
])
def test_a_day_compared_with_is_no_date(readers, code, text):
    assert readers[code].find(text, TUE) == []


# 'The next day' after no dated incident counts from the day the report told last.
@pytest.mark.parametrize("code,text", [
    ("en", "The army said it carried out two operations this week. According to a statement, the first took place "
           "on Tuesday, 11 March, in Borno. Jets targeted a camp near Bama. The next day, fighting broke out in "
           "Gwoza."),
    ("en", "Police reported two raids this week. The first was on 11 March in Plateau State, a spokesman said. "
           "Officers targeted a hideout near Bokkos. The following day, clashes erupted in Mangu."),
    ("fr", "La police a signalé deux raids cette semaine. Le premier a eu lieu le 11 mars dans le Sahel, selon un "
           "porte-parole. Des agents ont visé une cache près de Djibo. Le jour suivant, des affrontements ont "
           "éclaté à Arbinda."),
])
def test_the_next_day_counts_from_the_day_told_before(code, text):
    ex = extract(Document("t", text, code, date(2025, 3, 14))).to_dict()
    assert ex["events"][-1]["date"] == "2025-03-12"


@pytest.mark.parametrize("text", [
    "The strike came a day after gunmen killed six people in Bama.",
    "Troops were deployed a day after the massacre.",
    "a day after Boko Haram fighters stormed the town",
])
def test_a_day_after_something_is_no_date(readers, text):
    assert [d for d in readers["en"].find(text, TUE) if d.kind == "next_day"] == []


# "Last week" is the calendar week before the report's, coded at its middle (Thursday), week precision.
@pytest.mark.parametrize("code,text,published,expected", [
    ("en", "militants attacked the base last week", date(2025, 5, 16), date(2025, 5, 8)),  # a Friday
    ("en", "the previous week", date(2025, 5, 12), date(2025, 5, 8)),  # a Monday
    ("fr", "la semaine dernière", date(2025, 5, 18), date(2025, 5, 8)),  # a Sunday
    ("fr", "des combats ont eu lieu la semaine passée", date(2025, 5, 14), date(2025, 5, 8)),
])
def test_last_week_is_the_middle_of_the_week_before(readers, code, text, published, expected):
    found = [d for d in readers[code].find(text, published) if d.precision == "week"]
    assert [d.date for d in found] == [expected]


@pytest.mark.parametrize("code,text", [
    ("en", "Bandits killed six traders on the eve of the election."),
    ("en", "Soldiers had withdrawn from the town the day before the attack."),
    ("fr", "Des hommes armés ont tué six commerçants à la veille du scrutin."),
    ("fr", "Les soldats avaient quitté la ville la veille de l'attaque."),
])
def test_the_day_before_something_named_is_no_date(readers, code, text):
    """'The eve of the election' is the day before the election, not before the day told last."""
    assert readers[code].find(text, TUE) == []


# A count of days or weeks: 'ago' counts back from the report's date, 'later'/'earlier' from the day told before.
@pytest.mark.parametrize("code,text,expected,precision", [
    ("en", "Five days ago, fighters on motorbikes raided a cattle market near Zurmi.", date(2025, 3, 6), "day"),
    ("en", "the checkpoint was overrun 3 days ago", date(2025, 3, 8), "day"),
    ("en", "a bomb hit the bus station two weeks ago", date(2025, 2, 25), "week"),
    ("en", "the camp was shelled a week ago", date(2025, 3, 4), "week"),
    ("fr", "Il y a cinq jours, des hommes armés ont attaqué un marché près de Djibo.", date(2025, 3, 6), "day"),
    ("fr", "le poste a été attaqué il y a 6 jours", date(2025, 3, 5), "day"),
    ("fr", "il y a une semaine, un convoi a sauté sur une mine", date(2025, 3, 4), "week"),
])
def test_days_ago_count_back_from_the_report(readers, code, text, expected, precision):
    found = readers[code].find(text, TUE)
    assert [(d.date, d.precision) for d in found] == [(expected, precision)]


@pytest.mark.parametrize("code,text,expected", [
    ("en", "Insurgents attacked the barracks in Damboa on March 2. Two days later, they ambushed a patrol near "
           "Bama, killing six soldiers.", ["2025-03-02", "2025-03-04"]),
    ("en", "On Thursday, gunmen killed four traders at a market in Kaduna. Three days later bandits abducted 20 "
           "passengers on a highway in Zamfara.", ["2025-03-06", "2025-03-09"]),
    ("en", "Bandits abducted 30 passengers from a bus near Funtua on Sunday. Four days earlier, they had killed "
           "nine farmers in Zurmi.", ["2025-03-09", "2025-03-05"]),
    ("fr", "Des jihadistes ont attaqué le poste de Djibo le 2 mars. Trois jours plus tard, ils ont tué huit "
           "civils près d'Arbinda.", ["2025-03-02", "2025-03-05"]),
    ("fr", "Des hommes armés ont tué six orpailleurs près de Kaya dimanche. Deux jours plus tôt, des jihadistes "
           "avaient attaqué un poste militaire à Dori.", ["2025-03-09", "2025-03-07"]),
])
def test_days_later_count_from_the_day_told_before(code, text, expected):
    ex = extract(Document("t", text, code, TUE)).to_dict()
    assert [e["date"] for e in ex["events"]] == expected


@pytest.mark.parametrize("code,text", [
    ("en", "Troops arrived two days after the massacre in the village."),
    ("en", "The curfew was lifted three days before the vote."),
    ("en", "The rebels spent five days in the town."),
    ("fr", "Les renforts sont arrivés deux jours après l'attaque."),
    ("fr", "Les combats ont duré trois jours."),
])
def test_a_count_of_days_from_something_named_is_no_date(readers, code, text):
    assert readers[code].find(text, TUE) == []


# A day before a speaker and its verb is when the speaker spoke, when the words reported have a day of their own.
@pytest.mark.parametrize("code,text,expected", [
    ("en", "On Monday, police said gunmen had killed 12 villagers in Kauru on Sunday.", "2025-03-09"),
    ("en", "On Monday the state governor told journalists that bandits stormed Dansadau on Saturday, killing "
           "nine people.", "2025-03-08"),
    ("en", "Late on Monday, a military spokesman said troops had repelled an attack on a base in Marte on "
           "Friday.", "2025-03-07"),
    ("fr", "Lundi, l'armée a affirmé que des terroristes avaient attaqué le poste de Djibo samedi.", "2025-03-08"),
    ("en", "On Monday, a spokesman for the Kaduna state police command, Mansir Hassan, said bandits had attacked "
           "the village on Saturday night, killing seven people.", "2025-03-08"),
])
def test_the_day_of_a_speaker_is_not_the_event_day(code, text, expected):
    assert event_date(text, code) == expected


@pytest.mark.parametrize("code,text,expected", [
    ("en", "On Monday, gunmen killed 12 villagers in Kauru, police said on Tuesday.", "2025-03-10"),
    ("en", "On Sunday, police said, gunmen killed 12 villagers in Kauru.", "2025-03-09"),  # no other day
    ("en", "On Saturday bandits attacked Dansadau and on Sunday the police said nine people died.", "2025-03-08"),
    ("en", "On Sunday, residents said gunmen had burned the market, and on Monday police said 12 people died.",
     "2025-03-09"),
])
def test_a_day_before_an_event_word_stays_the_event_day(code, text, expected):
    assert event_date(text, code) == expected


# 'The next day' after two days told in one phrase, or after a day told outside any incident: the day after the
# day told last, not after the incident told before.
@pytest.mark.parametrize("code,text,expected", [
    ("en", "Militants raided two villages near Dikwa on 3 and 5 March. The next day, insurgents attacked the army "
           "base in Marte.", "2025-03-06"),
    ("en", "Gunmen attacked a market in Bokkos on Monday, March 3. Residents fled to Jos on Wednesday, March 5. The "
           "following day, bandits killed six farmers in Mangu.", "2025-03-06"),
    ("fr", "Des jihadistes ont attaqué deux villages près de Djibo les 3 et 5 mars. Le lendemain, des terroristes "
           "ont attaqué le poste militaire d'Arbinda.", "2025-03-06"),
])
def test_the_next_day_follows_the_day_told_last(code, text, expected):
    ex = extract(Document("t", text, code, TUE)).to_dict()
    assert ex["events"][-1]["date"] == expected


# A day in a clause that tells another incident ('three days after ... on Thursday') dates that incident only.
@pytest.mark.parametrize("code,text,expected", [
    ("en", "Two days after gunmen raided Bokkos on Sunday, troops killed 12 bandits in Mangu on Tuesday.",
     "2025-03-11"),
    ("en", "Gunmen killed eight people in a village near Jos, police said. The attack came three days after 15 "
           "people were killed in a nearby village on Thursday.", "2025-03-11"),
    ("en", "Bandits abducted 40 passengers near Funtua, barely a week after they killed nine farmers in the area "
           "on 2 March, residents said.", "2025-03-11"),
    ("fr", "Trois jours après l'attaque du poste de Djibo le 6 mars, des jihadistes ont tué huit civils près "
           "d'Arbinda mardi.", "2025-03-11"),
])
def test_a_day_of_another_incident_does_not_date_the_event(code, text, expected):
    assert event_date(text, code) == expected


@pytest.mark.parametrize("code,text,expected", [
    ("en", "Gunmen killed eight people in Bokkos on Sunday, two days after the governor visited the area.",
     "2025-03-09"),
    ("en", "On Sunday, three days before the vote, militants stormed a polling office in Bama.", "2025-03-09"),
    ("fr", "Dimanche, deux jours après la visite du ministre, des jihadistes ont attaqué le poste de Djibo.",
     "2025-03-09"),
])
def test_a_day_outside_the_other_incident_clause_still_dates_the_event(code, text, expected):
    assert event_date(text, code) == expected


# 'On the same day' is the day told before, as 'the next day' is the day after it.
@pytest.mark.parametrize("code,text,expected", [
    ("en", "Insurgents attacked the army base in Damboa on March 2. On the same day, bandits abducted 20 passengers "
           "near Funtua in Katsina state.", ["2025-03-02", "2025-03-02"]),
    ("en", "Gunmen killed six farmers near Bokkos on Saturday, police said on Monday. The same day, bandits "
           "abducted 20 passengers near Funtua in Katsina state.", ["2025-03-08", "2025-03-08"]),
    ("fr", "Des jihadistes ont attaqué le poste de Djibo le 2 mars. Le même jour, des hommes armés ont enlevé 20 "
           "passagers près de Fada N'Gourma.", ["2025-03-02", "2025-03-02"]),
])
def test_the_same_day_is_the_day_told_before(code, text, expected):
    ex = extract(Document("t", text, code, TUE)).to_dict()
    assert [e["date"] for e in ex["events"]] == expected


@pytest.mark.parametrize("code,text", [
    ("en", "On the same day, bandits abducted 20 passengers near Funtua."),
    ("fr", "Le même jour, des hommes armés ont enlevé 20 passagers près de Fada N'Gourma."),
    ("en", "That same day, gunmen torched a market in Bokkos."),
])
def test_the_same_day_with_no_day_told_is_no_date(readers, code, text):
    assert [d.date for d in readers[code].find(text, TUE)] == [None]


# The middle of a month ('mid-February', 'mi-février') is the month, and a short month name with an early, late or
# middle word is a month too ('late May', 'mid-Dec').
@pytest.mark.parametrize("code,text,expected,precision", [
    ("en", "the rebels took the town in mid-February", date(2025, 2, 15), "month"),
    ("en", "fighting has raged since mid May", date(2024, 5, 15), "month"),
    ("en", "a convoy was ambushed in late May", date(2024, 5, 25), "week"),
    ("en", "the offensive began in mid-Dec", date(2024, 12, 15), "month"),
    ("fr", "les rebelles ont pris la ville à la mi-février", date(2025, 2, 15), "month"),
    ("fr", "depuis mi mars", date(2025, 3, 15), "month"),
])
def test_middle_of_a_month(readers, code, text, expected, precision):
    assert [(d.date, d.precision) for d in readers[code].find(text, TUE)] == [(expected, precision)]


@pytest.mark.parametrize("code,text", [
    ("en", "In mid-January, gunmen killed 30 villagers in Bokkos."),
    ("en", "The militia overran the camp at Rubaya in mid-February, according to UN experts."),
    ("fr", "À la mi-janvier, des jihadistes avaient tué 30 civils près de Djibo."),
])
def test_an_incident_of_the_middle_of_an_earlier_month_is_background(code, text):
    assert extract(Document("t", text, code, TUE)).to_dict()["events"] == []


# 'L'avant-veille' is two days before the day told before ('la veille' is one).
@pytest.mark.parametrize("text,expected", [
    ("Des jihadistes ont attaqué le poste de Djibo dimanche. L'avant-veille, des hommes armés avaient tué six "
     "civils près d'Arbinda.", "2025-03-07"),
    ("Le 9 mars, des terroristes ont attaqué un convoi près de Dori. L’avant-veille, des jihadistes avaient "
     "attaqué le camp de Gorom-Gorom.", "2025-03-07"),
    ("Des hommes armés ont attaqué Titao le samedi 8 mars. Selon des habitants, l'avant-veille, des jihadistes "
     "avaient tué quatre bergers près de Djibo.", "2025-03-06"),
])
def test_the_day_before_the_day_before(text, expected):
    ex = extract(Document("t", text, "fr", TUE)).to_dict()
    assert [e["date"] for e in ex["events"]][-1] == expected


def test_two_days_before_with_no_day_told_is_no_date(readers):
    assert [(d.date, d.step) for d in readers["fr"].find("L'avant-veille, des hommes armés ont tué six civils.",
                                                        TUE)] == [(None, -2)]


# 'The night before', 'the previous night' count from the day told before, as 'the day before' does.
@pytest.mark.parametrize("text,expected", [
    ("Troops repelled an attack on the base in Marte on Sunday. The night before, militants had ambushed a patrol "
     "near Dikwa, killing four soldiers.", "2025-03-08"),
    ("Gunmen stormed Konduga on 6 March, burning shops. The previous night, bandits had killed seven farmers near "
     "Dikwa, residents said.", "2025-03-05"),
    ("Jets struck a camp near Bama on Saturday, 8 March, the air force said. The previous evening, insurgents "
     "had attacked a checkpoint in Gwoza, killing two soldiers.", "2025-03-07"),
])
def test_the_night_before_counts_from_the_day_told_before(text, expected):
    ex = extract(Document("t", text, "en", TUE)).to_dict()
    assert [e["date"] for e in ex["events"]][-1] == expected


@pytest.mark.parametrize("text", [
    "Soldiers had left the village the night before the attack.",
    "Residents fled the night before their homes were burned.",
    "Police arrested three men the night before a planned rally.",
])
def test_the_night_before_something_named_is_no_date(readers, text):
    assert readers["en"].find(text, TUE) == []


# A day still to come (more than a day after the report) dates no incident the report tells.
@pytest.mark.parametrize("code,text,expected", [
    ("en", "Ahead of the 22 March vote, gunmen killed 12 villagers in Bokkos on Sunday.", "2025-03-09"),
    ("en", "Days before talks due on Friday, March 21, militants attacked a base near Bama on Saturday, killing "
           "five soldiers.", "2025-03-08"),
    ("fr", "À l'approche du scrutin du 23 mars, des jihadistes ont attaqué le poste de Djibo dimanche.",
     "2025-03-09"),
])
def test_a_day_to_come_does_not_date_the_event(code, text, expected):
    assert event_date(text, code) == expected


# A head line without a digit is passed over before its dates are read (a dateline's day is written in digits):
# a weekday line before the dateline, a dateline naming only a weekday.
@pytest.mark.parametrize("text,expected", [
    ("Thursday briefing\nMAIDUGURI, March 10 (Wire) - Gunmen killed 12 people near Bama yesterday.", "2025-03-10"),
    ("MAIDUGURI, Monday (Wire) - Gunmen killed 12 people near Bama yesterday, police said.", None),
    ("Last week in the Sahel\n\nNIAMEY, 9 March (Agency) - Soldiers repelled an attack near Tillabéri.", "2025-03-09"),
])
def test_a_line_without_digits_names_no_dateline(readers, text, expected):
    found = dateline(readers["en"], text, TUE)
    assert (found.date.isoformat() if found else None) == expected
