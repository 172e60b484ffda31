"""Actors of current wars the dictionary lacked (issue 14): each named in a sentence of its own, English and French."""

import pytest

from tests.conftest import event_parties


@pytest.mark.parametrize("text, language, actor", [
    ("SAMIDRC troops clashed with M23 rebels near Sake on Thursday.", "en",
     "SAMIDRC: SADC Mission in the Democratic Republic of Congo"),
    ("Les troupes de la SAMIDRC ont affronté les rebelles du M23 près de Sake jeudi.", "fr",
     "SAMIDRC: SADC Mission in the Democratic Republic of Congo"),
    ("EACRF troops came under fire from M23 rebels near Kibumba on Thursday.", "en",
     "EACRF: East African Community Regional Force"),
    ("ADF-Nalu militants killed 12 villagers near Beni on Thursday.", "en", "ADF: Allied Democratic Forces"),
    ("Militants of the Popular Resistance Committees fired rockets at Sderot on Thursday.", "en",
     "Popular Resistance Committees"),
    ("Les soldats de la TPDF ont été visés par des tirs d'obus près de Goma jeudi.", "fr",
     "Military Forces of Tanzania"),
    ("TPDF soldiers were shelled near Goma on Thursday, two of them were killed.", "en", "Military Forces of Tanzania"),
])
def test_actors_of_current_wars_are_named(text, language, actor):
    _, parties = event_parties(text, language)
    assert actor in parties, parties
