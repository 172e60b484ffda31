"""A sentence that tells an incident of a written date a week or more before the report's own days, framed by a
span around it ('this month, on March 2', 'ce mois-ci, le 3 mars', 'début mars, le 2 mars'), is background like
one with the written date alone (``dating.earlier_incident``): no event of its own. Texts written for these tests
(published Friday 2025-03-14)."""

import pytest
from conftest import doc, validate

from fogline.extract import extract


@pytest.mark.parametrize("text,language,day", [
    ("Gunmen killed 12 villagers in Kauru on Wednesday, police said. It was the second attack on the village this "
     "month, after bandits killed five people there on March 2.", "en", "2025-03-12"),
    ("Militants killed eight soldiers in an ambush near Mahas on Thursday, officials said. Earlier this month, on "
     "March 3, the group killed 11 civilians in the same district.", "en", "2025-03-13"),
    ("Bandits abducted 14 farmers in Tsafe on Tuesday, police said. The same village was raided this month, on "
     "March 1, when gunmen seized 20 people.", "en", "2025-03-11"),
    ("A drone strike killed six people in Kramatorsk on Thursday, officials said. This month, on March 4, a "
     "missile strike on the city killed 11 people.", "en", "2025-03-13"),
    ("Des jihadistes ont tué neuf soldats jeudi près de Djibo. Ce mois-ci, le 3 mars, une attaque avait fait "
     "douze morts dans la même zone.", "fr", "2025-03-13"),
    ("Des hommes armés ont tué six civils mercredi à Béni. Il s'agit de la deuxième attaque ce mois-ci, après "
     "celle du 2 mars qui avait fait 11 morts.", "fr", "2025-03-12"),
    ("Une frappe de drone a tué quatre civils jeudi à Kidal. Début mars, le 2 mars, une frappe similaire avait "
     "tué sept personnes dans la ville.", "fr", "2025-03-13"),
])
def test_an_earlier_incident_of_this_month_is_background(text, language, day):
    ex = extract(doc(text, published="2025-03-14", language=language)).to_dict()
    validate(ex, text)
    assert [e["date"] for e in ex["events"]] == [day]
    assert ex["background"]
