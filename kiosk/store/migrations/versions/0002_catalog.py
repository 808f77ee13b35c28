"""The service catalog: the active pack, its categories, services, places, and search index.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "catalog_pack",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("version", sa.String(64), nullable=False),
        sa.Column("municipality", sa.Text(), nullable=False),
        sa.Column("languages", sa.Text(), nullable=False),
        sa.Column("extras", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "catalog_categories",
        sa.Column("id", sa.String(80), primary_key=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
    )
    op.create_table(
        "catalog_services",
        sa.Column("id", sa.String(80), primary_key=True),
        sa.Column("category", sa.String(80), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
    )
    op.create_index("ix_catalog_services_category", "catalog_services", ["category"])
    op.create_table(
        "catalog_places",
        sa.Column("id", sa.String(80), primary_key=True),
        sa.Column("data", sa.Text(), nullable=False),
    )
    op.create_table(
        "catalog_terms",
        sa.Column("word", sa.String(80), primary_key=True),
        sa.Column("lang", sa.String(3), primary_key=True),
        sa.Column("stem", sa.String(80), nullable=False),
    )
    # One row per service and language; the text is folded and stemmed by the
    # kiosk (kiosk/catalog/text.py), so the tokenizer only splits on spaces.
    op.execute(
        "CREATE VIRTUAL TABLE catalog_fts USING fts5("
        "service_id UNINDEXED, lang UNINDEXED, title, keywords, summary, body, "
        "tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3 4')"
    )


def downgrade() -> None:
    op.execute("DROP TABLE catalog_fts")
    op.drop_table("catalog_terms")
    op.drop_table("catalog_places")
    op.drop_index("ix_catalog_services_category", "catalog_services")
    op.drop_table("catalog_services")
    op.drop_table("catalog_categories")
    op.drop_table("catalog_pack")
