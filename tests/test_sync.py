"""`oversight sync` against a replica of Ofsted's reports site (tests/ofsted_replica.py): the same record as ingest,
conditional second syncs, politeness, faults, withdrawals, a changed layout, and kills at random moments."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from oversight.analysis.record import load_events
from oversight.ingest import ingest
from oversight.store import Database, open_database, tables
from oversight.sync.client import Politeness
from oversight.sync.run import SyncOptions, sync
from oversight.sync.state import last_sync, provider_checked
from tests.conftest import make_pdf
from tests.corpus_builder import GATESHEAD_2019, SIF_SUNDERLAND
from tests.ofsted_replica import Council, Listed, Replica
from tests.test_letters import MONITORING
from tests.test_report_extraction import ILACS_PAGE_1, ILACS_PAGE_2, SIF_PAGE_2

FAST = Politeness(rate=200.0, concurrency=2, timeout=5.0, retries=3, backoff=0.05)


def _councils() -> list[Council]:
    return [
        Council("80469", "Gateshead", [
            Listed(5001, "Children's services inspection - 15 December 2023", make_pdf([ILACS_PAGE_1, ILACS_PAGE_2])),
            Listed(5002, "Children's services inspection - 20 May 2019", make_pdf([GATESHEAD_2019, ILACS_PAGE_2]))]),
        Council("80566", "Sunderland", [
            Listed(5003, "Single inspection framework - 25 July 2014", make_pdf([SIF_SUNDERLAND, SIF_PAGE_2]))]),
        Council("80549", "Sandwell", [
            Listed(5004, "Monitoring visit - 11 March 2022", make_pdf([MONITORING]))]),
        Council("80454", "Durham", []),
    ]


def _record(database: Database) -> list[tuple]:
    """What the record says, without ids or paths: every event with its dates, grades and items."""
    return sorted((e.authority_code, e.kind, e.start_date, e.end_date, e.published_date, e.visit_number,
                   tuple(sorted(e.judgements.items())), tuple(e.items)) for e in load_events(database))


def _options(replica: Replica, tmp_path: Path, **changes) -> SyncOptions:  # type: ignore[no-untyped-def]
    return SyncOptions(**{"base_url": replica.base_url, "files": tmp_path / "files", "politeness": FAST,
                          "contact": "records@example.org", **changes})


def test_a_full_sync_gives_the_record_ingest_gives_and_a_second_costs_only_304s(tmp_path: Path, db_url: str) -> None:
    with Replica(_councils(), rows=2) as replica:  # two councils a page: the listing runs over three pages
        database = open_database(db_url)
        first = sync(database, _options(replica, tmp_path))
        assert first.councils == 4 and first.downloaded == 4 and first.stored == 4 and not first.problems
        assert {p["title"] for p in first.new} >= {"Monitoring visit - 11 March 2022"}
        synced = _record(database)
        replica.log.clear()
        second = sync(database, _options(replica, tmp_path))
        assert second.downloaded == 0 and second.new == [] and second.stored == 0
        assert replica.files_requested() == [], "nothing downloaded again"
        pages = [s for s in replica.log if s.path != "/robots.txt"]
        assert pages and all(s.status == 304 and "If-None-Match" in s.headers for s in pages)
    folder = tmp_path / "same-files"
    folder.mkdir()
    for council in _councils():
        for listed in council.publications:
            (folder / f"{listed.file_id}.pdf").write_bytes(listed.body)
    (folder / "manifest.csv").write_text("path,urn,published_date\n5001.pdf,80469,2023-12-15\n"
                                         "5002.pdf,80469,2019-05-20\n5003.pdf,80566,2014-07-25\n"
                                         "5004.pdf,80549,2022-03-11\n")
    other = open_database(str(tmp_path / "ingested.db"))
    ingest(other, [folder], workers=1)
    assert synced == _record(other)
    with database.engine.connect() as connection:
        rows = connection.execute(select(tables.documents.c.source_url, tables.documents.c.publisher)).all()
    assert {r.source_url.rsplit("/", 1)[-1] for r in rows} == {"5001", "5002", "5003", "5004"}
    assert {r.publisher for r in rows} == {"ofsted"}
    assert last_sync(database)["summary"]["downloaded"] == 0
    assert provider_checked(database, "80469") is not None


def test_polite_at_the_default_rate(tmp_path: Path) -> None:
    """One request a second, a User-Agent naming Oversight and its contact, robots.txt read and honoured."""
    councils = [Council("80469", "Gateshead", [
        Listed(5001, "Children's services inspection - 15 December 2023", make_pdf([ILACS_PAGE_1, ILACS_PAGE_2]))])]
    with Replica(councils, robots="User-agent: *\nDisallow: /v1/file/\n") as replica:
        database = open_database(str(tmp_path / "o.db"))
        summary = sync(database, SyncOptions(base_url=replica.base_url, contact="records@example.org",
                                             politeness=Politeness()))
        starts = [s.at for s in replica.log]
        assert len(starts) >= 3 and all(b - a >= 0.9 for a, b in zip(starts, starts[1:], strict=False))
        assert all("Oversight/" in s.headers["User-Agent"] and "records@example.org" in s.headers["User-Agent"]
                   for s in replica.log)
        assert replica.log[0].path == "/robots.txt" and replica.files_requested() == []
        assert any("robots.txt" in p for p in summary.problems)


@pytest.mark.timeout(120)
def test_faults_end_in_a_retry_or_a_clear_problem(tmp_path: Path) -> None:
    with Replica(_councils()) as replica:
        replica.faults = {"/v1/file/5001": ["429:1", "500"], "/v1/file/5002": ["drop"],
                          "/v1/file/5003": ["html", "html", "html", "html"], "/provider/44/80549": ["slow:3"]}
        database = open_database(str(tmp_path / "o.db"))
        politeness = Politeness(rate=200.0, concurrency=2, timeout=1.0, retries=3, backoff=0.05)
        summary = sync(database, _options(replica, tmp_path, politeness=politeness))
        assert summary.downloaded == 3, summary.problems  # 5001 and 5002 after retries; 5004 after a slow page
        assert any(s.path == "/v1/file/5001" and s.status == 429 for s in replica.log)
        assert [p for p in summary.problems if "5003" in p] == [
            f"{replica.base_url}/v1/file/5003: the address gave a web page (HTML), not a PDF"]
        problems = {p.path: p for p in database.problems()}
        assert problems[f"{replica.base_url}/v1/file/5003"].code == "not_pdf"
        assert database.counts()["documents"] == 3, "an error page is never a document"
        replica.faults = {}
        again = sync(database, _options(replica, tmp_path, politeness=politeness))
        assert again.downloaded == 1 and not again.problems
        assert database.problems() == [], "a problem goes once the address serves its file"


def test_a_changed_layout_is_loud_and_a_withdrawn_publication_is_kept(tmp_path: Path) -> None:
    councils = _councils()
    with Replica(councils) as replica:
        database = open_database(str(tmp_path / "o.db"))
        sync(database, _options(replica, tmp_path))
        documents = database.counts()["documents"]
        replica.changed_markup.add("80469")
        changed = sync(database, _options(replica, tmp_path))
        assert "the provider page for Gateshead has changed: 0 publications found, 2 before" in changed.problems
        assert changed.withdrawn == []
        replica.changed_markup.clear()
        councils[0].publications.pop(1)  # Ofsted withdraws the 2019 report
        withdrawn = sync(database, _options(replica, tmp_path))
        assert [w["title"] for w in withdrawn.withdrawn] == ["Children's services inspection - 20 May 2019"]
        assert database.counts()["documents"] == documents, "nothing stored is removed"
        with database.engine.connect() as connection:
            row = connection.execute(select(tables.publications).where(
                tables.publications.c.url.endswith("/5002"))).one()
        assert row.withdrawn and row.last_seen is not None
        assert database.problems() == []


def test_a_dry_run_says_what_it_would_fetch_and_stores_nothing(tmp_path: Path) -> None:
    with Replica(_councils()) as replica:
        database = open_database(str(tmp_path / "o.db"))
        dry = sync(database, _options(replica, tmp_path, dry_run=True, since=__import__("datetime").date(2020, 1, 1)))
        assert sorted(p["title"] for p in dry.would_fetch) == ["Children's services inspection - 15 December 2023",
                                                               "Monitoring visit - 11 March 2022"]
        assert replica.files_requested() == [] and database.counts()["documents"] == 0
        assert last_sync(database) is None
        only = sync(database, _options(replica, tmp_path, urns=["80566"]))
        assert only.councils == 1 and only.downloaded == 1


def test_sync_from_the_command_line_survives_kills_at_random_moments(tmp_path: Path) -> None:
    """Killed (SIGKILL) ten times at random moments, then run to the end: the record a clean sync makes."""
    with Replica(_councils(), latency=0.05) as replica:
        db = str(tmp_path / "killed.db")
        command = [sys.executable, "-m", "oversight.cli.main", "sync", "--base-url", replica.base_url, "--db", db,
                   "--rate", "100", "--contact", "records@example.org"]
        chance = random.Random(7)
        for _ in range(10):
            process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                       start_new_session=True)
            time.sleep(chance.uniform(0.2, 3.0))
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        done = subprocess.run(command, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        assert "new since the last sync" in done.stdout
        clean = open_database(str(tmp_path / "clean.db"))
        sync(clean, _options(replica, tmp_path / "clean"))
    killed = open_database(db)
    assert _record(killed) == _record(clean)
    assert killed.integrity_problems() == []
    assert not list((tmp_path / "killed-files" / ".partial").glob("*.part"))


def test_a_sync_that_cannot_reach_the_site_fails_in_one_line_and_is_not_counted_as_done(tmp_path: Path) -> None:
    from oversight.errors import FetchError

    database = open_database(str(tmp_path / "o.db"))
    quick = Politeness(rate=100.0, retries=1, backoff=0.01, timeout=1.0)
    with pytest.raises(FetchError, match="connection failed"):
        sync(database, SyncOptions(base_url="http://127.0.0.1:9", files=tmp_path / "files", politeness=quick))
    assert last_sync(database) is None


def test_sync_needs_a_files_folder_for_postgresql_and_says_so(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "oversight.cli.main", "sync", "--db",
                           "postgresql://postgres@127.0.0.1:5432/test", "--dry-run", "--base-url",
                           "http://127.0.0.1:9"], capture_output=True, text=True, timeout=120,
                          env={k: v for k, v in os.environ.items() if k != "OVERSIGHT_FILES"})
    assert done.returncode == 2 and "--files" in done.stderr and "Traceback" not in done.stderr
    bad = subprocess.run([sys.executable, "-m", "oversight.cli.main", "sync", "--every", "soon", "--db",
                          str(tmp_path / "o.db")], capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and "--every takes a duration" in bad.stderr


def test_the_pages_and_stats_say_when_the_record_was_last_synced(tmp_path: Path) -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from oversight.web.app import create_app

    with Replica(_councils()) as replica:
        db = str(tmp_path / "o.db")
        database = open_database(db)
        client = TestClient(create_app(database))
        assert "has not been brought up to date from Ofsted" in client.get("/").text
        assert "has not been checked by a sync" in client.get("/authorities/gateshead").text
        sync(database, _options(replica, tmp_path))
        client.app.state.cache.check_every = 0  # type: ignore[attr-defined]
        home = client.get("/").text
        assert f"last brought up to date from <a class=\"govuk-footer__link\" href=\"{replica.base_url}\">" in home
        assert client.get("/index.json").json()["last_sync"]["summary"]["downloaded"] == 4
        assert "Its page on Ofsted's site was last checked on" in client.get("/authorities/gateshead").text
        stats = subprocess.run([sys.executable, "-m", "oversight.cli.main", "stats", "--db", db], capture_output=True,
                               text=True, timeout=120)
        assert f"record last synced from {replica.base_url}" in stats.stdout
