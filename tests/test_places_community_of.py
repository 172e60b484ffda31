"""'the community of X', 'the farming community of X': a settlement the gazetteer lacks, named so, is where it
happened, not the known town named after it as where it lies ('... of Dan Kurmi in Zurmi'). Written in lower case
only: 'the Economic Community of West African States' names a body. Sentences are the tests' own; each of the first
test failed before (the known town was the place)."""

from __future__ import annotations

import pytest
from conftest import event_place, extracted


@pytest.mark.parametrize(("text", "location", "admin1"), [
    ("Bandits killed 12 people on Sunday when they attacked the community of Dan Kurmi in Zurmi, Zamfara State, "
     "residents said.", "Dan Kurmi", "Zamfara"),
    ("Bandits killed 12 people on Sunday when they attacked the farming community of Dan Kurmi in Zurmi, Zamfara "
     "State, residents said.", "Dan Kurmi", "Zamfara"),
    ("Gunmen killed 9 people in the Christian community of Kwall in Bassa, Plateau State, on Sunday.", "Kwall",
     "Plateau"),
    ("Herders attacked the communities of Kwall and Miango in Bassa, Plateau State, on Sunday, killing nine "
     "people.", "Kwall", "Plateau"),
])
def test_a_community_of_a_name_is_a_settlement(text, location, admin1):
    place = event_place(text)
    assert (place.location, place.admin1) == (location, admin1), place


def test_a_body_s_capitalised_community_names_no_place():
    doc = extracted("Gunmen killed nine soldiers in Gusau, Zamfara State, on Sunday, a week after the Economic "
                    "Community of West African States met in Abuja.")
    assert [e.place.location for e in doc.events] == ["Gusau"]
