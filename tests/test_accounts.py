"""Secondary accounts written by the tests: news pages, minutes, press releases, and stories about no council."""

from __future__ import annotations

from pathlib import Path

import pytest

from oversight.extract import ContextFactory, Manifest, extract_path

TWO_COUNCILS_HTML = """<!DOCTYPE html><html><head><title>Two councils, two verdicts</title></head><body>
<div class="cookie-banner">We use cookies to improve this site. Accept all cookies</div>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<main><article>
<h1>Two neighbouring councils get very different Ofsted verdicts</h1>
<p class="byline">By Tom Example, Local Democracy Reporting Service</p>
<p>Published 12 March 2024</p>
<p>Children's services in Rochdale have been rated good by Ofsted after an inspection carried out between 15 and 26 January 2024.</p>
<p>The report praised the council's work with care leavers and said leaders knew their services well.</p>
<p>Meanwhile Oldham Council's children's services were judged to be inadequate after inspectors visited from 22 January to 2 February 2024.</p>
<p>Oldham was rated requires improvement at its last inspection in 2019.</p>
<p>Councillor Priya Sample, cabinet member for children at Oldham Council, said the authority accepted the findings.</p>
</article></main>
<aside><h2>Related stories</h2><ul><li>Bus fares to rise in April</li><li>New park opens in Bury</li></ul></aside>
<footer>Copyright 2024 Example Media. Terms and privacy.</footer>
</body></html>"""

MINUTES = """Minutes of the Children's Scrutiny Committee held on 20 September 2023

Present: Councillors Example (Chair), Sample and Trial

12. Ofsted monitoring visit

The Committee received a report on the fourth monitoring visit to Torbay's children's services, which took place on 4 and 5 July 2023. Inspectors looked at the help and support for children in care who are placed at a distance from home. The letter was published on 9 August 2023.

Members noted that the improvement plan would be updated and submitted to Ofsted by 31 October 2023.

RESOLVED that the report be noted.
"""

PRESS_RELEASE = """Press release: 5 December 2023

Focused visit praises care leavers service

Inspectors from Ofsted carried out a focused visit to Wigan Council's children's services last month, looking at the council's support for care leavers.

The council was rated good at its last full inspection two years ago.

Councillor Sam Example, Lead Member for Children and Families at Wigan Council, said: "We are proud of our staff."

Notes to editors: the letter is available on the Ofsted website.
"""

SCHOOL_STORY = """Primary school rated outstanding

Pupils and staff at St Example's Primary School in Doncaster are celebrating after Ofsted rated the school outstanding.
The headteacher said inspectors found pupils behaved well and enjoyed their lessons.
"""


@pytest.fixture(scope="module")
def factory() -> ContextFactory:
    return ContextFactory(press_grades=True)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def test_a_news_page_about_two_councils(tmp_path: Path, factory) -> None:
    result = extract_path(_write(tmp_path, "story.html", TWO_COUNCILS_HTML), factory)
    assert result["document_type"] == "news_article"
    subjects = {e["local_authority"]["name"]: e for e in result["events"] if e["role"] == "subject"}
    assert set(subjects) == {"Rochdale", "Oldham"}
    assert subjects["Rochdale"]["judgements"] == {"overall_effectiveness": "good"}
    assert (subjects["Rochdale"]["start_date"], subjects["Rochdale"]["end_date"]) == ("2024-01-15", "2024-01-26")
    assert subjects["Oldham"]["judgements"] == {"overall_effectiveness": "inadequate"}
    assert (subjects["Oldham"]["start_date"], subjects["Oldham"]["end_date"]) == ("2024-01-22", "2024-02-02")
    [earlier] = [e for e in result["events"] if e["role"] == "mentioned"]
    assert earlier["local_authority"]["name"] == "Oldham" and earlier["start_date"] == "2019"
    assert earlier["judgements"] == {"overall_effectiveness": "requires_improvement"}
    people = {p["name"]: p["role"] for p in result["people"]}
    assert people == {"Tom Example": "reporter", "Priya Sample": "cabinet member"}
    assert "cookies" not in " ".join(e["text"] for e in result["evidence"]).lower()


def test_minutes_that_report_a_monitoring_visit_and_a_plan(tmp_path: Path, factory) -> None:
    result = extract_path(_write(tmp_path, "minutes.txt", MINUTES), factory)
    assert result["document_type"] == "council_minutes"
    [visit] = [e for e in result["events"] if e["role"] == "subject"]
    assert visit["kind"] == "monitoring_visit" and visit["visit_number"] == 4
    assert visit["local_authority"]["name"] == "Torbay"
    assert (visit["start_date"], visit["end_date"]) == ("2023-07-04", "2023-07-05")
    assert visit["published_date"] == "2023-08-09"
    assert visit["action_plan_due_date"] == "2023-10-31"


def test_press_release_with_relative_dates(tmp_path: Path, factory) -> None:
    result = extract_path(_write(tmp_path, "release.txt", PRESS_RELEASE), factory)
    assert result["document_type"] == "press_release"
    [visit] = [e for e in result["events"] if e["role"] == "subject"]
    assert visit["kind"] == "focused_visit" and visit["local_authority"]["name"] == "Wigan"
    assert visit["start_date"] == "2023-11"  # 'last month' in a release of 5 December 2023
    [earlier] = [e for e in result["events"] if e["role"] == "mentioned"]
    assert earlier["start_date"] == "2021" and earlier["judgements"] == {"overall_effectiveness": "good"}
    assert {p["name"]: p["role"] for p in result["people"]}["Sam Example"] == "lead member"


def test_a_school_story_is_other_with_no_events(tmp_path: Path, factory) -> None:
    result = extract_path(_write(tmp_path, "school.txt", SCHOOL_STORY), factory)
    assert result["document_type"] == "other"
    assert result["events"] == [] and result["warnings"]


ROUNDUP = """'Inadequate' councils make progress in latest Ofsted visits

Inspectorate praises good-rated Gateshead and Bromley and finds varying rates of progress at 'inadequate' Surrey, Newham and Medway

Ofsted has found varying rates of improvement at three 'inadequate' local authorities and strongly praised two good-rated councils, following visits last month.

Ofsted commended Surrey council, rated inadequate in 2018, for how well its personal advisers supported care leavers.

At Newham, inspectors found care planning had improved.
"""


def test_a_roundup_of_unnamed_visits_gives_each_council_its_visit(tmp_path: Path) -> None:
    page = tmp_path / "roundup.txt"
    page.write_text(ROUNDUP, "utf-8")
    result = extract_path(page, ContextFactory(press_grades=True))
    subjects = sorted((e["local_authority"]["name"], e["kind"]) for e in result["events"] if e["role"] == "subject")
    assert subjects == [("Bromley", "focused_visit"), ("Gateshead", "focused_visit"), ("Medway", "monitoring_visit"),
                        ("Newham", "monitoring_visit"), ("Surrey", "monitoring_visit")]
    assert all(not e["judgements"] for e in result["events"] if e["role"] == "subject"), "visits are not graded"


def test_a_roundups_ratings_beside_names_are_earlier_inspections(tmp_path: Path) -> None:
    page = tmp_path / "roundup.txt"
    page.write_text(ROUNDUP, "utf-8")
    result = extract_path(page, ContextFactory(press_grades=True))
    mentioned = {(e["local_authority"]["name"], e["judgements"].get("overall_effectiveness"))
                 for e in result["events"] if e["role"] == "mentioned"}
    assert {("Gateshead", "good"), ("Bromley", "good"), ("Newham", "inadequate"), ("Medway", "inadequate"),
            ("Surrey", "inadequate")} <= mentioned


def test_since_a_year_when_and_then_gives_each_year_its_own_grade(tmp_path: Path) -> None:
    page = tmp_path / "story.txt"
    page.write_text("Warrington's children's services rated good\n\nPublished 20 August 2024\n\nInspectors visited "
                    "between 10 and 14 June 2024.\n\nWarrington's children's services have come a long way since "
                    "2009, when Ofsted identified the service as 'inadequate' and then in 2015 as 'requires "
                    "improvement'.\n", "utf-8")
    result = extract_path(page, ContextFactory(press_grades=True))
    mentioned = sorted((e["start_date"], e["judgements"].get("overall_effectiveness"))
                       for e in result["events"] if e["role"] == "mentioned")
    assert mentioned == [("2009", "inadequate"), ("2015", "requires_improvement")]


def test_a_grade_left_behind_is_the_earlier_inspections(tmp_path: Path) -> None:
    page = tmp_path / "release.txt"
    page.write_text("Children's services rated good\n\nPublished 5 December 2017\n\nShropshire Council's children's "
                    "services have been rated good by Ofsted following an inspection in September and October this "
                    "year.\n\nThe 'good' rating is an improvement from the 'adequate' rating that was awarded following "
                    "the last Ofsted inspection in November 2012.\n", "utf-8")
    result = extract_path(page, ContextFactory(press_grades=True))
    mentioned = [(e["start_date"], e["judgements"]) for e in result["events"] if e["role"] == "mentioned"]
    assert mentioned == [("2012-11", {"overall_effectiveness": "adequate"})]


def test_a_graded_decade_and_a_graded_year_stay_two_events(tmp_path: Path) -> None:
    page = tmp_path / "release.txt"
    page.write_text("Sandwell rated good\n\nPublished 1 June 2025\n\nFor over a decade children's services in Sandwell "
                    "were rated inadequate. Today they have been rated 'Good' by Ofsted.\n\nInspectors praised the "
                    "improvements made since 2022, when services were rated 'requires improvement to be good'.\n",
                    "utf-8")
    result = extract_path(page, ContextFactory(press_grades=True))
    mentioned = {(e["start_date"], e["judgements"].get("overall_effectiveness"))
                 for e in result["events"] if e["role"] == "mentioned"}
    assert ("2022", "requires_improvement") in mentioned
    assert ("2022", "inadequate") not in mentioned


def test_a_grade_for_the_second_time_in_a_row_was_the_last_inspections_too(tmp_path: Path) -> None:
    page = tmp_path / "release.txt"
    page.write_text("Outstanding again\n\nPublished 3 March 2025\n\nIslington Council's children's services have been "
                    "judged 'Outstanding' by Ofsted inspectors for the second time in a row.\n", "utf-8")
    result = extract_path(page, ContextFactory(press_grades=True))
    mentioned = [(e["start_date"], e["judgements"]) for e in result["events"] if e["role"] == "mentioned"]
    assert mentioned == [(None, {"overall_effectiveness": "outstanding"})]


def test_keeping_good_relationships_is_not_a_grade_kept(tmp_path: Path) -> None:
    page = tmp_path / "release.txt"
    page.write_text("Focused visit praises children in care work\n\nPublished 3 March 2025\n\nOfsted inspectors "
                    "carried out a focused visit to Southend-on-Sea City Council's children's services. The letter "
                    "says social workers develop and maintain good relationships with children in care.\n", "utf-8")
    result = extract_path(page, ContextFactory(press_grades=True))
    assert [e for e in result["events"] if e["role"] == "mentioned"] == []


def test_a_similar_inspection_some_years_before_is_the_past(tmp_path: Path) -> None:
    page = tmp_path / "story.txt"
    page.write_text("Council rated good\n\nPublished 3 March 2015\n\nThe 'good' judgement by Ofsted comes less than two "
                    "years after a similar inspection rated Cambridgeshire County Council's children's services as "
                    "'inadequate'.\n", "utf-8")
    result = extract_path(page, ContextFactory(press_grades=True))
    grades = {(e["role"], e["judgements"].get("overall_effectiveness")) for e in result["events"]}
    assert ("mentioned", "inadequate") in grades and ("subject", "inadequate") not in grades


def test_a_visit_following_a_judgement_tells_of_both(tmp_path: Path) -> None:
    page = tmp_path / "release.txt"
    page.write_text("Monitoring visit\n\nOn 26 and 27 March 2025 Havering Children's Services welcomed Ofsted "
                    "inspectors to the borough to undertake their second monitoring visit following the \u201cInadequate\u201d "
                    "judgement in December 2023.\n", "utf-8")
    result = extract_path(page, ContextFactory(press_grades=True))
    events = [(e["role"], e["kind"], e["start_date"], e["judgements"].get("overall_effectiveness"))
              for e in result["events"]]
    assert ("subject", "monitoring_visit", "2025-03-26", None) in events
    assert ("mentioned", "full_inspection", "2023-12", "inadequate") in events


def test_an_improvement_from_the_last_inspections_grade_and_a_grade_found_again(tmp_path: Path) -> None:
    page = tmp_path / "story.txt"
    page.write_text("Council improves\n\nPublished 3 March 2013\n\nChildren's services in Bolton were rated adequate today, an "
                    "improvement from the \"inadequate\" rating which was given during the last inspection in 2009.\n",
                    "utf-8")
    result = extract_path(page, ContextFactory(press_grades=True))
    mentioned = [(e["start_date"], e["judgements"]) for e in result["events"] if e["role"] == "mentioned"]
    assert mentioned == [("2009", {"overall_effectiveness": "inadequate"})]


def test_other_councils_grades_in_a_national_story_are_nobodys(tmp_path: Path) -> None:
    page = tmp_path / "story.txt"
    page.write_text("County among the best\n\nPublished 3 March 2016\n\nOnly a quarter of councils, including "
                    "Oxfordshire, have passed Ofsted's harder inspection of children's social care. The remaining "
                    "three-quarters were found to be 'inadequate' or 'requiring improvement'.\n", "utf-8")
    result = extract_path(page, ContextFactory(press_grades=True))
    assert all(e["judgements"].get("overall_effectiveness") != "inadequate" for e in result["events"])


def _extracted(tmp_path: Path, text: str) -> dict:
    """A page the test writes, read with no manifest."""
    page = tmp_path / "page.txt"
    page.write_text(text, "utf-8")
    return extract_path(page, ContextFactory(press_grades=True))


def _subjects_and_mentioned(tmp_path: Path, text: str) -> tuple[list[dict], list[dict]]:
    events = _extracted(tmp_path, text)["events"]
    return [e for e in events if e["role"] == "subject"], [e for e in events if e["role"] == "mentioned"]


def test_an_annual_assessment_is_another_kind_of_event_and_grades_nothing(tmp_path: Path) -> None:
    subjects, _ = _subjects_and_mentioned(
        tmp_path, "Council keeps its rating\n\nPublished 10 December 2009\n\nDONCASTER is providing good children's "
                  "services, the annual performance assessment by Ofsted has found. The council is still "
                  "performing well.\n")
    assert [(e["kind"], e["local_authority"]["name"], e["judgements"]) for e in subjects] == [
        ("other", "Doncaster", {})]


def test_a_grade_the_subject_has_now_is_not_the_earlier_inspections(tmp_path: Path) -> None:
    subjects, mentioned = _subjects_and_mentioned(
        tmp_path, "Services rated good\n\nPublished 2 March 2024\n\nChildren's services in Bury have been rated "
                  "'good' overall by Ofsted.\n\nThe cabinet member said: \"To go from where Bury's services were two "
                  "years ago, when Ofsted judged them inadequate, to a 'good' overall rating is a real achievement.\"\n")
    assert subjects[0]["judgements"] == {"overall_effectiveness": "good"}
    assert [(e["start_date"], e["judgements"]) for e in mentioned] == [
        ("2022", {"overall_effectiveness": "inadequate"})]


def test_a_council_named_in_capitals_or_before_its_services_is_found(tmp_path: Path) -> None:
    subjects, _ = _subjects_and_mentioned(
        tmp_path, "Officials to discuss Southend children's services\n\n- Roadworks in Thurrock - 12/09/2019\n\n"
                  "SOUTHEND councillors will meet next week to debate the findings, after Ofsted rated the borough's "
                  "services 'requires improvement' in a report published on 9 September 2019.\n")
    assert [(e["local_authority"]["name"], e["judgements"]) for e in subjects] == [
        ("Southend-on-Sea", {"overall_effectiveness": "requires_improvement"})]


def test_the_recent_inspection_after_the_last_one_in_one_sentence_has_its_own_dates(tmp_path: Path) -> None:
    subjects, _ = _subjects_and_mentioned(
        tmp_path, "Minutes of the Corporate Parenting Board held on 8 January 2020\n\nThe board noted that the last "
                  "inspection of 1 to 12 May 2015 had been carried out under the old framework and that the recent "
                  "inspection of 4 to 15 November 2019 of Lancashire's children's services had been carried out "
                  "under the new one.\n")
    assert [(e["start_date"], e["end_date"]) for e in subjects] == [("2019-11-04", "2019-11-15")]


def test_a_report_published_in_an_earlier_year_tells_of_the_past(tmp_path: Path) -> None:
    subjects, mentioned = _subjects_and_mentioned(
        tmp_path, "Improvement notice for Slough\n\nPublished 4 November 2011\n\nThe minister has issued an "
                  "improvement notice. The report of the inspection of children's services (published December "
                  "2010) judged the overall effectiveness of Slough Borough Council's children's services to be "
                  "'inadequate'.\n")
    assert not any(e["judgements"] for e in subjects)
    assert [e["judgements"] for e in mentioned] == [{"overall_effectiveness": "inadequate"}]


def test_a_council_named_as_an_employer_is_not_what_the_story_is_about(tmp_path: Path) -> None:
    subjects, mentioned = _subjects_and_mentioned(
        tmp_path, "Commissioner appointed\n\nPublished 6 June 2019\n\nWigan Council's chief executive has been "
                  "appointed commissioner at Bolton Council after Ofsted found serious weaknesses in its children's "
                  "services. An inspection report published last month said services had declined since Ofsted "
                  "gave the council a 'requires improvement' rating in 2016.\n")
    assert [(e["local_authority"]["name"], e["start_date"], e["published_date"]) for e in subjects] == [
        ("Bolton", None, "2019-05")], "published last month is the report's month, not the inspection's"
    assert [(e["local_authority"]["name"], e["start_date"], e["judgements"]) for e in mentioned] == [
        ("Bolton", "2016", {"overall_effectiveness": "requires_improvement"})]


def test_a_headline_grade_in_quotes_and_a_bylines_date(tmp_path: Path) -> None:
    page = tmp_path / "story.txt"
    page.write_text("Sam Example 06 April 2016\n\nCouncil's children's services 'inadequate', Ofsted warn\n\nAn "
                    "inspection of Walsall council's children's services recognises that changes will take time.\n",
                    "utf-8")
    result = extract_path(page, ContextFactory(press_grades=True))
    [subject] = [e for e in result["events"] if e["role"] == "subject"]
    assert subject["local_authority"]["name"] == "Walsall"
    assert subject["judgements"] == {"overall_effectiveness": "inadequate"}
    assert any(e["field"] == "local_authority" for e in result["evidence"])


def test_the_fifth_council_to_be_rated_was_rated(tmp_path: Path) -> None:
    _, mentioned = _subjects_and_mentioned(
        tmp_path, "Published 19 December 2018\n\nKirklees Council's children's services have been rated 'outstanding' "
                  "by Ofsted.\n\nKirklees has become the fifth council to be rated outstanding under the new framework "
                  "and was rated 'good' under the previous framework in 2015.\n")
    assert [(e["start_date"], e["judgements"]) for e in mentioned] == [("2015", {"overall_effectiveness": "good"})]


def test_the_same_grading_as_a_year_and_the_latest_year_without_a_dateline(tmp_path: Path) -> None:
    subjects, mentioned = _subjects_and_mentioned(
        tmp_path, "In the latest Ofsted report for 2025, children's services in Solihull were awarded an overall "
                  "rating of 'requires improvement to be good', the same grading as 2019.\n\nSolihull, whose "
                  "children's services were rated 'good' by Ofsted in 2014, began working with its neighbours from "
                  "January 2025.\n")
    assert subjects[0]["judgements"] == {"overall_effectiveness": "requires_improvement"}
    assert sorted((e["start_date"], e["judgements"].get("overall_effectiveness")) for e in mentioned) == [
        ("2014", "good"), ("2019", "requires_improvement")], "January 2025 dates no inspection"


def test_one_areas_own_grade_outweighs_every_areas_and_a_clause_goes_on_with_which(tmp_path: Path) -> None:
    subjects, _ = _subjects_and_mentioned(
        tmp_path, "Published 10 August 2017\n\nIn an inspection of Halton's children's services carried out by Ofsted "
                  "in May 2017, all service areas were given a rating of good and adoption performance was rated "
                  "'outstanding'.\n\nThe chair of Halton Safeguarding Children Board, which was also judged to "
                  "'require improvement', welcomed the report.\n")
    assert subjects[0]["judgements"] == {
        "overall_effectiveness": "good", "help_and_protection": "good", "children_looked_after": "good",
        "adoption_performance": "outstanding", "care_leavers": "good", "leadership_management_governance": "good",
        "lscb": "requires_improvement"}


def test_a_newly_given_rating_outweighs_a_visit_told_after_it(tmp_path: Path) -> None:
    subjects, _ = _subjects_and_mentioned(
        tmp_path, "Published 3 June 2019\n\nBarnsley Council's children's social care department has been given a "
                  "'requires improvement' rating by Ofsted.\n\nThe report follows a focused visit in February that "
                  "found some children waited too long for help.\n")
    assert [(e["kind"], e["judgements"]) for e in subjects] == [
        ("full_inspection", {"overall_effectiveness": "requires_improvement"})]


def test_visits_in_the_plural_are_no_one_visit_and_last_autumn_is_a_year(tmp_path: Path) -> None:
    subjects, _ = _subjects_and_mentioned(
        tmp_path, "Published 16 May 2025\n\nIn a report published this week Ofsted rated Devon's children's services "
                  "inadequate.\n\nOfsted has carried out monitoring visits each year since, but found during its "
                  "inspection last autumn that children's experiences remain poor. The report was discussed by a "
                  "scrutiny committee in March.\n")
    assert [(e["kind"], e["start_date"]) for e in subjects] == [("full_inspection", "2024")]


def test_areas_given_a_grade_then_named(tmp_path: Path) -> None:
    subjects, _ = _subjects_and_mentioned(
        tmp_path, "Published 2 July 2019\n\nHackney Council's children's social care has been rated 'requires "
                  "improvement' by Ofsted.\n\nThree of the four areas reviewed were given requires improvement - the "
                  "impact of leaders on social work practice and the experiences and progress of children who need "
                  "help and protection.\n")
    assert subjects[0]["judgements"] == {"overall_effectiveness": "requires_improvement",
                                         "impact_of_leaders": "requires_improvement",
                                         "help_and_protection": "requires_improvement"}


def test_minutes_that_tell_the_councils_history_give_each_earlier_event_its_days(tmp_path: Path) -> None:
    subjects, mentioned = _subjects_and_mentioned(
        tmp_path, "Minutes of the Scrutiny Board held on 20 March 2019\n\nThe Board considered a briefing note on "
                  "the outcome of the Ofsted focused visit to Bradford's children's services held on 26th and 27th "
                  "February 2019.\n\nOfsted re-inspected Children's Services on 6th to 17th March 2017.\n\nOfsted's "
                  "framework included focused visits, and the first visit was held on 30th and 31st January 2018.\n")
    assert [(e["kind"], e["start_date"], e["end_date"]) for e in subjects] == [
        ("focused_visit", "2019-02-26", "2019-02-27")]
    assert sorted((e["kind"], e["start_date"], e["end_date"]) for e in mentioned) == [
        ("focused_visit", "2018-01-30", "2018-01-31"), ("full_inspection", "2017-03-06", "2017-03-17")]


# Behaviours added while reading the first held-back third (opened for tuning once the fresh set replaced it).
# Each page below is written for the test; the real pages stay in ../shared.

def test_a_councils_service_in_the_singular_and_branding_it_inadequate(tmp_path: Path) -> None:
    subjects, _ = _subjects_and_mentioned(
        tmp_path, "Watchdog condemns city's care for children\n\nOfsted has published a critical report on Leeds "
                  "City Council's children's service, branding it as ‘inadequate' with serious failures.\n")
    assert [(e["local_authority"]["name"], e["judgements"]) for e in subjects] == [
        ("Leeds", {"overall_effectiveness": "inadequate"})]


def test_a_local_area_send_services_inspection_is_not_childrens_social_care(tmp_path: Path) -> None:
    result = _extracted(
        tmp_path, "Inspections and outcomes\n\nOfsted and CQC Local Area SEND services inspection\n\nThe inspection "
                  "of services for children with SEND in Dudley took place in March 2021 and found six areas of "
                  "weakness.\n")
    assert result["document_type"] == "other" and result["events"] == []


def test_a_council_compared_deep_in_the_story_is_mentioned_not_inspected(tmp_path: Path) -> None:
    subjects, mentioned = _subjects_and_mentioned(
        tmp_path, "Council told to improve\n\nPublished 26 August 2016\n\nWorcestershire County Council has been "
                  "given a \"requires improvement\" rating by Ofsted for the way it looks after vulnerable children."
                  "\n\nIt comes four years after the council was rated \"adequate\".\n\nThe cabinet member said the "
                  "ratings were harsh, and that the council was doing well for its children and families, with "
                  "more social workers than ever and fewer children waiting for help than in any year before.\n\n"
                  "He said only one authority in the region, Shropshire, had a \"good\" rating.\n")
    assert [(e["local_authority"]["name"], e["judgements"]) for e in subjects] == [
        ("Worcestershire", {"overall_effectiveness": "requires_improvement"})]
    assert sorted((e["local_authority"]["name"], e["start_date"], e["judgements"]["overall_effectiveness"])
                  for e in mentioned) == [("Shropshire", None, "good"), ("Worcestershire", "2012", "adequate")]


def test_previously_and_told_it_required_improvement_are_earlier_grades(tmp_path: Path) -> None:
    subjects, mentioned = _subjects_and_mentioned(
        tmp_path, "Suffolk children's services department gets good rating\n\nOfsted inspectors have rated services "
                  "for children and their families provided by the county as \"good\".\nAt the last inspection in "
                  "2017, the Suffolk County Council department was told it required improvement.\nPreviously, it "
                  "was branded inadequate.\n")
    assert subjects[0]["judgements"] == {"overall_effectiveness": "good"}
    assert sorted((e["start_date"] or "", e["judgements"]["overall_effectiveness"]) for e in mentioned) == [
        ("", "inadequate"), ("2017", "requires_improvement")]


def test_minutes_giving_the_overall_judgement_and_a_few_areas_better(tmp_path: Path) -> None:
    subjects, _ = _subjects_and_mentioned(
        tmp_path, "Meeting: 23/01/2020 - Children and Families Scrutiny Panel\n\nThe Chair referred to the recent "
                  "Ofsted Inspection of Children's Services in Portsmouth.\n\nThe panel noted:\n  • That the overall "
                  "judgement of this Ofsted Inspection was that the service required improvement, with a few areas "
                  "that were judged overall as good.\n")
    assert subjects[0]["judgements"] == {"overall_effectiveness": "requires_improvement"}


def test_care_grades_of_an_inspection_told_early_in_2023_are_left_out(tmp_path: Path) -> None:
    """Published in February 2023, the inspection may have been in 2022 (one care judgement) or 2023 (two)."""
    result = _extracted(
        tmp_path, "Ofsted praises council\n\nMonday, February 13, 2023\n\nOfsted has praised Cumbria County "
                  "Council's children's services, lifting its rating from \"requires improvement\" to \"good\".\n\n"
                  "The service, now ranked \"good\" across the board, was praised by inspectors.\n")
    subject = next(e for e in result["events"] if e["role"] == "subject")
    assert not {"children_in_care", "care_leavers", "children_in_care_and_care_leavers"} & set(subject["judgements"])
    assert subject["judgements"]["overall_effectiveness"] == "good"
    assert any("one judgement or two" in w for w in result["warnings"])


def test_two_grades_for_one_judgement_after_the_opening_lines_are_left_out(tmp_path: Path) -> None:
    filler = "Inspectors met social workers, managers and partners over two weeks and read many case files. " * 7
    result = _extracted(
        tmp_path, f"Council inspection\n\nPublished 3 May 2019\n\n{filler}\n\nChildren's services in Rutland "
                  "have been rated good by Ofsted.\n\nThe council's services have also been judged to be "
                  "outstanding, the report says.\n")
    subject = next(e for e in result["events"] if e["role"] == "subject")
    assert "overall_effectiveness" not in subject["judgements"]
    assert any("more than one grade (good, outstanding)" in w for w in result["warnings"])


# Behaviours added while reading the first fresh set (opened for tuning once a second fresh set replaced it).

def test_moving_out_of_a_grade_and_a_leap_from_one_grade_to_another_leave_the_old_grade_behind(tmp_path: Path) -> None:
    subjects, _ = _subjects_and_mentioned(
        tmp_path, "CHILDREN'S services in the county have moved out of its inadequate rating, according to a new "
                  "report by Ofsted.\n\nHampshire County Council has received a 'requires improvement' rating.\n")
    assert subjects[0]["judgements"] == {"overall_effectiveness": "requires_improvement"}
    subjects, _ = _subjects_and_mentioned(
        tmp_path, "Children cared for\nWarwickshire County Council's outstanding Ofsted judgement for its children's "
                  "services reflects years of work.\nThe council made the leap from a judgement of \"requires improvement to be good\" to "
                  "outstanding in the space of one inspection.\n")
    assert subjects[0]["judgements"] == {"overall_effectiveness": "outstanding"}


def test_the_road_to_becoming_outstanding_is_a_hope_and_a_previous_rating_an_earlier_event(tmp_path: Path) -> None:
    subjects, mentioned = _subjects_and_mentioned(
        tmp_path, "Staffordshire County Council's director of children's services has dedicated the authority's 'good' Ofsted rating to "
                  "her staff.\n\nThe services received the rating after a four-week Ofsted inspection in September 2016 "
                  "- a significant improvement from the previous 'adequate' rating awarded to the council in 2012."
                  "\n\nShe says they are already on the road to becoming an 'outstanding' service.\n")
    assert subjects[0]["judgements"] == {"overall_effectiveness": "good"}
    assert subjects[0]["start_date"] == "2016-09"
    assert [(e["start_date"], e["judgements"]) for e in mentioned] == [
        ("2012", {"overall_effectiveness": "adequate"})]


def test_a_month_and_year_before_the_inspection_dates_it(tmp_path: Path) -> None:
    subjects, _ = _subjects_and_mentioned(
        tmp_path, " date 2017-11-06 Children's services in Norfolk are now rated 'good'.\n\nIts rating as 'good' in "
                  "the September 2017 inspection puts it in the top quarter of councils.\n")
    assert subjects[0]["start_date"] == "2017-09"


def test_a_page_whose_first_line_is_a_date_day_first(tmp_path: Path) -> None:
    result = _extracted(
        tmp_path, "04/05/2011 - Permalink\n\nCabinet to discuss Ofsted inspection\n\nServices for children in "
                  "Devon were inspected by Ofsted in April.\n")
    subject = next(e for e in result["events"] if e["role"] == "subject")
    assert subject["start_date"] == "2011-04"  # April before the page's date, 4 May 2011


def test_a_latest_monitoring_inspection_is_a_monitoring_visit(tmp_path: Path) -> None:
    subjects, _ = _subjects_and_mentioned(
        tmp_path, "Trust praised\n\nPublished 12 March 2018\n\nChildren's services in Slough have achieved a glowing "
                  "review in their latest monitoring inspection, with inspectors finding progress.\n")
    assert [e["kind"] for e in subjects] == ["monitoring_visit"]


def test_a_copy_of_a_re_inspection_report_run_into_one_line_is_a_report(tmp_path: Path) -> None:
    result = _extracted(
        tmp_path, "30\n1 Sefton Council Re-inspection of services for children in need of help and protection, "
                  "children looked after and care leavers Inspection dates: 9 October to 2 November 2017 Report "
                  "published: 21 December 2017 Children's services in Sefton require improvement to be good\n")
    assert result["document_type"] == "inspection_report"


def test_a_story_about_councils_in_general_has_no_subject(tmp_path: Path) -> None:
    result = _extracted(
        tmp_path, "Nearly half of councils see fall in children's services rating\n\nBy A Reporter | 23 January 2015"
                  "\n\nThree quarters of children's services departments assessed under the new framework have been "
                  "rated by Ofsted in the bottom two grades.\n\nThe findings come as two further authorities, Barnet and "
                  "Wigan, this week became the latest to receive an overall \"requires improvement\" judgment for "
                  "children's social care services.\n")
    assert result["local_authority"] is None
    assert {e["role"] for e in result["events"]} == {"mentioned"}
    assert any("councils in general" in w for w in result["warnings"])


def test_a_visit_or_short_inspection_focusing_on_one_service_is_a_focused_visit(tmp_path: Path) -> None:
    for story in ("Early in November, Brent Council's leaving care service had a visit from an Ofsted team of "
                  "inspectors, which focused on the arrangements for care leavers.\n",
                  "Durham County Council has been praised by Ofsted for its work with care leavers.\nDuring a two-day "
                  "inspection focusing on these services, inspectors read records of children's services.\n"):
        subjects, _ = _subjects_and_mentioned(tmp_path, story)
        assert [e["kind"] for e in subjects] == ["focused_visit"], story
    subjects, _ = _subjects_and_mentioned(
        tmp_path, "Inspection findings sharpen Knowsley's focus on improving services for children\n\nKnowsley "
                  "Council will retain its 'Requires Improvement' judgement following a recent Ofsted Inspection of "
                  "Children's Services.\n")
    assert [e["kind"] for e in subjects] == ["full_inspection"]


def test_a_lead_on_councils_at_large_before_the_council_is_still_about_the_council(tmp_path: Path) -> None:
    subjects, _ = _subjects_and_mentioned(
        tmp_path, "Many councils are struggling to recruit social workers.\n\nWigan Council's children's services "
                  "have been rated inadequate by Ofsted.\n")
    assert [(e["local_authority"]["name"], e["judgements"]) for e in subjects] == [
        ("Wigan", {"overall_effectiveness": "inadequate"})]


def test_without_its_own_date_a_rating_told_in_an_earlier_year_is_that_years_event(tmp_path: Path) -> None:
    # no dateline: the latest year the page gives (a visit of May 2021) stands for now, so 'in 2015' is behind it
    subjects, mentioned = _subjects_and_mentioned(
        tmp_path, "Hartlepool's services for children praised\n\nIt said Ofsted rated them inadequate in 2015, and "
                  "a monitoring visit in May 2021 found progress.\n\nIn its latest report, Ofsted judged the council "
                  "as good.\n")
    assert subjects[0]["kind"] == "full_inspection"
    assert subjects[0]["judgements"] == {"overall_effectiveness": "good"}
    assert ("2015", {"overall_effectiveness": "inadequate"}) in [(e["start_date"], e["judgements"]) for e in mentioned]


def test_without_its_own_date_a_year_the_page_puts_behind_it_is_past(tmp_path: Path) -> None:
    # the only year given is the one of the 'last inspection': the new rating is not that one's
    subjects, mentioned = _subjects_and_mentioned(
        tmp_path, "Back to top\n\nServices in Bolton improve\n\nIn 2014 Bolton's children's services were rated "
                  "inadequate.\n\nNow the council's services were rated \"requires improvement to be good\" by "
                  "inspectors, who noted progress since the last inspection in 2014.\n")
    assert subjects[0]["judgements"] == {"overall_effectiveness": "requires_improvement"}
    assert [(e["start_date"], e["judgements"]) for e in mentioned] == [
        ("2014", {"overall_effectiveness": "inadequate"})]


def test_a_part_of_a_county_and_a_greater_conurbation_are_places_not_councils(tmp_path: Path) -> None:
    result = _extracted(
        tmp_path, "Published 3 June 2022\n\nChildren's services in a part of Cornwall rated good\n\nThe Isles of "
                  "Scilly's services for children in a part of Cornwall have been rated good by Ofsted.\n")
    councils = {e["local_authority"]["name"] for e in result["events"]}
    assert councils == {"Isles of Scilly"}
    result = _extracted(
        tmp_path, "Published 12 March 2018\n\nChildren's services in Bury have been rated good by Ofsted. The "
                  "Greater Manchester borough was last inspected in 2014.\n")
    assert {e["local_authority"]["name"] for e in result["events"]} == {"Bury"}


def test_a_date_told_of_another_kind_of_event_does_not_date_the_subject(tmp_path: Path) -> None:
    subjects, _ = _subjects_and_mentioned(
        tmp_path, "Barnsley children's services rated good\n\nOfsted has rated Barnsley's children's services good "
                  "after years of struggle.\n\nThe council leader said the result belonged to every social worker "
                  "who had stayed through the hard years, and thanked foster carers across the borough for their "
                  "patience while the service was rebuilt.\n\nShe added that the council would keep investing in "
                  "early help, in family hubs and in the recruitment of permanent staff, so that children see the "
                  "same worker for longer and families are helped before problems grow.\n\nThe cabinet will hear "
                  "next month how the money for the new family hubs is to be spent, and which of the borough's "
                  "centres will open first.\n\nJane Example became director of children's services, and a "
                  "monitoring visit check in January 2020 found improvements.\n")
    assert subjects[0]["kind"] == "full_inspection"
    assert subjects[0]["start_date"] is None


def test_an_undated_grade_for_children_in_care_alone_is_left_out_with_a_warning(tmp_path: Path) -> None:
    # before 2023 the judgement took in care leavers too, from 2023 it does not: with no date, which is unknown
    result = _extracted(
        tmp_path, "Derby's children's services judged good\n\nDerby City Council's children's services have been "
                  "judged good by Ofsted.\n\nThe report judges the council's children's services in three areas, "
                  "impact of leaders, judged good, experiences of children in care, also judged to be good, and "
                  "help and protection, judged good.\n")
    subject = next(e for e in result["events"] if e["role"] == "subject")
    assert subject["judgements"] == {"overall_effectiveness": "good", "impact_of_leaders": "good",
                                     "help_and_protection": "good"}
    assert any("children in care and care leavers" in w for w in result["warnings"])


def test_a_joint_inspection_of_send_and_an_adult_learning_service_are_other_pages(tmp_path: Path) -> None:
    result = _extracted(
        tmp_path, "Published 14 May 2019\n\nReport finds failings for disabled children\n\nA joint inspection by "
                  "Ofsted and the Care Quality Commission found weaknesses in how Swindon supports children with "
                  "special educational needs and disabilities (SEND). Inspectors said some families were given "
                  "inadequate information.\n")
    assert (result["document_type"], result["events"]) == ("other", [])
    result = _extracted(
        tmp_path, "Published 2 October 2018\n\nInspectors return to council's adult learning\n\nOfsted carried out a "
                  "monitoring visit to Swindon Borough Council's adult and community learning service after it was "
                  "rated 'requires improvement' last year.\n")
    assert (result["document_type"], result["events"]) == ("other", [])
    assert result["local_authority"]["name"] == "Swindon"


def test_being_closer_to_a_grade_is_a_hope_and_a_grade_left_behind_keeps_its_own_year(tmp_path: Path) -> None:
    subjects, mentioned = _subjects_and_mentioned(
        tmp_path, "Published 5 March 2024\n\nLeeds children's services judged good\n\nOfsted has rated Leeds City "
                  "Council's children's services good. The report praises the progress made since the last "
                  "inspection in 2019, which was rated as good, making great strides from its rating as 'adequate' "
                  "in 2012.\n\nThe council leader said: \"We are now much closer to receiving an 'outstanding' "
                  "rating.\"\n")
    assert subjects[0]["judgements"] == {"overall_effectiveness": "good"}
    by_year = {e["start_date"]: e["judgements"] for e in mentioned}
    assert by_year.get("2012") == {"overall_effectiveness": "adequate"}
    assert by_year.get("2019", {}).get("overall_effectiveness") != "adequate"
    assert all(g != "outstanding" for e in subjects + mentioned for g in e["judgements"].values())


def test_a_news_storys_prose_grades_are_reported_not_stated(tmp_path: Path) -> None:
    page = tmp_path / "news.txt"
    page.write_text("By Ann Example, Local Democracy Reporter\n\nPublished 9 May 2024\n\nOfsted has rated Kirklees "
                    "Council's children's services good, up from 'requires improvement' in 2019.\n\nOverall "
                    "effectiveness: Good\n\nThe council leader welcomed the report.\n", "utf-8")
    result = extract_path(page, ContextFactory())
    assert result["document_type"] == "news_article"
    subject = next(e for e in result["events"] if e["role"] == "subject")
    assert subject["judgements"] == {"overall_effectiveness": "good"}  # printed as a table row: stated
    earlier = next(e for e in result["events"] if e["role"] == "mentioned")
    assert earlier["judgements"] == {} and earlier["reported_judgements"] == {
        "overall_effectiveness": "requires_improvement"}
    index = result["events"].index(earlier)
    fields = {e["field"] for e in result["evidence"]}
    assert f"events[{index}].reported_judgements.overall_effectiveness" in fields
    assert f"events[{index}].judgements.overall_effectiveness" not in fields
    assert any("reported, not stated" in w for w in result["warnings"])
    # the same rules give them when asked (ContextFactory(press_grades=True)), and a council's release states them
    asked = extract_path(page, ContextFactory(press_grades=True))
    assert next(e for e in asked["events"] if e["role"] == "mentioned")["judgements"] == {
        "overall_effectiveness": "requires_improvement"}
    release = tmp_path / "release.txt"
    release.write_text("Kirklees Council news\n\nPublished 9 May 2024\n\nWe are delighted that Ofsted has rated our "
                       "children's services good.\n\nCllr Jane Example, cabinet member for children, said: 'This is "
                       "great news for our families.'\n", "utf-8")
    # a council's release, even on its own site, tells Ofsted's grade in its own words: reported too
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("path,url\nrelease.txt,https://www.kirklees.gov.uk/news/ofsted-2024\n", "utf-8")
    for factory in (ContextFactory(Manifest(manifest)), ContextFactory()):
        told = extract_path(release, factory)
        assert told["document_type"] == "press_release"
        subject = next(e for e in told["events"] if e["role"] == "subject")
        assert subject["judgements"] == {} and subject["reported_judgements"] == {"overall_effectiveness": "good"}
        assert any("release's prose are reported" in w for w in told["warnings"])
    # a judgement table the release prints is stated
    table = tmp_path / "table.txt"
    table.write_text(release.read_text("utf-8") + "\nOverall effectiveness: Good\n", "utf-8")
    subject = next(e for e in extract_path(table, ContextFactory())["events"] if e["role"] == "subject")
    assert subject["judgements"] == {"overall_effectiveness": "good"}


def test_the_trade_press_abbreviations_name_a_council_whose_name_is_also_a_place(tmp_path: Path) -> None:
    # 'Wirral' alone may be the peninsula; 'Wirral MBC' is the council, as 'Kent CC' and 'Havering LBC' are
    result = _extracted(
        tmp_path, "Ofsted criticises council\n\nPublished 4 June 2024\n\nAn inspection report published today rated "
                  "Wirral MBC's children's services inadequate.\n")
    assert result["local_authority"]["name"] == "Wirral"
    assert [e["local_authority"]["name"] for e in result["events"] if e["role"] == "subject"] == ["Wirral"]


def test_a_report_by_ofsted_on_a_councils_services_is_a_full_inspection_when_no_visit_is_named(tmp_path: Path) -> None:
    subjects, _ = _subjects_and_mentioned(
        tmp_path, "Charity criticises slow progress\n\nPublished 12 July 2016\n\nA report released today by Ofsted "
                  "has criticised Croydon Council's children's services, pointing to serious weaknesses in how it "
                  "protects vulnerable children.\n")
    assert [(e["kind"], e["local_authority"]["name"]) for e in subjects] == [("full_inspection", "Croydon")]


LETTER_UNDER_A_STORY = """Ofsted's letter after its third visit to Wirral's children's services is out

Inspectors came back to the council last month and looked at children leaving care.

Below is the full letter, which an inspector sent to the council's director of children's services.

This letter summarises the findings of the monitoring visit to Wirral children's services on 6 and 7 March 2024. This was the third monitoring visit since the local authority was judged inadequate in June 2022. His Majesty's Inspectors for this visit were Alex Example and Sam Sample.

Areas covered by the visit

Inspectors reviewed the progress made for care leavers.
"""


def test_a_letter_printed_in_full_under_a_short_story_has_the_letters_type(tmp_path: Path, factory) -> None:
    result = extract_path(_write(tmp_path, "echo.txt", LETTER_UNDER_A_STORY), factory)
    assert result["document_type"] == "monitoring_visit_letter"
    subject = next(e for e in result["events"] if e["role"] == "subject")
    assert (subject["kind"], subject["local_authority"]["name"], subject["visit_number"]) == (
        "monitoring_visit", "Wirral", 3)
    assert (subject["start_date"], subject["end_date"]) == ("2024-03-06", "2024-03-07")
    # a story that only quotes the letter's opening sentence stays a story
    quoted = LETTER_UNDER_A_STORY.replace("Below is the full letter, which", "The letter, which")
    assert extract_path(_write(tmp_path, "quoted.txt", quoted), factory)["document_type"] == "news_article"


ROUND_UP_OF_VISITS = """The latest focused visits to councils' children's services

Tuesday, May 14, 2024

Here we look at the most recent focused visits carried out by Ofsted in England.

Salford City Council

Inspectors visited Salford's children's services on 9 and 10 April 2024 to look at the help given to children in need. They found that managers know their teams well.

Dudley Metropolitan Borough Council

Inspectors visited Dudley's children's services on 16 and 17 April 2024 to look at care leavers. They found that personal advisers keep in touch with young people.
"""


def test_a_round_up_whose_lead_names_the_visits_gives_each_council_its_visit(tmp_path: Path, factory) -> None:
    result = extract_path(_write(tmp_path, "roundup.txt", ROUND_UP_OF_VISITS), factory)
    subjects = sorted((e["local_authority"]["name"], e["kind"], e["start_date"], e["end_date"])
                      for e in result["events"] if e["role"] == "subject")
    assert subjects == [("Dudley", "focused_visit", "2024-04-16", "2024-04-17"),
                        ("Salford", "focused_visit", "2024-04-09", "2024-04-10")]
    # its headline names neither: the page is about no one council
    assert result["local_authority"] is None
    assert any("no one council" in w for w in result["warnings"])
    assert not any(e["field"] == "local_authority" for e in result["evidence"])
    # a headline that names one of them makes the page that council's
    named = ROUND_UP_OF_VISITS.replace("The latest focused visits", "Dudley among the latest focused visits")
    assert extract_path(_write(tmp_path, "named.txt", named), factory)["local_authority"]["name"] == "Dudley"


UNDER_WAY = """Ofsted inspectors visit county's children's services
By Jo Example
22nd Jun 2021 | Local News
Rutland County Council has confirmed that its children's services department is currently undergoing an Ofsted inspection.
The cabinet member told the Gazette today (Tuesday, 22 June): "Like many councils we didn't have an inspection last year because of the pandemic."
"""


def test_an_inspection_under_way_is_dated_to_the_pages_month(tmp_path: Path, factory) -> None:
    result = extract_path(_write(tmp_path, "under-way.txt", UNDER_WAY), factory)
    subject = next(e for e in result["events"] if e["role"] == "subject")
    # the byline's '22nd Jun 2021 | Local News' dates the page; 'didn't have an inspection last year' dates nothing,
    # and the day a councillor spoke is not the inspection's
    assert (subject["kind"], subject["start_date"], subject["end_date"]) == ("full_inspection", "2021-06", None)
    evidence = [e for e in result["evidence"] if e["field"] == "events[0].start_date"]
    assert any("undergoing" in e["text"] for e in evidence) and any("under way" in e["text"] for e in evidence)


def test_days_without_a_year_each_with_its_weekday(tmp_path: Path, factory) -> None:
    text = ("Children's services rated outstanding again\nAn Ofsted inspection of Sunderland's children's services "
            "took place between Monday 27 January and Friday 31 January this year.\nThe report was published "
            "(Tuesday 11 March). At the last inspection in 2021 the council was rated outstanding.\n")
    result = extract_path(_write(tmp_path, "release.txt", text), factory)
    subject = next(e for e in result["events"] if e["role"] == "subject")
    assert (subject["start_date"], subject["end_date"]) == ("2025-01-27", "2025-01-31")


def test_a_councils_own_page_that_calls_itself_the_council_is_about_itself(tmp_path: Path) -> None:
    page = _write(tmp_path, "news.txt", (
        "Council's children's services rated inadequate by Ofsted\n\n"
        "The Council's services for children who need help and protection have been rated inadequate after an "
        "inspection which took place from 11 to 13 July 2023.\n\n"
        "Judgement Grade\nOverall effectiveness Inadequate\n\n"
        "The Council is preparing an action plan. Funding from the Department for Education lets Leicestershire "
        "County Council give support and challenge; Leicestershire County Council is rated outstanding.\n"))
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("path,url\nnews.txt,https://www.rutland.gov.uk/news/ofsted-2023\n", "utf-8")
    result = extract_path(page, ContextFactory(Manifest(manifest)))
    assert result["local_authority"]["name"] == "Rutland"
    subject = next(e for e in result["events"] if e["role"] == "subject")
    assert subject["local_authority"]["name"] == "Rutland"
    assert subject["judgements"] == {"overall_effectiveness": "inadequate"}  # the table row: stated


MONITORING_REPORT = """Ofsted says progress on children's services is too slow
Thursday 19th October 2017 @ 09:52 by Jo Example
News

Ofsted inspectors have told Tameside Council that improvements to children's services are too slow.

The inspectors gave their findings in the third monitoring report into Tameside's children's services since they were judged inadequate last year. The report published last Thursday looked at four areas.
"""


def test_a_monitoring_report_told_in_a_local_paper(tmp_path: Path, factory) -> None:
    result = extract_path(_write(tmp_path, "report.txt", MONITORING_REPORT), factory)
    subject = next(e for e in result["events"] if e["role"] == "subject")
    # the byline with its time and author dates the page; 'last Thursday' in a Thursday's story is a week before
    assert (subject["kind"], subject["visit_number"]) == ("monitoring_visit", 3)
    assert subject["published_date"] == "2017-10-12"
    back = MONITORING_REPORT.replace("The inspectors gave their findings in the third monitoring report into",
                                     "Inspectors have been back to check on progress at")
    again = next(e for e in extract_path(_write(tmp_path, "back.txt", back), factory)["events"]
                 if e["role"] == "subject")
    assert again["kind"] == "monitoring_visit"


@pytest.mark.parametrize(("text", "dates"), [
    ("Published Monday, 30th March 2020\n\nOfsted carried out a focused visit to Hartlepool Borough Council's "
     "children's services on March 4th and 5th.\n", ("focused_visit", "2020-03-04", "2020-03-05")),
    ("Isle of Wight children's services rated good\n07 Jan 2019 Last updated at 10:00\n\nInspectors, who visited "
     "the Isle of Wight Council's children's services for three weeks in November, rated them good.\n",
     ("full_inspection", "2018-11", None)),
    ("South Tyneside children's services rated inadequate\n\nThe verdict on South Tyneside Council followed "
     "inspection visits in December, 2022, and February, 2023.\n", ("full_inspection", "2022-12", "2023-02")),
    ("Date published: 04 August 2015\n\nOfsted report on Southend Council's children's services\n\nThe report, "
     "which follows a four-week investigation in May and June, rates Southend's services inadequate.\n",
     ("full_inspection", "2015-05", "2015-06")),
])
def test_dates_as_real_pages_print_them(tmp_path: Path, factory, text: str, dates: tuple) -> None:
    result = extract_path(_write(tmp_path, "page.txt", text), factory)
    subject = next(e for e in result["events"] if e["role"] == "subject")
    assert (subject["kind"], subject["start_date"], subject["end_date"]) == dates


def test_a_four_week_inspection_focused_on_several_services_is_a_full_inspection(tmp_path: Path, factory) -> None:
    text = ("Our statement on the Ofsted inspection\n\nOfsted have published their report on Kirklees Council's "
            "children's services after visiting us in September and October 2016.\n\nOur four-week Ofsted "
            "inspection focused on the local services for children in need of help and protection, looked after "
            "children and care leavers.\n")
    subject = next(e for e in extract_path(_write(tmp_path, "statement.txt", text), factory)["events"]
                   if e["role"] == "subject")
    assert (subject["kind"], subject["start_date"], subject["end_date"]) == ("full_inspection", "2016-09", "2016-10")
    two_day = text.replace("Our four-week Ofsted inspection focused", "A two-day inspection focused")
    assert next(e for e in extract_path(_write(tmp_path, "visit.txt", two_day), factory)["events"]
                if e["role"] == "subject")["kind"] == "focused_visit"


def test_a_rating_gone_from_one_grade_to_another_tells_of_the_inspection_before(tmp_path: Path) -> None:
    _, mentioned = _subjects_and_mentioned(tmp_path, (
        "Published 14 August 2018\n\nOfsted said Lancashire County Council's children's services are no longer "
        "'inadequate' but still need to improve.\n\nInspectors visited in June.\n\nThe report "
        "concluded that the rating had gone from 'inadequate' in September 2015 to 'requires improvement'.\n"))
    assert [(e["kind"], e["start_date"], e["judgements"]) for e in mentioned] == [
        ("full_inspection", "2015-09", {"overall_effectiveness": "inadequate"})]


def test_a_rating_lifted_from_a_grade_and_a_verdict_turned_around(tmp_path: Path) -> None:
    _, lifted = _subjects_and_mentioned(tmp_path, (
        "Published 13 February 2023\n\nOfsted has praised Lancashire County Council's children's services, "
        "lifting its rating from 'requires improvement' to 'good'.\n"))
    _, turned = _subjects_and_mentioned(tmp_path, (
        "July 2017\n\nOfsted inspected Knowsley Council's children's services a couple of months ago. Turning "
        "around our judgement, from a verdict of 'inadequate' to 'requires improvement', has been our focus.\n"))
    assert [e["judgements"] for e in lifted] == [{"overall_effectiveness": "requires_improvement"}]
    assert [e["judgements"] for e in turned] == [{"overall_effectiveness": "inadequate"}]


def test_an_area_downgraded_from_one_grade_to_another_leaves_no_overall_grade_behind(tmp_path: Path) -> None:
    _, mentioned = _subjects_and_mentioned(tmp_path, (
        "Published 3 June 2023\n\nLincolnshire County Council's children's services were rated outstanding after "
        "inspectors visited in April. Its support for care leavers was downgraded from 'outstanding' to 'good'.\n"))
    assert all("overall_effectiveness" not in e["judgements"] for e in mentioned)


def test_a_judgement_that_remains_was_the_last_inspections_too(tmp_path: Path) -> None:
    _, mentioned = _subjects_and_mentioned(tmp_path, (
        "13 May 2025\n\nOfsted has now published its inspection report on Devon's children's services. While the "
        "overall judgement remains inadequate, the report finds progress since the last inspection.\n"))
    assert [e["judgements"] for e in mentioned] == [{"overall_effectiveness": "inadequate"}]


def test_a_lead_that_counts_the_councils_makes_each_a_subject_with_the_grade_it_gives_them(tmp_path: Path) -> None:
    subjects, _ = _subjects_and_mentioned(tmp_path, (
        "Children's services at three councils rated 'good'\n\nPublished 2 August 2016\n\nOfsted has rated "
        "children's services at three councils as 'good'.\n\nStockport, Merton and Central Bedfordshire were "
        "inspected in June and July. Inspectors praised Merton's leaders.\n"))
    assert sorted((e["local_authority"]["name"], e["kind"], e["judgements"].get("overall_effectiveness"))
                  for e in subjects) == [("Central Bedfordshire", "full_inspection", "good"),
                                         ("Merton", "full_inspection", "good"),
                                         ("Stockport", "full_inspection", "good")]


def test_the_grade_two_councils_had_before_is_not_the_grade_of_their_visits(tmp_path: Path) -> None:
    subjects, _ = _subjects_and_mentioned(tmp_path, (
        "Inspectors praise progress at two 'inadequate' councils\n\n14 May 2018\n\nOfsted has praised "
        "improvements at two councils where children's services were previously rated 'inadequate'.\n\nA "
        "monitoring visit to Tameside found progress on early help. In Worcestershire, Ofsted inspectors said "
        "children in care are starting to receive better support.\n"))
    assert sorted((e["local_authority"]["name"], e["kind"], e["judgements"]) for e in subjects) == [
        ("Tameside", "monitoring_visit", {}), ("Worcestershire", "monitoring_visit", {})]


def test_one_of_only_four_boroughs_counts_no_councils(tmp_path: Path) -> None:
    subjects, _ = _subjects_and_mentioned(tmp_path, (
        "Published 1 May 2023\n\nIslington Council's children's services have been rated outstanding by Ofsted, "
        "making Islington one of only four boroughs in London to hold the top rating, with Camden, Lambeth "
        "and Hackney.\n"))
    assert [e["local_authority"]["name"] for e in subjects] == ["Islington"]


@pytest.mark.parametrize(("text", "expected"), [
    # an event at least two months before the subject, in a clause not told in the past
    ("Improvement Plan Progress Report\n\nTo update the committee on the plan that answers the findings from the "
     "Ofsted inspection of local authority children's services (ILACS) in Cheshire East conducted in February and "
     "March 2024. It also includes the findings from the second Ofsted monitoring visit in June 2025.\n",
     [("full_inspection", "2024-02")]),
    # a visit of another kind than the subject, whatever its month
    ("Meeting: 09/09/2019 - Children's Board (Item 12)\n\nThe joint targeted area inspection of Halton took place "
     "between 8 and 12 July 2019. As with the Ofsted focused visit in July 2019, the inspectorates made no "
     "judgement.\n", [("focused_visit", "2019-07")]),
    # the month before the kind's name
    ("Meeting: 15/06/2023 - Cabinet (Item 5)\n\nStockton-on-Tees Borough Council's most recent inspection took "
     "place between 27 February and 14 March 2023. The Board was already leading the actions emerging from the "
     "September 2022 focused visit.\n", [("focused_visit", "2022-09")]),
])
def test_an_earlier_event_named_by_its_month(tmp_path: Path, text: str, expected: list[tuple[str, str]]) -> None:
    _, mentioned = _subjects_and_mentioned(tmp_path, text)
    assert [(e["kind"], e["start_date"]) for e in mentioned] == expected


def test_each_of_the_areas_inspected_rated_alike(tmp_path: Path) -> None:
    _, mentioned = _subjects_and_mentioned(tmp_path, (
        "Published 17 April 2025\n\nCity of York Council's children's services have been rated good by Ofsted "
        "after an inspection in February. York's children's services were last inspected in 2022, when each of "
        "the areas inspected were rated as Requires Improvement.\n"))
    assert [(e["start_date"], e["judgements"]["overall_effectiveness"]) for e in mentioned] == [
        ("2022", "requires_improvement")]


@pytest.mark.parametrize(("year", "care"), [("2022", {"children_in_care": "outstanding"}), ("2019", {})])
def test_an_earlier_inspection_told_may_place_an_undated_one_in_its_framework(tmp_path: Path, year: str,
                                                                              care: dict) -> None:
    # after an inspection in 2022 the next is in 2023 or later, when children in care had a judgement of their own;
    # after one in 2019 the next may have been in either framework, so the care grade is left out
    subjects, _ = _subjects_and_mentioned(tmp_path, (
        "The Children's Services at Gloucestershire County Council have been judged Good by Ofsted. The experiences "
        "and progress of children in care was judged to be Outstanding by inspectors. Services have improved since "
        f"the last full inspection, when they were judged to require improvement in {year}.\n"))
    assert [e["judgements"] for e in subjects] == [{"overall_effectiveness": "good", **care}]
