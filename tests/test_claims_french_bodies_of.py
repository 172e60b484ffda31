"""French counts bodies before whose they are ('une quinzaine de corps de soldats'): the head noun comes first, yet
the bodies are of the people the noun after them names (``remains_of``). Short reports written for these tests."""

import pytest
from conftest import claim_rows

BONI = "Des jihadistes ont attaqué un poste militaire à Boni, dans le centre du Mali, lundi. "


@pytest.mark.parametrize("text,of", [
    (BONI + "Une quinzaine de corps de soldats ont été retrouvés, selon une source sécuritaire.",
     "Military Forces of Mali (FAMa)"),
    (BONI + "Des dizaines de corps de militaires jonchaient le sol, selon un habitant.",
     "Military Forces of Mali (FAMa)"),
    (BONI + "Une dizaine de dépouilles de soldats ont été transportées à Mopti, selon une source locale.",
     "Military Forces of Mali (FAMa)"),
    (BONI + "Selon un élu local, une trentaine de cadavres de jihadistes ont été abandonnés sur place.",
     "Unidentified Armed Group (Mali)"),
])
def test_bodies_of_a_class_are_that_class(text, of):
    got = [c for c in claim_rows(text, "fr") if c[0] == "killed"]
    assert got and got[0][2] == of, claim_rows(text, "fr")
