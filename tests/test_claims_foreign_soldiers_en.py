"""Soldiers of a state that does not fight the report's war (issue 13): 'Egyptian soldiers' killed in Sudan, 'South
African soldiers' of a regional force in Congo, 'Tanzanian soldiers' near Beni are
their own country's forces, not the report's country's. Short reports written for these tests."""

import pytest
from conftest import victims_of as of_


@pytest.mark.parametrize("text,low,of", [
    ("KHARTOUM (Reuters) - A drone strike killed 8 Egyptian soldiers at an air base in northern Sudan, Sudan's army "
     "said.", 8, "Military Forces of Egypt"),
    ("GOMA, Congo (AP) — M23 rebels killed 9 South African soldiers serving with a regional force near Goma, South "
     "Africa's defence ministry said on Saturday.", 9, "Military Forces of South Africa"),
    ("BENI, Congo (Reuters) - Seven Tanzanian soldiers were killed when rebels attacked their base near Beni on "
     "Sunday, the Congolese army said.", 7, "Military Forces of Tanzania"),
    ("BAMAKO, Mali (AFP) - Six Senegalese soldiers died when their convoy hit a mine near the border, the Malian "
     "army said on Monday.", 6, "Military Forces of Senegal"),
])
def test_soldiers_of_another_state_are_its_forces(text, low, of):
    assert of_(text, low) == of
