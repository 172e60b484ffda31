"""Where Fogline keeps what it builds from its data and may build again (the gazetteer index, the programs of the
language data's patterns): ``$FOGLINE_CACHE``, else ``~/.cache/fogline``."""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    env = os.environ.get("FOGLINE_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "fogline"
