"""Each country's curated names (what the fuzzy scan scores first), kept in a file beside the index between runs.

Reading them is a join through every name of the country (the names table has no index by place): 40-50 ms for
Russia or Ukraine, ~150 ms over the first 92 real reports, paid again by every process that meets the country.
They depend only on the index, so they are kept in ``<index>.curated.json``, tagged with the index's size and
modification time; a missing, stale, unreadable or unwritable file only means they are read from the index again.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from pathlib import Path


class CuratedKeys:
    """Country code → its curated names (a tuple), from the file when it holds them, else from ``read``."""

    def __init__(self, index: Path):
        self._path = index.with_name(index.name + ".curated.json")
        try:
            stat = index.stat()
            self._tag = [stat.st_size, stat.st_mtime_ns]
        except OSError:
            self._tag = None
        self._known: dict[str, tuple[str, ...]] | None = None  # loaded on first ask
        self._lock = threading.Lock()

    def get(self, country_code: str, read) -> tuple[str, ...]:
        known = self._known if self._known is not None else self._load()
        found = known.get(country_code)
        if found is None:
            found = known[country_code] = tuple(read())
            self._save()
        return found

    def _load(self) -> dict[str, tuple[str, ...]]:
        known: dict[str, tuple[str, ...]] = {}
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
            if self._tag is not None and data.get("index") == self._tag:
                known = {cc: tuple(keys) for cc, keys in data["countries"].items()}
        except (OSError, ValueError, KeyError, AttributeError, TypeError):
            pass
        self._known = known
        return known

    def _save(self) -> None:
        if self._tag is None:
            return
        with self._lock:
            data = {"index": self._tag, "countries": {cc: list(keys) for cc, keys in dict(self._known).items()}}
            try:
                fd, tmp = tempfile.mkstemp(dir=self._path.parent, prefix=".curated-", suffix=".tmp")
                os.chmod(tmp, 0o644)  # as readable as the index beside it
                with os.fdopen(fd, "w", encoding="utf-8") as f:
                    json.dump(data, f, ensure_ascii=False)
                os.replace(tmp, self._path)  # whole or not at all: a reader never sees half a file
            except OSError:
                try:
                    os.unlink(tmp)
                except (OSError, UnboundLocalError):
                    pass
