"""One extractor shared by threads (as the server shares it) must not mix documents' state: each output
equals the output of the same document extracted alone."""

import json
import sys
from concurrent.futures import ThreadPoolExecutor
from datetime import date

import pytest

from fogline.extract import Extractor
from fogline.records import Document

# the answers depend on the year: "separatists" in Mali are the CSP-DPA in 2023 and the FLA from 2025;
# "mercenaries" are the Wagner Group in 2023 and the Africa Corps in 2026
SEPARATISTS_EN = ("Separatists attacked an army post near Anefis on Monday, killing five soldiers, the army said. "
                  "The separatists said they had seized two vehicles.")
SEPARATISTS_FR = ("Des rebelles ont attaqué jeudi un camp militaire près de Kidal, a-t-on appris de sources locales. "
                  "Les séparatistes affirment avoir tué 20 soldats maliens.")
MERCENARIES_FR = ("Les séparatistes ont attaqué jeudi l'armée près de Tinzaouaten. Ils affirment avoir tué "
                  "30 « mercenaires » et 12 soldats.")
# trucks of a convoy the report calls military stay the army's; fuel tankers of a civilian convoy are civilian
CONVOY_MILITARY = ("Le FLA a attaqué jeudi un convoi militaire près d'Anefis. Deux camions-citernes ont été détruits, "
                   "selon le FLA.")
CONVOY_CIVILIAN = ("Les jihadistes du JNIM ont attaqué jeudi un convoi de camions-citernes escorté par l'armée près de "
                   "Kayes. Des dizaines de camions-citernes ont été incendiés, selon un élu local.")


def _documents() -> list[Document]:
    docs = []
    for i in range(120):
        year = (2023, 2026)[(i // 8) % 2]
        published = date(year, 6, 10 + i % 7)
        kind = i % 4
        if kind == 0:
            docs.append(Document(f"en-{i}", SEPARATISTS_EN, "en", published))
        elif kind == 1:
            docs.append(Document(f"fr-{i}", SEPARATISTS_FR if i % 8 == 1 else MERCENARIES_FR, "fr", published))
        elif kind == 2:
            docs.append(Document(f"fr-{i}", CONVOY_MILITARY if i % 8 == 2 else CONVOY_CIVILIAN, "fr", published))
        else:  # undated: relative dates anchored on the text, actors of no particular year
            docs.append(Document(f"en-{i}", SEPARATISTS_EN.replace("on Monday", f"on 3 June {year}"), "en", None))
    return docs


def _json(extractors: dict[str, Extractor], doc: Document) -> str:
    return json.dumps(extractors[doc.language].extract(doc).to_dict(), sort_keys=True)


@pytest.fixture(scope="module")
def extractors() -> dict[str, Extractor]:
    return {"en": Extractor("en"), "fr": Extractor("fr")}


def _parties(extractors: dict[str, Extractor], doc: Document) -> set[str]:
    ex = extractors[doc.language].extract(doc)
    return {a.name for e in ex.events for a in e.actors} | {c.of for e in ex.events for c in e.claims}


def test_the_documents_depend_on_their_year_and_wording(extractors):
    """The test documents would show a mix-up: their outputs differ by year and by convoy."""
    docs = _documents()
    csp, fla = "CSP-DPA: Permanent Strategic Framework for the Defence of the People of Azawad", \
        "Azawad Liberation Front (FLA)"
    for a, b in ((0, 8), (1, 9)):  # the same text published in 2023 and 2026
        assert docs[a].text == docs[b].text
        assert csp in _parties(extractors, docs[a]) and fla not in _parties(extractors, docs[a])
        assert fla in _parties(extractors, docs[b]) and csp not in _parties(extractors, docs[b])
    assert docs[5].text == docs[13].text
    assert "Wagner Group" in _parties(extractors, docs[5]) and "Africa Corps (Russia)" in _parties(extractors, docs[13])
    assert docs[2].text == CONVOY_MILITARY and docs[6].text == CONVOY_CIVILIAN
    assert "Civilians (Mali)" not in _parties(extractors, docs[2])
    assert "Civilians (Mali)" in _parties(extractors, docs[6])


def test_one_extractor_shared_by_threads_keeps_documents_apart(extractors):
    docs = _documents()
    alone = [_json(extractors, d) for d in docs]
    switch = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible, to give a mix-up every chance
    try:
        for _ in range(3):
            with ThreadPoolExecutor(max_workers=8) as pool:
                together = list(pool.map(lambda d: _json(extractors, d), docs))
            assert [d.id for d, a, b in zip(docs, alone, together, strict=True) if a != b] == []
    finally:
        sys.setswitchinterval(switch)
