"""Whose toll (issue 13): a named party in the possessive before a toll word owns the toll ('the army's death toll
stood at 20'); a toll with no owner stays unknown. Short texts of our own."""

import pytest
from conftest import victims_of as _of


@pytest.mark.parametrize("text,low,of", [
    ("Rebels attacked an army base near Beni on Sunday. The army's death toll stood at 20, a military source said.",
     20, "Military Forces of the Democratic Republic of Congo (FARDC)"),
    ("Troops attacked M23 positions near Rutshuru on Sunday. M23's toll rose to 15, the army said.", 15,
     "M23: March 23 Movement"),
    ("Al Shabaab fighters stormed a base near Afgoye on Friday. Al Shabaab's own death toll climbed to 31, the "
     "Somali army said.", 31, "Al Shabaab"),
])
def test_a_party_named_before_its_toll_owns_it(text, low, of):
    assert _of(text, low) == of


def test_a_toll_with_no_owner_stays_unknown():
    text = "Rebels attacked an army base near Beni on Sunday. The death toll stood at 20, a military source said."
    assert _of(text, 20) == "unknown"
