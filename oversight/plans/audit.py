"""The audit log of plans and accounts: who changed what, when, before and after. Entries are only ever added (the
database refuses UPDATE and DELETE on the table, by triggers the migration makes), and each entry's hash covers its
own content and the hash of the entry before it, so that an entry edited or removed outside Oversight (with the
triggers dropped) breaks the chain where it was touched."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select, text

from oversight.store import Database, tables

GENESIS = "0" * 64
CHAIN_LOCK = 0x0A0D17  # the advisory lock that orders entries on PostgreSQL (SQLite has one writer anyway)


def _digest(previous: str, at: datetime, actor: str, action: str, entity: str, entity_id: int | None,
            plan_id: int | None, before: Any, after: Any) -> str:
    content = json.dumps([previous, at.isoformat(timespec="microseconds"), actor, action, entity, entity_id, plan_id,
                          before, after], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(content.encode()).hexdigest()


def record(connection: Connection, actor: str, action: str, entity: str, entity_id: int | None,
           plan_id: int | None = None, before: Any = None, after: Any = None) -> None:
    """Add an entry, in the caller's transaction (the change and its entry are stored together or not at all)."""
    log = tables.audit_log
    if connection.dialect.name == "postgresql":  # one writer at a time, so two entries never chain from one
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHAIN_LOCK})
    elif connection.dialect.name == "sqlite":
        # take SQLite's write lock before reading the chain's last link: a transaction that reads first and writes
        # second is refused at once ('database is locked') when another writer got in between, without waiting
        connection.execute(text("UPDATE audit_log SET id = id WHERE 0"))
    previous = connection.scalar(select(log.c.hash).order_by(log.c.id.desc()).limit(1)) or GENESIS
    at = datetime.now(UTC).replace(tzinfo=None)
    digest = _digest(previous, at, actor, action, entity, entity_id, plan_id, before, after)
    connection.execute(insert(log).values(at=at, actor=actor, action=action, entity=entity, entity_id=entity_id,
                                          plan_id=plan_id, before=before, after=after, previous_hash=previous,
                                          hash=digest))


def entries(database: Database, plan_id: int | None = None, newest: int | None = None) -> list[dict[str, Any]]:
    """The log (or a plan's part of it) oldest first; with `newest`, only that many of the latest."""
    log = tables.audit_log
    query = select(log).order_by(log.c.id.desc() if newest else log.c.id).limit(newest)
    if plan_id is not None:
        query = query.where(log.c.plan_id == plan_id)
    with database.engine.connect() as connection:
        rows = [{**row._mapping, "at": row.at.isoformat(timespec="seconds")} for row in connection.execute(query)]
    return rows[::-1] if newest else rows


def broken_links(database: Database, plan_id: int | None = None) -> list[str]:
    """Where the chain does not hold: each entry whose content no longer gives its hash, or whose previous hash is
    not the hash of the entry before it. An empty list when the log is as Oversight wrote it. With a plan, only
    that plan's entries are checked, each against its own content and the entry before it (the database finds
    those, so a plan's page does not hash the whole log)."""
    log = tables.audit_log
    before = func.lag(log.c.hash).over(order_by=log.c.id).label("hash_before")
    chained = select(log, before).subquery()
    query = select(chained).order_by(chained.c.id)
    if plan_id is not None:
        query = query.where(chained.c.plan_id == plan_id)
    problems = []
    with database.engine.connect() as connection:
        for row in connection.execute(query):
            if row.previous_hash != (row.hash_before or GENESIS):
                problems.append(f"entry {row.id}: the entry before it was changed or removed")
            expected = _digest(row.previous_hash, row.at, row.actor, row.action, row.entity, row.entity_id,
                               row.plan_id, row.before, row.after)
            if expected != row.hash:
                problems.append(f"entry {row.id}: its content was changed after it was written")
    return problems
