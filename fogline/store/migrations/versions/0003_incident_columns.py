"""The columns the lists filter, sort and group on in SQL: the values shown (reviewed values applied), their
casefolded keys, the sort date and week, the review status; with the indexes of the filters and pages.

The rows already saved get these columns when their incidents are assembled again: the incident format
goes to "2" with this revision, so the first open of an upgraded store re-saves every incident
(``pipeline.upgrade``) and its summary columns with it.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

COLUMNS = [("status", sa.String(16)), ("reviewed", sa.Boolean), ("review", sa.JSON(none_as_null=True)),
           ("sort_date", sa.Date), ("week", sa.Date), ("country_key", sa.String(128)), ("iso3_key", sa.String(8)),
           ("admin1_key", sa.Text), ("type_key", sa.String(64)), ("sub_type_key", sa.String(128)),
           ("actor_keys", sa.Text)]
INDEXES = {"order": ("sort_date", "id"), "country": ("country_key", "sort_date", "id"),
           "iso3": ("iso3_key", "sort_date", "id"), "admin1": ("admin1_key", "sort_date", "id"),
           "type": ("type_key", "sort_date", "id"), "sub_type": ("sub_type_key", "sort_date", "id"),
           "week": ("week", "type_key"), "reviewed": ("reviewed",), "status": ("status",)}


def upgrade() -> None:
    have = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("incidents")}
    with op.batch_alter_table("incidents") as batch:
        for name, type_ in COLUMNS:
            if name not in have:
                batch.add_column(sa.Column(name, type_))
    for name, cols in INDEXES.items():
        op.create_index(f"ix_incidents_{name}", "incidents", list(cols))


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(f"ix_incidents_{name}", "incidents")
    with op.batch_alter_table("incidents") as batch:
        for name, _ in COLUMNS:
            batch.drop_column(name)
