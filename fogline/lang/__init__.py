"""Per-language resources: JSON data files in ``fogline/lang/<code>/``.

The extraction engine never names a word of any language; it reads these files.
Adding a language means adding a folder with the same file names (see docs/languages.md).
Every file is checked against ``fogline/lang/schema.json`` when it is loaded: an unknown (misspelt)
key or a value of the wrong type is refused with the file and the key, instead of silently switching
a rule off.
"""

from __future__ import annotations

import difflib
import json
from functools import cache
from pathlib import Path
from typing import Any

LANG_DIR = Path(__file__).parent
SCHEMA_PATH = Path(__file__).with_name("schema.json")
FILES = ("triggers", "claims", "numbers", "attribution", "dates", "context", "places", "demonyms", "sentences",
         "roles", "boundaries")
# Words of what Fogline writes rather than reads (export notes): only the languages it writes need them.
OUTPUT_FILES = ("notes",)


class LanguageDataError(ValueError):
    """A language file that does not follow fogline/lang/schema.json."""


def available() -> list[str]:
    return sorted(p.name for p in LANG_DIR.iterdir() if p.is_dir() and (p / "triggers.json").exists())


@cache
def schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@cache
def resources(code: str) -> dict[str, Any]:
    """All data files of one language, keyed by file name, checked against the schema."""
    folder = LANG_DIR / code
    if not (folder / "triggers.json").exists():
        raise LookupError(f"no language resources for {code!r} (have: {', '.join(available())})")
    files = schema()["properties"]
    for path in sorted(folder.glob("*.json")):
        if path.stem not in files:
            raise LanguageDataError(f"{path}: unknown file {path.name!r}{_hint(path.stem, files)} "
                                    f"(a language folder holds {', '.join(f + '.json' for f in FILES + OUTPUT_FILES)})")
    data: dict[str, Any] = {}
    for name in FILES + OUTPUT_FILES:
        path = folder / f"{name}.json"
        data[name] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        check(data[name], files[name], str(path))
    return data


def resources_or_english(code: str) -> dict[str, Any]:
    """The data files of a language, English's when Fogline has none for it (the extractors read any report)."""
    return resources(code if code in available() else "en")


def check(value: Any, rule: dict[str, Any], where: str, key: str = "") -> None:
    """Validate ``value`` against ``rule``, the subset of JSON Schema that schema.json uses (``$ref``,
    ``type``, ``enum``, ``properties``, ``additionalProperties``, ``items``, ``required``, ``minItems``,
    ``maxItems``).
    Raises :class:`LanguageDataError` naming the file and the key."""
    if "$ref" in rule:
        rule = _ref(rule["$ref"])
    at = f"{where}: {key}" if key else where
    types = rule.get("type")
    if types is not None:
        types = [types] if isinstance(types, str) else types
        if not any(_is(value, t) for t in types):
            raise LanguageDataError(f"{at}: expected {' or '.join(types)}, got {_json_type(value)}")
    if "enum" in rule and value not in rule["enum"]:
        raise LanguageDataError(f"{at}: {value!r} is not one of {rule['enum']}")
    if isinstance(value, dict) and ("properties" in rule or "additionalProperties" in rule):
        props = rule.get("properties", {})
        extra = rule.get("additionalProperties", True)
        for k, v in value.items():
            sub = f"{key}.{k}" if key else k
            if k in props:
                check(v, props[k], where, sub)
            elif extra is False:
                raise LanguageDataError(f"{where}: unknown key {sub!r}{_hint(k, props)} "
                                        f"(allowed keys are listed in {SCHEMA_PATH.name})")
            elif isinstance(extra, dict):
                check(v, extra, where, sub)
        for k in rule.get("required", []):
            if k not in value:
                raise LanguageDataError(f"{at}: missing key {k!r}")
    low, high = rule.get("minItems", 0), rule.get("maxItems")
    if isinstance(value, list) and not low <= len(value) <= (len(value) if high is None else high):
        wanted = f"{low}" if low == high else f"{low} to {high if high is not None else 'any'}"
        raise LanguageDataError(f"{at}: expected {wanted} items, got {len(value)}")
    if isinstance(value, list) and "items" in rule:
        items = rule["items"]
        if items.keys() == {"type"} and isinstance(items["type"], str):  # a list of strings: no recursion
            if all(_is(item, items["type"]) for item in value):
                return
        for i, item in enumerate(value):
            check(item, items, where, f"{key}[{i}]")


@cache
def _ref(ref: str) -> dict[str, Any]:
    node: Any = schema()
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    return node


def _is(value: Any, t: str) -> bool:
    if t == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    return {"string": str, "array": list, "object": dict, "boolean": bool, "null": type(None)}[t] is type(value)


def _json_type(value: Any) -> str:
    return next((t for t in ("boolean", "integer", "string", "array", "object", "null") if _is(value, t)),
                type(value).__name__)


def _hint(key: str, known) -> str:
    close = difflib.get_close_matches(key, list(known), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""
