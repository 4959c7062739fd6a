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
