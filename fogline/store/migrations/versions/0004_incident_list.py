"""``incident_list``: one narrow row per incident with the columns the lists filter, sort and group on in
SQL (the values shown, reviewed values applied; their casefolded keys; the sort date and week; the review
status), with the indexes of the filters and pages.

Existing incidents get their rows when they are assembled again: the incident format goes to "2" with this
revision, so the first open of an upgraded store re-saves every incident (``pipeline.upgrade``).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_JSON = sa.JSON(none_as_null=True)
INDEXES = {
           "order": ("sort_date", "id"), "country": ("country_key", "sort_date", "id", "fatalities"),
           "iso3": ("iso3_key", "sort_date", "id", "fatalities"),
           "admin1": ("admin1_key", "sort_date", "id", "fatalities"),
           "type": ("type_key", "sort_date", "id", "fatalities"),
           "sub_type": ("sub_type_key", "sort_date", "id", "fatalities"),
           "week": ("week", "event_type", "fatalities"),
           "geo": ("latitude", "longitude", "event_type", "fatalities"), "reviewed": ("reviewed",),
           "status": ("status",)}


def upgrade() -> None:
    if "incident_list" in sa.inspect(op.get_bind()).get_table_names():
        return
    op.create_table(
        "incident_list",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("sort_date", sa.Date, nullable=False),
        sa.Column("date", sa.Date),
        sa.Column("week", sa.Date),
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
        sa.Column("languages", sa.Text),
        sa.Column("n_reports", sa.Integer),
        sa.Column("status", sa.String(16)),
        sa.Column("reviewed", sa.Boolean, nullable=False),
        sa.Column("country_key", sa.String(128)),
        sa.Column("iso3_key", sa.String(8)),
        sa.Column("admin1_key", sa.Text),
        sa.Column("type_key", sa.String(64)),
        sa.Column("sub_type_key", sa.String(128)),
        sa.Column("actors", _JSON),
        sa.Column("actor_keys", sa.Text),
        sa.Column("outlets", _JSON),
        sa.Column("event_ids", _JSON),
        sa.Column("document_ids", _JSON),
        sa.Column("review", _JSON),
        sa.Column("search", sa.Text),
    )
    for name, cols in INDEXES.items():
        op.create_index(f"ix_incident_list_{name}", "incident_list", list(cols))


def downgrade() -> None:
    op.drop_table("incident_list")
