"""A village named with the area it lies in: the area's word after a comma says where the village lies (", commune de
Tessit": not Senegal's Kidira but a place of the commune), and the area's own name is no second town of the event
("le village de Dinangourou, cercle de Koro" happened at Dinangourou, not in the town of Koro). Each case failed
before."""

import pytest

from tests.conftest import event_place


@pytest.mark.parametrize("text", [
    "Un drone a frappé un marché dans la localité de Kidira, commune de Tessit, jeudi.",
    "Au Mali, un drone a frappé un marché dans le village de Kidira, cercle d'Ansongo, jeudi.",
    "Des hommes armés ont attaqué la localité de Kidira, commune de Tessit, jeudi, tuant trois civils.",
    "Des hommes armés ont enlevé deux commerçants à Kidira, commune de Tessit, jeudi.",
])
def test_the_area_after_a_comma_says_where_the_village_lies(text):
    place = event_place(text, "fr")
    assert place.country == "Mali" and place.location == "Kidira", place


@pytest.mark.parametrize("text, language", [
    ("Des hommes armés ont tué sept civils dans le village de Dinangourou, cercle de Koro, jeudi.", "fr"),
    ("Des hommes armés ont tué sept civils à Dinangourou, dans le cercle de Koro, région de Mopti, jeudi.", "fr"),
    ("Des hommes armés ont incendié le village de Dinangourou, cercle de Koro, jeudi, tuant trois civils.", "fr"),
    ("Gunmen killed seven civilians in Dinangourou village, Koro circle, in central Mali on Thursday.", "en"),
])
def test_the_area_s_own_name_is_no_second_town(text, language):
    place = event_place(text, language)
    assert place.location == "Dinangourou", place
