"""A night spans two calendar days, and what happens after midnight is the second one's: 'in the night of
Saturday to Sunday, at about 3 a.m.' is Sunday; 'overnight', read from the page's day, is that day when an hour
after midnight is given (in the sentence or the next undated ones). An hour of the evening, or none, keeps the
day the night began on (dates.json ``small_hours``, ``evening_hours``, ``night_span_before``,
``night_span_joiners``). Texts written for these tests (published Monday 2025-05-26)."""

import pytest
from conftest import doc, validate

from fogline.extract import extract


def _dates(text, language, published="2025-05-26"):
    ex = extract(doc(text, published=published, language=language)).to_dict()
    validate(ex, text)
    return [e["date"] for e in ex["events"]]


@pytest.mark.parametrize("text,language,expected", [
    ("Gunmen attacked a police post in Diallassagou overnight Saturday to Sunday at around 3 a.m., killing four "
     "officers, local sources said.", "en", "2025-05-25"),
    ("In the night of Saturday 24 to Sunday 25 May, at about 4 a.m., jihadists stormed the army camp at Boulkessi, "
     "killing seven soldiers.", "en", "2025-05-25"),
    ("Des hommes armés ont attaqué le poste de gendarmerie de Diallassagou dans la nuit de samedi à dimanche, vers "
     "2 heures du matin, tuant quatre gendarmes, selon des sources locales.", "fr", "2025-05-25"),
    ("Dans la nuit du samedi 24 au dimanche 25 mai, aux environs de 4 heures, des jihadistes ont attaqué le camp "
     "militaire de Boulkessi. Sept soldats ont été tués, a indiqué l'armée.", "fr", "2025-05-25"),
    ("Des jihadistes ont attaqué une position de l'armée à Djibo dans la nuit de samedi à dimanche. Les tirs ont "
     "éclaté peu avant l'aube et dix soldats ont été tués.", "fr", "2025-05-25"),
    ("Dans la nuit de dimanche à lundi, peu après minuit, des drones ont frappé un convoi de l'armée près de Kidal, "
     "faisant au moins quatre morts.", "fr", "2025-05-26"),
    ("Dans la nuit de dimanche à lundi, il était environ 2h quand des hommes armés ont attaqué le poste de Sebba, "
     "tuant trois gendarmes.", "fr", "2025-05-26"),
    ("Des jihadistes ont attaqué le camp de Tessit dans la nuit de dimanche à lundi ; les combats ont eu lieu entre "
     "1h et 3h, selon une source militaire.", "fr", "2025-05-26"),
])
def test_a_night_of_two_days_after_midnight_is_the_second_day(text, language, expected):
    assert _dates(text, language, "2025-05-27" if "lundi" in text else "2025-05-26") == [expected]


@pytest.mark.parametrize("text,language", [
    ("Dans la nuit du 24 au 25 mai, vers 3 heures du matin, des jihadistes ont attaqué le camp de Boulkessi, tuant "
     "sept soldats.", "fr"),
    ("In the night of 24 to 25 May, at around 3 a.m., jihadists attacked the Boulkessi camp, killing seven "
     "soldiers.", "en"),
    ("Des hommes armés ont attaqué le poste de Diallassagou dans la nuit du 24 au 25 mai, peu avant l'aube, tuant "
     "quatre gendarmes.", "fr"),
])
def test_a_night_of_two_numbered_days_after_midnight_is_the_second(text, language):
    assert _dates(text, language, "2025-05-27") == ["2025-05-25"]


@pytest.mark.parametrize("text,language", [
    ("Russian drones struck Kharkiv overnight, killing four civilians, the governor said. The first explosions were "
     "heard shortly after 2 a.m. in the Kyivskyi district.", "en"),
    ("Gunmen stormed the village of Kauru overnight, killing six people before dawn, police said.", "en"),
    ("Des drones russes ont frappé Kharkiv la nuit dernière vers 3 heures, tuant quatre civils, selon le "
     "gouverneur.", "fr"),
])
def test_overnight_after_midnight_is_the_pages_day(text, language):
    assert _dates(text, language) == ["2025-05-26"]


@pytest.mark.parametrize("text,language,expected", [
    ("Militants raided the village of Koulogon on the night of Saturday to Sunday at around 10 p.m., killing "
     "eleven civilians, a local official said.", "en", "2025-05-24"),
    ("Des hommes armés ont attaqué le village de Ndiomo dans la nuit de samedi à dimanche. Les assaillants sont "
     "arrivés vers 21 heures et ont tué sept personnes.", "fr", "2025-05-24"),
    ("Russian drones struck Kharkiv overnight, killing four civilians, the governor said.", "en", "2025-05-25"),
    ("Des drones russes ont frappé Kharkiv cette nuit vers 3 heures, tuant quatre civils.", "fr", "2025-05-26"),
])
def test_a_night_without_an_hour_after_midnight_keeps_its_first_day(text, language, expected):
    assert _dates(text, language) == [expected]


@pytest.mark.parametrize("text,language,expected", [
    ("Gunmen attacked a police post in Diallassagou overnight Saturday, at about 2 a.m., killing four officers.", "en",
     "2025-05-25"),
    ("Dans la nuit de samedi, vers 3 heures, des jihadistes ont attaqué le camp militaire de Boulkessi, tuant sept "
     "soldats.", "fr", "2025-05-25"),
    ("On the night of May 24, at around 1 a.m., militants stormed the army camp at Boulkessi, killing seven "
     "soldiers.", "en", "2025-05-25"),
    ("Gunmen attacked a police post in Diallassagou overnight Saturday, killing four officers.", "en", "2025-05-24"),
    ("Dans la nuit de samedi, des jihadistes ont attaqué le camp militaire de Boulkessi, tuant sept soldats.", "fr",
     "2025-05-24"),
])
def test_the_night_of_a_named_day_after_midnight_is_the_next_day(text, language, expected):
    assert _dates(text, language, "2025-05-27") == [expected]
