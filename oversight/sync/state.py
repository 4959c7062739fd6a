"""What the record knows of its syncs, for the pages and commands that only read (no HTTP client imported)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from oversight.store import Database, tables


def syncs_finished(database: Database) -> int:
    """How many syncs have finished: a page that says when the record was last synced is stale when this grows."""
    with database.engine.connect() as connection:
        return int(connection.scalar(select(func.count()).select_from(tables.sync_runs)
                                     .where(tables.sync_runs.c.finished_at.is_not(None))) or 0)


def last_sync(database: Database) -> dict[str, Any] | None:
    """The last sync that finished: when, from where, and what it found."""
    runs = tables.sync_runs
    with database.engine.connect() as connection:
        row = connection.execute(select(runs).where(runs.c.finished_at.is_not(None))
                                 .order_by(runs.c.finished_at.desc()).limit(1)).first()
    if row is None:
        return None
    return {"base_url": row.base_url, "started_at": row.started_at.isoformat(timespec="seconds"),
            "finished_at": row.finished_at.isoformat(timespec="seconds"), "summary": row.summary}


def provider_checked(database: Database, urn: str | None) -> str | None:
    """When a council's provider page was last read (or found unchanged), as an ISO timestamp."""
    if not urn:
        return None
    pages = tables.site_pages
    with database.engine.connect() as connection:
        when = connection.scalar(select(pages.c.checked_at).where(pages.c.kind == "provider", pages.c.urn == urn)
                                 .order_by(pages.c.checked_at.desc()).limit(1))
    return when.isoformat(timespec="seconds") if when else None
