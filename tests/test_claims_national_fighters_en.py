"""Whose dead 'Ukrainian fighters' are when Russia's forces tell it (issue 13): a nationality before a neutral
fighters' noun, told by another state's forces, counts that state's forces, not an unidentified group made from the
words. Short reports written for these tests."""

import pytest
from conftest import victims_of as of_


@pytest.mark.parametrize("text,low,of", [
    ("MOSCOW (Reuters) - Russia's defence ministry said on Tuesday its forces had killed 35 Ukrainian fighters near "
     "Kupiansk.", 35, "Military Forces of Ukraine"),
    ("MOSCOW (AP) — Russian troops repelled an assault near Vovchansk overnight, killing up to 60 Ukrainian "
     "combatants, the Russian Defense Ministry said Wednesday.", 60, "Military Forces of Ukraine"),
    ("MOSCOW (Reuters) - Russia's military said on Sunday that 28 Ukrainian fighters had been killed in a strike on "
     "a command post in the Sumy region.", 28, "Military Forces of Ukraine"),
])
def test_a_states_foe_named_by_nationality(text, low, of):
    assert of_(text, low) == of


def test_a_groups_fighters_stay_the_groups():
    """'Islamic State fighters' name a group, no nationality: unchanged."""
    text = ("MAIDUGURI, Nigeria (AP) — Nigerian troops killed 22 Islamic State fighters near Lake Chad on Friday, the "
            "army said.")
    assert not of_(text, 22).startswith("Military Forces")
