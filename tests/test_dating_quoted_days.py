"""A relative day inside a quotation ('yesterday', 'hier', 'ce matin') counts from the day its speaker spoke, named
right after the quotation closes ('..., a resident said on Sunday', '», a raconté dimanche un habitant'), not from
the page's day. Texts written for these tests (published Tuesday 2025-05-27)."""

import pytest
from conftest import doc, validate

from fogline.extract import extract


@pytest.mark.parametrize("text,language,expected", [
    ("\"They arrived yesterday at 5 p.m. and shot at everyone,\" a resident of Kouka said on Sunday. Twelve "
     "civilians were killed.", "en", "2025-05-24"),
    ("“The gunmen came back this morning and burned the market,” a local official told AFP on Saturday, adding that "
     "nine people were killed in Kauru.", "en", "2025-05-24"),
    ("« Ils sont arrivés hier vers 17 heures et ont tiré sur tout le monde », a raconté dimanche un habitant de "
     "Kouka, où douze civils ont été tués.", "fr", "2025-05-24"),
    ("« Les terroristes ont attaqué notre village hier soir et tué huit personnes », a témoigné samedi un élu de "
     "Seytenga.", "fr", "2025-05-23"),
])
def test_a_quoted_relative_day_counts_from_the_speakers_day(text, language, expected):
    ex = extract(doc(text, published="2025-05-27", language=language)).to_dict()
    validate(ex, text)
    assert [e["date"] for e in ex["events"]] == [expected]
