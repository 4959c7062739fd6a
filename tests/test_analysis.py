"""Journeys, the national picture, neighbours and exports, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from oversight.analysis.export import export
from oversight.analysis.journey import journey, same_weakness
from oversight.analysis.national import national_picture, neighbours
from oversight.cli.main import cli
from oversight.ingest import ingest
from oversight.store import open_database
from tests.corpus_builder import build_corpus


@pytest.fixture
def database(tmp_path: Path, db_url: str):
    build_corpus(tmp_path / "corpus")
    database = open_database(db_url)
    ingest(database, [tmp_path / "corpus"], workers=1)
    return database


def test_timeline_in_order_with_changes(database) -> None:
    gateshead = database.registry.by_code["390"]
    result = journey(database, gateshead)
    full = [e for e in result["events"] if e["kind"] == "full_inspection" and not e["mentioned_only"]]
    assert [e["start_date"] for e in full] == ["2019-03-04", "2023-10-30"]
    assert full[1]["changes"]["overall_effectiveness"] == {"from": "requires_improvement", "to": "good",
                                                           "direction": "improved"}
    # the 2019 report mentions a 2016 inspection judged inadequate: it appears, marked as known only from it
    earlier = [e for e in result["events"] if e["mentioned_only"]]
    assert earlier and earlier[0]["start_date"] == "2016" and earlier[0]["judgements"] == {
        "overall_effectiveness": "inadequate"}


def test_one_event_with_several_sources_and_secondary_only_events(database) -> None:
    oldham = database.registry.by_code["353"]
    events = journey(database, oldham)["events"]
    reported = [e for e in events if e["kind"] == "full_inspection" and e["start_date"] == "2024-01-22"]
    assert len(reported) == 1 and reported[0]["secondary_only"]
    assert reported[0]["sources"][0]["speaker"] == "the press"
    # the story's prose grade is reported, not stated, and the words behind it are one field away
    assert reported[0]["judgements"] == {}
    [grade] = reported[0]["reported_judgements"]
    assert (grade["area"], grade["grade"]) == ("overall_effectiveness", "inadequate")
    assert grade["field"].endswith(".reported_judgements.overall_effectiveness")
    assert grade["document_id"] == reported[0]["sources"][0]["document_id"]


def test_recurring_weaknesses_match_by_meaning() -> None:
    same, themes, _ = same_weakness("Management oversight of placements with family and friends carers.",
                                    "The quality of supervision and management oversight of children's plans.")
    assert same and "supervision and management oversight" in themes
    different, _, _ = same_weakness("The timeliness of return home interviews.",
                                    "The sufficiency of placements for older children.")
    assert not different


def test_a_weakness_named_by_several_items_of_one_inspection_counts_that_inspection_once() -> None:
    from oversight.analysis.journey import _recurring_summary, recurrences
    from oversight.analysis.record import ResolvedEvent

    def inspection(event_id: int, day: str, items: list[str]) -> ResolvedEvent:
        return ResolvedEvent(event_id, "880", "full_inspection", "ilacs", None, day, day, day, None, None, None,
                             False, day, {}, items=items)

    events = [inspection(1, "2015-10-12", ["Improve permanence planning for children in care."]),
              inspection(2, "2018-06-11", ["Permanence planning for children in care is improved.",
                                           "Make permanence planning for children in care timely.",
                                           "Strengthen permanence planning for children in care."])]
    summary = _recurring_summary(recurrences(events), events)
    assert [(s["times"], [m["date"] for m in s["mentions"]]) for s in summary] == [(2, ["2015-10-12", "2018-06-11"])]
    assert len(summary[0]["mentions"][1]["items"]) == 3


def test_national_picture(database) -> None:
    result = national_picture(database, date(2024, 3, 31), database.registry.by_code["390"])
    assert result["authorities"] == 153
    assert result["inspected"] == 2  # Gateshead (2023 report) and Sunderland (SIF 2014)
    assert result["overall"]["good"] == 1 and result["overall"]["requires_improvement"] == 1
    assert result["by_region"]["North East"]["good"] == 1
    assert result["movement"]["improved"] == 1 and result["movement"]["first_inspection"] == 1
    assert result["standing"]["text"].startswith("Gateshead is one of 1 good")
    before = national_picture(database, date(2019, 3, 31))
    assert before["authorities"] == 152 and before["inspected"] == 1


def test_neighbours(database) -> None:
    rows = neighbours(database, database.registry.by_code["390"], date(2024, 6, 1))
    assert rows[0]["authority"] == "Gateshead" and rows[0]["judgements"]["overall_effectiveness"] == "good"
    assert len(rows) == 11


def test_exports(database, tmp_path: Path) -> None:
    as_at = date(2024, 6, 1)
    data = export(database, "csv", None, True, as_at)
    assert data.startswith(b"\xef\xbb\xbf"), "a byte-order mark, so that Excel reads UTF-8"
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0][:4] == ["URN", "LA code", "GSS code", "Local authority"]
    gateshead = next(r for r in rows if r[3] == "Gateshead")
    assert gateshead[rows[0].index("Overall effectiveness")] == "Good"
    assert gateshead[rows[0].index("Previous overall effectiveness")] == "Requires improvement to be good"
    assert gateshead[rows[0].index("Source")].count("/") <= 1, "a file and its folder, not the path typed at ingest"
    assert len(rows) == 154
    book = openpyxl.load_workbook(io.BytesIO(export(database, "xlsx", tmp_path / "x.xlsx", False, as_at)))
    assert book.sheetnames == ["Latest inspections", "History"]
    latest = book["Latest inspections"]
    heads = [c.value for c in latest[1]]
    published = [row[heads.index("Publication date")] for row in latest.iter_rows(min_row=2, values_only=True)]
    assert any(isinstance(p, datetime) for p in published), "dates are dates, not text"
    assert latest.auto_filter.ref and latest.column_dimensions["D"].width > 10
    payload = json.loads(export(database, "json", None, False, as_at))
    assert {"latest", "history"} <= payload.keys() and payload["history"]
    record = next(r for r in payload["latest"] if r["authority"] == "Gateshead")
    assert record["inspection"]["judgements"]["overall_effectiveness"] == "good", "JSON keeps the codes, nested"
    assert all(e["key"] for e in payload["history"])
    early = json.loads(export(database, "json", None, False, date(2018, 1, 1)))["history"]
    assert early and len(early) < len(payload["history"]), "the history is the record as known at the date"
    assert all((e["published_date"] or e["start_date"] or "")[:10] <= "2018-01-01" for e in early)


def test_cli_commands(tmp_path: Path) -> None:
    build_corpus(tmp_path / "corpus")
    db = str(tmp_path / "o.db")
    runner = CliRunner()
    ingested = runner.invoke(cli, ["ingest", str(tmp_path / "corpus"), "--db", db, "--workers", "1"])
    assert ingested.exit_code == 1, "status 1: the corpus's error page is kept as a problem, the rest stored"
    assert "error-page.pdf" in ingested.stderr and "stored" in ingested.stdout
    text = runner.invoke(cli, ["timeline", "Gateshead", "--db", db]).stdout
    assert "2019-03-04 to 2019-03-15" in text and "improved, was Requires improvement to be good" in text
    stats = json.loads(runner.invoke(cli, ["stats", "--as-at", "2024-03-31", "--json", "--db", db]).stdout)
    assert {"as_at", "authorities", "inspected", "overall", "by_region", "by_judgement", "movement"} <= stats.keys()
    assert set(stats["overall"]) >= {"outstanding", "good", "requires_improvement", "inadequate"}
    unknown = runner.invoke(cli, ["timeline", "Atlantis", "--db", db])
    assert unknown.exit_code == 2 and "no authority called 'Atlantis'" in unknown.stderr
    bad_date = runner.invoke(cli, ["stats", "--as-at", "31/03/2024", "--db", db])
    assert bad_date.exit_code == 2 and "write it as year-month-day" in bad_date.stderr
    out = tmp_path / "e.xlsx"
    assert runner.invoke(cli, ["export", "--format", "xlsx", "--db", db, "-o", str(out)]).exit_code == 0
    assert out.stat().st_size > 1000
    assert "Sunderland" in runner.invoke(cli, ["neighbours", "Gateshead", "--db", db]).stdout
