"""The letters accuracy gate: letters, minutes, press releases and news written for the gate (tests/gold/letters),
each with the facts a careful reader takes from it."""

from __future__ import annotations

from pathlib import Path

import pytest

from oversight.extract import ContextFactory, extract_path
from oversight.extract.gates.accuracy import (
    DATE_TARGET,
    LETTER_EXACT,
    compare_letter,
    letter_accuracy,
    load_gold,
    missing_evidence,
)

GOLD = Path(__file__).parent / "gold" / "letters"
# Floors for the fields the issue does not require to be perfect, at what the extractor reaches today. Raise them
# when it does better; never lower one without saying why in the commit.
FLOORS = {
    "dates": 1.0,  # all 256 read; a councillor's title ending in 'Schools' once cost two (twelfth session)
    "visit_number": 1.0,
    "lead_inspector": 1.0,
    "inspectors": 1.0,
    "focus_areas_count": 1.0,
    "areas_for_improvement_count": 1.0,
    "mentioned": 0.95,
    "people": 0.9,  # 189 of 209; a line read as a label ('Executive Director ...' under a name) once cost five
}


@pytest.fixture(scope="module")
def comparisons():
    # these documents were written to pin the rules' behaviour, accounts' grades included: read with their prose
    # grades stated, as the rules give them (by default those of news, releases and minutes are only reported)
    factory = ContextFactory(press_grades=True)
    return [compare_letter(extract_path(GOLD / gold["path"], factory), gold) for gold in load_gold(GOLD)]


def test_the_gate_covers_every_genre() -> None:
    gold = load_gold(GOLD)
    assert len(gold) >= 40
    assert {g["document_type"] for g in gold} == {
        "focused_visit_letter", "monitoring_visit_letter", "jtai_letter", "news_article", "council_minutes",
        "press_release", "other"}
    media = {Path(g["path"]).suffix for g in gold}
    assert {".txt", ".html", ".pdf", ".docx"} <= media


def test_genre_council_events_and_grades_are_right_on_every_document(comparisons) -> None:
    wrong = [f"{c.path} {d}" for c in comparisons for d in c.differences if d.split(" ")[0].rstrip(":") in LETTER_EXACT]
    assert not wrong, "\n".join(wrong)


def test_dates_are_right_to_the_precision_the_text_allows(comparisons) -> None:
    right, total = letter_accuracy(comparisons)["dates"]
    wrong = [f"{c.path} {d}" for c in comparisons for d in c.differences if d.startswith("dates")]
    assert right / total >= DATE_TARGET, "\n".join(wrong)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_no_field_falls_below_its_floor(comparisons, name) -> None:
    right, total = letter_accuracy(comparisons)[name]
    wrong = [f"{c.path} {d}" for c in comparisons for d in c.differences if d.startswith(name)]
    assert right / total >= FLOORS[name], "\n".join(wrong)


def test_every_value_has_its_evidence() -> None:
    factory = ContextFactory()
    missing = {}
    for gold in load_gold(GOLD):
        gaps = missing_evidence(extract_path(GOLD / gold["path"], factory))
        if gaps:
            missing[gold["path"]] = gaps
    assert not missing, missing
