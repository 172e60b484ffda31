"""Which day of a sentence dates its event when the sentence names several, and which sentences' days date the
report's events at all: each rule on sentences written for the test (dating.py, segment.py, draft_days.py)."""

from datetime import date

import pytest

from fogline.extract import extract
from fogline.records import Document

TUE = date(2025, 3, 11)  # a Tuesday: Monday 10 March, Sunday 9, Saturday 8, Friday 7


def dates_of(text, language="en", published=TUE):
    ex = extract(Document("t", text, language, published)).to_dict()
    assert ex["events"], text
    return [e["date"] for e in ex["events"]]


# A day that ends the reported words, with the speaker after it, is the event's: the speaker's day opens its clause.
@pytest.mark.parametrize("code,text,expected", [
    ("en", "Bandits killed seven herders near Birnin Gwari on Saturday, a police spokesman said, adding that troops "
           "had repelled another raid on Monday.", "2025-03-08"),
    ("en", "Jihadists ambushed a convoy near Djibo on Sunday, security sources told AFP, and the army struck back on "
           "Monday.", "2025-03-09"),
    ("en", "Gunmen shot dead five worshippers in Bauchi on Friday, residents said, while police arrested two "
           "suspects on Monday.", "2025-03-07"),
])
def test_a_day_closing_the_reported_words_is_the_event_day(code, text, expected):
    assert dates_of(text, code)[0] == expected


# 'Two days after X, ...': the count before 'days after' is part of the phrase that opens the sentence, so the
# clause of the other incident runs to the first comma and the main clause keeps its day.
@pytest.mark.parametrize("code,text,expected", [
    ("en", "Two days after gunmen killed 10 people in a village near Kaduna, bandits on Sunday abducted 30 "
           "worshippers from a church.", "2025-03-09"),
    ("en", "Three weeks after an ambush on Feb. 15, jihadists attacked the army post at Diapaga on Saturday, "
           "killing nine soldiers.", "2025-03-08"),
    ("fr", "Deux jours après l'attaque de Djibo, des jihadistes ont tué samedi six soldats à Arbinda.", "2025-03-08"),
])
def test_a_counted_opener_closes_at_the_first_comma(code, text, expected):
    assert dates_of(text, code)[0] == expected


# 'Rescuers on Monday recovered the bodies of ... killed on Saturday': a day right before a verb of the aftermath
# is that verb's, when the words after it give the incident's own day.
@pytest.mark.parametrize("code,text,expected", [
    ("en", "Rescuers on Monday recovered the bodies of 14 villagers killed by gunmen in Bokkos on Saturday.",
     "2025-03-08"),
    ("en", "Relatives on Monday buried nine farmers who were shot dead by bandits near Gusau on Sunday.",
     "2025-03-09"),
    ("fr", "Lundi, les habitants ont inhumé les 12 civils tués samedi par des hommes armés à Djibo.", "2025-03-08"),
])
def test_the_day_of_the_aftermath_is_not_the_event_day(code, text, expected):
    assert dates_of(text, code)[0] == expected


# The follow-up of an incident: arrests, a search, bodies pulled from rubble, a video released,
# funerals held. Its day, before the words that give the incident's own day, is not the event's.
@pytest.mark.parametrize("code,text,expected", [
    ("en", "Police on Monday arrested four suspects over Saturday's raid on a market in Gusau that killed six "
           "traders.", "2025-03-08"),
    ("en", "By Monday, rescue workers had pulled 11 bodies from a block of flats in Sumy struck by a Russian "
           "missile on Saturday.", "2025-03-08"),
    ("en", "Soldiers on Monday were still searching for 25 passengers abducted by gunmen on the Lokoja road on "
           "Sunday.", "2025-03-09"),
    ("en", "On Monday, the rebels released a video of their fighters in Masisi, which they seized from the army "
           "on Saturday.", "2025-03-08"),
    ("en", "Funerals were held on Monday for nine fishermen shot dead by insurgents near Kukawa on Saturday.",
     "2025-03-08"),
    ("fr", "Lundi, les gendarmes ont interpellé trois suspects, accusés d'avoir tué sept commerçants samedi sur le "
           "marché de Djibo.", "2025-03-08"),
])
def test_a_follow_up_day_is_not_the_event_day(code, text, expected):
    assert dates_of(text, code)[0] == expected


# 'Sunday's attack': a day that a noun owns is that incident's, even after a verb of saying or claiming.
@pytest.mark.parametrize("text,expected", [
    ("ISWAP on Monday claimed responsibility for Sunday's attack on a base in Marte, which killed six soldiers.",
     "2025-03-09"),
    ("The governor on Monday condemned Saturday's killing of 11 traders at a market in Gwoza.", "2025-03-08"),
    ("Police on Tuesday confirmed Sunday's ambush of a convoy near Bama, in which four soldiers died.", "2025-03-09"),
])
def test_a_possessive_day_is_never_a_statement_day(text, expected):
    assert dates_of(text)[0] == expected


# 'Since Feb. 20, ...; on Sunday ...', 'Following X on Feb. 25, troops on Saturday ...': a leading phrase of
# reference dates what the main clause refers to, when that clause has an event and a day of its own.
@pytest.mark.parametrize("code,text,expected", [
    ("en", "Since Feb. 20, jihadists have attacked several villages; on Sunday they killed 15 civilians near Dori.",
     "2025-03-09"),
    ("en", "Following the kidnapping of 12 farmers on Feb. 25, troops clashed with bandits near Tsafe on Saturday, "
           "killing eight.", "2025-03-08"),
    ("en", "In retaliation for a raid on its base on Feb. 27, the army shelled rebel positions near Sake on Monday, "
           "killing six fighters.", "2025-03-10"),
    ("fr", "Depuis le 20 février, les attaques se multiplient; dimanche, des jihadistes ont tué 15 civils près de "
           "Dori.", "2025-03-09"),
    ("en", "Since Sunday, fighting between the army and rebels has killed 20 people in Sake.", "2025-03-09"),
])
def test_a_leading_phrase_of_reference_dates_what_it_refers_to(code, text, expected):
    assert dates_of(text, code)[0] == expected


# A written date a week or more before a weekday of its sentence is what the words refer back to.
@pytest.mark.parametrize("text,expected", [
    ("Troops rescued 20 passengers kidnapped on Feb. 22 during a raid on a bandit camp near Birnin Gwari on "
     "Monday.", "2025-03-10"),
    ("A suspect arrested on Feb. 28 confessed to planting the bomb that killed four people at a market in Kano "
     "on Sunday.", "2025-03-09"),
    ("The village of Kpata, already raided on Feb. 24, was attacked again on Saturday, when gunmen killed six "
     "farmers.", "2025-03-08"),
])
def test_a_date_weeks_before_the_sentences_weekday_is_referred_to(text, expected):
    assert dates_of(text)[0] == expected


# A news sentence whose days are all written dates a week before the report's own weekdays tells an earlier
# incident: it neither dates the undated lead nor opens an event of its own.
@pytest.mark.parametrize("text,expected", [
    ("Gunmen killed 11 people in a village in Katsina State, police said. The same village had been raided on "
     "Feb. 20, when bandits killed four residents. The latest attack happened on Sunday night.", ["2025-03-09"]),
    ("Jihadists attacked an army post in northern Benin, killing 12 soldiers, the army said. The post was "
     "reinforced on Feb. 18 after an earlier raid by the same group. The attackers struck at dawn on Saturday.",
     ["2025-03-08"]),
    ("Militants killed six soldiers in an ambush in Khyber, the army said. Troops had launched an assault on "
     "militant hideouts in the district on Feb. 25. The ambush took place late on Monday.", ["2025-03-10"]),
])
def test_a_sentence_of_an_earlier_incident_dates_nothing(text, expected):
    assert dates_of(text) == expected


def test_an_old_incident_told_on_a_weekday_keeps_its_date():
    # the weekday is when it was said: the report has no news day of its own week
    text = ("Human Rights Watch said on Monday that a drone strike killed 13 civilians at a market near Kidal on "
            "Feb. 20.")
    assert dates_of(text) == ["2025-02-20"]


# A verb of saying with an event word between it and the day reports a clause: the day is the event's, not the
# day it was said ('residents said gunmen stormed the village on Sunday and troops arrived on Monday').
@pytest.mark.parametrize("text,expected", [
    ("Residents said gunmen stormed Kurmin on Sunday and soldiers arrived on Monday.", "2025-03-09"),
    ("A local official said jihadists killed 14 people near Tera on Friday, adding that reinforcements were "
     "deployed on Sunday.", "2025-03-07"),
    ("Witnesses told Reuters the militants attacked on Saturday and withdrew on Sunday.", "2025-03-08"),
])
def test_a_day_in_the_reported_clause_is_the_event_day(text, expected):
    assert dates_of(text)[0] == expected


def test_a_claim_of_the_incident_keeps_its_own_day():
    # the incident is the object of 'claimed': Monday is when it was claimed, not a second incident
    text = "Gunmen killed nine people at a market in Gwoza on Saturday. ISWAP claimed the attack on Monday."
    assert dates_of(text) == ["2025-03-08"]


@pytest.mark.parametrize("text", [
    "Troops retook the village of Kuma from the rebels on Sunday, the army said. Residents said the fighting "
    "began on Saturday and lasted until Sunday evening.",
    "Soldiers recaptured the town of Tora on Sunday, officials said. Witnesses said the clashes started on Friday "
    "and went on until Sunday.",
    "The army regained control of Malam Fatori on Sunday, a military source said. Residents said the battle raged "
    "from Saturday to Sunday.",
])
def test_a_span_of_days_holding_the_day_told_is_that_incident(text):
    # the later sentence tells the days the incident lasted, not a second incident
    assert dates_of(text) == ["2025-03-09"]


# A day told by a sentence without an event word dates an undated lead only until an event word gives an earlier
# day of its own: that one is the incident's, the other a day of its aftermath.
@pytest.mark.parametrize("text,expected", [
    ("Militiamen killed 15 herders in a cattle camp in Jonglei, officials said.\n\nRelatives reached the county "
     "headquarters on Monday after a two-day walk. They said the raid began on Saturday at dawn.", ["2025-03-08"]),
    ("Bandits abducted 40 passengers on a highway in Kogi, police said.\n\nThe news only reached Lokoja on Monday. "
     "Police said the kidnapping happened late on Saturday.", ["2025-03-08"]),
    ("Insurgents killed nine soldiers in Yobe state, military sources said.\n\nThe sources spoke to reporters on "
     "Monday. Jihadists stormed the base in Buni Yadi on Sunday evening, they said.", ["2025-03-09"]),
])
def test_an_event_words_earlier_day_replaces_a_day_without_one(text, expected):
    assert dates_of(text) == expected


# ... but not the earlier day of a separate incident: its sentence opens an event of its own and leaves the lead's
# day as it was (draft_days.earlier_day changes nothing; the lead is re-dated only when the sentence is its own).
@pytest.mark.parametrize("text,expected", [
    ("Gunmen killed 20 people in Gwoza, officials said. Survivors reached Maiduguri on Sunday. In a separate attack "
     "on Friday, bandits killed 3 herders in Bama.", ["2025-03-09", "2025-03-07"]),
    ("Bandits abducted 30 travellers on the Abuja-Kaduna highway, police said. The victims' relatives reached Kaduna "
     "on Monday. In another incident on Saturday, gunmen kidnapped 4 farmers in Kajuru.", ["2025-03-10", "2025-03-08"]),
    ("Militiamen killed 12 herders in a cattle camp in Jonglei, officials said. Relatives reached Bor on Monday after "
     "a long walk. Another raid on Saturday left 5 dead in Pibor, they added.", ["2025-03-10", "2025-03-08"]),
    ("Jihadists killed 9 soldiers at a base in Yobe, military sources said. The sources spoke to reporters on "
     "Monday. Separately, on Friday, insurgents ambushed a convoy near Damboa, killing 4 civilians.",
     ["2025-03-10", "2025-03-07"]),
])
def test_a_separate_incidents_earlier_day_leaves_the_lead_as_it_was(text, expected):
    assert dates_of(text) == expected


# 'residents said it happened on Friday': a verb of occurring between the saying verb and the day makes the day the
# incident's, not the speaker's (dates.json occurrence_verbs).
@pytest.mark.parametrize("code,text,expected", [
    ("en", "Bandits killed eight farmers near Tsafe, residents said.\n\nThe police, who confirmed the raid on "
           "Monday, said it happened on Saturday.", "2025-03-08"),
    ("en", "Gunmen abducted 17 worshippers from a church in Kaduna, a pastor said.\n\nThe abduction was first "
           "reported on Monday by a local radio station, which said it took place on Sunday.", "2025-03-09"),
    ("en", "Jihadists killed six soldiers at a base near Damboa, sources said.\n\nThe army, which acknowledged the "
           "losses on Monday, said it began on Friday evening.", "2025-03-07"),
    ("en", "Armed youths killed 11 people in a cattle camp in Warrap, officials said.\n\nA county official reached "
           "by phone on Monday said it happened on Saturday night.", "2025-03-08"),
])
def test_a_day_after_a_verb_of_occurring_is_the_incidents(code, text, expected):
    assert dates_of(text, code)[0] == expected


# 'Troops reached the village on Monday, two days after the raid': the day told before the count is what followed;
# the incident is counted back from it.
@pytest.mark.parametrize("code,text,expected", [
    ("en", "Bandits killed nine people in Kauru, residents said.\n\nSoldiers reached the village on Monday, two days "
           "after the raid.", "2025-03-08"),
    ("en", "Gunmen shot dead 12 traders at a market in Bokkos, officials said.\n\nFunerals were held on Monday, a "
           "day after the massacre.", "2025-03-09"),
    ("en", "Shelling hit a camp for displaced people in Tawila, aid groups said.\n\nAid workers only reached the "
           "camp on Monday, three days after the shelling began.", "2025-03-07"),
    ("fr", "Des hommes armés ont tué sept civils à Djibo, selon des habitants.\n\nLes secours sont arrivés lundi, "
           "deux jours après l'attaque.", "2025-03-08"),
])
def test_a_count_after_a_later_day_dates_the_incident(code, text, expected):
    assert dates_of(text, code)[0] == expected


# 'police said on Monday, a day after the attack': the speaker's day right before the count dates the incident by
# counting back, even after the event words of the sentence.
@pytest.mark.parametrize("code,text,expected", [
    ("en", "Gunmen killed seven people in an attack on a village in Bokkos, police said on Monday, a day after the "
           "attack.", "2025-03-09"),
    ("en", "Jihadists overran an army post near Malam Fatori, killing 11 soldiers, security sources told AFP on "
           "Monday, two days after the assault.", "2025-03-08"),
    ("en", "Bandits abducted 30 worshippers from a mosque in Zurmi, the state government announced on Monday, three "
           "days after the raid.", "2025-03-07"),
])
def test_a_count_after_the_speakers_day_dates_the_incident(code, text, expected):
    assert dates_of(text, code)[0] == expected


# The day a source spoke to the press or posted online is not the incident's: 'confirmed the incident to our
# correspondent on Sunday', 'in a post on X on Sunday', 'in a video message on Sunday' (dates.json statement_before).
@pytest.mark.parametrize("text,expected", [
    ("Gunmen killed 11 villagers in Maru, residents said.\n\nThe police spokesman confirmed the incident to our "
     "correspondent on Monday. The gunmen came on Saturday evening, he said.", "2025-03-08"),
    ("Bandits abducted 22 travellers near Birnin Gwari, police said.\n\nA district head described the abduction to "
     "Savannah Courier reporters on Monday, saying it happened on Sunday.", "2025-03-09"),
    ("Insurgents killed seven fishermen near Baga, a militia leader said.\n\nIn a post on Facebook on Monday, the "
     "governor condemned Saturday's killings.", "2025-03-08"),
    ("Drone strikes hit a market in Kabkabiya, medics said.\n\nThe governor, in a televised address on Monday, "
     "condemned Sunday's strikes on the market.", "2025-03-09"),
])
def test_the_day_a_source_spoke_to_the_press_or_posted_is_not_the_incidents(text, expected):
    assert dates_of(text)[0] == expected


# A source speaking to an outlet is told by structure, not by a list of outlets: a capitalised name after 'told' or
# after 'to' with the verb's object between ('confirmed the kidnapping to The Harmattan Ledger', 'confirmed the
# deaths of the soldiers to Agence Baobab'); a place after 'to' with a clause between ('said the survivors walked to
# Maiduguri on Sunday') stays the incident's day.
@pytest.mark.parametrize("text,expected", [
    ("Bandits abducted 22 travellers near Birnin Gwari, police said.\n\nA police spokesman confirmed the kidnapping "
     "to The Harmattan Ledger on Monday, saying it happened on Saturday night.", ["2025-03-08"]),
    ("Gunmen killed 11 villagers in Maru, residents said.\n\nA council chairman explained the attack to Lakeview "
     "Dispatch on Monday. The gunmen came on Saturday evening, he said.", ["2025-03-08"]),
    ("Jihadists killed six soldiers near Damboa, sources said.\n\nAn army officer confirmed the deaths of the "
     "soldiers to Agence Baobab on Monday. The base was attacked on Saturday, he said.", ["2025-03-08"]),
    ("Drone strikes hit a market in Kabkabiya, medics said.\n\nA doctor revealed the toll to the Nile Valley Tribune "
     "early on Monday. The strikes hit on Saturday, he said.", ["2025-03-08"]),
    ("Gunmen killed nine farmers in Konduga, officials said.\n\nHe said the survivors walked to Maiduguri on "
     "Sunday.", ["2025-03-09"]),
])
def test_a_source_speaking_to_a_named_outlet_gives_the_statements_day(text, expected):
    assert dates_of(text) == expected
