"""Progress of long commands (ingest, extract, fuse): counts, rate and ETA on a terminal, JSON lines for machines.

A bar (tqdm) is drawn only when stderr is a terminal and ``--quiet`` was not given; ``--log-json`` writes one
JSON object per line on stderr instead — ``{"type": "progress", ...}`` at most once a second, ``"error"`` per
failed input and ``"summary"`` at the end — so a pipeline or a supervisor can follow a run.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

JSONL_SUFFIXES = (".jsonl", ".ndjson")


class Progress:
    """One command's progress: ``update`` after each input, ``phase`` for steps after reading (fusion),
    ``error`` for a failed input, ``summary`` at the end."""

    def __init__(self, command: str, total: int | None = None, *, quiet: bool = False, log_json: bool = False,
                 stream: TextIO | None = None, interval: float = 1.0) -> None:
        self.command, self.total, self.log_json = command, total, log_json
        self.stream = stream or sys.stderr
        self.interval = interval
        self.start = self._last = time.monotonic()
        self.done = 0
        self.counts: dict[str, int] = {}
        self._bar: Any = None
        if not quiet and not log_json and _isatty(self.stream):
            from tqdm import tqdm

            self._bar = tqdm(total=total, unit="doc", desc=command, file=self.stream, dynamic_ncols=True,
                             mininterval=0.25, smoothing=0.1)

    # -- the work --------------------------------------------------------------------------------
    def update(self, done: int, **counts: int) -> None:
        """``done`` inputs handled so far; ``counts`` (added, failed, ...) shown beside them."""
        step, self.done = done - self.done, done
        self.counts = counts
        if self._bar is not None:
            if counts:
                self._bar.set_postfix(counts, refresh=False)
            self._bar.update(step)
        elif self.log_json and time.monotonic() - self._last >= self.interval:
            self._emit("progress", **self._rates(), **counts)

    def phase(self, step: str, done: int, total: int) -> None:
        """A step after reading (``fuse``: load, fuse, assemble), with its own count."""
        if self._bar is not None:
            if self._bar.desc != f"{self.command}: {step}":
                self._bar.set_description(f"{self.command}: {step}", refresh=False)
                self._bar.set_postfix({}, refresh=False)
                self._bar.unit = "incident" if step == "assemble" else "event"
                self._bar.reset(total=total or None)
            self._bar.n = done
            self._bar.refresh()
        elif self.log_json:
            self._emit("progress", step=step, done=done, total=total)

    def error(self, message: str) -> None:
        """A failed input, named in one line, without breaking the bar."""
        if self.log_json:
            self._emit("error", message=message)
        elif self._bar is not None:
            self._bar.write(f"error: {message}", file=self.stream)
        else:
            print(f"error: {message}", file=self.stream)

    def summary(self, **fields: Any) -> None:
        """Close the bar; with ``--log-json``, the run as one JSON line."""
        self.close()
        if self.log_json:
            self._emit("summary", **self._rates(), **fields)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    # -- helpers ---------------------------------------------------------------------------------
    def _rates(self) -> dict[str, Any]:
        elapsed = time.monotonic() - self.start
        rate = self.done / elapsed if elapsed > 0 else 0.0
        out: dict[str, Any] = {"done": self.done, "total": self.total, "elapsed_s": round(elapsed, 2),
                               "rate": round(rate, 2)}
        if self.total is not None and rate > 0:
            out["eta_s"] = round(max(0, self.total - self.done) / rate, 1)
        return out

    def _emit(self, kind: str, **fields: Any) -> None:
        self._last = time.monotonic()
        print(json.dumps({"type": kind, "command": self.command, **fields}, ensure_ascii=False),
              file=self.stream, flush=True)


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def count_inputs(paths: Iterable[str]) -> int | None:
    """About how many documents these paths hold (one per file, one per non-empty line of JSON Lines), for
    the ETA; None when unknown (stdin). Reads JSONL files as bytes in blocks: fast even for large feeds."""
    total = 0
    for p in paths:
        if p == "-":
            return None
        path = Path(p)
        files = [f for f in path.rglob("*") if f.is_file() and not any(
            part.startswith(".") for part in f.relative_to(path).parts)] if path.is_dir() else [path]
        for f in files:
            total += _lines(f) if f.suffix.lower() in JSONL_SUFFIXES else 1
    return total


def _lines(path: Path) -> int:
    n, last = 0, b"\n"
    try:
        with path.open("rb") as fh:
            while block := fh.read(1 << 20):
                n += block.count(b"\n")
                last = block[-1:]
    except OSError:
        return 1
    return n + (last != b"\n")
