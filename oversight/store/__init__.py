"""Remembering: documents, what they tell, evidence, problems and resolved events, in SQLite or PostgreSQL."""

from oversight.store.database import Database, StoreError, database_url, open_database

__all__ = ["Database", "StoreError", "database_url", "open_database"]
