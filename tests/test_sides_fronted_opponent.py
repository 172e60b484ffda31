"""'After clashes with the army, M23 rebels took Nyabiondo': an actor a fight was against ('clashes with',
'combats contre'), named in a clause before the trigger, is its target, not its author, so the taking is the
rebels' (triggers.json ``opponent_before``); 'occupied the town', 'ont occupé la ville' take a place as 'seized'
does. Texts written for these tests (published 2025-05-27)."""

import pytest
from conftest import doc, validate

from fogline.extract import extract


def _events(text, language):
    ex = extract(doc(text, published="2025-05-27", language=language)).to_dict()
    validate(ex, text)
    return ex["events"]


@pytest.mark.parametrize("text,language,author", [
    ("Après des combats contre les FARDC, les rebelles du M23 ont pris dimanche le contrôle de Nyabiondo.", "fr",
     "M23: March 23 Movement"),
    ("After clashes with the Congolese army, M23 rebels took control of Nyabiondo on Sunday.", "en",
     "M23: March 23 Movement"),
    ("Following fierce fighting against government troops, Al Shabaab fighters seized the town of Moqokori on "
     "Sunday.", "en", "Al Shabaab"),
    ("Après de violents affrontements avec l'armée, les jihadistes du JNIM se sont emparés dimanche de la ville de "
     "Djibo.", "fr", "JNIM: Group for Support of Islam and Muslims"),
])
def test_whom_a_fight_was_against_is_the_target(text, language, author):
    [e] = _events(text, language)
    assert e["sub_event_type"] == "Non-state actor overtakes territory"
    assert [a["name"] for a in e["actors"] if a["side"] == "A"] == [author]


@pytest.mark.parametrize("text,language", [
    ("Militants occupied the town of Djibo on Sunday after heavy fighting with the army, residents said.", "en"),
    ("After two days of fighting, Al Shabaab fighters occupied the base at Moqokori on Sunday, local elders said.",
     "en"),
    ("Les jihadistes ont occupé dimanche la ville de Djibo après de violents combats avec l'armée.", "fr"),
    ("Dimanche, les shebab ont occupé le camp de Moqokori au terme de deux jours d'affrontements, selon des "
     "anciens.", "fr"),
])
def test_occupying_a_town_takes_it(text, language):
    assert [e["sub_event_type"] for e in _events(text, language)] == ["Non-state actor overtakes territory"]
