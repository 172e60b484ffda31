"""A country's name is no person's (issue 13): "Niger's army said …" must not teach the reader that a later
'Niger …' speaker is the army, as a person named with a role is ('Police spokesman Jalige … Jalige said'). Short
reports written for these tests."""

import pytest
from conftest import claimant_of


@pytest.mark.parametrize("text,low", [
    ("NIAMEY, Niger (AP) — Niger's army said on Tuesday that its troops had killed 21 militants in the Tillaberi "
     "region.\n\nThe Niger Human Rights Commission said 30 civilians were killed.", 30),
    ("NIAMEY, Niger (AP) — Niger's army said on Tuesday that its troops had killed 21 militants in the Tillaberi "
     "region.\n\nNiger's main opposition party said 30 civilians were killed.", 30),
    ("OUAGADOUGOU, Burkina Faso (AP) — Burkina Faso's army said on Tuesday that its troops had killed 21 militants "
     "near Djibo.\n\nThe Burkina Faso Movement for Human Rights said 30 civilians were killed.", 30),
])
def test_a_country_named_with_a_force_is_no_person(text, low):
    assert not claimant_of(text, low).startswith("Military Forces")
