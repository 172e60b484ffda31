"""The data layer: extractions in, event and incident dicts out (SQLAlchemy Core).

SQLite is the default (one file, WAL, foreign keys on); any SQLAlchemy URL such as
``postgresql+psycopg://...`` takes the same code path. The database stays a plain database a user can
open in Datasette or DuckDB (``schema``). A document is written whole or not at all: ``add`` in one
transaction, ``add_batch`` the new documents of a batch in one.

    schema     the tables                      write      adding documents, events, claims
    read       events and documents            filters    one meaning for every list's filters
    fusion     what fusion reads and writes    incidents  the saved incidents, lists and summaries
    review     reviewed values, audit log      rows       table rows → dicts
    pending    documents awaiting fusion (written with the document, cleared by its fusion)
    redirects  renamed incident ids → the incident holding their events now (stable links)
    aggregates totals, timeline, facets and the map's points or clusters, one query each

The store stores: extraction, fusion, assembly and reconciliation run in ``fogline.pipeline``, which
hands the store each incident as assembled, to be saved with fusion's result and read back as saved.
"""

from __future__ import annotations

from .aggregates import AggregateMixin
from .base import DEFAULT_DB_URL, StoreBase, resolve_db_url
from .errors import StoreError
from .filters import FilterError, Filters, matches
from .fusion import FusionMixin
from .incidents import OutdatedStore
from .pending import PendingMixin, pending_fusion
from .read import ReadMixin
from .redirects import RedirectMixin
from .review import ReviewMixin, apply_review
from .schema import (
    INCIDENT_FORMAT,
    actors,
    audit,
    claims,
    documents,
    events,
    incident_list,
    incident_members,
    incident_redirects,
    incidents,
    meta,
    metadata,
    overrides,
    reviews,
)
from .write import WriteMixin


class Store(WriteMixin, ReadMixin, FusionMixin, AggregateMixin, ReviewMixin, RedirectMixin, PendingMixin,
            StoreBase):
    """Events, claims and their documents, incidents and their review, in a SQL database."""

    def __enter__(self) -> Store:
        return self


__all__ = ["DEFAULT_DB_URL", "INCIDENT_FORMAT", "FilterError", "Filters", "OutdatedStore", "Store", "StoreError",
           "actors", "apply_review", "audit", "claims", "documents", "events", "incident_list", "incident_members",
           "incident_redirects", "incidents", "matches", "meta", "metadata", "overrides", "pending_fusion",
           "resolve_db_url", "reviews"]
