"""What later visits said of a plan's items: a link from a plan item to an area for improvement of a later
inspection or visit of the same council, suggested by Oversight and confirmed or rejected by a person.

Revision ID: 0008_plan_links
Revises: 0007_plans
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_plan_links"
down_revision = "0007_plans"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "plan_links",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("item_id", sa.Integer, sa.ForeignKey("plan_items.id", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("later_item_key", sa.String(48), nullable=False),
        sa.Column("decision", sa.String(12), nullable=False),
        sa.Column("decided_by", sa.String(80), nullable=False),
        sa.Column("decided_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("item_id", "later_item_key"),
    )


def downgrade() -> None:
    op.drop_table("plan_links")
