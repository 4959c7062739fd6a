"""Where each document was published (its address) and who published it: the weight it carries in the record.

Revision ID: 0003_publisher
Revises: 0002_full_text
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_publisher"
down_revision = "0002_full_text"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("source_url", sa.Text, nullable=True))
        batch.add_column(sa.Column("publisher", sa.String(20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("publisher")
        batch.drop_column("source_url")
