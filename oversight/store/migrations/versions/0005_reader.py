"""Which reader made each stored document's text (the PDF engine and its version, the HTML extractor's, ...).

A document read by another reader than the one installed is not current: the next ingest reads it again and
replaces it, so that evidence offsets always point into the text the record shows. Rows made before this column
existed have no reader, so every one of them is read again once.

Revision ID: 0005_reader
Revises: 0004_stable_keys
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_reader"
down_revision = "0004_stable_keys"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("reader", sa.String(80), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("reader")
