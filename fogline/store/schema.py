"""The tables: one readable column per scalar value, JSON only where the value is nested.

    documents  one row per document (metadata, text, sha256, background, warnings)
    events     one row per extracted event, FK documents.id
    claims     one row per claim, FK events.id; evidence spans as start/end/text columns
    actors     one row per event actor, FK events.id (for filtering; the event's
               ``actors`` JSON column keeps the full records with evidence)
    incident_members, overrides    fusion's result and the analyst's merge/split links
    incidents                      each fused incident as assembled, with the columns lists filter on
    incident_list                  each incident as the lists show it (reviewed), what they filter on
    reviews, audit                 review values and their history
    incident_redirects             where the ids fusion renamed went (stable links)
    meta                           the format of the incident records
"""

from __future__ import annotations

import sqlalchemy as sa

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

# The composite primary key (event_id, seq) is also the index on claims.event_id.
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

# Manual review: "must" joins two events' incidents, "cannot" keeps them apart; kept across re-ingests.
overrides = sa.Table(
    "overrides", metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("kind", sa.String(8), nullable=False),
    sa.Column("event_a", _ID, nullable=False),
    sa.Column("event_b", _ID, nullable=False),
    sa.Column("created_at", sa.DateTime),
)

# -- review (web UI, fogline/serve) -----------------------------------------------------------
# Reviewed values: the value an analyst gave one field of an incident, applied over the fused value
# whenever the incident is read through the API or the UI. A row is anchored on the incident's member
# events at review time, so it follows the incident when fusion renames it (a new report with a
# smaller event id), merges it or splits it: it applies to the incident holding most of those events.
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

# Every change made through review (and every ingest through the API): who, when, before, after.
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

# Stable links: an incident id that fusion renamed (a new report with a smaller event id) or merged away,
# and the incident now holding most of its events. Written in fusion's transaction; chains kept flat
# (an id renamed twice points to the latest); an id that is live again has no row.
incident_redirects = sa.Table(
    "incident_redirects", metadata,
    sa.Column("old_id", sa.String(32), primary_key=True),
    sa.Column("new_id", sa.String(32), nullable=False),
    sa.Column("at", sa.DateTime, nullable=False),  # naive UTC
    sa.Index("ix_incident_redirects_new", "new_id"),
)

def _shown() -> list[sa.Column]:
    """The incident's fields as lists show them: in ``incidents`` as fused, in ``incident_list`` as shown
    (reviewed values applied). New columns each call: a column belongs to one table."""
    return [
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
    ]


# One row per fused incident: the incident as ``fuse.assemble`` made it when fusion last changed it
# (``record``), and the fields lists, maps and filters read without opening the record. Written by
# the pipeline in the same transaction as ``incident_members``; ``stale`` marks a record whose
# events a document update replaced, until the pipeline assembles it again.
incidents = sa.Table(
    "incidents", metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("record", _JSON, nullable=False),
    sa.Column("stale", sa.Boolean, nullable=False, default=False),
    sa.Column("date", sa.Date),
    *_shown(),
    sa.Column("actors", _JSON),  # [{"name", "side"}]
    sa.Column("outlets", _JSON),
    sa.Column("event_ids", _JSON),
    sa.Column("document_ids", _JSON),
    sa.Column("search", sa.Text),  # casefolded text for free-text filtering
    sa.Index("ix_incidents_date", "date"),
    sa.Index("ix_incidents_stale", "stale"),
)

# One narrow row per incident as the lists show it (0004): the values with the analysts' reviewed values
# applied, their casefolded keys (``*_key``, what filters compare), the sort date (undated last) and week
# (its Monday), the review status; ``review`` is ``apply_review``'s ``review`` dict (fused values included).
# Written with the record, and again when a review changes (``IncidentMixin.sync_reviews``). Kept apart from
# ``incidents``: a row of its own stays small, so filters, pages and GROUP BY never read the records.
incident_list = sa.Table(
    "incident_list", metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("sort_date", sa.Date, nullable=False),
    sa.Column("date", sa.Date),
    sa.Column("week", sa.Date),
    *_shown(),
    sa.Column("status", sa.String(16)),  # accepted, rejected or none
    sa.Column("reviewed", sa.Boolean, nullable=False),  # any reviewed value or status
    sa.Column("country_key", sa.String(128)),
    sa.Column("iso3_key", sa.String(8)),
    sa.Column("admin1_key", sa.Text),
    sa.Column("type_key", sa.String(64)),
    sa.Column("sub_type_key", sa.String(128)),
    sa.Column("actors", _JSON),  # [{"name", "side"}]
    sa.Column("actor_keys", sa.Text),  # casefolded actor names, one a line
    sa.Column("outlets", _JSON),
    sa.Column("event_ids", _JSON),
    sa.Column("document_ids", _JSON),
    sa.Column("review", _JSON),
    sa.Column("search", sa.Text),  # casefolded text for free-text filtering, reviewed values included
    *(sa.Index(f"ix_incident_list_{name}", *cols) for name, cols in {
        "order": ("sort_date", "id"), "country": ("country_key", "sort_date", "id", "fatalities"),
        "iso3": ("iso3_key", "sort_date", "id", "fatalities"),
        "admin1": ("admin1_key", "sort_date", "id", "fatalities"),
        "type": ("type_key", "sort_date", "id", "fatalities"),
        "sub_type": ("sub_type_key", "sort_date", "id", "fatalities"),
        "week": ("week", "event_type", "fatalities"),
        "geo": ("latitude", "longitude", "event_type", "fatalities"), "reviewed": ("reviewed",),
        "status": ("status",)}.items()),
)

# Facts about the store itself, such as the format its incident records were written in.
meta = sa.Table(
    "meta", metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text),
)

# Bump when what ``fuse.assemble`` / ``reconcile`` put in an incident changes: a store whose records
# are of another format (or of none: written before records were saved) is re-assembled once, by
# ``pipeline.upgrade``, before its incidents are read.
INCIDENT_FORMAT = "2"  # 2: with the rows of ``incident_list``
FORMAT_KEY = "incident_format"  # the row of ``meta`` that holds it
VERSION_KEY = "incidents_version"  # changed by every write to the incidents: what list caches are keyed on
LEGACY_TABLES = ("incident_summaries",)  # the summary cache of earlier versions, dropped by the upgrade
