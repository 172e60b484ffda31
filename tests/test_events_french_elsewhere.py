"""An event word followed closely by another place ('une attaque dans une autre localité', 'des écoles incendiées
dans un autre département'): an incident of its own, not more of the one told before. Texts written for these
tests."""

import pytest
from conftest import doc, validate

from fogline.extract import extract


def events(text: str) -> list[dict]:
    ex = extract(doc(text, published="2025-03-10", language="fr")).to_dict()
    validate(ex, text)
    return ex["events"]


@pytest.mark.parametrize("text,second", [
    ("Des hommes armés ont tué dimanche huit civils dans le village de Kéra, dans le cercle de Bankass au Mali, "
     "selon des sources locales. Un responsable local a également signalé une attaque dans une autre localité du "
     "cercle, Sobané, où trois bergers ont été tués.", "Sobane Da"),
    ("Des jihadistes ont attaqué samedi le poste militaire de Diapaga, dans l'est du Burkina Faso, tuant sept "
     "soldats, selon une source sécuritaire. Des assaillants ont aussi incendié des écoles dans un autre "
     "département de la province, à Partiaga, selon des habitants.", "Partiaga"),
    ("Des miliciens ont tué vendredi neuf civils à Mongbwalu, en Ituri, selon la société civile. Le porte-parole "
     "de l'ONU a également évoqué des attaques contre deux villages d'un autre territoire de la province, "
     "attribuées aux ADF. Ces attaques dans le territoire de Beni auraient fait de nombreuses victimes.", "Beni"),
    ("Des rebelles ont tué samedi quatre civils à Oicha, dans le territoire de Beni, selon la société civile. Le "
     "même jour, des hommes armés ont enlevé un chef coutumier dans un autre secteur du territoire, à Kamango.",
     "Kamango"),
])
def test_an_event_word_then_another_place_is_an_incident_of_its_own(text, second):
    """Two incidents; the second, told with no day of its own, on the first one's day (not the filing day)."""
    found = [(e["date"], e["location"]) for e in events(text)]
    assert len(found) == 2 and found[1] == (found[0][0], second), found


def test_an_incident_elsewhere_takes_the_day_told_before():
    """'Un élu a aussi fait état d'un enlèvement dans une autre commune': the lead's day, not the filing day."""
    text = ("Des hommes armés ont tué jeudi cinq civils à Tessit, dans le nord-est du Mali. Un élu a aussi fait "
            "état d'un enlèvement dans une autre commune du cercle, à Ansongo.")
    assert [(e["date"], e["location"]) for e in events(text)] == [("2025-03-06", "Tessit"),
                                                                   ("2025-03-06", "Ansongo")]


def test_the_same_place_told_again_is_one_incident():
    """No other place after the event word: the detail of the lead's incident."""
    text = ("Des hommes armés ont tué dimanche huit civils dans le village de Kéra, dans le cercle de Bankass au "
            "Mali. Un responsable local a décrit une attaque à l'aube, dans le village même, où trois bergers ont "
            "été tués.")
    assert [e["location"] for e in events(text)] == ["Kéra"]
