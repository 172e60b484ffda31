"""Schema migrations (Alembic, ``migrations/`` beside this file): every open brings the store to this
version's schema, so a newer Fogline never finds tables it does not know and an upgrade never loses a store.

A new store (no tables at all) gets this version's tables from ``schema.py`` and is stamped at ``HEAD``, without
loading Alembic (a test keeps the revisions making the same tables); a store made before migrations existed
has tables but no ``alembic_version`` row, and runs the revisions from the start (the baseline only adds what
is missing). Opening a store already at ``HEAD`` reads its revision with one query and loads no Alembic either.

Before an existing SQLite file is migrated it is copied aside
(``<file>.pre-<revision>.bak``); on PostgreSQL a migration is one transaction (its DDL is transactional),
under an advisory lock so that two clients opening a team store at once do not both migrate it.

A schema change is a change to ``schema.py`` plus a revision in ``migrations/versions/`` (``down_revision`` the
previous one; column changes inside ``op.batch_alter_table`` so that SQLite can apply them) named in ``HEAD``;
tests compare the tables the revisions make with ``schema.py`` and ``HEAD`` with Alembic's head.
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
HEAD = "0004"  # the last revision in migrations/versions (a test checks it against Alembic's head)


def _config(conn: sa.engine.Connection | None = None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if conn is not None:
        cfg.attributes["connection"] = conn
    return cfg


@cache
def _known() -> frozenset[str]:
    from alembic.script import ScriptDirectory

    return frozenset(s.revision for s in ScriptDirectory.from_config(_config()).walk_revisions())


def current(engine: Engine) -> str | None:
    """The store's revision (None: a new store, or one made before migrations)."""
    with engine.connect() as conn:
        return _revision(conn)


def _revision(conn: sa.engine.Connection) -> str | None:
    """What Alembic's ``get_current_revision`` answers, in one query: the version table's row, if any."""
    if not sa.inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine) -> tuple[str | None, str]:
    """Bring the store to ``HEAD``; returns (revision before, revision after). Refuses a store written by
    a newer Fogline (a revision this version does not know) rather than guess at its tables."""
    before = current(engine)
    if before == HEAD:
        return before, before
    if before is not None and before not in _known():
        raise StoreError(f"this store was written by a newer version of Fogline (schema revision {before}; "
                         f"this version knows up to {HEAD}): upgrade fogline")
    _backup(engine, before)
    try:
        _run(engine)
    except sa.exc.DBAPIError:
        if current(engine) != HEAD:  # not a concurrent opener that migrated first
            raise
    return before, HEAD


def _run(engine: Engine) -> None:
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK})
            if _revision(conn) == HEAD:
                return  # another client migrated it while we waited
        if sa.inspect(conn).get_table_names():
            run_revisions(conn)
        else:
            _create(conn)


def run_revisions(conn: sa.engine.Connection, target: str = "head") -> None:
    """Alembic's upgrade to ``target`` in this transaction."""
    from alembic import command

    command.upgrade(_config(conn), target)


def _create(conn: sa.engine.Connection) -> None:
    """This version's tables in an empty database, stamped at ``HEAD``: what the revisions make, at once."""
    from .schema import metadata

    metadata.create_all(conn)
    version = sa.table("alembic_version", sa.column("version_num", sa.String(32)))
    conn.execute(sa.text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                         "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"))
    conn.execute(version.insert().values(version_num=HEAD))


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
    dest = Path(f"{path}.pre-{HEAD}.bak")
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
