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


def serve(database) -> tuple[str, object]:  # type: ignore[no-untyped-def]
    """The service over this database on a free port of loopback, in a thread: its address and the server."""
    import uvicorn

    from oversight.web.app import create_app

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
    server.thread = thread  # type: ignore[attr-defined]
    return f"http://127.0.0.1:{port}", server


def stop(server) -> None:  # type: ignore[no-untyped-def]
    server.should_exit = True
    server.thread.join(timeout=5)


@pytest.fixture(scope="module")
def base_url(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("browser")
    build_corpus(folder / "corpus")
    database = open_database(str(folder / "o.db"))
    ingest(database, [folder / "corpus"], workers=1)
    address, server = serve(database)
    yield address
    stop(server)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


AXE = Path(__file__).resolve().parents[1] / "node_modules" / "axe-core" / "axe.min.js"
WIDTHS = {"wide": 1280, "phone": 390}


@pytest.fixture(params=list(WIDTHS), ids=list(WIDTHS))
def page(browser, request):
    """A tab at 1280 or 390 pixels wide. The Content-Security-Policy is relaxed for the test's own script (axe-core)
    alone: the pages' scripts and styles are still checked against it by the console-error check below."""
    width = WIDTHS[request.param]
    context = browser.new_context(viewport={"width": width, "height": 900}, bypass_csp=True, accept_downloads=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.expected_errors = errors  # a test that visits a missing page on purpose takes its 404 off this list
    page.width_name = request.param
    page.clicks = 0
    yield page
    context.close()
    assert errors == [], errors  # no script errors, no resource refused


def _check(page, name: str) -> None:
    """Every page a test reaches: no wider than the screen, no axe-core violation, and a screenshot to look at."""
    page.wait_for_load_state("load")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"], f"{name} is {width} px wide on a {page.viewport_size['width']} px screen"
    if AXE.exists():
        page.add_script_tag(path=str(AXE))
        violations = page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
                                   ".map(v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))")
        assert violations == [], f"{name}: {violations}"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}-{page.width_name}.png"), full_page=True)


def _click(page, selector: str) -> None:
    """A click counted against the task's budget of three from the home page (and the page it leads to loaded)."""
    page.clicks += 1
    page.locator(selector).first.click()
    page.wait_for_load_state("load")


def _menu(page, words: str) -> None:
    """The menu's link: behind the Menu button on a phone (a click of its own)."""
    if page.width_name == "phone":
        # the button is hidden until GOV.UK Frontend's script has set the menu up: wait for it, or a click on a
        # page still loading finds neither the button nor a visible link
        page.locator(".govuk-service-navigation__toggle").wait_for(state="visible")
        _click(page, ".govuk-service-navigation__toggle")
    _click(page, f".govuk-service-navigation__list a:has-text('{words}')")


def test_which_councils_in_a_region_have_a_grade(page, base_url: str) -> None:
    page.goto(base_url + "/")
    _check(page, "england")
    _click(page, "#regions a:has-text('in North East: Good')")
    assert "Councils in North East" in page.locator("h1").inner_text()
    assert page.locator("table a:has-text('Gateshead')").count() == 1
    assert page.locator("tbody tr").count() == 1
    assert page.clicks <= 3
    _check(page, "councils-north-east-good")


def test_a_council_over_time_and_what_it_was_asked_to_improve(page, base_url: str) -> None:
    page.goto(base_url + "/")
    _click(page, "svg a[href='/authorities/gateshead']")
    assert page.locator("h1").inner_text() == "Gateshead"
    assert page.locator("svg.oversight-chart").count() == 1
    assert page.locator("text=Improved (was requires improvement").count() >= 1
    assert page.locator("#improve").count() == 1 and page.locator(".oversight-event li").count() >= 1
    assert page.clicks <= 3
    _check(page, "council-gateshead")


def test_the_national_picture_on_a_date(page, base_url: str) -> None:
    page.goto(base_url + "/")
    page.fill("#as_at-day", "31")
    page.fill("#as_at-month", "3")
    page.fill("#as_at-year", "2020")
    _click(page, "button:has-text('Show this date')")
    assert page.locator("h1").inner_text().endswith("on 31 March 2020")
    assert "151 councils" in page.locator(".govuk-body-l").inner_text()  # Bournemouth and Poole had merged
    assert page.clicks <= 3
    _check(page, "england-2020")
    page.fill("#as_at-day", "31")
    page.fill("#as_at-month", "02")
    page.fill("#as_at-year", "2020")
    page.locator("button:has-text('Show this date')").click()
    page.locator(".govuk-error-summary").wait_for(timeout=10_000)  # the page that answers, not the one before it
    assert page.locator(".govuk-error-summary").count() == 1, "a bad date is said on the same page, with the form"
    assert page.locator("#as_at-day").input_value() == "31"
    _check(page, "england-bad-date")


def test_compare_three_councils_on_every_judgement(page, base_url: str) -> None:
    page.goto(base_url + "/")
    _menu(page, "Compare")
    _check(page, "compare-empty")
    page.fill("#council-1", "Gateshead")
    page.fill("#council-2", "Sunderland")
    page.fill("#council-3", "Newcastle upon Tyne")
    _click(page, "form button:has-text('Compare')")
    page.wait_for_url("**/compare?a=gateshead&a=sunderland&a=newcastle-upon-tyne")  # the address to share
    assert page.clicks <= 3
    headers = page.locator("#grades th[scope=col]").all_inner_texts()
    assert {"Impact of leaders on social work practice", "Children looked after and achieving permanence",
            "Care leavers", "Overall effectiveness"} <= set(headers), "every judgement area of either framework"
    assert "a=gateshead" in page.url and "a=sunderland" in page.url, "an address to share"
    assert page.locator("#grades a:has-text('Newcastle upon Tyne')").count() == 1
    _check(page, "compare")


def test_every_document_saying_a_phrase_as_csv(page, base_url: str) -> None:
    page.goto(base_url + "/")
    page.fill("#home-q", '"return home interviews"')
    _click(page, "form[role=search] button:has-text('Search')")
    assert "document" in page.locator("#results-heading").inner_text()
    assert page.locator(".oversight-snippet mark").count() >= 1
    _check(page, "search")
    with page.expect_download() as download:
        _click(page, "a:has-text('as CSV')")
    assert page.clicks <= 3
    text = Path(download.value.path()).read_text("utf-8-sig")
    assert text.startswith("Document number,") and len(text.splitlines()) >= 2


def test_the_page_and_words_behind_a_grade(page, base_url: str) -> None:
    page.goto(base_url + "/")
    _click(page, "svg a[href='/authorities/gateshead']")
    _click(page, "a:has-text('The words')")
    assert page.clicks <= 3
    target = page.evaluate("location.hash")
    assert target.startswith("#ev-")
    followed = page.locator(f"mark.oversight-evidence:has({target})")
    assert followed.count() == 1
    colour = followed.evaluate("mark => getComputedStyle(mark).backgroundColor")
    others = page.locator("mark.oversight-evidence").nth(0 if target != "#ev-0" else 1)
    assert colour != others.evaluate("mark => getComputedStyle(mark).backgroundColor"), "it stands out"
    assert page.locator("a.oversight-evidence-link:has-text('page ')").count() >= 1
    _check(page, "document")


def test_problems_the_keyboard_and_a_missing_page(page, base_url: str) -> None:
    page.goto(base_url + "/problems")
    assert page.locator("td.oversight-file:has-text('error-page.pdf')").count() == 1
    assert "/tmp" not in page.content() and "pytest" not in page.locator("main").inner_text()
    _check(page, "problems")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to main content"
    page.goto(base_url + "/authorities")
    _check(page, "councils")
    page.goto(base_url + "/no-such-page")
    assert page.locator("h1").inner_text() == "Page not found"
    page.expected_errors.clear()
    _check(page, "not-found")
