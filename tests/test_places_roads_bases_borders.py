"""Towns that only say which way or where from: the end of a road ('on the road to X'), a journey's origin after
its destination ('heading to X from Y'), where fighters are based ('militants based in the X forest'), the town
across a border ('across the border from X') are not the event's place when its clause names one. Sentences and
names are the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "town"), [
    ("Fighters attacked an army post 30 km from Tessalit on the road to Gao in Mali on Sunday, killing 5 soldiers.",
     "Tessalit"),
    ("Gunmen ambushed a bus on the highway towards Gusau in Nigeria on Sunday, killing 9, close to Tsafe.", "Tsafe"),
    ("Jihadists attacked a convoy on the road to Kidal, some 40 km north of Anefis, in Mali on Sunday.", "Anefis"),
    ("An IED killed three soldiers on the highway to Kaduna in Nigeria on Sunday, just outside Kajuru.", "Kajuru"),
])
def test_the_end_of_a_road_is_not_the_place(text, town):
    place = event_place(text)
    assert place.location == town, place


@pytest.mark.parametrize(("text", "town"), [
    ("Boko Haram fighters based in the Sambisa forest killed 12 farmers near Gwoza in Nigeria on Sunday.", "Gwoza"),
    ("Bandits hiding in Kajuru killed eight people in an attack near Kachia in Nigeria on Monday.", "Kachia"),
    ("Rebels entrenched in Kitshanga attacked army positions near Sake in Congo on Friday, killing six.", "Sake"),
])
def test_where_fighters_are_based_is_not_where_they_struck(text, town):
    place = event_place(text)
    assert place.location == town, place


@pytest.mark.parametrize(("text", "town"), [
    ("Jihadists killed 12 soldiers in Niger near Ayorou, across the border from Ansongo in Mali, on Sunday.",
     "Ayorou"),
    ("M23 fighters shelled villages near Bukavu in Congo on Monday, across the lake from Goma, killing four.",
     "Bukavu"),
    ("Fighting broke out near Sake in Congo on Monday, across the river from Minova, killing four soldiers.",
     "Sake"),
])
def test_the_town_across_the_border_is_not_the_place(text, town):
    place = event_place(text)
    assert place.location == town, place
