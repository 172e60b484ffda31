"""'Ont fait irruption', 'ont fait une incursion', 'une incursion de miliciens': armed men storming a place is an
event word (weak: it opens an incident with its day, or joins one). Texts written for these tests."""

import pytest
from conftest import doc, validate

from fogline.extract import extract


def events(text: str) -> list[dict]:
    ex = extract(doc(text, published="2025-03-10", language="fr")).to_dict()
    validate(ex, text)
    return ex["events"]


@pytest.mark.parametrize("text,town", [
    ("Des hommes armés ont fait irruption dimanche soir dans l'église du village de Bourasso, au Burkina Faso, "
     "selon des habitants.", "Bourasso"),
    ("Des jihadistes ont tué samedi quatre soldats près de Diafarabé, au Mali.\n\nPar ailleurs, dimanche, des "
     "hommes armés ont fait une incursion dans le village de Tassiga, dans la région de Ménaka, emportant du "
     "bétail.", "Tassiga"),
    ("Une incursion de miliciens a été signalée mardi à Pinga, dans le territoire de Walikale, en RDC, selon la "
     "société civile.", "Pinga"),
    ("Des bandits ont fait irruption dans la nuit de jeudi à vendredi au domicile d'un commerçant de Garoua, au "
     "Cameroun, selon la police.", "Garoua"),
])
def test_storming_a_place_is_an_event(text, town):
    assert town in [e["location"] for e in events(text)]
