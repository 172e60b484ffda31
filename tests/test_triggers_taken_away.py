"""People taken away to a place nobody knows ('emmené ses passagers vers une destination inconnue', 'conduits vers un
lieu inconnu', 'ont séquestré', 'took them to an unknown location', 'driven to an undisclosed location'): an
abduction (triggers.json), not an attack. Texts written for these tests (published 2025-05-27)."""

import pytest
from conftest import doc, validate

from fogline.extract import extract


@pytest.mark.parametrize("text,language", [
    ('Dimanche, des hommes armés ont séquestré quatre agents de santé près de Kaya, selon des sources '
     'locales.', 'fr'),
    ('Des jihadistes ont intercepté dimanche un minibus près de Djibo et emmené ses passagers vers une '
     'destination inconnue.', 'fr'),
    ('Trois commerçants ont été arrêtés dimanche par des hommes armés et conduits vers un lieu inconnu, '
     'près de Dori.', 'fr'),
    ('Gunmen seized four health workers near Kaya on Sunday and took them to an unknown location.', 'en'),
    ('On Sunday, militants stopped a minibus near Djibo and led its passengers away to an unknown '
     'destination.', 'en'),
    ('Three traders were grabbed by armed men near Dori on Sunday and driven to an undisclosed location, '
     'relatives said.', 'en'),
])
def test_taken_to_an_unknown_place_is_an_abduction(text, language):
    ex = extract(doc(text, published="2025-05-27", language=language)).to_dict()
    validate(ex, text)
    assert [e["sub_event_type"] for e in ex["events"]] == ["Abduction/forced disappearance"]
