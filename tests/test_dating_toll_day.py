"""The day a toll was given ('according to a toll released on Friday', 'selon un bilan jeudi de l'armée', 'updating
the toll on Thursday') is when it was told: a toll word does not bind that day to the event the way 'killed on
Saturday' does, and the incident keeps the day it was told with. Texts written for these tests (published Friday
2025-03-14)."""

import pytest
from conftest import doc, validate

from fogline.extract import extract


@pytest.mark.parametrize("text,language,day", [
    ("Au moins douze civils ont été tués le 9 mars dernier à Djugu, selon la société civile, qui a publié son bilan "
     "vendredi.", "fr", "2025-03-09"),
    ("Gunmen killed nine people on Sunday in Bokkos, police said, updating the toll on Thursday.", "en",
     "2025-03-09"),
    ("Des jihadistes ont tué sept soldats lundi près de Djibo, selon un bilan jeudi de l'armée.", "fr", "2025-03-10"),
    ("Militants killed 14 soldiers near Diffa on Monday, the army said in a toll on Wednesday.", "en", "2025-03-10"),
    ("Huit civils ont été tués dimanche à Béni, selon le bilan mercredi de la société civile.", "fr", "2025-03-09"),
])
def test_the_day_of_a_toll_is_not_the_incidents(text, language, day):
    ex = extract(doc(text, published="2025-03-14", language=language)).to_dict()
    validate(ex, text)
    assert [e["date"] for e in ex["events"]] == [day]
