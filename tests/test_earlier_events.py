"""Earlier events an account tells of beside the one it reports: ratings told in the past, and the standing rating
a story of a visit gives. Each page is written here to pin one behaviour seen on real pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_accounts import _subjects_and_mentioned


def _earlier(tmp_path: Path, text: str) -> list[tuple[str, str | None, dict]]:
    _, mentioned = _subjects_and_mentioned(tmp_path, text)
    return [(e["kind"], e["start_date"], e["judgements"]) for e in mentioned]


def test_a_story_of_a_visit_tells_the_standing_rating_of_the_last_inspection(tmp_path: Path) -> None:
    assert _earlier(tmp_path, (
        "Focused visit praises Camden\n\nPublished 2 March 2024\n\nInspectors praised staff following a recent "
        "focused visit to review Camden's work with children in need.\n\nThis positive feedback reinforces "
        "Ofsted's 2022 'Outstanding' rating of Camden Council's children's services.\n")) == [
        ("full_inspection", "2022", {"overall_effectiveness": "outstanding"})]


@pytest.mark.parametrize("finding", [
    "Inspectors said that practice with children in need is good.",
    "Inspectors judged practice to be good.",
])
def test_what_a_visit_found_good_is_no_rating(tmp_path: Path, finding: str) -> None:
    assert _earlier(tmp_path, (
        "Focused visit praises Camden\n\nPublished 2 March 2024\n\nInspectors carried out a focused visit to "
        f"Camden's children's services. {finding}\n")) == []


def test_children_going_from_good_foster_homes_leave_no_grade_behind(tmp_path: Path) -> None:
    assert _earlier(tmp_path, (
        "Published 20 July 2019\n\nOfsted has judged Leeds City Council's children's services to be outstanding. "
        "Too few children in Leeds go from good foster homes into adoption, inspectors said.\n")) == []


def test_once_again_is_no_earlier_grade() -> None:
    from oversight.extract.shared import genres

    assert genres.GRADE_OF_BEFORE.search("two councils once again rated 'inadequate'") is None
    assert genres.GRADE_OF_BEFORE.search("two councils once rated 'inadequate'") is not None


def test_a_grading_handed_out_five_years_ago(tmp_path: Path) -> None:
    assert _earlier(tmp_path, (
        "Published 20 July 2019\n\nOfsted has judged Swindon Borough Council's children's services to be good.\n\n"
        "The last time Ofsted carried out a full inspection of children's services in Swindon was five years ago "
        "and a grading of 'requires improvement' was handed out.\n")) == [
        ("full_inspection", "2014", {"overall_effectiveness": "requires_improvement"})]


def test_rated_between_two_years_is_the_past(tmp_path: Path) -> None:
    earlier = _earlier(tmp_path, (
        "CORNWALL Council's children's social care services have been rated as 'Good' by Ofsted.\n\nCornwall is "
        "the only authority rated as 'Inadequate' between 2010 and 2011 that has now improved to 'Good'.\n"))
    assert [grades for _, _, grades in earlier] == [{"overall_effectiveness": "inadequate"}]


def test_the_last_rated_inspection_is_the_past(tmp_path: Path) -> None:
    subjects, mentioned = _subjects_and_mentioned(tmp_path, (
        "Published 2 March 2024\n\nOfsted carried out a focused visit to Camden's children's services.\n\nIn the "
        "letter, Ofsted remark on the progress made since Camden's last 'Outstanding' rated inspection.\n"))
    assert [e["kind"] for e in subjects] == ["focused_visit"]
    assert [e["judgements"] for e in mentioned] == [{"overall_effectiveness": "outstanding"}]


def test_going_from_one_grade_to_another_leaves_the_first_behind(tmp_path: Path) -> None:
    assert _earlier(tmp_path, (
        "Published 26 February 2020\n\nTelford and Wrekin Council's children's services have been rated "
        "outstanding by Ofsted. The verdict makes the department the first in the Midlands to go from \"requires "
        "improvement\" to \"outstanding\".\n")) == [
        ("full_inspection", None, {"overall_effectiveness": "requires_improvement"})]


def test_no_longer_judged_to_be_inadequate(tmp_path: Path) -> None:
    assert _earlier(tmp_path, (
        "Published 20 June 2017\n\nCoventry City Council's children's services were re-inspected by Ofsted from "
        "6th to 30th March 2017 and judged to require improvement. Services for children were no longer judged "
        "to be inadequate.\n")) == [("full_inspection", None, {"overall_effectiveness": "inadequate"})]


def test_minutes_on_an_inspection_to_come_tell_the_last_two_and_their_shared_judgement(tmp_path: Path) -> None:
    earlier = _earlier(tmp_path, (
        "Issue - meetings\n\nOfsted Inspection Readiness\n\nMeeting: 17/05/2023 - Assembly (Item 10)\n\nThe Cabinet "
        "Member for Children's Social Care introduced the report on Barking and Dagenham's readiness for "
        "inspection.\n\nChildren's Care and Support was last the subject of a full OFSTED inspection in February "
        "and March of 2019. The resultant OFSTED judgement from that inspection was one of 'Requires "
        "Improvement', which followed the previous inspection in 2014 that determined the same judgement.\n"))
    assert sorted(earlier) == [
        ("full_inspection", "2014", {"overall_effectiveness": "requires_improvement"}),
        ("full_inspection", "2019-02", {"overall_effectiveness": "requires_improvement"})]


def test_minutes_that_prepare_for_the_next_inspection_report_on_none(tmp_path: Path) -> None:
    subjects, mentioned = _subjects_and_mentioned(tmp_path, (
        "Issue - meetings\n\nChildren's Care and Support Self-Evaluation and OFSTED Inspection Readiness\n\n"
        "Meeting: 17/05/2023 - Assembly (Item 10)\n\nThe Cabinet Member introduced the report on Barking and "
        "Dagenham's OFSTED Inspection Readiness.\n\nChildren's Care and Support (Children's Social Care) was last "
        "the subject of a full "
        "OFSTED inspection in February and March of 2019. The resultant OFSTED judgement from that inspection was "
        "one of 'Requires Improvement'.\n\nThe Cabinet Member advised that the next inspection was due to take "
        "place in 2023.\n"))
    assert subjects == []
    assert [(e["start_date"], e["judgements"]) for e in mentioned] == [
        ("2019-02", {"overall_effectiveness": "requires_improvement"})]



@pytest.mark.parametrize("sentence", [
    "In 2011, safeguarding and looked after children's services at Barnet were rated 'good'.",
    "An inspection of safeguarding and looked-after children services in 2011 rated each area as good.",
])
def test_the_two_services_an_older_inspection_graded_keep_their_own_grades(tmp_path: Path, sentence: str) -> None:
    # the 2009-12 inspections graded safeguarding and looked after children apart: neither is the overall grade
    assert _earlier(tmp_path, (
        "Barnet rated requires improvement\n\nPublished 9 May 2018\n\nBarnet Council's children's services are now "
        f"rated as requiring improvement overall, Ofsted said today. {sentence}\n")) == [
        ("full_inspection", "2011", {"safeguarding": "good", "looked_after_children": "good"})]


def test_a_grade_left_behind_is_the_latest_inspections_not_an_older_ones(tmp_path: Path) -> None:
    assert _earlier(tmp_path, (
        "Barnet moves out of 'inadequate'\n\nPublished 9 May 2018\n\nIn 2011, safeguarding and looked after children's "
        "services at Barnet were rated 'good'. Barnet Council, which had been given Ofsted's lowest judgment in 2015, "
        "is now rated as requiring improvement overall.\n")) == [
        ("full_inspection", "2011", {"safeguarding": "good", "looked_after_children": "good"}),
        ("full_inspection", "2015", {"overall_effectiveness": "inadequate"})]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("They were judged to require improvement in 2015 and inadequate in 2012.",
     [("full_inspection", "2015", {"overall_effectiveness": "requires_improvement"}),
      ("full_inspection", "2012", {"overall_effectiveness": "inadequate"})]),
    ("The council had been rated inadequate in 2014 and good in 2017.",
     [("full_inspection", "2014", {"overall_effectiveness": "inadequate"}),
      ("full_inspection", "2017", {"overall_effectiveness": "good"})]),
])
def test_a_list_of_grades_and_years_gives_each_year_its_grade(tmp_path: Path, sentence: str, expected: list) -> None:
    # before, only the first year's grade was read: the second is a bare grade going on with the clause's verb
    assert _earlier(tmp_path, (
        "Lambeth rated good\n\nPublished 14 March 2019\n\nLambeth's children's services were inspected by Ofsted in "
        f"January and rated good. {sentence}\n")) == expected


@pytest.mark.parametrize(("history", "expected"), [
    ("The council had been rated inadequate in 2011, 2014 and 2017, inspectors noted.",
     [("full_inspection", year, {"overall_effectiveness": "inadequate"}) for year in ("2011", "2014", "2017")]),
    ("Inspections in 2016 and 2019 had found services inadequate.",
     [("full_inspection", year, {"overall_effectiveness": "inadequate"}) for year in ("2016", "2019")]),
    # words after a year with an 'in' of its own are that year's alone
    ("Ofsted visited in 2012 and in 2013 rated the council adequate.",
     [("full_inspection", "2012", {}), ("full_inspection", "2013", {"overall_effectiveness": "adequate"})]),
    # a span is one stretch of time, not two inspections
    ("Between 2014 and 2017 the council worked with a commissioner.", []),
])
def test_years_listed_together_each_tell_of_an_inspection(tmp_path: Path, history: str, expected: list) -> None:
    assert _earlier(tmp_path, (
        "Dudley children's services rated good\n\nPublished 3 March 2024\n\nDudley Council's children's services "
        f"have been rated good by Ofsted. {history}\n")) == expected
