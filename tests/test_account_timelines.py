"""A council's inspection history told line by line (accounts/timeline.py): each line one event of its own date and
grade, the latest the page's subject where its prose reports nothing newer. Pages written for these tests."""

from __future__ import annotations

from pathlib import Path

from oversight.extract.accounts.timeline import dated_lines
from tests.test_accounts import _extracted


def _events(tmp_path: Path, text: str) -> list[tuple]:
    return [(e["role"], e["kind"], e["local_authority"]["name"], e["start_date"] or e["published_date"],
             e["end_date"], e["visit_number"], e["judgements"]) for e in _extracted(tmp_path, text)["events"]]


def test_dated_lines_without_full_stops_are_one_event_each(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Medway Council\n\nHome > Children and families > Ofsted and our improvement journey\n\nOur Ofsted inspection "
        "history\n\nThis page sets out how Ofsted has judged our children's services over the last ten years.\n\n"
        "February 2015 - Ofsted's single inspection framework judges Medway requires improvement\n"
        "July 2019 - Ofsted judges Medway's children's services inadequate\n"
        "January 2020 - first monitoring visit\n"
        "June 2020 - second monitoring visit\n"
        "March 2021 - focused visit looking at children in care\n"
        "June 2023 - Ofsted judges our services good\n\nWe are proud of how far we have come.\n"))
    assert events == [
        ("subject", "full_inspection", "Medway", "2023-06", None, None, {"overall_effectiveness": "good"}),
        ("mentioned", "full_inspection", "Medway", "2015-02", None, None,
         {"overall_effectiveness": "requires_improvement"}),
        ("mentioned", "full_inspection", "Medway", "2019-07", None, None, {"overall_effectiveness": "inadequate"}),
        ("mentioned", "monitoring_visit", "Medway", "2020-01", None, 1, {}),
        ("mentioned", "monitoring_visit", "Medway", "2020-06", None, 2, {}),
        ("mentioned", "focused_visit", "Medway", "2021-03", None, None, {}),
    ]


def test_a_papers_numbered_background_gives_the_subject_its_grade_and_each_earlier_line_its_own(
        tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Slough Borough Council - Children's Services Scrutiny Panel\n\nDate: 14 March 2024\n\nReport title: Ofsted "
        "inspection outcome\n\n1. Purpose\n\n1.1 To update members on the outcome of the inspection of local authority "
        "children's services carried out between 22 January and 2 February 2024.\n\n2. Background\n\n"
        "2.2 November 2013: Ofsted's inspection judged services inadequate. The Secretary of State directed the "
        "council to transfer services to a trust.\n"
        "2.3 October 2015: the Slough Children's Services Trust began operating.\n"
        "2.4 March 2017: re-inspection. Services were judged inadequate again.\n"
        "2.5 July 2019: Ofsted judged services requires improvement to be good.\n"
        "2.6 February 2024: the most recent inspection judged overall effectiveness to be good.\n\n3. Findings\n"))
    assert events == [
        ("subject", "full_inspection", "Slough", "2024-01-22", "2024-02-02", None, {"overall_effectiveness": "good"}),
        ("mentioned", "full_inspection", "Slough", "2013-11", None, None, {"overall_effectiveness": "inadequate"}),
        ("mentioned", "full_inspection", "Slough", "2017-03", None, None, {"overall_effectiveness": "inadequate"}),
        ("mentioned", "full_inspection", "Slough", "2019-07", None, None,
         {"overall_effectiveness": "requires_improvement"}),
    ]


def test_a_table_of_dates_kinds_and_outcomes(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Our improvement journey | Stoke-on-Trent City Council\n\nInspection history\n\nDate | Inspection | Outcome\n"
        "Feb 2015 | Single inspection framework | Requires improvement\nMar 2019 | ILACS inspection | Inadequate\n"
        "Jul 2019 | Monitoring visit 1 | Not graded\nNov 2019 | Monitoring visit 2 | Not graded\n"
        "Oct 2022 | ILACS inspection | Requires improvement to be good\n\nWe continue to work with partners.\n"))
    assert [(role, kind, when, number, grades.get("overall_effectiveness"))
            for role, kind, _, when, _, number, grades in events] == [
        ("subject", "full_inspection", "2022-10", None, "requires_improvement"),
        ("mentioned", "full_inspection", "2015-02", None, "requires_improvement"),
        ("mentioned", "full_inspection", "2019-03", None, "inadequate"),
        ("mentioned", "monitoring_visit", "2019-07", 1, None),
        ("mentioned", "monitoring_visit", "2019-11", 2, None),
    ]


def test_a_date_in_the_middle_cell_of_a_row(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Rotherham Metropolitan Borough Council\n\nOfsted inspections\n\n| Inspection | Date | Outcome |\n"
        "| Single inspection framework | November 2014 | Inadequate |\n| Monitoring visit | June 2015 | Not graded |\n"
        "| Re-inspection | January 2018 | Good |\n"))
    assert [(role, kind, when, grades) for role, kind, _, when, _, _, grades in events] == [
        ("subject", "full_inspection", "2018-01", {"overall_effectiveness": "good"}),
        ("mentioned", "full_inspection", "2014-11", {"overall_effectiveness": "inadequate"}),
        ("mentioned", "monitoring_visit", "2015-06", {}),
    ]


def test_years_as_headings_with_the_month_in_the_words_under_them(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Tameside Metropolitan Borough Council\n\nOur journey\n\n2016\nOfsted judged our children's services "
        "inadequate after an inspection in the autumn.\n\n2017\nA Children's Services Improvement Board was set up, "
        "chaired by an independent chair.\n\n2019\nThe first of six monitoring visits took place in March.\n\n2022\n"
        "Ofsted rated us requires improvement to be good after an inspection in October.\n"))
    assert [(role, kind, when, number, grades) for role, kind, _, when, _, number, grades in events] == [
        ("subject", "full_inspection", "2022-10", None, {"overall_effectiveness": "requires_improvement"}),
        ("mentioned", "full_inspection", "2016", None, {"overall_effectiveness": "inadequate"}),
        ("mentioned", "monitoring_visit", "2019-03", 1, {}),
    ]


def test_lines_of_what_others_did_and_of_what_is_to_come_are_no_events(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Children and Young People Scrutiny Committee - 2 May 2023\n\nBackground\n\n"
        "- July 2019 - ILACS inspection judges Northumberland good\n"
        "- November 2021 - Ofsted focused visit to look at children in care\n"
        "- February 2022 - improvement notice lifted after a re-inspection rated services good\n"
        "- Spring 2024 - next ILACS inspection expected; the council aims to be outstanding\n"
        "- March 2023 - JTAI on children at risk of exploitation\n"))
    assert [(role, kind, when, grades) for role, kind, _, when, _, _, grades in events] == [
        ("subject", "jtai", "2023-03", {}),
        ("mentioned", "full_inspection", "2019-07", {"overall_effectiveness": "good"}),
        ("mentioned", "focused_visit", "2021-11", {}),
    ]


def test_a_storys_timeline_box_gives_earlier_events_and_not_a_second_subject(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Northern Echo\n\nDarlington children's services rated good by Ofsted\n\nBy Sam Reporter\n\nPublished: 18 July "
        "2023\n\nDarlington Borough Council's children's services have been rated good by Ofsted following an "
        "inspection in June.\n\nInspectors said leaders had brought about improvements since the last inspection.\n\n"
        "Timeline\n2015 - rated requires improvement\n2018 - rated requires improvement again\n2023 - rated good\n\n"
        "Councillor Jo Example, cabinet member for children, said she was delighted.\n"))
    assert [(role, when, grades) for role, _, _, when, _, _, grades in events] == [
        ("subject", "2023-06", {"overall_effectiveness": "good"}),
        ("mentioned", "2015", {"overall_effectiveness": "requires_improvement"}),
        ("mentioned", "2018", {"overall_effectiveness": "requires_improvement"}),
    ]


def test_a_line_naming_another_council_is_that_councils(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Wirral Council news\n\nPublished 4 April 2024\n\nOur Ofsted story\n\n"
        "• 21 September 2022: Ofsted publishes its report judging Wirral's children's services requires improvement\n"
        "• 10 March 2023: our neighbour Cheshire West and Chester is judged good\n"
        "• 8-19 January 2024: ILACS inspection – Good\n"))
    assert [(role, name, when, end, grades) for role, _, name, when, end, _, grades in events] == [
        ("subject", "Wirral", "2024-01-08", "2024-01-19", {"overall_effectiveness": "good"}),
        ("mentioned", "Wirral", "2022-09-21", None, {"overall_effectiveness": "requires_improvement"}),
        ("mentioned", "Cheshire West and Chester", "2023-03-10", None, {"overall_effectiveness": "good"}),
    ]


def test_a_story_with_dated_paragraphs_is_no_timeline() -> None:
    # one line opening with its date, and prose after it: the prose readers read it
    text = ("Council news\n\n12 March 2019. Ofsted has rated the council's children's services good.\n\nThe "
            "council was last inspected in 2015, when services were judged to require improvement.\n")
    assert dated_lines(text) == []


def test_a_bulletin_of_sections_headed_by_councils_gives_each_its_own_visit(tmp_path: Path) -> None:
    extraction = _extracted(tmp_path, (
        "North West ADCS Regional Bulletin - Issue 14, March 2023\n\nWelcome to this month's round-up of inspection "
        "news from across the region.\n\nTAMESIDE: OUT OF INADEQUATE\n\nInspectors visited between 23 January and 3 "
        "February. Children's services are now judged to require improvement to be good, with help and protection "
        "rated good. The council was judged inadequate in 2016.\n\nWIRRAL: EIGHTH MONITORING VISIT\n\nThe eighth "
        "monitoring visit took place on 7 and 8 February and looked at children in care. Inspectors found that "
        "progress had continued.\n\nBolton – focused visit\n\nA focused visit on 14 and 15 February looked at the "
        "front door. Inspectors identified strengths in the multi-agency safeguarding hub.\n\nContact the regional "
        "team for more information.\n"))
    assert [(e["role"], e["kind"], e["local_authority"]["name"], e["start_date"], e["end_date"], e["visit_number"],
             e["judgements"]) for e in extraction["events"]] == [
        ("subject", "full_inspection", "Tameside", "2023-01-23", "2023-02-03", None,
         {"overall_effectiveness": "requires_improvement", "help_and_protection": "good"}),
        ("subject", "monitoring_visit", "Wirral", "2023-02-07", "2023-02-08", 8, {}),
        ("subject", "focused_visit", "Bolton", "2023-02-14", "2023-02-15", None, {}),
        ("mentioned", "full_inspection", "Tameside", "2016", None, None, {"overall_effectiveness": "inadequate"}),
    ]


def test_a_newsletters_month_is_the_pages_month_and_a_headlines_is_not() -> None:
    from oversight.extract.shared.page_dates import document_date

    issue = document_date("UNISON children's services branch\n\nBRANCH NEWS - May 2022\n\nOfsted visited ...\n")
    assert issue is not None and (issue.day.isoformat(), issue.precision) == ("2022-05-31", "month")
    assert document_date("Council rated inadequate - March 2023\n\nOfsted has rated ...\n") is None
