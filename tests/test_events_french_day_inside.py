"""French puts the day between a capture verb and what was taken ('a repris mercredi le contrôle de X', 'ont conquis
samedi soir la ville de Y') or an arson verb and what burned ('ont incendié mardi plusieurs maisons'): the verb is
still the event's word (triggers.json of fr). Texts written for these tests (published Sunday 2025-06-15)."""

import pytest
from conftest import doc, validate

from fogline.extract import extract


@pytest.mark.parametrize("text,day,sub,town", [
    ("L'armée malienne a repris mercredi le contrôle de Boulkessi, selon l'état-major.",
     "2025-06-11", "Government regains territory", "Boulkessi"),
    ("Des combattants de l'État islamique ont pris lundi le contrôle de Tillia, au terme de violents combats avec "
     "l'armée nigérienne.", "2025-06-16", "Non-state actor overtakes territory", "Tillia"),
    ("Les FARDC ont repris jeudi la localité de Rubaya aux rebelles du M23, selon un porte-parole militaire.",
     "2025-06-12", "Government regains territory", "Rubaya"),
    ("Les rebelles du M23 ont conquis samedi soir la ville de Kalehe après deux jours de combats contre l'armée.",
     "2025-06-14", "Non-state actor overtakes territory", "Kalehe"),
])
def test_a_day_between_the_capture_verb_and_the_town(text, day, sub, town):
    ex = extract(doc(text, language="fr")).to_dict()
    validate(ex, text)
    assert [(e["date"], e["sub_event_type"], e["location"]) for e in ex["events"]] == [(day, sub, town)]


@pytest.mark.parametrize("text,day,town", [
    ("Des assaillants ont incendié mardi plusieurs maisons du village de Kani, selon des habitants.", "2025-06-10",
     "Kani"),
    ("Des jihadistes ont incendié hier l'église et des boutiques à Djibasso, selon des habitants.", "2025-06-14",
     "Djibasso"),
    ("Des miliciens ont incendié également des cases à Bambari jeudi, selon la Minusca.", "2025-06-12", "Bambari"),
])
def test_a_day_between_the_arson_verb_and_what_burned(text, day, town):
    ex = extract(doc(text, language="fr")).to_dict()
    validate(ex, text)
    assert [(e["date"], e["sub_event_type"], e["location"]) for e in ex["events"]] == [
        (day, "Looting/property destruction", town)]
