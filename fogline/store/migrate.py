"""Schema migrations (Alembic, ``migrations/`` beside this file): every open brings the store to this
version's schema, so a newer Fogline never finds tables it does not know and an upgrade never loses a store.

A new store is made by running the revisions from the start (the baseline creates today's tables); a store
made before migrations existed has no ``alembic_version`` row and takes the same path (the baseline only
adds what is missing). Before an existing SQLite file is migrated it is copied aside
(``<file>.pre-<revision>.bak``); on PostgreSQL a migration is one transaction (its DDL is transactional),
under an advisory lock so that two clients opening a team store at once do not both migrate it.

A schema change is a change to ``schema.py`` plus a revision in ``migrations/versions/`` (``down_revision`` the
previous one; column changes inside ``op.batch_alter_table`` so that SQLite can apply them); a test compares the
migrated tables with ``schema.py``.
"""

from __future__ import annotations

import sqlite3
from functools import cache
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from .errors import StoreError

MIGRATIONS = Path(__file__).parent / "migrations"
_PG_LOCK = 0x466F676C  # "Fogl": the advisory lock held while migrating


def _config(conn: sa.engine.Connection | None = None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if conn is not None:
        cfg.attributes["connection"] = conn
    return cfg


@cache
def head() -> str:
    """The revision this version of Fogline writes."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config()).get_current_head()


@cache
def _known() -> frozenset[str]:
    from alembic.script import ScriptDirectory

    return frozenset(s.revision for s in ScriptDirectory.from_config(_config()).walk_revisions())


def current(engine: Engine) -> str | None:
    """The store's revision (None: a new store, or one made before migrations)."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine) -> tuple[str | None, str]:
    """Bring the store to ``head()``; returns (revision before, revision after). Refuses a store written by
    a newer Fogline (a revision this version does not know) rather than guess at its tables."""
    before = current(engine)
    if before == head():
        return before, before
    if before is not None and before not in _known():
        raise StoreError(f"this store was written by a newer version of Fogline (schema revision {before}; "
                         f"this version knows up to {head()}): upgrade fogline")
    _backup(engine, before)
    try:
        _run(engine)
    except sa.exc.DBAPIError:
        if current(engine) != head():  # not a concurrent opener that migrated first
            raise
    return before, head()


def _run(engine: Engine) -> None:
    from alembic import command

    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK})
            from alembic.runtime.migration import MigrationContext

            if MigrationContext.configure(conn).get_current_revision() == head():
                return  # another client migrated it while we waited
        command.upgrade(_config(conn), "head")


def _backup(engine: Engine, before: str | None) -> Path | None:
    """Copy an existing SQLite file store aside before its tables change (a new store has none)."""
    if engine.dialect.name != "sqlite":
        return None
    path = engine.url.database
    if not path or path == ":memory:" or not Path(path).exists():
        return None
    with engine.connect() as conn:
        if not sa.inspect(conn).get_table_names():
            return None
    dest = Path(f"{path}.pre-{head()}.bak")
    src = sqlite3.connect(path)
    try:
        out = sqlite3.connect(dest)
        try:
            src.backup(out)  # consistent even with a writer in WAL mode
        finally:
            out.close()
    finally:
        src.close()
    return dest
