"""Signing in on the web, and files attached to progress: sessions kept on the server (the cookie holds a random
token; only its hash is stored, so the table alone lets nobody in), each with its own CSRF token and, when it ran
out while a form was being typed, what had been typed; failed sign-ins counted by the name tried, whether or not
an account has it (so that the answers say nothing of which names exist), instead of on the accounts; uploaded
evidence kept in the database beside the plan it belongs to; and a progress update's citation of a passage (its
page and words) or of an uploaded file; the day a plan was sent to Ofsted; and progress notes and reviews
withdrawn (kept, and in the audit log, but no longer part of the plan).

Revision ID: 0009_web_sessions
Revises: 0008_plan_links
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_web_sessions"
down_revision = "0008_plan_links"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "web_sessions",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("csrf_token", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("last_seen", sa.DateTime, nullable=False),
        sa.Column("pending_form", sa.JSON, nullable=True),
    )
    op.create_table(
        "sign_in_failures",
        sa.Column("username", sa.String(80), primary_key=True),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("locked_until", sa.DateTime, nullable=True),
    )
    op.add_column("plans", sa.Column("sent_on", sa.String(10), nullable=True))
    op.drop_column("users", "failed_logins")  # ALTER TABLE ... DROP COLUMN: SQLite 3.35 and later
    op.drop_column("users", "locked_until")
    op.create_table(
        "plan_files",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("plan_id", sa.Integer, sa.ForeignKey("plans.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("filename", sa.String(200), nullable=False),
        sa.Column("media_type", sa.String(120), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("content", sa.LargeBinary, nullable=False),
        sa.Column("uploaded_by", sa.String(80), nullable=False),
        sa.Column("uploaded_at", sa.DateTime, nullable=False),
    )
    with op.batch_alter_table("plan_updates") as batch:
        batch.add_column(sa.Column("page", sa.Integer, nullable=True))
        batch.add_column(sa.Column("quote", sa.Text, nullable=True))
        batch.add_column(sa.Column("file_id", sa.Integer, nullable=True))
        batch.add_column(sa.Column("withdrawn_at", sa.DateTime, nullable=True))
    op.add_column("plan_reviews", sa.Column("withdrawn_at", sa.DateTime, nullable=True))


def downgrade() -> None:
    op.drop_column("plan_reviews", "withdrawn_at")
    with op.batch_alter_table("plan_updates") as batch:
        batch.drop_column("withdrawn_at")
        batch.drop_column("file_id")
        batch.drop_column("quote")
        batch.drop_column("page")
    op.drop_table("plan_files")
    op.add_column("users", sa.Column("locked_until", sa.DateTime, nullable=True))
    op.add_column("users", sa.Column("failed_logins", sa.Integer, nullable=False, server_default="0"))
    op.drop_table("sign_in_failures")
    op.drop_column("plans", "sent_on")
    op.drop_table("web_sessions")
