"""'Son responsable', 'l'un de ses responsables': a bare possessive points back to the body the sentence before
names as its subject ('La société civile de Mamove maintient son bilan.'), also when the speaker closes a quotation
that opens its sentence and when the phrase is read again by role; not the party that spoke before (issue 13).
Short reports written for these tests."""

import pytest
from conftest import claim_rows

MAMOVE = ("Des rebelles ADF ont attaqué le village de Mamove, en territoire de Beni, au Nord-Kivu, lundi. Selon "
          "l'officier de l'armée, trois terroristes ont été neutralisés. La société civile de Mamove maintient son "
          "bilan. ")


@pytest.mark.parametrize("text,what,low", [
    (MAMOVE + "« Nos villages sont abandonnés », déplore l'un de ses responsables. Selon lui, au moins six "
     "habitants ont été enlevés.", "abducted", 6),
    (MAMOVE + "Selon l'un de ses responsables, au moins six habitants ont été enlevés.", "abducted", 6),
    (MAMOVE + "« Nous avons enterré onze corps », a déclaré son président.", "killed", 11),
])
def test_a_body_s_spokesman_speaks_for_the_body_named_before(text, what, low):
    got = [c for c in claim_rows(text, "fr") if c[:2] == (what, low)]
    assert got and got[0][3] == "local sources", claim_rows(text, "fr")
