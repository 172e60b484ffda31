"""A line crediting the report's staff ('Reporting by X in Maiduguri; Editing by Y', 'Associated Press writer X
in Peshawar contributed to this report', 'X reported from Cairo') says where journalists were: it is not part of
the report, and its towns are no place of the event (sentences.json staff_lines). Sentences are the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "town", "admin1"), [
    ("Gunmen killed 23 passengers after pulling them off buses in Musakhel district of Balochistan, officials "
     "said.\n\nAssociated Press writer Riaz Khan in Peshawar contributed to this report.", "Musakhel",
     "Balochistan"),
    ("Jihadists killed nine farmers in a village of Borno state, residents said.\n\n(Reporting by Ahmed Idris in "
     "Maiduguri; Additional reporting by Tim Cocks in Abuja; Editing by Alex Richardson)", None, "Borno"),
    ("Bandits killed 14 people in an attack on a village in Zamfara state, police said.\n\nReporting by Garba "
     "Muhammad in Gusau; Writing by Felix Onuah; Editing by Ed Osmond", None, "Zamfara"),
    ("Islamist insurgents killed six people in Mozambique's Cabo Delgado province, a local official said.\n\n"
     "Mucari reported from Pemba. Hanlon reported from Johannesburg, South Africa.", None, "Cabo Delgado"),
])
def test_a_staff_line_names_no_place_of_the_event(text, town, admin1):
    place = event_place(text)
    assert (place.location, place.admin1) == (town, admin1), place
