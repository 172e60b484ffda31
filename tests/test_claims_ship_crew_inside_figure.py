"""A merchant craft named inside the counted words ('two commercial ship crew members', 'trois membres d'équipage du
pétrolier'): its crew are international civilians, not the report's country's."""

import pytest

from tests.conftest import claim_rows

INTERNATIONAL = "Civilians (International)"


@pytest.mark.parametrize("text, language, what, low", [
    ("A Houthi missile struck a bulk carrier in the Gulf of Aden on Wednesday. At least two commercial ship crew "
     "members have been killed, US officials said.", "en", "killed", 2),
    ("Houthi drones hit a tanker in the Red Sea on Monday. Three merchant vessel crew members were wounded, the US "
     "military said.", "en", "wounded", 3),
    ("A Houthi missile hit a ship in the Gulf of Aden on Tuesday. Two cargo ship crew were killed, officials said.",
     "en", "killed", 2),
    ("Un missile houthi a frappé un vraquier dans le golfe d'Aden mercredi. Deux membres d'équipage du navire "
     "commercial ont été tués, selon des responsables américains.", "fr", "killed", 2),
    ("Des drones houthis ont touché un pétrolier en mer Rouge lundi. Trois membres d'équipage du pétrolier ont été "
     "blessés, selon l'armée américaine.", "fr", "wounded", 3),
    ("Un missile houthi a frappé un porte-conteneurs en mer Rouge mardi. Quatre membres d'équipage du cargo ont été "
     "tués, selon l'armée américaine.", "fr", "killed", 4),
])
def test_a_merchant_crew_counted_is_international(text, language, what, low):
    rows = claim_rows(text, language)
    assert (what, low, INTERNATIONAL) in [r[:3] for r in rows], rows


def test_an_army_craft_crew_after_the_noun_stays_the_army():
    rows = claim_rows("Un hélicoptère de l'armée malienne s'est écrasé près de Gao lundi. Les deux membres "
                      "d'équipage de l'appareil ont été tués.", "fr")
    assert ("killed", 2, "Military Forces of Mali (FAMa)") in [r[:3] for r in rows], rows
