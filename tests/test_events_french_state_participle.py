"""A territory word as a noun's modifier ('plusieurs localités passées sous le contrôle des rebelles', 'les
habitants des villages tombés aux mains des miliciens') tells a state, not a capture: it neither opens an event
nor retypes the one told. With an auxiliary ('la localité est tombée aux mains') it still does. Texts written for
these tests."""

import pytest
from conftest import doc, validate

from fogline.extract import extract

LEAD = ("Des hommes armés ont tué dimanche cinq civils à Kalembe, dans le territoire de Masisi, en RDC, selon des "
        "sources locales.")


def events(text: str) -> list[tuple]:
    ex = extract(doc(text, published="2025-10-06", language="fr")).to_dict()
    validate(ex, text)
    return [(e["sub_event_type"], e["location"]) for e in ex["events"]]


@pytest.mark.parametrize("later", [
    "Plusieurs localités passées sous le contrôle des rebelles restent inaccessibles aux humanitaires.",
    "Les habitants des villages tombés aux mains des miliciens ont fui vers Goma.",
    "Les routes des zones passées sous le contrôle du M23 sont désormais fermées aux commerçants.",
])
def test_a_state_participle_is_no_capture(later):
    assert events(LEAD + "\n\n" + later) == [("Attack", "Kalembe")]


def test_with_an_auxiliary_it_is_a_capture():
    text = "La localité de Rubaya est tombée dimanche aux mains des rebelles du M23, selon des sources locales."
    assert events(text) == [("Non-state actor overtakes territory", "Rubaya")]
