"""The README's architecture section names every module of the stages it describes (issue 12: the paragraph
matches the tree), so a module added or split without a word there fails here."""

import re
from pathlib import Path

import pytest

import fogline

ROOT = Path(fogline.__file__).parent
README = ROOT.parent / "README.md"


def _section() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("## Architecture")
    return text[start:text.index("\n## ", start + 1)]


@pytest.mark.parametrize("package", ["extract", "store", "fuse", "pipeline"])
def test_the_architecture_section_names_every_module(package):
    named = set(re.findall(r"`([\w/.]+)`", _section()))
    modules = sorted(p.stem for p in (ROOT / package).glob("*.py") if p.stem != "__init__")
    missing = [m for m in modules if m not in named and f"fogline/{package}/{m}.py" not in named]
    assert missing == [], f"README's architecture section does not name fogline/{package}/: {missing}"


def test_the_top_level_modules_are_named():
    named = " ".join(re.findall(r"`([^`]+)`", _section()))
    units = sorted(p.stem for p in ROOT.glob("*.py") if p.stem not in ("__init__", "__main__"))
    missing = [u for u in units if f"fogline/{u}.py" not in named and f"`{u}`" not in _section()]
    assert missing == [], f"README's architecture section does not name: {missing}"
