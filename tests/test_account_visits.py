"""Visits as accounts tell of them: which visit of a series it was. Each page is written here to pin one behaviour
seen on real pages."""

from __future__ import annotations

from pathlib import Path

import pytest

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


def test_a_joint_inspection_with_the_other_inspectorates_is_the_councils_jtai(tmp_path: Path) -> None:
    subjects, _ = _subjects_and_mentioned(tmp_path, (
        "Joint inspection praises Salford\n25 April 2022\n\nInspectors from Ofsted, the Care Quality Commission, HM "
        "Inspectorate of Constabulary and HM Inspectorate of Probation carried out a joint targeted area inspection "
        "of children's services in Salford between 7 and 11 March 2022.\n"))
    assert [(e["kind"], e["start_date"], e["end_date"]) for e in subjects] == [("jtai", "2022-03-07", "2022-03-11")]


@pytest.mark.parametrize(("text", "dates"), [
    ("Help for Hertfordshire families praised\n28 February 2024\n\nTwo inspectors spent 24 and 25 January 2024 with "
     "the county council's children's social care teams. Their findings were published today in a letter from "
     "Ofsted.\n", ("2024-01-24", "2024-01-25")),
    ("East Riding praised\nNews release, 29 June 2018\n\nEast Riding of Yorkshire Council has welcomed an Ofsted "
     "letter on its children's services. During a visit in the spring, two inspectors looked at the council's "
     "decisions about permanence.\n", ("2018", None)),
])
def test_two_inspectors_for_a_day_or_two_are_a_visit(tmp_path: Path, text: str, dates: tuple) -> None:
    subjects, _ = _subjects_and_mentioned(tmp_path, text)
    assert [(e["kind"], e["start_date"], e["end_date"]) for e in subjects] == [("focused_visit", *dates)]


def test_two_inspectors_at_an_inadequate_council_are_not_read_as_a_focused_visit(tmp_path: Path) -> None:
    subjects, _ = _subjects_and_mentioned(tmp_path, (
        "Progress in Sandwell\n28 February 2024\n\nTwo inspectors spent 24 and 25 January 2024 with Sandwell "
        "Council's children's social care teams, which Ofsted judged inadequate in 2021. Their findings were "
        "published today in a letter.\n"))
    assert all(e["kind"] != "focused_visit" for e in subjects)
