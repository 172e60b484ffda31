"""A cue of history only in a closing relative clause on the noun before it ('…, qui a déjà été la cible des
jihadistes', '…, qui est régulièrement visée') is that noun's history: the sentence that tells the event's toll
stays news (issue 13: a missed figure). French reads ', qui' as English reads ', where' (place_relative). Short
reports written for these tests; a past year or a clause that counts many events still makes background."""

import pytest
from conftest import claim_rows

KASSA = "Des jihadistes ont attaqué le village de Kassa, dans le nord du Burkina Faso, samedi. "


@pytest.mark.parametrize("text,low", [
    (KASSA + "L'attaque a fait 12 morts dans la commune de Kassa, qui a déjà été la cible des jihadistes.", 12),
    (KASSA + "Neuf civils ont été tués à Kassa, qui est régulièrement visée par les groupes armés.", 9),
    (KASSA + "Sept soldats ont péri dans l'embuscade sur l'axe Djibo-Namssiguia, qui est fréquemment ciblé par les "
     "jihadistes.", 7),
])
def test_history_in_a_closing_relative_clause_leaves_the_toll_news(text, low):
    assert ("killed", low) in [c[:2] for c in claim_rows(text, "fr")], claim_rows(text, "fr")


@pytest.mark.parametrize("text,figure", [
    (KASSA + "En 2019, l'attaque de Kassa, qui avait fait 38 morts, avait choqué le pays.", 38),
    (KASSA + "Le JNIM, qui a tué plus de 1 000 personnes depuis janvier, a revendiqué l'attaque.", 1000),
])
def test_past_years_and_sums_stay_background(text, figure):
    assert figure not in [c[1] for c in claim_rows(text, "fr")], claim_rows(text, "fr")
