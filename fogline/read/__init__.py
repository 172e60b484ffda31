"""Read reports (text, HTML, JSON records, JSONL, stdin) into ``Document`` records.

One bad input never stops a run: every item yields a ``ReadResult`` holding either a
document or a ``ReadError`` that names the input (``path`` or ``path:line``) and the reason —
for a record, every field of the wrong type or value (``feed.jsonl:12: published: not a date
'yesterday'``). The text is kept as read (UTF-8, BOM dropped, newlines as "\\n") because
evidence offsets point into it.

JSON Lines (files and stdin) are read record by record, so a feed of any size streams through in
constant memory; the 10 MB limit (``MAX_BYTES``) applies to one report: a file, a record, stdin text.
Here: where reports come from (paths, folders, stdin, JSON, JSON Lines, HTML); ``record``: one report
as a ``Document`` (a record's fields checked, the caller's values merged, language and id).
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from .record import (
    ReadError,
    ReadResult,
    document_of,
    fail,
    from_record,
    newlines,
    parse_published,
    stable_id,
)

__all__ = ["MAX_BYTES", "STDIN", "ReadError", "ReadResult", "parse_published",
           "read_paths", "stable_id"]

MAX_BYTES = 10 * 1024 * 1024
TEXT_EXT = {".txt", ".md"}
HTML_EXT = {".html", ".htm"}
JSON_EXT = {".json"}
JSONL_EXT = {".jsonl", ".ndjson"}
STDIN = "<stdin>"


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


def _decode(data: bytes) -> str:
    """UTF-8 with BOM dropped and newlines normalised; ValueError names the reason."""
    if b"\0" in data[:8192]:
        raise ValueError("binary file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ValueError(f"not UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start})") from None
    return newlines(text.removeprefix("\ufeff"))


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
        yield fail(STDIN, str(e))
        return
    if not text.strip():
        yield fail(STDIN, "empty input")
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
        yield fail(src, "no such file")
        return
    except OSError as e:
        yield fail(src, f"cannot read ({e.strerror})")
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
            yield fail(src, f"too large ({size / 2**20:.1f} MB > {MAX_BYTES // 2**20} MB)")
            return
        data = path.read_bytes()
    except OSError as e:
        yield fail(src, f"cannot read ({e.strerror})")
        return
    try:
        text = _decode(data)
    except ValueError as e:
        if ext in HTML_EXT and "UTF-8" in str(e):  # legacy charset: trafilatura sniffs bytes
            yield _html(src, data, meta)
        else:
            yield fail(src, str(e))
        return
    if not text.strip():
        yield fail(src, "empty file")
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
            yield fail(where, f"record too large (> {MAX_BYTES // 2**20} MB)")
            continue
        if n == 1:
            line = line.removeprefix(b"\xef\xbb\xbf")
            if b"\0" in line[:8192]:
                yield fail(src, "binary file")
                return
        if not line.strip():
            continue
        seen = True
        try:
            rec = json.loads(line)
        except UnicodeDecodeError as e:
            yield fail(where, f"not UTF-8 (byte 0x{line[e.start]:02x} at offset {e.start})")
            continue
        except json.JSONDecodeError as e:
            yield fail(where, f"malformed JSON ({e})")
            continue
        yield from_record(where, rec, meta)
    if not seen:
        yield fail(src, "empty input" if src == STDIN else "empty file")


def _plain(src: str, text: str, meta: dict[str, Any]) -> ReadResult:
    return ReadResult(src, document_of(src, text, {}, meta, prefer_meta=True), None)


def _html(src: str, html: str | bytes, meta: dict[str, Any]) -> ReadResult:
    """Main text, title, date and canonical url via trafilatura; page chrome is dropped."""
    import trafilatura

    out = trafilatura.extract(html, output_format="json", with_metadata=True, favor_precision=True)
    found = json.loads(out) if out else {}
    text = newlines(found.get("text") or "")
    if not text.strip():
        return fail(src, "no main text found in HTML")
    try:
        published = parse_published(found.get("date"))
    except ValueError:
        published = None  # a bad page date is not worth losing the page over
    page = {"title": found.get("title"), "url": found.get("source"), "published": published}
    return ReadResult(src, document_of(src, text, page, meta, prefer_meta=True), None)


def _read_json(src: str, text: str, meta: dict[str, Any]) -> Iterator[ReadResult]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        yield fail(src, f"malformed JSON ({e})")
        return
    if isinstance(data, dict):
        yield from_record(src, data, meta)
    elif isinstance(data, list) and data:
        for i, rec in enumerate(data):
            yield from_record(f"{src}[{i}]", rec, meta)
    else:
        yield fail(src, "expected a JSON record or a non-empty list of records")
