"""What a report tells after its incident, on a later day: the incident named again ('sur les lieux de l'attaque',
'L'attaque a été revendiquée lundi', 'les familles des dix civils tués') is the same incident, not a new one; and
attacks feared ('par crainte de nouvelles attaques', 'la menace de nouvelles attaques') are none. Texts written
for these tests (published Wednesday 2025-03-12)."""

import pytest
from conftest import doc, validate

from fogline.extract import extract

LEAD = ("Des hommes armés ont attaqué dimanche le village de Kéra, dans le cercle de Bankass, au Mali, tuant au "
        "moins dix civils, selon des sources locales.")


def events(text: str) -> list[tuple]:
    ex = extract(doc(text, published="2025-03-12", language="fr")).to_dict()
    validate(ex, text)
    return [(e["date"], e["location"]) for e in ex["events"]]


@pytest.mark.parametrize("later", [
    "Une mission de l'armée a été dépêchée lundi sur les lieux de l'attaque, a indiqué l'état-major.",
    "L'attaque a été revendiquée lundi par la katiba Macina, selon un message authentifié.",
    "Lundi, le gouverneur de la région s'est rendu à Kéra, où il a présenté ses condoléances aux familles des dix "
    "civils tués.",
])
def test_the_incident_named_again_on_a_later_day(later):
    assert events(LEAD + "\n\n" + later) == [("2025-03-09", "Kéra")]


@pytest.mark.parametrize("later", [
    "Depuis lundi, des centaines d'habitants de Kéra ont fui vers Bankass par crainte de nouvelles attaques.",
    "Lundi, face à la menace de nouvelles attaques, l'armée a renforcé sa présence autour de Kéra.",
    "Mardi, l'armée a déployé des renforts à Kéra pour prévenir de nouvelles attaques.",
    "Mardi, les autorités ont fermé les écoles de Kéra en prévision d'une attaque des jihadistes.",
])
def test_attacks_feared_are_no_incident(later):
    assert events(LEAD + "\n\n" + later) == [("2025-03-09", "Kéra")]
