"""'A patrol was targeted on Sunday by an explosive device', 'une position a été visée dimanche matin par un drone':
the weapon named as the passive's agent after a day types the event (an IED, an air strike), not the passive's
'attacked' (an armed clash); 'by an army drone', 'by a roadside bomb' with a word before the weapon too
(triggers.json). Texts written for these tests."""

import pytest
from conftest import doc, validate

from fogline.extract import extract


@pytest.mark.parametrize("text,language,published,sub", [
    ("Une patrouille de l'armée a été visée dimanche par un engin explosif près de Djibo ; trois soldats "
     'ont été tués.',
     'fr', '2025-05-27', 'Remote explosive/landmine/IED'),
    ("Une position des rebelles a été visée dimanche matin par un drone de l'armée près de Kidal, faisant "
     'six morts.',
     'fr', '2025-05-27', 'Air/drone strike'),
    ("Un convoi de l'armée a été ciblé hier soir par une mine artisanale près de Dori, tuant quatre "
     'soldats.',
     'fr', '2025-05-27', 'Remote explosive/landmine/IED'),
    ('An army patrol was targeted on Sunday by an explosive device near Djibo; three soldiers were killed.',
     'en', '2025-05-27', 'Remote explosive/landmine/IED'),
    ('A rebel position near Kidal was attacked on Sunday morning by an army drone, killing six fighters.',
     'en', '2025-05-27', 'Air/drone strike'),
    ('A military convoy was targeted yesterday by a roadside bomb near Dori, killing four soldiers.',
     'en', '2025-05-27', 'Remote explosive/landmine/IED'),
    ('A wedding party in Zaouiet Kounta was hit by a drone on Sunday, killing 20 civilians, residents '
     'said.',
     'en', '2025-05-27', 'Air/drone strike'),
    ('The market in Tabanga was bombed yesterday by military jets, leaving dozens dead.',
     'en', '2025-05-27', 'Air/drone strike'),
])
def test_the_weapon_after_a_day_types_the_event(text, language, published, sub):
    ex = extract(doc(text, published=published, language=language)).to_dict()
    validate(ex, text)
    assert [e["sub_event_type"] for e in ex["events"]] == [sub]
