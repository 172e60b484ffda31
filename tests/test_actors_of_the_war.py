"""An actor that names the war an event belongs to ('Israel's war on Hamas', 'two years of war between the army
and the RSF', 'le conflit qui oppose l'armée aux FSR') is no party of the event. Short reports written for these
tests."""

import pytest
from conftest import event_parties


@pytest.mark.parametrize("text,language,absent,present", [
    ("Houthi rebels fired a missile at a cargo ship in the Gulf of Aden, off Yemen, on Wednesday, killing two crew "
     "members, in a campaign the group says is against Israel's war on Hamas.", "en", "Hamas",
     "Houthi Movement (Ansar Allah)"),
    ("RSF fighters shelled the Zamzam camp in North Darfur, Sudan, on Friday, killing 12 people in a camp that "
     "has suffered throughout two years of war between the army and the RSF.", "en",
     "Military Forces of Sudan (SAF)", "Rapid Support Forces (RSF)"),
    ("Des drones des FSR ont frappé un marché d'El-Fasher, au Soudan, dimanche, tuant 20 civils, dans le conflit "
     "qui oppose depuis avril 2023 l'armée aux FSR.", "fr", "Military Forces of Sudan (SAF)",
     "Rapid Support Forces (RSF)"),
    ("Israeli air strikes on Rafah in the Gaza Strip killed 30 people on Tuesday, seven months into the "
     "Israel-Hamas war, health officials said.", "en", "Hamas", "Military Forces of Israel"),
])
def test_the_war_an_event_belongs_to_names_no_party(text, language, absent, present):
    found = event_parties(text, language)[1]
    assert absent not in found and present in found
