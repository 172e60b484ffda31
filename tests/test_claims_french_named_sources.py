"""A named person introduced with a role ('Kinos Katuho, président de la société civile de Beni-Mbau') speaks for
what the role says, also in a sentence with no figure of its own ('Le bilan a été confirmé par X, …'): the quote
that follows ('« … dix corps », a-t-il déclaré') and the toll before are that source's. Short reports written for
these tests (issue 13)."""

import pytest
from conftest import claim_rows

BENI = "Des rebelles ADF ont attaqué le village de Mamove, en territoire de Beni, au Nord-Kivu, lundi. "


@pytest.mark.parametrize("text,low,claimant", [
    (BENI + "Le bilan a été confirmé par Kinos Katuho, président de la société civile de Beni-Mbau. « Nous avons "
     "déjà retrouvé dix corps », a-t-il déclaré.", 10, "local sources"),
    (BENI + "Selon Jean Mbusa, coordonnateur de la société civile locale, le bilan est lourd. « Nous avons enterré "
     "douze personnes », a-t-il ajouté.", 12, "local sources"),
    (BENI + "Le bilan a été donné par Paul Kasereka, habitant du village. « Ils ont tué huit personnes devant "
     "moi », a-t-il témoigné.", 8, "residents"),
])
def test_a_person_speaks_for_the_role_given_with_the_name(text, low, claimant):
    got = [c for c in claim_rows(text, "fr") if c[1] == low]
    assert got and got[0][3] == claimant, claim_rows(text, "fr")
