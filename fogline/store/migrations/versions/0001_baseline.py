"""Baseline: the schema of Fogline 0.1 with saved incidents (documents, events, claims, actors,
incident_members, overrides, reviews, audit, incidents, meta).

A frozen copy, not an import of ``schema.py``: later revisions change the schema from here. Upgrading
creates only the tables and indexes that are missing, so it also brings a store made before migrations
existed (before ``incidents`` and ``meta``) to this revision without touching its rows.

Revision ID: 0001
Revises:
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

metadata = sa.MetaData()

_ID = sa.String(255)
_JSON = sa.JSON(none_as_null=True)

documents = sa.Table(
    "documents", metadata,
    sa.Column("id", _ID, primary_key=True),
    sa.Column("url", sa.Text),
    sa.Column("outlet", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("language", sa.String(16)),
    sa.Column("published", sa.Date),
    sa.Column("text_sha256", sa.String(64), nullable=False),
    sa.Column("text", sa.Text),
    sa.Column("ingested_at", sa.DateTime),  # naive UTC
    sa.Column("background", _JSON),
    sa.Column("warnings", _JSON),
    sa.Index("ix_documents_text_sha256", "text_sha256"),
)

events = sa.Table(
    "events", metadata,
    sa.Column("id", _ID, primary_key=True),
    sa.Column("document_id", _ID, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    sa.Column("seq", sa.Integer, nullable=False),  # position in the document's extraction
    sa.Column("event_type", sa.String(64)),
    sa.Column("sub_event_type", sa.String(128)),
    sa.Column("date", sa.Date),
    sa.Column("date_precision", sa.String(16)),
    sa.Column("country", sa.String(128)),
    sa.Column("iso3", sa.String(8)),
    sa.Column("admin1", sa.Text),
    sa.Column("admin2", sa.Text),
    sa.Column("location", sa.Text),
    sa.Column("latitude", sa.Float),
    sa.Column("longitude", sa.Float),
    sa.Column("geo_precision", sa.Integer),
    sa.Column("geonames_id", sa.BigInteger),
    sa.Column("fatalities", sa.Integer),
    sa.Column("confidence", sa.Float),
    sa.Column("grade", sa.String(16)),
    sa.Column("grade_reason", sa.Text),
    sa.Column("actors", _JSON),
    sa.Column("estimates", _JSON),
    sa.Column("contradictions", _JSON),
    sa.Column("evidence", _JSON),
    sa.Column("date_evidence", _JSON),
    sa.Column("location_evidence", _JSON),
    sa.Index("ix_events_date", "date"),
    sa.Index("ix_events_country", "country"),
    sa.Index("ix_events_document_id", "document_id"),
)

claims = sa.Table(
    "claims", metadata,
    sa.Column("event_id", _ID, sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("seq", sa.Integer, primary_key=True),  # position in the event's claim list
    sa.Column("id", sa.String(255)),  # the extractor's claim id (may be empty)
    sa.Column("document_id", _ID, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    sa.Column("what", sa.String(64)),
    sa.Column("of_actor", sa.Text),
    sa.Column("low", sa.Integer),
    sa.Column("high", sa.Integer),
    sa.Column("vague", sa.Boolean),
    sa.Column("claimant", sa.Text),
    sa.Column("status", sa.String(32)),
    sa.Column("evidence_start", sa.Integer),
    sa.Column("evidence_end", sa.Integer),
    sa.Column("evidence_text", sa.Text),
    sa.Column("claimant_start", sa.Integer),
    sa.Column("claimant_end", sa.Integer),
    sa.Column("claimant_text", sa.Text),
    sa.Index("ix_claims_document_id", "document_id"),
)

actors = sa.Table(
    "actors", metadata,
    sa.Column("event_id", _ID, sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("seq", sa.Integer, primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("name_folded", sa.Text, nullable=False),  # casefolded name for filtering
    sa.Column("kind", sa.String(64)),
    sa.Column("side", sa.String(1)),
    sa.Column("country", sa.String(128)),
)

incident_members = sa.Table(
    "incident_members", metadata,
    sa.Column("event_id", _ID, sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("incident_id", sa.String(32), nullable=False),
    sa.Index("ix_incident_members_incident", "incident_id"),
)

overrides = sa.Table(
    "overrides", metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("kind", sa.String(8), nullable=False),
    sa.Column("event_a", _ID, nullable=False),
    sa.Column("event_b", _ID, nullable=False),
    sa.Column("created_at", sa.DateTime),
)

reviews = sa.Table(
    "reviews", metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("incident_id", sa.String(32), nullable=False),  # at review time
    sa.Column("field", sa.String(32), nullable=False),  # "status" holds accepted / rejected
    sa.Column("value", _JSON),
    sa.Column("event_ids", _JSON, nullable=False),  # members at review time
    sa.Column("who", sa.Text, nullable=False),
    sa.Column("at", sa.DateTime, nullable=False),  # naive UTC
    sa.Index("ix_reviews_incident", "incident_id"),
)

audit = sa.Table(
    "audit", metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("at", sa.DateTime, nullable=False),  # naive UTC
    sa.Column("who", sa.Text, nullable=False),
    sa.Column("action", sa.String(16), nullable=False),  # accept reject edit revert merge split ingest
    sa.Column("incident_id", sa.String(32)),
    sa.Column("field", sa.String(32)),
    sa.Column("before", _JSON),
    sa.Column("after", _JSON),
    sa.Column("event_ids", _JSON),  # the incident's members at the time (history follows them)
    sa.Index("ix_audit_incident", "incident_id"),
)

incidents = sa.Table(
    "incidents", metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("record", _JSON, nullable=False),
    sa.Column("stale", sa.Boolean, nullable=False, default=False),
    sa.Column("date", sa.Date),
    sa.Column("date_precision", sa.String(16)),
    sa.Column("event_type", sa.String(64)),
    sa.Column("sub_event_type", sa.String(128)),
    sa.Column("country", sa.String(128)),
    sa.Column("iso3", sa.String(8)),
    sa.Column("admin1", sa.Text),
    sa.Column("location", sa.Text),
    sa.Column("latitude", sa.Float),
    sa.Column("longitude", sa.Float),
    sa.Column("geo_precision", sa.Integer),
    sa.Column("fatalities", sa.Integer),
    sa.Column("grade", sa.String(16)),
    sa.Column("languages", sa.Text),  # comma-separated
    sa.Column("n_reports", sa.Integer),
    sa.Column("actors", _JSON),  # [{"name", "side"}]
    sa.Column("outlets", _JSON),
    sa.Column("event_ids", _JSON),
    sa.Column("document_ids", _JSON),
    sa.Column("search", sa.Text),  # casefolded text for free-text filtering
    sa.Index("ix_incidents_date", "date"),
    sa.Index("ix_incidents_stale", "stale"),
)

meta = sa.Table(
    "meta", metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text),
)


def upgrade() -> None:
    metadata.create_all(op.get_bind(), checkfirst=True)


def downgrade() -> None:
    raise NotImplementedError("the baseline is not undone: keep a copy of the store instead")
