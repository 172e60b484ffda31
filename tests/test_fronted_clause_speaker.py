"""A speaker inside a subordinate clause that opens the sentence ('Alors qu'un élu local affirme que …,', 'Tandis
que l'armée annonce …,', 'While the army said …,') says the figures of that clause only: a figure after the clause's
comma is the outlet's unless its own clause names a source (``fronted_concession``). Short reports written for these
tests."""

import pytest
from conftest import claim_rows

KAYES = "Des jihadistes ont attaqué un convoi près de Kayes, au Mali, jeudi. "
CASES = [
    (KAYES + "Alors qu'un élu local affirme que trois soldats ont été tués, deux corps de civils ont été retrouvés "
     "vendredi sur la route.", "fr", 3, "local sources", 2),
    (KAYES + "Tandis que l'armée annonce dix terroristes neutralisés, cinq civils ont été tués dans le village voisin.",
     "fr", 10, "Military Forces of Mali (FAMa)", 5),
    (KAYES + "Si l'armée affirme avoir neutralisé dix terroristes, quatre soldats ont aussi péri dans l'attaque.",
     "fr", 10, "Military Forces of Mali (FAMa)", 4),
    ("Militants attacked a convoy near Kayes, Mali, on Thursday. Although the army said it killed ten militants, five "
     "civilians died in the crossfire.", "en", 10, "Military Forces of Mali (FAMa)", 5),
]


@pytest.mark.parametrize("text,lang,inner,speaker,outer", CASES)
def test_a_fronted_clauses_speaker_says_its_own_clause_only(text, lang, inner, speaker, outer):
    by_low = {c[1]: c[3] for c in claim_rows(text, lang)}
    assert by_low.get(inner) == speaker and by_low.get(outer) == "the outlet", claim_rows(text, lang)
