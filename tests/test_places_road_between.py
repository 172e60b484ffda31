"""'On the road between Maiduguri and Gwoza', 'sur la route reliant Kaya à Dori': both towns are the ends of a road
(near, not the place itself), so a later line's 'outside Gwoza' or the road's far end places the event, not the
dateline's city named first. Each case was placed at the first town before."""

import pytest

from tests.conftest import event_place


@pytest.mark.parametrize("text, language, town", [
    ("MAIDUGURI, Nigeria - Gunmen kidnapped 12 passengers from a bus on the road between Maiduguri and Gwoza on "
     "Monday. The gunmen set up a roadblock about 15 kilometres outside Gwoza, a union official said.", "en", "Gwoza"),
    ("KADUNA, Nigeria - Bandits abducted 20 travellers on the highway linking Kaduna to Birnin Gwari on Sunday. "
     "The attack happened near Birnin Gwari, a driver said.", "en", "Birnin Gwari"),
    ("JUBA, South Sudan - Gunmen ambushed a truck on the road between Juba and Nimule on Saturday, killing three "
     "traders. The ambush took place near Magwi, officials said.", "en", "Magwi"),
    ("BAMAKO (AFP) - Un camion a sauté sur une mine sur la route entre Gao et Ansongo mardi, tuant quatre "
     "passagers. L'explosion a eu lieu près d'Ansongo, selon un élu local.", "fr", "Ansongo"),
    ("OUAGADOUGOU (AFP) - Des hommes armés ont attaqué un convoi sur la route reliant Kaya à Dori dimanche. "
     "L'attaque a eu lieu à une trentaine de kilomètres de Dori, selon une source sécuritaire.", "fr", "Dori"),
])
def test_a_road_s_ends_give_way_to_the_town_named_near_it(text, language, town):
    place = event_place(text, language)
    assert place.location == town, place
