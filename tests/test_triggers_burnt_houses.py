"""Houses burnt, counted between the verb and the noun ('ont incendié dimanche une dizaine de maisons', 'quinze
boutiques', 'burned about 20 homes', 'burnt dozens of houses'), with nobody hurt: looting and property destruction
(triggers.json). Texts written for these tests (published 2025-05-27)."""

import pytest
from conftest import doc, validate

from fogline.extract import extract


@pytest.mark.parametrize("text,language", [
    ('Des hommes armés ont incendié dimanche une dizaine de maisons dans le village de Kouka, sans faire '
     'de victimes.', 'fr'),
    ('Dimanche, des assaillants ont incendié quinze boutiques au marché de Seytenga, selon des '
     'commerçants, qui ne déplorent aucune victime.', 'fr'),
    ('Des miliciens ont incendié de nombreuses habitations dimanche à Djugu, sans faire de blessés.', 'fr'),
    ('Gunmen burned about 20 homes in the village of Kouka on Sunday, residents said.', 'en'),
    ('On Sunday, militiamen burnt dozens of houses in Djugu, local officials said.', 'en'),
    ('Armed herders burned down 15 huts in a farming village near Mangu on Sunday, police said.', 'en'),
])
def test_houses_burnt_by_the_dozen_are_property_destruction(text, language):
    ex = extract(doc(text, published="2025-05-27", language=language)).to_dict()
    validate(ex, text)
    assert [e["sub_event_type"] for e in ex["events"]] == ["Looting/property destruction"]
