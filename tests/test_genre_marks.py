"""Marks in the text that say what genre a page is, seen on real council pages (the pages are written here)."""

from __future__ import annotations

import pytest

from oversight.extract.classify import classify


@pytest.mark.parametrize("text", [
    # a moderngov page of one item, with the meeting's date and the member who introduced the report
    "Issue - meetings\n\nOFSTED Inspection Readiness\n\nMeeting: 17/05/2023 - Assembly (Item 10)\n\nThe Cabinet "
    "Member for Children's Social Care introduced the report on readiness for the Ofsted inspection of children's "
    "services.\n",
    # a briefing note that goes on from an earlier minute
    "Ofsted Report\n\nFurther to minute 84/16 the Scrutiny Board considered a briefing note regarding the Ofsted "
    "re-inspection of services for children in need of help and protection.\n",
])
def test_minutes_are_known_by_their_meeting_line_minute_number_and_business(text: str) -> None:
    assert classify(text).document_type == "council_minutes"


def test_a_minute_of_time_is_no_minute_number() -> None:
    scores = classify("Ofsted inspectors rated children's services good. Every minute 5 of the team counted.").scores
    assert scores["council_minutes"] == 0


@pytest.mark.parametrize("text", [
    # a committee's paper, not its minutes, and no release for all the council's names in it
    "Kent County Council\nChildren's, Young People and Education Cabinet Committee\n13 September 2022\n\nReport "
    "title: Ofsted Inspection of Local Authority Children's Services - outcome\nFrom: Ann Example, Cabinet Member "
    "for Integrated Children's Services\n\nOfsted inspected the council's children's services and judged them good. "
    "Our staff have worked hard.\n",
    "Barnsley Metropolitan Borough Council\n\nReport of the Executive Director, Children's Services, to Cabinet\n6 "
    "September 2023\n\n1. Purpose of report\n1.1 To inform Cabinet of the outcome of Ofsted's inspection of our "
    "children's services.\n",
    "Coventry City Council\nEducation and Children's Services Scrutiny Board (2)\n24 January 2024\n\nBriefing note: "
    "Ofsted focused visit, 8 and 9 November 2023\n\nOur children's services received a focused visit.\n",
])
def test_committee_papers_are_minutes(text: str) -> None:
    assert classify(text).document_type == "council_minutes"


def test_a_committee_paper_with_the_letter_attached_stays_minutes() -> None:
    # the convention of the written letters' gold (an agenda pack, minutes with the letter as an appendix)
    text = ("Kirklees Council\n\nChildren's Scrutiny Panel\n25 July 2018\n\nAgenda item 7: Ofsted monitoring visit\n\n"
            "The letter from Ofsted following the sixth monitoring visit is attached below.\n\n10 July 2018\n\nDear Mr "
            "Example\n\nMonitoring visit of Kirklees children's services\n\nThis letter summarises the findings of the "
            "monitoring visit to Kirklees children's services on 12 and 13 June 2018.\n\nYours sincerely\n\nJo Example"
            "\nHer Majesty's Inspector\n")
    assert classify(text).document_type == "council_minutes"


def test_a_newspaper_that_reproduces_most_of_the_letter_prints_the_letter() -> None:
    text = ("Ofsted praises care for Lincolnshire's children in care\nBy Oliver Example, Local Democracy Reporter\n10 "
            "March 2023\n\nThe inspectorate's letter was published yesterday. We reproduce most of it here.\n\nThis "
            "letter summarises the findings of the focused visit to Lincolnshire children's services on 7 and 8 "
            "February 2023.\n")
    assert classify(text).document_type == "focused_visit_letter"
