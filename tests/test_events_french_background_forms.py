"""French sentences that tell no news event: a past incident in the pluperfect with its year ('s'étaient emparés
de Goma fin janvier 2025'), read as history even when the report's own date is unknown; and what someone
promises to do ('promettait de reconquérir …', 'promet désormais de reprendre le contrôle'). Texts written for
these tests."""

import pytest
from conftest import doc, validate

from fogline.extract import extract

LEAD = ("Des hommes armés ont tué dimanche cinq civils à Kalembe, dans le territoire de Masisi, en RDC, selon des "
        "sources locales.")


def events(text: str, published: str | None) -> list[dict]:
    ex = extract(doc(text, published=published, language="fr")).to_dict()
    validate(ex, text)
    return ex["events"]


@pytest.mark.parametrize("later", [
    "Les rebelles de l'AFC/M23 s'étaient emparés de Goma fin janvier 2025 puis de Bukavu à la mi-février.",
    "Les rebelles avaient pris le contrôle de Rubaya au printemps 2024, après des combats avec l'armée.",
    "L'armée avait repris la ville de Walikale aux rebelles le 3 avril 2025, au terme de deux jours de combats.",
])
def test_a_pluperfect_with_its_year_is_history(later):
    found = [(e["sub_event_type"], e["location"]) for e in events(LEAD + "\n\n" + later, None)]
    assert found == [("Attack", "Kalembe")], found


@pytest.mark.parametrize("later", [
    "Le chef de l'État promettait alors de reconquérir les localités passées sous le contrôle des rebelles.",
    "L'armée promet désormais de reprendre le contrôle de la localité de Rubaya.",
    "Les rebelles promettent de prendre le contrôle de Goma dans les prochains jours.",
])
def test_a_promise_is_no_event(later):
    found = [(e["sub_event_type"], e["location"]) for e in events(LEAD + "\n\n" + later, "2025-10-06")]
    assert found == [("Attack", "Kalembe")], found
