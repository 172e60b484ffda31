"""Two readings of 'a confirmé à l'AFP ce bilan de 12 tués par les miliciens' (issue 13): the agent after 'par'
killed, it is no victim ('12 tués par les miliciens' are the villagers, not the militia); and the words after a
reporting verb that open with the figure's own noun ('ce bilan', 'le chiffre', 'un total') are its object, not an
inverted speaker, so the subject before the verb speaks. Short reports written for these tests."""

import pytest
from conftest import claim_rows

DJUGU = "Des miliciens de la Codeco ont attaqué le village de Pimbo, en territoire de Djugu, en Ituri, en RDC, lundi. "
CIVILIANS = "Civilians (Democratic Republic of Congo)"


@pytest.mark.parametrize("text,low", [
    (DJUGU + "Un infirmier a confirmé un bilan de 14 tués par les miliciens.", 14),
    (DJUGU + "Selon un notable, on dénombre 22 tués par les assaillants de la Codeco.", 22),
    (DJUGU + "Le bilan s'établit à 17 tués par les miliciens, selon la société civile.", 17),
])
def test_the_agent_after_par_is_no_victim(text, low):
    got = [c for c in claim_rows(text, "fr") if c[1] == low]
    assert got and got[0][2] == CIVILIANS, claim_rows(text, "fr")


@pytest.mark.parametrize("text,low,claimant", [
    (DJUGU + "Le chef de ce village, Jean-Paul Ngabu, a confirmé à l'AFP ce bilan de 14 morts.", 14,
     "local sources"),
    (DJUGU + "Un habitant de Pimbo, Justin Dhedonga, a confirmé à l'AFP le chiffre de 23 "
     "villageois tués par les miliciens de la Codeco.", 23,
     "residents"),
    (DJUGU + "L'administrateur du territoire, Ruphin Mapela, a confirmé à la presse un total de 9 morts "
     "dans l'attaque des miliciens de la Codeco.",
     9, "local sources"),
])
def test_an_object_after_the_verb_is_no_inverted_speaker(text, low, claimant):
    got = [c for c in claim_rows(text, "fr") if c[1] == low]
    assert got and got[0][3] == claimant, claim_rows(text, "fr")
