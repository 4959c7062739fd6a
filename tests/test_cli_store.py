"""The command line and the store under real use: faults injected one by one (missing, foreign and read-only
databases, two ingests at once, busy ports), each answered with one clear line and a documented status."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner

from oversight.cli.main import cli
from oversight.store import open_database
from tests.conftest import _postgres_schema_url
from tests.corpus_builder import build_corpus

READ_COMMANDS = [["stats"], ["timeline", "Gateshead"], ["problems"], ["neighbours", "Gateshead"],
                 ["export", "-o", "-"], ["serve", "--port", "1"]]


def _oversight(*args: str) -> subprocess.CompletedProcess[str]:
    """The real command in a process of its own."""
    return subprocess.run([sys.executable, "-m", "oversight.cli.main", *args], capture_output=True, text=True,
                          timeout=300)


@pytest.fixture(scope="module")
def record(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("record")
    build_corpus(folder / "corpus")
    db = folder / "o.db"
    assert _oversight("ingest", str(folder / "corpus"), "--db", str(db), "--workers", "1").returncode == 1
    return db


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: c[0])
def test_a_read_command_on_no_database_says_so_and_makes_none(tmp_path: Path, command: list[str]) -> None:
    missing = tmp_path / "missing.db"
    result = CliRunner().invoke(cli, [*command, "--db", str(missing)])
    assert result.exit_code == 2, result.output
    assert result.stderr.strip() == f"oversight: no database at {missing}: `oversight ingest` makes one"
    assert not missing.exists()


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    impostor = tmp_path / "notes.db"
    impostor.write_text("these are my notes, not a database\n" * 200)
    for command in (["stats"], ["ingest", str(tmp_path)]):
        result = CliRunner().invoke(cli, [*command, "--db", str(impostor)])
        assert result.exit_code == 2
        assert result.stderr.startswith("oversight: ") and "is not an Oversight database" in result.stderr
        assert "Traceback" not in result.output


def test_a_database_url_of_another_kind(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["stats", "--db", "mysql://root@127.0.0.1/test"])
    assert result.exit_code == 2
    assert result.stderr == ("oversight: --db takes an SQLite file's path or a postgresql:// URL, not mysql://\n")


def test_an_export_to_a_folder_that_is_not_there(record: Path) -> None:
    result = CliRunner().invoke(cli, ["export", "--db", str(record), "-o", "/nonexistent/dir/x.csv"])
    assert result.exit_code == 2
    assert result.stderr == "oversight: cannot write /nonexistent/dir/x.csv: there is no folder /nonexistent/dir\n"


def test_ingest_says_when_a_folder_holds_no_documents(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "empty"), "--db", str(tmp_path / "o.db")])
    assert result.exit_code == 0
    assert f"no documents (.pdf, .html, .htm, .txt, .docx) under {tmp_path / 'empty'}" in result.stderr


def test_ingest_exits_1_when_a_file_could_not_be_read_and_stores_the_rest(tmp_path: Path) -> None:
    build_corpus(tmp_path / "corpus")
    db = tmp_path / "o.db"
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "corpus"), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 1
    assert "error-page.pdf: " in result.stderr and "7 stored" in result.stdout
    assert open_database(str(db), create=False).counts()["documents"] == 7


@contextmanager
def _read_only_copy(database: Path, tmp_path: Path) -> Iterator[Path]:
    """A copy of the database in a folder nobody may write to: by permissions, or for root (whom permissions do
    not stop) by mounting the folder read-only."""
    shelf = tmp_path / "shelf"
    shelf.mkdir()
    (shelf / "o.db").write_bytes(database.read_bytes())
    if os.geteuid() != 0:
        (shelf / "o.db").chmod(stat.S_IRUSR)
        shelf.chmod(stat.S_IRUSR | stat.S_IXUSR)
        try:
            yield shelf / "o.db"
        finally:
            shelf.chmod(stat.S_IRWXU)
        return
    mounted = tmp_path / "read-only"
    mounted.mkdir()
    if subprocess.run(["mount", "--bind", str(shelf), str(mounted)], capture_output=True).returncode != 0:
        pytest.skip("root writes to any folder, and this machine cannot mount one read-only")
    try:
        if subprocess.run(["mount", "-o", "remount,bind,ro", str(mounted)], capture_output=True).returncode != 0:
            pytest.skip("root writes to any folder, and this machine cannot mount one read-only")
        yield mounted / "o.db"
    finally:
        subprocess.run(["umount", str(mounted)], capture_output=True)


def test_a_read_only_database_in_a_read_only_folder_is_read(record: Path, tmp_path: Path) -> None:
    with _read_only_copy(record, tmp_path) as copy:
        stats = _oversight("stats", "--as-at", "2024-03-31", "--db", str(copy))
        assert stats.returncode == 0, stats.stderr
        assert "with a published full inspection" in stats.stdout
        timeline = _oversight("timeline", "Gateshead", "--db", str(copy))
        assert timeline.returncode == 0 and "2019-03-04" in timeline.stdout
        ingest = _oversight("ingest", str(record.parent / "corpus"), "--db", str(copy))
        assert ingest.returncode == 2, ingest.stderr
        assert ingest.stderr.startswith("oversight: cannot ") and "Traceback" not in ingest.stderr
        assert "extracting" not in ingest.stderr
        assert sorted(p.name for p in copy.parent.iterdir()) == ["o.db"], "nothing written beside it"


def _two_ingests(corpus: Path, db: str) -> list[subprocess.CompletedProcess[str]]:
    command = [sys.executable, "-m", "oversight.cli.main", "ingest", str(corpus), "--db", db, "--workers", "1"]
    first = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    second = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    done = []
    for process in (first, second):
        out, err = process.communicate(timeout=300)
        done.append(subprocess.CompletedProcess(command, process.returncode, out, err))
    return done


@pytest.mark.timeout(600)
def test_two_ingests_at_once_both_finish_with_the_right_record(tmp_path: Path, db_url: str) -> None:
    build_corpus(tmp_path / "corpus")
    for trial in range(3):
        # a new database each time, so that both runs race to make it
        if db_url.endswith(".db"):
            db = str(tmp_path / f"trial{trial}.db")
        else:
            db = db_url if trial == 0 else _postgres_schema_url()
        runs = _two_ingests(tmp_path / "corpus", db)
        for run in runs:
            assert run.returncode in (0, 1), run.stderr
            assert "Traceback" not in run.stderr
        waited = [run for run in runs if "waiting for another ingest of this database" in run.stderr]
        assert len(waited) <= 1
        assert all(r.stderr.count("waiting for another ingest") <= 1 for r in runs)
        counts = open_database(db, create=False).counts()
        assert counts["documents"] == 7 and counts["problems"] == 2
        assert not open_database(db, create=False).integrity_problems()


def test_serve_says_the_port_is_taken_before_saying_it_serves(record: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", "--db", str(record), "--port", str(port)])
    assert result.exit_code == 2
    assert "is serving" not in result.stdout
    assert result.stderr.startswith(f"oversight: cannot serve on 127.0.0.1:{port}: ")


def test_no_password_is_printed(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["stats", "--db", "postgresql://someone:s3cret-word@127.0.0.1:1/none"])
    assert result.exit_code == 2
    assert "s3cret-word" not in result.output and "***" in result.stderr


def test_an_empty_file_or_another_programs_database_is_left_as_it_was(tmp_path: Path) -> None:
    import sqlite3

    empty = tmp_path / "e.db"
    empty.touch()
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE t (x)")
    for path in (empty, other):
        result = CliRunner().invoke(cli, ["stats", "--db", str(path)])
        assert result.exit_code == 2 and "holds no Oversight record" in result.stderr
    assert empty.stat().st_size == 0
    with sqlite3.connect(other) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_a_record_of_an_earlier_version_is_upgraded_by_a_read_with_every_key(record: Path, tmp_path: Path) -> None:
    from importlib import resources

    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, text

    copy = tmp_path / "old.db"
    copy.write_bytes(record.read_bytes())
    config = Config()
    config.set_main_option("script_location", str(resources.files("oversight.store") / "migrations"))
    engine = create_engine(f"sqlite:///{copy}")
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0003_publisher")
    engine.dispose()
    result = CliRunner().invoke(cli, ["export", "--format", "json", "-o", "-", "--db", str(copy)])
    assert result.exit_code == 0, result.output
    assert '"key": null' not in result.stdout and "None." not in result.stdout
    with create_engine(f"sqlite:///{copy}").connect() as connection:
        assert connection.scalar(text("SELECT count(*) FROM events WHERE key IS NULL")) == 0


def test_a_manifest_saved_by_a_spreadsheet_in_another_encoding_is_one_line(tmp_path: Path) -> None:
    build_corpus(tmp_path / "corpus")
    (tmp_path / "corpus" / "manifest.csv").write_bytes(b"path,published_date,title\nx.pdf,2016-06-27,Children\x92s\n")
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "corpus"), "--db", str(tmp_path / "o.db")])
    assert result.exit_code == 2 and "is not UTF-8 text" in result.stderr
    assert not (tmp_path / "o.db").exists(), "the manifests are read before the database is made"
    (tmp_path / "corpus" / "manifest.csv").write_text("published_date,path\n2016-06-27\n", "utf-8")
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "corpus"), "--db", str(tmp_path / "o.db")])
    assert result.exit_code == 2 and "row 2 names no file" in result.stderr
