"""The sixteenth session's fourth blind round: twenty-three a (an eleventh ordinary sample) and twenty-three b
(council minutes and committee papers in depth), measured on a frozen copy at c4de54a. Each cause a reviewer found is
pinned here on a page the test writes, in its own words, with what the page should give."""

from __future__ import annotations

from pathlib import Path

from tests.test_account_blind_rounds import _events


def test_what_members_will_recall_is_an_earlier_event(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Norfolk County Council\n\nChildren's Services Overview and Scrutiny Panel\n\nDate: 10 September 2013\n\n"
        "1.1 Ofsted inspected services for looked after children between 10 and 21 June 2013.\n\n1.2 Inspectors judged "
        "the overall effectiveness of services for looked after children to be adequate.\n\n1.3 The Panel will recall "
        "that an inspection of the Council's arrangements for the protection of children in January 2013 judged them "
        "to be inadequate.\n"))
    subject = [grades for role, _, _, _, grades in events if role == "subject"]
    assert subject and "inadequate" not in subject[0].values()
    assert [(start, "inadequate" in grades.values()) for role, _, _, start, grades in events
            if role == "mentioned"] == [("2013-01", True)]


def test_a_self_evaluation_shared_with_ofsted_grades_nothing(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Bracknell Forest Council\n\nChildren, Young People and Learning Overview and Scrutiny Panel\n\nMinutes of a "
        "meeting held on 9 September 2024\n\n17. Getting ready for the next ILACS inspection\n\nThe Executive Director "
        "presented a report on preparing for the council's next Ofsted inspection of children's services.\n\nThe last "
        "full inspection, in November 2021, had judged services good overall.\n\nThe Panel heard that the annual "
        "self-evaluation, shared with Ofsted at the annual engagement meeting in April, assessed practice as good, "
        "with the care leavers' service \"good with outstanding features\".\n\nRESOLVED that the Panel notes the "
        "preparations.\n"))
    # the grade the self-evaluation gives is no event's; the inspection of 2021 keeps its own
    assert not any(grades for _, _, _, start, grades in events if start is None)
    assert [(start, grades) for _, _, _, start, grades in events if grades] == [
        ("2021-11", {"overall_effectiveness": "good"})]
