"""A village no list knows, in a story filed from a provincial town ('QUETTA: ... in Kili Haji Sher', 'BUNIA, Congo
(Reuters) - ... in Lala') and naming no region of its own, lies in the dateline town's region: the event keeps its
village as written, with that region (issue 14: the most precise place the report ties to it). The town itself is
never the place, and a capital's dateline says only the country. Sentences are the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "town", "admin1"), [
    ("QUETTA: Unidentified gunmen shot dead four labourers at a construction site in Kili Haji Sher on Sunday, "
     "Levies officials said.", "Kili Haji Sher", "Balochistan"),
    ("MAIDUGURI — Boko Haram insurgents have killed seven farmers in Ngurosoye village, a militia leader said on "
     "Sunday.", "Ngurosoye", "Borno"),
    ("GOMA, Congo (AP) — Rebels killed at least nine people in an attack on Kibirizi village, a civil society leader "
     "said Saturday.", "Kibirizi", "North Kivu"),
    ("BUNIA, Congo (Reuters) - Militiamen armed with machetes killed 15 people at a displacement camp in Lala, local "
     "officials said.", "Lala", "Ituri"),
    ("JUBA, South Sudan (AP) — Armed youths killed 12 people in a raid on Pariak village, a local official said on "
     "Monday.", "Pariak", None),
])
def test_a_provincial_dateline_gives_the_region(text, town, admin1):
    place = event_place(text)
    assert (place.location, place.admin1) == (town, admin1), place
