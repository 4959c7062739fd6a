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
