"""Which reader made each stored document's text (the PDF engine and its version, the HTML extractor's, ...), and
which readers found each problem file unreadable.

A document read by another reader than the one installed is not current: the next ingest reads it again and
replaces what it tells, so that evidence offsets always point into the text the record shows; a file another
reader could not read is tried again. Rows made before these columns existed have no reader, so every one of them
is read again once.

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
    with op.batch_alter_table("problems") as batch:
        batch.add_column(sa.Column("reader", sa.String(200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("problems") as batch:
        batch.drop_column("reader")
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("reader")
