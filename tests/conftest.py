"""Shared fixtures: documents the tests write themselves, and the real corpus when it is present."""

from __future__ import annotations

import io
import os
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _find_shared() -> Path:
    """The shared folder: OVERSIGHT_SHARED where set, else the one beside this checkout, else (a clone made
    elsewhere) the one beside the repository it was cloned from."""
    import subprocess

    if os.environ.get("OVERSIGHT_SHARED"):
        return Path(os.environ["OVERSIGHT_SHARED"])
    beside = ROOT.parent / "shared"
    if beside.is_dir():
        return beside
    try:
        origin = subprocess.run(["git", "config", "--get", "remote.origin.url"], cwd=ROOT, capture_output=True,
                                text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        origin = ""
    return Path(origin).parent / "shared" if origin and Path(origin).is_dir() else beside


SHARED = _find_shared()
CORPUS = SHARED / "corpus"


def make_pdf(pages: list[str], path: Path | None = None, password: str | None = None) -> bytes:
    """A real PDF with one text page per string, lines as given, written with reportlab in Helvetica (whose
    encoding has the dashes, curly quotes and bullets reports print); with a password, encrypted (128-bit)."""
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    encrypt = StandardEncryption(password, password + "-owner", strength=128) if password else None
    lines_per_page = max(len(text.split("\n")) for text in pages) if pages else 1
    height = max(842, 100 + 13 * lines_per_page)  # every line on the page, where the text engine reads
    pdf = Canvas(buffer, pagesize=(595, height), encrypt=encrypt, invariant=True)
    for text in pages:
        pdf.setFont("Helvetica", 10)
        y = height - 60.0
        for line in text.split("\n"):
            pdf.drawString(50, y, line)
            y -= 13
        pdf.showPage()
    pdf.save()
    data = buffer.getvalue()
    if path is not None:
        path.write_bytes(data)
    return data


@pytest.fixture
def pdf_file(tmp_path: Path) -> Callable[..., Path]:
    def build(name: str, pages: list[str], password: str | None = None) -> Path:
        path = tmp_path / name
        make_pdf(pages, path, password)
        return path

    return build


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not (CORPUS / "reports" / "manifest.csv").is_file():
        pytest.skip(f"the shared corpus is not at {CORPUS} (these tests read the real reports)")
    return CORPUS


POSTGRES_URL = os.environ.get("OVERSIGHT_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")


def _postgres_schema_url() -> str:
    """A fresh schema in the test database, so runs never see each other's tables."""
    import psycopg

    try:
        connection = psycopg.connect(POSTGRES_URL.replace("postgresql://", "postgresql://", 1), connect_timeout=3,
                                     autocommit=True)
    except Exception as exc:  # no server, no database, no access: all mean the same here
        pytest.skip(f"no PostgreSQL answers at {POSTGRES_URL} ({str(exc).splitlines()[0]})")
    schema = f"oversight_test_{uuid.uuid4().hex[:10]}"
    with connection:
        connection.execute(f"CREATE SCHEMA {schema}")
    _schemas.append(schema)
    separator = "&" if "?" in POSTGRES_URL else "?"
    return f"{POSTGRES_URL}{separator}options=-csearch_path%3D{schema}"


_schemas: list[str] = []


def _drop_schemas() -> None:
    import psycopg

    if not _schemas:
        return
    with psycopg.connect(POSTGRES_URL, autocommit=True) as connection:
        for schema in _schemas:
            connection.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path: Path) -> str:
    """Each store test runs against SQLite and against the real PostgreSQL server."""
    if request.param == "sqlite":
        return str(tmp_path / "oversight.db")
    url = _postgres_schema_url()
    request.addfinalizer(_drop_schemas)
    return url
