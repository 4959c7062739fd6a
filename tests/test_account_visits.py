"""Visits as accounts tell of them: which visit of a series it was. Each page is written here to pin one behaviour
seen on real pages."""

from __future__ import annotations

from pathlib import Path

from tests.test_accounts import _subjects_and_mentioned


def test_the_visit_which_was_the_fourth(tmp_path: Path) -> None:
    subjects, _ = _subjects_and_mentioned(tmp_path, (
        "14 August 2025\n\nImprovements to children's services in Peterborough are being made with rigour and pace, "
        "according to a recent Ofsted monitoring visit.\n\nA recent visit by His Majesty's inspectors on 15 and 16 "
        "July 2025 highlighted progress at Peterborough City Council. During the visit, which was the fourth since "
        "the authority was judged as inadequate, inspectors reviewed the council's children in care service.\n"))
    assert [(e["kind"], e["visit_number"]) for e in subjects] == [("monitoring_visit", 4)]


def test_the_first_visit_since_a_new_director_is_no_visit_number(tmp_path: Path) -> None:
    subjects, _ = _subjects_and_mentioned(tmp_path, (
        "14 August 2025\n\nOfsted carried out a monitoring visit to Peterborough City Council's children's services "
        "on 15 and 16 July 2025. The visit, which was the first since the new director started, looked at children "
        "in care.\n"))
    assert [(e["kind"], e["visit_number"]) for e in subjects] == [("monitoring_visit", None)]
