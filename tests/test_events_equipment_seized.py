"""Equipment taken in a fight ('two armoured vehicles were seized by the attackers', 'weapons and motorbikes were
taken by the assailants') is no capture of territory: the event stays a clash (triggers.json of en). A town taken
('The town of Rubaya was captured by M23 rebels') still is. Texts written for these tests (published Friday
2025-03-14)."""

import pytest
from conftest import doc, validate

from fogline.extract import extract


@pytest.mark.parametrize("text,sub", [
    ("Militants ambushed an army patrol near Banibangou on Tuesday, and two armoured vehicles were seized by the "
     "attackers, officials said.", "Armed clash"),
    ("Jihadists attacked a gendarmerie post in Boni on Monday, killing three gendarmes; weapons and motorbikes were "
     "taken by the assailants.", "Armed clash"),
    ("Rebels clashed with soldiers near Kalehe on Wednesday, and three army trucks were captured by the rebels, a "
     "local official said.", "Armed clash"),
    ("The town of Rubaya was captured by M23 rebels on Tuesday after fighting with the army.",
     "Non-state actor overtakes territory"),
])
def test_equipment_taken_is_no_territory(text, sub):
    ex = extract(doc(text, published="2025-03-14")).to_dict()
    validate(ex, text)
    assert [e["sub_event_type"] for e in ex["events"]] == [sub]
