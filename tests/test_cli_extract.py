"""`oversight extract` as a user runs it: JSON Lines in input order, bad files reported, the run going on."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from oversight.cli.main import cli
from oversight.spec import extraction_schema
from tests.conftest import SHARED
from tests.test_report_extraction import ILACS_PAGE_1, ILACS_PAGE_2


@pytest.fixture
def folder(tmp_path: Path, pdf_file) -> Path:
    pdf_file("a_report.pdf", [ILACS_PAGE_1, ILACS_PAGE_2])
    (tmp_path / "b_error_page.pdf").write_bytes(b"<!DOCTYPE html><html><body>Not found</body></html>")
    pdf_file("c_report.pdf", [ILACS_PAGE_1.replace("Gateshead", "Sunderland"), ILACS_PAGE_2])
    (tmp_path / "manifest.csv").write_text("path,urn,local_authority,title,published_date\n"
                                           "a_report.pdf,80454,Gateshead,x,2023-12-15\n")
    (tmp_path / "notes.md").write_text("not a document type the walk takes")
    return tmp_path


def _run(*args: str):
    return CliRunner().invoke(cli, ["extract", *args])


def test_one_line_per_document_in_order_with_errors_inline(folder: Path) -> None:
    result = _run(str(folder), "--manifest", str(folder / "manifest.csv"), "--workers", "2")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(line["source"]["path"]).name for line in lines] == ["a_report.pdf", "b_error_page.pdf", "c_report.pdf"]
    assert lines[0]["events"][0]["published_date"] == "2023-12-15"
    assert lines[1]["error"]["code"] == "not_pdf"
    assert lines[2]["local_authority"]["name"] == "Sunderland"
    assert result.exit_code == 1
    messages = [m for m in result.stderr.splitlines() if "b_error_page.pdf" in m]
    assert len(messages) == 1 and "not a PDF" in messages[0]


def test_every_line_conforms_to_the_schema(folder: Path) -> None:
    result = _run(str(folder), "--workers", "1")
    validator = jsonschema.Draft202012Validator(extraction_schema())
    for line in result.stdout.splitlines():
        validator.validate(json.loads(line))


def test_strict_stops_at_the_first_bad_file(folder: Path) -> None:
    result = _run(str(folder), "--strict", "--workers", "1")
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 2


def test_a_file_named_on_the_command_line_is_always_tried(folder: Path) -> None:
    result = _run(str(folder / "notes.md"))
    [line] = [json.loads(x) for x in result.stdout.splitlines()]
    assert line["source"]["path"].endswith("notes.md")
    assert "error" in line or line["document_type"] == "other"


def test_all_good_files_exit_zero(folder: Path) -> None:
    result = _run(str(folder / "a_report.pdf"), str(folder / "c_report.pdf"))
    assert result.exit_code == 0, result.stderr


def test_a_bad_manifest_is_one_clear_line(tmp_path: Path, folder: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name,when\nx,y\n")
    result = _run(str(folder), "--manifest", str(bad))
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0 and "manifest" in result.stderr


def test_the_bundled_schema_is_the_shared_spec() -> None:
    shared = SHARED / "spec" / "extraction.schema.json"
    if not shared.is_file():
        pytest.skip(f"no shared spec at {shared}")
    assert json.loads(shared.read_text()) == extraction_schema()


def test_a_manifest_beside_the_folder_it_lists_applies_and_a_row_naming_nothing_is_said(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "p01.txt").write_text("Council minutes\n\nThe committee noted the report.\n", "utf-8")
    # paths relative to the pages folder, the manifest beside it (not in it): the row still applies to its file
    (tmp_path / "manifest.csv").write_text("path,url,published_date\np01.txt,https://www.york.gov.uk/news/1,"
                                           "2024-03-12\nmissing.txt,https://www.york.gov.uk/news/2,\n")
    result = _run(str(pages), "--manifest", str(tmp_path / "manifest.csv"))
    [line] = [json.loads(x) for x in result.stdout.splitlines()]
    assert line["publisher"]["host"] == "york.gov.uk"
    # the row that names no file is one line on stderr, not silence; the run goes on
    assert result.exit_code == 0
    assert result.stderr.count("\n") == 1 and "1 row(s) name no file" in result.stderr and "missing.txt" in result.stderr
