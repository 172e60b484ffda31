"""An attack on an army base, post or garrison ('Gunmen attacked an army base in Djibo') strikes the state's
forces, whose dead the report may call 'people' (triggers.json ``military_installation``,
``installation_subject``, as French has them); an attack whose author is named before its military target ('an
attack attributed to rebels on a patrol', 'blamed on insurgents against an army outpost', 'carried out by gunmen
on an army checkpoint') is a battle. Texts written for these tests."""

import pytest
from conftest import doc, validate

from fogline.extract import extract


@pytest.mark.parametrize("text", [
    "Gunmen attacked an army base in Djibo on Sunday, killing four people.",
    "Gunmen attacked an army post near Sebba on Sunday, killing four people.",
    "Fighters attacked a military garrison in Diapaga on Sunday, killing 12 people, residents said.",
    "An attack attributed to rebels on a patrol near Bocaranga left three dead on Sunday.",
    "An attack blamed on jihadists on a patrol near Djibo left six dead on Sunday.",
    "An assault blamed on insurgents against an army outpost in Marte left nine dead on Sunday.",
    "On Sunday, an attack carried out by gunmen on an army checkpoint near Kaya left four dead.",
])
def test_an_attack_on_a_military_target_is_a_battle(text):
    ex = extract(doc(text, published="2025-05-27", language="en")).to_dict()
    validate(ex, text)
    assert [(e["event_type"], e["sub_event_type"]) for e in ex["events"]] == [("Battles", "Armed clash")]
