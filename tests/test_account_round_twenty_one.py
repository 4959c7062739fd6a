"""The sixteenth session's second blind round: twenty-one a (a ninth ordinary sample) and twenty-one b (timelines
and sections, a second set), each measured on a frozen copy at 61fb92d. Each cause a reviewer found is pinned here on
a page the test writes, in its own words, with what the page should give."""

from __future__ import annotations

from pathlib import Path

from tests.test_account_blind_rounds import _events
from tests.test_accounts import _extracted


def _by_start(events: list) -> dict:
    return {start: grades for _, _, _, start, grades in events}


def test_a_timelines_arrow_gives_the_grade_it_points_to(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Birmingham City Council\n\nOur Ofsted journey\n\nDate | Inspection | Outcome\nJan 2016 | Single inspection "
        "framework | Inadequate\nJan 2018 | ILACS: Inadequate → Requires improvement\nMar 2022 | ILACS: Requires "
        "improvement → Good\n"))
    assert _by_start(events)["2018-01"] == {"overall_effectiveness": "requires_improvement"}
    assert _by_start(events)["2022-03"] == {"overall_effectiveness": "good"}


def test_a_chronologys_season_lines_with_rows_under_them(tmp_path: Path) -> None:
    extraction = _extracted(tmp_path, (
        "Cornwall Council\nChildren's Services Overview and Scrutiny Committee\nWednesday 5 March 2025\n\nAgenda item "
        "9: inspection chronology\n\nWinter 2011/12 — Safeguarding and looked after children inspection. Safeguarding "
        "was judged adequate and looked after children adequate.\n\nAutumn 2014 — Single inspection framework. "
        "Overall effectiveness: requires improvement to be good.\n\nAutumn 2024 — ILACS standard inspection (fieldwork "
        "30 September to 11 October 2024; report published 22 November 2024).\n    Overall effectiveness: "
        "outstanding. Impact of leaders: outstanding. Help and protection: good.\n    Children in care: outstanding. "
        "Care leavers: good.\n\n2027 onwards — Next full inspection expected.\n"))
    subject = [e for e in extraction["events"] if e["role"] == "subject"]
    assert [(e["start_date"], e["end_date"], e["published_date"]) for e in subject] == [
        ("2024-09-30", "2024-10-11", "2024-11-22")]
    assert subject[0]["judgements"] == {"overall_effectiveness": "outstanding", "impact_of_leaders": "outstanding",
                                        "help_and_protection": "good", "children_in_care": "outstanding",
                                        "care_leavers": "good"}
    earlier = {e["start_date"]: e["judgements"] or e.get("reported_judgements") for e in extraction["events"]
               if e["role"] == "mentioned"}
    assert earlier["2011"] == {"safeguarding": "adequate", "looked_after_children": "adequate"}


def test_a_section_headed_by_a_council_whose_name_is_a_word(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "South East improvement programme\nQuarterly inspection briefing: July to September 2024\n\n1. Reading\n"
        "Reading's ILACS standard inspection took place from 8 to 19 July 2024. Services were judged requires "
        "improvement to be good overall.\n\n2. Medway\nMedway had a focused visit on 23 and 24 July 2024 looking at "
        "children in need. Medway was judged good in 2023.\n"))
    subjects = {name: (kind, grades.get("overall_effectiveness")) for role, kind, name, _, grades in events
                if role == "subject"}
    assert subjects == {"Reading": ("full_inspection", "requires_improvement"), "Medway": ("focused_visit", None)}


def test_the_start_of_a_year_is_a_past_years_and_the_grades_after_a_first_inspection_are_its(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "BCP Council\n\nChildren's Services Overview and Scrutiny Committee – 10 June 2025\n\nReport subject: the "
        "outcome of the focused visit, April 2025\n\n2. BCP Council's first inspection under the ILACS framework took "
        "place in November 2021. Services were judged inadequate overall.\n\n5. The most recent visit was a focused "
        "visit on 9 and 10 April 2025, looking at children in care. The city had been rated inadequate at the start "
        "of 2022.\n"))
    subject = [(kind, start, grades) for role, kind, _, start, grades in events if role == "subject"]
    assert subject == [("focused_visit", "2025-04-09", {})]
    assert _by_start(events)["2021-11"] == {"overall_effectiveness": "inadequate"}


def test_a_domain_shared_with_an_abolished_council_is_its_successors() -> None:
    from oversight.reference import load_authorities
    from oversight.reference.hosts import HostDirectory

    publisher = HostDirectory(load_authorities()).publisher_of("https://democracy.bcpcouncil.gov.uk/item/1")
    assert publisher is not None and publisher.name == "Bournemouth, Christchurch and Poole"
    many = HostDirectory(load_authorities()).publisher_of("https://www.achievingforchildren.org.uk/news/1")
    assert many is not None and (many.kind, many.authority) == ("council", None)


def test_a_neighbour_the_headline_says_the_council_pulls_ahead_of_is_not_the_pages(tmp_path: Path) -> None:
    extraction = _extracted(tmp_path, (
        "Teesside Live\nNews | Teesside News | Redcar | Middlesbrough FC | Sport\n\nRedcar and Cleveland children's "
        "services rated 'good' as borough pulls ahead of Middlesbrough\n\n15 JUL 2022\n\nChildren's services in "
        "Redcar and Cleveland have been rated good by Ofsted. Inspectors spent a fortnight in the borough between May "
        "9 and May 20.\n\nMiddlesbrough, however, remains the odd one out. Its services were judged inadequate in a "
        "report published in January this year.\n"))
    assert extraction["local_authority"]["name"] == "Redcar and Cleveland"
    assert [(e["local_authority"]["name"], e["start_date"]) for e in extraction["events"]
            if e["role"] == "subject"] == [("Redcar and Cleveland", "2022-05-09")]


def test_a_turnaround_from_an_inspection_years_ago_leaves_the_new_grade_where_it_is(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Cornwall Live\n\nPosted: July 30, 2015\n\nCornwall Council's services for vulnerable children have been rated "
        "good by Ofsted, in a dramatic turnaround from the findings of an inspection four years ago.\n"))
    assert [(role, grades.get("overall_effectiveness")) for role, _, _, _, grades in events if grades] == [
        ("subject", "good")]


def test_a_result_that_follows_a_neighbours_good_rating_is_no_report_of_it(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Achieving for Children\n\nKingston children's services rated 'good' by Ofsted\n\n3 May 2019\n\nOfsted has "
        "rated children's services in the Royal Borough of Kingston upon Thames as good, following an inspection in "
        "March.\n\nThe result follows a good rating for children's services in Richmond upon Thames, which were "
        "inspected in February.\n"))
    assert [(role, name) for role, _, name, _, _ in events] == [
        ("subject", "Kingston upon Thames"), ("mentioned", "Richmond upon Thames")]


def test_overall_effectiveness_under_a_services_heading_is_that_services(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Wokingham Borough Council news\n\nPublished 18 March 2011\n\nOfsted has inspected safeguarding and looked "
        "after children services in Wokingham, between 31 January and 11 February 2011. Inspectors gave the following "
        "grades:\n\nSafeguarding services\nOverall effectiveness: Good\nCapacity for improvement: Outstanding\n\n"
        "Services for looked after children\nOverall effectiveness: Adequate\nCapacity for improvement: Good\n"))
    grades = [g for role, _, _, _, g in events if role == "subject"][0]
    assert "overall_effectiveness" not in grades
    assert (grades["safeguarding"], grades["looked_after_children"]) == ("good", "adequate")
