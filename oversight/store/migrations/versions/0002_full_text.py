"""Full-text search over page text: FTS5 in SQLite, a GIN index on a tsvector in PostgreSQL.

Revision ID: 0002_full_text
Revises: 0001_initial
"""

from alembic import op

revision = "0002_full_text"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE pages_fts USING fts5(text, content='pages', content_rowid='id', "
                   "tokenize='porter unicode61')")
        # New pages are indexed in one batch per ingest run (Database.index_pages), which costs a quarter of
        # indexing them row by row in a trigger; deletions and updates keep the index right as they happen.
        op.execute("CREATE TRIGGER pages_fts_delete AFTER DELETE ON pages BEGIN "
                   "INSERT INTO pages_fts(pages_fts, rowid, text) VALUES ('delete', old.id, old.text); END")
        op.execute("CREATE TRIGGER pages_fts_update AFTER UPDATE ON pages BEGIN "
                   "INSERT INTO pages_fts(pages_fts, rowid, text) VALUES ('delete', old.id, old.text); "
                   "INSERT INTO pages_fts(rowid, text) VALUES (new.id, new.text); END")
    else:
        op.execute("ALTER TABLE pages ADD COLUMN search tsvector "
                   "GENERATED ALWAYS AS (to_tsvector('english', text)) STORED")
        op.execute("CREATE INDEX ix_pages_search ON pages USING GIN (search)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("pages_fts_delete", "pages_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS pages_fts")
    else:
        op.execute("DROP INDEX IF EXISTS ix_pages_search")
        op.execute("ALTER TABLE pages DROP COLUMN IF EXISTS search")
