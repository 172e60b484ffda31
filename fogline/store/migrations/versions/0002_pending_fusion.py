"""Documents awaiting fusion: a crash-safe ingest records each document it stores here, in the same
transaction, and the fusion that takes it in deletes the row in its own (``store/pending.py``).

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if "pending_fusion" not in sa.inspect(bind).get_table_names():
        op.create_table("pending_fusion", sa.Column("document_id", sa.String(255), primary_key=True))


def downgrade() -> None:
    op.drop_table("pending_fusion")
