"""What `oversight sync` knows of Ofsted's reports site: the pages it has read (with the validators that let the
next read be a conditional one), every publication listed on a council's provider page (kept when Ofsted withdraws
it, with the day it was last seen), and each run.

Revision ID: 0006_sync
Revises: 0005_reader
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_sync"
down_revision = "0005_reader"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "site_pages",
        sa.Column("url", sa.Text, primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("urn", sa.String(16), nullable=True),
        sa.Column("etag", sa.Text, nullable=True),
        sa.Column("last_modified", sa.Text, nullable=True),
        sa.Column("checked_at", sa.DateTime, nullable=False),
        sa.Column("found", sa.JSON, nullable=False),
    )
    op.create_table(
        "publications",
        sa.Column("url", sa.Text, primary_key=True),
        sa.Column("urn", sa.String(16), nullable=False, index=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("listed_date", sa.String(10), nullable=True),
        sa.Column("first_seen", sa.DateTime, nullable=False),
        sa.Column("last_seen", sa.DateTime, nullable=False),
        sa.Column("withdrawn", sa.Boolean, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=True, index=True),
        sa.Column("file", sa.Text, nullable=True),
    )
    op.create_table(
        "sync_runs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("base_url", sa.Text, nullable=False),
        sa.Column("started_at", sa.DateTime, nullable=False),
        sa.Column("finished_at", sa.DateTime, nullable=True),
        sa.Column("summary", sa.JSON, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("sync_runs")
    op.drop_table("publications")
    op.drop_table("site_pages")
