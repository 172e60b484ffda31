"""A bare possessive in a speaker phrase ('son responsable', 'son directeur') points back to the clause's subject: when
that subject is a source the guide labels (a health centre, a hospital: local sources), the speaker is that label,
not the last armed group the report named. Short reports written for these tests."""

import pytest
from conftest import claim_rows

HEALTH_CENTRES = [
    "Des hommes armés du JNIM ont attaqué le village de Solenzo, au Burkina Faso, mardi. Le centre de santé de "
    "Solenzo a reçu douze blessés, selon son responsable.",
    "Des combattants de l'État islamique ont tué des civils à Tillabéri, au Niger, jeudi. Selon son directeur, le "
    "centre de santé de la ville a accueilli huit blessés.",
    "Des rebelles du M23 ont bombardé le quartier de Sake, en RDC, dimanche. L'hôpital de Sake a enregistré quinze "
    "morts, a indiqué son directeur.",
    "Des jihadistes du JNIM ont attaqué le village de Mansila, au Burkina Faso, lundi. L'hôpital de Sebba a reçu "
    "les blessés. Selon son responsable, six d'entre eux ont succombé.",
]


@pytest.mark.parametrize("text", HEALTH_CENTRES)
def test_the_head_of_a_health_centre_is_a_local_source(text):
    rows = [c for c in claim_rows(text, "fr") if c[1] >= 6]
    assert rows and all(c[3] == "local sources" for c in rows), claim_rows(text, "fr")


def test_a_groups_own_spokesman_stays_the_group():
    text = ("Le JNIM a attaqué un poste de l'armée à Djibo, au Burkina Faso, lundi. Le groupe a revendiqué la mort de "
            "dix soldats, selon son porte-parole.")
    rows = claim_rows(text, "fr")
    assert rows and all(c[3].startswith("JNIM") for c in rows), rows
