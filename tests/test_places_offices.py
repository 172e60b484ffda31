"""A region named by its office ('Donetsk regional governor Vadym Filashkin said', 'Kharkiv Governor Oleh
Syniehubov said') or as a self-proclaimed republic ('the Donetsk People's Republic'; places.json
region_office_after) is the region, not its namesake city: the event is at the town its words lead to, and a
village no list knows lies in that region. A town named by its mayor ('Kharkiv Mayor Ihor Terekhov said',
town_office_after) is the town: 'the city's district' is there. Sentences are the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "town", "admin1"), [
    ("Russian forces struck Kostiantynivka with glide bombs on Monday, killing four civilians, Donetsk regional "
     "governor Vadym Filashkin said on Telegram.", "Kostyantynivka", "Donetsk"),
    ("Zaporizhzhia regional governor Ivan Fedorov said a Russian drone hit a car in the village of "
     "Malokaterynivka, killing the driver.", "Malokaterynivka", "Zaporizhzhia"),
    ("Shelling wounded three people in Zolochiv, killing a woman, Kharkiv Governor Oleh Syniehubov said.",
     "Zolochiv", "Kharkiv"),
    ("Russian glide bombs killed two civilians on Tuesday, Donetsk regional head Vadym Filashkin said, without "
     "naming the village.", None, "Donetsk"),
    ("A Russian missile hit an apartment block, killing five, Dnipropetrovsk regional governor Serhiy Lysak said, "
     "adding that the strike hit the town of Kamianske.", "Kamyanske", "Dnipropetrovsk"),
])
def test_a_region_named_by_its_office_is_the_region(text, town, admin1):
    place = event_place(text)
    assert (place.location, place.admin1) == (town, admin1), place


@pytest.mark.parametrize(("text", "town", "admin1"), [
    ("Russia's Defence Ministry said its forces had liberated the settlement of Novoolenivka in the Donetsk "
     "People's Republic.", "Novoolenivka", "Donetsk"),
    ("Russian troops took control of the settlement of Novoiehorivka in the Luhansk People's Republic, the ministry "
     "said.", "Novoiehorivka", "Luhansk"),
    ("Ukrainian drones struck a bus in the village of Stakhanovka in the Luhansk People's Republic, killing two, "
     "local authorities said.", "Stakhanovka", "Luhansk"),
])
def test_a_self_proclaimed_republic_is_its_region(text, town, admin1):
    place = event_place(text)
    assert (place.location, place.admin1) == (town, admin1), place


@pytest.mark.parametrize(("text", "town", "admin1"), [
    ("A glide bomb struck the city's Saltivskyi district, wounding 12 people, Kharkiv Mayor Ihor Terekhov said.",
     "Kharkiv", "Kharkiv"),
    ("A Russian missile hit the port overnight, wounding four workers, Mykolaiv Mayor Oleksandr Senkevych said.",
     "Mykolayiv", "Mykolaiv"),
    ("Drones struck two apartment blocks and a school, killing three residents, Sumy Mayor Oleksandr Lysenko said on "
     "Telegram.", "Sumy", "Sumy"),
])
def test_a_town_named_by_its_mayor_is_the_town(text, town, admin1):
    place = event_place(text)
    assert (place.location, place.admin1) == (town, admin1), place
