"""'Near the port of X' names a settlement like 'the town of X': a port the gazetteer lacks is the event's place,
placed by the region named with it (places.json settlement_before). Sentences are the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "town", "admin1"), [
    ("Gunmen attacked fishermen in Borno State on Friday, a militia leader said. The fishermen were killed near the "
     "port of Kirta Wulgo on Lake Chad.", "Kirta Wulgo", "Borno"),
    ("Armed men killed three traders in Sudan's Red Sea state on Sunday, police said. The traders were shot near "
     "the port of Osif, police said.", "Osif", "Red Sea"),
    ("Armed youths killed four traders in Unity State on Monday, officials said. The traders were shot near the "
     "river port of Adok, officials said.", "Adok", "Unity"),
])
def test_a_port_the_lists_lack_is_the_place(text, town, admin1):
    place = event_place(text)
    assert (place.location, place.admin1) == (town, admin1), place
