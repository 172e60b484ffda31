"""'A few days ago', 'il y a quelques jours': a span of days before the page, coded at its middle with a week's
precision (dates.json ``relative_weeks``), not the page's own day. Texts written for these tests (published Tuesday
2025-05-27)."""

import pytest
from conftest import doc, validate

from fogline.extract import extract


@pytest.mark.parametrize("text,language", [
    ("Il y a quelques jours, des hommes armés ont tué six civils à Kouka, selon des sources locales.", "fr"),
    ("Gunmen killed six villagers in Kouka a few days ago, local sources said.", "en"),
    ("Several days ago, jihadists ambushed a convoy near Djibo, killing nine soldiers, the army said.", "en"),
])
def test_a_few_days_ago_is_a_span_before_the_page(text, language):
    ex = extract(doc(text, published="2025-05-27", language=language)).to_dict()
    validate(ex, text)
    assert [(e["date"], e["date_precision"]) for e in ex["events"]] == [("2025-05-24", "week")]
