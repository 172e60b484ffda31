"""fogline/lang/schema.json: every language file is checked when it is loaded; a misspelt key fails loudly."""

import json
import re
import shutil
from pathlib import Path

import jsonschema
import pytest

import fogline.lang
from fogline.lang import FILES, OUTPUT_FILES, LanguageDataError, available, resources, schema

DOCS = Path(__file__).resolve().parent.parent / "docs" / "languages.md"


@pytest.fixture
def lang_copy(tmp_path, monkeypatch):
    """A copy of the Spanish folder as language 'xx', to break on purpose."""
    shutil.copytree(fogline.lang.LANG_DIR / "es", tmp_path / "xx")
    monkeypatch.setattr(fogline.lang, "LANG_DIR", tmp_path)
    resources.cache_clear()
    yield tmp_path / "xx"
    resources.cache_clear()


def edit(folder: Path, name: str, change) -> None:
    path = folder / f"{name}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_the_schema_is_json_schema_and_every_language_follows_it():
    jsonschema.Draft202012Validator.check_schema(schema())
    assert tuple(schema()["properties"]) == FILES + OUTPUT_FILES
    for code in available():
        jsonschema.validate(resources(code), schema())


def test_a_misspelt_key_is_refused_naming_file_and_key(lang_copy):
    edit(lang_copy, "claims", lambda d: d.update(clause_brake=d.pop("clause_break")))
    with pytest.raises(LanguageDataError, match=r"xx/claims\.json: unknown key 'clause_brake' "
                                                r"\(did you mean 'clause_break'\?\)"):
        resources("xx")


def test_a_misspelt_key_inside_a_trigger_is_refused(lang_copy):
    edit(lang_copy, "triggers", lambda d: d["triggers"][2].update(patern=d["triggers"][2].pop("patterns")))
    with pytest.raises(LanguageDataError, match=r"xx/triggers\.json: unknown key 'triggers\[2\]\.patern'"):
        resources("xx")


def test_a_value_of_the_wrong_type_is_refused(lang_copy):
    edit(lang_copy, "numbers", lambda d: d.update(units=list(d["units"])))
    with pytest.raises(LanguageDataError, match=r"xx/numbers\.json: units: expected object, got array"):
        resources("xx")
    resources.cache_clear()
    edit(lang_copy, "numbers", lambda d: d.update(units={"uno": "1"}))
    with pytest.raises(LanguageDataError, match=r"units\.uno: expected integer, got string"):
        resources("xx")


def test_a_wrong_claim_label_is_refused(lang_copy):
    edit(lang_copy, "claims", lambda d: d["what"][0].update(what="aircraft shot"))
    with pytest.raises(LanguageDataError, match=r"what\[0\]\.what: 'aircraft shot' is not one of"):
        resources("xx")


def test_an_unknown_file_is_refused(lang_copy):
    (lang_copy / "claims.json").rename(lang_copy / "claim.json")
    with pytest.raises(LanguageDataError, match=r"xx/claim\.json: unknown file 'claim\.json' "
                                                r"\(did you mean 'claims'\?\)"):
        resources("xx")


def test_every_key_of_the_schema_is_documented():
    docs = DOCS.read_text(encoding="utf-8")
    missing = []
    for name, rule in schema()["properties"].items():
        assert f"{name}.json" in docs, name
        missing += [f"{name}.json: {key}" for key in rule["properties"]
                    if key != "_doc" and not re.search(rf"`{re.escape(key)}`", docs)]
    assert missing == []


def test_notes_are_optional_and_checked_when_present(lang_copy):
    assert resources("xx")["notes"] == {}  # a language exports never write needs no notes.json
    resources.cache_clear()
    bad = {"templates": {"attack": ["{a} attacked {b}"]}}  # the sentence without side B is missing
    (lang_copy / "notes.json").write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(LanguageDataError, match=r"xx/notes\.json: templates\.attack: expected 2 items, got 1"):
        resources("xx")
