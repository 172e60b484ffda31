"""Stable incident links: ``incident_redirects`` (old id → the incident that holds its events now), written
by fusion when it renames or merges an incident away. Incident versions (ETags) are computed from what is
stored, so they need no column.

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


def upgrade() -> None:
    bind = op.get_bind()
    if "incident_redirects" not in sa.inspect(bind).get_table_names():
        op.create_table("incident_redirects",
                        sa.Column("old_id", sa.String(32), primary_key=True),
                        sa.Column("new_id", sa.String(32), nullable=False),
                        sa.Column("at", sa.DateTime, nullable=False))
        op.create_index("ix_incident_redirects_new", "incident_redirects", ["new_id"])


def downgrade() -> None:
    op.drop_index("ix_incident_redirects_new", table_name="incident_redirects")
    op.drop_table("incident_redirects")
