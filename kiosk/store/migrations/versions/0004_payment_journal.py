"""The pagoPA payment journal: payments, the notices each pays, and every state change.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "payment_journal",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("payment_id", sa.String(32), nullable=False, unique=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("reason", sa.String(64), nullable=True),
        sa.Column("ecr_ref", sa.String(40), nullable=True, unique=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("fee_cents", sa.Integer(), nullable=False),
        sa.Column("terminal_ref", sa.String(64), nullable=True),
        sa.Column("auth_code", sa.String(32), nullable=True),
        sa.Column("paid_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("printed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("prints", sa.Integer(), nullable=False),
    )
    op.create_index("ix_payment_journal_state", "payment_journal", ["state"])
    op.create_table(
        "payment_journal_notices",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "payment_id",
            sa.String(32),
            sa.ForeignKey("payment_journal.payment_id"),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("notice_code", sa.String(18), nullable=False),
        sa.Column("payee_fiscal_code", sa.String(11), nullable=False),
        sa.Column("payee_name", sa.String(200), nullable=False),
        sa.Column("description", sa.String(500), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("fee_cents", sa.Integer(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("outbox_id", sa.Integer(), nullable=True),
        sa.Column("local_receipt", sa.String(40), nullable=True),
        sa.Column("record_state", sa.String(16), nullable=True),
        sa.Column("receipt_number", sa.String(40), nullable=True),
        sa.Column("record_error", sa.Text(), nullable=True),
        sa.UniqueConstraint("payment_id", "position"),
    )
    op.create_index(
        "ix_payment_journal_notices_payment_id", "payment_journal_notices", ["payment_id"]
    )
    op.create_index(
        "ix_payment_journal_notices_notice_code", "payment_journal_notices", ["notice_code"]
    )
    op.create_table(
        "payment_journal_transitions",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "payment_id",
            sa.String(32),
            sa.ForeignKey("payment_journal.payment_id"),
            nullable=False,
        ),
        sa.Column("from_state", sa.String(16), nullable=True),
        sa.Column("to_state", sa.String(16), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reason", sa.String(64), nullable=True),
        sa.Column("detail", sa.String(200), nullable=True),
    )
    op.create_index(
        "ix_payment_journal_transitions_payment_id",
        "payment_journal_transitions",
        ["payment_id"],
    )


def downgrade() -> None:
    op.drop_index("ix_payment_journal_transitions_payment_id", "payment_journal_transitions")
    op.drop_table("payment_journal_transitions")
    op.drop_index("ix_payment_journal_notices_notice_code", "payment_journal_notices")
    op.drop_index("ix_payment_journal_notices_payment_id", "payment_journal_notices")
    op.drop_table("payment_journal_notices")
    op.drop_index("ix_payment_journal_state", "payment_journal")
    op.drop_table("payment_journal")
