"""The engine and the small conversions every part of the store shares."""

from __future__ import annotations

import contextlib
import json
import json.encoder
import os
import threading
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy import event as sa_event
from sqlalchemy.engine import Connection, Engine

from ..records import as_date
from . import migrate
from .errors import StoreError

DEFAULT_DB_URL = "sqlite:///fogline.db"
CHUNK = 500  # ids per IN (...) query

T = TypeVar("T")


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    """Slices of at most ``size``: every IN (...) stays under the database's parameter limit."""
    for i in range(0, len(items), size):
        yield items[i:i + size]


def insert_rows(conn: Connection, table: sa.Table, rows: Sequence[dict[str, Any]]) -> None:
    """``conn.execute(table.insert(), rows)``, the same rows written; on SQLite, for rows that all have the same
    keys, without SQLAlchemy's work per row (a dict of parameters made and read back for each): the statement is
    compiled once and each row handed to the driver as a tuple of its values, through the same type conversions
    (JSON, dates). A large ingest writes hundreds of thousands of rows, where that work was most of storing."""
    if not rows:
        return
    plan = _insert_plan(conn, table, tuple(rows[0])) if conn.dialect.name == "sqlite" else None
    keys = rows[0].keys()
    if plan is None or any(r.keys() != keys for r in rows):
        conn.execute(table.insert(), rows)
        return
    sql, getters = plan
    conn.exec_driver_sql(sql, [tuple([g(r) for g in getters]) for r in rows])


_PLANS: dict[tuple[type, str, tuple[str, ...]], tuple[str, list[Any]] | None] = {}


def _insert_plan(conn: Connection, table: sa.Table, keys: tuple[str, ...]) -> tuple[str, list[Any]] | None:
    """The SQL of ``table.insert()`` for rows with these keys (qmark parameters), and for each parameter in
    order a function from a row to the value the driver gets; None when a parameter is neither a key nor a
    column with a constant default (then SQLAlchemy writes the rows)."""
    at = (type(conn.dialect), table.name, keys)
    if at in _PLANS:
        return _PLANS[at]
    compiled = table.insert().compile(dialect=conn.dialect, column_keys=list(keys))
    procs = getattr(compiled, "_bind_processors", None)  # the conversions SQLAlchemy itself applies
    positions = compiled.positiontup if procs is not None else None  # (none: another SQLAlchemy, its own path)
    getters: list[Any] | None = []
    for name in positions or []:
        proc = procs.get(name)
        if name in keys:
            getters.append(_getter(name, proc))
            continue
        col = table.c.get(name)
        default = col.default if col is not None else None
        if default is None or not getattr(default, "is_scalar", False):
            getters = None
            break
        value = proc(default.arg) if proc is not None else default.arg
        getters.append(lambda _r, _v=value: _v)
    plan = None if getters is None or positions is None else (str(compiled), getters)
    _PLANS[at] = plan
    return plan


def _getter(name: str, proc: Any) -> Any:
    if proc is None:
        return lambda r: r[name]
    return lambda r: proc(r[name])


def resolve_db_url(db: str | None) -> str:
    """``None`` → ``$FOGLINE_DB`` → ``sqlite:///fogline.db``; a plain path → ``sqlite:///<path>``."""
    if not db:
        db = os.environ.get("FOGLINE_DB") or DEFAULT_DB_URL
    if "://" in db:
        return db
    return "sqlite:///" + os.path.expanduser(db)


def engine_url(url: str) -> str:
    """A plain ``postgresql://`` URL means psycopg 3 (the driver ``fogline[postgres]`` installs), not
    SQLAlchemy's default psycopg2."""
    scheme, sep, rest = url.partition("://")
    if sep and scheme in ("postgresql", "postgres"):
        return f"postgresql+psycopg://{rest}"
    return url


def create_engine(url: str) -> Engine:
    """The engine for a store URL; a missing driver is one line saying what to install."""
    url = engine_url(url)
    try:
        return sa.create_engine(url, json_serializer=_json_dumps)
    except ModuleNotFoundError as exc:
        scheme = url.partition("://")[0].partition("+")[0]
        extra = "postgres" if scheme == "postgresql" else None
        hint = f"pip install 'fogline[{extra}]'" if extra else f"install the Python package {exc.name!r}"
        raise StoreError(f"{scheme} stores need the driver {exc.name!r}: {hint}") from None
    except sa.exc.ArgumentError as exc:
        raise StoreError(f"not a database URL: {url!r} ({exc})") from None
    except sa.exc.NoSuchModuleError:
        raise StoreError(f"unknown database in {url!r}: use sqlite:///PATH or postgresql://...") from None


_ENCODER = json.JSONEncoder(ensure_ascii=False)  # one encoder for every JSON value written
# and, where the C accelerator is there, its C encoder made once (``JSONEncoder.encode`` makes one per value),
# without the check for circular values (a dict from JSON or from an extraction has none; a circular one
# fails all the same, on the recursion limit): the same text, decided in C
_C_ENCODE = json.encoder.c_make_encoder(  # type: ignore[attr-defined]
    None, _ENCODER.default, json.encoder.encode_basestring, None, ": ", ", ", False, False, True,
) if json.encoder.c_make_encoder is not None else None  # type: ignore[attr-defined]


def _json_dumps(obj: Any) -> str:
    """``json.dumps(obj, ensure_ascii=False)`` without making an encoder per value (tens per document)."""
    if _C_ENCODE is None or isinstance(obj, str):
        return _ENCODER.encode(obj)
    return "".join(_C_ENCODE(obj, 0))


def to_date(value: Any, field: str) -> date | None:
    try:
        return as_date(value)
    except ValueError:
        raise ValueError(f"{field}: not an ISO date: {value!r}") from None


def iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def iso_ts(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.isoformat(timespec="seconds")


def utcnow() -> datetime:
    """Naive UTC to the second: what every timestamp column holds."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


class StoreBase:
    """The engine: SQLite (WAL, foreign keys on) or any SQLAlchemy URL, tables created on open."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.fusion_lock = threading.RLock()  # the pipeline fuses one batch at a time per store
        self.engine: Engine = create_engine(url)
        if self.engine.dialect.name == "sqlite":
            sa_event.listen(self.engine, "connect", _sqlite_pragmas)
        try:
            self.schema_revisions = migrate.upgrade(self.engine)  # (before, after): see fogline db upgrade
        except sa.exc.OperationalError as exc:
            self.engine.dispose()
            raise StoreError(f"cannot open the store {_safe(url)}: {short_error(exc)}") from None
        except BaseException:
            self.engine.dispose()
            raise

    def __enter__(self) -> StoreBase:
        return self

    @contextlib.contextmanager
    def _within(self, conn: Connection | None) -> Iterator[Connection]:
        """``conn`` when a caller's transaction is open (the change is part of it), else a transaction of its own."""
        if conn is not None:
            yield conn
            return
        with self.engine.begin() as own:
            yield own

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        watch = getattr(self, "_watch", None)
        if watch is not None:
            self._watch = None
            watch.close()
        self.engine.dispose()


def short_error(exc: BaseException) -> str:
    """A database error's first line, without the statement and parameters SQLAlchemy appends."""
    orig = getattr(exc, "orig", None) or exc
    lines = str(orig).strip().splitlines()
    return lines[0] if lines else type(orig).__name__


def _safe(url: str) -> str:
    return sa.engine.make_url(url).render_as_string(hide_password=True)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    try:
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA journal_mode=WAL")  # ignored (stays 'memory') for in-memory databases
        # WAL + NORMAL: no fsync per commit, still safe against corruption; a power cut may lose
        # the last commits, which a re-run of the idempotent ingest restores.
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA busy_timeout=10000")
    finally:
        cur.close()


def missing_store(url: str) -> str | None:
    """Why ``url`` names no store a reading command could open (a SQLite file that does not exist, or not a
    URL at all), or None. Opening would create an empty store, which is right for an ingest only."""
    try:
        parsed = sa.engine.make_url(url)
    except sa.exc.ArgumentError:
        return f"not a database URL: {url!r}"
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:") \
            and not parsed.database.startswith("file:") and not Path(parsed.database).exists():
        return f"no store at {parsed.database} (`fogline ingest ... --db {parsed.database}` creates one)"
    return None
