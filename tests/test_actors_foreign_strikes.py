"""'An American drone strike', 'a US airstrike', 'une frappe américaine': the strike is the military of that state
even where the dictionary knows it only as a foreign force; it is side A. Short reports written for these tests."""

import pytest
from conftest import event_parties


@pytest.mark.parametrize("text,language,a,b", [
    ("An American drone strike killed 12 al-Shabab fighters near Jilib, Somalia, on Monday.", "en",
     "Military Forces of the United States", "Al Shabaab"),
    ("A US airstrike near Jilib in Middle Juba, Somalia, killed 12 al-Shabab fighters on Monday.", "en",
     "Military Forces of the United States", "Al Shabaab"),
    ("Une frappe américaine a tué douze combattants shebab près de Jilib, en Somalie, lundi.", "fr",
     "Military Forces of the United States", "Al Shabaab"),
    ("A British air strike killed five Houthi fighters near Hodeidah, Yemen, on Tuesday.", "en",
     "Military Forces of the United Kingdom", "Houthi Movement (Ansar Allah)"),
])
def test_a_states_strike_is_its_military_on_side_a(text, language, a, b):
    found = event_parties(text, language)[1]
    assert (found.get(a), found.get(b)) == ("A", "B")
