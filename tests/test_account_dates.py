"""When the events an account tells of happened: the page's own date, and the clauses that date each event. Each
page is written here to pin one behaviour seen on real pages."""

from __future__ import annotations

from pathlib import Path

from tests.test_accounts import _subjects_and_mentioned


def test_the_next_visit_in_the_same_sentence_does_not_make_the_visit_a_future_one(tmp_path: Path) -> None:
    subjects, _ = _subjects_and_mentioned(tmp_path, (
        "Agenda and minutes\n\nVenue: County Hall, Worcester\n\nNotify the clerk no later than 9.00am on the working "
        "day before the meeting (in this case 5 March 2019).\n\nChildren's Social Care Service - Ofsted Monitoring "
        "Visit Feedback\n\nThe Cabinet Member for Children and Families gave an update on the outcome of Ofsted's "
        "seventh monitoring visit of Worcestershire County Council's children's services.\n\nThe Chairman noted "
        "that the visit had taken place in January 2019 and the next visit from Ofsted would be a full inspection "
        "in the spring.\n"))
    assert [(e["kind"], e["start_date"]) for e in subjects] == [("monitoring_visit", "2019-01")]


def test_months_of_a_year_are_not_bare_months() -> None:
    from oversight.extract.shared.when import BARE_MONTHS, MONTHS_WITH_YEAR

    assert BARE_MONTHS.search("a full inspection in March of 2019") is None
    words = "a full inspection in February and March of 2019"
    found = MONTHS_WITH_YEAR.search(words)
    assert found is not None and (found["m1"], found["m2"], found["y2"]) == ("February", "March", "2019")


def test_visits_in_late_one_year_and_early_the_next(tmp_path: Path) -> None:
    subjects, _ = _subjects_and_mentioned(tmp_path, (
        "13 May 2025\nDear Colleagues,\nI am writing to inform you that Ofsted has now published its inspection "
        "report on Devon's Children's Services, following visits in late 2024 and early 2025.\n"))
    assert [(e["kind"], e["start_date"], e["end_date"]) for e in subjects] == [("full_inspection", "2024", "2025")]


def test_a_year_alone_does_not_date_the_inspection(tmp_path: Path) -> None:
    subjects, _ = _subjects_and_mentioned(tmp_path, (
        "13 May 2025\nDear Colleagues,\nOfsted has now published its inspection report on Devon's Children's "
        "Services, following visits in 2025.\n"))
    assert [(e["kind"], e["start_date"]) for e in subjects] == [("full_inspection", None)]


def test_a_board_set_up_on_a_day_does_not_date_a_story(tmp_path: Path) -> None:
    subjects, _ = _subjects_and_mentioned(tmp_path, (
        "Council's children's services rated inadequate\n\nThe Improvement Board, set up on 5 January 2016, will "
        "oversee the work. Ofsted rated Sunderland City Council's children's services inadequate after an "
        "inspection in October.\n"))
    assert [e["start_date"] for e in subjects] == [None]


def test_the_meeting_line_dates_the_minutes_and_the_plan_they_promise(tmp_path: Path) -> None:
    from tests.test_accounts import _extracted

    result = _extracted(tmp_path, (
        "Agenda item\nOFSTED Inspection Report\n- Meeting of Children, Adults, Health and Wellbeing Policy "
        "Development and Scrutiny Panel, Monday 13th October 2025 9.30 am (Item 47.)\nThis report presents the "
        "ILACS Inspection Report findings on Bath and North East Somerset Council to the Panel.\nMinutes:\n- The "
        "local authority received 'Good' in all areas.\n- Officers confirmed that an improvement plan would be "
        "submitted by 21st November, with an interim visit within 18 months.\n"))
    [subject] = [e for e in result["events"] if e["role"] == "subject"]
    assert subject["action_plan_due_date"] == "2025-11-21"


def test_a_month_of_the_year_before_just_before_the_story_is_its_own_inspection(tmp_path: Path) -> None:
    # a story of January 2020 about an inspection in November 2019: its own, told in the new year, not an earlier one
    subjects, mentioned = _subjects_and_mentioned(tmp_path, (
        "Lambeth rated good\n\nPublished 22 January 2020\n\nLambeth's children's services have been rated good by "
        "Ofsted following an inspection in November 2019.\n"))
    assert [(e["start_date"], e["judgements"]) for e in subjects] == [("2019-11", {"overall_effectiveness": "good"})]
    assert mentioned == []
