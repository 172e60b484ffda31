"""'The same convoy was ambushed in the same area', 'dans la même zone': an event whose own sentence names no
place happened where the sentences just before it place theirs, not at a town a later sentence names as where
the convoy went (places.json same_place). Sentences are the tests' own."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import extracted


@pytest.mark.parametrize(("text", "lang", "town"), [
    ("Soldiers attacked an armed group entrenched in the village of Tiguelt, about forty kilometres north of "
     "Tessalit, on June 12, the army said. At dawn on June 13, the same convoy was ambushed in the same area. The "
     "convoy then continued its journey towards Tessalit.", "en", "Tiguelt"),
    ("Gunmen killed four traders on Tuesday in the village of Kurmin Dangana, near Kajuru, police said. On "
     "Wednesday night, bandits struck again in the same area, abducting 12 farmers. The farmers were heading to "
     "Kachia market.", "en", "Kurmin Dangana"),
    ("Les soldats ont attaqué un groupe armé retranché dans le village de Tiguelt, à une quarantaine de "
     "kilomètres au nord de Tessalit, le 12 juin. À l'aube du 13 juin, le même convoi a été pris pour cible dans "
     "la même zone. Le convoi poursuit sa progression vers Tessalit.", "fr", "Tiguelt"),
])
def test_an_event_in_the_same_area_takes_the_place_told_before(text, lang, town):
    events = extracted(text, lang, date(2025, 6, 14)).events
    assert events, text
    assert events[-1].place.location == town, [e.place for e in events]
