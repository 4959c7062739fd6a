"""Ingest into SQLite and PostgreSQL: stored once, skipped when unchanged, bad files kept as problems."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from oversight.cli.main import cli
from oversight.ingest import ingest
from oversight.store import Database, database_url, open_database
from tests.corpus_builder import build_corpus


def test_ingest_stores_each_document_once_and_lists_problems(tmp_path: Path, db_url: str) -> None:
    expected = build_corpus(tmp_path / "corpus")
    database = open_database(db_url)
    first = ingest(database, [tmp_path / "corpus"], workers=2)
    assert (first.stored, first.failed) == (expected["documents"], expected["problems"])
    counts = database.counts()
    assert counts["documents"] == expected["documents"] and counts["problems"] == expected["problems"]
    assert counts["events"] > 0 and database.integrity_problems() == []

    again = ingest(database, [tmp_path / "corpus"], workers=2)
    assert (again.stored, again.failed, again.skipped) == (0, 0, expected["documents"] + expected["problems"])
    assert database.counts() == counts
    codes = sorted(p.code for p in database.problems())
    assert codes == ["empty", "not_pdf"]


@pytest.mark.parametrize("which", ["first", "last"])
def test_a_document_read_by_another_reader_is_read_again_in_place(tmp_path: Path, db_url: str, which: str) -> None:
    """After the PDF engine changes, stored texts (and the offsets of their evidence) are the old engine's: the
    next ingest reads those files again and replaces what they tell, whole, and skips the rest. The document keeps
    its id (the resolved events keep their grades meanwhile); its pages take new ids, which the full-text index
    takes up even when the document was the last stored (SQLite would otherwise give the same ids again); the
    events are resolved again."""
    from sqlalchemy import func, select, text, update

    from oversight.documents.model import PDF, reader_version
    from oversight.store import tables
    from oversight.store.queries import SearchFilters, search

    expected = build_corpus(tmp_path / "corpus")
    database = open_database(db_url)
    ingest(database, [tmp_path / "corpus"], workers=1)
    order = tables.documents.c.id if which == "first" else tables.documents.c.id.desc()
    with database.engine.begin() as connection:
        old = connection.execute(select(tables.documents.c.id, tables.documents.c.sha256).where(tables.documents.c.media_type == PDF)
                                 .order_by(order).limit(1)).one()
        old_pages = set(connection.scalars(select(tables.pages.c.id).where(tables.pages.c.document_id == old.id)))
        connection.execute(update(tables.documents).where(tables.documents.c.id == old.id).values(reader="pymupdf 1.24.0/1"))
        judgements = connection.scalar(select(func.count(tables.judgements.c.id)))
    counts = database.counts()
    from oversight.web.cache import RecordCache

    cached = RecordCache(database).fingerprint()
    again = ingest(database, [tmp_path / "corpus"], workers=1)
    assert RecordCache(database).fingerprint() != cached  # the web's cached pages are thrown away
    assert (again.stored, again.skipped) == (1, expected["documents"] + expected["problems"] - 1)
    assert again.resolved_events  # resolved again, though no document was added
    assert database.counts() == counts and database.integrity_problems() == []
    with database.engine.connect() as connection:
        new = connection.execute(select(tables.documents.c.id, tables.documents.c.reader)
                                 .where(tables.documents.c.sha256 == old.sha256)).one()
        assert new.id == old.id and new.reader == reader_version(PDF)
        new_pages = set(connection.scalars(select(tables.pages.c.id).where(tables.pages.c.document_id == old.id)))
        assert new_pages and min(new_pages) > max(old_pages)
        assert connection.scalar(select(func.count(tables.judgements.c.id))) == judgements
        if database.dialect == "sqlite":
            connection.execute(text("INSERT INTO pages_fts(pages_fts) VALUES ('integrity-check')"))
        page_text = connection.scalar(select(tables.pages.c.text).where(tables.pages.c.id == min(new_pages)))
    word = max(page_text.split(), key=len).strip(".,;:()'\"")
    found = search(database, word, SearchFilters())
    assert any(r["document_id"] == old.id for r in found["results"]), word
    assert ingest(database, [tmp_path / "corpus"], workers=1).stored == 0


def test_a_file_other_readers_could_not_read_is_tried_again(tmp_path: Path, db_url: str) -> None:
    from sqlalchemy import update

    from oversight.store import tables

    expected = build_corpus(tmp_path / "corpus")
    database = open_database(db_url)
    ingest(database, [tmp_path / "corpus"], workers=1)
    assert ingest(database, [tmp_path / "corpus"], workers=1).failed == 0  # known bad: skipped
    with database.engine.begin() as connection:
        connection.execute(update(tables.problems).values(reader="pymupdf 1.24.0/1"))
    again = ingest(database, [tmp_path / "corpus"], workers=1)
    assert (again.failed, again.stored) == (expected["problems"], 0)  # tried with the readers of now
    assert database.counts()["problems"] == expected["problems"]
    assert ingest(database, [tmp_path / "corpus"], workers=1).failed == 0


def test_a_bad_file_never_loses_what_is_stored(tmp_path: Path, db_url: str) -> None:
    build_corpus(tmp_path / "corpus")
    database = open_database(db_url)
    ingest(database, [tmp_path / "corpus"], workers=1)
    before = database.counts()
    (tmp_path / "corpus" / "broken.pdf").write_bytes(b"%PDF-1.7\n" + b"\x00\x01garbage" * 100)
    summary = ingest(database, [tmp_path / "corpus"], workers=1)
    assert summary.failed == 1 and summary.stored == 0
    after = database.counts()
    assert after["documents"] == before["documents"] and after["problems"] == before["problems"] + 1


def test_full_text_search_finds_pages(tmp_path: Path, db_url: str) -> None:
    from oversight.store.queries import MARK_END, MARK_START, SearchFilters, search

    build_corpus(tmp_path / "corpus")
    database = open_database(db_url)
    ingest(database, [tmp_path / "corpus"], workers=1)
    found = search(database, "return home interviews", SearchFilters())
    assert found["total"] >= 1
    snippet = found["results"][0]["passages"][0]["snippet"]
    assert f"{MARK_START}return{MARK_END}" in snippet.lower() or f"{MARK_START}interviews{MARK_END}" in snippet.lower()
    assert search(database, "return home interviews", SearchFilters(authority="392"))["total"] == 0
    assert search(database, '"; DROP TABLE pages; --', SearchFilters())["total"] == 0
    for odd in ('--', '""', '"', "' OR 1=1", "NEAR(a b)", "a*"):
        assert search(database, odd, SearchFilters())["total"] >= 0  # answered, never an error


def test_db_option_and_environment(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("OVERSIGHT_DB", str(tmp_path / "from-env.db"))
    assert database_url(None).endswith("from-env.db")
    assert database_url("postgresql://u@h/db").startswith("postgresql+psycopg://")
    build_corpus(tmp_path / "corpus")
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "corpus"), "--workers", "1"])
    assert result.exit_code == 1, result.output  # stored, with the bad files kept as problems
    assert (tmp_path / "from-env.db").is_file()
    assert "stored" in result.stdout
    problems = CliRunner().invoke(cli, ["problems"])
    assert "not_pdf" in problems.stdout and "error-page.pdf" in problems.stdout


def test_reopening_runs_no_migration_twice(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    Database(database_url(str(path)))
    database = Database(database_url(str(path)))
    assert database.counts()["documents"] == 0


def test_ingest_on_a_local_dask_cluster(tmp_path: Path) -> None:
    expected = build_corpus(tmp_path / "corpus")
    database = open_database(str(tmp_path / "dask.db"))
    summary = ingest(database, [tmp_path / "corpus"], dask="local")
    assert (summary.stored, summary.failed) == (expected["documents"], expected["problems"])
    local = open_database(str(tmp_path / "local.db"))
    ingest(local, [tmp_path / "corpus"], workers=1)
    assert database.counts() == local.counts()


LETTER_COPY = """Focused visit to Darlington children's services

Dear Ms Example

This letter summarises the findings of the focused visit to Darlington children's services on 5 and 6 March 2024.
Inspectors looked at the arrangements for care leavers.

Yours sincerely

Pat Sample
His Majesty's Inspector
"""


def test_ingest_keeps_the_address_and_a_copy_stays_secondary(tmp_path: Path, db_url: str) -> None:
    from sqlalchemy import select

    from oversight.store import tables

    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "copy.txt").write_text(LETTER_COPY, "utf-8")
    (folder / "manifest.csv").write_text("path,url\ncopy.txt,https://www.thenorthernecho.co.uk/news/1\n", "utf-8")
    database = open_database(db_url)
    ingest(database, [folder], workers=1)
    with database.engine.connect() as connection:
        row = connection.execute(select(tables.documents)).one()
        assert (row.document_type, row.publisher) == ("focused_visit_letter", "press")
        assert row.source_url == "https://www.thenorthernecho.co.uk/news/1"
        events = connection.execute(select(tables.events)).all()
    assert [e.secondary_only for e in events] == [True], "a newspaper's copy is not Ofsted's own word"


def test_the_same_bad_bytes_at_a_second_path_are_a_second_problem(tmp_path: Path, db_url: str) -> None:
    """A run killed after recording one of two identical unreadable files must record the other next time."""
    folder = tmp_path / "bad"
    folder.mkdir()
    error_page = b"<html><body>Sorry, the page you requested could not be found</body></html>"
    (folder / "first.pdf").write_bytes(error_page)
    database = open_database(db_url)
    ingest(database, [folder], workers=1)
    (folder / "second.pdf").write_bytes(error_page)
    again = ingest(database, [folder], workers=1)
    assert (again.failed, again.skipped) == (1, 1)
    assert sorted(Path(p.path).name for p in database.problems()) == ["first.pdf", "second.pdf"]
    third = ingest(database, [folder], workers=1)
    assert (third.failed, third.skipped) == (0, 2), "each known bad file is skipped once recorded"


def test_a_migration_cut_short_on_sqlite_leaves_nothing_half_made(tmp_path: Path) -> None:
    """DDL inside a transaction rolls back on SQLite too, so a run killed while migrating a new file leaves no
    tables without their version (seen as 'table authorities already exists' at the next open)."""
    from sqlalchemy import inspect, text

    from oversight.store.database import _engine

    engine = _engine(f"sqlite:///{tmp_path / 'new.db'}")
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE authorities (la_code TEXT PRIMARY KEY)"))
            raise RuntimeError("killed")
    except RuntimeError:
        pass
    assert inspect(engine).get_table_names() == []
    database = open_database(str(tmp_path / "new.db"))
    assert database.counts()["documents"] == 0


def test_the_schema_head_constant_is_the_migrations_head() -> None:
    from importlib import resources

    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from oversight.store.database import SCHEMA_HEAD

    config = Config()
    config.set_main_option("script_location", str(resources.files("oversight.store") / "migrations"))
    assert ScriptDirectory.from_config(config).get_current_head() == SCHEMA_HEAD


def test_the_tables_the_code_uses_are_the_tables_the_migrations_make(db_url: str) -> None:
    """store.tables describes the schema to SQLAlchemy; the migrations make it: the two must not drift apart (the
    full-text index, which only the migrations know, aside)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from oversight.store import tables

    database = open_database(db_url)
    with database.engine.connect() as connection:
        drift = compare_metadata(MigrationContext.configure(connection), tables.metadata)
    assert [d for d in drift if not _full_text_index(d)] == []


def _full_text_index(difference: tuple) -> bool:
    """SQLite's FTS5 tables (pages_fts...) and PostgreSQL's tsvector column pages.search and its index."""
    kind = difference[0]
    if kind == "remove_table":
        return bool(difference[1].name.startswith("pages_fts"))
    if kind == "remove_index":
        return bool(difference[1].name == "ix_pages_search")
    return kind == "remove_column" and difference[2] == "pages" and difference[3].name == "search"


def test_events_and_items_keep_their_keys_across_fresh_and_incremental_ingests(tmp_path: Path) -> None:
    from oversight.analysis.record import load_events
    from oversight.ingest import ingest

    build_corpus(tmp_path / "corpus")
    files = sorted(p for p in (tmp_path / "corpus").iterdir() if p.name != "manifest.csv")
    at_once = open_database(str(tmp_path / "a.db"))
    ingest(at_once, [tmp_path / "corpus"], workers=1)
    in_steps = open_database(str(tmp_path / "b.db"))
    for part in (files[::2], files[1::2]):  # another order, in two runs
        ingest(in_steps, list(reversed(part)), workers=1)

    def keys(database: Database) -> dict[str, tuple[str | None, str | None, list[str]]]:
        return {e.key: (e.kind, e.start_date, e.items) for e in load_events(database)}  # type: ignore[misc]

    first, second = keys(at_once), keys(in_steps)
    assert None not in first and len(first) >= 8
    assert first == second
    ingest(in_steps, [tmp_path / "corpus"], workers=1)  # nothing new: nothing renamed
    assert keys(in_steps) == first
