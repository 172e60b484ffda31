"""The day a lead without a day of its own takes: the day its story was filed is provisional, and a day counted
back from the day something was said dates the incident; each rule on reports written for the test (dating.py,
segment.py, draft_days.py)."""

from datetime import date

import pytest

from fogline.extract import extract
from fogline.records import Document

TUE = date(2025, 3, 11)  # a Tuesday: Monday 10 March, Sunday 9, Saturday 8, Friday 7


def dates_of(text, published=TUE):
    ex = extract(Document("t", text, "en", published)).to_dict()
    assert ex["events"], text
    return [e["date"] for e in ex["events"]]


# A lead dated only by the page's date line or the dateline takes the day a later sentence gives its incident.
@pytest.mark.parametrize("text,expected", [
    ("Published On 9 Mar 2025\nAt least 18 people have been killed in an attack on a market in North Darfur, "
     "activists say.\nRSF fighters shelled the market in Kutum on Saturday morning, the resistance committee said.",
     "2025-03-08"),
    ("March 10, 2025 | 10:42 AM\nAt least 14 villagers have been killed by suspected jihadists in northern Burkina "
     "Faso, local sources said.\nThe assailants raided the village of Tawori on Saturday, burning the market.",
     "2025-03-08"),
    ("Updated: March 10, 2025 09:15 GMT\nSeparatist fighters have killed four soldiers in Cameroon's North-West "
     "region, the army said.\nThe soldiers were ambushed near Ndop on Sunday evening.", "2025-03-09"),
    ("By Staff Reporter | March 10, 2025\nGunmen have killed 12 worshippers in a church in Kaduna State, police "
     "said.\nThe gunmen opened fire on the congregation late on Sunday, a church official said.", "2025-03-09"),
])
def test_a_lead_dated_by_its_filing_takes_the_later_sentences_day(text, expected):
    assert dates_of(text)[0] == expected


# ... even when that sentence tells its own incident elsewhere (the lead sums up the days of the report's week) ...
@pytest.mark.parametrize("text,expected", [
    ("Published On 10 Mar 2025\nGunmen have killed more than 30 people in north-west Nigeria, officials said.\n"
     "In Maru, in Zamfara state, bandits killed 17 villagers on Sunday.\nIn Katsina's Faskari area, gunmen shot "
     "dead 14 farmers.", ["2025-03-09", "2025-03-09"]),
    ("Updated 10 March 2025\nAt least 25 people have been killed in attacks in Sudan's Darfur region, activists "
     "said.\nIn El Fasher, RSF shelling killed 11 civilians on Saturday.\nIn Nyala, an air strike killed 14 people.",
     ["2025-03-08", "2025-03-08"]),
    ("Published On 10 Mar 2025\nDrone strikes have killed 19 people across eastern Ukraine, officials said.\nIn "
     "Kharkiv, a drone hit a residential building late on Sunday, killing seven people.", ["2025-03-09", "2025-03-09"]),
])
def test_a_filed_lead_takes_the_day_of_an_incident_elsewhere(text, expected):
    assert dates_of(text)[:2] == expected


# ... but not a day of 'another' incident, nor one weeks before the filing (an earlier incident).
@pytest.mark.parametrize("text,expected", [
    ("Published On 10 Mar 2025\nGunmen have killed 12 worshippers in a church in Kaduna State, police said.\n"
     "In a separate attack on Saturday, bandits killed two farmers in Plateau State.", "2025-03-10"),
    ("Published On 10 Mar 2025\nGunmen have killed 12 worshippers in a church in Kaduna State, police said.\n"
     "The same church was attacked on February 12, when gunmen killed three people.", "2025-03-10"),
    ("NIAMEY, March 10 (Wire) - Suspected jihadists have killed at least 20 soldiers in western Niger, the defence "
     "ministry said.\nAnother attack in the Tillaberi region on Friday killed 12 civilians.", "2025-03-10"),
])
def test_a_filed_lead_keeps_its_day_against_another_incident(text, expected):
    assert dates_of(text)[0] == expected


# 'The killings happened a day earlier': with no incident's day told before, a day counted back counts from the
# day the news was said, and dates the undated lead.
@pytest.mark.parametrize("text,expected", [
    ("Boko Haram fighters killed 16 farmers near Dikwa, the Borno governor said on Monday. The killings happened "
     "a day earlier.", "2025-03-09"),
    ("Gunmen shot dead four traders in Ibadan, police said on Monday. The shooting took place the day before.",
     "2025-03-09"),
    ("Militants stormed a checkpoint in Bannu, killing three policemen, officials said on Monday. The raid was "
     "carried out two days earlier.", "2025-03-08"),
])
def test_a_day_counted_back_from_the_day_said_dates_the_lead(text, expected):
    assert dates_of(text)[0] == expected


# A sentence of the lead's incident that gives the filing day as its own confirms it: a later day elsewhere
# ('Meanwhile, a drone attack on Kharkiv overnight ...') is another incident's, not the lead's.
@pytest.mark.parametrize("text,expected", [
    ("Published On 9 Mar 2025\nRussian forces have captured three villages in the Donetsk region, the defence "
     "ministry said.\nThe ministry said on Sunday that its troops had taken control of the village of Andriivka.\n"
     "Meanwhile, a Russian drone attack on the city of Kharkiv overnight wounded eight people.", "2025-03-09"),
    ("Updated 9 March 2025\nSudan's army has recaptured the town of Um Rawaba, the army said.\nThe army said on "
     "Sunday it had regained control of the town after heavy fighting.\nIn Nyala, a drone strike killed four "
     "people on Saturday.", "2025-03-09"),
    ("March 9, 2025 | 08:15 AM\nM23 rebels have seized the town of Walikale, residents said.\nThe rebels took "
     "control of the town on Sunday, a local official said.\nIn Uvira, gunmen killed three traders on Friday.",
     "2025-03-09"),
])
def test_a_filed_day_confirmed_by_the_incident_stays(text, expected):
    assert dates_of(text)[0] == expected


# A day elsewhere of another type of incident is no day of the filed lead's: a drone strike does not date a capture.
@pytest.mark.parametrize("text,expected", [
    ("Published On 9 Mar 2025\nRussian forces have captured the village of Andriivka in the Donetsk region, the "
     "defence ministry said.\nMeanwhile, a Russian drone attack on the city of Kharkiv overnight wounded eight "
     "people.", "2025-03-09"),
    ("Updated 9 March 2025\nSudan's army has recaptured the town of Um Rawaba from the RSF, the army said.\nIn "
     "Nyala, a drone strike killed four people on Saturday.", "2025-03-09"),
    ("March 9, 2025 | 08:15 AM\nM23 rebels have seized the town of Walikale, residents said.\nIn Uvira, a grenade "
     "blast killed three traders on Friday.", "2025-03-09"),
])
def test_a_filed_lead_keeps_its_day_against_another_type_of_incident(text, expected):
    assert dates_of(text)[0] == expected
