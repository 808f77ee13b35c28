"""Session drafts: a citizen's unfinished input, wiped at the end of each session.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "session_drafts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("session_id", sa.String(64), nullable=False),
        sa.Column("key", sa.String(128), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("session_id", "key"),
    )
    op.create_index("ix_session_drafts_session_id", "session_drafts", ["session_id"])


def downgrade() -> None:
    op.drop_index("ix_session_drafts_session_id", "session_drafts")
    op.drop_table("session_drafts")
