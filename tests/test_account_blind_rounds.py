"""The fourteenth session's blind rounds: round ten (trade-press round-ups; councils' own papers beside pages about
the bodies Ofsted inspects as providers) and round eleven (saved HTML pages with their furniture; hard dates and
people). Each cause the reviewers found is pinned here on a page the test writes, in its own words, with what the
page should give."""

from __future__ import annotations

from pathlib import Path

from tests.test_accounts import _extracted


def _events(tmp_path: Path, text: str) -> list[tuple[str, str, str | None, str | None, dict]]:
    return [(e["role"], e["kind"], e["local_authority"]["name"], e["start_date"], e["judgements"])
            for e in _extracted(tmp_path, text)["events"]]


def _grades_of(events: list[tuple[str, str, str | None, str | None, dict]], council: str) -> list[dict]:
    return [grades for _, _, name, _, grades in events if name == council]


def test_a_visit_that_rates_the_services_is_a_full_inspection(tmp_path: Path) -> None:
    # 'monitoring visits since then' tells the council's history, not the kind of the visit the story reports
    events = _events(tmp_path, (
        "Rochdale children's services climb out of inadequate\n\nPublished\n\n3 March 2023\n\nBBC News, Manchester\n\n"
        "Ofsted inspectors visited Rochdale Borough Council between 9 and 20 January and rated its children's "
        "services as \"requires improvement to be good\" overall.\n\nThe council had been rated inadequate in 2018 "
        "and has had regular monitoring visits since then.\n\nInspectors judged the experiences and progress of "
        "children in care to be good, while help and protection, care leavers and the impact of leaders all still "
        "required improvement.\n\nThe council leader said: \"Four years ago our services were letting children "
        "down, and today's report shows what has changed.\"\n"))
    assert events[0] == ("subject", "full_inspection", "Rochdale", "2023-01-09", {
        "overall_effectiveness": "requires_improvement", "children_in_care": "good",
        "help_and_protection": "requires_improvement", "care_leavers": "requires_improvement",
        "impact_of_leaders": "requires_improvement"})
    # 'four years ago our services were letting children down' dates no inspection: the only earlier one is 2018's
    assert [e for e in events if e[0] == "mentioned"] == [
        ("mentioned", "full_inspection", "Rochdale", "2018", {"overall_effectiveness": "inadequate"})]


def test_a_relative_clause_after_the_last_of_a_list_is_about_that_council(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Islington joins councils rated outstanding\n\nCommunity Care | 2 May 2024\n\nIslington has been rated "
        "outstanding for its children's services after an inspection in March.\n\nBeyond London, Leeds and North "
        "Tyneside are also rated outstanding, as is Wiltshire, which moved up from good last year.\n"))
    assert {"overall_effectiveness": "good"} not in _grades_of(events, "Leeds")
    assert {"overall_effectiveness": "good"} in _grades_of(events, "Wiltshire")


def test_a_grade_after_one_of_the_councils_counted_is_named_again_is_that_ones(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Ofsted statistics: most councils' children's services now good or better\n\nBy Sam Reporter\n\nThursday, "
        "August 14, 2025\n\nThe proportion of councils whose children's services are rated good or outstanding by "
        "Ofsted has risen again.\n\nTwo unitary councils created in April "
        "2023, Cumberland and Westmorland and Furness, had not been inspected by the end of March, although "
        "Cumberland has since been judged requires improvement.\n\nCouncils that improved included Torbay, which "
        "moved from inadequate to requires improvement, and Derby, which moved from requires improvement to good.\n"))
    assert _grades_of(events, "Westmorland and Furness") == []
    assert {"overall_effectiveness": "requires_improvement"} in _grades_of(events, "Cumberland")
    assert {"overall_effectiveness": "inadequate"} in _grades_of(events, "Torbay")
    assert {"overall_effectiveness": "requires_improvement"} in _grades_of(events, "Torbay")
    assert {"overall_effectiveness": "inadequate"} not in _grades_of(events, "Derby")


def test_a_grade_told_with_the_inspection_that_gave_it_takes_that_inspections_year(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Oldham's children's services director to step down\n\nMonday 3 March 2025 | By Local Democracy Reporting "
        "Service\n\nThe director who led Oldham's children's services out of inadequate is to leave in the summer.\n\n"
        "Jo Example took charge of the service in 2020, when it was still rated inadequate following an Ofsted "
        "inspection in 2018.\n"))
    assert ("mentioned", "full_inspection", "Oldham", "2018", {"overall_effectiveness": "inadequate"}) in events
    assert not any(date == "2020" for _, _, _, date, _ in events)


def test_a_day_told_after_the_year_of_a_grade_in_another_year_does_not_date_it(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Trust to hand children's services back to the council\n\nBy Sam Reporter\n\n20 June 2024\n\nThe trust that "
        "runs Sunderland's children's services was rated outstanding by Ofsted in 2022, and ministers have now agreed "
        "the service can return to Sunderland City Council from 1 April.\n"))
    assert ("mentioned", "full_inspection", "Sunderland", "2022", {"overall_effectiveness": "outstanding"}) in events


def test_required_improvement_to_be_good_is_one_grade(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "New chief executive for children's company\n\nBy Sam Reporter | 14 November 2024\n\nThe company that runs "
        "Slough BC's children's services has appointed a chief executive.\n\nOfsted's most recent full inspection, in "
        "March 2023, found services required improvement to be good.\n\nReading's own children's services, run by "
        "a company too, were rated good in 2023.\n"))
    assert ("mentioned", "full_inspection", "Slough", "2023-03", {"overall_effectiveness": "requires_improvement"}) \
        in events
    assert {"overall_effectiveness": "good"} not in _grades_of(events, "Slough")
    assert {"overall_effectiveness": "good"} in _grades_of(events, "Reading")


def test_a_police_force_or_health_body_named_after_a_county_is_not_the_county_council(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Torbay Council\nCHILDREN'S IMPROVEMENT BOARD\n\nMinutes - Monday 4 November 2019\n\nPresent:\nAnn Example - "
        "Independent Chair\nSupt. Bob Example - Devon and Cornwall Police\nCara Example - Designated Nurse, NHS "
        "Devon CCG\n\n3. Feedback from Ofsted's fifth monitoring visit (1-2 October 2019)\nThe director reported "
        "that the fifth monitoring visit since the inadequate judgement in June 2018 had looked at children in need. "
        "The letter was published on 28 October 2019.\n"))
    assert not any(name == "Devon" for _, _, name, _, _ in events)
    assert ("subject", "monitoring_visit", "Torbay", "2019-10-01", {}) in events
    assert ("mentioned", "full_inspection", "Torbay", "2018-06", {"overall_effectiveness": "inadequate"}) in events


def test_the_grades_of_the_councils_own_homes_are_not_its_services(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Wigan Council\n\nCorporate Parenting Board\nMeeting: 9 July 2024\nAgenda item 6\n\nCORPORATE PARENTING "
        "ANNUAL REPORT 2023/24\n\n1. Ofsted's inspection of local authority children's services in March 2022 judged "
        "Wigan's children's services good overall.\n2. The Council's five children's homes are registered with "
        "Ofsted. Four are currently judged good and one outstanding.\n"))
    # (whether the annual report's history is its subject is arguable; that the homes' grades are no one's is not)
    assert [(kind, name, date, grades) for _, kind, name, date, grades in events] == [
        ("full_inspection", "Wigan", "2022-03", {"overall_effectiveness": "good"})]


def test_a_grade_at_that_inspection_is_the_earlier_ones(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "KENT COUNTY COUNCIL\n\nCHILDREN'S SELECT COMMITTEE\n\nDate: 12 July 2018\n\nSUBJECT: OFSTED RE-INSPECTION\n\n"
        "Ofsted re-inspected Kent's children's services between 5 and 29 March 2018.\n\n1. Kent's children's services were judged inadequate following the single inspection carried out in "
        "February and March 2015. At that inspection the Kent Safeguarding Children Board was judged to require "
        "improvement.\n2. The 2018 re-inspection judged overall effectiveness to be requires improvement.\n"
        "3. The Safeguarding Children Board was not reviewed as part of the re-inspection.\n"))
    earlier = [grades for role, _, name, date, grades in events if role == "mentioned" and date == "2015-02"]
    assert earlier and earlier[0].get("lscb") == "requires_improvement"
    assert not any(role == "subject" and "lscb" in grades for role, _, _, _, grades in events)


def test_a_self_evaluations_own_verdicts_and_history_are_not_an_inspection_it_reports(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Hartlepool Borough Council - Children's Services\nAnnual Self-Evaluation of Social Work Practice\nMarch "
        "2024\n\n1. Our inspection history\n1.1 Our last ILACS standard inspection took place between 4 and 15 "
        "March 2019. Ofsted judged services good overall and good for each of the three judgements.\n1.2 In October "
        "2022 Ofsted carried out a focused visit looking at care leavers. The letter, published on 30 November 2022, "
        "found that most young people are well supported.\n\n2. How good are we?\n2.1 We judge that help and "
        "protection remains good.\n\nArea | Ofsted, March 2019 | Our self-assessment, March 2024\nImpact of leaders | "
        "Good | Outstanding\nCare leavers | - | Requires improvement\n"))
    assert ("mentioned", "full_inspection", "Hartlepool", "2019-03-04", {
        "overall_effectiveness": "good", "impact_of_leaders": "good", "help_and_protection": "good",
        "children_in_care_and_care_leavers": "good"}) in events
    assert not any(role == "subject" for role, _, _, _, _ in events)
    assert not any(grades.get("impact_of_leaders") == "outstanding" or grades.get("care_leavers")
                   for _, _, _, _, grades in events)


QUESTIONS_AT_COUNCIL = (
    "Lincolnshire County Council\nCouncil - Friday 15 July 2022\nItem 9: Questions to Cabinet Members\n\nQuestion from "
    "Cllr Ann Example:\n\"What did Ofsted's inspection of children's social care find?\"\n\nResponse by the Cabinet "
    "Member for Children's Services, Cllr Bob Example:\n\"Ofsted's inspection took place from 9 to 20 May 2022 and "
    "inspectors judged our services outstanding overall.\"\n")
DECISION_RECORD = (
    "Walsall Council\n\nRECORD OF DECISION - CABINET\n\nDecision reference: CAB-2023-07\nDecision maker: Cabinet\n"
    "Date of decision: 12 July 2023\nReport author: Cara Example, Director of Children's Services\n\nOfsted's "
    "inspection of Walsall children's services took place between 6 and 17 March 2023. The judgements were:\n"
    "Overall effectiveness: Requires improvement to be good\n")
SELECT_COMMITTEE_PAPER = (
    "ESSEX COUNTY COUNCIL\n\nPEOPLE AND FAMILIES SELECT COMMITTEE\n\nDATE: 9 OCTOBER 2019\n\nLEAD OFFICER: DEE "
    "EXAMPLE, DIRECTOR FOR CHILDREN\n\nSUMMARY OF ISSUE:\nOfsted inspected Essex's children's services between 9 and "
    "20 September 2019 and judged them outstanding overall.\n\nRECOMMENDATIONS:\nThat the Select Committee notes the "
    "findings.\n")
MEMBER_BRIEFING = (
    "Kent County Council\nMEMBER INFORMATION BRIEFING - CHILDREN'S SERVICES\n\nSubject: Ofsted focused visit\nTo: All "
    "Members of the County Council\n\n1. Ofsted carried out a focused visit to Kent children's services on 4 and 5 "
    "June 2019, looking at children in care.\n")


def test_the_papers_of_a_councils_democratic_business_are_minutes_and_papers(tmp_path: Path) -> None:
    # questions at full council, a decision record, a select committee's report and a briefing to members
    for page in (QUESTIONS_AT_COUNCIL, DECISION_RECORD, SELECT_COMMITTEE_PAPER, MEMBER_BRIEFING):
        assert _extracted(tmp_path, page)["document_type"] == "council_minutes", page[:40]


def test_the_virtual_school_headteacher_does_not_make_minutes_about_a_school(tmp_path: Path) -> None:
    extraction = _extracted(tmp_path, (
        "Bolton Council\n\nCORPORATE PARENTING BOARD\n\nMinutes of the meeting held on Wednesday, 18 January 2023\n\n"
        "Present: Councillor Ann Example (in the Chair)\n\nAlso in attendance: Cara Example, Virtual School "
        "Headteacher; Bob Example, Director of Children's Services\n\nCPB.23 OFSTED MONITORING VISIT\nThe director provided "
        "an overview of Ofsted's fourth monitoring visit since the inadequate judgement of January 2022. The visit "
        "took place on 22 and 23 November 2022.\n"))
    assert extraction["document_type"] == "council_minutes"
    assert [(e["role"], e["kind"], e["start_date"], e["visit_number"]) for e in extraction["events"]
            if e["role"] == "subject"] == [("subject", "monitoring_visit", "2022-11-22", 4)]


def test_the_sif_named_for_the_earlier_inspection_does_not_make_a_2018_one_a_sif_inspection(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Annual Report of the Director of Children's Services 2018/19\nSheffield City Council\n\nIn January 2019 "
        "Ofsted published the report of its inspection of our children's social care services carried out between "
        "12 and 23 November 2018. Sheffield was judged good overall, and good for the impact of leaders, for the "
        "experiences and progress of children who need help and protection, and for the experiences and progress of "
        "children in care and care leavers. When Ofsted last inspected us, under the single inspection framework in "
        "March 2015, services were judged to require improvement.\n"))
    subject = next(grades for role, _, _, date, grades in events if date == "2018-11-12")
    assert subject.get("children_in_care_and_care_leavers") == "good"
    assert "children_looked_after" not in subject and "care_leavers" not in subject


# Round eleven

def test_a_council_supported_by_another_as_its_partner_keeps_its_own_grade(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Calderdale climbs out of inadequate\n\nBy Sam Reporter\n\n3 February 2020\n\nCalderdale's children's "
        "services have been rated requires improvement to be good after an inspection in December. The council had "
        "been judged inadequate in 2016 and has been supported by Leeds City Council as its improvement partner "
        "since then.\n"))
    assert ("mentioned", "full_inspection", "Calderdale", "2016", {"overall_effectiveness": "inadequate"}) in events
    assert not any(name == "Leeds" for _, _, name, _, _ in events)


def test_care_judged_outstanding_in_a_headline_is_not_the_services_grade(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Leeds children's services keep 'good' Ofsted rating as care judged outstanding\n\nBy Sam Reporter\n\n"
        "14 November 2022\n\nThe overall effectiveness of services was judged good after an inspection in "
        "September. The experiences and progress of children in care and care leavers was rated outstanding.\n"))
    subject = next(grades for role, _, _, _, grades in events if role == "subject")
    assert subject.get("overall_effectiveness") == "good"


def test_links_to_other_stories_grade_no_council(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Stockton children's services rated inadequate\n\nBy Sam Reporter\n\n12 March 2020\n\nStockton-on-Tees "
        "Borough Council's children's services have been rated inadequate after an inspection in January.\n\n"
        "READ MORE: Redcar and Cleveland children's services 'good', says Ofsted\n\nInspectors found that too many "
        "children waited too long for help.\n\nRead more: Hartlepool children's services 'outstanding'\n"))
    assert not any(name in ("Redcar and Cleveland", "Hartlepool") for _, _, name, _, _ in events)
    assert events[0][:3] == ("subject", "full_inspection", "Stockton-on-Tees")


def test_the_royal_borough_on_its_own_page_is_that_borough(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Royal Borough of Greenwich\n\nNews\n\nLast updated 29/03/2016\n\nOfsted has rated the Royal Borough's "
        "children's services good following an inspection in February.\n\nJo Example, director of children's "
        "services for the Royal Borough, Lewisham and Southwark's shared team, said she was proud.\n\nOfsted's "
        "previous inspection of the Royal Borough, of safeguarding and looked after children services in 2012, judged "
        "services to be adequate.\n"))
    assert not any(name in ("Lewisham", "Southwark") for _, _, name, _, _ in events)
    assert any(name == "Greenwich" and date == "2012" for _, _, name, date, _ in events)


def test_safeguarding_judged_in_a_sentence_of_both_services_is_safeguardings_grade(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Gateshead children's services rated good\n\nBy Sam Reporter\n\n24/07/2015\n\nGateshead's children's "
        "services have been rated good after an inspection in May.\n\nIn 2012, an inspection of safeguarding and "
        "looked after children services judged safeguarding in Gateshead to be adequate.\n"))
    assert ("mentioned", "full_inspection", "Gateshead", "2012", {"safeguarding": "adequate"}) in events


def test_the_visit_since_the_inadequate_rating_keeps_its_own_date(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Slow progress in Oldham, Ofsted finds\n\nBy Sam Reporter\nSaturday 19th October 2019\n\nOfsted has found "
        "that Oldham Council is making slow progress, a year after its children's services were rated inadequate."
        "\n\nThe first monitoring visit since the inadequate rating took place on 3 and 4 September, and the letter "
        "was published this week.\n"))
    assert ("subject", "monitoring_visit", "Oldham", "2019-09-03", {}) in events
    assert not any(role == "mentioned" and date and date.startswith("2019-09") for role, _, _, date, _ in events)


def test_councils_named_after_a_role_are_its_holders_employers(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "ISLE OF WIGHT COUNCIL\n\nMinutes\n\nName of meeting: CORPORATE SCRUTINY COMMITTEE\nDate and time: THURSDAY 12 "
        "MARCH 2020\n\n37. Ofsted Focused Visit\n\nThe Director of Children's Services, Hampshire County Council and "
        "Isle of Wight Council, reported on the focused visit Ofsted had carried out in late January, which had looked "
        "at the council's front door.\n\nHampshire's children's services had been judged outstanding in 2019.\n"))
    assert [(role, kind, name) for role, kind, name, _, _ in events if role == "subject"] == [
        ("subject", "focused_visit", "Isle of Wight")]
    assert ("mentioned", "full_inspection", "Hampshire", "2019", {"overall_effectiveness": "outstanding"}) in events


# Round twelve

def test_a_list_of_councils_ratings_line_by_line(tmp_path: Path) -> None:
    extraction = _extracted(tmp_path, (
        "Every council's children's services rating in the North East – and where yours ranks\n\nBy Sam Reporter\n\n"
        "10 March 2024\n\nWe have looked at the latest Ofsted report for each council in the region. Four councils "
        "are currently rated outstanding, and only one, Middlesbrough, is inadequate.\n\nDarlington: Good – March "
        "2023\nGateshead: Outstanding – April 2023\nHartlepool: Outstanding – June 2022\nMiddlesbrough: Inadequate – "
        "July 2022\n\nMiddlesbrough's rating fell from requires improvement, which it received in 2019, after "
        "inspectors found too many children at risk.\n"))
    events = [(e["role"], e["local_authority"]["name"], e["start_date"], e["judgements"].get("overall_effectiveness"))
              for e in extraction["events"]]
    assert ("mentioned", "Darlington", "2023-03", "good") in events
    assert ("mentioned", "Middlesbrough", "2022-07", "inadequate") in events
    assert ("mentioned", "Middlesbrough", "2019", "requires_improvement") in events
    # the count grades none of the first four councils named, and none is the story's own
    assert not any(role == "subject" for role, _, _, _ in events)
    assert ("mentioned", "Darlington", None, "outstanding") not in events


def test_a_neighbour_with_its_own_verb_of_grading_is_graded_itself(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Bolton rated requires improvement\n\nBy Sam Reporter\n\n12 June 2016\n\nBolton Council's children's services "
        "have been rated requires improvement after an inspection in March. The result leaves Bolton trailing its "
        "neighbours: Bury was rated good in 2014, though neighbouring Wigan was judged outstanding last year and "
        "Salford was rated requires improvement in 2015.\n\nBolton's previous inspection, in 2012, judged services "
        "adequate. Its new director previously worked for Trafford Council.\n"))
    assert ("mentioned", "full_inspection", "Bury", "2014", {"overall_effectiveness": "good"}) in events
    assert ("mentioned", "full_inspection", "Wigan", "2015", {"overall_effectiveness": "outstanding"}) in events
    assert ("mentioned", "full_inspection", "Salford", "2015", {"overall_effectiveness": "requires_improvement"}) \
        in events
    assert not any(name == "Bolton" and grades.get("overall_effectiveness") in ("good", "outstanding")
                   for _, _, name, _, grades in events)
    assert not any(name == "Trafford" for _, _, name, _, _ in events)


def test_counts_dates_paired_respectively_and_a_framework_introduced(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Written answer: inadequate councils in the North East\n\nPublished 4 May 2018\n\nSince the introduction of "
        "the single inspection framework in November 2013, Ofsted has judged the following local authorities in the "
        "North East to be inadequate overall for their children's services: Sunderland (report published in July 2015) and Middlesbrough (March "
        "2016).\n\nSunderland and Middlesbrough have since been re-inspected and were judged to require improvement, "
        "in May 2017 and January 2018 respectively.\n\nOf the twelve authorities in the region, two (Gateshead and "
        "North Tyneside) are currently judged outstanding, six are good, three require improvement and one, "
        "Hartlepool, was judged requires improvement in 2016. Of those inspected since January 2017, Stockton's "
        "outcome is in line with Darlington, judged good in March 2018.\n"))
    assert not any(date and date.startswith("2013") for _, _, _, date, _ in events)
    # which re-inspection was whose is left to the order of two lists: no date is given to either council
    assert not any(date in ("2017-05", "2018-01") for _, _, _, date, _ in events)
    assert not any(name in ("Gateshead", "North Tyneside") and date == "2016" for _, _, name, date, _ in events)
    assert ("mentioned", "full_inspection", "Darlington", "2018-03", {"overall_effectiveness": "good"}) in events
    assert not any(name == "Stockton-on-Tees" and grades for _, _, name, _, grades in events)


def test_a_copy_of_a_letter_under_the_councils_title_and_a_send_revisit_letter(tmp_path: Path) -> None:
    copy = _extracted(tmp_path, (
        "Focused visit to Suffolk children's services – March 2023\n\nPublished 3 May 2023\n\nIn March 2023, Ofsted "
        "carried out a focused visit to look at our services for children in care. The findings are set out in the "
        "letter below.\n\nFocused visit to Suffolk children's services\n\nThis letter summarises the findings of the "
        "focused visit to Suffolk children's services on 21 and 22 March 2023.\n"))
    assert copy["document_type"] == "focused_visit_letter"
    send = _extracted(tmp_path, (
        "Ofsted\nAgora\n6 Cumberland Place\nNottingham NG1 6HJ\n\n27 October 2021\n\nDear Mrs Example\n\nJoint local "
        "area SEND revisit in Kent\n\nBetween 14 and 16 September 2021, Ofsted and the Care Quality Commission (CQC) "
        "revisited the area of Kent to decide whether sufficient progress has been made in addressing the areas of "
        "significant weakness detailed in the inspection report letter published on 12 July 2019.\n"))
    assert send["document_type"] == "other" and send["events"] == []


def test_any_council_in_a_condition_is_no_council(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "From inadequate to good: lessons from councils that turned it around\n\nLGA First | Comment | 4 November "
        "2019\n\nWhen a council's children's services are judged inadequate, the headlines are brutal.\n\nSunderland "
        "is the best known example. Rated inadequate in July 2015, it was judged good by Ofsted in July 2018.\n"))
    assert not any(name == "Sunderland" and date is None and grades.get("overall_effectiveness") == "inadequate"
                   for _, _, name, date, grades in events)
    assert ("mentioned", "full_inspection", "Sunderland", "2015-07", {"overall_effectiveness": "inadequate"}) in events


def test_and_the_council_has_since_is_a_clause_of_its_own(tmp_path: Path) -> None:
    # (a regression the written letters caught: 'has since' had stopped cutting the clause, and the earlier
    # inspection took the kind of the visits told after it)
    events = _events(tmp_path, (
        "Barnet's children's services judged Good by Ofsted\n\nPublished: Friday, 26 April 2019\n\nBarnet's services "
        "have been judged Good by Ofsted after an inspection between 4 and 15 March.\n\nIn 2017 inspectors found "
        "widespread and serious failures and judged the services inadequate, and the council has since received a "
        "series of monitoring visits.\n"))
    assert ("mentioned", "full_inspection", "Barnet", "2017", {"overall_effectiveness": "inadequate"}) in events


# Round thirteen

def test_a_table_of_two_inspections_under_a_bar_gives_the_latest_column(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Agenda Item 9\n\nSTOCKPORT COUNCIL\n\nCABINET – 12 JUNE 2023\n\n1.1 To inform Cabinet of the outcome of the "
        "Ofsted inspection of Stockport's children's services, which took place between 6 and 17 March 2023.\n\n"
        "2.2 The table below compares the outcome with the previous inspection, carried out in November 2019.\n\n"
        "| Judgement | November 2019 | March 2023 |\n|---|---|---|\n| Impact of leaders | Requires improvement to be good "
        "| Good |\n| Experiences and progress of care leavers | * | Requires improvement to be good |\n| Overall "
        "effectiveness | Requires improvement to be good | Good |\n\n2.3 This is the first time since the council's "
        "services were first inspected under the current arrangements that Stockport has been judged good overall.\n"))
    subject = next(grades for role, _, _, _, grades in events if role == "subject")
    assert subject == {"impact_of_leaders": "good", "care_leavers": "requires_improvement",
                       "overall_effectiveness": "good"}
    assert not any(role == "mentioned" and grades.get("overall_effectiveness") == "good"
                   for role, _, _, _, grades in events)


def test_round_up_headings_name_councils_that_are_also_words(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Inspections round-up: Bury climbs out of 'inadequate' as Oldham slips\n\nBy Sam Reporter\n\nTuesday, March "
        "5, 2024\n\nBury (requires improvement; previously inadequate)\n\nBury's children's services are no longer "
        "inadequate, inspectors found after a two-week visit in January. The council was rated inadequate in 2021.\n\n"
        "Oldham (requires improvement; previously good)\n\nOldham has dropped a grade after an inspection in "
        "December.\n"))
    assert not any(name == "Oldham" and grades.get("overall_effectiveness") == "inadequate"
                   for _, _, name, _, grades in events)
    assert ("mentioned", "full_inspection", "Bury", "2021", {"overall_effectiveness": "inadequate"}) in events


def test_the_councils_own_assessment_and_a_history_table_row(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Medway Council's children's services no longer 'inadequate', says Ofsted\n\nBy Sam Reporter\n14 March 2023\n\n"
        "The watchdog now says the council's services \"require improvement to be good\" after a three-week "
        "inspection in January.\n\n| Date | Event | Outcome |\n|---|---|---|\n| Feb 2020 | Monitoring visit 1 | Not "
        "graded |\n\nThe council's own assessment is that care leavers' services are good, which the council assesses "
        "as good.\n"))
    assert events[0][:3] == ("subject", "full_inspection", "Medway")
    assert not any(grades.get("care_leavers") for _, _, _, _, grades in events)


def test_a_table_of_councils_whose_header_names_its_columns(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Rochdale Borough Council\n\nChildren's Scrutiny Committee\nMeeting: 14 March 2019\n\nPERFORMANCE REPORT\n\n"
        "1. Ofsted re-inspected Rochdale's children's services in 2018.\n\n2. Benchmarking\n\nLocal authority | "
        "Framework | Report published | Overall effectiveness | Previous judgement\nOldham | SIF | August 2015 | "
        "Requires improvement | Inadequate\nTameside | SIF | January 2017 | Inadequate | Good\nWigan | SIF | September "
        "2018 | Good | Requires improvement\nBolton | SIF | 2017 | Good or outstanding | Adequate\n"))
    assert ("mentioned", "full_inspection", "Oldham", "2015-08", {"overall_effectiveness": "requires_improvement"}) \
        in events
    assert ("mentioned", "full_inspection", "Tameside", "2017-01", {"overall_effectiveness": "inadequate"}) in events
    assert ("mentioned", "full_inspection", "Wigan", "2018-09", {"overall_effectiveness": "good"}) in events
    # a cell of two grades says neither alone; the previous judgements are no one's latest
    assert not any(name == "Bolton" for _, _, name, _, _ in events)
    assert not any(name == "Tameside" and grades.get("overall_effectiveness") == "good" for _, _, name, _, grades in events)


# Round fourteen

def test_a_trade_round_up_with_its_date_after_on_and_a_rating_kept(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Ofsted round-up: Hackney climbs out of 'inadequate' as Telford keeps outstanding rating\n\nCommunity Care\n"
        "By Sam Reporter\non July 18, 2024 in Children, Social work practice\n\nHackney\nThe east London borough was "
        "rated inadequate in 2022. In its latest inspection, in May, Hackney was judged to require improvement to be "
        "good overall.\n\nTelford and Wrekin\nTelford and Wrekin retained the outstanding rating it first received in "
        "2019, with inspectors rating it outstanding in all five judgement areas after a short inspection in June.\n\n"
        "Doncaster\nServices were brought back under the direct control of Doncaster Council from the trust in "
        "September 2022.\n"))
    assert not any(name == "Hackney" and grades.get("overall_effectiveness") == "outstanding"
                   for _, _, name, _, grades in events)
    assert ("subject", "full_inspection", "Hackney", "2024-05", {"overall_effectiveness": "requires_improvement"}) \
        in events
    telford = [(role, date, grades) for role, _, name, date, grades in events if name == "Telford and Wrekin"]
    assert ("mentioned", "2019", {"overall_effectiveness": "outstanding"}) in telford
    assert any(role == "subject" and date == "2024-06" and grades.get("impact_of_leaders") == "outstanding"
               for role, date, grades in telford)
    assert not any(date == "2022-09" for _, _, _, date, _ in events)


def test_long_minutes_whose_other_items_grade_other_bodies(tmp_path: Path) -> None:
    homes = _events(tmp_path, (
        "Rochdale Borough Council\nCabinet\nMinutes of the meeting held on 23 November 2021\n\nPresent: Councillor A "
        "Example (Chair)\n\n5. Children's homes and adoption\nThe Director of Children's Services reported that one "
        "of the council's homes had been judged outstanding at its inspection in October. The other two homes were "
        "rated good.\n\n6. Council questions\nCan the Cabinet Member explain what support the Council is offering to "
        "Example Fields Academy following its Ofsted judgement of inadequate in June?\n"))
    assert not any(grades for _, _, _, _, grades in homes)
    send = _extracted(tmp_path, (
        "Thurrock Council\nMinutes of the Meeting of the Cabinet held on 8 November 2023\n\nIn attendance: Ann Example "
        "(Director of Children's Services)\n\n58. Outcome of the Local Area SEND Inspection\nCouncillor Example "
        "introduced the report on the joint inspection of the Thurrock local area partnership's special educational "
        "needs and disabilities arrangements by Ofsted and the Care Quality Commission, carried out from 18 to 22 "
        "September 2023.\n"))
    assert not any(e["start_date"] == "2023-09-18" for e in send["events"])
    visit = _extracted(tmp_path, (
        "East Sussex County Council\nChildren's Services Scrutiny Committee\nMinutes of the meeting held on 12 "
        "November 2020\n\nLEAD MEMBERS: Councillor Ann Example (Lead Member for Education and Inclusion, Special "
        "Educational Needs and Disability), Councillor Bob Example (Lead Member for Children and Families)\n\n4. Ofsted "
        "assurance visit\nOfsted carried out an assurance visit to East Sussex children's services on 13 and 14 "
        "October 2020. The visit was not graded. The council was judged outstanding at its inspection in 2019.\n"))
    assert visit["document_type"] == "council_minutes"


def test_the_last_monitoring_visit_told_beside_a_full_inspection_is_the_past(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Torbay Council\nChildren's Services Overview and Scrutiny Sub-Board\nMinutes of the meeting held on 9 March "
        "2023\n\n4. Ofsted inspection\nOfsted inspectors had arrived on Monday 6 March 2023 to carry out a full "
        "inspection of the Council's children's services under the ILACS framework. The Director added that the last "
        "monitoring visit, in November 2022, had found continued improvement.\n"))
    assert events[0][:4] == ("subject", "full_inspection", "Torbay", "2023-03-06")


# Round fifteen

def test_a_health_body_named_after_places_is_not_their_councils(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Children's Services Overview and Scrutiny Committee\nMinutes of the meeting held on 14 March 2024\n\n7. Joint "
        "targeted area inspection\nMembers received the letter addressed to the Council, Bedfordshire Police and the "
        "Bedfordshire, Luton and Milton Keynes Integrated Care Board. Members noted that the Council's children's "
        "services had been judged Good at the most recent ILACS inspection in January 2022.\n"))
    assert not any(name == "Luton" for _, _, name, _, _ in events)


def test_a_relative_clause_then_the_sentences_own_visit(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Teesside children's services: Ofsted reports on Middlesbrough\n\nThe Northern Echo\nBy Sam Reporter\n"
        "29 September 2022\n\nMiddlesbrough Council, whose children's services were rated inadequate in January 2020, "
        "received its fifth monitoring visit from inspectors on September 6 and 7.\n"))
    assert ("subject", "monitoring_visit", "Middlesbrough", "2022-09-06", {}) in events
    assert ("mentioned", "full_inspection", "Middlesbrough", "2020-01", {"overall_effectiveness": "inadequate"}) \
        in events


def test_a_browsers_print_header_dates_the_page_not_the_inspection(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "21/01/2020        Middlesbrough children's services rated 'inadequate' by Ofsted | The Northern Echo\n\n"
        "Middlesbrough children's services rated 'inadequate' by Ofsted\nBy Sam Reporter\nCHILDREN'S services in "
        "Middlesbrough have been rated inadequate by Ofsted.\nInspectors who visited the town between November 25 and "
        "December 6 last year found serious weaknesses.\n\n18/05/2022, 14:32     Children's services news | Lancashire "
        "Telegraph\n"))
    assert events[0][:4] == ("subject", "full_inspection", "Middlesbrough", "2019-11-25")
    assert not any(name == "Lancashire" for _, _, name, _, _ in events)


def test_a_sentence_that_opens_with_related_is_not_a_link(tmp_path: Path) -> None:
    from oversight.extract.shared.layout import without_links_to_other_stories

    text = "Related to the inspection, the committee noted progress.\nREAD MORE: Hartlepool rated outstanding\nMost read\n"
    kept = without_links_to_other_stories(text)
    assert kept.startswith("Related to the inspection") and "Hartlepool" not in kept and "Most read" not in kept
    assert len(kept) == len(text)


# Round sixteen

def test_earlier_inspections_of_trusts_and_reorganised_councils(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Reading children's services rated good\n\nPublished 29 November 2024\n\nReading Borough Council's children's "
        "services have been rated good after an inspection in October. Reading's children's services were judged "
        "to require improvement in 2019 and again in 2022, and were rated inadequate in 2016, before the company was "
        "set up. When the trust was last inspected, in 2015, services were judged to require improvement, and in "
        "2012 the council's own services were rated inadequate.\n"))
    assert ("mentioned", "full_inspection", "Reading", "2016", {"overall_effectiveness": "inadequate"}) in events
    assert ("mentioned", "full_inspection", "Reading", "2012", {"overall_effectiveness": "inadequate"}) in events
    assert ("mentioned", "full_inspection", "Reading", "2022", {"overall_effectiveness": "inadequate"}) not in events
    assert ("mentioned", "full_inspection", "Reading", "2012", {"overall_effectiveness": "requires_improvement"}) \
        not in events


def test_the_royal_borough_on_its_page_and_a_council_replaced(tmp_path: Path) -> None:
    royal = _events(tmp_path, (
        "Royal Borough of Windsor and Maidenhead\n\nNews\n\nPublished 26 April 2019\n\nOfsted has rated the Royal "
        "Borough's children's services as requiring improvement. Since August 2017, children's services in the Royal "
        "Borough have been delivered by a company also owned by Kingston and Richmond. The Royal Borough's services "
        "were last inspected in 2015, when they were rated good.\n"))
    assert not any(name == "Kingston upon Thames" and grades for _, _, name, _, grades in royal)
    replaced = _events(tmp_path, (
        "Dorset children's services rated good\n\nBy Sam Reporter\n\n26 January 2024\n\nDorset Council's children's "
        "services have been rated good. It is an improvement on the council's first inspection in February 2020, less "
        "than a year after the new unitary authority replaced Dorset County Council, when services were judged to "
        "require improvement.\n"))
    assert ("mentioned", "full_inspection", "Dorset", "2020-02", {"overall_effectiveness": "requires_improvement"}) \
        in replaced
