"""The record built from the real corpus: the national picture agrees with the reports checked by eye, and South
Tyneside's journey reads as the issue describes it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from oversight.analysis.export import latest_records
from oversight.analysis.journey import journey
from oversight.extract.gates.accuracy import load_gold
from oversight.ingest import ingest
from oversight.store import open_database, tables
from tests.conftest import SHARED

pytestmark = pytest.mark.corpus
GOLD = Path(__file__).parent / "gold" / "reports"
SEEDS = SHARED / "seeds"


@pytest.fixture(scope="module")
def database(corpus: Path, tmp_path_factory):
    database = open_database(str(tmp_path_factory.mktemp("record") / "record.db"))
    ingest(database, [corpus] + ([SEEDS] if SEEDS.is_dir() else []), workers=2)
    return database


@pytest.mark.parametrize("as_at", [date(2016, 3, 31), date(2019, 3, 31), date(2022, 3, 31), date(2024, 3, 31),
                                   date(2026, 1, 1)])
def test_the_national_picture_agrees_with_the_reports_checked_by_eye(database, corpus: Path, as_at: date) -> None:
    gold = {str((corpus / "reports" / g["path"]).resolve()): g for g in load_gold(GOLD)}
    checked = 0
    with database.engine.connect() as connection:
        paths = {row.id: row.path for row in connection.execute(select(tables.documents.c.id, tables.documents.c.path))}
    for record in latest_records(database, as_at):
        inspection = record["inspection"]
        source = inspection["source"] if inspection else None
        report = gold.get(str(Path(paths[source["document_id"]]).resolve())) if source else None
        if report is None:
            continue
        expected = report["judgements"].get("overall_effectiveness")
        assert inspection["judgements"].get("overall_effectiveness") == expected, record["authority"]
        assert inspection["published_date"] == report["published_date"], record["authority"]
        checked += 1
    assert checked >= 10, f"only {checked} authorities' latest reports as at {as_at} are in the gold set"


def test_south_tyneside_from_good_in_2017_to_inadequate_in_2023_with_its_visits(database) -> None:
    record = journey(database, database.registry.by_slug["south-tyneside"])
    events = [e for e in record["events"] if e["start_date"]]
    kinds = [(e["kind"], e["start_date"][:7]) for e in events]
    assert ("full_inspection", "2017-09") in kinds and ("full_inspection", "2022-12") in kinds
    assert ("focused_visit", "2022-03") in kinds and ("monitoring_visit", "2024-07") in kinds
    inadequate = next(e for e in events if e["kind"] == "full_inspection" and e["start_date"].startswith("2022-12"))
    assert inadequate["judgements"]["overall_effectiveness"] == "inadequate"
    assert inadequate["changes"]["overall_effectiveness"] == {"from": "good", "to": "inadequate",
                                                              "direction": "declined"}
    visit = next(e for e in events if e["kind"] == "monitoring_visit")
    assert visit["visit_number"] == 3 and visit["secondary_only"]
    assert kinds == sorted(kinds, key=lambda k: k[1])


def test_the_readme_timeline_of_south_tyneside_is_what_the_record_prints(database) -> None:
    from oversight.analysis.record import authority_by_name
    from oversight.cli.render import timeline_text
    from tests.conftest import ROOT

    lines = (ROOT / "README.md").read_text("utf-8").splitlines()
    start = lines.index("$ .venv/bin/oversight timeline 'South Tyneside'") + 1
    shown = lines[start: lines.index("```", start)]
    printed = timeline_text(journey(database, authority_by_name(database, "South Tyneside").authority))
    # the README cuts lines at 150 characters, ending a cut line with '...'
    assert [line if len(line) <= 150 else line[:147] + "..." for line in printed.rstrip("\n").splitlines()] == shown
