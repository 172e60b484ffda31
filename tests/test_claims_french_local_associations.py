"""A local body named by its common noun and its members ("l'association des femmes de X", 'le collectif des
victimes de X', 'la coordination des jeunes') is a local source, not the outlet's own voice; a body's capitalised
name stays its own (issue 13). Short reports written for these tests."""

import pytest
from conftest import claimant_of

DOUENTZA = "Des hommes armés ont attaqué le village de Boni, dans le cercle de Douentza, au Mali, samedi. "


@pytest.mark.parametrize("text,low", [
    (DOUENTZA + "Selon l'association des femmes de Boni, treize personnes ont été tuées.", 13),
    (DOUENTZA + "Le collectif des victimes de Boni a fait état de 21 morts.", 21),
    (DOUENTZA + "La coordination des jeunes du cercle a dénombré dix-neuf morts.", 19),
    (DOUENTZA + "Le président de l'amicale des ressortissants de Boni a fait état de 16 morts.", 16),
])
def test_a_local_body_by_its_common_noun_is_a_local_source(text, low):
    assert claimant_of(text, low, "fr") == "local sources"


def test_a_capitalised_body_keeps_its_name():
    text = DOUENTZA + "Selon le Collectif des victimes de Boni, 21 civils ont été tués."
    assert claimant_of(text, 21, "fr") == "Collectif des victimes de Boni"
