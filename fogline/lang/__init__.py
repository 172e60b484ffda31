"""Per-language resources: JSON data files in ``fogline/lang/<code>/``.

The extraction engine never names a word of any language; it reads these files.
Adding a language means adding a folder with the same file names (see docs/languages.md).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

LANG_DIR = Path(__file__).parent
FILES = ("triggers", "claims", "numbers", "attribution", "dates", "context", "places", "demonyms")


def available() -> list[str]:
    return sorted(p.name for p in LANG_DIR.iterdir() if p.is_dir() and (p / "triggers.json").exists())


@cache
def resources(code: str) -> dict[str, Any]:
    """All data files of one language, keyed by file name."""
    folder = LANG_DIR / code
    if not (folder / "triggers.json").exists():
        raise LookupError(f"no language resources for {code!r} (have: {', '.join(available())})")
    data: dict[str, Any] = {}
    for name in FILES:
        path = folder / f"{name}.json"
        data[name] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    return data
