"""'Earlier this week' is the days of the page's week before its day, coded at their middle as ACLED codes a span
(dates.json ``week_so_far``), not that week's Monday. Texts written for these tests."""

import pytest
from conftest import doc, validate

from fogline.extract import extract


def _dated(text, language, published):
    ex = extract(doc(text, published=published, language=language)).to_dict()
    validate(ex, text)
    return [(e["date"], e["date_precision"]) for e in ex["events"]]


@pytest.mark.parametrize("text,language,published,expected", [
    ("Fighters stormed an army base in Djibo earlier this week, killing ten soldiers, security sources said on "
     "Thursday.", "en", "2025-05-29", "2025-05-27"),
    ("Earlier in the week, gunmen killed six farmers in the village of Mangu, police said.", "en", "2025-05-30",
     "2025-05-27"),
    ("Des jihadistes ont attaqué plus tôt cette semaine le camp militaire de Tessit, tuant huit soldats.", "fr",
     "2025-05-30", "2025-05-27"),
    ("Plus tôt dans la semaine, des hommes armés avaient tué cinq civils à Djibo, selon des habitants.", "fr",
     "2025-05-31", "2025-05-28"),
])
def test_earlier_this_week_is_the_middle_of_the_days_before_the_page(text, language, published, expected):
    assert _dated(text, language, published) == [(expected, "week")]
