"""English words of death the figure reader missed (issue 13): 'N killings', 'succumbed', 'fatally shot'. Short
reports written for these tests."""

import pytest
from conftest import claim_rows as claims

LEAD = "GOMA, Congo (AP) — Rebels attacked the village of Kiwanja in eastern Congo on Saturday"


@pytest.mark.parametrize("text,low", [
    (LEAD + ".\n\nHuman Rights Watch documented 31 killings in the village.", 31),
    (LEAD + ", killing 20 people, a local official said. Four of the wounded later succumbed to their injuries, he "
            "said.", 4),
    (LEAD + ". Three villagers were fatally shot, a local official said.", 3),
    (LEAD + ". Two fishermen were fatally wounded by stray bullets, residents said.", 2),
])
def test_a_death_word_gives_a_killed_figure(text, low):
    assert ("killed", low) in [(c[0], c[1]) for c in claims(text)]
