"""A time phrase between a French event verb and its object ('ont incendié dans la nuit de samedi à dimanche
plusieurs maisons', 'ont pris dans la nuit de mardi le contrôle'): the event word still reads. Texts written
for these tests."""

import pytest
from conftest import doc, validate

from fogline.extract import extract


def events(text: str) -> list[dict]:
    ex = extract(doc(text, published="2025-03-10", language="fr")).to_dict()
    validate(ex, text)
    return ex["events"]


@pytest.mark.parametrize("text,sub,town", [
    ("Des jihadistes ont incendié dans la nuit de samedi à dimanche plusieurs maisons du village de Tassiga, au "
     "Mali.", "Looting/property destruction", "Tassiga"),
    ("Des assaillants ont incendié tôt ce matin l'école du village de Kéra, au Mali.",
     "Looting/property destruction", "Kéra"),
    ("Les rebelles ont pris dans la nuit de mardi le contrôle de la localité de Kalembe, en RDC.",
     "Non-state actor overtakes territory", "Kalembe"),
    ("Les soldats ont repoussé dans la matinée de jeudi une offensive des rebelles contre le camp de Kidal, au "
     "Mali.", "Armed clash", "Kidal"),
])
def test_a_time_phrase_inside_the_event_words(text, sub, town):
    found = [(e["sub_event_type"], e["location"]) for e in events(text)]
    assert found == [(sub, town)], found
