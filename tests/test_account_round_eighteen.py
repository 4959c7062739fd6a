"""The fifteenth session's second and third blind rounds: eighteen (a sample weighted to the single inspection
framework's years; short and near-miss pages) and nineteen (a recent sample; whole journeys told on one page). Each
cause the reviewers found is pinned here on a page the test writes, in its own words, with what the page should
give."""

from __future__ import annotations

from pathlib import Path

import pytest

from oversight.extract.shared.judgements import prose_grades
from tests.test_account_blind_rounds import _events
from tests.test_accounts import _extracted


def test_a_council_named_as_the_partner_in_the_headline_is_not_the_pages(tmp_path: Path) -> None:
    extraction = _extracted(tmp_path, (
        "Community Care\n\nIsle of Wight lifted out of 'inadequate' after Hampshire partnership\n\nby Tom Writer on "
        "June 11, 2014 in Children, Workforce\n\nThe Isle of Wight's children's services are no longer inadequate, "
        "Ofsted has found, two years after the watchdog's verdict led the government to hand their running to "
        "neighbouring Hampshire County Council.\n\nIn a report published yesterday, inspectors rated the island's "
        "services as requiring improvement to be good overall. Leadership, management and governance was judged "
        "good.\n\nHampshire, whose own children's services were rated outstanding by Ofsted earlier this year, has "
        "introduced its social work model on the island.\n"))
    assert extraction["local_authority"]["name"] == "Isle of Wight"
    subjects = [(e["local_authority"]["name"], e["published_date"], e["judgements"]) for e in extraction["events"]
                if e["role"] == "subject"]
    assert subjects == [("Isle of Wight", "2014-06-10", {"overall_effectiveness": "requires_improvement",
                                                         "leadership_management_governance": "good"})]
    assert {e["local_authority"]["name"]: e["judgements"] for e in extraction["events"] if e["role"] == "mentioned"}[
        "Hampshire"] == {"overall_effectiveness": "outstanding"}


def test_a_board_shared_with_a_neighbour_is_the_boards_grade(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Rutland County Council news\n\nPublished 8 September 2015\n\nOfsted has rated Rutland County Council's "
        "children's services good after an inspection between 22 June and 15 July 2015.\n\nAs part of the same "
        "inspection, Ofsted reviewed the Leicestershire and Rutland Local Safeguarding Children Board (LSCB), which "
        "works across both council areas. The board was judged to require improvement.\n"))
    assert [(e[2], e[4]) for e in events] == [
        ("Rutland", {"overall_effectiveness": "good", "lscb": "requires_improvement"})]


def test_a_cabinet_report_on_an_inspection_that_recalls_a_focused_visit(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "CABINET\n\nDate: 10 September 2019\n\nOFSTED INSPECTION OF LOCAL AUTHORITY CHILDREN'S SERVICES (ILACS)\n\n"
        "Portfolio Holder: Councillor Sam Example, Portfolio Holder for Children's Services\n\nReport from: Jo "
        "Example, Director of People\n\nAuthor: Lee Example, Assistant Director, Children's Social Care\n\n"
        "Summary\n\nThis report informs Cabinet of the outcome of the Ofsted inspection of Medway's children's "
        "services, which took place between 17 and 28 June 2019, and sets out the next steps, including an improvement "
        "plan and an Improvement Board.\n\n1. Budget and policy framework\n\n1.1 The Council's statutory "
        "responsibilities for children's social care are a matter for Cabinet.\n\n2. Background\n\n2.1 Medway's "
        "children's services were last fully inspected in 2015 and were judged to require improvement to be good. "
        "A focused visit in January "
        "2019, looking at the front door, identified concerns about the quality of decision-making.\n\n2.2 The "
        "inspection report was published on 12 August 2019. Ofsted judged the overall effectiveness of children's "
        "services in Medway to be inadequate. The judgements were:\n\n"
        "Judgement                                                               Grade\n"
        "The impact of leaders on social work practice with children and families   Inadequate\n"
        "The experiences and progress of children who need help and protection     Inadequate\n"
        "The experiences and progress of children in care and care leavers          Requires improvement to be good\n"
        "Overall effectiveness                                                       Inadequate\n\n"
        "2.3 Inspectors found that leaders had not acted quickly enough on the findings of the focused visit.\n"))
    assert events[0][:4] == ("subject", "full_inspection", "Medway", "2019-06-17")
    assert events[0][4] == {"overall_effectiveness": "inadequate", "impact_of_leaders": "inadequate",
                            "help_and_protection": "inadequate",
                            "children_in_care_and_care_leavers": "requires_improvement"}


@pytest.mark.parametrize(("sentence", "expected"), [
    # the single inspection framework's title is the services as a whole
    ("In 2015, Ofsted judged Somerset's services for children in need of help and protection, children looked "
     "after and care leavers to be inadequate.", {"overall_effectiveness": "inadequate"}),
    ("Ofsted rated help and protection, and leadership, management and governance, inadequate.",
     {"help_and_protection": "inadequate", "leadership_management_governance": "inadequate"}),
    ("Ofsted has judged that Somerset's children's services now require improvement to be good.",
     {"overall_effectiveness": "requires_improvement"}),
    ("The board was judged to require improvement.", {"lscb": "requires_improvement"}),
])
def test_grades_told_in_ways_round_eighteen_met(sentence: str, expected: dict[str, str]) -> None:
    assert {g.key: g.grade for g in prose_grades(sentence, 0, len(sentence), None)} == expected


def test_a_posts_time_line_dates_the_page_not_the_visit(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Lewisham Council\n@LewishamCouncil\n\n1/3 Ofsted has published its letter following a focused visit to our "
        "children's services on 5 and 6 September. Inspectors looked at how we support children in care.\n"
        "2:14 PM · 12 Oct 2023 · 3,204 Views\n\nLewisham Council @LewishamCouncil · 12 Oct 2023\n2/3 Inspectors "
        "found that children in care in Lewisham are well cared for.\n"))
    assert events[0][:4] == ("subject", "focused_visit", "Lewisham", "2023-09-05")


@pytest.mark.parametrize("top", ["Hartlepool Borough Council\n5 August 2022 ·\n",
                                 "Borough News - your fortnightly update\nIssue 212 | 5 August 2022\n"])
def test_a_social_post_or_a_bulletin_issue_dates_the_page(tmp_path: Path, top: str) -> None:
    extraction = _extracted(tmp_path, top + (
        "\nOfsted has today published its report into Hartlepool's children's services, which are rated good. "
        "Inspectors spent two weeks with our teams in June.\n"))
    subject = extraction["events"][0]
    assert (subject["start_date"], subject["published_date"]) == ("2022-06", "2022-08-05")


@pytest.mark.parametrize("text", [
    "Stockport Council\n\nNews\n\nCouncil's fostering service rated outstanding\n\nPublished 18 April 2013\n\n"
    "Stockport Council's fostering service has been rated outstanding by Ofsted. Ofsted inspected the service in "
    "February under the national minimum standards for fostering services.\n",
    "Manchester Evening News\n\nPolice child protection work criticised\n\nBy Dan Writer\n\n3 December 2021\n\nHMICFRS "
    "inspected the force's child protection work in September and October. Inspectors found delays in referrals "
    "to children's social care in Manchester and Salford.\n",
    "Powys County Council\n\nNews\n\nInspectors recognise improvement in children's services\n\nPublished: 11 July "
    "2019\n\nCare Inspectorate Wales (CIW) has published its report on Powys County Council's children's services, "
    "finding that the service has improved since its inspection in 2017.\n",
    "WalesOnline\n\nInspectors find commitment in Cardiff children's services\n\nBy Ffion Writer\n14 June 2022\n\n"
    "Inspectors have praised social workers in Cardiff Council's children's services. Care Inspectorate Wales "
    "visited in April. Unlike Ofsted in England, CIW does not give councils graded judgements.\n",
    "Leeds City Council\n\nJob description: Team Manager, Children's Social Work Service\n\nSalary: £45,000\n\n"
    "Leeds is a child friendly city, and our children's services were rated outstanding by Ofsted in 2018.\n",
])
def test_pages_about_other_inspections_and_adverts_are_other(tmp_path: Path, text: str) -> None:
    extraction = _extracted(tmp_path, text)
    assert (extraction["document_type"], extraction["events"]) == ("other", [])


def test_round_nineteen_a_quote_and_a_question_grade_no_earlier_inspection(tmp_path: Path) -> None:
    # (round nineteen's sample, at 8e95ecc: a quote's next sentence after 'Two years ago', and a councillor's
    # question about keeping a rating)
    events = _events(tmp_path, (
        "Westmorland and Furness children's services rated good\n\nBy Ann Writer\n\n21 March 2025\n\nOfsted has "
        "rated Westmorland and Furness Council's children's services good after an inspection in January. "
        "Inspectors judged the impact of leaders good, and help and protection requires improvement.\n\nThe cabinet "
        "member said: \"Two years ago we were lifting and shifting a service out of a county council and into a "
        "brand-new organisation. To be judged good at the first attempt is a tribute to every social worker,\" she "
        "said.\n\nInspectors found that assessments were too variable. A focused visit in July last year had raised "
        "similar concerns.\n\nCouncillors asked how the service would maintain the good rating given financial "
        "pressures on the council.\n"))
    assert [e[:4] for e in events if e[4]] == [("subject", "full_inspection", "Westmorland and Furness", "2025-01")]
    assert [e for e in events if e[0] == "mentioned" and e[1] == "full_inspection"] == []


def test_round_nineteen_journeys_told_on_one_page(tmp_path: Path) -> None:
    # (round nineteen's whole journeys, at 8e95ecc)
    events = _events(tmp_path, (
        "Isle of Wight children's services keep 'good' rating\n\nBy Sam Writer\n22 June 2023\n\nThe Isle of Wight's "
        "children's services have held on to their good rating, in an Ofsted report published today. Inspectors "
        "judged services good overall.\n\nIn 2013 Ofsted rated the Island's child protection services inadequate, and "
        "the Secretary of State ordered the council to hand management of children's services to Hampshire County "
        "Council.\n\nJo Example, director of children's services for Hampshire and the Isle of Wight, said: \"The "
        "outstanding judgement for children in care reflects the dedication of our foster carers.\"\n\nIt is a far "
        "cry from November 2012, when Ofsted judged the Isle of Wight inadequate.\n"))
    assert {e[2] for e in events} == {"Isle of Wight"}
    assert events[0][4]["overall_effectiveness"] == "good"


def test_round_nineteen_a_move_dated_before_it_keeps_its_own_grade(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Farewell to Sunderland's children's services chief\n\nBy Ann Writer\n\n1 September 2024\n\nShe took over "
        "just as the new company launched in April 2017. Twelve months later, a re-inspection in April 2018 lifted "
        "Sunderland out of inadequate, rating services requires improvement to be good.\n"))
    assert ("mentioned", "full_inspection", "Sunderland", "2018-04", {"overall_effectiveness": "requires_improvement"}) \
        in events


def test_a_paragraph_number_before_a_month_is_no_day() -> None:
    from oversight.extract.shared.dates import find_date_ranges

    assert find_date_ranges("2.4 March 2017: re-inspection under the single inspection framework.") == []


def test_round_nineteen_a_neighbour_with_a_relative_clause_before_its_own_verb(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "BCP children's services still require improvement\n\nBy Ann Writer\n\n10 January 2024\n\nOfsted has rated "
        "Bournemouth, Christchurch and Poole Council's children's services as requiring improvement.\n\nThe verdict "
        "is short of what was achieved before BCP was created in April 2019. Poole's children's services had been "
        "rated requires improvement to be good in 2017, and neighbouring Dorset Council, which took over children's "
        "services in the rest of the old county, was rated good in 2021.\n"))
    assert ("mentioned", "full_inspection", "Dorset", "2021", {"overall_effectiveness": "good"}) in events
    assert all(not (e[2] == "Poole" and e[4].get("overall_effectiveness") == "good") for e in events)


def test_round_nineteen_a_date_in_capitals_opening_a_story_is_the_past(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Devon's children's services: the long road from 'inadequate'\n\nBy Tom Writer\n\n14 March 2023\n\nIN MARCH "
        "2020, days before the country went into lockdown, Ofsted published a report that judged Devon County "
        "Council's children's services inadequate.\n"))
    assert [(e[0], (e[3] or "")[:4], e[4]) for e in events if e[4]] == [
        ("mentioned", "2020", {"overall_effectiveness": "inadequate"})]
