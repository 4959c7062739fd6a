"""How real pages lay out their date, outlet, writer and the copy of a letter (layouts the thirteenth session's
reviewers wrote without having read the rules), on pages the tests write."""

from __future__ import annotations

from pathlib import Path

import pytest

from oversight.extract.shared.page_dates import document_date
from oversight.extract.shared.people import find_people
from tests.test_accounts import _extracted


@pytest.mark.parametrize(("line", "day"), [
    ("Thu 5 Oct 2023 18.04 BST", "2023-10-05"),  # a national paper's weekday and time with its zone
    ("14:32, Thursday 8 May 2025", "2025-05-08"),  # a time before the weekday
    ("Published: 16:45, 03 October 2023 | Updated: 17:20, 03 October 2023", "2023-10-03"),
    ("Ruth Example, Local Democracy Reporting Service | 21 March 2023", "2023-03-21"),
    ("Liverpool Echo | 14 December 2018 | Local democracy reporter Liam Example", "2018-12-14"),
    ("DONCASTER, 19 March 2024 — Most children in care live in stable homes.", "2024-03-19"),  # a wire dateline
])
def test_the_pages_own_date_in_the_layouts_of_news_sites(line: str, day: str) -> None:
    dated = document_date(f"Headline about children's services\n\n{line}\n\nInspectors visited in March.\n")
    assert dated is not None and dated.day.isoformat() == day


@pytest.mark.parametrize(("text", "people"), [
    ("Headline\n\nWestmorland Gazette | Monday 20 January 2025 | Tom Example\n\nText.\n", {"Tom Example": "reporter"}),
    ("Headline\n\nHerald Express | 10 June 2025 | by Claire Example\n\nText.\n", {"Claire Example": "reporter"}),
    ("Headline\nAlys Example Social affairs correspondent\nThu 5 Oct 2023 18.04 BST\n", {"Alys Example": "reporter"}),
    ("Slough Observer\n\nBy Raj Example\nTuesday 14 November 2023\n\nText.\n", {"Raj Example": "reporter"}),
    # a portfolio is no one; the head of social care under the director of children's services is not that director
    ("The Cabinet Member for Highways Assets and Transport presented a report.\n", {}),
    ("Officers: Karen Example, Director of Children's Social Care; Tom Example, Democratic Services Officer\n", {}),
    ("Visit - Children Subject to a Child Protection Plan\nThe Director of Children's Services presented it.\n", {}),
    # a lead inspector named as the one the visit was led by; a deputy leader is not the council's leader
    ("The visit was led by His Majesty's Inspector Alison Example.\n", {"Alison Example": "lead inspector"}),
    ("Councillor Graham Example, Deputy Leader and Vice-chairperson, thanked officers.\n",
     {"Graham Example": "vice-chair"}),
])
def test_writers_and_roles_in_the_layouts_of_real_pages(text: str, people: dict[str, str]) -> None:
    assert {p.name: p.role for p in find_people(text)} == people


@pytest.mark.parametrize("masthead", [
    "Birmingham Mail | 12 April 2022 | Neil Example",
    "Slough Observer\n\nBy Raj Example",
    "DERBY TELEGRAPH  |  Posted: March 23, 2016\n\nBy Sarah Example",
])
def test_a_newspapers_masthead_makes_the_page_news_without_an_address(tmp_path: Path, masthead: str) -> None:
    page = _extracted(tmp_path, (
        f"Inspectors praise social workers\n\n{masthead}\n\nInspectors spent two days in February looking at how "
        "Birmingham City Council's children's services respond to children who go missing. Councillor Imran "
        "Example, cabinet member for children, said: \"Our staff work with some of the most vulnerable young "
        "people in the city.\"\n"))
    assert (page["document_type"], page["publisher"]["kind"]) == ("news_article", "press")


def test_a_cabinet_reports_cover_is_a_committee_paper(tmp_path: Path) -> None:
    page = _extracted(tmp_path, (
        "BCP Council\n\nCABINET\n\nReport subject: Ofsted Inspection of Local Authority Children's Services\n\n"
        "Meeting date: 26 June 2024\n\nExecutive summary: Ofsted carried out a standard inspection of the council's "
        "children's services from 8 to 19 April 2024. Services were judged to require improvement to be good.\n"))
    assert page["document_type"] == "council_minutes"


@pytest.mark.parametrize(("intro", "kind"), [
    ("Oldham Council\n\nOfsted monitoring visit letter\n\nPublished 17 January 2025\n\nWe have published below the "
     "letter we received from Ofsted following its monitoring visit in December.\n\n", "council"),
    ("Worcester News\n\nRead in full: Ofsted's letter on Worcestershire children's services\n\nBy Gareth Example\n"
     "Wednesday 7 May 2025\n\nWe publish the letter in full below.\n\n", "press"),
])
def test_a_copy_of_a_letter_without_an_address_is_published_by_who_introduces_it(tmp_path: Path, intro: str,
                                                                                  kind: str) -> None:
    page = _extracted(tmp_path, intro + (
        "16 December 2024\n\nJane Example\nDirector of Children's Services\nOldham Council\n\nDear Ms Example\n\n"
        "Monitoring visit to Oldham children's services\n\nThis letter summarises the findings of the monitoring "
        "visit to Oldham children's services on 4 and 5 December 2024. This visit was the third monitoring visit "
        "since the local authority was judged inadequate in 2023.\n\nYours sincerely\n\nMarcus Example\n"
        "His Majesty's Inspector\n"))
    assert (page["document_type"], page["publisher"]["kind"]) == ("monitoring_visit_letter", kind)


def test_a_visit_told_without_saying_childrens_services_is_not_a_schools_page(tmp_path: Path) -> None:
    page = _extracted(tmp_path, (
        "Inspectors find 'effective' response to exploited children in Staffordshire\n\nExpress & Star | 11 May 2023 "
        "| Joe Example\n\nInspectors spent two days in March looking at how well Staffordshire County Council "
        "protects children at risk of exploitation and going missing from home.\n\nStaffordshire was rated good in "
        "2018.\n\nThe letter says that the council's partnership work with schools is strong, with designated staff "
        "in every secondary school trained to spot the signs of criminal exploitation.\n"))
    assert page["document_type"] == "news_article"
    assert [(e["role"], e["kind"], e["start_date"]) for e in page["events"]][0] == \
        ("subject", "focused_visit", "2023-03")


def test_a_record_of_both_services_grades_keeps_each_services_own(tmp_path: Path) -> None:
    # the 2009-12 inspections graded safeguarding and looked after children's services apart: the second block's
    # overall effectiveness is the looked after children's services', never the services' as a whole
    page = _extracted(tmp_path, (
        "Inspection of safeguarding and looked after children services\n\nGloucestershire\n\nInspection dates: 6 – 17 "
        "June 2011\nReporting inspector: Jane Example HMI\n\nPublished: 29 July 2011\n\nRecord of main findings\n\n"
        "Safeguarding services\nOverall effectiveness                         Inadequate\nCapacity for improvement"
        "                      Adequate\n\nServices for looked after children\nOverall effectiveness"
        "                         Adequate\nCapacity for improvement                      Adequate\n\n"))
    assert page["events"][0]["judgements"] == {
        "safeguarding_overall_effectiveness": "inadequate", "safeguarding_capacity_for_improvement": "adequate",
        "looked_after_children_overall_effectiveness": "adequate",
        "looked_after_children_capacity_for_improvement": "adequate"}


@pytest.mark.parametrize(("line", "day"), [
    ("20/11/2019", "2019-11-20"), ("Oldham Chronicle | 27.07.2022", "2022-07-27"), ("March 9 2023", "2023-03-09"),
    ("Jun 18 2019", "2019-06-18"),
])
def test_numeric_and_month_first_date_lines(line: str, day: str) -> None:
    dated = document_date(f"Headline about children's services\n\n{line}\n\nInspectors visited in March.\n")
    assert dated is not None and dated.day.isoformat() == day


@pytest.mark.parametrize("text", [
    "Hospital trust rated requires improvement by health watchdog\n\nAn NHS trust that runs hospitals in Wakefield has "
    "been rated requires improvement by the Care Quality Commission. Maternity services were rated inadequate.\n",
    "Lewisham Council news\n\nYouth justice service inspection report published\n\nHM Inspectorate of Probation has "
    "published its report following an inspection of Lewisham's youth justice service. The service has been rated "
    "\"Requires improvement\" overall.\n",
])
def test_other_inspectorates_verdicts_are_other_pages(tmp_path: Path, text: str) -> None:
    page = _extracted(tmp_path, text)
    assert (page["document_type"], page["events"]) == ("other", [])


def test_council_questions_and_a_reports_cover_are_committee_papers(tmp_path: Path) -> None:
    page = _extracted(tmp_path, (
        "West Northamptonshire Council\nCouncil - Thursday 8 December 2022\nItem 9: Questions from Members\n\n"
        "Question 2 - from Councillor Harriet Example to the Cabinet Member for Children\n\n\"The Ofsted report on "
        "children's services was published on 25 November. Will the Cabinet Member set out the judgements?\"\n"))
    assert page["document_type"] == "council_minutes"


@pytest.mark.parametrize(("text", "people"), [
    ("Councillor Chris Example, Cabinet Member for Children's Services and School Performance, said it was good.\n",
     {"Chris Example": "cabinet member"}),
    ("Present:\nJane Example - Independent Chair\n", {"Jane Example": "chair"}),
])
def test_portfolios_and_titles_are_not_names(text: str, people: dict[str, str]) -> None:
    assert {p.name: p.role for p in find_people(text)} == people


def test_a_newspaper_publishing_a_letter_in_full_prints_the_letter(tmp_path: Path) -> None:
    page = _extracted(tmp_path, (
        "Ofsted's letter to Hartlepool council in full\n\nBy Nic Example\nLocal democracy reporter\n\nHere is the letter "
        "Ofsted sent to Hartlepool Borough Council following its focused visit. We are publishing it in full.\n\n"
        "Dear Mr Example\n\nFocused visit to Hartlepool children's services\n\nThis letter summarises the findings of the "
        "focused visit to Hartlepool children's services on 18 and 19 June 2024.\n"))
    assert (page["document_type"], page["publisher"]["kind"]) == ("focused_visit_letter", "press")


def test_a_copy_of_a_reports_opening_without_its_front_page_takes_the_one_council_named(tmp_path: Path) -> None:
    page = _extracted(tmp_path, (
        "Read the Ofsted report into Kirklees children's services\n\nWe are publishing its opening summary in full "
        "below.\n\nInspection of children's social care services\n\nInspection dates: 17 June 2019 to 28 June 2019\n\n"
        "Lead inspector: Brenda Example, Her Majesty's Inspector\n\nJudgement    Grade\nOverall effectiveness    "
        "Requires improvement to be good\n\nServices for children in Kirklees have improved since the inspection in "
        "2016.\n"))
    assert page["document_type"] == "inspection_report"
    assert page["local_authority"]["name"] == "Kirklees"


def test_a_sif_reports_table_with_dashes_gives_every_area(tmp_path: Path) -> None:
    page = _extracted(tmp_path, (
        "Bromley\n\nInspection of services for children in need of help and protection, children looked after and care "
        "leavers\nand\nReview of the effectiveness of the Local Safeguarding Children Board\n\nInspection date: 11 April "
        "2016 to 5 May 2016\n\nThe overall judgement is that children's services are inadequate\n\n1. Children who need "
        "help and protection - Inadequate\n2. Children looked after and achieving permanence - Inadequate\n3. "
        "Leadership, management and governance - Inadequate\n"))
    judgements = page["events"][0]["judgements"]
    assert {k: judgements.get(k) for k in ("help_and_protection", "children_looked_after",
                                           "leadership_management_governance")} == {
        "help_and_protection": "inadequate", "children_looked_after": "inadequate",
        "leadership_management_governance": "inadequate"}


def test_a_sif_re_inspection_in_2018_keeps_its_own_areas(tmp_path: Path) -> None:
    page = _extracted(tmp_path, (
        "Wandsworth children's services improve\n\nPublished 10 August 2018\n\nOfsted's re-inspection of Wandsworth's "
        "children's services under the single inspection framework, carried out in June 2018, judged them to require "
        "improvement. Children looked after and achieving permanence were judged good, and the experiences and "
        "progress of care leavers were judged to require improvement.\n"))
    judgements = page["events"][0]["judgements"]
    assert judgements.get("children_looked_after") == "good"
    assert judgements.get("care_leavers") == "requires_improvement"
