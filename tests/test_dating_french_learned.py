"""'…, a-t-on appris mercredi' (issue 13): the day a figure was learned is when it was told, not another incident's
day; the figures stay with the attack told just before. Short reports written for these tests."""

from datetime import date

import pytest
from conftest import extracted


@pytest.mark.parametrize("text", [
    "Le 29 juin, des jihadistes ont attaqué un poste militaire à Djibo, au Burkina Faso. Au moins 20 soldats ont "
    "été tués, a-t-on appris mercredi.",
    "Samedi 28 juin, des hommes armés ont attaqué le village de Kassa, au Burkina Faso. Douze villageois ont été "
    "tués, a appris mercredi l'AFP de sources locales.",
    "Le 29 juin, une embuscade a visé une patrouille près de Téra, au Niger. Sept militaires ont péri, apprend-on "
    "mercredi de source sécuritaire.",
])
def test_the_day_a_toll_was_learned_is_no_incident(text):
    events = extracted(text, "fr", date(2025, 7, 2)).events
    assert len(events) == 1 and events[0].date in ("2025-06-28", "2025-06-29"), \
        [(e.date, e.event_type) for e in events]
    assert events[0].claims, events
