"""An incident whose own sentence gives only the day something was said ('..., the army said on Tuesday') takes
the incident's day another of its sentences tells ('The attack took place on Sunday', 'Une attaque a visé lundi le
camp') before the day of a statement (events: event days of all its sentences first). Texts written for these
tests."""

import pytest
from conftest import doc, validate

from fogline.extract import extract


@pytest.mark.parametrize("text,language,published,expected", [
    ("L'attaque a eu lieu dimanche. Des dizaines d'hommes armés ont pris d'assaut le camp militaire de "
     "Tessit, tuant douze soldats, a indiqué mardi l'armée.",
     'fr', '2025-05-28', '2025-05-25'),
    ("Une attaque jihadiste a visé lundi le camp de l'armée à Diapaga. L'état-major a confirmé mercredi la"
     ' mort de dix soldats.',
     'fr', '2025-05-28', '2025-05-26'),
    ('The attack took place on Sunday. Dozens of gunmen stormed the army camp at Tessit, killing 12 '
     'soldiers, the army said on Tuesday.',
     'en', '2025-05-28', '2025-05-25'),
    ('A jihadist attack targeted the army camp at Diapaga on Monday. The general staff confirmed on '
     'Wednesday the deaths of ten soldiers.',
     'en', '2025-05-28', '2025-05-26'),
    ('It happened on Monday evening. Gunmen ambushed a police patrol near Kauru, killing seven officers, '
     'the state police command said on Wednesday.',
     'en', '2025-05-29', '2025-05-26'),
    ('Les faits se sont produits lundi soir. Des hommes armés ont tendu une embuscade à une patrouille de '
     'police près de Kauru, tuant sept agents, a annoncé mercredi la police.',
     'fr', '2025-05-29', '2025-05-26'),
])
def test_the_incidents_day_before_the_day_it_was_told(text, language, published, expected):
    ex = extract(doc(text, published=published, language=language)).to_dict()
    validate(ex, text)
    assert [e["date"] for e in ex["events"]] == [expected]
