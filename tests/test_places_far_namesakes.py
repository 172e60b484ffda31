"""A report that names no country is placed by its places; a small town found with no country to choose, far from
the report's first country ('the village of Kani' in a report on the Tillaberi region: a curated Burmese village),
is a namesake, not a second country of the report (report_countries.without_far_towns). Sentences are the
tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "country", "admin1", "town"), [
    ("Jihadists killed 14 soldiers in an attack in the Tillaberi region on Tuesday, the army said. The convoy was "
     "ambushed near the village of Kani.", "Niger", "Tillaberi", "Kani"),
    ("A military jet bombed a village in Sagaing Region on Monday, killing nine people, resistance forces said. "
     "The bombs fell on the village of Boni at noon.", "Myanmar", "Sagaing", "Boni"),
    ("Insurgents killed six farmers in Borno State on Sunday, a militia leader said. The farmers were attacked "
     "in the village of Sake.", "Nigeria", "Borno", "Sake"),
])
def test_a_far_namesake_village_lies_in_the_report_country(text, country, admin1, town):
    place = event_place(text)
    assert (place.country, place.admin1, place.location) == (country, admin1, town), place


@pytest.mark.parametrize(("text", "country", "admin1", "town"), [
    ("Bandits killed four farmers in the Gwoza local government area of Borno State on Friday, residents said. The "
     "attack took place in the village of Kalari, close to the hills.", "Nigeria", "Borno", "Kalari"),
    ("Bandits killed four farmers in the Hong local government area of Adamawa State on Friday, residents said. "
     "The attack took place in the village of Lassa, close to the hills.", "Nigeria", "Adamawa", "Lassa"),
    ("Militiamen killed nine civilians in the Djugu territory of Ituri province on Monday, local sources said. The "
     "attack took place in the village of Kalamba, close to the lake.", "Democratic Republic of Congo", "Ituri",
     "Kalamba"),
])
def test_a_far_city_known_by_another_name_is_a_namesake_village(text, country, admin1, town):
    """'Kalari' is also a name of Cagliari, 'Lassa' of Lhasa: a city far away read by another of its names."""
    place = event_place(text)
    assert (place.country, place.admin1, place.location) == (country, admin1, town), place
