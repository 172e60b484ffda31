"""An army's information office by the words French uses ('le Centre d'information des armées', 'le service
d'information des armées', 'le centre de communication des armées') speaks for the army, not as an unnamed body (its
'centre' head and the elided 'd'information' in roles.json's military words). Short reports written for these tests."""

import pytest
from conftest import claim_rows

CASES = [
    ("Des jihadistes ont attaqué un poste militaire à Djibo, au Burkina Faso, lundi. Vingt soldats ont été tués, selon "
     "le Centre d'information des armées.", "Military Forces of Burkina Faso"),
    ("Des jihadistes ont attaqué un poste militaire à Boni, au Mali, lundi. Douze soldats ont été tués, selon le "
     "service d'information des armées.", "Military Forces of Mali (FAMa)"),
    ("Des jihadistes ont attaqué un poste militaire à Fada, au Burkina Faso, lundi. Le centre de communication des "
     "armées a annoncé la mort de six soldats.", "Military Forces of Burkina Faso"),
]


@pytest.mark.parametrize("text,army", CASES)
def test_the_armys_information_office_speaks_for_it(text, army):
    rows = claim_rows(text, "fr")
    assert rows and all(c[3] == army for c in rows), rows
