"""An event word followed by another place ('an attack in another village of the district', 'dans une autre
localité de la région') tells an incident elsewhere even when the place is not named: an event of its own, with
the day told before (unnamed and undated, it is no event of its own). Violence against civilians that names no
target has the country's civilians as its target. Short reports written for these tests."""

import pytest
from conftest import extracted

CIVILIANS = ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text,language", [
    ("Gunmen killed 12 villagers in Kuru, Nigeria, on Sunday, police said. Police also reported an attack in another "
     "village of the district, where five people were killed.", "en"),
    ("Jihadists killed 12 civilians in Kuru, Burkina Faso, on Sunday. Gunmen also killed five farmers in another "
     "locality of the province, residents said.", "en"),
    ("Gunmen killed 12 villagers in Kuru, Nigeria, on Sunday, police said. Police also reported an attack in another "
     "village, Dogo, where five people were killed.", "en"),
    ("Des jihadistes ont tué douze civils à Boni, au Mali, dimanche. Un élu local a également signalé l'enlèvement de "
     "cinq femmes dans une autre commune du cercle.", "fr"),
    ("Des hommes armés ont tué douze villageois à Kuru, au Nigeria, dimanche, selon la police. La police a aussi fait "
     "état d'une attaque dans un autre village du district, où cinq personnes ont été tuées.", "fr"),
    ("Des jihadistes ont tué douze civils à Boni, au Mali, dimanche. Des hommes armés ont aussi tué cinq agriculteurs "
     "dans une autre localité de la région, selon des habitants.", "fr"),
])
def test_an_incident_in_another_unnamed_place_is_an_event_of_its_own(text, language):
    events = extracted(text, language).events
    assert len(events) == 2, [(e.sub_event_type, e.place.location) for e in events]
    assert events[1].date == events[0].date


@pytest.mark.parametrize("text,language", [
    ("Bandits raided a mosque in Zurmi, Nigeria, on Friday; no casualties were reported.", "en"),
    ("Militiamen attacked a displacement camp near Bunia, Congo, on Saturday, setting shelters ablaze.", "en"),
    ("Une attaque de deux villages de Djugu, en RDC, a fait neuf morts dimanche, selon la société civile.", "fr"),
])
def test_violence_against_civilians_naming_no_target_targets_the_countrys_civilians(text, language):
    e = extracted(text, language).events[0]
    assert (e.event_type, e.sub_event_type) == CIVILIANS
    assert any(a.side == "B" and a.name.startswith("Civilians (") for a in e.actors), [a.name for a in e.actors]



def test_an_unnamed_place_on_a_day_without_its_date_joins_the_incident_told():
    text = ("Des jihadistes ont tué douze civils à Boni, au Mali, dimanche. Un élu local a également signalé "
            "l'enlèvement de cinq femmes dans une autre commune du cercle.")
    assert len(extracted(text, "fr", None).events) == 1
