"""Where speakers and forces are, not where the event was (issue 14): a region-only event keeps no town named as
the place a statement was read in ("a statement read on state television in Niamey"), the seat of a government
("as the government in Port-au-Prince announced"), or where reinforcements were sent from (places.json
``elsewhere_before`` and ``origin_before``)."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize("text,admin1", [
    ("Suspected jihadists killed 11 soldiers in an ambush in Niger's Tillaberi region on Tuesday, the defence "
     "ministry said in a statement read on state television in Niamey.", "Tillaberi"),
    ("Gunmen killed 17 villagers in Burkina Faso's Boucle du Mouhoun region on Friday, the army said in a "
     "communique broadcast on national radio in Ouagadougou.", "Boucle du Mouhoun"),
    ("Gunmen killed six farmers in Nigeria's Benue state on Sunday, police said in a statement issued on television "
     "in Makurdi.", "Benue"),
])
def test_where_a_statement_was_read_is_not_the_place(text, admin1):
    from fogline.evaluate import _same_place

    place = event_place(text)
    assert place.location is None and _same_place(place.admin1, admin1), place


@pytest.mark.parametrize("text", [
    "At least 12 people were killed in clashes between rival gangs in Haiti's Artibonite department on Monday, "
    "police said, as the government in Port-au-Prince announced new measures.",
    "Fighters killed 14 civilians in Sudan's Gezira state on Saturday, a rights group said, while the army-backed "
    "government in Port Sudan blamed the paramilitaries.",
    "Drones struck targets in Myanmar's Sagaing region on Sunday, killing eight villagers, while the junta in "
    "Naypyitaw denied it.",
])
def test_the_seat_of_a_government_is_not_the_place(text):
    assert event_place(text).location is None


@pytest.mark.parametrize("text", [
    "Jihadists killed 30 soldiers in an attack on an army base in Burkina Faso's Est region on Monday, security "
    "sources said. Reinforcements were sent from Fada N'Gourma.",
    "Bandits killed 15 villagers in Nigeria's Katsina state on Saturday, police said. Troops were dispatched "
    "from Funtua to the area.",
    "Al Shabaab fighters attacked an army post in Somalia's Hiiraan region on Sunday, killing four soldiers. More "
    "troops were sent in from Beledweyne, an officer said.",
])
def test_where_forces_were_sent_from_is_not_the_place(text):
    assert event_place(text).location is None


@pytest.mark.parametrize("text,where", [
    ("Fighting between the army and rebels killed 12 civilians in Congo's South Kivu province on Monday, despite a "
     "truce agreed in Doha, local sources said.\n\nThe clashes broke out around Kalonge, in Kalehe territory, a "
     "civil society leader said.", "Kalonge"),
    ("Gunmen killed 11 people in Sudan's Blue Nile state on Saturday, despite a ceasefire brokered in Jeddah, "
     "residents said.", None),
    ("Paramilitary shelling killed nine people in Sudan's North Kordofan state on Sunday, medics said, while a "
     "summit in Addis Ababa discussed a truce.", None),
    ("Russian drones killed three people in Ukraine's Sumy region overnight, officials said, as negotiations held "
     "in Istanbul ended without a ceasefire.", None),
])
def test_where_a_deal_was_agreed_or_talks_held_is_not_the_place(text, where):
    assert event_place(text).location == where
