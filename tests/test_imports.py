"""Imports run one way (issue 12): read → extract → store → fuse → reconcile → serve/export. Every import of a
module under fogline/ — at the top, inside a function or under TYPE_CHECKING — names a module of an earlier
stage, so the store never starts fusion or reconciliation and extraction never reaches the store."""

import ast
from pathlib import Path

import fogline

PACKAGE = Path(fogline.__file__).parent

# Each top-level module or subpackage of fogline/ (a "unit"; ``fogline`` is the package's own __init__) has a
# stage; a unit imports only units of an earlier stage (imports within a unit are free). The shared modules come
# first, ordered by what they use; fuse assembles incidents with reconcile's rules, so reconcile comes before fuse
# (the flow, store → fuse → reconcile, is the order data is produced in: store imports neither).
STAGES: list[tuple[str, ...]] = [
    ("fogline", "records", "vocab", "text", "progress", "cache"),  # shared: version, records, vocabulary, folding,
    # progress, the cache directory
    ("lang",),  # shared: language files
    ("gazetteer",),  # shared: places (folds names with text; a region's words from the language files)
    ("actor_entries",),  # shared: what an entry of the actor dictionary is
    ("actors",),  # shared: the actor dictionary (its language's nationality words)
    ("read",),  # files, HTML, JSON → Document
    ("extract",),  # Document → Extraction
    ("store",),  # stores extractions, fusion's result and the assembled incidents; reads them back
    ("reconcile",),  # low/best/high, contradictions, grade: per event, per incident
    ("fuse",),  # events → incidents, and each incident assembled (calls reconcile)
    ("pipeline",),  # read → skip → extract → store → fuse/assemble, the one driver of the chain
    ("distributed",),  # the pipeline's extraction on a Dask cluster (fogline ingest --dask)
    ("show", "export", "evaluate"),  # what reads the store's results
    ("evaluate_fusion",),  # scores fusion with evaluate's gold files
    ("serve",),  # the web UI and API (exports)
    ("cli",),  # the command (serve, show, export, evaluate)
    ("__main__",),
]
STAGE = {unit: i for i, units in enumerate(STAGES) for unit in units}


def _unit_of(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    return "fogline" if rel.parts == ("__init__.py",) else rel.parts[0].removesuffix(".py")


def _is_unit(name: str) -> bool:
    return (PACKAGE / f"{name}.py").exists() or (PACKAGE / name / "__init__.py").exists()


def imported_units(path: Path, source: str | None = None) -> list[tuple[int, str]]:
    """(line, unit) of every fogline unit that the module at ``path`` imports, relative or absolute."""
    rel = path.relative_to(PACKAGE)
    package = ["fogline", *rel.parts[:-1]]  # what a level-1 relative import starts from
    tree = ast.parse(source if source is not None else path.read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [a.name.split(".") for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package[:len(package) - node.level + 1] if node.level else []
            mod = base + (node.module.split(".") if node.module else [])
            # ``from . import pipeline`` imports a unit; ``from .. import __version__`` the package itself
            targets = [mod + [a.name] for a in node.names] if mod == ["fogline"] else [mod]
        else:
            continue
        for t in targets:
            if t[0] != "fogline":
                continue
            out.append((node.lineno, t[1] if len(t) > 1 and _is_unit(t[1]) else "fogline"))
    return sorted(out)


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def test_every_unit_has_a_stage():
    units = {_unit_of(p) for p in _modules()}
    assert sorted(units - set(STAGE)) == [], "give the new module a stage in STAGES"
    assert sorted(set(STAGE) - units) == [], "a unit of STAGES no longer exists"


def test_imports_run_one_way():
    wrong = []
    for path in _modules():
        unit = _unit_of(path)
        for line, target in imported_units(path):
            if target != unit and STAGE[target] >= STAGE[unit]:
                wrong.append(f"{path.relative_to(PACKAGE.parent)}:{line}: {unit} imports {target}")
    assert wrong == []


def test_the_check_sees_late_relative_and_guarded_imports():
    """What the store did before incidents were saved (``from ..fuse import assemble`` inside a method, the
    pipeline under TYPE_CHECKING) is found; ``from .. import __version__`` is the package, not a unit."""
    src = ("from typing import TYPE_CHECKING\nfrom .base import chunks\nfrom .. import __version__, pipeline\n"
           "if TYPE_CHECKING:\n    from fogline.serve import app\n"
           "def incident(self):\n    from ..fuse import assemble\n    import fogline.reconcile\n")
    found = imported_units(PACKAGE / "store" / "read.py", src)
    assert found == [(2, "store"), (3, "fogline"), (3, "pipeline"), (5, "serve"), (7, "fuse"), (8, "reconcile")]
    assert [t for _, t in found if STAGE[t] >= STAGE["store"] and t != "store"] == [
        "pipeline", "serve", "fuse", "reconcile"]
