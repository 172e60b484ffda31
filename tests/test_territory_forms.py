"""Territory taken, told in the forms a report uses: 'est tombée dimanche aux mains des jihadistes', 'est passée sous
le contrôle des rebelles', 'a été pris dimanche par les jihadistes', 'ont chassé les rebelles du M23 de la localité',
'came under the control of M23 rebels', 'drove Al Shabaab fighters out of the town' (triggers.json); and a trigger
that holds its own auxiliary ('was overrun by', 'was seized by') is passive, so the army named before it is the
loser, not the taker (sides). Texts written for these tests (published 2025-05-27)."""

import pytest
from conftest import doc, validate

from fogline.extract import extract


@pytest.mark.parametrize("text,language,sub", [
    ('La ville de Djibo est tombée dimanche aux mains des jihadistes du JNIM, selon des habitants.',
     'fr', 'Non-state actor overtakes territory'),
    ('Dimanche, la localité de Nyabiondo est passée sous le contrôle des rebelles du M23 après de violents'
     ' combats.',
     'fr', 'Non-state actor overtakes territory'),
    ('Le camp militaire de Boulkessi a été pris dimanche par les jihadistes après plusieurs heures de '
     'combats.',
     'fr', 'Non-state actor overtakes territory'),
    ("Dimanche, les FARDC ont chassé les rebelles du M23 de la localité de Nyabiondo, selon l'armée.",
     'fr', 'Government regains territory'),
    ("L'armée malienne a délogé dimanche les jihadistes de la localité de Boni après deux jours de "
     'combats.',
     'fr', 'Government regains territory'),
    ('The town of Nyabiondo came under the control of M23 rebels on Sunday after heavy fighting.',
     'en', 'Non-state actor overtakes territory'),
    ('On Sunday, Somali troops drove Al Shabaab fighters out of the town of Moqokori, the army said.',
     'en', 'Government regains territory'),
    ('Congolese soldiers dislodged M23 rebels from the village of Nyabiondo on Sunday after a day of '
     'fighting.',
     'en', 'Government regains territory'),
    ('The army camp at Boulkessi was overrun by jihadists on Sunday after hours of fighting.',
     'en', 'Non-state actor overtakes territory'),
    ('The army garrison in Marte was seized by ISWAP fighters on Sunday, residents said.',
     'en', 'Non-state actor overtakes territory'),
    ("Government troops' base at Moqokori was captured by Al Shabaab on Sunday after a dawn assault.",
     'en', 'Non-state actor overtakes territory'),
])
def test_territory_taken_and_by_whom(text, language, sub):
    ex = extract(doc(text, published="2025-05-27", language=language)).to_dict()
    validate(ex, text)
    assert [(e["date"], e["sub_event_type"]) for e in ex["events"]] == [("2025-05-25", sub)]
