"""Keys that name an event or an area for improvement the same way after every ingest of the same documents.

The integer ids are renumbered whenever the events are resolved again; a key is derived from the document and the
position in it that establish the event (its most authoritative telling), so that links and plans can hang off it.
The resolved events are marked stale, so that the next ingest gives every event its key.

Revision ID: 0004_stable_keys
Revises: 0003_publisher
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_stable_keys"
down_revision = "0003_publisher"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("key", sa.String(40), nullable=True))
        batch.create_index("ix_events_key", ["key"], unique=True)
    with op.batch_alter_table("improvement_items") as batch:
        batch.add_column(sa.Column("key", sa.String(48), nullable=True))
        batch.create_index("ix_improvement_items_key", ["key"], unique=True)
    op.execute("DELETE FROM state WHERE key = 'events_resolved_from'")


def downgrade() -> None:
    with op.batch_alter_table("improvement_items") as batch:
        batch.drop_index("ix_improvement_items_key")
        batch.drop_column("key")
    with op.batch_alter_table("events") as batch:
        batch.drop_index("ix_events_key")
        batch.drop_column("key")
