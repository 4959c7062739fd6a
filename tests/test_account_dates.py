"""When the events an account tells of happened: the page's own date, and the clauses that date each event. Each
page is written here to pin one behaviour seen on real pages."""

from __future__ import annotations

from pathlib import Path

import pytest

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


def _subject_dates(tmp_path: Path, sentence: str, dated: str = "Published Tuesday 13 December 2022") -> tuple:
    subjects, _ = _subjects_and_mentioned(tmp_path, f"Council news\n\n{dated}\n\n{sentence}\n")
    return tuple((e["start_date"], e["end_date"], e["published_date"]) for e in subjects)


@pytest.mark.parametrize(("sentence", "dates"), [
    # the visit's days, though the sentence goes on to the report's publication
    ("Wigan Council's children's services have been rated good by Ofsted. A team from Ofsted was in the borough "
     "from 30 September to 11 October 2019, and its report was published on Thursday.",
     (("2019-09-30", "2019-10-11", "2022-12-08"),)),
    # a councillor's long title does not make the inspection a school's
    ("County Councillor Ann Example, Cabinet Member for Children, Young People and Schools, presented a report on "
     "the Ofsted inspection of Lancashire's children's services which took place between 23 April and 4 May 2022. "
     "Services were rated requires improvement.", (("2022-04-23", "2022-05-04", None),)),
    # 'from' a day: the day it began, its end not said
    ("Ofsted inspectors rated Tower Hamlets' children's services good. Inspectors spent two weeks in the borough "
     "from 14 January.", (("2022-01-14", None, None),)),
    ("Ofsted inspectors rated Sefton's children's services good. The report was published last week.",
     ((None, None, "2022-12"),)),
    ("Ofsted inspectors rated Sefton's children's services good. The report was published by Ofsted on Wednesday.",
     ((None, None, "2022-12-07"),)),
    ("Ofsted made a focused visit to Sefton's children's services on 2 and 3 November. The letter was published "
     "last Wednesday, 7 December.", (("2022-11-02", "2022-11-03", "2022-12-07"),)),
    ("Ofsted inspectors rated Sefton's children's services good after an inspection in the spring.",
     (("2022", None, None),)),
    ("Ofsted inspectors made a focused visit to Sefton's children's services over two days in late January.",
     (("2022-01", None, None),)),
])
def test_dates_told_as_people_tell_them(tmp_path: Path, sentence: str, dates: tuple) -> None:
    assert _subject_dates(tmp_path, sentence) == dates


def test_a_season_of_a_year_dates_an_earlier_inspection(tmp_path: Path) -> None:
    _, mentioned = _subjects_and_mentioned(tmp_path, (
        "Council news\n\nPublished Tuesday 13 December 2022\n\nSefton's children's services were rated good by Ofsted "
        "this month. They were judged inadequate in the autumn of 2019, and Bury was judged inadequate in an "
        "inspection carried out in autumn 2021.\n"))
    assert [(e["local_authority"]["name"], e["start_date"]) for e in mentioned] == [("Sefton", "2019"), ("Bury", "2021")]


def test_a_relative_clause_after_a_title_ending_in_schools_is_no_schools_inspection(tmp_path: Path) -> None:
    assert _subject_dates(tmp_path, (
        "Cabinet received a report presented by Councillor Ann Example, Cabinet Member for Children, Young People and "
        "Schools, which set out the findings of Ofsted's inspection of Doncaster's children's services, carried out "
        "between 3 and 14 July 2022."))[0][:2] == ("2022-07-03", "2022-07-14")


def test_the_manifests_date_is_the_pages_where_the_text_gives_none(tmp_path: Path) -> None:
    from oversight.extract import ContextFactory, Manifest, extract_path

    page = tmp_path / "page.txt"
    page.write_text("Hackney children's services\nUpdated 09:14\n\nOfsted inspectors visited Hackney's children's "
                    "services in November and December and rated them good. The report was published on Monday.\n")
    (tmp_path / "m.csv").write_text("path,url,published_date\npage.txt,https://www.bbc.co.uk/news/x,2020-01-28\n")
    result = extract_path(page, ContextFactory(Manifest(tmp_path / "m.csv"), addresses=True))
    [subject] = [e for e in result["events"] if e["role"] == "subject"]
    assert (subject["start_date"], subject["end_date"], subject["published_date"]) == ("2019-11", "2019-12",
                                                                                      "2020-01-27")
    assert any("manifest's published date" in w for w in result["warnings"])


@pytest.mark.parametrize(("line", "day"), [
    ("Updated 09:14, 7 MAR 2024", "2024-03-07"),
    ("Published: 05:00, 12 August 2022", "2022-08-12"),
    ("10:15, 14 NOV 2019", "2019-11-14"),
])
def test_a_byline_with_a_time_before_the_date_dates_the_page(line: str, day: str) -> None:
    from oversight.extract.shared.page_dates import document_date

    dated = document_date(f"Council rated good\n{line}\n\nOfsted has rated the council's children's services good.\n")
    assert dated is not None and dated.day.isoformat() == day
