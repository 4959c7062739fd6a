"""Opening the database (SQLite file by default, PostgreSQL by URL), migrating it, and writing what was read."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, delete, event, func, insert, select, text, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from oversight.documents import file_key
from oversight.errors import OversightError, UsageError
from oversight.reference import AuthorityRegistry, load_authorities
from oversight.store.models import (
    AuthorityRow,
    DocumentRow,
    EventRow,
    EvidenceRow,
    PageRow,
    PersonRow,
    ProblemRow,
    StateRow,
    ToldEventRow,
)

DEFAULT_DB = "oversight.db"
FTS_STATE_KEY = "pages_indexed_to"


class StoreError(OversightError):
    code = "store"


def database_url(db: str | None = None) -> str:
    """A file path or URL from --db, else OVERSIGHT_DB, else ./oversight.db, as an SQLAlchemy URL."""
    value = db or os.environ.get("OVERSIGHT_DB") or DEFAULT_DB
    if value.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + value.split("://", 1)[1]
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


class Database:
    """A migrated database and the sessions to use it; authorities are kept in step with the reference table."""

    def __init__(self, url: str, registry: AuthorityRegistry | None = None) -> None:
        self.url = url
        self.registry = registry or load_authorities()
        try:
            self.engine = _engine(url)
            self.migrate()
        except OperationalError as exc:
            raise StoreError(f"cannot open the database {self.safe_url}: {exc.orig}") from None
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._sync_authorities()

    @property
    def safe_url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True) if hasattr(self, "engine") else self.url

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def migrate(self) -> None:
        config = Config()
        config.set_main_option("script_location", str(resources.files("oversight.store") / "migrations"))
        with self.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self.sessions() as session:
            yield session

    def _sync_authorities(self) -> None:
        with self.sessions.begin() as session:
            existing = {row.la_code: row for row in session.scalars(select(AuthorityRow))}
            for authority in self.registry:
                row = existing.get(authority.la_code) or AuthorityRow(la_code=authority.la_code)
                row.urn, row.gss_code, row.name, row.slug = (
                    authority.urn, authority.gss_code, authority.name, authority.slug)
                row.region, row.la_type = authority.region, authority.la_type
                row.created = authority.created.isoformat() if authority.created else None
                row.abolished = authority.abolished.isoformat() if authority.abolished else None
                row.neighbours = list(authority.statistical_neighbours)
                row.predecessors, row.successors = list(authority.predecessors), list(authority.successors)
                session.add(row)

    # --- writing ------------------------------------------------------------------------------------------------

    def known_hashes(self) -> set[str]:
        """What ingest may skip: the sha256 of every stored document (the same bytes anywhere are the same
        document), and the `file_key` of every file known to be unreadable (the same bad bytes at another path are
        another problem to record)."""
        with self.session() as session:
            stored = set(session.scalars(select(DocumentRow.sha256)))
            bad = session.execute(select(ProblemRow.sha256, ProblemRow.path).where(ProblemRow.sha256.is_not(None)))
            return stored | {file_key(str(sha256), path) for sha256, path in bad}

    def store_extraction(self, extraction: dict[str, Any], pages: list[str]) -> int:
        """Store one document and all it tells, in one transaction: all of it or none of it."""
        source = extraction["source"]
        subject = next((e for e in extraction.get("events", []) if e["role"] == "subject"), None)
        with self.engine.begin() as connection:
            if connection.scalar(select(DocumentRow.id).where(DocumentRow.sha256 == source["sha256"])):
                return 0
            document_id = connection.execute(insert(DocumentRow).values(
                sha256=source["sha256"], path=source["path"], media_type=source.get("media_type", ""),
                document_type=extraction.get("document_type", "other"), title=extraction.get("title"),
                authority_code=(extraction.get("local_authority") or {}).get("la_code"),
                page_count=source.get("pages"), published_date=(subject or {}).get("published_date"),
                warnings=extraction.get("warnings", []), extraction=extraction, ingested_at=_now(),
                source_url=source.get("url"), publisher=(extraction.get("publisher") or {}).get("kind"),
            ).returning(DocumentRow.id)).scalar_one()
            connection.execute(insert(PageRow), [{"document_id": document_id, "number": i + 1, "text": page}
                                                 for i, page in enumerate(pages)])
            told = [{"document_id": document_id, "position": i, "role": e["role"], "kind": e["kind"],
                     "authority_code": (e.get("local_authority") or {}).get("la_code"),
                     "start_date": e.get("start_date"), "end_date": e.get("end_date"),
                     "published_date": e.get("published_date"), "data": e}
                    for i, e in enumerate(extraction.get("events", []))]
            if told:
                connection.execute(insert(ToldEventRow), told)
            evidence = [{"document_id": document_id, "field": e["field"], "page": e.get("page"),
                         "start": e.get("start"), "end": e.get("end"), "text": e["text"]}
                        for e in extraction.get("evidence", [])]
            if evidence:
                connection.execute(insert(EvidenceRow), evidence)
            people = [{"document_id": document_id, "name": p["name"], "role": p.get("role"),
                       "organisation": p.get("organisation")} for p in extraction.get("people", [])]
            if people:
                connection.execute(insert(PersonRow), people)
            connection.execute(delete(ProblemRow).where(ProblemRow.path == source["path"]))
            return int(document_id)

    def index_pages(self) -> int:
        """Add pages stored since the last call to SQLite's full-text index (PostgreSQL indexes as it inserts)."""
        if self.dialect != "sqlite":
            return 0
        with self.engine.begin() as connection:
            done = connection.execute(select(StateRow.value).where(StateRow.key == FTS_STATE_KEY)).scalar()
            done_to = int(done) if done else 0
            highest = connection.execute(select(func.max(PageRow.id))).scalar() or 0
            if highest <= done_to:
                return 0
            added = connection.execute(text("INSERT INTO pages_fts(rowid, text) SELECT id, text FROM pages "
                                            "WHERE id > :done"), {"done": done_to}).rowcount
            if done is None:
                connection.execute(insert(StateRow).values(key=FTS_STATE_KEY, value=str(highest)))
            else:
                connection.execute(update(StateRow).where(StateRow.key == FTS_STATE_KEY).values(value=str(highest)))
            return added

    def store_problem(self, path: str, code: str, message: str, sha256: str | None) -> None:
        with self.sessions.begin() as session:
            found = session.scalar(select(ProblemRow).where(ProblemRow.path == path, ProblemRow.sha256 == sha256))
            if found is None:
                session.add(ProblemRow(path=path, sha256=sha256, code=code, message=message, seen_at=_now()))
            else:
                found.code, found.message, found.seen_at = code, message, _now()

    # --- reading ------------------------------------------------------------------------------------------------

    def problems(self) -> list[ProblemRow]:
        with self.session() as session:
            return list(session.scalars(select(ProblemRow).order_by(ProblemRow.path)))

    def counts(self) -> dict[str, int]:
        with self.session() as session:
            return {
                "documents": session.scalar(select(func.count()).select_from(DocumentRow)) or 0,
                "pages": session.scalar(select(func.count()).select_from(PageRow)) or 0,
                "told_events": session.scalar(select(func.count()).select_from(ToldEventRow)) or 0,
                "evidence": session.scalar(select(func.count()).select_from(EvidenceRow)) or 0,
                "events": session.scalar(select(func.count()).select_from(EventRow)) or 0,
                "problems": session.scalar(select(func.count()).select_from(ProblemRow)) or 0,
            }

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


def open_database(db: str | None = None) -> Database:
    url = database_url(db)
    if url.startswith("sqlite:///"):
        folder = Path(url[len("sqlite:///"):]).parent
        if not folder.is_dir():
            raise UsageError(f"cannot create the database: no folder {folder}")
    return Database(url)


def _engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(connection, _record) -> None:  # type: ignore[no-untyped-def]
            cursor = connection.cursor()
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


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
