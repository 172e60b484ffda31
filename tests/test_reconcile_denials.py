"""A side that denies a figure the other side gives does not confirm it: both keep their own status (claimed,
denied). A side that gives its own losses confirms them. Short reports written for these tests."""

from datetime import date

import pytest

from fogline.pipeline import extract_document
from fogline.records import Document


def statuses(text, language, low):
    """(claimant, status) of the figure ``low`` once the event is reconciled, as the store and exports have it."""
    doc = Document(id="t", text=text, language=language, published=date(2025, 3, 14))
    return sorted((c.claimant, c.status) for e in extract_document(doc).events for c in e.claims if c.low == low)


@pytest.mark.parametrize("text,language,low,claimer,denier", [
    ("Separatist FLA rebels clashed with the Malian army near Anefis, Mali, on Saturday. The FLA said it killed 20 "
     "soldiers. The army denied that 20 soldiers had been killed.", "en", 20, "Azawad Liberation Front (FLA)",
     "Military Forces of Mali (FAMa)"),
    ("Al-Shabab fighters clashed with Somali troops near Balcad, Somalia, on Friday. Al-Shabab said it killed 30 "
     "soldiers. The army denied that 30 soldiers had been killed.", "en", 30, "Al Shabaab",
     "Military Forces of Somalia"),
    ("Des combattants du FLA ont attaqué un camp de l'armée malienne près d'Anéfis, au Mali, samedi. Le FLA a "
     "affirmé avoir tué vingt soldats. L'armée a démenti la mort de vingt soldats.", "fr", 20,
     "Azawad Liberation Front (FLA)", "Military Forces of Mali (FAMa)"),
])
def test_a_denied_figure_is_not_confirmed(text, language, low, claimer, denier):
    assert statuses(text, language, low) == sorted([(claimer, "claimed"), (denier, "denied")])


def test_a_sides_own_losses_are_confirmed():
    text = ("Separatist rebels attacked an army post near Anefis, Mali, on Monday. The Azawad Liberation Front said "
            "it killed 20 soldiers. The army said 20 soldiers had been killed.")
    assert ("Military Forces of Mali (FAMa)", "confirmed") in statuses(text, "en", 20)
