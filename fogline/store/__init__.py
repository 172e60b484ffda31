"""The data layer: extractions in, event and incident dicts out (SQLAlchemy Core).

SQLite is the default (one file, WAL, foreign keys on); any SQLAlchemy URL such as
``postgresql+psycopg://...`` takes the same code path. The database stays a plain database a user can
open in Datasette or DuckDB (``schema``). Every document is written in one transaction: ``add`` either
writes all of it or nothing.

    schema     the tables                      write      adding documents, events, claims
    read       events, documents, incidents    filters    one meaning for every list's filters
    fusion     what fusion reads and writes    summaries  the incident summary cache
    review     reviewed values, audit log      rows       table rows → dicts

The store stores: extraction, fusion and reconciliation run in ``fogline.pipeline``.
"""

from __future__ import annotations

from .base import DEFAULT_DB_URL, StoreBase, resolve_db_url
from .filters import FilterError, Filters, matches
from .fusion import FusionMixin
from .read import ReadMixin
from .review import ReviewMixin, apply_review
from .schema import (
    SUMMARY_VERSION,
    actors,
    audit,
    claims,
    documents,
    events,
    incident_members,
    incident_summaries,
    metadata,
    overrides,
    reviews,
)
from .summaries import SummaryMixin
from .write import WriteMixin


class Store(WriteMixin, ReadMixin, FusionMixin, SummaryMixin, ReviewMixin, StoreBase):
    """Events, claims and their documents, incidents and their review, in a SQL database."""

    def __enter__(self) -> Store:
        return self


__all__ = ["DEFAULT_DB_URL", "SUMMARY_VERSION", "FilterError", "Filters", "Store", "actors", "apply_review", "audit",
           "claims", "documents", "events", "incident_members", "incident_summaries", "matches", "metadata",
           "overrides", "resolve_db_url", "reviews"]
