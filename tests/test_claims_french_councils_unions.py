"""A body whose own capitalised name opens with 'Union', 'Syndicat' or 'Conseil' speaks in that name ("l'Union des
ressortissants de X", 'le Syndicat national des transporteurs'), not as 'local sources' or the outlet; a council
of the state ('le Conseil des ministres', 'le Conseil national de transition') is the government (issue 13).
Short reports written for these tests."""

import pytest
from conftest import claimant_of

KASSELA = "Des hommes armés ont attaqué le village de Kassela, dans la région de Ségou, au Mali, dimanche. "
DJIBO = "Des jihadistes ont attaqué un poste militaire à Djibo, au Burkina Faso, samedi. "


@pytest.mark.parametrize("text,low,body", [
    (KASSELA + "Selon l'Union des ressortissants de Kassela, 23 civils ont été tués.", 23,
     "Union des ressortissants de Kassela"),
    (KASSELA + "L'Union des jeunes de Kassela a dénoncé l'assassinat de neuf villageois.", 9,
     "Union des jeunes de Kassela"),
    (KASSELA + "D'après le Syndicat national des transporteurs, onze camions ont été incendiés.", 11,
     "Syndicat national des transporteurs"),
    (KASSELA + "Le Conseil des sages de Kassela a fait état de 14 morts.", 14, "Conseil des sages de Kassela"),
])
def test_a_named_union_or_council_speaks_in_its_own_name(text, low, body):
    assert claimant_of(text, low, "fr") == body


@pytest.mark.parametrize("text,low,country", [
    (DJIBO + "Le Conseil des ministres a annoncé la mort de 17 soldats.", 17, "Burkina Faso"),
    (DJIBO + "Selon le Conseil supérieur de la défense nationale, douze militaires ont péri.", 12, "Burkina Faso"),
    (KASSELA + "Dans un communiqué, le Conseil national de transition a déploré la mort de 31 civils.", 31, "Mali"),
])
def test_a_council_of_the_state_is_the_government(text, low, country):
    assert claimant_of(text, low, "fr") == f"Government of {country}"
