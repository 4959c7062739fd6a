"""Pages built to tempt a reader into giving a grade to the wrong event, council or time (the thirteenth session's
reviewers wrote such pages without having read the rules; each cause they found is pinned here on a page the test
writes, with what the page should give)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_accounts import _extracted


def _events(tmp_path: Path, text: str) -> list[tuple[str, str, str | None, str | None, dict]]:
    return [(e["role"], e["kind"], e["local_authority"]["name"], e["start_date"], e["judgements"])
            for e in _extracted(tmp_path, text)["events"]]


def test_a_neighbours_grade_is_not_the_visited_councils(tmp_path: Path) -> None:
    # the councils a story compares with are named after 'X's statistical neighbours'; the visit's council is said
    # to be good, so two inspectors for two days are a focused visit, whatever a neighbour's grade
    events = _events(tmp_path, (
        "Bolton's front door 'effective', inspectors find\n\nThe Bolton Herald | 18 August 2022 | By Kieran Doyle\n\n"
        "Two Ofsted inspectors spent two days at Bolton Council's offices in July examining the front door of its "
        "children's services.\n\n"
        "The visit does not produce a grade. Bolton itself has been rated good since 2019.\n\nAmong the ten councils "
        "the government uses as Bolton's statistical neighbours, Stockport and Wigan are rated good and Tameside "
        "remains inadequate.\n"))
    assert events[0] == ("subject", "focused_visit", "Bolton", "2022-07", {})
    assert ("mentioned", "full_inspection", "Bolton", "2019", {"overall_effectiveness": "good"}) in events
    assert not any(name == "Bolton" and grades.get("overall_effectiveness") == "inadequate"
                   for _, _, name, _, grades in events)


def test_a_grade_of_the_abolished_county_council_is_not_its_successors(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "First Ofsted inspection for West Northamptonshire children's services\n\n25 November 2022\n\n"
        "West Northamptonshire Council's children's services have been judged as requiring improvement to be good "
        "after an inspection in October.\n\nNorth Northamptonshire Council, whose children's services are run by the "
        "same trust, received its own report today.\n\nBefore the two unitary councils were created, children's "
        "services were the responsibility of Northamptonshire County Council, which was abolished in April 2021. The "
        "county council had been judged inadequate in 2019.\n\nInspectors found that the workforce is more stable "
        "than three years ago. The cabinet member said: \"Moving from inadequate to requires improvement is real "
        "progress.\"\n"))
    assert ("mentioned", "full_inspection", "Northamptonshire", "2019", {"overall_effectiveness": "inadequate"}) \
        in events
    assert not any(name in ("North Northamptonshire", "West Northamptonshire") and date == "2019"
                   for _, _, name, date, _ in events)


def test_a_count_that_grades_one_of_the_councils_grades_none_of_the_others(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Round-up: Ofsted verdicts for three North East councils\n\nThe Northern Echo | 3 August 2023\n\nThree "
        "councils in the region have had their children's services looked at by Ofsted this summer, with one rated "
        "outstanding.\n\nGateshead Council's children's services were rated outstanding after an inspection in "
        "June.\n\nHartlepool's services were rated good following an inspection in May.\n\nIn Redcar and Cleveland, "
        "inspectors spent two days in June looking at the council's service for care leavers. The visit was not "
        "graded.\n"))
    assert ("subject", "focused_visit", "Redcar and Cleveland", "2023-06", {}) in events


def test_a_partners_own_grade_held_since_a_year_is_that_years(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Islands' children's services rated good again\n\nThe Cornishman | 30 April 2024\n\nChildren's services on "
        "the Isles of Scilly have been rated good by Ofsted following an inspection in early March.\n\nCornwall "
        "Council, whose social workers deliver much of the islands' service, is itself rated outstanding, a grade it "
        "has held since 2019. The islands were last inspected in 2019, when the council was also rated good.\n"))
    assert [e for e in events if e[0] == "subject"] == [
        ("subject", "full_inspection", "Isles of Scilly", "2024-03", {"overall_effectiveness": "good"})]
    cornwall = [grades for _, _, name, _, grades in events if name == "Cornwall"]
    # the grade told where Cornwall is named stands; the other, which the text does not settle, is left out
    assert {"overall_effectiveness": "outstanding"} in cornwall
    assert {"overall_effectiveness": "good"} not in cornwall


def test_a_return_visit_to_an_inadequate_council_takes_no_grade(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Children in care deserve better\n\nLetters | The Sentinel | 12 December 2019\n\nSir - Ofsted has once again "
        "found Stoke-on-Trent's children's services wanting. The city was rated inadequate at the start of this year, "
        "and the inspectors who came back for two days in October say too many children in care move home.\n\n"
        "Meanwhile the county council next door has been rated good since 2018.\n"))
    assert events[0] == ("subject", "monitoring_visit", "Stoke-on-Trent", "2019-10", {})
    assert not any(grades.get("overall_effectiveness") == "good" for *_, grades in events)


def test_a_rating_in_a_month_before_the_visit_dates_the_last_inspection(tmp_path: Path) -> None:
    assert _events(tmp_path, (
        "Progress at Stoke\n\nThe Sentinel | 12 December 2019\n\nStoke-on-Trent's children's services were rated "
        "inadequate in January. Inspectors who returned for a monitoring visit in October say that things are "
        "improving.\n")) == [
        ("subject", "monitoring_visit", "Stoke-on-Trent", "2019-10", {}),
        ("mentioned", "full_inspection", "Stoke-on-Trent", "2019-01", {"overall_effectiveness": "inadequate"})]


def test_neighbours_rated_and_an_inspection_to_come_are_not_the_councils_events(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "WILTSHIRE COUNCIL\n\nMINUTES OF THE CHILDREN'S SELECT COMMITTEE MEETING HELD ON 5 MARCH 2024\n\n"
        "14 Annual self-evaluation of children's social care\n\nWiltshire had been judged good at its last "
        "inspection in 2019, and the Council's ambition was to be judged outstanding at the next inspection, which "
        "was expected in 2025.\n\nMembers noted that, of the Council's ten statistical neighbours, six were currently "
        "rated good or outstanding.\n\nResolved: to receive a report following the next Ofsted inspection.\n"))
    assert not any(date is None and grades for _, _, _, date, grades in events)
    assert not any(date == "2025" for _, _, _, date, _ in events)


def test_an_unnamed_joint_inspection_is_a_jtai_and_last_years_rating_is_the_past(tmp_path: Path) -> None:
    assert _events(tmp_path, (
        "Joint inspection praises Bexley's response to domestic abuse\n\nNews Shopper | 19 November 2019\n\n"
        "Agencies in Bexley work well together to protect children, according to a joint inspection by four "
        "inspectorates.\n\nInspectors spent two weeks in the borough in September.\n\nJoint inspections of this kind "
        "are not graded. Bexley's children's services were rated good by Ofsted last year.\n")) == [
        ("subject", "jtai", "Bexley", "2019-09", {}),
        ("mentioned", "full_inspection", "Bexley", "2018", {"overall_effectiveness": "good"})]


def test_the_new_grade_and_the_year_it_was_first_reached_are_two_clauses(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Coventry children's services rated good for the first time\n\nCoventry Telegraph | 12 September 2024\n\n"
        "Coventry City Council's children's services have been rated good by Ofsted after an inspection in July.\n\n"
        "It is the first time Coventry has been rated good: it was found inadequate under the previous framework in "
        "2014.\n"))
    assert events[0] == ("subject", "full_inspection", "Coventry", "2024-07", {"overall_effectiveness": "good"})
    assert not any(date == "2014" and grades.get("overall_effectiveness") == "good" for *_, date, grades in events)


def test_a_turnaround_a_neighbour_placed_by_and_a_council_lifted_out_of_a_grade(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Ratings rise in latest Ofsted round\n\nBy Nina Okafor\n\nWednesday, July 17, 2024\n\nSandwell's children's "
        "services have been rated good across the board by Ofsted, completing a turnaround that began when the authority was judged "
        "inadequate six years ago.\n\nIn Devon's southern neighbour Torbay, inspectors who were on site in early June "
        "judged services as requiring improvement to be good overall, lifting the council out of the inadequate "
        "rating it received at its previous inspection in 2018.\n"))
    assert ("mentioned", "full_inspection", "Sandwell", "2018", {"overall_effectiveness": "inadequate"}) in events
    assert ("mentioned", "full_inspection", "Torbay", "2018", {"overall_effectiveness": "inadequate"}) in events
    assert not any(name == "Devon" for _, _, name, _, _ in events)
    assert not any(date == "2018" and grades.get("overall_effectiveness") in ("good", "requires_improvement")
                   for *_, date, grades in events)


def test_having_been_rated_and_two_things_reported_keep_their_own_years(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Urgent action over children at risk\n\nBy Sophie Marsh\n\nPublished 14 June 2023\n\nOfsted inspectors "
        "carried out a focused visit to Medway Council in May. It is an unwelcome development for an authority "
        "that climbed to \"requires improvement to be good\" at its 2022 inspection, having been rated inadequate "
        "in 2019.\n\nMembers noted that the Council had also been judged good at its previous inspection in 2016, "
        "and that this was the first time any judgement had been graded outstanding.\n"))
    mentioned = {(date, grades.get("overall_effectiveness")) for role, _, _, date, grades in events
                 if role == "mentioned"}
    assert {("2022", "requires_improvement"), ("2019", "inadequate"), ("2016", "good")} <= mentioned


def test_monitoring_visits_counted_in_the_lead_do_not_make_a_full_inspection_a_visit(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Children's services move up from inadequate\n\nPublished on 9 August 2023 | Tameside Council\n\nTameside "
        "Council's children's services are no longer rated inadequate after a full inspection by Ofsted.\n\nInspectors "
        "visited in June and judged the service as requires improvement to be good overall.\n\nThe council was rated "
        "inadequate in October 2021. Since then, Ofsted has carried out four monitoring visits, each of which found "
        "improvement.\n"))
    assert events[0] == ("subject", "full_inspection", "Tameside", "2023-06",
                         {"overall_effectiveness": "requires_improvement"})


def test_a_grade_left_behind_in_a_year_is_that_years_and_the_date_line_dates_no_event(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Stoke-on-Trent children's services rated inadequate\n\nOfsted finds children left at risk, four years after "
        "council escaped bottom rating\nAlys Example Social affairs correspondent\nThu 5 Oct 2023 18.04 BST\n\n"
        "Children in Stoke-on-Trent have been left at risk, according to an Ofsted report that rates the city's "
        "children's services as inadequate after an inspection in July.\n\nIt is a sharp reversal for a council that "
        "climbed out of an inadequate rating in 2015 to reach \"requires improvement\" at its last inspection, in "
        "2019.\n"))
    assert ("mentioned", "full_inspection", "Stoke-on-Trent", "2015", {"overall_effectiveness": "inadequate"}) in events
    assert not any(date and date.startswith("2023-10") for *_, date, _ in events)


def test_a_new_councils_name_in_capitals_and_its_neighbour_shared_with(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "New council's children's services \"require improvement\"\n\nThe Westmorland Gazette\nThursday 12 June 2025\n\n"
        "WESTMORLAND and Furness Council's children's services have been told they require improvement to be good in "
        "their first full Ofsted inspection since the council was created two years ago.\n\nInspectors visited between "
        "April 28 and May 9. Their report finds that the council's overall effectiveness requires improvement, as do "
        "the experiences and progress of children who need help and protection, and the impact of leaders.\n\nThe "
        "report says leaders split teams and budgets with neighbouring Cumberland Council.\n\nAn earlier focused visit, "
        "in November 2024, had looked at the arrangements for children in care.\n\nThe cabinet member said: \"We now "
        "have a clear plan for getting to good across the board.\"\n"))
    assert events[0] == ("subject", "full_inspection", "Westmorland and Furness", "2025-04-28", {
        "overall_effectiveness": "requires_improvement", "help_and_protection": "requires_improvement",
        "impact_of_leaders": "requires_improvement"})
    assert ("mentioned", "focused_visit", "Westmorland and Furness", "2024-11", {}) in events
    assert len(events) == 2  # no inspection in the year the council was created


def test_an_improvement_partner_and_the_old_county_council_are_not_the_councils(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Children's services improve\n\nPublished 20 September 2019\n\nKirklees Council's children's services were "
        "judged to require improvement after an inspection in June. The service had been judged inadequate in "
        "November 2016 and had been under a statutory direction since then, with Leeds City Council as improvement "
        "partner.\n"))
    assert not any(name == "Leeds" for _, _, name, _, _ in events)
    events = _events(tmp_path, (
        "Children's trust services 'require improvement'\n\nFriday, 25 November 2022\n\nThe first full inspection "
        "since the trust took over from Northamptonshire County Council in November 2020, and the first since the "
        "county was split into two unitary authorities - North Northamptonshire Council and West Northamptonshire "
        "Council - in April 2021, found that North Northamptonshire's children's services require improvement.\n\n"
        "The result means the service is no longer rated inadequate - the verdict given to the old county council in "
        "January 2020.\n"))
    assert not any(name == "North Northamptonshire" and role == "mentioned" for role, _, name, _, _ in events)


def test_a_round_up_under_headings_in_capitals_and_a_town_in_a_list(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "How the North East's children's services fared with Ofsted\n\nBy Graeme Example\nFriday, 15 December 2023\n\n"
        "GATESHEAD: Outstanding. Inspectors spent two weeks with Gateshead Council in October and rated its "
        "children's services outstanding overall.\n\nREDCAR AND CLEVELAND: Improving. The council, which was rated "
        "inadequate in 2022, had its third monitoring visit in November.\n"))
    assert ("subject", "full_inspection", "Gateshead", "2023-10", {"overall_effectiveness": "outstanding"}) in events
    assert ("mentioned", "full_inspection", "Redcar and Cleveland", "2022", {"overall_effectiveness": "inadequate"}) \
        in events
    events = _events(tmp_path, (
        "Derbyshire keeps its good rating\n\nPublished 1 September 2022\n\nDerbyshire County Council's children's "
        "services have kept their good rating following an Ofsted inspection in July.\n\nThe inspectors visited "
        "social work teams based in Chesterfield, Matlock, Buxton and Derby.\n\nThe report says the council has "
        "maintained the standards seen at its last inspection, in 2018, when it was also rated good.\n"))
    assert ("mentioned", "full_inspection", "Derbyshire", "2018", {"overall_effectiveness": "good"}) in events
    assert not any(name == "Derby" for _, _, name, _, _ in events)


def test_the_first_of_a_series_of_monitoring_visits_is_one_visit(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Torbay children's services still 'not improving quickly enough'\n\nBy Daniel Example, Local Democracy "
        "Reporter\n18 JUL 2019\n\nTorbay Council's children's services were inspected over two weeks in January and "
        "rated inadequate, then visited again by Ofsted in June for the first in a series of monitoring visits.\n"))
    assert events[0][:4] == ("subject", "monitoring_visit", "Torbay", "2019-06")


def test_national_figures_grade_no_council_and_a_council_not_yet_inspected_has_no_event(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "More councils rated good for children's services\n\nThursday 1 August 2024\n\nOfsted's annual statistics, "
        "published on Thursday, show that 60% of the 153 councils were rated good or outstanding. Around 9% were rated "
        "inadequate.\n\nCumberland and Westmorland and Furness, which were created in April 2023, had not yet been "
        "inspected and are not included.\n\nSunderland was rated outstanding after an inspection in 2022.\n"))
    assert not any(name in ("Cumberland", "Westmorland and Furness") for _, _, name, _, _ in events)


def test_a_year_before_a_second_council_is_not_its_relative_clauses(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Failing councils to be stripped of children's services\n\nMonday 14 December 2015\n\nThe Ofsted warning follows the "
        "creation of independent trusts to run services in Doncaster, where children's services were judged "
        "inadequate in 2012, and Slough, which was rated inadequate in 2013.\n"))
    assert ("mentioned", "full_inspection", "Slough", "2013", {"overall_effectiveness": "inadequate"}) in events
    assert not any(name == "Slough" and date == "2012" for _, _, name, date, _ in events)


def test_an_attendance_list_names_people_not_councils(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Hammersmith and Fulham Council\n\nPolicy and Accountability Committee\nMinutes of the meeting held on 8 "
        "November 2022\n\nCommittee members: Councillors Rosa Example (Chair), Amir Example and Pat Harrow\n\nThe "
        "committee received a report on Ofsted's inspection of the council's children's services, which took place "
        "in September 2022. Services were judged outstanding overall.\n"))
    assert {name for _, _, name, _, _ in events} == {"Hammersmith and Fulham"}


def test_a_table_of_two_years_laid_out_with_spaces_gives_the_latest_column(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Report to: Cabinet                                Date: 28 March 2023\n\nOfsted carried out a standard "
        "inspection of Rochdale's children's services between 16 and 27 January 2023.\n\n"
        "                                          July 2018                          January 2023\n"
        "Overall effectiveness                     Requires improvement to be good    Good\n"
        "Impact of leaders                         Requires improvement to be good    Good\n"
        "Care leavers                              (see note)                         Requires improvement to be good\n"))
    assert events[0][4] == {"overall_effectiveness": "good", "impact_of_leaders": "good",
                            "care_leavers": "requires_improvement"}


def test_a_hope_in_the_future_tense_a_peer_review_and_a_grade_after_although(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "WARRINGTON BOROUGH COUNCIL\nCOUNCIL - 22 FEBRUARY 2021\nQUESTIONS FROM MEMBERS\n\nOur last full inspection was "
        "in December 2018, when Warrington's services were judged to require improvement to be good overall, "
        "although the experiences and progress of children in care and care leavers were judged good. If we continue "
        "to make progress at the current rate, we will be judged good. The LGA peer review which had taken place "
        "from 28 to 31 March 2020 was not an inspection.\n"))
    # (minutes with no new inspection take the one they recall as their subject: its grades are its own)
    assert [(date, grades) for _, _, _, date, grades in events if grades] == [
        ("2018-12", {"overall_effectiveness": "requires_improvement", "children_in_care_and_care_leavers": "good"})]
    assert not any(date and date.startswith("2020-03") for _, _, _, date, _ in events)


def test_the_grade_told_after_the_last_inspection_is_that_inspections(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "HERTFORDSHIRE COUNTY COUNCIL\nCABINET PANEL\nFRIDAY 19 MAY 2023\n\nCHILDREN'S SERVICES ANNUAL SELF-EVALUATION "
        "2023\n\nHertfordshire's last full inspection took place in November 2019. Services were judged good overall, "
        "and the impact of leaders on social work practice was judged outstanding.\n"))
    assert ("mentioned", "full_inspection", "Hertfordshire", "2019-11",
            {"overall_effectiveness": "good", "impact_of_leaders": "outstanding"}) in events
    assert not any(role == "subject" and grades for role, _, _, _, grades in events)


def test_the_county_a_council_is_in_and_the_visit_number_of_an_earlier_visit(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Torbay escapes inadequate rating five years on\n\nBy Tom Example | 12 May 2023\n\nTorbay Council's children's "
        "services are no longer inadequate, Ofsted has found, five years after the Devon authority was placed at the "
        "bottom of the scale.\n\nInspectors who carried out a standard inspection between 13 and 24 March 2023 judged "
        "the council's overall effectiveness to be \"requires improvement to be good\".\n\nTorbay was rated inadequate "
        "in 2018. At the eighth and final monitoring visit, in September 2022, inspectors reported progress.\n"))
    assert events[0] == ("subject", "full_inspection", "Torbay", "2023-03-13",
                         {"overall_effectiveness": "requires_improvement"})
    assert not any(name == "Devon" for _, _, name, _, _ in events)
    page = _extracted(tmp_path, (
        "Torbay progress\n\nPublished 12 May 2023\n\nTorbay's children's services were rated requires improvement "
        "after an inspection in March. Torbay was rated inadequate in 2018. At the eighth and final monitoring visit, "
        "in September 2022, inspectors reported progress.\n"))
    assert [(e["kind"], e["start_date"], e["visit_number"]) for e in page["events"] if e["kind"] == "monitoring_visit"] \
        == [("monitoring_visit", "2022-09", 8)]


def test_the_county_council_of_a_page_on_a_county_and_its_city(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "One good, one worrying: Ofsted verdicts for county and city\n\nThursday 14 December 2023\n\nNottinghamshire "
        "County Council's children's services have been rated good, while Ofsted has raised concerns about Nottingham "
        "City Council's front door.\n\nThe county council was inspected over two weeks in October. Inspectors rated its "
        "overall effectiveness good, along with the impact of leaders.\n"))
    assert ("subject", "full_inspection", "Nottinghamshire", "2023-10",
            {"overall_effectiveness": "good", "impact_of_leaders": "good"}) in events


def test_bosses_rated_for_their_leadership_and_an_aside_between_dashes(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Wolverhampton leaders rated 'outstanding' as children's services keep good Ofsted rating\n\nBy Eleanor Example "
        "| Published: Dec 19, 2023\n\nBosses at City of Wolverhampton Council have been rated outstanding by Ofsted for "
        "their leadership of children's services.\n\nInspectors visited the council for a week at the start of "
        "November.\n\nThe service was rated good overall – the same grade it received at its previous inspection in "
        "2019 – and good for help and protection, children in care and care leavers.\n"))
    assert events[0][4]["overall_effectiveness"] == "good"
    assert ("mentioned", "full_inspection", "Wolverhampton", "2019", {"overall_effectiveness": "good"}) in events


def test_a_kind_of_council_described_is_no_councils_event(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Essex children's services outstanding again\n\nPublished 20 January 2025\n\nInspectors spent a week in Essex "
        "in late November, carrying out a short inspection, which is used for councils that were previously rated "
        "good or outstanding. Essex was last judged outstanding in 2019. The report grades every area as "
        "outstanding.\n"))
    assert not any(grades.get("overall_effectiveness") == "good" for *_, grades in events)
    assert ("mentioned", "full_inspection", "Essex", "2019", {"overall_effectiveness": "outstanding"}) in events


@pytest.mark.parametrize("opening", [
    "A joint inspection of how agencies in Sheffield respond to children affected by domestic abuse has found that "
    "partners work well together.",
    "A joint inspection in January by Ofsted, the CQC and HM Inspectorate of Constabulary looked at how agencies in "
    "Sheffield protect children.",
])
def test_a_joint_inspection_of_the_agencies_is_a_jtai(tmp_path: Path, opening: str) -> None:
    events = _events(tmp_path, f"Sheffield agencies work well together\n\nPublished 14 March 2024\n\n{opening} The "
                               "inspection was carried out in January.\n\nAnna Example, Sheffield's director of "
                               "children's services, welcomed the findings.\n")
    assert events[0][:3] == ("subject", "jtai", "Sheffield")


def test_the_sif_years_traps(tmp_path: Path) -> None:
    # a meeting's venue names no council; a trust's first day and a framework's start date no inspection; a grade
    # denied of every council counted is no one's; a second inspection told after ', and' keeps its own year
    events = _events(tmp_path, (
        "SURREY COUNTY COUNCIL\n\nMinutes of the meeting held on 5 July 2018 at County Hall, Kingston upon Thames\n\n"
        "The re-inspection of Surrey's children's services followed the inadequate judgement given in June 2015.\n"))
    assert {name for _, _, name, _, _ in events} == {"Surrey"}
    events = _events(tmp_path, (
        "Doncaster children's services improve\n\nPublished 20 November 2015\n\nOfsted's inspection of Doncaster's "
        "children's services, carried out between 7 September and 1 October 2015, judged them to require improvement. "
        "This was the first full inspection since the Doncaster Children's Services Trust began delivering children's "
        "social care on the council's behalf on 1 October 2014.\n\nUnder the single inspection framework, introduced in "
        "November 2013, \"requires improvement\" replaced the old \"adequate\" grade. None of the councils had been rated "
        "inadequate at their previous inspections.\n"))
    assert not any(date and date.startswith(("2014", "2013")) for _, _, _, date, _ in events)
    assert not any(grades.get("overall_effectiveness") == "inadequate" for *_, grades in events)
    events = _events(tmp_path, (
        "Leeds rated good\n\nPublished 20 March 2015\n\nIn 2011 Ofsted rated Leeds City Council's children's services "
        "adequate overall, and an unannounced inspection of contact and referral arrangements in 2010 had identified "
        "areas for priority action.\n"))
    assert ("mentioned", "full_inspection", "Leeds", "2011", {"overall_effectiveness": "adequate"}) in events
    assert not any(date == "2010" and grades for _, _, _, date, grades in events)


def test_a_kind_of_council_previously_judged_good_and_a_grade_in_the_present_tense(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Outstanding\n\nPosted on August 2, 2019\n\nOfsted inspectors spent a week with Essex County Council's "
        "children's services last month, under the short inspection arrangements that apply to councils previously "
        "judged good or outstanding. Their report judges Essex children's services outstanding.\n\nBy the time of the "
        "single inspection framework visit in 2014 we were judged good.\n"))
    assert events[0] == ("subject", "full_inspection", "Essex", "2019-07", {"overall_effectiveness": "outstanding"})


@pytest.mark.parametrize(("sentence", "subject_grade"), [
    ("Sutton's children's services have shed their inadequate rating: inspectors rated Sutton as requires "
     "improvement to be good overall after an inspection in January.", "requires_improvement"),
    ("Children's services at Sutton have been lifted out of Ofsted's lowest rating. The watchdog has rated the "
     "council's services as requires improvement to be good after an inspection in January.", "requires_improvement"),
])
def test_a_grade_shed_or_lifted_out_of_is_the_one_before(tmp_path: Path, sentence: str, subject_grade: str) -> None:
    events = _events(tmp_path, f"Sutton improves\n\nPublished 20 March 2019\n\n{sentence}\n")
    assert events[0][4]["overall_effectiveness"] == subject_grade


def test_a_move_hoped_for_leaves_no_grade_behind(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Sefton rated adequate\n\nPublished 20 July 2012\n\nOfsted rated Sefton's children's services adequate after an "
        "inspection in June. It is an improvement on 2010, when an unannounced inspection flagged an area for priority "
        "action. \"We are determined to move from adequate to good,\" the cabinet member said.\n"))
    assert not any(date == "2010" and grades for _, _, _, date, grades in events)


def test_round_nine_traps(tmp_path: Path) -> None:
    opening = ("Hounslow children's services\n\nPublished 20 March 2024\n\nOfsted rated Hounslow's children's services "
               "good after an inspection in January. ")
    # upgraded from one grade to another in a year: the year's grade is the new one
    events = _events(tmp_path, opening + "Jane Example, whose own department at Ealing was upgraded from requires "
                                         "improvement to good in 2021, said the report was fair.\n")
    assert ("mentioned", "full_inspection", "Ealing", "2021", {"overall_effectiveness": "good"}) in events
    # a grade they expect to keep is no earlier inspection's
    events = _events(tmp_path, opening + "Council leaders said they expected to retain at least a good grade when "
                                         "Ofsted's inspectors report next month.\n")
    assert [e[0] for e in events] == ["subject"]
    # 'respectively': no grade rather than one given to the wrong council
    events = _events(tmp_path, (
        "Greater Manchester round-up\n\nPublished 20 May 2018\n\nOfsted inspected the children's services of Bury and "
        "Bolton in April. Bury and Bolton were rated requires improvement and good respectively.\n"))
    assert not any(name == "Bolton" and grades.get("overall_effectiveness") == "requires_improvement"
                   for _, _, name, _, grades in events)


def test_the_same_grade_as_a_neighbour_named_after_a_dash_is_that_grade(tmp_path: Path) -> None:
    # (round nine's trap, left as found then: Liverpool had taken Sefton's earlier grade)
    events = _events(tmp_path, (
        "Wirral children's services no longer inadequate\n\nBy Sam Reporter | 12 June 2024\n\nWirral Council's "
        "children's services have been rated requires improvement to be good after an inspection in April.\n\n"
        "Wirral, which was rated inadequate in 2020, has climbed to the same grade its neighbour Knowsley received "
        "in 2022 — requires improvement.\n"))
    assert ("mentioned", "full_inspection", "Knowsley", "2022", {"overall_effectiveness": "requires_improvement"}) \
        in events
    assert ("mentioned", "full_inspection", "Wirral", "2020", {"overall_effectiveness": "inadequate"}) in events
