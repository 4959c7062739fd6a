"""Clicking through the service in Chromium, as a person would, saving screenshots to out/screenshots/."""

from __future__ import annotations

import socket
import threading
import time
import warnings
from pathlib import Path

import pytest

from oversight.ingest import ingest
from oversight.store import open_database
from tests.corpus_builder import build_corpus

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[1] / "out" / "screenshots"
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
               "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM} (apt-get install chromium)")


@pytest.fixture(scope="module")
def base_url(tmp_path_factory) -> str:
    import uvicorn

    from oversight.web.app import create_app

    folder = tmp_path_factory.mktemp("browser")
    build_corpus(folder / "corpus")
    database = open_database(str(folder / "o.db"))
    ingest(database, [folder / "corpus"], workers=1)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        server = uvicorn.Server(uvicorn.Config(create_app(database), host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 15
    while not server.started and time.time() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.expected_errors = errors  # a test that visits a missing page on purpose takes its 404 off this list
    yield page
    context.close()
    assert errors == [], errors  # no script errors, no resource refused by the Content-Security-Policy


def _shot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def test_england_today_and_changing_the_date(page, base_url: str) -> None:
    page.goto(base_url + "/")
    assert "Children's services in England at" in page.locator("h1").inner_text()
    assert page.locator("svg.oversight-chart").count() == 1
    _shot(page, "england")
    page.fill("#as_at", "2019-03-31")
    page.click("button:has-text('Show')")
    page.wait_for_url("**as_at=2019-03-31")
    assert "2019-03-31" in page.locator("h1").inner_text()
    assert "152 councils" in page.locator(".govuk-body-l").inner_text()
    _shot(page, "england-2019")


def test_from_the_council_list_to_a_journey_and_a_document(page, base_url: str) -> None:
    page.goto(base_url + "/")
    page.click("header >> text=Councils")
    page.click("a:has-text('journey of Gateshead')")
    assert page.locator("h1").inner_text() == "Gateshead"
    assert page.locator("svg.oversight-chart").count() == 1
    assert page.locator("text=Improved (was requires improvement)").count() >= 1
    _shot(page, "council-gateshead")
    page.locator(".oversight-event a:has-text('inspection report')").first.click()
    assert page.locator("h2:has-text('What it says')").count() == 1
    page.locator("a:has-text('(evidence)')").first.click()
    target = page.evaluate("location.hash")
    assert target.startswith("#ev-")
    assert page.locator(f"mark.oversight-evidence:has({target})").count() == 1
    _shot(page, "document")


def test_search_with_a_filter(page, base_url: str) -> None:
    page.goto(base_url + "/search")
    page.fill("#q", "return home interviews")
    page.click("button:has-text('Search')")
    assert "found" in page.locator("#results-heading").inner_text()
    assert page.locator(".oversight-snippet mark").count() >= 1
    _shot(page, "search")
    page.click("summary:has-text('Filters')")
    page.select_option("#document_type", "monitoring_visit_letter")
    page.click("button:has-text('Search')")
    assert page.locator(".oversight-result").count() >= 1
    assert "monitoring visit letter" in page.locator(".oversight-result").first.inner_text()


def test_compare_two_councils(page, base_url: str) -> None:
    page.goto(base_url + "/authorities")
    page.check("#a-gateshead")
    page.check("#a-sunderland")
    page.click("button:has-text('Compare')")
    assert page.locator("h2 a").all_inner_texts() == ["Gateshead", "Sunderland"]
    _shot(page, "compare")


def test_problems_and_the_keyboard(page, base_url: str) -> None:
    page.goto(base_url + "/problems")
    assert page.locator("td.oversight-path:has-text('error-page.pdf')").count() == 1
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to main content"
    page.keyboard.press("Enter")
    _shot(page, "problems")
    page.goto(base_url + "/no-such-page")
    assert page.locator("h1").inner_text() == "Page not found"
    page.expected_errors.remove("Failed to load resource: the server responded with a status of 404 (Not Found)")
