import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest

from fogline.records import Document

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCHEMA = json.loads((ROOT / "fogline" / "schema" / "extraction.schema.json").read_text())
SAMPLES = ROOT / "fogline" / "samples" / "reports.jsonl"
TEXTS = Path(__file__).parent / "texts"


def validate(extraction: dict, text: str) -> None:
    """Schema-valid, and every evidence span equals the text at its offsets."""
    jsonschema.validate(extraction, SCHEMA)
    for ev in iter_evidence(extraction):
        assert text[ev["start"]:ev["end"]] == ev["text"], ev


def iter_evidence(obj):
    if isinstance(obj, dict):
        if set(obj) >= {"start", "end", "text"} and isinstance(obj.get("start"), int):
            yield obj
        for v in obj.values():
            yield from iter_evidence(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from iter_evidence(v)


def doc(text: str, published: str | None = "2025-06-15", language: str = "en", id: str = "t") -> Document:
    return Document(id=id, text=text, language=language,
                    published=date.fromisoformat(published) if published else None)


def samples() -> list[dict]:
    return [json.loads(line) for line in SAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]


needs_shared = pytest.mark.skipif(not (SHARED / "corpus").exists(), reason="../shared corpus not present")
