"""A state force's office or unit named by its own capitalised name speaks for that force: an office 'des armées'
whatever words name it ('le Bureau d'information et de presse des armées'), the operations' centre ('le Centre de
coordination des opérations'), a brigade or battalion by its kind ("la Brigade d'intervention rapide"), a force
by its code name ('la Force Kouna'); not the outlet, local sources or a body of its own (issue 13). Short reports
written for these tests."""

import pytest
from conftest import claimant_of

ARBINDA = "Des jihadistes ont attaqué un détachement militaire à Arbinda, au Burkina Faso, mercredi. "


@pytest.mark.parametrize("text,low", [
    (ARBINDA + "Selon le Bureau d'information et de presse des armées, 26 assaillants ont été neutralisés.", 26),
    (ARBINDA + "Le Centre de coordination des opérations a annoncé la neutralisation de 31 terroristes.", 31),
    (ARBINDA + "D'après la Brigade d'intervention rapide, une quarantaine de terroristes ont été tués.", 40),
    (ARBINDA + "Dans un communiqué, la Force Kouna affirme avoir neutralisé 18 terroristes.", 18),
])
def test_a_state_unit_or_office_is_its_force(text, low):
    assert claimant_of(text, low, "fr") == "Military Forces of Burkina Faso"
