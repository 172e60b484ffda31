"""What the commands share: reading the inputs, the store of --db, errors, the list filters, progress."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from ..read import ReadResult, parse_published, read_paths

SAMPLES = Path(__file__).parent.parent / "samples" / "reports.jsonl"


def _results(args) -> Iterator[ReadResult]:
    try:
        published = parse_published(args.published) if getattr(args, "published", None) else None
    except ValueError as exc:
        _error(f"--{exc}")
        raise _Exit(2) from None
    return read_paths(args.paths, published=published, url=getattr(args, "url", None),
                      outlet=getattr(args, "outlet", None), title=getattr(args, "title", None),
                      language=getattr(args, "language", None))


class _Exit(Exception):
    """Stop the command with this exit status (the message is printed already)."""


def _error(msg: str) -> None:
    print(f"error: {msg}", file=sys.stderr)


def _summary(done: int, failures: list[str], verb: str) -> int:
    print(f"{verb} {done} document(s), {len(failures)} failed", file=sys.stderr)
    return 1 if failures else 0


def _progress(args, command: str):
    """The command's progress display (``fogline.progress``): a bar on a terminal, JSON lines with
    ``--log-json``, nothing with ``--quiet`` or when stderr is not a terminal."""
    from ..progress import Progress, count_inputs

    quiet, log_json = getattr(args, "quiet", False), getattr(args, "log_json", False)
    show = log_json or (not quiet and sys.stderr.isatty())
    total = count_inputs(args.paths) if show and getattr(args, "paths", None) else None
    return Progress(command, total, quiet=quiet, log_json=log_json)


def _store(args, *, create: bool = False):
    """The store of ``--db``, its incidents assembled again once if an older version fused them. Unless
    ``create`` (ingest), a SQLite store that does not exist is an error (exit 2), not a new empty store."""
    from ..pipeline import open_store
    from ..store import resolve_db_url

    url = resolve_db_url(args.db)
    if not create:
        _require_existing(url)
    return open_store(url, on_upgrade=_upgrading)


def _require_existing(url: str) -> None:
    """A reading command on a mistyped ``--db`` says so instead of creating an empty store."""
    from ..store.base import missing_store

    problem = missing_store(url)
    if problem:
        _error(problem)
        raise _Exit(2)


def _upgrading(n: int) -> None:
    print(f"note: this store was fused by an older version of Fogline; assembling its {n} incidents once",
          file=sys.stderr)

def _filters(args):
    """The list commands' filters, with the meaning the web UI gives them (``store.filters``)."""
    from ..store import FilterError, Filters

    try:
        return Filters(since=args.since, until=args.until, country=args.country, admin1=args.admin1,
                       actor=args.actor, type=args.type, grade=args.grade, language=args.language, q=args.text,
                       status=args.status)
    except FilterError as exc:
        _error(str(exc))
        raise _Exit(2) from None
