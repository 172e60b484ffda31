"""A sentence that places the event and ends with a relative clause on the place's history ('..., where Taliban
fighters have stepped up raids', '..., où les jihadistes ont intensifié leurs attaques') is news: the cue of
history belongs to the clause, not to the sentence (context.json place_relative). Sentences are the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "lang", "town", "admin1"), [
    ("Militants attacked a police checkpoint in Pakistan's northwest on Thursday, killing four policemen, "
     "officials said. The attack took place in Lakki Marwat district of Khyber Pakhtunkhwa province, where "
     "Pakistani Taliban fighters have stepped up raids on security forces.", "en", "Lakki Marwat",
     "Khyber Pakhtunkhwa"),
    ("Jihadists killed nine soldiers in an ambush in northeastern Nigeria on Monday, the army said. The troops "
     "were ambushed near Damboa in Borno State, where the insurgency has intensified.", "en", "Damboa", "Borno"),
    ("Gunmen killed six villagers in central Mali on Sunday, local officials said. The attack happened in "
     "Bankass cercle of the Mopti region, where militias have long clashed with jihadists.", "en", "Bankass",
     "Bandiagara"),
    ("Des hommes armés ont tué quatre soldats dans l'est du Burkina Faso dimanche. L'attaque a eu lieu près de "
     "Fada N'Gourma, où les jihadistes ont intensifié leurs attaques depuis des années.", "fr", "Fada N'gourma",
     "Est"),
])
def test_history_in_a_closing_where_clause_leaves_the_place_news(text, lang, town, admin1):
    place = event_place(text, lang)
    assert (place.location, place.admin1) == (town, admin1), place
