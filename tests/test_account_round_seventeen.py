"""The fifteenth session's blind round (seventeen): an ordinary sample of the North, the Midlands and London, and
pages about government intervention told by others than Ofsted. Each cause the reviewers found is pinned here on a
page the test writes, in its own words, with what the page should give."""

from __future__ import annotations

from pathlib import Path

import pytest

from oversight.extract.shared.judgements import prose_grades
from tests.test_account_blind_rounds import _events
from tests.test_accounts import _extracted


def test_a_where_clause_after_a_neighbour_is_the_neighbours(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Stockton's children's services rated good\n\nBy Kim Writer\n\n12 May 2022\n\nOfsted has rated Stockton-on-"
        "Tees Borough Council's children's services good after an inspection in March.\n\nThe result stands apart "
        "from nearby Hartlepool, where services have been under close watch since they were judged inadequate in "
        "2019.\n"))
    assert [e for e in events if e[0] == "mentioned"] == [
        ("mentioned", "full_inspection", "Hartlepool", "2019", {"overall_effectiveness": "inadequate"})]


def test_a_list_of_councils_each_with_its_grade_after_semicolons(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Written answer: children's services under statutory direction\n\nAnswered on 9 July 2019\n\nAs of 1 July "
        "2019, 18 local authorities were subject to a statutory direction in respect of children's social care. "
        "The authorities include "
        "Bradford, which was judged inadequate by Ofsted in 2018; Reading, judged inadequate in 2016; Torbay, judged "
        "inadequate in 2018; Wirral, judged inadequate in 2016; and Solihull, judged inadequate in 2019.\n"))
    assert sorted((e[2], e[3]) for e in events if e[4] == {"overall_effectiveness": "inadequate"}) == [
        ("Bradford", "2018"), ("Reading", "2016"), ("Solihull", "2019"), ("Torbay", "2018"), ("Wirral", "2016")]


def test_a_visit_since_a_grade_took_place_on_its_own_days(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Progress seen in Stoke-on-Trent\n\nBy Ann Writer\n\nWednesday 11 October 2023\n\nOfsted's second monitoring "
        "visit since the council was judged inadequate took place on 5 and 6 September.\n\nThe council's services "
        "were inspected in July 2022 and rated inadequate.\n"))
    assert events[0][:4] == ("subject", "monitoring_visit", "Stoke-on-Trent", "2023-09-05")
    assert [e for e in events if e[0] == "mentioned"] == [
        ("mentioned", "full_inspection", "Stoke-on-Trent", "2022-07", {"overall_effectiveness": "inadequate"})]


def test_an_inspection_and_its_reports_month_are_one_event(tmp_path: Path) -> None:
    extraction = _extracted(tmp_path, (
        "Children's Scrutiny Committee, 14 March 2023\n\nMinutes\n\nThe Executive Director of Children's Services "
        "reported that a joint targeted area inspection of Bury's response to children at risk had taken place "
        "between 16 and 20 January 2023.\n\nChildren's social care remains under an improvement notice issued after "
        "Ofsted's inspection in November 2021, published in January 2022, which judged services inadequate.\n"))
    earlier = [(e["start_date"], e["published_date"], e["judgements"]) for e in extraction["events"]
               if e["role"] == "mentioned" and e["kind"] == "full_inspection"]
    assert earlier == [("2021-11", "2022-01", {"overall_effectiveness": "inadequate"})]


def test_a_commissioners_report_dates_the_inspection_not_the_appointment(tmp_path: Path) -> None:
    extraction = _extracted(tmp_path, (
        "Commissioner's report on children's services in Sefton\n\nAugust 2023\n\n1. I was appointed commissioner "
        "for children's services in Sefton in February 2023, following Ofsted's inspection of November 2022, "
        "which judged the council's children's services inadequate overall. The report of that inspection was "
        "published in January 2023.\n\n2. Ofsted's first monitoring visit, on 6 and 7 June 2023, looked at the "
        "front door.\n"))
    events = [(e["role"], e["kind"], e["start_date"], e["end_date"], e["published_date"], e["judgements"])
              for e in extraction["events"]]
    # the visit is the latest event; the inspection before it keeps its grade, and neither takes the appointment's
    # month nor the inspection report's month for the visit
    assert events == [
        ("subject", "monitoring_visit", "2023-06-06", "2023-06-07", None, {}),
        ("mentioned", "full_inspection", "2022-11", None, None, {"overall_effectiveness": "inadequate"})]


def test_a_report_of_a_month_and_year_is_not_a_day_of_that_month(tmp_path: Path) -> None:
    extraction = _extracted(tmp_path, (
        "Statement\n\nPublished 1 July 2019\n\nThe direction issued to Tower Hamlets was revoked following Ofsted's "
        "report of April 2019, which rated its children's services good.\n"))
    assert all(e["published_date"] != "2019-04-20" for e in extraction["events"])


def test_a_members_seat_is_not_the_council(tmp_path: Path) -> None:
    extraction = _extracted(tmp_path, (
        "Written question\n\nJo Example MP (Stockport South):\nTo ask the Secretary of State how many councils are "
        "under a direction.\n\nAnswer: Bradford, which was judged inadequate in 2018, is one.\n"))
    assert "Stockport" not in {e["local_authority"]["name"] for e in extraction["events"]}
    assert (extraction["local_authority"] or {}).get("name") != "Stockport"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Their report, published yesterday, judges the overall effectiveness of the borough's services to be good.",
     {"overall_effectiveness": "good"}),
    ("The overall judgement was that children's services in Barnsley require improvement.",
     {"overall_effectiveness": "requires_improvement"}),
    ("Help and protection, and leadership, management and governance were both also judged inadequate.",
     {"help_and_protection": "inadequate", "leadership_management_governance": "inadequate"}),
    ("The impact of leaders had been judged requires improvement to be good, as had the experiences and progress of "
     "children who need help and protection.",
     {"impact_of_leaders": "requires_improvement", "help_and_protection": "requires_improvement"}),
    # the board's review, however long the words between, is never the services' grade
    ("The Wirral Safeguarding Children Board, which oversees how agencies work together to protect children, was "
     "judged to require improvement.", {"lscb": "requires_improvement"}),
])
def test_grades_told_in_ways_round_seventeen_met(sentence: str, expected: dict[str, str]) -> None:
    assert {g.key: g.grade for g in prose_grades(sentence, 0, len(sentence), None)} == expected


def test_a_safeguarding_board_told_apart_from_its_council_grades_only_the_board(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Report on Achieving for Children published\n\nBy Sam Writer\n\n12 May 2016\n\nOfsted has published its "
        "report on Achieving for Children, which runs services in Kingston.\n\nThe Local Safeguarding Children "
        "Board, which covers both boroughs, was judged good.\n"))
    assert [e[4] for e in events] == [{"lscb": "good"}]


def test_a_trend_since_a_year_and_a_council_formed_date_no_inspection(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Knowsley children's services rated good\n\nBy Ann Writer\n\n21 June 2023\n\nOfsted has rated Knowsley "
        "Council's children's services good after an inspection in May.\n\nThe report says leaders know their "
        "services well, and that caseloads have come down since 2021 thanks to a recruitment drive.\n\nCumberland "
        "Council became responsible for children's services in the west of the county on 1 April 2023.\n"))
    assert [e for e in events if e[0] == "mentioned"] == []


def test_minutes_on_a_visit_since_the_inspection_which_took_place_on_its_days(tmp_path: Path) -> None:
    extraction = _extracted(tmp_path, (
        "NORTHAMPTONSHIRE COUNTY COUNCIL\n\nCHILDREN'S SERVICES IMPROVEMENT BOARD\n\nMINUTES of the meeting held on "
        "Wednesday 27 November 2019\n\n"
        "3. Ofsted monitoring visit\nThe Interim Director of Children's Services reported on Ofsted's first "
        "monitoring visit since the inspection, which took place on 5 and 6 November 2019.\n\n"
        "The Chair reminded members that the inspection carried out in May 2019, published on 2 August 2019, had "
        "judged services inadequate in all areas.\n"))
    events = [(e["role"], e["kind"], e["start_date"], e["end_date"], e["published_date"]) for e in extraction["events"]]
    assert events[0] == ("subject", "monitoring_visit", "2019-11-05", "2019-11-06", None)
    earlier = [e for e in extraction["events"] if e["kind"] == "full_inspection"]
    assert [(e["start_date"], e["judgements"].get("overall_effectiveness")) for e in earlier] == [("2019-05", "inadequate")]


def test_an_earlier_inspection_and_its_boards_review_told_in_a_later_report(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "KIRKLEES COUNCIL\nCABINET - 22 MAY 2018\n\nChildren's Services Improvement Board: report of the Independent "
        "Chair\n\n2.1 Ofsted's single inspection of Kirklees' services for children in need of help and protection, "
        "children looked after and care leavers was carried out in September and October 2016 and published in "
        "November 2016. It judged children's services inadequate. The review of the Kirklees Safeguarding Children "
        "Board, carried out at the same time, also judged the Board inadequate.\n\n4.1 The Board's view is that "
        "there has been real progress in the front door.\n"))
    # one event, the 2016 inspection, with both its grades; nothing graded now
    assert [e for e in events if e[4]] == [
        ("mentioned", "full_inspection", "Kirklees", "2016-09", {"overall_effectiveness": "inadequate",
                                                                 "lscb": "inadequate"})]


def test_an_inspection_of_a_month_years_before_is_the_past(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Written statement: Rotherham children's services\n\nMade on: 27 March 2018\n\nThat intervention followed "
        "Ofsted's inspection of November 2014, which judged Rotherham's children's services inadequate.\n\nOfsted "
        "re-inspected the council's children's services in November and December 2017. The report, published on 15 "
        "January 2018, judged services good overall.\n"))
    assert [(e[0], e[3], e[4]) for e in events] == [
        ("subject", "2017-11", {"overall_effectiveness": "good"}),
        ("mentioned", "2014-11", {"overall_effectiveness": "inadequate"})]
