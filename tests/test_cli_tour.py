"""Every command with bad arguments, as a new user types them: one clear line on stderr, exit status 2, never a
traceback or a usage block (exit statuses: 0 done, 1 done with files kept as problems, 2 nothing done)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.corpus_builder import build_corpus


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("tour")
    build_corpus(folder / "corpus")
    path = str(folder / "o.db")
    done = subprocess.run([sys.executable, "-m", "oversight.cli.main", "ingest", str(folder / "corpus"), "--db", path,
                           "--workers", "1"], capture_output=True, text=True)
    assert done.returncode == 1, done.stderr
    return path


BAD = [
    ["nope"],
    ["extract"],
    ["extract", "/nonexistent/file.pdf", "--manifest", "/nonexistent/manifest.csv"],
    ["extract", "--workers", "0", "x.pdf"],
    ["ingest"],
    ["ingest", "/nonexistent"],
    ["ingest", ".", "--workers", "many"],
    ["stats", "--bogus"],
    ["stats", "--as-at", "31/03/2024"],
    ["stats", "--as-at", "2099-01-01"],
    ["stats", "--as-at", "2001-01-01"],
    ["stats", "--authority", "Atlantis"],
    ["stats", "--authority", "Kingston"],
    ["timeline"],
    ["timeline", "Atlantis"],
    ["neighbours", "Gateshead", "--as-at", "2024-13-01"],
    ["neighbours", "Bournemouth"],
    ["export", "--format", "pdf"],
    ["export", "-o", "/nonexistent/dir/x.csv"],
    ["problems", "--json", "extra"],
    ["serve", "--port", "99999"],
    ["sync", "--since", "31/03/2024"],
    ["sync", "--rate", "0"],
    ["sync", "--every", "daily"],
    ["sync", "--authority", "Atlantis"],
]


@pytest.mark.parametrize("arguments", BAD, ids=lambda a: " ".join(a))
def test_a_bad_argument_is_one_line_and_status_2(db: str, arguments: list[str]) -> None:
    needs_db = arguments[0] not in ("nope", "extract") and "--db" not in arguments
    command = [sys.executable, "-m", "oversight.cli.main", *arguments, *(["--db", db] if needs_db else [])]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=Path(db).parent)
    assert done.returncode == 2, (done.returncode, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("oversight: "), done.stderr
    assert "Traceback" not in done.stderr and "Usage:" not in done.stderr


def test_help_and_version_exit_0() -> None:
    for arguments in ([], ["--help"], ["--version"], ["stats", "--help"]):
        done = subprocess.run([sys.executable, "-m", "oversight.cli.main", *arguments], capture_output=True,
                              text=True, timeout=60)
        assert done.returncode == 0 and done.stdout and not done.stderr, arguments


def test_the_garbage_collector_is_paused_only_for_short_commands(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Read commands run with the collector paused (it costs a fifth of their time and frees nothing); ingest,
    extract and serve turn it back on; a caller in the same process finds it as it left it."""
    import gc

    from click.testing import CliRunner

    from oversight.analysis import record
    from oversight.cli import main as cli_main

    seen: list[tuple[str, bool]] = []
    open_record, runs_for_long = record.open_record, cli_main._runs_for_long

    def watched_open_record(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(("read", gc.isenabled()))
        return open_record(*args, **kwargs)

    def watched_runs_for_long() -> None:
        runs_for_long()
        seen.append(("long", gc.isenabled()))

    monkeypatch.setattr(record, "open_record", watched_open_record)
    monkeypatch.setattr(cli_main, "_runs_for_long", watched_runs_for_long)
    assert gc.isenabled()
    result = CliRunner().invoke(cli_main.cli, ["problems", "--db", db])
    assert result.exit_code == 0, result.output
    assert seen == [("read", False)] and gc.isenabled()
    CliRunner().invoke(cli_main.cli, ["extract", str(Path(db).parent / "corpus")])
    assert seen[1:] == [("long", True)] and gc.isenabled()


# what a question never needs: the ORM, migrations, the PDF engine, HTML extraction, spreadsheets, the web service
NOT_FOR_QUESTIONS = ("sqlalchemy.orm", "alembic", "pypdfium2", "trafilatura", "openpyxl", "fastapi", "uvicorn",
                     "jinja2", "oversight.extract", "oversight.documents.readers")
READ_COMMANDS = [["stats", "--as-at", "2024-03-31"], ["timeline", "Gateshead"], ["neighbours", "Gateshead"],
                 ["problems"]]


@pytest.mark.parametrize("arguments", READ_COMMANDS, ids=lambda a: a[0])
def test_a_question_imports_only_what_it_uses(db: str, arguments: list[str]) -> None:
    """Importing is most of a question's time (benchmarks/queries.py): a read command loads none of the heavy
    libraries that only reading files, migrating or serving need."""
    script = ("import runpy, sys\n"
              f"sys.argv = ['oversight', *{arguments!r}, '--db', {db!r}]\n"
              "status = 0\n"
              "try:\n    runpy.run_module('oversight.cli.main', run_name='__main__')\n"
              "except SystemExit as exit:\n    status = exit.code\n"
              "print('\\n'.join(sorted(sys.modules)), file=sys.stderr)\n"
              "sys.exit(status)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    loaded = set(done.stderr.split())
    assert not {name for name in loaded for heavy in NOT_FOR_QUESTIONS
                if name == heavy or name.startswith(heavy + ".")}
