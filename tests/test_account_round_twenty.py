"""The sixteenth session's blind rounds: twenty a (an eighth ordinary sample) and twenty b (timelines and pages of
sections per council, tests/test_account_timelines.py). Each cause a reviewer found is pinned here on a page the test
writes, in its own words, with what the page should give."""

from __future__ import annotations

from pathlib import Path

from tests.test_account_blind_rounds import _events
from tests.test_accounts import _extracted


def test_a_council_left_out_of_the_headline_and_named_deep_in_the_story_is_compared_not_reported(
        tmp_path: Path) -> None:
    # the outlet's own name ('Manchester Evening News') names no council either
    extraction = _extracted(tmp_path, (
        "Manchester Evening News\nNews | Greater Manchester News | Stockport\n\nOfsted finds Stockport social workers "
        "know their children well\n\nBy Jo Writer\nFriday, 6 May 2022\n\nInspectors spent two days with Stockport "
        "Council's children's services in late March on a focused visit looking at children in need.\n\nIn a letter "
        "published on Tuesday, they said most children get a timely response, though some plans were too generic.\n\n"
        "Focused visits are not graded. Stockport was rated good when it was last fully inspected, in 2019.\n\n"
        "Across the region, neighbouring Trafford was rated inadequate in March 2019 and has had monitoring visits "
        "since, while Manchester was rated good in January after a long climb.\n"))
    assert extraction["local_authority"]["name"] == "Stockport"
    assert [(e["role"], e["kind"], e["local_authority"]["name"]) for e in extraction["events"]
            if e["role"] == "subject"] == [("subject", "focused_visit", "Stockport")]
    assert {e["local_authority"]["name"]: (e["start_date"], e["judgements"]) for e in extraction["events"]
            if e["role"] == "mentioned"}["Manchester"] == ("2022-01", {"overall_effectiveness": "good"})


def test_the_two_services_of_2009_12_and_the_capacity_to_improve_keep_their_own_keys(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "BBC NEWS\n\nDoncaster child protection still 'inadequate'\n\nPage last updated at 10:12 GMT, Friday, 2 "
        "September 2011\n\nInspectors spent a fortnight in the borough in July looking at safeguarding and services "
        "for looked after children.\n\nTheir report rated safeguarding as inadequate but found services for looked "
        "after children to be adequate. The council's capacity for improvement was also judged adequate.\n"))
    assert [(e[0], e[3], e[4]) for e in events if e[0] == "subject"] == [
        ("subject", "2011-07", {"safeguarding": "inadequate", "looked_after_children": "adequate",
                                "capacity_for_improvement": "adequate"})]


def test_each_services_own_overall_effectiveness_is_no_overall_grade(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Derby City Council news\n\nPublished 24 February 2012\n\nOfsted praises Derby's services for children\n\n"
        "Ofsted and the Care Quality Commission inspected safeguarding and looked after children services in Derby "
        "in January. The inspectors judged the overall effectiveness of safeguarding services to be good, and the "
        "overall effectiveness of services for looked after children to be good.\n"))
    assert [e[4] for e in events if e[0] == "subject"] == [
        {"safeguarding": "good", "looked_after_children": "good"}]


def test_a_rating_newly_given_after_the_headline_outranks_the_last_visit_of_a_finished_series(
        tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Tower Hamlets Council\nHome > News\n\nChildren's services rated 'good' by Ofsted\n\n12 July 2019\n\nThe "
        "council's services for children have been rated good by Ofsted, two years after being judged inadequate.\n\n"
        "The inspection took place between 20 and 31 May and the report, published today, judges the council good "
        "in every area.\n\nIn April 2017 Ofsted judged the services inadequate. Since then Ofsted has monitored the "
        "council closely, with the seventh and final monitoring visit in January 2019.\n"))
    subjects = [e for e in events if e[0] == "subject"]
    assert [(kind, start) for _, kind, _, start, _ in subjects] == [("full_inspection", "2019-05-20")]
    assert subjects[0][4]["overall_effectiveness"] == "good"


def test_a_headline_that_turns_to_another_councils_visit_gives_each_its_own_kind(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Children & Young People Now\n\nOfsted roundup: Havering rises to good while Bradford monitoring visit finds "
        "slow progress\n\nTuesday, September 12, 2023\n\nHavering\n\nThe east London borough was inspected between "
        "10 and 21 July and has been judged good for overall effectiveness.\n\nBradford\n\nBradford's sixth "
        "monitoring visit since it was judged inadequate in 2018 took place in July.\n"))
    assert sorted((e[2], e[1]) for e in events if e[0] == "subject") == [
        ("Bradford", "monitoring_visit"), ("Havering", "full_inspection")]


# Round twenty b: timelines and pages of sections per council, measured on the timeline reader's first commit.

def test_the_same_grades_are_shared_only_by_the_councils_of_their_section(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "East Midlands improvement alliance\n\nBriefing: inspection outcomes, October to December 2022\n\nIssued: 13 "
        "January 2023\n\nNORTH NORTHAMPTONSHIRE AND WEST NORTHAMPTONSHIRE\n\nThe two councils were inspected together "
        "between 3 and 14 October 2022. Two reports give both councils the same grades: requires improvement to be "
        "good overall.\n\nDERBYSHIRE\n\nDerbyshire's inspection took place from 31 October to 11 November 2022. The "
        "report judged services good overall.\n\nNOTTINGHAM CITY\n\nA focused visit on 6 and 7 December 2022 looked "
        "at children in care.\n\nLINCOLNSHIRE\n\nLincolnshire partners hosted a joint targeted area inspection from "
        "14 to 18 November 2022, focusing on children at risk of exploitation.\n"))
    subjects = {name: (kind, grades.get("overall_effectiveness")) for role, kind, name, _, grades in events
                if role == "subject"}
    assert subjects == {"North Northamptonshire": ("full_inspection", "requires_improvement"),
                        "West Northamptonshire": ("full_inspection", "requires_improvement"),
                        "Derbyshire": ("full_inspection", "good"), "Nottingham": ("focused_visit", None),
                        "Lincolnshire": ("jtai", None)}


def test_an_undated_grade_goes_with_the_events_just_told_not_the_first_of_the_page(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Birmingham Children's Trust\n\nOur history\n\nThis page was last edited on 3 October 2023.\n\nThe trust runs "
        "children's social care for Birmingham City Council.\n\nIn May 2010 an inspection of safeguarding and looked after children services judged safeguarding to be inadequate.\n\nThe "
        "city was inspected under the single inspection framework in 2014 and again in 2016. Both inspections judged "
        "services inadequate overall.\n"))
    assert {start: grades for role, _, _, start, grades in events if role == "mentioned"}["2010-05"] == {
        "safeguarding": "inadequate"}


def test_an_interim_visit_is_no_inspection_and_a_grade_nine_months_ago_is_an_earlier_ones(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Croydon Council news\n\nPublished: 19 November 2020\n\nOfsted letter recognises work during the pandemic\n\n"
        "Inspectors carried out a visit to our children's services under Ofsted's interim arrangements on 13 and 14 October 2020. These visits "
        "are not graded.\n\nThe cabinet member said: \"Only nine months ago our services were rated good for the "
        "first time.\"\n"))
    subject = [e for e in events if e[0] == "subject"]
    assert [(kind, start, grades) for _, kind, _, start, grades in subject] == [("other", "2020-10-13", {})]
    assert [(start, grades) for role, _, _, start, grades in events if role == "mentioned"] == [
        ("2020-02", {"overall_effectiveness": "good"})]


def test_a_timeline_line_that_names_a_partner_is_the_pages_councils(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Isle of Wight County Press\n\nIsland children's services rated good again\n\nPublished 2 May 2024\n\nHow the "
        "Island has been rated\n\n2013 Services judged inadequate; partnership with Hampshire begins\n2018 First "
        "ILACS inspection: good\n2024 ILACS inspection: good\n"))
    assert {(name, start, grades.get("overall_effectiveness")) for _, _, name, start, grades in events} == {
        ("Isle of Wight", "2013", "inadequate"), ("Isle of Wight", "2018", "good"),
        ("Isle of Wight", "2024", "good")}


def test_a_heading_above_the_lines_names_their_council(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Westmorland and Furness Council\n\nInspections and performance\n\nThis page was last reviewed on 4 April 2025\n\n"
        "Ofsted inspected our children's services for the first time between 3 and 14 February 2025 and judged them "
        "good.\n\nInspections of Cumbria County Council (before April 2023)\n\n"
        "• June 2012 – safeguarding and looked after children inspection (safeguarding: ADEQUATE; looked after "
        "children: GOOD)\n• October 2015 – single inspection framework (REQUIRES IMPROVEMENT)\n"
        "• June 2019 – ILACS inspection (GOOD)\n"))
    assert {(role, name, start) for role, _, name, start, _ in events} == {
        ("subject", "Westmorland and Furness", "2025-02-03"), ("mentioned", "Cumbria", "2012-06"),
        ("mentioned", "Cumbria", "2015-10"), ("mentioned", "Cumbria", "2019-06")}
    assert {start: grades for _, _, _, start, grades in events}["2012-06"] == {
        "safeguarding": "adequate", "looked_after_children": "good"}


def test_a_line_of_cells_is_not_joined_to_the_sentence_under_it(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "London alliance\n\nInspection digest | November 2021\n\nBARNET | ILACS inspection | OUTSTANDING\n\nInspected "
        "20 September to 1 October 2021.\nImpact of leaders: Outstanding | Help and protection: Outstanding | Children "
        "in care and care leavers: Good\nBarnet was judged inadequate in 2017 and good in 2019.\n\nLAMBETH | Focused "
        "visit | Not graded\n\nVisit on 12 and 13 October 2021, looking at children in care.\n"))
    barnet = [grades for role, _, name, _, grades in events if role == "subject" and name == "Barnet"]
    assert barnet and {key: barnet[0][key] for key in ("impact_of_leaders", "help_and_protection")} == {
        "impact_of_leaders": "outstanding", "help_and_protection": "outstanding"}


def test_a_trade_papers_name_over_its_menu_is_no_care_home(tmp_path: Path) -> None:
    extraction = _extracted(tmp_path, (
        "Community Care\n\nHome | Children | Ofsted\n\nHerefordshire children's services out of inadequate\n\nby Jo "
        "Writer\nJune 5, 2025 in Children, Ofsted\n\nHerefordshire Council's children's services are no longer "
        "inadequate, Ofsted has found. Following a re-inspection between 31 March and 11 April, Ofsted judged the "
        "council to require improvement to be good overall.\n\nKey dates\n\n2014. Single inspection: requires "
        "improvement.\nJuly 2022. Full inspection: inadequate in every area.\nNovember 2024. Sixth and final "
        "monitoring visit before re-inspection.\nApril 2025. Re-inspection: requires improvement to be good.\n"))
    assert extraction["document_type"] == "news_article"
    assert [(e["kind"], e["start_date"], e["visit_number"]) for e in extraction["events"]
            if e["role"] == "mentioned" and e["start_date"] == "2024-11"] == [("monitoring_visit", "2024-11", 6)]


def test_a_cabinet_paper_dates_its_visit_by_its_own_number_and_the_letter_by_its_publication(
        tmp_path: Path) -> None:
    extraction = _extracted(tmp_path, (
        "City of Bradford Metropolitan District Council\n\nReport of the Strategic Director, Children's Services to "
        "the meeting of the Executive to be held on 7 December 2021\n\nSubject: Ofsted monitoring visit, October "
        "2021\n\nThis report informs the Executive of the findings of the fifth Ofsted monitoring visit since "
        "children's services were judged inadequate in 2018.\n\n1.1 Ofsted published the letter from its latest "
        "monitoring visit on 11 November 2021.\n\n2.6 The fourth monitoring visit took place on 25 and 26 May 2021 "
        "and considered children in care.\n\n3.1 The fifth monitoring visit took place on 6 and 7 October 2021.\n"))
    assert extraction["document_type"] == "council_minutes"
    assert [(e["start_date"], e["end_date"], e["published_date"], e["visit_number"])
            for e in extraction["events"] if e["role"] == "subject"] == [("2021-10-06", "2021-10-07", "2021-11-11", 5)]


def test_a_round_up_of_sections_is_no_story_of_councils_in_general(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Children & Young People Now\n\nNews | Social Care | Inspections\n\nInspections round-up: Bromley rated "
        "inadequate as Wokingham earns good rating\n\nFriday, July 15, 2016\n\nA round-up of the week's Ofsted "
        "inspection reports on council children's services.\n\nBROMLEY - INADEQUATE\n\nOfsted has rated children's "
        "services in Bromley inadequate after an inspection between 11 April and 5 May.\n\nWOKINGHAM - GOOD\n\n"
        "Wokingham was rated good overall. Inspectors visited in May.\n\nTRAFFORD - GOOD\n\nTrafford's services were "
        "also judged good.\n\nSOUTHWARK - MONITORING VISIT\n\nOfsted's third monitoring visit to Southwark since its "
        "inadequate rating last year found that some progress had been made.\n"))
    assert sorted((name, kind) for role, kind, name, _, _ in events if role == "subject") == [
        ("Bromley", "full_inspection"), ("Southwark", "monitoring_visit"), ("Trafford", "full_inspection"),
        ("Wokingham", "full_inspection")]


def test_a_bulletins_opening_is_no_one_councils_and_a_jtai_hosted_is_dated(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "North West Improvement Alliance\n\nRegional Bulletin | Issue 27 | July 2019\n\nWelcome to the summer "
        "bulletin: one council leaving inadequate, a focused visit and a JTAI.\n\nTAMESIDE: OUT OF INADEQUATE\n\n"
        "Tameside's re-inspection report was published on 21 June. Inspectors, who were on site from 29 April to 10 "
        "May, judged services to require improvement to be good overall.\n\nBLACKPOOL: FOCUSED VISIT\n\nBlackpool "
        "hosted a focused visit on 4 and 5 June, looking at the front door.\n\nKNOWSLEY: JOINT TARGETED AREA "
        "INSPECTION\n\nKnowsley partners hosted a JTAI from 20 to 24 May, with a deep dive on neglect.\n"))
    assert sorted((name, kind, start) for role, kind, name, start, _ in events if role == "subject") == [
        ("Blackpool", "focused_visit", "2019-06-04"), ("Knowsley", "jtai", "2019-05-20"),
        ("Tameside", "full_inspection", "2019-04-29")]
