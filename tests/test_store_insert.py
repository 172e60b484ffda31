"""``insert_rows``: the rows SQLAlchemy's own insert would write, value for value, by the shorter path where it
applies (SQLite, rows with the same keys) and by SQLAlchemy's where it does not."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa

from fogline.store.base import create_engine, insert_rows

META = sa.MetaData()
T = sa.Table("t", META, sa.Column("id", sa.Integer, primary_key=True), sa.Column("name", sa.String(20)),
             sa.Column("day", sa.Date), sa.Column("nested", sa.JSON(none_as_null=True)),
             sa.Column("flag", sa.Boolean, nullable=False, default=False), sa.Column("x", sa.Float))


def _written(tmp_path, name, rows, how):
    engine = create_engine(f"sqlite:///{tmp_path}/{name}.db")
    META.create_all(engine)
    with engine.begin() as conn:
        how(conn, rows)
    with engine.connect() as conn:
        raw = conn.exec_driver_sql("SELECT id, name, day, nested, flag, x FROM t ORDER BY id").all()
        typed = conn.execute(sa.select(T).order_by(T.c.id)).all()
    engine.dispose()
    return [tuple(r) for r in raw], [tuple(r) for r in typed]


def test_rows_are_written_as_sqlalchemy_writes_them(tmp_path):
    rows = [{"id": 1, "name": "Gao", "day": date(2025, 3, 1), "nested": {"a": [1, 2.5, None], "é": "ü"}, "x": 1.5},
            {"id": 2, "name": None, "day": None, "nested": None, "x": 2},
            {"id": 3, "name": "Mopti", "day": date(2024, 12, 31), "nested": ["x"], "x": None}]
    fast = _written(tmp_path, "fast", rows, lambda c, r: insert_rows(c, T, r))
    plain = _written(tmp_path, "plain", rows, lambda c, r: c.execute(T.insert(), r))
    assert fast == plain
    assert fast[0][0][3] == '{"a": [1, 2.5, null], "é": "ü"}' and fast[0][1][3] is None  # JSON null is SQL NULL
    assert [r[4] for r in fast[1]] == [False, False, False]  # the column's default where a row leaves it out


def test_rows_with_their_keys_in_another_order_and_a_given_default_are_written_alike(tmp_path):
    rows = [{"id": 1, "name": "a", "flag": True, "day": None, "nested": [], "x": 0.0},
            {"x": -3.25, "nested": {}, "day": date(2025, 1, 2), "flag": False, "name": "b", "id": 2}]
    fast = _written(tmp_path, "fast", rows, lambda c, r: insert_rows(c, T, r))
    plain = _written(tmp_path, "plain", rows, lambda c, r: c.execute(T.insert(), r))
    assert fast == plain and [r[4] for r in fast[1]] == [True, False] and fast[0][1][3] == "{}"


def test_rows_with_other_keys_go_by_sqlalchemy(tmp_path):
    """Rows that do not share their keys take SQLAlchemy's path, which refuses a row missing a value the
    first row gave, as it did."""
    import pytest

    rows = [{"id": 1, "name": "a"}, {"id": 2}]
    with pytest.raises(sa.exc.StatementError, match="bind parameter 'name'"):
        _written(tmp_path, "fast", rows, lambda c, r: insert_rows(c, T, r))


def test_an_integrity_error_is_sqlalchemys_as_before(tmp_path):
    import pytest

    engine = create_engine(f"sqlite:///{tmp_path}/e.db")
    META.create_all(engine)
    with pytest.raises(sa.exc.IntegrityError), engine.begin() as conn:
        insert_rows(conn, T, [{"id": 1, "name": "a"}, {"id": 1, "name": "b"}])
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM t").scalar() == 0  # the transaction rolled back
    engine.dispose()
