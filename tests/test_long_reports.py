"""A long report costs in proportion to its length: what is read once per report is not read again for every
sentence or every place (a report of 1 MB took twice its share before)."""

import random
from types import SimpleNamespace

import fogline.extract.namesakes as namesakes
from fogline.extract.views import within
from tests.conftest import extracted


def _view(start: int, end: int):
    return SimpleNamespace(s=SimpleNamespace(start=start, end=end))


def test_datelines_inside_a_sentence_are_found_by_search_as_by_a_scan():
    rng = random.Random(7)
    for _ in range(200):
        spans, pos = [], 0
        for _ in range(rng.randrange(0, 12)):  # in text order, none overlapping, as places.datelines gives them
            a = pos + rng.randrange(0, 50)
            pos = a + rng.randrange(1, 40)
            spans.append((a, pos))
        a = rng.randrange(0, pos + 20)
        v = _view(a, a + rng.randrange(1, 120))
        scan = [(max(0, x - v.s.start), y - v.s.start) for x, y in spans if x < v.s.end and v.s.start < y]
        assert within(spans, v) == scan


def test_the_compass_sides_of_a_report_are_read_once(monkeypatch):
    calls = []
    real = namesakes._compass

    def counted(language):
        calls.append(language)
        return real(language)

    monkeypatch.setattr(namesakes, "_compass", counted)
    paragraph = ("Gunmen attacked Bama in northern Nigeria on Monday, killing five farmers, residents said. "
                 "Troops later clashed with the attackers near Gombe, the army said.\n\n")
    extracted(paragraph * 12)
    assert len(calls) <= 1


def test_spans_test_answers_as_a_scan_of_every_span():
    from fogline.extract.views import spans_test

    rng = random.Random(11)
    for _ in range(200):
        spans, pos = [], 0
        for _ in range(rng.randrange(0, 10)):  # in order of their starts; some overlap, some nest
            pos += rng.randrange(0, 30)
            spans.append((pos, pos + rng.randrange(1, 60)))
        inside = spans_test(spans)
        for offset in range(-2, pos + 70):
            assert inside(offset) == any(a <= offset < b for a, b in spans)


def test_the_text_before_a_sentence_is_read_in_place_as_its_copy():
    from fogline.extract import extractor_for
    from fogline.extract.earlier_mentions import Before

    resolver = extractor_for("en").claims.resolver
    doc = ("The Ministry of Defence said troops repulsed the attack. Police spokesman Mohammed Jalige confirmed it. "
           "Local sources said the market burned.  \n The ministry added \n")
    for end in range(0, len(doc) + 1, 7):
        before = Before(doc, end)
        assert resolver._introduced("Mr Jalige", before, "Nigeria") == resolver._introduced("Mr Jalige", doc[:end],
                                                                                              "Nigeria")
        assert resolver.earlier_role("ministry", before, "Nigeria") == resolver.earlier_role("ministry", doc[:end],
                                                                                             "Nigeria")
        for text in ("His office said it.", "It said, the office added"):
            assert resolver._subject_label(text, 0, 3, before) == resolver._subject_label(text, 0, 3, doc[:end])
