"""A small corpus written by the tests: reports, letters and stories about a few councils, plus bad files."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import make_pdf
from tests.test_accounts import MINUTES, PRESS_RELEASE, TWO_COUNCILS_HTML
from tests.test_letters import MONITORING
from tests.test_report_extraction import ILACS_PAGE_1, ILACS_PAGE_2, SIF_PAGE_1, SIF_PAGE_2

GATESHEAD_2019 = ILACS_PAGE_1.replace("30 October to 3 November 2023", "4 to 15 March 2019").replace(
    "Since the last inspection in 2019, when services were judged to be requires improvement to be good,",
    "Since the last inspection in 2016, when services were judged to be inadequate,").replace(
    "children in care\nGood", "children in care and care leavers\nRequires improvement to be good").replace(
    "The experiences and progress of care\nleavers\nOutstanding\n", "").replace(
    "Overall effectiveness\nGood", "Overall effectiveness\nRequires improvement to be good")
SIF_SUNDERLAND = SIF_PAGE_1.replace("Exampleshire County Council", "Sunderland City Council")


def build_corpus(folder: Path, copies: int = 1) -> dict[str, int]:
    """Write the corpus; `copies` > 1 adds variants of the reports (distinct bytes) for bigger runs."""
    folder.mkdir(parents=True, exist_ok=True)
    make_pdf([ILACS_PAGE_1, ILACS_PAGE_2], folder / "gateshead-2023.pdf")
    make_pdf([GATESHEAD_2019, ILACS_PAGE_2], folder / "gateshead-2019.pdf")
    make_pdf([SIF_SUNDERLAND, SIF_PAGE_2], folder / "sunderland-2014.pdf")
    (folder / "manifest.csv").write_text(
        "path,urn,local_authority,title,published_date\n"
        "gateshead-2023.pdf,80454,Gateshead,x,2023-12-15\n"
        "gateshead-2019.pdf,80454,Gateshead,x,2019-05-20\n")
    (folder / "sandwell-mv5.txt").write_text(MONITORING)
    (folder / "two-councils.html").write_text(TWO_COUNCILS_HTML)
    (folder / "torbay-minutes.txt").write_text(MINUTES)
    (folder / "wigan-release.txt").write_text(PRESS_RELEASE)
    (folder / "error-page.pdf").write_bytes(b"<!DOCTYPE html><html><body>Not found</body></html>")
    (folder / "empty.txt").write_bytes(b"")
    for number in range(1, copies):
        variant = ILACS_PAGE_1.replace("Priya Example", f"Inspector Number{chr(64 + number % 26)}x{number}")
        make_pdf([variant, ILACS_PAGE_2] * 3, folder / f"variant-{number:03d}.pdf")
    return {"documents": 7 + max(0, copies - 1), "problems": 2}
