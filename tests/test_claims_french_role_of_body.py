"""A role in a named body ('un responsable du Collectif des ressortissants de Kassa', 'X, président de l'Association
des jeunes de Djibo') speaks for that body, not as 'local sources' nor the outlet (issue 13: claimant local sources
→ unlisted actor). The body's name has a capitalised head noun and ends on a proper name or its acronym; a body
named by common words only ('la Plateforme des organisations de la société civile') or a local administration
stays a local source. Short reports written for these tests."""

import pytest
from conftest import claim_rows

KASSA = "Des jihadistes ont attaqué le village de Kassa, dans le nord du Burkina Faso, samedi. "


@pytest.mark.parametrize("text,low,body", [
    (KASSA + "Selon un responsable du Collectif des ressortissants de Kassa, 14 civils ont été tués.", 14,
     "Collectif des ressortissants de Kassa"),
    (KASSA + "« Nous avons compté 17 corps », a déclaré un membre de l'Union des jeunes de Kassa.", 17,
     "Union des jeunes de Kassa"),
    (KASSA + "Issa Diallo, responsable de l'Association des jeunes de Djibo, affirme que neuf civils ont été tués.",
     9, "Association des jeunes de Djibo"),
    (KASSA + "Le secrétaire général du Syndicat national des enseignants du secondaire (SNES) a fait état de six "
     "enseignants tués.", 6, "Syndicat national des enseignants du secondaire (SNES)"),
])
def test_a_role_in_a_named_body_speaks_for_the_body(text, low, body):
    got = [c for c in claim_rows(text, "fr") if c[1] == low]
    assert got and got[0][3] == body, claim_rows(text, "fr")


@pytest.mark.parametrize("text,low", [
    (KASSA + "Le porte-parole de la Plateforme des organisations de la société civile a annoncé 14 morts.", 14),
    (KASSA + "Selon le président du Conseil régional du Sahel, 11 personnes ont été tuées.", 11),
    (KASSA + "Selon un responsable de la Coordination régionale de Dori, 8 personnes ont été tuées.", 8),
])
def test_a_role_in_a_body_of_common_words_or_a_local_administration_stays_a_local_source(text, low):
    got = [c for c in claim_rows(text, "fr") if c[1] == low]
    assert got and got[0][3] == "local sources", claim_rows(text, "fr")
