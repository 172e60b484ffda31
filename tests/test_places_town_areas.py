"""An area named after its town with a compass word ('Rumbek East county', 'Yirol West county') that the curated
lists lack lies around that town: the event is placed at the area, as written, in the town's region, not at the
town itself. Sentences are the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "area", "admin1"), [
    ("Fighting between two communities killed eight people on Saturday in Rumbek East county, a local official "
     "said.", "Rumbek East", "Lakes"),
    ("Armed youths raided cattle camps in Tonj East county of Warrap State on Sunday, killing 17 people, the "
     "county commissioner said.", "Tonj East", "Warrap"),
    ("Armed men killed four people in Yirol West county on Thursday, officials said.", "Yirol West", "Lakes"),
    ("Gunmen ambushed a convoy of traders on Monday in Kajo Keji East county, killing three, police said.",
     "Kajo Keji East", "Central Equatoria"),
])
def test_a_town_and_a_compass_word_before_an_area_word_name_the_area(text, area, admin1):
    place = event_place(text)
    assert (place.location, place.admin1, place.geo_precision) == (area, admin1, 2), place
