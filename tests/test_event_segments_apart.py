"""Segmentation of incidents told over several sentences. A later sentence that adds to the toll of the incident
just told ('Rescuers found another body on Friday, raising the toll to five', 'Two of the wounded later died',
'portant le bilan à 12 morts') goes on with that incident: its later day is the day the toll grew, not a second
incident (triggers.json ``toll_update``). A sentence that names another incident or another place stays an
incident of its own. Texts written for these tests (published Sunday 2025-06-15)."""

import pytest
from conftest import doc, validate

from fogline.extract import extract


def events(text: str, language: str = "en") -> list[dict]:
    ex = extract(doc(text, language=language)).to_dict()
    validate(ex, text)
    return ex["events"]


@pytest.mark.parametrize("text,day", [
    ("A Russian drone attack on Sumy on Wednesday killed three people, the regional governor said. Rescue crews "
     "pulled another body from a collapsed building on Thursday, raising the toll to four.", "2025-06-11"),
    ("Bandits shot dead 11 traders at a cattle market in Gusau on Wednesday, police said. Two of the wounded "
     "later died in hospital on Friday, a nurse said.", "2025-06-11"),
    ("A roadside bomb tore through a minibus near Beledweyne on Thursday, killing six passengers, officials said. "
     "Three more bodies were recovered from the wreckage on Saturday.", "2025-06-12"),
    ("Militants killed nine soldiers in an ambush near Kerou on Wednesday. Four other soldiers succumbed to "
     "their wounds on Saturday, a military source said.", "2025-06-11"),
])
def test_a_later_toll_of_the_same_incident_is_no_incident_of_its_own(text, day):
    found = [e["date"] for e in events(text)]
    assert found == [day], found


@pytest.mark.parametrize("text,day", [
    ("Des jihadistes ont tué huit soldats mercredi dans une embuscade près de Djibo. Vendredi, deux autres "
     "soldats ont succombé à leurs blessures.", "2025-06-11"),
    ("Une frappe de drone a touché jeudi un marché de Kidal, tuant cinq civils, selon des habitants. Samedi, deux "
     "autres victimes sont décédées, portant le bilan à sept morts.", "2025-06-12"),
    ("Un kamikaze s'est fait exploser jeudi dans une mosquée de Maiduguri, tuant douze fidèles. Samedi, le bilan "
     "est passé à quinze morts après le décès de trois blessés.", "2025-06-12"),
    ("Des hommes armés ont abattu six villageois mercredi à Béni. Trois des blessés sont morts vendredi à "
     "l'hôpital, selon la société civile.", "2025-06-11"),
])
def test_a_later_french_toll_of_the_same_incident_is_no_incident_of_its_own(text, day):
    found = [e["date"] for e in events(text, "fr")]
    assert found == [day], found


@pytest.mark.parametrize("text,language", [
    ("Gunmen killed four farmers in Bokkos on Wednesday. In another attack on Friday, three more people were "
     "killed in Mangu.", "en"),
    ("A drone strike killed five people in Kherson on Wednesday. On Friday, shelling killed two more people in "
     "Nikopol.", "en"),
    ("Des jihadistes ont tué huit soldats mercredi près de Djibo. Vendredi, deux autres corps ont été "
     "retrouvés à Arbinda après une nouvelle attaque.", "fr"),
])
def test_another_incident_or_another_place_stays_apart(text, language):
    assert len(events(text, language)) == 2


@pytest.mark.parametrize("text,language,towns", [
    ("Soldiers killed 13 militants in an operation in Jowhar district on Friday, the army said. On Friday, at "
     "least 19 militants were also killed in fighting near Dhagaxley, a village in the Lower Juba region.", "en",
     {"Jowhar", "Dhagaxley"}),
    ("Russian shelling killed two people in Kherson on Thursday, the governor said. On Thursday, a drone strike "
     "also killed a woman in Velyka Zorivka, a village in the Sumy region, officials said.", "en",
     {"Kherson", "Velyka Zorivka"}),
    ("Bandits killed seven people in Gusau, in Zamfara state, on Friday, police said. Also on Friday, gunmen "
     "killed four farmers in Tudun Yarbi, a hamlet in Katsina state, residents said.", "en",
     {"Gusau", "Tudun Yarbi"}),
    ("Mardi, des jihadistes ont tué six soldats près de Djibo, dans la région du Sahel. Le même jour, des hommes "
     "armés ont tué neuf civils à Kossoghin, un village de la région du Centre-Nord, selon des habitants.", "fr",
     {"Djibo", "Kossoghin"}),
])
def test_a_village_the_gazetteer_lacks_is_apart_by_the_region_named_after_it(text, language, towns):
    """Two incidents of one day: the second in a village with no coordinates, placed by the region named after it
    in another region than the first ('Dhagaxley, a village in the Lower Juba region'): two incidents, not one."""
    found = {e["location"] for e in events(text, language)}
    assert found == towns, found


@pytest.mark.parametrize("text,language,count", [
    ("Gunmen killed six villagers in Bokkos on Monday, police said. In Benue state, herders killed eight farmers in "
     "Guma, a local official said.", "en", 2),
    ("Jihadists killed 12 soldiers near Djibo on Tuesday, security sources said. In the Est region, militants killed "
     "seven civilians at a market, residents said.", "en", 2),
    ("Des jihadistes ont tué douze soldats mardi près de Djibo. Dans la région de l'Est, des hommes armés ont tué "
     "sept civils sur un marché, selon des habitants.", "fr", 2),
    ("Gunmen killed six villagers in Bokkos on Monday, police said. In Borno state, insurgents have killed 40 people "
     "this month, officials said.", "en", 1),
    ("Gunmen killed six villagers in Bokkos, in Plateau state, on Monday, police said. In Plateau state, the "
     "attackers also killed two police officers, officials said.", "en", 1),
])
def test_a_toll_in_another_region_is_another_incident(text, language, count):
    """A toll told in another region than the incident before ('In Benue state, herders killed eight farmers'),
    with no span of weeks or months (a tally), is an incident of its own; in the same region it is not."""
    assert len(events(text, language)) == count
