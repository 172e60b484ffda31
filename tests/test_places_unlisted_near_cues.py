"""A settlement the gazetteer lacks named after a 'near'-kind cue ('between X and Y', 'in the vicinity of X', 'aux
environs de X', 'entre X et Y', 'à la sortie de X') is the event's place, not the known town beside it.
Sentences and names are the tests' own (the villages are invented)."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "lang", "village"), [
    ("Un véhicule de l'armée a sauté sur une mine dimanche entre Tindakar et Ansongo, au Mali, tuant cinq soldats.",
     "fr", "Tindakar"),
    ("Une embuscade a visé dimanche l'armée aux environs de Tindakar, sur la route de Gao, au Mali, faisant cinq "
     "morts.", "fr", "Tindakar"),
    ("Deux soldats ont été tués dimanche en périphérie de Tindakar, au Mali, à 20 km d'Ansongo.", "fr", "Tindakar"),
    ("A landmine killed five soldiers on Sunday between Tindakar and Ansongo in Mali.", "en", "Tindakar"),
    ("Fighting broke out on Sunday in Mali in the area between Tindakar and Ansongo, killing four soldiers.", "en",
     "Tindakar"),
    ("Five civilians were shot dead on Sunday in Mali between Tindakar and the town of Ansongo.", "en", "Tindakar"),
])
def test_an_unlisted_settlement_after_a_near_cue_is_the_place(text, lang, village):
    place = event_place(text, lang)
    assert (place.location, place.admin1) == (village, "Gao"), place
