import json
import os
from datetime import date
from pathlib import Path

import jsonschema
import pytest

from fogline.records import Document

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("FOGLINE_SHARED", ROOT.parent / "shared"))  # a worktree elsewhere sets it
SCHEMA = json.loads((ROOT / "fogline" / "schema" / "extraction.schema.json").read_text())
SAMPLES = ROOT / "fogline" / "samples" / "reports.jsonl"
TEXTS = Path(__file__).parent / "texts"


REPORT = ("Gunmen on motorbikes attacked the village of Dioura on Tuesday and killed at least 14 civilians, "
          "residents said. The army said it killed 6 assailants in pursuit operations on Wednesday.")


def run(capsys, *argv) -> tuple[int, str, str]:
    """``fogline`` with these arguments in this process: (exit code, stdout, stderr)."""
    from fogline.cli import main

    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def validate(extraction: dict, text: str) -> None:
    """Schema-valid, and every evidence span equals the text at its offsets."""
    jsonschema.validate(extraction, SCHEMA)
    for ev in iter_evidence(extraction):
        assert text[ev["start"]:ev["end"]] == ev["text"], ev


def iter_evidence(obj):
    if isinstance(obj, dict):
        if set(obj) >= {"start", "end", "text"} and isinstance(obj.get("start"), int):
            yield obj
        for v in obj.values():
            yield from iter_evidence(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from iter_evidence(v)


def doc(text: str, published: str | None = "2025-06-15", language: str = "en", id: str = "t") -> Document:
    return Document(id=id, text=text, language=language,
                    published=date.fromisoformat(published) if published else None)


def samples() -> list[dict]:
    return [json.loads(line) for line in SAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]


needs_shared = pytest.mark.skipif(not (SHARED / "corpus").exists(), reason="../shared corpus not present")


# -- the backend matrix -----------------------------------------------------------------------------
# The store, pipeline (fusion) and API tests run twice: on SQLite, and on PostgreSQL (``backend`` in their
# ``pytestmark``). On PostgreSQL every store URL the code under test opens, ``sqlite:///PATH`` included (the
# CLI's ``--db PATH``), is mapped to a database of its own on the session's server (tests/pgserver.py), so the
# same test code exercises both. Without a server the PostgreSQL half is skipped with the reason.
_PG_STATE: dict = {}


@pytest.fixture(scope="session")
def pg_server():
    from pgserver import PgServer

    server = PgServer()
    ok = server.start()
    _PG_STATE["reason"] = None if ok else server.reason
    if not ok:
        server.stop()
        pytest.skip(f"PostgreSQL not available: {server.reason}")
    _PG_STATE["url"] = server.admin_url
    _PG_STATE["server"] = server
    yield server
    server.stop()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def backend(request):
    """The database the module's stores live in; on "postgresql", ``sqlite:///PATH`` URLs are redirected."""
    if request.param == "sqlite":
        yield "sqlite"
        return
    server = request.getfixturevalue("pg_server")
    import itertools

    import fogline.store.base as base

    real = base.create_engine
    fresh = itertools.count()

    def create_engine(url: str):
        if url.startswith("sqlite:"):
            path = url.split(":///", 1)[1] if ":///" in url else ""
            url = server.url_for(path if path not in ("", ":memory:") else f"memory-{next(fresh)}")
        return real(url)

    _PG_STATE["used"] = True
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(base, "create_engine", create_engine)
        mp.setattr(base, "missing_store", lambda url: None)  # a redirected sqlite path is a database, not a file
        yield "postgresql"


def copy_store(backend: str, src, dst) -> None:
    """Copy a test store (a file on SQLite; a database made from a template on PostgreSQL)."""
    if backend == "sqlite":
        import shutil

        shutil.copy(src, dst)
        return
    server = _pg()
    server.url_for(str(dst), template=server.db_name(str(src)))


def script(name: str):
    """A script of ``scripts/`` as a module (``kill_test``: the store dump that compares two stores)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def base_db(tmp_path_factory, backend):
    """A store made once per module by ``fogline ingest`` of the bundled samples; a module that needs other
    reports defines its own ``base_db``."""
    from fogline.cli import main

    path = tmp_path_factory.mktemp("base") / "base.db"
    assert main(["ingest", str(SAMPLES), "--db", str(path), "--quiet"]) == 0
    return path


@pytest.fixture()
def db(base_db, tmp_path, backend):
    """A fresh copy of the module's ``base_db`` for one test (which may write to it)."""
    path = tmp_path / "copy.db"
    copy_store(backend, base_db, path)
    return path


def raw_engine(path):
    """An engine on the test store at ``path`` (whichever backend the module runs on), for tests that edit
    tables by hand; no migration, no pragmas."""
    import fogline.store.base as base

    return base.create_engine(f"sqlite:///{path}")


def sqlite_only(backend: str, why: str) -> None:
    if backend != "sqlite":
        pytest.skip(f"SQLite only: {why}")


def _pg():
    return _PG_STATE["server"]


def pytest_terminal_summary(terminalreporter):
    reason = _PG_STATE.get("reason")
    if reason:
        terminalreporter.write_line(f"NOTICE: the PostgreSQL half of the backend matrix was skipped: {reason}",
                                    yellow=True)
    elif _PG_STATE.get("used"):
        terminalreporter.write_line(f"backend matrix: store, pipeline and API tests also ran on PostgreSQL "
                                    f"({_PG_STATE.get('url')})")


def store_rows(db) -> tuple[list, list, list]:
    """Documents, events and incidents of a SQLite store, without ingest times: two stores built the same
    way compare equal."""
    from fogline.store import Store

    with Store(f"sqlite:///{db}") as s:
        docs = [{k: v for k, v in d.items() if k != "ingested_at"} for d in s.documents()]
        events = [{k: v for k, v in e.items() if k != "ingested_at"} for e in s.events()]
        return docs, events, s.incidents()


def extracted(text: str, language: str = "en", published: date = date(2025, 3, 14)):
    """One test text extracted by its language's shared extractor (an ``Extraction``, records not dicts)."""
    from fogline.extract import extractor_for

    return extractor_for(language).extract(Document(id="t", text=text, language=language, published=published))


def first_event(text: str, language: str = "en"):
    """The first event of a short test text (the test fails when the text gives none)."""
    events = extracted(text, language).events
    assert events, "no event"
    return events[0]


def event_parties(text: str, language: str = "en") -> tuple[str, dict[str, str]]:
    """(event type, {actor name: side}) of a short test text's first event."""
    e = first_event(text, language)
    return e.event_type, {a.name: a.side for a in e.actors}


def claim_rows(text: str, language: str = "en", published: date | str = date(2025, 3, 14)) -> list[tuple]:
    """(what, low, of, claimant) of every claim of every event of a short test text."""
    when = published if isinstance(published, date) else date.fromisoformat(published)
    return [(c.what, c.low, c.of, c.claimant) for e in extracted(text, language, when).events for c in e.claims]


def event_place(text: str, lang: str = "en", published: date = date(2025, 3, 4)):
    """The place of the first event of one test text (failing, with the text, when there is none)."""
    events = extracted(text, lang, published).events
    assert events, text
    return events[0].place


def claimant_of(text: str, low: int, language: str = "en") -> str:
    """The claimant of the first claim of a short test text whose low figure is ``low``."""
    found = [c for c in claim_rows(text, language) if c[1] == low]
    assert found, claim_rows(text, language)
    return found[0][3]


def victims_of(text: str, low: int, language: str = "en") -> str:
    """Whose toll (``of``) the first claim of a short test text whose low figure is ``low`` counts."""
    found = [c for c in claim_rows(text, language) if c[1] == low]
    assert found, claim_rows(text, language)
    return found[0][2]
