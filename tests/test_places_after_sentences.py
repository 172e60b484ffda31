"""A town of a sentence that only follows the event's own sentences ('Separatists have imposed lockdowns in Bamenda
and Buea', 'the paramilitaries hold Nyala') is no finer place of an event those sentences already placed near a
town ('attacked near Ndop'): the town named with the event stays its place. Sentences are the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "town", "admin1"), [
    ("Separatist fighters killed two soldiers in an ambush in Cameroon's North-West region on Saturday, a military "
     "source said.\n\nThe soldiers were attacked near Ndop, in the Ngoketunjia division, as they escorted a convoy "
     "of traders.\n\nSeparatists have imposed lockdowns in Bamenda and Buea.", "Ndop", "North-West"),
    ("Militants killed two police officers in an ambush in Pakistan's Khyber Pakhtunkhwa province on Monday, "
     "police said.\n\nThe officers were attacked near Mir Ali as they patrolled a market.\n\nMilitants have "
     "imposed their rule in Bannu and Lakki Marwat.", "Mir Ali", "Khyber Pakhtunkhwa"),
    ("Paramilitary fighters killed nine drivers in an attack on a convoy in Sudan's North Darfur state, the army "
     "said.\n\nThe lorries were ambushed outside Mellit on Friday.\n\nThe paramilitaries have set up checkpoints "
     "in Kutum and Kabkabiya.", "Mellit", "North Darfur"),
    ("Gunmen killed six passengers in an attack on a bus in Nigeria's Zamfara state on Sunday, police said.\n\nThe "
     "bus was attacked near Dansadau as it travelled at night.\n\nBandits have imposed levies on farmers in Gusau "
     "and Tsafe.", "Dan Sadau", "Zamfara"),
])
def test_a_later_sentences_town_is_not_finer(text, town, admin1):
    place = event_place(text)
    assert (place.location, place.admin1) == (town, admin1), place
