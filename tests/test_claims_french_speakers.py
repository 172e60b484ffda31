"""Who gives a figure in French reports (issue 13): a speaker joined to its verb, named again by a pronoun or a
role noun, or standing after the figure. Short reports written for these tests, each rule in several forms."""

import pytest
from conftest import claim_rows

MALI = "Des hommes armés ont attaqué le village de Sona, dans le centre du Mali, lundi soir. "
NIGER = "Des jihadistes ont attaqué une position de l'armée près de Téra, au Niger, mardi. "


def claims(text):
    return claim_rows(text, "fr")


def claimant_of(text, low):
    found = [c for c in claims(text) if c[1] == low]
    assert found, claims(text)
    return found[0][3]


@pytest.mark.parametrize("text,low", [
    (MALI + "Un élu local a confirmé l'attaque à l'AFP. Les militaires ont arrêté une vingtaine d'hommes, "
     "a-t-il précisé.", 20),
    (MALI + "Selon un notable de la commune, le bilan est lourd. Les soldats ont tué quatre bergers, ajoute-t-il.", 4),
    (NIGER + "Une habitante a témoigné auprès de l'AFP. Les assaillants ont enlevé sept femmes, précise-t-elle.", 7),
])
def test_a_pronoun_joined_to_the_verb_is_the_speaker_not_the_clause_subject(text, low):
    """'…, a-t-il précisé': 'il' is the last speaker; the soldiers or the attackers of the clause say nothing."""
    assert claimant_of(text, low) in ("local sources", "residents")
