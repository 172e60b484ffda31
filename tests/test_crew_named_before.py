"""A crew counted in a sentence after the one naming their craft ('Un hélicoptère de l'armée malienne s'est écrasé.
Les deux membres d'équipage ont trouvé la mort') are the craft's owner's men, as when one sentence names both.
Short reports written for these tests."""

import pytest
from conftest import claim_rows

CASES = [
    ("Un hélicoptère de l'armée malienne s'est écrasé lundi près de Gao, au Mali. Les deux membres d'équipage ont "
     "trouvé la mort, selon l'armée.", "fr", "Military Forces of Mali (FAMa)"),
    ("Un avion de l'armée nigérienne s'est écrasé près de Niamey, au Niger, mardi. Ses trois pilotes ont été tués.",
     "fr", "Military Forces of Niger"),
    ("Un hélicoptère de combat de l'armée tchadienne s'est écrasé près de Faya, au Tchad, jeudi, lors d'une mission. "
     "Selon l'état-major, l'appareil a connu une panne. Quatre membres d'équipage ont péri.", "fr",
     "Military Forces of Chad"),
    ("A Nigerian air force jet crashed near Kaduna, Nigeria, on Tuesday. Its two pilots died.", "en",
     "Military Forces of Nigeria"),
]


@pytest.mark.parametrize("text,lang,owner", CASES)
def test_a_crew_counted_after_their_craft_are_its_owners(text, lang, owner):
    rows = [c for c in claim_rows(text, lang) if c[0] == "killed"]
    assert rows and all(c[2] == owner for c in rows), claim_rows(text, lang)
