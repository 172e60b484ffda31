"""A language is data: fogline/lang/es (a minimal Spanish) extracts events with claims with no engine change."""

import json
import shutil
from datetime import date

import pytest
from conftest import doc, validate

import fogline.lang
from fogline.cli import main
from fogline.extract import Extractor, extract
from fogline.extract.dates import DateReader
from fogline.extract.numbers import NumberReader
from fogline.extract.sentences import split_sentences
from fogline.lang import FILES, available, resources
from fogline.records import Document

AMBUSH = ("Hombres armados tendieron una emboscada a un convoy cerca de Gao el viernes. "
          "Al menos 12 civiles murieron en el ataque, según fuentes locales.")
DRONE = "Un ataque con dron mató a ocho civiles en un mercado de Léré el domingo, dijo un funcionario local."


def test_spanish_is_a_folder_of_the_same_files():
    assert "es" in available()
    es = resources("es")
    for name in FILES:
        assert es[name], f"fogline/lang/es/{name}.json is missing or empty"


def test_spanish_ambush_with_an_attributed_claim():
    ex = extract(doc(AMBUSH, "2025-06-15", language="es")).to_dict()
    validate(ex, AMBUSH)
    assert ex["warnings"] == []  # read with Spanish resources, not the English fallback
    [e] = ex["events"]
    assert (e["event_type"], e["sub_event_type"], e["date"], e["location"], e["country"]) == (
        "Battles", "Armed clash", "2025-06-13", "Gao", "Mali")
    [c] = e["claims"]
    assert (c["what"], c["low"], c["high"], c["of"], c["claimant"], c["status"]) == (
        "killed", 12, None, "Civilians (Mali)", "local sources", "reported")
    assert c["evidence"]["text"] == "Al menos 12 civiles murieron"
    assert c["claimant_evidence"]["text"] == "fuentes locales"


def test_spanish_drone_strike_with_a_speaker_after_the_verb():
    ex = extract(doc(DRONE, "2025-06-16", language="es")).to_dict()
    validate(ex, DRONE)
    [e] = ex["events"]
    assert (e["event_type"], e["sub_event_type"], e["date"]) == ("Explosions/Remote violence", "Air/drone strike",
                                                                "2025-06-15")
    assert {(c["what"], c["low"], c["of"], c["claimant"]) for c in e["claims"]} == {
        ("killed", 8, "Civilians (Mali)", "local sources")}


def test_spanish_numbers_and_dates():
    numbers = NumberReader(resources("es")["numbers"], "es")
    assert [(q.low, q.high) for q in numbers.find("una veintena de soldados")] == [(20, 20)]
    assert [(q.low, q.high) for q in numbers.find("al menos 12 civiles")] == [(12, None)]
    assert [(q.low, q.high, q.vague) for q in numbers.find("decenas de camiones")] == [(10, None, True)]
    dates = DateReader(resources("es")["dates"], "es")
    pub = date(2025, 6, 20)
    assert dates.find("el 13 de junio de 2025", pub)[0].date == date(2025, 6, 13)
    assert dates.find("ayer", pub)[0].date == date(2025, 6, 19)
    assert dates.find("el viernes", pub)[0].date == date(2025, 6, 20)


def test_spanish_text_is_detected_and_extracted_from_the_command_line(tmp_path, capsys):
    path = tmp_path / "informe.txt"
    path.write_text(AMBUSH, encoding="utf-8")
    assert main(["extract", str(path), "--published", "2025-06-15"]) == 0
    ex = json.loads(capsys.readouterr().out)
    validate(ex, AMBUSH)
    assert ex["document"]["language"] == "es"
    assert ex["events"][0]["claims"][0]["claimant"] == "local sources"


def test_any_folder_is_a_language(tmp_path, monkeypatch):
    """Copy the Spanish files under a new code: the engine reads them without knowing the code."""
    shutil.copytree(fogline.lang.LANG_DIR / "es", tmp_path / "xx")
    monkeypatch.setattr(fogline.lang, "LANG_DIR", tmp_path)
    resources.cache_clear()
    try:
        ex = Extractor("xx").extract(Document("x1", AMBUSH, "xx", date(2025, 6, 15))).to_dict()
    finally:
        resources.cache_clear()
    validate(ex, AMBUSH)
    assert ex["warnings"] == []
    assert [(c["what"], c["low"], c["claimant"]) for e in ex["events"] for c in e["claims"]] == [
        ("killed", 12, "local sources")]


def test_unknown_language_names_the_folders():
    with pytest.raises(LookupError, match="es"):
        resources("qq")


SR = "El Sr. Pérez dijo que treinta y dos civiles murieron en el ataque. El Gral. Gómez lo negó."


def test_spanish_number_compounds_and_abbreviations_come_from_the_files():
    numbers = NumberReader(resources("es")["numbers"], "es")
    assert [(q.low, q.high) for q in numbers.find("treinta y dos soldados y cuarenta y cinco civiles")] == [
        (32, 32), (45, 45)]
    assert [s.text for s in split_sentences(SR, "es")] == [
        "El Sr. Pérez dijo que treinta y dos civiles murieron en el ataque.", "El Gral. Gómez lo negó."]
    ex = extract(doc(SR, "2025-06-15", language="es")).to_dict()
    validate(ex, SR)
    assert [(c["what"], c["low"], c["evidence"]["text"]) for e in ex["events"] for c in e["claims"]] == [
        ("killed", 32, "treinta y dos civiles murieron")]


def test_without_the_spanish_keys_the_engine_knows_no_spanish_word(tmp_path, monkeypatch):
    """The same engine with the Spanish connectors and abbreviations removed from a copy of the files:
    'treinta y dos' is two numbers again and 'Sr.' ends a sentence. The words live only in the files."""
    shutil.copytree(fogline.lang.LANG_DIR / "es", tmp_path / "xx")
    for name, key in (("numbers", "connectors"), ("sentences", "abbreviations")):
        path = tmp_path / "xx" / f"{name}.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        data[key] = []
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(fogline.lang, "LANG_DIR", tmp_path)
    resources.cache_clear()
    try:
        numbers = NumberReader(resources("xx")["numbers"], "xx")
        assert [(q.low, q.high) for q in numbers.find("treinta y dos soldados")] == [(30, 30), (2, 2)]
        assert [s.text for s in split_sentences(SR, "xx")][:2] == ["El Sr.", "Pérez dijo que treinta y dos civiles "
                                                                   "murieron en el ataque."]
    finally:
        resources.cache_clear()


def _lang_copy_without(tmp_path, monkeypatch, source: str, keys: list[str]) -> str:
    """A copy of ``source``'s files as language 'xx' with ``keys`` of dates.json removed."""
    shutil.copytree(fogline.lang.LANG_DIR / source, tmp_path / "xx")
    path = tmp_path / "xx" / "dates.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    for key in keys:
        del data[key]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(fogline.lang, "LANG_DIR", tmp_path)
    resources.cache_clear()
    return "xx"


# The words that make 'N days after X' count X back from the day told before ('after', 'après') and a page's clock
# time ('10:30 AM', '14h30') are dates.json's days_after_words and clock_time: without them the engine knows none.
AFTER = [("en", "Bandits killed nine people in Kauru, residents said.\n\nSoldiers reached the village on Monday, two "
                "days after the raid.", "2025-03-08"),
         ("en", "Gunmen shot dead 12 traders at a market in Bokkos, officials said.\n\nMourners gathered on Monday, "
                "a week after the massacre.", "2025-03-03"),
         ("fr", "Des hommes armés ont tué sept civils à Djibo, selon des habitants.\n\nLes secours sont arrivés "
                "lundi, deux jours après l'attaque.", "2025-03-08")]


@pytest.mark.parametrize("code,text,expected", AFTER)
def test_the_words_of_a_count_after_a_later_day_come_from_the_files(tmp_path, monkeypatch, code, text, expected):
    def first_date(language):
        return Extractor(language).extract(Document("t", text, language, date(2025, 3, 11))).events[0].date
    assert first_date(code) == expected
    try:
        assert first_date(_lang_copy_without(tmp_path, monkeypatch, code, ["days_after_words"])) != expected
    finally:
        resources.cache_clear()


CLOCKS = [("en", "Updated: March 10, 2025 10:30 AM\nBandits killed seven herders near Tsafe on Saturday."),
          ("en", "March 10, 2025 at 9:14 p.m. EST\n\nA drone strike killed nine people in Kabkabiya on Saturday."),
          ("fr", "10 mars 2025 à 14h30 GMT\n\nDes jihadistes ont attaqué samedi un poste militaire près de Niono.")]


@pytest.mark.parametrize("code,text", CLOCKS)
def test_a_page_date_lines_clock_time_comes_from_the_files(tmp_path, monkeypatch, code, text):
    assert DateReader(resources(code)["dates"], code).line_end.match(text, text.index("2025") + 4)
    try:
        xx = _lang_copy_without(tmp_path, monkeypatch, code, ["clock_time"])
        assert not DateReader(resources(xx)["dates"], xx).line_end.match(text, text.index("2025") + 4)
    finally:
        resources.cache_clear()


def test_spanish_supplies_its_own_after_words_and_clock_time():
    reader = DateReader(resources("es")["dates"], "es")
    assert reader.after_words == {"después"}
    line = "10 de marzo de 2025 10:30 a. m.\n"
    assert reader.line_end.match(line, line.index("2025") + 4)
    assert not reader.line_end.match("10 de marzo de 2025 en Gao\n", 19)
