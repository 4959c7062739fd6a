"""One writer at a time: the lock that `ingest` (and later `sync`) hold on a database for the whole run.

SQLite takes a lock file beside the database; PostgreSQL a session-level advisory lock. The lock is taken before
the database is opened, so that a second run neither migrates a new file at the same time as the first nor stores
the same documents twice: it waits, says so once, and then finds the first run's documents already stored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from oversight.errors import UsageError
from oversight.store.database import StoreError, database_url, sqlite_path

WAITING = "waiting for another ingest of this database"
# The advisory lock's key is two numbers: a fixed one of Oversight's ('ovrs' in ASCII) and a hash of the database
# and schema that hold the record, so that records in two schemas of one database do not wait for each other.
ADVISORY_CLASS = 0x6F767273
_KEY = "(:class, hashtext(current_database() || '.' || current_schema()))"


@contextmanager
def writer_lock(db: str | None, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the database's writer lock; when another run holds it, call `on_wait` once and wait for it."""
    url = database_url(db)
    path = sqlite_path(url)
    if path is not None:
        with _file_lock(path, on_wait):
            yield
        return
    with _advisory_lock(url, on_wait):
        yield


@contextmanager
def _file_lock(path: Path, on_wait: Callable[[str], None] | None) -> Iterator[None]:
    if not path.parent.is_dir():
        raise UsageError(f"cannot create the database: no folder {path.parent}")
    lock = FileLock(str(path) + ".lock")
    try:
        try:
            lock.acquire(timeout=0)
        except Timeout:
            if on_wait:
                on_wait(WAITING)
            lock.acquire()
    except OSError as exc:
        raise StoreError(f"cannot lock {path} for writing: {exc.strerror or exc}") from None
    try:
        yield
    finally:
        lock.release()


@contextmanager
def _advisory_lock(url: str, on_wait: Callable[[str], None] | None) -> Iterator[None]:
    engine = create_engine(url, pool_pre_ping=True)
    try:
        connection = engine.connect()
    except OperationalError as exc:
        raise StoreError(f"cannot open the database {engine.url.render_as_string(hide_password=True)}: "
                         f"{exc.orig}") from None
    try:
        connection.execution_options(isolation_level="AUTOCOMMIT")
        if connection.scalar(text("SELECT current_schema()")) is None:
            raise StoreError(f"the schema that --db names for the record does not exist in "
                             f"{engine.url.render_as_string(hide_password=True)}: create it first")
        if not connection.scalar(text(f"SELECT pg_try_advisory_lock{_KEY}"), {"class": ADVISORY_CLASS}):
            if on_wait:
                on_wait(WAITING)
            connection.execute(text(f"SELECT pg_advisory_lock{_KEY}"), {"class": ADVISORY_CLASS})
        yield
    finally:
        try:
            connection.execute(text(f"SELECT pg_advisory_unlock{_KEY}"), {"class": ADVISORY_CLASS})
        finally:
            connection.close()
            engine.dispose()
