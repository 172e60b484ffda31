"""The store's one error type: a message to show as it is (no SQL statement, no traceback)."""

from __future__ import annotations


class StoreError(ValueError):
    """A value the store cannot hold, a store it cannot open, or a database error, in one line that names
    the document and the field. The same on SQLite and PostgreSQL."""
