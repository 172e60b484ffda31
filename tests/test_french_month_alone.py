"""'mai' is a whole French month name, not a short form like 'Mar' or 'déc': 'En mai, …' dates its sentence (and
its figures tell another, earlier incident than Monday's). A word said twice ('Mai-Mai', 'Mai Mai') is a militia's
name, no month. Short reports written for these tests."""

from datetime import date

import pytest
from conftest import claim_rows, extracted

EARLIER = [
    "Des hommes armés ont attaqué un poste de l'armée à Kaya, au Burkina Faso, lundi. Dix assaillants ont été tués, "
    "selon l'armée. En mai, le JNIM avait tué trente soldats dans la région.",
    "Des jihadistes ont attaqué le village de Gorom, au Burkina Faso, mardi, tuant six civils. En mai dernier, "
    "quarante villageois avaient péri dans une attaque similaire.",
    "Des hommes armés ont tué quatre civils près de Ménaka, au Mali, jeudi. En mai, vingt habitants avaient été "
    "enlevés dans la même zone.",
]


@pytest.mark.parametrize("text", EARLIER)
def test_a_figure_dated_in_may_is_not_the_events(text):
    rows = claim_rows(text, "fr")
    assert rows and all(c[1] < 20 for c in rows), rows


@pytest.mark.parametrize("text", [
    "Des miliciens Mai-Mai ont attaqué le village de Fizi, en RDC, lundi, tuant cinq civils.",
    "La milice Mai Mai Yakutumba a attaqué le village de Fizi, en RDC, lundi, tuant cinq civils.",
])
def test_mai_mai_is_no_month(text):
    events = extracted(text, "fr", date(2025, 3, 14)).events
    assert events and str(events[0].date) == "2025-03-10", [e.date for e in events]
