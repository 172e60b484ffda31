"""A group the report only says is active in the area ('L'EIGS est très actif dans cette zone') is context: not a
party, and not whom the event's 'assaillants' stand for; the figure counts an unidentified armed group. Short
reports written for these tests."""

import pytest
from conftest import claim_rows, event_parties

TILLABERI = ("Au Niger, des hommes armés ont attaqué un convoi militaire près de Tillabéri, lundi. Dix assaillants ont "
             "été tués, selon l'armée. ")


@pytest.mark.parametrize("text,country", [
    (TILLABERI + "L'EIGS est très actif dans cette zone.", "Niger"),
    (TILLABERI + "Le groupe Etat islamique au Sahel (EIGS) est très actif dans cette zone.", "Niger"),
    (TILLABERI + "L'EIGS, groupe lié à l'Etat islamique, est très actif dans cette zone.", "Niger"),
])
def test_a_group_only_present_is_not_the_assailants(text, country):
    group = f"Unidentified Armed Group ({country})"
    kind, sides = event_parties(text, "fr")
    assert sides.get(group) == "A", sides
    assert [c[2] for c in claim_rows(text, "fr") if c[0] == "killed"] == [group], claim_rows(text, "fr")


def test_a_group_that_claims_the_attack_stays_its_author():
    kind, sides = event_parties(TILLABERI + "L'EIGS a revendiqué l'attaque.", "fr")
    assert sides.get("Islamic State Sahel Province") == "A", sides
