"""A place that changes hands without fighting ('entered the town without a fight', 'after the troops withdrew',
'sans combat') is ACLED's Strategic developments / Non-violent transfer of territory, not a battle. Short reports
written for these tests."""

import pytest
from conftest import first_event

TRANSFER = ("Strategic developments", "Non-violent transfer of territory")


def kind(text, language="en"):
    e = first_event(text, language)
    return e.event_type, e.sub_event_type


@pytest.mark.parametrize("text,language", [
    ("M23 rebels entered the town of Walikale, Congo, on Wednesday without a fight after government troops withdrew "
     "overnight, residents said.", "en"),
    ("Al-Shabab fighters seized the town of Moqokori, Somalia, after government forces pulled out on Friday, "
     "residents said.", "en"),
    ("Les jihadistes ont pris le contrôle de la ville de Djibo, au Burkina Faso, après le départ des soldats, sans "
     "combat, selon des habitants.", "fr"),
    ("Les rebelles sont entrés mardi dans la ville de Kamanyola, en RDC, sans rencontrer de résistance et sans combat, "
     "selon des sources locales.", "fr"),
])
def test_a_takeover_without_fighting_is_a_transfer(text, language):
    assert kind(text, language) == TRANSFER


@pytest.mark.parametrize("text", [
    "Malian troops retook the town of Anefis, Mali, from separatist rebels on Monday after two days of fighting.",
    "Al-Shabab fighters seized the town of Moqokori, Somalia, on Friday, killing five soldiers, officials said.",
])
def test_a_takeover_with_fighting_stays_a_battle(text):
    assert kind(text)[0] == "Battles"
