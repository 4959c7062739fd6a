"""Councils' post-inspection action plans and who may see them: accounts with roles per council, plans hung on the
stable keys of an event and its areas for improvement, actions and their progress, scrutiny reviews, and an
append-only audit log (the database itself refuses to change or delete an entry; each entry's hash chains to the
one before, so an edit made outside Oversight shows).

Revision ID: 0007_plans
Revises: 0006_sync
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_plans"
down_revision = "0006_sync"
branch_labels = None
depends_on = None

REFUSE = "the audit log is append-only: its entries cannot be changed or deleted"


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("username", sa.String(80), nullable=False, unique=True),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("administrator", sa.Boolean, nullable=False),
        sa.Column("failed_logins", sa.Integer, nullable=False),
        sa.Column("locked_until", sa.DateTime, nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "user_councils",
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("la_code", sa.String(8), primary_key=True),
        sa.Column("role", sa.String(12), nullable=False),  # editor or reader
    )
    op.create_table(
        "plans",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("event_key", sa.String(40), nullable=False, unique=True),
        sa.Column("la_code", sa.String(8), nullable=False, index=True),
        sa.Column("received_on", sa.String(10), nullable=True),
        sa.Column("published", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
    )
    op.create_table(
        "plan_items",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("plan_id", sa.Integer, sa.ForeignKey("plans.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("item_key", sa.String(48), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("document_id", sa.Integer, nullable=True),
        sa.Column("field", sa.String(200), nullable=True),
        sa.UniqueConstraint("plan_id", "item_key"),
    )
    op.create_table(
        "plan_actions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("item_id", sa.Integer, sa.ForeignKey("plan_items.id", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("owner_name", sa.String(120), nullable=True),
        sa.Column("owner_role", sa.String(120), nullable=True),
        sa.Column("due_date", sa.String(10), nullable=True),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
    )
    op.create_table(
        "plan_updates",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("action_id", sa.Integer, sa.ForeignKey("plan_actions.id", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("written_on", sa.String(10), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("document_id", sa.Integer, nullable=True),
        sa.Column("field", sa.String(200), nullable=True),
        sa.Column("link", sa.Text, nullable=True),
    )
    op.create_table(
        "plan_reviews",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("plan_id", sa.Integer, sa.ForeignKey("plans.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("held_on", sa.String(10), nullable=False),
        sa.Column("body", sa.String(200), nullable=False),
        sa.Column("decided", sa.Text, nullable=False),
        sa.Column("attendees", sa.Text, nullable=False),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("actor", sa.String(120), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("entity", sa.String(40), nullable=False),
        sa.Column("entity_id", sa.Integer, nullable=True),
        sa.Column("plan_id", sa.Integer, nullable=True, index=True),
        sa.Column("before", sa.JSON, nullable=True),
        sa.Column("after", sa.JSON, nullable=True),
        sa.Column("previous_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for event in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER audit_log_no_{event.lower()} BEFORE {event} ON audit_log "
                       f"BEGIN SELECT RAISE(ABORT, '{REFUSE}'); END")
    else:
        op.execute("CREATE FUNCTION audit_log_refuse() RETURNS trigger LANGUAGE plpgsql AS "
                   f"$$ BEGIN RAISE EXCEPTION '{REFUSE}'; END $$")
        op.execute("CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
                   "FOR EACH ROW EXECUTE FUNCTION audit_log_refuse()")
        op.execute("CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
                   "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse()")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect != "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log")
        op.execute("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log")
        op.execute("DROP FUNCTION IF EXISTS audit_log_refuse()")
    for table in ("audit_log", "plan_reviews", "plan_updates", "plan_actions", "plan_items", "plans",
                  "user_councils", "users"):
        op.drop_table(table)
