"""French images and videos 'montrent' a toll as English ones 'show' it: the subject of 'montrer' is the figure's
source ('Des vidéos circulant sur les réseaux sociaux montrent dix corps' → social media). Short reports written
for these tests."""

import pytest
from conftest import claim_rows

DJIBO = "Des jihadistes ont attaqué le détachement militaire de Djibo, dans le nord du Burkina Faso, samedi. "


@pytest.mark.parametrize("text,what", [
    (DJIBO + "Des vidéos circulant sur les réseaux sociaux montrent au moins dix corps de soldats.", "killed"),
    (DJIBO + "Une vidéo partagée sur les réseaux sociaux montrait au moins six véhicules militaires calcinés.",
     "vehicles destroyed"),
    (DJIBO + "Des images publiées sur les réseaux sociaux ont montré une quinzaine de soldats tués.", "killed"),
])
def test_images_that_show_a_toll_are_its_source(text, what):
    got = [c for c in claim_rows(text, "fr") if c[0] == what]
    assert got and got[0][3] == "social media", claim_rows(text, "fr")
