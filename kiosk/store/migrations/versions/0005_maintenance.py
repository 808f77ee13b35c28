"""Maintenance: the PIN lockout state and the append-only audit log.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# The audit log is append-only in the database itself, not just by convention:
# a bug (or a hand with sqlite3) cannot quietly rewrite what a technician did.
# Only sent_at may change, once, when telemetry delivered the entry.
_TRIGGERS = (
    """CREATE TRIGGER maintenance_audit_no_delete BEFORE DELETE ON maintenance_audit
    BEGIN SELECT RAISE(ABORT, 'the maintenance audit log is append-only'); END""",
    """CREATE TRIGGER maintenance_audit_no_update
    BEFORE UPDATE OF id, at, event, detail ON maintenance_audit
    BEGIN SELECT RAISE(ABORT, 'the maintenance audit log is append-only'); END""",
    """CREATE TRIGGER maintenance_audit_sent_once
    BEFORE UPDATE OF sent_at ON maintenance_audit WHEN OLD.sent_at IS NOT NULL
    BEGIN SELECT RAISE(ABORT, 'the maintenance audit log is append-only'); END""",
)


def upgrade() -> None:
    op.create_table(
        "maintenance_lockout",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("lockouts", sa.Integer(), nullable=False),
        sa.Column("locked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("lock_seconds", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "maintenance_audit",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("event", sa.String(32), nullable=False),
        sa.Column("detail", sa.String(200), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_maintenance_audit_sent_at", "maintenance_audit", ["sent_at"])
    for trigger in _TRIGGERS:
        op.execute(trigger)


def downgrade() -> None:
    for name in ("sent_once", "no_update", "no_delete"):
        op.execute(f"DROP TRIGGER IF EXISTS maintenance_audit_{name}")
    op.drop_index("ix_maintenance_audit_sent_at", "maintenance_audit")
    op.drop_table("maintenance_audit")
    op.drop_table("maintenance_lockout")
