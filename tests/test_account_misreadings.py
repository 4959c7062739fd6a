"""Sentences of the genre that a rule must not misread. A reviewer who had not written the rules tried each on
ordinary sentences a press office, a local paper or the trade press would write; each case found is pinned here on a
page the test writes, with what the page should give."""

from __future__ import annotations

from pathlib import Path

import pytest

from oversight.extract import ContextFactory, Manifest, extract_path
from tests.test_accounts import _extracted, _subjects_and_mentioned

DATED = "Published 19 December 2018\n\n"


def _events(tmp_path: Path, text: str) -> list[tuple[str, str, str | None, dict]]:
    return [(e["role"], e["local_authority"]["name"], e["start_date"], e["judgements"])
            for e in _extracted(tmp_path, text)["events"]]


def test_following_that_inspection_the_new_rating_is_still_the_story(tmp_path: Path) -> None:
    assert _events(tmp_path, (
        "Stoke children's services improve\n\n" + DATED + "Stoke-on-Trent City Council was last inspected by Ofsted "
        "in 2016, when its children's services were judged inadequate. Following that inspection the council "
        "appointed a new director, and inspectors who returned in October have now rated its services as requiring "
        "improvement.\n")) == [
        ("subject", "Stoke-on-Trent", "2018-10", {"overall_effectiveness": "requires_improvement"}),
        ("mentioned", "Stoke-on-Trent", "2016", {"overall_effectiveness": "inadequate"})]


def test_a_count_of_councils_the_page_does_not_name_grades_none_it_names(tmp_path: Path) -> None:
    subjects, _ = _subjects_and_mentioned(tmp_path, (
        "Two Yorkshire councils inspected\n\n" + DATED + "Ofsted inspectors visited Leeds City Council and Bradford "
        "Council in October to inspect their children's services. Three councils in the region have been rated "
        "inadequate since 2014.\n\nBradford Council said it had not yet received its report.\n"))
    assert sorted((e["local_authority"]["name"], e["judgements"]) for e in subjects) == [("Bradford", {}), ("Leeds", {})]


def test_a_grade_one_council_kept_is_not_the_others(tmp_path: Path) -> None:
    _, mentioned = _subjects_and_mentioned(tmp_path, (
        "Mixed results for Yorkshire councils\n\n" + DATED + "Two Yorkshire councils, Leeds and Bradford, have had "
        "their children's services inspected by Ofsted this autumn: Leeds City Council retained its outstanding "
        "rating, while Bradford Council was rated inadequate.\n"))
    assert [(e["local_authority"]["name"], e["judgements"]) for e in mentioned] == [
        ("Leeds", {"overall_effectiveness": "outstanding"})]


@pytest.mark.parametrize("text", [
    # its own best in a decade is no grade on Ofsted's scale
    "Calderdale Council has achieved its highest Ofsted rating in more than a decade.\n\nInspectors who visited in "
    "October judged the council's children's services to require improvement to be good.\n",
    # good grades for two services are not the services' overall grade
    "Derbyshire County Council's children's services require improvement, Ofsted has said after an inspection in "
    "October.\n\nInspectors gave good grades to the council's adoption and fostering services.\n",
])
def test_no_overall_grade_from_words_that_give_another(tmp_path: Path, text: str) -> None:
    subjects, _ = _subjects_and_mentioned(tmp_path, "Children's services improve\n\n" + DATED + text)
    assert len(subjects) == 1 and subjects[0]["judgements"].get("overall_effectiveness") in (None, "requires_improvement")


@pytest.mark.parametrize("sentence", [
    "The council's fostering service, which has a good rating, was not part of the visit.",
    "The authority's children's homes are all rated good or outstanding.",
    "The council's self-evaluation rated practice with children in need as good, and inspectors agreed with it.",
])
def test_in_a_story_of_a_visit_what_else_is_rated_is_not_the_services_standing(tmp_path: Path, sentence: str) -> None:
    _, mentioned = _subjects_and_mentioned(tmp_path, (
        "Ofsted focused visit to Barnet\n\nPublished 2 March 2024\n\nOfsted carried out a focused visit to Barnet "
        f"Council's children's services in January, looking at care leavers.\n\n{sentence}\n"))
    assert mentioned == []


def test_a_council_that_supports_the_one_inspected_takes_none_of_its_dates(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Wakefield children's services still require improvement\n\n" + DATED + "Wakefield Council's children's "
        "services still require improvement to be good, Ofsted has said.\n\nThe council has been supported by Leeds "
        "City Council, whose own children's services were rated outstanding by Ofsted last year.\n\nThe inspection "
        "took place in October.\n"))
    assert "2018-10" not in [start for _, name, start, _ in events if name == "Leeds"]


def test_another_inspectorates_verdict_on_a_hospital_is_no_council_inspection(tmp_path: Path) -> None:
    assert [name for _, name, _, _ in _events(tmp_path, (
        "Leeds rated outstanding\n\n" + DATED + "Leeds City Council's children's services have been rated "
        "'outstanding' by Ofsted after an inspection in October.\n\nThe council's leader said the verdict was a "
        "tribute to every social worker, foster carer and manager who had worked so hard for the children of the "
        "city over many years, and to the partners who had stood beside them.\n\nThe city's hospitals and schools "
        "were also praised, and Bradford's hospital trust was rated good by the Care Quality Commission this "
        "year.\n"))] == ["Leeds"]


def test_a_relative_clause_naming_another_council_leaves_the_sentence_its_own(tmp_path: Path) -> None:
    assert _events(tmp_path, (
        "Bradford children's services improve\n\n" + DATED + "Bradford Council's children's services, which were "
        "supported by Leeds City Council, are now rated good by Ofsted after an inspection in October.\n")) == [
        ("subject", "Bradford", "2018-10", {"overall_effectiveness": "good"})]


@pytest.mark.parametrize(("text", "council"), [
    ("Number of children in care reaches record high\n\n" + DATED + "The number of children in care in England has "
     "reached a record high, according to figures published by the Department for Education.\n\nBirmingham had the "
     "largest number of looked-after children of any council.\n", None),
    ("Ofsted chief inspector warns on unregistered placements\n\n" + DATED + "Ofsted's chief inspector has warned "
     "that too many children are being placed in unregistered accommodation.\n\nSpeaking at a conference in "
     "Manchester, she said the problem was getting worse.\n", None),
])
def test_a_council_named_in_passing_is_not_what_a_page_is_about(tmp_path: Path, text: str, council: str | None) -> None:
    result = _extracted(tmp_path, text)
    assert result["document_type"] == "other" and result["local_authority"] == council


def test_a_councils_own_page_opening_on_the_national_picture_still_reports_its_inspection(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("Children's services rated good\n\n" + DATED + "Fewer than half of councils in England have "
                    "children's services rated good or better by Ofsted.\n\nOxfordshire County Council is now one of "
                    "them, after inspectors rated its children's services good following an inspection in "
                    "October.\n", "utf-8")
    (tmp_path / "manifest.csv").write_text("path,url\npage.txt,https://news.oxfordshire.gov.uk/good\n", "utf-8")
    result = extract_path(page, ContextFactory(Manifest(tmp_path / "manifest.csv"), press_grades=True))
    assert [(e["role"], e["start_date"]) for e in result["events"]] == [("subject", "2018-10")]


def test_news_of_a_meeting_where_a_report_was_introduced_is_news(tmp_path: Path) -> None:
    assert _extracted(tmp_path, (
        "Council apologises after Ofsted verdict\n\n" + DATED + "Stoke-on-Trent City Council's children's services "
        "have been rated inadequate by Ofsted.\n\nAt a meeting of the children's scrutiny committee on Monday, "
        "cabinet member Cllr Ann James introduced the report and apologised to families. Members discussed the "
        "findings for more than two hours.\n"))["document_type"] == "news_article"


def test_deputies_and_titles_of_several_parts_keep_their_holders_own_role(tmp_path: Path) -> None:
    people = {p["name"]: p["role"] for p in _extracted(tmp_path, (
        "Hackney children's services rated good\n\n" + DATED + "Hackney Council's children's services have been "
        "rated good by Ofsted following an inspection in October.\n\nExecutive Director of Children and Families and "
        "Deputy Chief Executive, Sarah Jones, said staff had worked tirelessly.\n\nCabinet member for children and "
        "deputy leader Councillor Rita Krishna said she was delighted.\n"))["people"]}
    assert people == {"Sarah Jones": "director of children's services", "Rita Krishna": "cabinet member"}


def test_a_school_improvement_plan_is_not_the_councils_action_plan(tmp_path: Path) -> None:
    subjects, _ = _subjects_and_mentioned(tmp_path, (
        "Leeds children's services rated good\n\n" + DATED + "Leeds City Council's children's services have been "
        "rated good by Ofsted following an inspection in October.\n\nThe council's school improvement plan will be "
        "submitted to governors by 31 January 2019, the council said.\n"))
    assert [e["action_plan_due_date"] for e in subjects] == [None]


def test_ofsteds_lowest_rating_for_its_childrens_services(tmp_path: Path) -> None:
    _, mentioned = _subjects_and_mentioned(tmp_path, (
        "Lambeth improves\n\n" + DATED + "Lambeth Council, which had been given Ofsted's lowest rating for its "
        "children's services in 2015, is now rated as 'requires improvement' after an inspection in October.\n"))
    assert [(e["start_date"], e["judgements"]) for e in mentioned] == [("2015", {"overall_effectiveness": "inadequate"})]


def test_councils_in_general_after_one_councils_sentence_grade_none_of_it(tmp_path: Path) -> None:
    # the misreading left known in the tenth session: the sentence about councils in general gave Leeds its grade
    assert _events(tmp_path, (
        "Leeds inspected\n\n" + DATED + "Ofsted inspectors visited Leeds City Council in October to inspect its "
        "children's services. Three councils in the region have been rated inadequate since 2014.\n\nThe council "
        "said it had not yet received its report.\n")) == [("subject", "Leeds", "2018-10", {})]


def test_one_of_the_councils_counted_is_still_graded(tmp_path: Path) -> None:
    assert _events(tmp_path, (
        "Leeds rated inadequate\n\n" + DATED + "Leeds City Council is one of three councils in the region to be "
        "rated inadequate by Ofsted this year, after an inspection of its children's services in October.\n")) == [
        ("subject", "Leeds", "2018-10", {"overall_effectiveness": "inadequate"})]


# A third review (eleventh session) wrote 122 pages around the session's rules; the misreadings it found follow.
INSPECTED = "Bradford inspected\n\nPublished 14 March 2019\n\nBradford Council's children's services were inspected by " \
            "Ofsted in January 2019. "


@pytest.mark.parametrize("sentence", [
    # councils in general
    "Just four councils in Yorkshire are currently rated outstanding.",
    "Around a fifth of councils are rated inadequate.",
    "Councils across the country have struggled, and nationally one in five has been rated inadequate.",
    "The number of councils rated inadequate has fallen since 2015.",
    "The majority of councils in the North were rated good at their last inspection.",
    "Councils rated inadequate are usually issued with a statutory direction.",
    "A council whose services are rated inadequate is usually issued with a statutory direction.",
    "Under the new framework, a council must be good in every area to be rated outstanding overall.",
    "Every council in West Yorkshire apart from Bradford has been rated good.",
    # hoped for or supposed
    "Council leaders hope the outcome is 'Good'.",
    "If the outcome is 'Inadequate', the government could appoint a commissioner.",
    # someone else's verdict, or something else's
    'Councillor Smith said: "Our staff are providing a \'good\' service to families every day."',
    "Before the inspection, the council's own self-assessment concluded that services require improvement.",
    "A peer review by the LGA in 2017 found the services to be good.",
    "A separate joint inspection of SEND services by Ofsted and the CQC concluded that services require improvement.",
    "Bradford's schools were rated good by Ofsted.",
    "Bradford's youth offending service was rated outstanding by HM Inspectorate of Probation in 2018.",
    "The trust's chair, who previously chaired Doncaster Children's Services Trust when it was rated good, welcomed "
    "the inspectors.",
    "Inspectors judged the council's adoption services good.",
    "Ofsted rated the council's fostering service as good.",
])
def test_no_grade_for_the_council_from_words_about_others_or_a_supposition(tmp_path: Path, sentence: str) -> None:
    assert _events(tmp_path, INSPECTED + sentence + "\n") == [("subject", "Bradford", "2019-01", {})]


def test_a_relative_clause_ends_at_the_sentences_own_verb(tmp_path: Path) -> None:
    # before, 'which has been rated outstanding, had been supporting Kirklees' gave Kirklees Leeds's grade
    assert _events(tmp_path, (
        "Kirklees report to scrutiny\n\nPublished 14 March 2019\n\nThe committee received a report on the Ofsted "
        "inspection of Kirklees Council's children's services in January 2019. Members noted that Leeds, which has "
        "been rated outstanding, had been supporting Kirklees as a partner in practice. Inspectors concluded that "
        "services require improvement.\n")) == [
        ("subject", "Kirklees", "2019-01", {"overall_effectiveness": "requires_improvement"})]


def test_an_unnamed_exception_in_a_headline_grades_no_area(tmp_path: Path) -> None:
    assert _events(tmp_path, (
        "Kent: outstanding in all areas bar one\n\nPublished 2 August 2016\n\nOfsted has judged Kent County "
        "Council's children's services outstanding after an inspection in May 2016.\n")) == [
        ("subject", "Kent", "2016-05", {"overall_effectiveness": "outstanding"})]


@pytest.mark.parametrize(("sentence", "grades"), [
    ("Inspectors rated the services good in all areas except leadership.",
     {"overall_effectiveness": "good", "help_and_protection": "good", "children_in_care_and_care_leavers": "good"}),
    # care leavers had no judgement of their own in 2018-22: the combined one is left out, and so is theirs
    ("Inspectors found the services to be outstanding in every area except care leavers, which was judged good.",
     {"overall_effectiveness": "outstanding", "impact_of_leaders": "outstanding",
      "help_and_protection": "outstanding"}),
])
def test_the_area_excepted_is_of_the_inspections_framework(tmp_path: Path, sentence: str, grades: dict) -> None:
    assert _events(tmp_path, INSPECTED + sentence + "\n") == [("subject", "Bradford", "2019-01", grades)]


@pytest.mark.parametrize("sentence", [
    "In 2011, Ofsted rated Bradford's safeguarding services as inadequate and its services for looked after children "
    "as adequate, in an inspection of safeguarding and looked after children services.",
    "In 2011, Bradford was rated inadequate by Ofsted following an inspection of safeguarding and looked after "
    "children services.",
    "Its safeguarding and looked after children services were inspected by Ofsted in July 2011. Safeguarding was "
    "judged inadequate, while services for looked after children were rated good.",
])
def test_an_inspection_of_the_two_services_gives_no_overall_grade(tmp_path: Path, sentence: str) -> None:
    # 2009-12: each of the two services had its grade; where the words do not settle whose, none is given
    assert [(role, council, grades) for role, council, _, grades in _events(tmp_path, INSPECTED + sentence + "\n")] \
        == [("subject", "Bradford", {}), ("mentioned", "Bradford", {})]


def test_the_grade_of_an_area_excepted_is_not_read_again_as_another_event(tmp_path: Path) -> None:
    assert _events(tmp_path, (
        "Rotherham rated good\n\nPublished 14 March 2019\n\nRotherham's children's services were rated good by Ofsted "
        "in January 2019. At its previous inspection in 2014, Rotherham was rated inadequate in every area except "
        "adoption, which was judged to require improvement.\n")) == [
        ("subject", "Rotherham", "2019-01", {"overall_effectiveness": "good"}),
        ("mentioned", "Rotherham", "2014", {"overall_effectiveness": "inadequate",
                                            "adoption_performance": "requires_improvement"})]


@pytest.mark.parametrize("years", ["in 2016 and in 2019", "in 2013, 2016 and 2019"])
def test_a_grade_left_behind_is_not_given_to_an_inspection_before_the_last(tmp_path: Path, years: str) -> None:
    # each year listed is an inspection; the grade left behind was the last one's
    events = _events(tmp_path, (
        "Thurrock rated good\n\nPublished 14 March 2022\n\nThurrock Council's children's services were rated good "
        f"after an Ofsted inspection in January 2022, up from requires improvement. Thurrock was previously inspected "
        f"{years}.\n"))
    assert events[0] == ("subject", "Thurrock", "2022-01", {"overall_effectiveness": "good"})
    assert events[-1] == ("mentioned", "Thurrock", "2019", {"overall_effectiveness": "requires_improvement"})
    assert all(grades == {} for _, _, _, grades in events[1:-1]) and len(events) == len(years.split("20"))


def test_an_annual_assessment_told_of_leaves_the_inspection_the_story(tmp_path: Path) -> None:
    assert _events(tmp_path, (
        "Leeds inspected\n\nPublished 14 March 2019\n\nLeeds City Council's children's services were inspected by "
        "Ofsted in January 2019. In 2009, Ofsted's annual assessment found the council's services to be adequate.\n"
    )) == [("subject", "Leeds", "2019-01", {}), ("mentioned", "Leeds", "2009", {})]


# A fourth review (eleventh session) wrote 150 pages of the genre; the misreadings mended follow.
@pytest.mark.parametrize(("text", "expected"), [
    # a relative clause after a council's name is about that council
    ("Kirklees Council's children's services have been rated good by Ofsted. The inspection took place between 28 "
     "March and 8 April. Kirklees was rated inadequate in 2016 and was then supported by Leeds City Council, which "
     "was judged outstanding in 2014.",
     [("subject", "Kirklees", "2018-03-28", {"overall_effectiveness": "good"}),
      ("mentioned", "Kirklees", "2016", {"overall_effectiveness": "inadequate"}),
      ("mentioned", "Leeds", "2014", {"overall_effectiveness": "outstanding"})]),
    # 'up from' goes on from the clause before, in its time
    ("Swindon Borough Council's children's services have been rated good by Ofsted, up from requires improvement at "
     "the last inspection. The inspection took place in January.",
     [("subject", "Swindon", "2019-01", {"overall_effectiveness": "good"}),
      ("mentioned", "Swindon", None, {"overall_effectiveness": "requires_improvement"})]),
    ("Kent County Council's children's services have been rated good following an inspection in January. The council "
     "had previously been rated good in 2017, up from adequate in 2013.",
     [("subject", "Kent", "2019-01", {"overall_effectiveness": "good"}),
      ("mentioned", "Kent", "2017", {"overall_effectiveness": "good"}),
      ("mentioned", "Kent", "2013", {"overall_effectiveness": "adequate"})]),
    # an earlier visit named after the inspection's dates keeps its own
    ("Kent County Council's children's services were inspected by Ofsted between 14 and 25 January, after a focused "
     "visit in November 2017. Inspectors rated the service good.",
     [("subject", "Kent", "2019-01-14", {"overall_effectiveness": "good"}),
      ("mentioned", "Kent", "2017-11", {})]),
    # a year after the grade is no area ('in 2016, and the inspectors found the care leavers' service ...')
    ("There were no areas for priority action in Lambeth, Ofsted said after a focused visit in February. Lambeth was "
     "graded requires improvement to be good in 2016, and the inspectors found the care leavers' service had "
     "improved since then.",
     [("subject", "Lambeth", "2019-02", {}),
      ("mentioned", "Lambeth", "2016", {"overall_effectiveness": "requires_improvement"})]),
    # ', whose' opens a relative clause too: its council and date are its own
    ("Bradford, whose neighbour Leeds was rated outstanding by Ofsted in 2017, has had its own children's services "
     "judged inadequate. Inspectors visited Bradford in January.",
     [("subject", "Bradford", "2019-01", {"overall_effectiveness": "inadequate"}),
      ("mentioned", "Leeds", "2017", {"overall_effectiveness": "outstanding"})]),
    # ', and' with another council and a verb of its own: that council's clause
    ("Bradford Council's children's services have been rated inadequate by Ofsted after an inspection in January. "
     "Neighbouring Calderdale was rated good at its last inspection in 2018, and Kirklees moved out of intervention "
     "in 2017 after being judged requires improvement.",
     [("subject", "Bradford", "2019-01", {"overall_effectiveness": "inadequate"}),
      ("mentioned", "Calderdale", "2018", {"overall_effectiveness": "good"}),
      ("mentioned", "Kirklees", "2017", {"overall_effectiveness": "requires_improvement"})]),
    # other services and inspectorates
    ("Swindon's children's centres have been judged requires improvement by Ofsted, following inspections in "
     "January.", []),
    ("The Care Quality Commission has rated the trust running Sandwell General Hospital inadequate after an "
     "inspection in January.", []),
])
def test_the_fourth_reviews_pages(tmp_path: Path, text: str, expected: list) -> None:
    assert _events(tmp_path, "Children's services\n\nPublished 14 March 2019\n\n" + text + "\n") == expected


def test_prose_that_lists_areas_and_grades_is_reported_not_stated(tmp_path: Path) -> None:
    # only a row laid out as one (a separator, or the label opening its line) is a table the page prints
    page = tmp_path / "page.txt"
    page.write_text("Sandwell inadequate\n\nPublished 17 March 2022\n\nAn Ofsted inspection of Sandwell's children's "
                    "services in January found help and protection to be inadequate, children in care and care "
                    "leavers requires improvement, and leadership inadequate.\n\nOverall effectiveness: Inadequate\n",
                    "utf-8")
    event = extract_path(page, ContextFactory())["events"][0]
    assert event["judgements"] == {"overall_effectiveness": "inadequate"}
    assert event["reported_judgements"] == {"help_and_protection": "inadequate", "impact_of_leaders": "inadequate",
                                            "children_in_care_and_care_leavers": "requires_improvement"}


def test_a_second_councils_dates_after_and_are_its_own(tmp_path: Path) -> None:
    # 'Lambeth was inspected between 6 and 17 March | and Southwark between 24 April and 5 May': before, Lambeth's
    # inspection ran to 5 May
    page = tmp_path / "page.txt"
    page.write_text("Two boroughs, two results\n\nPublished 20 July 2023\n\nOfsted inspected children's services in "
                    "Lambeth and Southwark this spring. Lambeth was rated requires improvement to be good, while "
                    "Southwark was judged good.\n\nLambeth was inspected between 6 and 17 March and Southwark between "
                    "24 April and 5 May.\n", "utf-8")
    lambeth = next(e for e in extract_path(page, ContextFactory())["events"]
                   if e["local_authority"]["name"] == "Lambeth")
    assert (lambeth["start_date"], lambeth["end_date"]) == ("2023-03-06", "2023-03-17")


def test_a_grade_shaken_off_is_the_one_before(tmp_path: Path) -> None:
    assert _events(tmp_path, (
        "Councils that turned around\n\nPublished 12 April 2024\n\nTorbay has become the latest council to shake off "
        "an inadequate rating, with its children's services judged good by Ofsted in a report out this week. It had been "
        "rated inadequate in 2018.\n"))[0][3] == {"overall_effectiveness": "good"}


def test_the_year_a_trust_or_council_began_is_no_inspection(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Trust welcomes report\n\nPress release - 1 July 2022\n\nThe Ofsted report published today finds that "
        "children's services in Birmingham are no longer inadequate. The trust, which has run children's social "
        "care for Birmingham City Council since April 2018, was inspected between 2 and 13 May 2022. Ofsted rated "
        "overall effectiveness as requires improvement to be good. Services were last graded inadequate in 2016.\n"
        "Since the trust was created in April 2018, staff turnover has halved.\n"))
    assert events == [
        ("subject", "Birmingham", "2022-05-02", {"overall_effectiveness": "requires_improvement"}),
        ("mentioned", "Birmingham", "2016", {"overall_effectiveness": "inadequate"})]


@pytest.mark.parametrize(("history", "expected"), [
    # a year that opens its words ('By 2018 services had ...') owns them, up to the next year
    ("In 2015 Sunderland was rated inadequate. By 2018 services had improved to requires improvement, and in 2019 "
     "the company was praised after Ofsted rated the city good.",
     [("2015", "inadequate"), ("2018", "requires_improvement"), ("2019", "good")]),
    ("Sunderland was rated inadequate in 2018. Before that, in 2015, it had been judged to require improvement, and "
     "the service went through eleven monitoring visits between 2019 and 2022.",
     [("2018", "inadequate"), ("2015", "requires_improvement"), ("2019", None)]),
])
def test_a_year_that_opens_its_words_owns_their_grade(tmp_path: Path, history: str, expected: list) -> None:
    events = _events(tmp_path, (
        "Sunderland rated outstanding\n\nPublished 16 September 2022\n\nSunderland's children's services have been "
        "rated outstanding by Ofsted after an inspection in July 2022. Services in the city have been run since 2017 "
        f"by a company the council owns. {history}\n"))
    assert [(date, grades.get("overall_effectiveness")) for role, _, date, grades in events if role == "mentioned"] \
        == expected


def test_the_verb_after_a_relative_clause_is_the_councils_it_followed(tmp_path: Path) -> None:
    _, mentioned = _subjects_and_mentioned(tmp_path, (
        "Wokingham prepares for inspection\n\nPublished 12 March 2024\n\nWokingham's children's services were judged "
        "good by Ofsted at their last inspection in 2019. Members were told that West Berkshire had recently been "
        "rated requires improvement and Reading, whose services are run by a company, was rated good in 2023.\n"))
    assert ("Reading", "2023", {"overall_effectiveness": "good"}) in [
        (e["local_authority"]["name"], e["start_date"], e["judgements"]) for e in mentioned]
    assert all(e["judgements"].get("overall_effectiveness") != "good" for e in mentioned
               if e["local_authority"]["name"] == "West Berkshire")


def test_a_place_name_that_is_also_a_word_is_the_council_when_it_is_rated(tmp_path: Path) -> None:
    _, mentioned = _subjects_and_mentioned(tmp_path, (
        "Kingston rated good\n\nPublished 2 September 2022\n\nKingston upon Thames' children's services have been "
        "rated good by Ofsted. Windsor and Maidenhead's services are run by the same company. In 2019, Richmond was "
        "rated good.\n"))
    assert [(e["local_authority"]["name"], e["start_date"], e["judgements"]) for e in mentioned] == [
        ("Richmond upon Thames", "2019", {"overall_effectiveness": "good"})]


def test_what_a_self_evaluation_graded_is_no_inspections_grade(tmp_path: Path) -> None:
    subjects, _ = _subjects_and_mentioned(tmp_path, (
        "Wokingham prepares for inspection\n\nMinutes of the meeting held on 11 March 2024\n\nThe Committee "
        "considered preparations for the next Ofsted inspection of children's services. Members were taken through "
        "the service's annual self-evaluation, which graded the service as good overall, with the impact of leaders "
        "graded outstanding.\n"))
    assert all(e["judgements"] == {} for e in subjects)


def test_councils_before_a_reorganisation_keep_their_own_grades(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "BCP responds to focused visit\n\nPublished 12 November 2021\n\nBCP Council has responded to an Ofsted letter "
        "after a focused visit to its children's services on 5 and 6 October. Before BCP Council was formed in "
        "2019, Bournemouth Borough Council's children's services were rated good in 2017 and the Borough of Poole's "
        "were found to require improvement in 2018.\n\nThe council's director said an action plan would follow.\n"))
    assert events == [
        ("subject", "Bournemouth, Christchurch and Poole", "2021-10-05", {}),
        ("mentioned", "Bournemouth", "2017", {"overall_effectiveness": "good"}),
        ("mentioned", "Poole", "2018", {"overall_effectiveness": "requires_improvement"})]


def test_the_old_county_council_is_not_the_new_council_of_its_name(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Focused visit for Dorset\n\nPublished 20 June 2025\n\nDorset Council has welcomed a letter from Ofsted after a "
        "focused visit on 13 and 14 May. Dorset Council was judged outstanding in 2024. Before 2019, children's "
        "services in the area were run by Dorset County Council, which Ofsted rated requires improvement in 2018."
        "\n\nThe director said: \"This builds on our outstanding inspection last year.\"\n"))
    assert [(name, date, grades) for role, name, date, grades in events if role == "mentioned"] == [
        ("Dorset", "2024", {"overall_effectiveness": "outstanding"}),
        ("Dorset County Council", "2018", {"overall_effectiveness": "requires_improvement"})]


def test_a_year_after_the_grade_moved_to_is_that_grades(tmp_path: Path) -> None:
    _, mentioned = _subjects_and_mentioned(tmp_path, (
        "Havering prepares\n\nMinutes of the meeting held on 4 March 2024\n\nThe Committee discussed the coming Ofsted "
        "inspection of Havering's children's services. Members noted that neighbouring Barking and Dagenham had "
        "moved from requires improvement to good in 2023.\n"))
    assert [(e["local_authority"]["name"], e["start_date"], e["judgements"]) for e in mentioned
            if e["start_date"] == "2023"] == [("Barking and Dagenham", "2023", {"overall_effectiveness": "good"})]


def test_an_improvement_on_the_last_inspection_leaves_the_new_grade_the_storys(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Wigan rated good\n\nPublished 22 November 2019\n\nWigan Council's children's services have been rated good "
        "by Ofsted inspectors, an improvement on the last full inspection. At its last full inspection, in 2016, the "
        "council was found to require improvement to be good. A focused visit in May 2018, which looked at the front "
        "door, found practice was improving.\n"))
    assert [(role, date, grades) for role, _, date, grades in events] == [
        ("subject", None, {"overall_effectiveness": "good"}),
        ("mentioned", "2016", {"overall_effectiveness": "requires_improvement"}),
        ("mentioned", "2018-05", {})]


def test_a_partner_named_after_with_is_not_what_the_clause_tells_of(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Island's services improve\n\nPublished 30 November 2018\n\nOfsted inspectors carried out a focused visit to "
        "the Isle of Wight's children's services this autumn. The island's children's services were rated "
        "inadequate in 2014, before a partnership with Hampshire County Council was set up. At its most recent full "
        "inspection, in 2017, the service was judged good.\n"))
    assert {name for _, name, _, _ in events} == {"Isle of Wight"}


def test_and_that_the_reinspection_found_is_the_new_inspection(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Somerset County Council\nMinutes of a meeting held on Wednesday 17 May 2017\n\nThe Committee considered the "
        "findings of Ofsted's re-inspection of children's services, carried out between 13 February and 9 March "
        "2017. The Committee noted that the Council had been judged inadequate in 2015, and that the re-inspection "
        "had found that services now require improvement to be good overall.\n"))
    assert [(role, grades.get("overall_effectiveness")) for role, _, _, grades in events] == [
        ("subject", "requires_improvement"), ("mentioned", "inadequate")]


@pytest.mark.parametrize(("text", "grades"), [
    # one of the two services of 2009-12, and the capacity to improve: never the overall grade, each its own
    ("Safeguarding services for children in Warrington have been judged adequate by Ofsted inspectors, while "
     "services for looked-after children are good. The council's capacity to improve was judged good.",
     {"safeguarding": "adequate", "looked_after_children": "good", "capacity_for_improvement": "good"}),
    # a safeguarding inspection grades the safeguarding service
    ("In 2010 a safeguarding inspection by Ofsted judged the county's children's services inadequate.",
     {"safeguarding": "inadequate"}),
    ("At the 2012 inspection of safeguarding and looked after children services, Warrington's safeguarding "
     "services were judged adequate.", {"safeguarding": "adequate"}),
])
def test_grades_of_the_inspections_of_2009_to_2012(tmp_path: Path, text: str, grades: dict) -> None:
    events = _events(tmp_path, "Warrington services\n\nPublished 9 March 2012\n\n" + text + "\n")
    assert [g for _, _, _, g in events if g] == ([grades] if grades else [])


def test_the_second_inspection_in_a_row_judged_good_gives_the_one_before_that_grade(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Rotherham good again\n\nPublished: 28 April 2023\n\nRotherham Council's children's services have been rated "
        "good by Ofsted after an inspection between 6 and 17 March 2023. It is the second inspection in a row at "
        "which the council has been judged good, following the 2018 inspection, and it is a long way from 2014, "
        "when inspectors found the council's support for children inadequate.\n"))
    assert ("mentioned", "Rotherham", "2018", {"overall_effectiveness": "good"}) in events
    assert all(grades.get("overall_effectiveness") != "good" for _, _, date, grades in events if date == "2014")


def test_an_outlets_dateline_is_the_pages_date_not_the_inspections(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Inspection round-up: Sefton and Havering improve, Dudley praised for children in care\nChildren & Young "
        "People Now, 3 June 2019\n\nTwo councils "
        "have improved their Ofsted ratings and a third has received a positive focused-visit letter in the latest "
        "batch of children's services inspection results.\n\n"
        "Sefton\nSefton Council has moved out of inadequate after an "
        "inspection in April. Inspectors, who were on site from 1 to 12 April 2019, judged the council's children's "
        "services to require improvement to be good.\n\nHavering\nHavering has been rated good by Ofsted. The "
        "inspection took place from 8 to 18 April 2019.\n\nDudley\nDudley Council received a focused visit on 23 and "
        "24 April 2019, looking at children in care.\n"))
    assert [(role, name, date) for role, name, date, _ in events if role == "subject"] == [
        ("subject", "Sefton", "2019-04-01"), ("subject", "Havering", "2019-04-08"),
        ("subject", "Dudley", "2019-04-23")]
    assert all(date != "2019-04-01" for role, _, date, _ in events if role == "mentioned")


@pytest.mark.parametrize(("text", "expected"), [
    ("Thurrock Council's children's services were rated 'requires improvement to be good' overall by Ofsted after an "
     "inspection in November, falling from the 'good' rating the council received in 2015.",
     [("subject", "Thurrock", "2018-11", {"overall_effectiveness": "requires_improvement"}),
      ("mentioned", "Thurrock", "2015", {"overall_effectiveness": "good"})]),
    ("Medway's children's services, which Ofsted rated good in 2017 after years of improvement from an inadequate "
     "rating, will receive more money.",
     [("mentioned", "Medway", "2017", {"overall_effectiveness": "good"})]),
    ("Birmingham's children's services moved out of inadequate in 2016 after being judged requires improvement by "
     "Ofsted inspectors.",
     [("mentioned", "Birmingham", "2016", {"overall_effectiveness": "requires_improvement"})]),
    ("Southwark Council's children's services were rated good by Ofsted after an inspection in March. It is a step up "
     "from 2012, when a safeguarding inspection rated the borough's services adequate.",
     [("subject", "Southwark", "2018-03", {"overall_effectiveness": "good"}),
      ("mentioned", "Southwark", "2012", {"safeguarding": "adequate"})]),
    ("Children's social care in Lincolnshire has been judged outstanding by Ofsted after an inspection in May - going "
     "one better than its last inspection.",
     [("subject", "Lincolnshire", "2018-05", {"overall_effectiveness": "outstanding"})]),
])
def test_a_grade_beside_another_events_words_stays_with_its_own(tmp_path: Path, text: str, expected: list) -> None:
    assert _events(tmp_path, "Children's services news\n\n" + DATED + text + "\n") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a grade told beside a council's name, up to its year, is the council's earlier inspection's
    ("At Tameside, rated inadequate in 2016, inspectors carrying out a monitoring visit on 15 and 16 October found "
     "slow progress in children's services.",
     [("subject", "Tameside", "2018-10-15", {}), ("mentioned", "Tameside", "2016", {"overall_effectiveness":
                                                                                 "inadequate"})]),
    # the sentence's own verb after a 'since' that ends in a year
    ("Hounslow: the fourth monitoring visit since the council was judged inadequate in July 2016 took place on 6 and "
     "7 November. Inspectors found progress in children's services.",
     [("subject", "Hounslow", "2018-11-06", {}), ("mentioned", "Hounslow", "2016-07", {"overall_effectiveness":
                                                                                     "inadequate"})]),
])
def test_a_monitoring_visit_and_the_judgement_before_it_in_one_sentence(tmp_path: Path, text: str,
                                                                         expected: list) -> None:
    assert _events(tmp_path, "Monitoring visits\n\n" + DATED + text + "\n") == expected


def test_a_headline_grade_after_being_rated_is_the_one_before(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Hackney children's services drop to 'requires improvement' after being rated good\n\n" + DATED + "Ofsted "
        "has told the council it requires improvement to be good after an inspection in November. The report gives "
        "the RI grade overall. The service had been rated 'good' in 2016.\n"))
    assert events[0][3] == {"overall_effectiveness": "requires_improvement"}


def test_a_table_of_two_inspections_gives_the_latest_columns_grades(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "ESSEX COUNTY COUNCIL\nMinutes of the meeting held on Thursday 12 January 2023\n\nThe Committee considered "
        "the report on the inspection of Essex children's services carried out between 26 September and 7 October "
        "2022.\n\nJudgement | 2019 inspection | 2022 inspection\nOverall effectiveness | Outstanding | Outstanding\n"
        "Help and protection | Outstanding | Good\nChildren in care and care leavers | Good | Outstanding\n"))
    assert events[0] == ("subject", "Essex", "2022-09-26", {
        "overall_effectiveness": "outstanding", "help_and_protection": "good",
        "children_in_care_and_care_leavers": "outstanding"})


@pytest.mark.parametrize(("text", "expected"), [
    # a hope, however far the grade stands from the words that hope
    ("Wiltshire's children's services were rated good by Ofsted after an inspection in October. Now we want to match "
     "what our neighbours in Somerset achieved last year and be judged outstanding, the director said.",
     [("subject", "Wiltshire", "2018-10", {"overall_effectiveness": "good"})]),
    ("Kent's children's services were rated requires improvement by Ofsted after an inspection in October. Our "
     "shared aim is to be judged good at the next inspection.",
     [("subject", "Kent", "2018-10", {"overall_effectiveness": "requires_improvement"})]),
    # a participle beside a council's name, then its own verb
    ("Sandwell's children's services were rated good by Ofsted after an inspection in October. Birmingham, judged "
     "inadequate repeatedly for more than a decade, was rated requires improvement in 2016.",
     [("subject", "Sandwell", "2018-10", {"overall_effectiveness": "good"}),
      ("mentioned", "Birmingham", None, {"overall_effectiveness": "inadequate"}),
      ("mentioned", "Birmingham", "2016", {"overall_effectiveness": "requires_improvement"})]),
    # a second council's services after 'after' are that council's
    ("Hartlepool and Darlington councils are to share a director of children's services, after Darlington's "
     "children's services were judged good by Ofsted in October.",
     [("subject", "Darlington", "2018-10", {"overall_effectiveness": "good"})]),
])
def test_grades_hoped_for_or_of_another_council_in_the_sentence(tmp_path: Path, text: str, expected: list) -> None:
    events = _events(tmp_path, "Children's services news\n\n" + DATED + text + "\n")
    assert [e for e in events if e[3] or e[2]] == expected


def test_two_councils_that_share_a_director_do_not_share_an_inspection(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Isle of Wight Council\nMinutes of the meeting held on 14 September 2023\n\nSince 2013 children's services on "
        "the Island had been delivered through a partnership with Hampshire County Council, under which the two "
        "councils shared a director of children's services. The Committee noted that Ofsted had inspected the Isle "
        "of Wight's children's services between 10 and 21 July 2023 and judged them good overall.\n"))
    assert [(role, name) for role, name, _, _ in events] == [("subject", "Isle of Wight")]


def test_visits_since_a_judgement_are_visits_not_that_judgements_inspection(tmp_path: Path) -> None:
    _, mentioned = _subjects_and_mentioned(tmp_path, (
        "Nottingham's children's services\n\n" + DATED + "Nottingham City Council's children's services had a focused "
        "visit from Ofsted in November. Since being judged inadequate the council has received five monitoring "
        "visits, the most recent in October 2017.\n"))
    assert [(e["kind"], e["start_date"], e["judgements"]) for e in mentioned
            if e["start_date"] == "2017-10"] == [("monitoring_visit", "2017-10", {})]


def test_a_visit_told_with_the_decline_since_an_earlier_inspection_is_not_the_storys_kind(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Southampton rated inadequate as Ofsted finds children left at risk\n\n" + DATED + "Southampton City Council's "
        "children's services have been rated inadequate by Ofsted after an inspection from 2 to 13 November 2018. It "
        "was a decline from 2015, when the council was found to require improvement, and follows a 2017 focused visit "
        "that found one area for priority action.\n"))
    assert events[:2] == [
        ("subject", "Southampton", "2018-11-02", {"overall_effectiveness": "inadequate"}),
        ("mentioned", "Southampton", "2015", {"overall_effectiveness": "requires_improvement"})]


JOURNEY_DATED = "Council's children's services now good\n\nPublished 20 May 2024\n\n"


@pytest.mark.parametrize(("sentence", "expected"), [
    # each step of a journey told in one sentence keeps its own year: the 2022 grade is not the new one
    ("York's children's services, judged inadequate in 2019, climbed to requires improvement in 2022 and then to "
     "good in February 2024, Ofsted's latest report shows.",
     [("subject", "York", "2024-02", {"overall_effectiveness": "good"}),
      ("mentioned", "York", "2019", {"overall_effectiveness": "inadequate"}),
      ("mentioned", "York", "2022", {"overall_effectiveness": "requires_improvement"})]),
    ("York's children's services have gone from inadequate in 2017 through requires improvement in 2021 to good "
     "this spring, inspectors said.",
     [("subject", "York", "2024", {"overall_effectiveness": "good"}),
      ("mentioned", "York", "2017", {"overall_effectiveness": "inadequate"}),
      ("mentioned", "York", "2021", {"overall_effectiveness": "requires_improvement"})]),
    # the new grade and the journey's start in one clause: the start's year is not the new grade's
    ("Torbay Council's children's services have been judged good by Ofsted, completing a journey from inadequate in "
     "2017 through requires improvement in 2021 to good this spring.",
     [("subject", "Torbay", "2024", {"overall_effectiveness": "good"}),
      ("mentioned", "Torbay", "2017", {"overall_effectiveness": "inadequate"}),
      ("mentioned", "Torbay", "2021", {"overall_effectiveness": "requires_improvement"})]),
    # a journey wholly in the past is no new inspection
    ("Ofsted inspectors said York's children's services went from good in 2014 to inadequate in 2019.",
     [("mentioned", "York", "2014", {"overall_effectiveness": "good"}),
      ("mentioned", "York", "2019", {"overall_effectiveness": "inadequate"})]),
])
def test_a_journey_in_one_sentence_keeps_each_grade_to_its_year(tmp_path: Path, sentence: str,
                                                                 expected: list) -> None:
    assert _events(tmp_path, JOURNEY_DATED + sentence + "\n") == expected


def test_a_grade_held_since_a_year_is_that_years_inspection(tmp_path: Path) -> None:
    # a second council introduced with the grade it has held since a year is no subject of the story
    assert _events(tmp_path, (
        "Island's children's services rated good\n\nPublished 14 March 2024\n\nThe Isle of Wight Council's "
        "children's services have been rated good by Ofsted following an inspection in January. Leicester City "
        "Council, which is a separate authority, has been rated requires improvement since 2019.\n")) == [
        ("subject", "Isle of Wight", "2024-01", {"overall_effectiveness": "good"}),
        ("mentioned", "Leicester", "2019", {"overall_effectiveness": "requires_improvement"})]
