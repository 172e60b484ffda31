"""An aircraft that 'a pris pour cible' a target ('les vecteurs aériens ont pris pour cible un regroupement',
'l'aviation a pris pour cible une base'): an air strike, not an armed clash. Texts written for these tests."""

import pytest
from conftest import doc, validate

from fogline.extract import extract


@pytest.mark.parametrize("text,town", [
    ("Mardi, les vecteurs aériens de l'armée ont pris pour cible un regroupement de terroristes près de Djibo, au "
     "Burkina Faso, selon l'état-major.", "Djibo"),
    ("Des hélicoptères de l'armée malienne ont pris pour cible mardi un convoi de jihadistes près de Tessit, selon "
     "une source militaire.", "Tessit"),
    ("Lundi, l'aviation a pris pour cible une base terroriste à Boulkessi, dans le centre du Mali, a annoncé "
     "l'armée.", "Boulkessi"),
])
def test_an_aircraft_taking_a_target_is_an_air_strike(text, town):
    ex = extract(doc(text, published="2025-03-12", language="fr")).to_dict()
    validate(ex, text)
    assert [(e["sub_event_type"], e["location"]) for e in ex["events"]] == [("Air/drone strike", town)]
