"""English vehicles destroyed told by an adjective of what is left of them (issue 13): 'burned-out', 'charred',
'gutted' vehicles are destroyed ones. Short reports written for these tests."""

import pytest
from conftest import claim_rows

LEAD = "BAMAKO, Mali — FLA rebels ambushed an army convoy near Tinzaouaten on Sunday.\n\n"


@pytest.mark.parametrize("text, low", [
    (LEAD + "The FLA said the army left behind 12 burned-out vehicles.", 12),
    (LEAD + "The FLA said several charred military vehicles lay along the road.", 3),
    (LEAD + "The FLA said 11 army vehicles were gutted by fire.", 11),
    (LEAD + "A rebel spokesman said they counted 9 burnt out pickups after the fighting.", 9),
])
def test_what_is_left_of_vehicles(text, low):
    assert ("vehicles destroyed", low) in [(r[0], r[1]) for r in claim_rows(text)], claim_rows(text)
