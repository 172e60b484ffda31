"""Alembic's environment for the store: run on the connection ``fogline.store.migrate`` hands it (in its
transaction), or on ``sqlalchemy.url`` when the ``alembic`` command is used by hand on a store."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context

from fogline.store.schema import metadata

config = context.config


def _run(conn: sa.engine.Connection) -> None:
    # batch mode: SQLite alters a table by copying it, which later revisions need for column changes
    context.configure(connection=conn, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


conn = config.attributes.get("connection")
if conn is not None:
    _run(conn)
else:
    engine = sa.create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as c:
        _run(c)
    engine.dispose()
