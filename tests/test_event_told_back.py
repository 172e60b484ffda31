"""A sentence that names an incident already told ('The attack on Wednesday ...', "L'attaque de mardi ...") goes
on with that incident even when its word is of another kind than the incident's first word ('attack' for a
missile strike): a definite article before a weak event word points back (triggers.json ``anaphora``). The
sentences after it go on with the incident told last, not the one opened last. Texts written for these tests
(published Saturday 2025-03-15)."""

import pytest
from conftest import doc, validate

from fogline.extract import extract


@pytest.mark.parametrize("text,language,first,wounded", [
    ("A Russian missile hit Odesa on Wednesday, killing four people. On Friday, Ukrainian drones attacked an oil "
     "depot in Belgorod. The attack on Wednesday damaged a port building, the governor said. Eleven people were "
     "wounded, he added.", "en", "Odesa", 11),
    ("An air strike killed 12 people at a market in Nyala on Tuesday, activists said. On Thursday, RSF fighters "
     "shelled a camp near El Fasher. The raid on Tuesday destroyed dozens of stalls, a doctor said. Another 20 "
     "people were wounded, she said.", "en", "Nyala", 20),
    ("A car bomb killed seven people near a checkpoint in Baidoa on Monday, officials said. On Wednesday, "
     "al-Shabaab fighters ambushed a convoy near Wanlaweyn. The assault on Monday hit the checkpoint at rush hour, "
     "police said. Fifteen people were wounded, police added.", "en", "Baidoa", 15),
    ("Au moins six civils ont été tués samedi dans une frappe de drone à Tinzaouaten, selon des habitants. "
     "Mercredi, un engin explosif a visé un convoi de l'armée près de Tessalit. La frappe de samedi a visé des "
     "bergers près d'un puits, selon un témoin. Huit personnes ont été blessées, a-t-il ajouté.", "fr",
     "Tinzaouaten", 8),
    ("Un obus a tué quatre civils mardi à Kharkiv. Jeudi, des drones ukrainiens ont visé un dépôt à Belgorod. "
     "L'attaque de mardi a touché un marché, selon le gouverneur. Douze personnes ont été blessées, a-t-il "
     "ajouté.", "fr", "Kharkiv", 12),
])
def test_a_sentence_naming_an_incident_already_told_goes_on_with_it(text, language, first, wounded):
    ex = extract(doc(text, published="2025-03-15", language=language)).to_dict()
    validate(ex, text)
    assert len(ex["events"]) == 2, [(e["date"], e["location"]) for e in ex["events"]]
    told = next(e for e in ex["events"] if e["location"] == first)
    assert ("wounded", wounded) in [(c["what"], c["low"]) for c in told["claims"]]
