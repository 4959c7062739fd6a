"""Opening the database (SQLite file by default, PostgreSQL by URL), migrating it, and writing what was read."""

from __future__ import annotations

import hashlib
import json
import os
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Row, bindparam, create_engine, delete, event, func, insert, select, text, update
from sqlalchemy.exc import DatabaseError, OperationalError, ProgrammingError

from oversight.errors import NotFoundError, OversightError, UsageError
from oversight.reference import AuthorityRegistry, load_authorities
from oversight.store import tables

DEFAULT_DB = "oversight.db"
FTS_STATE_KEY = "pages_indexed_to"
# which documents the resolved events were built from (analysis.resolve); removed when one is read again in place
RESOLVED_STATE_KEY = "events_resolved_from"
AUTHORITIES_STATE_KEY = "authorities_from"  # a fingerprint of the reference table the authorities were written from
# The newest migration: a database at this revision is read without touching Alembic (tests/test_store_ingest.py
# checks that it is the migrations' head).
SCHEMA_HEAD = "0009_web_sessions"


class StoreError(OversightError):
    code = "store"


def database_url(db: str | None = None) -> str:
    """A file path or URL from --db, else OVERSIGHT_DB, else ./oversight.db, as an SQLAlchemy URL."""
    value = db or os.environ.get("OVERSIGHT_DB") or DEFAULT_DB
    if value.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + value.split("://", 1)[1]
    if value.startswith(("postgresql+psycopg://", "sqlite:///")):
        return value
    if "://" in value:
        raise UsageError(f"--db takes an SQLite file's path or a postgresql:// URL, not {value.split('://')[0]}://")
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file of an SQLite URL; None for a server's URL."""
    return Path(url[len("sqlite:///"):].split("?")[0]) if url.startswith("sqlite:///") else None


class Database:
    """A migrated database and its engine; authorities are kept in step with the reference table.

    With `create` (ingest, sync), the database is made if need be, migrated, and must be writable. Without it (every
    command that only reads), it must already hold a record; it is written only where it is behind this version of
    Oversight, and a read-only SQLite file (in a read-only folder too) is read as it is."""

    def __init__(self, url: str, registry: AuthorityRegistry | None = None, create: bool = True) -> None:
        self.url = url
        self.registry = registry or load_authorities()
        path = sqlite_path(url)
        self.read_only = path is not None and path.exists() and not (
            os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))
        try:
            self.engine = _engine(url, self.read_only, journal=create)
            migrated = False
            if create:
                self.migrate()
                self._check_writable()
            else:
                migrated = self._check_current()
            if not self.read_only:
                self._sync_authorities(required=create)
            # a record made by an earlier version, migrated by this read: its events are to be resolved again
            # (analysis.record.open_record does it, the layer that knows how)
            self.upgraded = migrated
        except OperationalError as exc:
            raise StoreError(f"cannot open the database {self.safe_url}: {_one_line(exc.orig)}") from None
        except DatabaseError as exc:
            if "file is not a database" in str(exc.orig):
                raise StoreError(f"{self.safe_url} is not an Oversight database: {exc.orig}") from None
            raise StoreError(f"cannot use the database {self.safe_url}: {_one_line(exc.orig)}") from None

    @property
    def safe_url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True) if hasattr(self, "engine") else self.url

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def _check_current(self) -> bool:
        """A database that holds a record at this version's schema, migrated on the way if it is behind (then
        True)."""
        try:
            with self.engine.connect() as connection:
                revision = connection.scalar(text("SELECT version_num FROM alembic_version"))
        except (OperationalError, ProgrammingError) as exc:
            if "alembic_version" not in str(exc.orig):
                raise
            revision = None  # no such table: nothing Oversight made
        if revision is None:
            raise NotFoundError(f"{self.safe_url} holds no Oversight record: `oversight ingest` makes one")
        if revision != SCHEMA_HEAD:
            if self.read_only:
                raise StoreError(f"{self.safe_url} was made by an earlier version of Oversight and cannot be "
                                 "written here: run `oversight ingest` on it where it can be written, once")
            self.migrate()
            return True
        return False

    def _check_writable(self) -> None:
        """Fail now, before any file is read, where nothing can be stored."""
        if self.read_only:
            raise StoreError(f"cannot write to the database {self.safe_url}: the file or its folder is read-only")
        try:
            with self.engine.begin() as connection:
                state = tables.state
                connection.execute(update(state).where(state.c.key == "").values(value=state.c.value))
        except DatabaseError as exc:
            raise StoreError(f"cannot write to the database {self.safe_url}: {exc.orig}") from None

    def migrate(self) -> None:
        from alembic import command
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(resources.files("oversight.store") / "migrations"))
        with self.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    def _sync_authorities(self, required: bool = True) -> None:
        """Write the reference table's authorities where the stored ones differ (a read changes nothing): a
        fingerprint of the table, kept in the state table, says whether they do without reading them all. Where
        they differ and cannot be written (a role that may only read), a read goes on with the stored ones."""
        wanted = {a.la_code: self._authority_values(a) for a in self.registry}
        fingerprint = hashlib.sha256(json.dumps(wanted, sort_keys=True).encode()).hexdigest()
        with self.engine.connect() as connection:
            stored = connection.scalar(select(tables.state.c.value)
                                       .where(tables.state.c.key == AUTHORITIES_STATE_KEY))
        if stored == fingerprint:
            return
        try:
            self._write_authorities(wanted, fingerprint)
        except DatabaseError:
            if required:
                raise

    def _write_authorities(self, wanted: dict[str, dict[str, Any]], fingerprint: str) -> None:
        authorities, state = tables.authorities, tables.state
        with self.engine.begin() as connection:
            existing = set(connection.scalars(select(authorities.c.la_code)))
            for code, values in wanted.items():
                if code in existing:
                    connection.execute(update(authorities).where(authorities.c.la_code == code).values(**values))
                else:
                    connection.execute(insert(authorities).values(la_code=code, **values))
            connection.execute(delete(state).where(state.c.key == AUTHORITIES_STATE_KEY))
            connection.execute(insert(state).values(key=AUTHORITIES_STATE_KEY, value=fingerprint))

    @staticmethod
    def _authority_values(authority: Any) -> dict[str, Any]:
        return {"urn": authority.urn, "gss_code": authority.gss_code, "name": authority.name, "slug": authority.slug,
                "region": authority.region, "la_type": authority.la_type,
                "created": authority.created.isoformat() if authority.created else None,
                "abolished": authority.abolished.isoformat() if authority.abolished else None,
                "neighbours": list(authority.statistical_neighbours),
                "predecessors": list(authority.predecessors), "successors": list(authority.successors)}

    # --- writing ------------------------------------------------------------------------------------------------

    def known_hashes(self) -> set[str]:
        """What ingest may skip: the sha256 of every stored document read by the reader installed now (the same
        bytes anywhere are the same document; one read by another reader is read again), and the `file_key` of
        every file known to be unreadable (the same bad bytes at another path are another problem to record)."""
        from oversight.documents.model import all_readers, file_key, reader_version  # not needed to answer questions

        documents, problems = tables.documents, tables.problems
        with self.engine.connect() as connection:
            stored = {sha256 for sha256, media_type, reader in connection.execute(
                select(documents.c.sha256, documents.c.media_type, documents.c.reader))
                if reader == reader_version(media_type)}
            bad = connection.execute(select(problems.c.sha256, problems.c.path).where(
                problems.c.sha256.is_not(None), problems.c.reader == all_readers()))
            return stored | {file_key(str(sha256), path) for sha256, path in bad}

    def store_extraction(self, extraction: dict[str, Any], pages: list[str]) -> int:
        """Store one document and all it tells, in one transaction: all of it or none of it. A document stored by
        another reader (`reader_version`) is read again in place: it keeps its id, so the events resolved from it
        keep their grades and items until they are resolved again; its new pages are written before the old ones go,
        so that they take new ids (which the full-text index takes up); and the resolved events are marked stale."""
        from oversight.documents.model import reader_version

        source = extraction["source"]
        subject = next((e for e in extraction.get("events", []) if e["role"] == "subject"), None)
        reader = reader_version(source.get("media_type", ""))
        values = {
            "reader": reader, "sha256": source["sha256"], "path": source["path"],
            "media_type": source.get("media_type", ""), "document_type": extraction.get("document_type", "other"),
            "title": extraction.get("title"),
            "authority_code": (extraction.get("local_authority") or {}).get("la_code"),
            "page_count": source.get("pages"), "published_date": (subject or {}).get("published_date"),
            "warnings": extraction.get("warnings", []), "extraction": extraction, "ingested_at": _now(),
            "source_url": source.get("url"), "publisher": (extraction.get("publisher") or {}).get("kind")}
        with self.engine.begin() as connection:
            stored = connection.execute(_STORED_DOCUMENT, {"sha256": source["sha256"]}).first()
            if stored is not None and stored.reader == reader:
                return 0
            if stored is None:
                # statements built once, with the values passed as parameters: building one per document cost
                # more than running it
                document_id = connection.execute(_INSERT_DOCUMENT, values).scalar_one()
                old_pages_to = None
            else:
                document_id = stored.id
                page_rows = tables.pages
                old_pages_to = connection.scalar(select(func.max(page_rows.c.id))
                                                 .where(page_rows.c.document_id == stored.id))
                connection.execute(update(page_rows).where(page_rows.c.document_id == stored.id)  # out of the way
                                   .values(number=-page_rows.c.number))
                connection.execute(update(tables.documents).where(tables.documents.c.id == stored.id).values(**values))
                for table in (tables.told_events, tables.evidence, tables.people):
                    connection.execute(delete(table).where(table.c.document_id == stored.id))
                connection.execute(delete(tables.state).where(tables.state.c.key == RESOLVED_STATE_KEY))
            connection.execute(insert(tables.pages), [{"document_id": document_id, "number": i + 1, "text": page}
                                                      for i, page in enumerate(pages)])
            if old_pages_to is not None:
                connection.execute(delete(tables.pages).where(tables.pages.c.document_id == document_id,
                                                         tables.pages.c.id <= old_pages_to))
            told = [{"document_id": document_id, "position": i, "role": e["role"], "kind": e["kind"],
                     "authority_code": (e.get("local_authority") or {}).get("la_code"),
                     "start_date": e.get("start_date"), "end_date": e.get("end_date"),
                     "published_date": e.get("published_date"), "data": e}
                    for i, e in enumerate(extraction.get("events", []))]
            if told:
                connection.execute(insert(tables.told_events), told)
            evidence = [{"document_id": document_id, "field": e["field"], "page": e.get("page"),
                         "start": e.get("start"), "end": e.get("end"), "text": e["text"]}
                        for e in extraction.get("evidence", [])]
            if evidence:
                connection.execute(insert(tables.evidence), evidence)
            people = [{"document_id": document_id, "name": p["name"], "role": p.get("role"),
                       "organisation": p.get("organisation")} for p in extraction.get("people", [])]
            if people:
                connection.execute(insert(tables.people), people)
            connection.execute(_DELETE_PROBLEMS, {"path": source["path"]})
            return int(document_id)

    def index_pages(self) -> int:
        """Add pages stored since the last call to SQLite's full-text index (PostgreSQL indexes as it inserts)."""
        if self.dialect != "sqlite":
            return 0
        with self.engine.begin() as connection:
            done = connection.execute(select(tables.state.c.value).where(tables.state.c.key == FTS_STATE_KEY)).scalar()
            done_to = int(done) if done else 0
            highest = connection.execute(select(func.max(tables.pages.c.id))).scalar() or 0
            if highest <= done_to:
                return 0
            added = connection.execute(text("INSERT INTO pages_fts(rowid, text) SELECT id, text FROM pages "
                                            "WHERE id > :done"), {"done": done_to}).rowcount
            if done is None:
                connection.execute(insert(tables.state).values(key=FTS_STATE_KEY, value=str(highest)))
            else:
                connection.execute(update(tables.state).where(tables.state.c.key == FTS_STATE_KEY)
                                   .values(value=str(highest)))
            return added

    def store_problem(self, path: str, code: str, message: str, sha256: str | None) -> None:
        """Keep a file that could not be read, with the readers that tried it (other readers will try again)."""
        from oversight.documents.model import all_readers

        problems = tables.problems
        values = {"code": code, "message": message, "seen_at": _now(), "reader": all_readers()}
        with self.engine.begin() as connection:
            found = connection.scalar(select(problems.c.id).where(problems.c.path == path,
                                                                  problems.c.sha256 == sha256))
            if found is None:
                connection.execute(insert(problems).values(path=path, sha256=sha256, **values))
            else:
                connection.execute(update(problems).where(problems.c.id == found).values(**values))

    # --- reading ------------------------------------------------------------------------------------------------

    def problems(self) -> list[Row[Any]]:
        """Every file that could not be read (rows with path, sha256, code, message, seen_at and reader)."""
        with self.engine.connect() as connection:
            return list(connection.execute(select(tables.problems).order_by(tables.problems.c.path)))

    def last_page_id(self) -> int:
        """The newest page's id: it changes when a document is read again in place, when no count does."""
        with self.engine.connect() as connection:
            return int(connection.scalar(select(func.max(tables.pages.c.id))) or 0)

    def counts(self) -> dict[str, int]:
        counted = (tables.documents, tables.pages, tables.told_events, tables.evidence, tables.events, tables.problems)
        with self.engine.connect() as connection:
            return {table.name: connection.scalar(select(func.count()).select_from(table)) or 0 for table in counted}

    def integrity_problems(self) -> list[str]:
        """What a crash could have left half-written: an empty list when the database is consistent."""
        found = []
        with self.engine.connect() as connection:
            if self.dialect == "sqlite":
                result = connection.execute(text("PRAGMA integrity_check")).scalar()
                if result != "ok":
                    found.append(f"integrity_check: {result}")
                for row in connection.execute(text("PRAGMA foreign_key_check")):
                    found.append(f"foreign key broken: {tuple(row)}")
            orphans = connection.execute(text(
                "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM pages p WHERE p.document_id = d.id)"
            )).scalar()
            if orphans:
                found.append(f"{orphans} documents without pages")
            for table in ("pages", "told_events", "evidence", "people"):
                dangling = connection.execute(text(
                    f"SELECT count(*) FROM {table} t "
                    "WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = t.document_id)"
                )).scalar()
                if dangling:
                    found.append(f"{dangling} rows of {table} without their document")
            mismatched = connection.execute(text(
                "SELECT count(*) FROM documents d WHERE d.page_count IS NOT NULL AND d.page_count <> "
                "(SELECT count(*) FROM pages p WHERE p.document_id = d.id)"
            )).scalar()
            if mismatched:
                found.append(f"{mismatched} documents whose pages are incomplete")
        return found


def open_database(db: str | None = None, create: bool = True) -> Database:
    """The database named by --db (see database_url). Only `create` (ingest, sync) may make one; without it a
    database that is not there is an error that says so, never a new empty record."""
    url = database_url(db)
    path = sqlite_path(url)
    if path is not None:
        if not create and not path.exists():
            raise NotFoundError(f"no database at {path}: `oversight ingest` makes one")
        if path.is_dir():
            raise UsageError(f"--db {path} is a folder: give the database file's path")
        if not path.parent.is_dir():
            raise UsageError(f"cannot create the database: no folder {path.parent}")
    return Database(url, create=create)


_STORED_DOCUMENT = (select(tables.documents.c.id, tables.documents.c.reader)
                    .where(tables.documents.c.sha256 == bindparam("sha256")))
_INSERT_DOCUMENT = insert(tables.documents).returning(tables.documents.c.id)
_DELETE_PROBLEMS = delete(tables.problems).where(tables.problems.c.path == bindparam("path"))


def _engine(url: str, read_only: bool = False, journal: bool = True) -> Engine:
    """An engine for the URL. A read-only SQLite file is opened read-only, and as immutable (no lock or journal file
    needed beside it) only when no write-ahead log lies beside it, whose transactions would otherwise be missed.
    Only a run that writes (`journal`) puts the file in write-ahead-log mode."""
    path = sqlite_path(url)
    if path is not None and read_only:
        wal = path.with_name(path.name + "-wal")
        options = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
        return create_engine(f"sqlite:///file:{path}?{options}&uri=true")
    if path is not None:
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(connection, _record) -> None:  # type: ignore[no-untyped-def]
            cursor = connection.cursor()
            if journal:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()
            # Python's sqlite3 commits before every CREATE or ALTER on its own, so a run killed while a new
            # database was being migrated left tables without their version ('table authorities already exists'
            # at the next open). Leaving transactions to SQLAlchemy alone makes each migration all or nothing.
            connection.isolation_level = None

        @event.listens_for(engine, "begin")
        def _begin(connection) -> None:  # type: ignore[no-untyped-def]
            connection.exec_driver_sql("BEGIN")

        return engine
    return create_engine(url, pool_pre_ping=True)


def _one_line(error: BaseException | None) -> str:
    """A driver's message on one line (PostgreSQL's add a hint on a line of their own)."""
    return " ".join(str(error).split())


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
