"""An editor runs South Tyneside's action plan in Chromium, from the real 2023 report to the council's account of
the third monitoring visit: signs in, makes the plan, adds actions, records progress citing the later visit's
words, records a board review and takes the Word file to the board. Every page is checked as the other browser
tests check theirs (width, axe-core, screenshots)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import expect

from oversight.ingest import ingest
from oversight.plans.accounts import create_user
from oversight.store import open_database
from tests.conftest import CORPUS, SHARED
from tests.test_browser import CHROMIUM, _check, browser, page, serve, stop  # noqa: F401  (fixtures used by name)

REPORT = CORPUS / "reports" / "80557" / "2023-05-10.pdf"  # South Tyneside, inadequate, published 10 May 2023
LATER = SHARED / "seeds" / "000_1d5d499e23c9bc4d.txt"  # the council on Ofsted's third monitoring visit, July 2024
PASSWORD = "a long and private passphrase"
QUOTE = "Ofsted noted improvements across the wider service"

pytestmark = [
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM} (apt-get install chromium)"),
    pytest.mark.skipif(not (REPORT.is_file() and LATER.is_file()),
                       reason=f"needs the real South Tyneside report ({REPORT}) and seed ({LATER})"),
]


@pytest.fixture
def south_tyneside(tmp_path: Path) -> str:
    """A record of the 2023 report and the later account, with an editor of South Tyneside; a new one for each
    width, since the plan is made once."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(REPORT, folder / REPORT.name)
    shutil.copy(LATER, folder / LATER.name)
    (folder / "manifest.csv").write_text("path,urn,local_authority,title,published_date\n"
                                         f"{REPORT.name},80557,South Tyneside,Children's services inspection,"
                                         "2023-05-10\n")
    database = open_database(str(tmp_path / "o.db"))
    ingest(database, [folder], workers=1)
    create_user(database, "test", "st.editor", PASSWORD, councils={"393": "editor"})
    address, server = serve(database)
    yield address
    stop(server)


def _date(tab, prefix: str, day: int, month: int, year: int) -> None:  # type: ignore[no-untyped-def]
    tab.fill(f"#{prefix}-day", str(day))
    tab.fill(f"#{prefix}-month", str(month))
    tab.fill(f"#{prefix}-year", str(year))


def test_an_editor_runs_the_plan_from_the_report_to_the_next_visit(page, south_tyneside: str,  # noqa: F811
                                                                   tmp_path: Path) -> None:
    page.goto(south_tyneside + "/")
    if page.width_name == "phone":  # the menu button appears once GOV.UK Frontend's script has set it up
        page.locator(".govuk-service-navigation__toggle").wait_for(state="visible")
        page.locator(".govuk-service-navigation__toggle").click()
    page.click(".govuk-service-navigation__list a:has-text('Sign in')")
    _check(page, "plans-sign-in")
    page.fill("#sign_in-username", "st.editor")
    page.fill("#sign_in-password", PASSWORD)
    page.click("button:has-text('Sign in')")
    expect(page.locator("h1")).to_have_text("Action plans")  # waits for the page the form leads to
    _check(page, "plans-list")

    options = page.locator("#create-event_key option").all_inner_texts()
    assert options and options[0].startswith("South Tyneside: Full inspection of 5 December 2022")
    page.click("button:has-text('Make the plan')")
    expect(page.locator("h1")).to_have_text(re.compile("^Action plan for the full inspection of 5 December 2022"))
    assert page.locator("text=Estimate").count() == 1  # no day of receipt yet: counted from publication
    assert page.locator(".oversight-quote").count() == 7
    _check(page, "plan")

    page.click("a:has-text('Item 1')")
    expect(page.locator("h1")).to_have_text("Item 1")
    assert "Management recording of decision-making" in page.locator("blockquote").first.inner_text()
    _check(page, "plan-item")
    for description, owner, month in (("Audit managers' recorded decisions each month", "Head of service", 9),
                                      ("Train team managers in recording the rationale", "Principal social worker",
                                       11)):
        page.fill("#action-description", description)
        page.fill("#action-owner_name", "A. Manager")
        page.fill("#action-owner_role", owner)
        _date(page, "action-due", 30, month, 2023)
        page.select_option("#action-status", "on_track")
        page.click("button:has-text('Add the action')")
        expect(page.locator("h1")).to_have_text(description)
        page.click(".govuk-breadcrumbs a:has-text('Item 1')")
        expect(page.locator("h1")).to_have_text("Item 1")
    assert page.locator("table a").all_inner_texts() == ["Audit managers' recorded decisions each month",
                                                         "Train team managers in recording the rationale"]
    page.click("table a:has-text('Audit managers')")
    expect(page.locator("h1")).to_have_text("Audit managers' recorded decisions each month")
    _check(page, "plan-action")

    page.fill("#progress-text", "Monthly audits running since September; the third monitoring visit saw the change.")
    label = page.locator("#progress-document_id option", has_text="Press release").first.inner_text()
    page.select_option("#progress-document_id", label=label)
    page.fill("#progress-quote", QUOTE)
    page.click("button:has-text('Record progress')")
    expect(page.locator("#progress ~ ul li").first).to_contain_text(QUOTE)
    cited = page.locator("#progress ~ ul li").first
    assert "Monthly audits running" in cited.inner_text() and QUOTE in cited.inner_text()
    assert "page 1" in cited.inner_text()
    _check(page, "plan-action-progress")

    page.click(".govuk-breadcrumbs a:has-text('South Tyneside')")
    expect(page.locator("h1")).to_have_text(re.compile("^Action plan for"))
    _date(page, "review-held", 12, 10, 2023)
    page.fill("#review-body", "Children's services improvement board")
    page.fill("#review-decided", "Progress on recording accepted; audits to report quarterly.")
    page.fill("#review-attendees", "Independent chair, DCS, lead member")
    page.click("button:has-text('Record the review')")
    expect(page.locator("#reviews ~ ul").first).to_contain_text("12 October 2023")
    assert page.locator("#reviews ~ ul").first.inner_text().startswith("12 October 2023, Children's services")
    _check(page, "plan-reviewed")

    with page.expect_download() as download:
        page.click("a:has-text('as a Word document')")
    saved = tmp_path / "plan.docx"
    download.value.save_as(saved)
    from docx import Document

    document = Document(str(saved))
    text = "\n".join(p.text for p in document.paragraphs)
    assert text.startswith("South Tyneside: action plan for the full inspection of 5 December 2022")
    assert "12 October 2023, Children's services improvement board: Progress on recording accepted" in text
    rows = [[cell.text for cell in row.cells] for row in document.tables[0].rows]
    assert rows[0] == ["Item", "Ofsted's words", "Page", "Action", "Owner", "Due", "Status", "Latest progress"]
    audit_row = next(r for r in rows if r[3] == "Audit managers' recorded decisions each month")
    assert audit_row[1].startswith("Management recording of decision-making") and audit_row[2].isdigit()
    assert audit_row[4] == "A. Manager, Head of service" and audit_row[5] == "30 September 2023"
    assert audit_row[6].startswith("On track") and "Monthly audits running" in audit_row[7]
    assert len(rows) == 1 + 2 + 6  # the header, item 1's two actions, and the six items without one yet
    second = next(r for r in rows if r[3] == "Train team managers in recording the rationale")
    assert second[1] == "" and second[0] == ""  # Ofsted's words once for each item
    section = document.sections[0]
    assert section.page_width > section.page_height  # landscape, for a table of eight columns
    assert document.tables[0].rows[0]._tr.xpath("./w:trPr/w:tblHeader")  # its heading on every page
    assert document.core_properties.author == "Oversight"
