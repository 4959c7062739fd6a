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


# Round twenty-four a, an ordinary sample measured at f7b7da2 (docs/accuracy.md).

def test_a_part_of_the_service_rated_good_is_no_overall_grade(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Express & Star\n\nSandwell children's services shake off last 'inadequate' tag as care for looked-after "
        "youngsters rated good\n\nPublished: May 3, 2024 6:00 am\n\nOfsted's report follows a two-week inspection "
        "from March 4 to March 15.\n\nThe experiences and progress of children in care were rated good - the first "
        "time any part of the service has been rated good in more than a decade.\n"))
    assert [grades.get("overall_effectiveness") for role, _, _, _, grades in events if role == "subject"] == [None]


def test_good_for_safeguarding_is_that_services_grade(tmp_path: Path) -> None:
    from datetime import date

    from oversight.extract.shared.judgements import prose_grades

    text = "Tower Hamlets, which was judged good for safeguarding when Ofsted last inspected in 2012."
    assert [(g.key, g.grade) for g in prose_grades(text, 0, len(text), date(2012, 7, 1))] == [("safeguarding", "good")]
    assert prose_grades(text, 0, len(text), None) == []


def test_a_neighbour_the_headline_under_an_outlets_menu_leaves_out_is_no_subject(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Liverpool Echo\n\nNews | Liverpool FC | Everton FC | Whats On\n\nInspectors call for better joined-up "
        "working on Wirral\n\nBy Jo Writer\n\n12 September 2024\n\nAgencies on Wirral need to work together better to "
        "protect children at risk of serious youth violence, inspectors have said after a joint targeted area "
        "inspection from 8 to 12 July.\n\nThe letter to Wirral Council was published on Tuesday. Wirral's children's "
        "services were rated good by Ofsted in 2023.\n\nThe letter praised the way police and youth workers share "
        "information about young people at risk, but said that health partners were too often missing from "
        "strategy meetings and that some children waited too long for help with their mental health.\n\nAcross the Mersey, Liverpool's children's services were rated "
        "requires improvement at an inspection earlier this year.\n"))
    assert [(name, kind) for role, kind, name, _, _ in events if role == "subject"] == [("Wirral", "jtai")]


# Round twenty-four b, pages naming many councils: the first of its causes mended (docs/accuracy.md).

def test_a_count_of_councils_graded_is_no_ones_and_years_of_a_grade_are_the_past(tmp_path: Path) -> None:
    from oversight.extract.accounts.accounts import _of_councils_in_general
    from oversight.extract.shared.prose import Clause

    for text in ("Only four were judged outstanding for safeguarding.",
                 "The analysis found 34 rated inadequate overall."):
        assert _of_councils_in_general(Clause(text, 0, len(text)), [])
    events = _events(tmp_path, (
        "Manchester Evening News\n\nTameside: council rated inadequate for seven years finally lifted off bottom "
        "grade\n\n5 May 2023\n\nTameside Council's children's services have been rated requires improvement to be "
        "good by Ofsted after an inspection in March.\n"))
    assert [grades for role, _, _, _, grades in events if role == "subject"] == [
        {"overall_effectiveness": "requires_improvement"}]


def test_a_council_whose_name_is_a_word_opening_a_lists_line_before_its_grade(tmp_path: Path) -> None:
    from oversight.reference import load_authorities
    from oversight.reference.mentions import MentionFinder

    text = ("Rated inadequate\n\nBradford - found to be inadequate in September 2018.\n\nReading - judged inadequate "
            "under the old single inspection framework in 2016.\n")
    assert [m.authority.name for m in MentionFinder(load_authorities()).find(text)] == ["Bradford", "Reading"]
    assert MentionFinder(load_authorities()).find("Reading - the report in full.\n") == []
