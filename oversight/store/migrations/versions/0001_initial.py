"""The tables: authorities, documents and what they tell, problems, and resolved events.

Revision ID: 0001_initial
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "authorities",
        sa.Column("la_code", sa.String(8), primary_key=True),
        sa.Column("urn", sa.String(16), index=True),
        sa.Column("gss_code", sa.String(16)),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("slug", sa.String(120), nullable=False, unique=True),
        sa.Column("region", sa.String(60)),
        sa.Column("la_type", sa.String(60)),
        sa.Column("created", sa.String(10)),
        sa.Column("abolished", sa.String(10)),
        sa.Column("neighbours", sa.JSON),
        sa.Column("predecessors", sa.JSON),
        sa.Column("successors", sa.JSON),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("media_type", sa.String(120), nullable=False),
        sa.Column("document_type", sa.String(40), nullable=False, index=True),
        sa.Column("title", sa.Text),
        sa.Column("authority_code", sa.String(8), sa.ForeignKey("authorities.la_code"), index=True),
        sa.Column("page_count", sa.Integer),
        sa.Column("published_date", sa.String(10)),
        sa.Column("warnings", sa.JSON),
        sa.Column("extraction", sa.JSON, nullable=False),
        sa.Column("ingested_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "pages",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.UniqueConstraint("document_id", "number"),
    )
    op.create_table(
        "told_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("role", sa.String(12), nullable=False),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("authority_code", sa.String(8), sa.ForeignKey("authorities.la_code"), index=True),
        sa.Column("start_date", sa.String(10)),
        sa.Column("end_date", sa.String(10)),
        sa.Column("published_date", sa.String(10)),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("field", sa.String(200), nullable=False),
        sa.Column("page", sa.Integer),
        sa.Column("start", sa.Integer),
        sa.Column("end", sa.Integer),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_table(
        "people",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("name", sa.String(120), nullable=False, index=True),
        sa.Column("role", sa.String(80)),
        sa.Column("organisation", sa.String(120)),
    )
    op.create_table(
        "problems",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("sha256", sa.String(64), index=True),
        sa.Column("code", sa.String(40), nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("seen_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("path", "sha256"),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("authority_code", sa.String(8), sa.ForeignKey("authorities.la_code"), index=True),
        sa.Column("kind", sa.String(24), nullable=False, index=True),
        sa.Column("framework", sa.String(12)),
        sa.Column("ilacs_type", sa.String(12)),
        sa.Column("start_date", sa.String(10)),
        sa.Column("end_date", sa.String(10)),
        sa.Column("published_date", sa.String(10), index=True),
        sa.Column("visit_number", sa.Integer),
        sa.Column("lead_inspector", sa.String(120)),
        sa.Column("action_plan_due_date", sa.String(10)),
        sa.Column("secondary_only", sa.Boolean, nullable=False),
        sa.Column("sort_date", sa.String(10), index=True),
        sa.Column("details", sa.JSON),
    )
    op.create_index("ix_events_authority_kind", "events", ["authority_code", "kind"])
    op.create_table(
        "judgements",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("area", sa.String(80), nullable=False),
        sa.Column("grade", sa.String(24), nullable=False),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    )
    op.create_table(
        "improvement_items",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    )
    op.create_table(
        "event_sources",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("told_event_id", sa.Integer, sa.ForeignKey("told_events.id", ondelete="CASCADE"), nullable=False),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("role", sa.String(12), nullable=False),
        sa.Column("rank", sa.Integer, nullable=False),
    )


    op.create_table(
        "state",
        sa.Column("key", sa.String(60), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )


def downgrade() -> None:
    for table in ("state", "event_sources", "improvement_items", "judgements", "events", "problems", "people",
                  "evidence", "told_events", "pages", "documents", "authorities"):
        op.drop_table(table)
