"""Grades told in sentences: what real pages showed the rules getting wrong (each test named after it)."""

from __future__ import annotations

from datetime import date

import pytest

from oversight.extract.shared.judgements import care_judgements_of_their_time, prose_grades


def _grades(sentence: str, on: date | None = None) -> dict[str, str]:
    found: dict[str, str] = {}
    for grade in prose_grades(sentence, 0, len(sentence), on):
        found.setdefault(grade.key, grade.grade)
    return found


def test_a_grade_needed_or_hoped_for_is_not_given() -> None:
    assert _grades("The report said the council requires improvement in several areas in order to get a 'good' "
                   "rating.") == {}
    assert _grades("The director said the ambition was to progress to a rating of good by next year.") == {}


def test_good_in_some_areas_is_not_the_overall_grade() -> None:
    found = _grades("Services were judged good in three areas, including help and protection.")
    assert "overall_effectiveness" not in found


def test_the_grade_after_another_area_belongs_to_that_area() -> None:
    found = _grades("The council was judged to be requires improvement to be good for the experiences and progress "
                    "of children in care and care leavers, with overall effectiveness as inadequate.")
    assert found == {"children_in_care_and_care_leavers": "requires_improvement",
                     "overall_effectiveness": "inadequate"}


def test_sif_areas_are_named_as_the_sif_named_them() -> None:
    found = _grades("The service was judged 'outstanding' for leadership, management and governance, and "
                    "'outstanding' for adoption performance.", date(2016, 1, 1))
    assert found == {"leadership_management_governance": "outstanding", "adoption_performance": "outstanding"}
    judgements = {"impact_of_leaders": "good", "children_in_care_and_care_leavers": "good"}
    care_judgements_of_their_time(judgements, date(2015, 6, 1))
    assert judgements == {"leadership_management_governance": "good", "children_looked_after": "good",
                          "care_leavers": "good"}


def test_an_ilacs_inspection_grades_no_board() -> None:
    judgements = {"overall_effectiveness": "good", "lscb": "good"}
    care_judgements_of_their_time(judgements, date(2022, 7, 1))
    assert judgements == {"overall_effectiveness": "good"}


def test_a_grade_other_councils_failed_to_reach_is_not_this_councils() -> None:
    assert _grades("There are concerns that relatively few councils are achieving a 'good' rating.") == {}


def test_each_council_of_a_sentence_keeps_its_own_grade(tmp_path) -> None:
    from oversight.extract import ContextFactory, extract_path

    page = tmp_path / "story.txt"
    page.write_text("Two councils judged\n\nPublished 19 December 2018\n\nLeeds City Council's children's social care "
                    "services have been rated 'outstanding' by Ofsted, while Calderdale Council has achieved a 'good' "
                    "rating after an inspection in November 2018.\n", "utf-8")
    result = extract_path(page, ContextFactory(press_grades=True))
    grades = {e["local_authority"]["name"]: e["judgements"].get("overall_effectiveness")
              for e in result["events"] if e["role"] == "subject"}
    assert grades == {"Leeds": "outstanding", "Calderdale": "good"}


def test_a_grade_then_the_areas_it_was_given_for() -> None:
    found = _grades("It was reported that Good ratings were received for the impact of leaders on social work practice "
                    "with children and families and overall effectiveness")
    assert found == {"impact_of_leaders": "good", "overall_effectiveness": "good"}
    found = _grades("Ofsted found Warrington to be 'good' in adoption performance and the 'experiences and progress "
                    "of care leavers'", date(2015, 3, 1))
    assert found == {"adoption_performance": "good", "care_leavers": "good"}


def test_overall_good_for_its_arrangements_is_the_overall_grade() -> None:
    found = _grades("Inspectors have rated the council as 'overall good' for its arrangements for children in need of "
                    "help and protection and children in care.")
    assert found == {"overall_effectiveness": "good"}


def test_areas_listed_then_all_found_to_be_one_grade() -> None:
    found = _grades("the impact of leaders, the experiences and progress of children who need help and protection and "
                    "the experiences and progress of care leavers all found to be good", date(2024, 10, 1))
    assert found == {"impact_of_leaders": "good", "help_and_protection": "good", "care_leavers": "good"}


def test_all_other_areas_are_every_area_not_graded_before() -> None:
    found = _grades("The impact of leaders was judged outstanding. All other areas, including overall effectiveness, were "
                    "rated as good.", date(2021, 3, 1))
    assert found == {"impact_of_leaders": "outstanding", "overall_effectiveness": "good", "help_and_protection": "good",
                     "children_in_care_and_care_leavers": "good"}


def test_a_sub_rating_names_its_area_after_it() -> None:
    assert _grades("There is an 'outstanding' sub rating for the experiences and progress of care leavers.",
                   date(2017, 6, 1)) == {"care_leavers": "outstanding"}


def test_an_area_moved_from_one_grade_to_another_has_the_second() -> None:
    assert _grades("Support for care leavers has been downgraded from 'outstanding' to 'good'.", date(2019, 6, 1)) == {
        "care_leavers": "good"}


def test_requires_improvement_is_its_own_verb_after_an_area() -> None:
    assert _grades("The effectiveness of the Local Safeguarding Children Board (LSCB) requires improvement.") == {
        "lscb": "requires_improvement"}


def test_rating_areas_as_a_grade() -> None:
    assert _grades("Staff morale improved, leading to inspectors rating leadership, management and governance, in "
                   "addition to adoption support, as \"good\".", date(2017, 7, 1)) == {
        "leadership_management_governance": "good", "adoption_performance": "good"}


def test_a_headlines_quoted_grade_after_the_services() -> None:
    assert _grades("Local Childrens' Services 'Require Improvement'") == {"overall_effectiveness": "requires_improvement"}
    assert _grades("Children's services at Example City Council still \"requires improvement\", inspectors said.") == {
        "overall_effectiveness": "requires_improvement"}


def test_a_table_of_two_inspections_gives_only_rows_with_both_cells() -> None:
    from oversight.extract.shared.judgements import table_grades

    text = ("The report was published with these judgements:\n\n2024 Grade\n\n2021 Grade\n\n"
            "Overall effectiveness\n\nGood\n\nRequires improvement to be good\n\n"
            "The experiences and progress of children in care\n\n\nGood\n\n"
            "The experiences and progress of care leavers\n\nGood\n\nGood\n")
    found = {(g.key, g.grade) for g in table_grades(text, 0, len(text))}
    # the children in care row has one cell empty: whose grade the other is, the text does not say
    assert found == {("overall_effectiveness", "good"), ("care_leavers", "good")}
    # one column: every row stands
    single = text.replace("2021 Grade\n\n", "")
    assert ("children_in_care", "good") in {(g.key, g.grade) for g in table_grades(single, 0, len(single))}


def test_the_ends_of_the_scale_as_the_press_names_them() -> None:
    assert _grades("It had been given Ofsted's lowest judgment.") == {"overall_effectiveness": "inadequate"}
    assert _grades("The council achieved the highest Ofsted rating.") == {"overall_effectiveness": "outstanding"}
    assert _grades("It has one of the lowest ratings of children's wellbeing.") == {}


def test_every_area_of_an_undated_inspection_is_the_areas_its_list_names_by_the_sifs_names() -> None:
    text = ("Essex achieved 'good' in all categories:\n\n1. The experience of children in need of help and "
            "protection\n\n2. The experience of children looked after and achieving permanence\n\n3. Leadership, "
            "management and governance.\n")
    end = text.index(":") + 1
    found = {g.key: g.grade for g in prose_grades(text, 0, end, None)}
    assert found == {"overall_effectiveness": "good", "help_and_protection": "good", "children_looked_after": "good",
                     "leadership_management_governance": "good"}


def test_every_area_of_an_undated_inspection_named_in_other_words_is_the_latest_frameworks() -> None:
    assert set(_grades("It found them to be 'Outstanding' in all four areas of focus.")) == {
        "overall_effectiveness", "impact_of_leaders", "help_and_protection", "children_in_care_and_care_leavers"}


def test_ofsted_may_stand_before_rating_only_after_words_that_count_or_rank_it() -> None:
    assert _grades("Two boroughs have received a record third consecutive 'outstanding' Ofsted rating.") == {
        "overall_effectiveness": "outstanding"}
    assert _grades("There is no case for a trust in the wake of an 'inadequate' Ofsted judgment.") == {}


def test_a_comparison_at_the_end_of_a_scale_is_no_grade() -> None:
    assert _grades("Wigan Council's children's services have the lowest rating of any council in the North West "
                   "for adoption timeliness.") == {}
    assert _grades("Wigan Council has the lowest Ofsted rating in the region.") == {}


def test_the_services_grade_in_plain_words() -> None:
    # seen in real minutes and releases: no word of rating, the services named as the thing graded
    assert _grades("The inspection found the services to be inadequate.") == {"overall_effectiveness": "inadequate"}
    assert _grades("The inspection concluded that services 'require improvement to be good'.") == {
        "overall_effectiveness": "requires_improvement"}
    assert _grades("She said the outcome was 'Requires Improvement'.") == {
        "overall_effectiveness": "requires_improvement"}
    assert _grades("Ofsted judged them to be providing the children of Swindon with a 'good' service.") == {
        "overall_effectiveness": "good"}


def test_plain_words_that_grade_nothing() -> None:
    assert _grades("The result was good news for the council.") == {}
    assert _grades("The council is providing a good service to foster carers.") == {}
    assert _grades("Inspectors found the adoption service to be outstanding.") == {"adoption_performance": "outstanding"}


def test_a_grade_in_every_category_is_every_areas() -> None:
    assert _grades("It is the only authority to have received an 'outstanding' grade in every category.",
                   date(2018, 6, 1)) == {
        "overall_effectiveness": "outstanding", "impact_of_leaders": "outstanding",
        "help_and_protection": "outstanding", "children_in_care_and_care_leavers": "outstanding"}


def test_every_area_but_the_one_excepted() -> None:
    # the area excepted keeps its own grade, or none where the words after it give none
    assert _grades("Inspectors rated the council outstanding in every area except care leavers, which was judged "
                   "good.", date(2024, 6, 1)) == {
        "overall_effectiveness": "outstanding", "impact_of_leaders": "outstanding",
        "help_and_protection": "outstanding", "children_in_care": "outstanding", "care_leavers": "good"}
    assert _grades("All sub-categories also received a grade of Outstanding with the exception of 'the experiences "
                   "and progress of Care Leavers', which received a Good.", date(2025, 11, 1)) == {
        "overall_effectiveness": "outstanding", "impact_of_leaders": "outstanding",
        "help_and_protection": "outstanding", "children_in_care": "outstanding", "care_leavers": "good"}
    assert _grades("The council was judged good in all areas apart from the experiences and progress of care "
                   "leavers.", date(2024, 6, 1)) == {
        "overall_effectiveness": "good", "impact_of_leaders": "good", "help_and_protection": "good",
        "children_in_care": "good"}


def test_every_area_but_one_unnamed_grades_none() -> None:
    assert _grades("Services were rated good in every area bar one.") == {}
    assert _grades("Services were rated good in all areas except for one.") == {}


def test_a_condition_gives_no_grade_but_a_question_asked_about_one_does() -> None:
    assert _grades("If the outcome is 'Inadequate', the government could appoint a commissioner.") == {}
    assert _grades("Council leaders hope the outcome is 'Good'.") == {}
    assert _grades("Members asked whether the previous Ofsted judgement of requires improvement to be good had any "
                   "bearing.") == {"overall_effectiveness": "requires_improvement"}
    assert _grades("Members asked if the previous Ofsted judgement of good still stood.") == {
        "overall_effectiveness": "good"}


def test_a_council_compared_with_others_keeps_its_own_grade() -> None:
    assert _grades("Like many councils, Bradford has been rated requires improvement.") == {
        "overall_effectiveness": "requires_improvement"}
    assert _grades("Leeds is one of only three councils in Yorkshire to be rated outstanding.") == {
        "overall_effectiveness": "outstanding"}
    assert _grades("Many councils have been rated inadequate.") == {}


def test_a_leap_to_a_grade_is_the_grade() -> None:
    assert _grades("Ofsted said Leeds had leapt from good to outstanding.") == {"overall_effectiveness": "outstanding"}


def test_every_area_graded_and_its_exceptions_in_more_shapes() -> None:
    assert _grades("Inspectors graded every area outstanding save for care leavers, which was rated good.",
                   date(2024, 1, 1)) == {
        "overall_effectiveness": "outstanding", "impact_of_leaders": "outstanding",
        "help_and_protection": "outstanding", "children_in_care": "outstanding", "care_leavers": "good"}
    assert _grades("Services were rated inadequate in all areas other than adoption, which requires improvement.",
                   date(2016, 2, 1)) == {
        "overall_effectiveness": "inadequate", "help_and_protection": "inadequate",
        "children_looked_after": "inadequate", "care_leavers": "inadequate",
        "leadership_management_governance": "inadequate", "adoption_performance": "requires_improvement"}
    assert _grades("Services were rated good in every area, except that the impact of leaders was judged "
                   "outstanding.", date(2019, 1, 1)) == {
        "overall_effectiveness": "good", "help_and_protection": "good", "children_in_care_and_care_leavers": "good",
        "impact_of_leaders": "outstanding"}
    # one area unnamed had another grade: which, the text does not say
    assert _grades("Inspectors rated every area good bar one, which required improvement.", date(2018, 8, 1)) == {}


def test_every_area_of_a_list_takes_the_grade_after_it() -> None:
    # the middle names of a list of areas had been left out: only the first and last took the grade
    assert _grades("They rated overall effectiveness, help and protection and the impact of leaders good, children in "
                   "care good and care leavers requires improvement.") == {
        "overall_effectiveness": "good", "help_and_protection": "good", "impact_of_leaders": "good",
        "children_in_care": "good", "care_leavers": "requires_improvement"}
    assert _grades("Help and protection, care leavers and the impact of leaders were each found to require "
                   "improvement.") == {"help_and_protection": "requires_improvement",
                                       "care_leavers": "requires_improvement",
                                       "impact_of_leaders": "requires_improvement"}
    assert _grades("The impact of leaders, the experiences of children who need help and protection and the "
                   "experiences of children in care had each been judged good.") == {
        "impact_of_leaders": "good", "help_and_protection": "good", "children_in_care": "good"}
    # a verb between the areas ends the list
    assert _grades("Inspectors judged that children in care were well supported and rated leadership good.") == {}


def test_good_overall_and_in_every_area() -> None:
    assert set(_grades("It was outstanding overall and in every area.", date(2022, 5, 1))) == {
        "overall_effectiveness", "impact_of_leaders", "help_and_protection", "children_in_care_and_care_leavers"}
    assert _grades("The council was rated all five judgement areas outstanding.", date(2024, 5, 1)) == {
        key: "outstanding" for key in ("overall_effectiveness", "impact_of_leaders", "help_and_protection",
                                       "children_in_care", "care_leavers")}


def test_required_improvement_is_a_grade_told_in_the_past() -> None:
    assert _grades("Their report found that help and protection required improvement.") == {
        "help_and_protection": "requires_improvement"}
    assert _grades("The previous inspection had also found the service required improvement.") == {
        "overall_effectiveness": "requires_improvement"}


@pytest.mark.parametrize(("sentence", "grades"), [
    ("The impact of leaders on social work practice with children and families was judged good, as were the "
     "experiences and progress of children who need help and protection.",
     {"impact_of_leaders": "good", "help_and_protection": "good"}),
    ("They rated the council requires improvement overall, and for the help and protection of children and the "
     "impact of leaders.", {"overall_effectiveness": "requires_improvement",
                            "help_and_protection": "requires_improvement", "impact_of_leaders": "requires_improvement"}),
])
def test_areas_after_a_grade_share_it_and_an_area_named_far_back_keeps_its_own(sentence: str,
                                                                              grades: dict[str, str]) -> None:
    # (the grade of the impact of leaders, named 70 characters before 'judged good', is no overall grade)
    assert _grades(sentence, date(2024, 3, 1)) == grades


@pytest.mark.parametrize(("sentence", "grades"), [
    ("They rated the overall effectiveness of services good, along with the impact of leaders.",
     {"overall_effectiveness": "good", "impact_of_leaders": "good"}),
    ("They judged the overall effectiveness to require improvement to be good, with the same grade for help and "
     "protection.", {"overall_effectiveness": "requires_improvement", "help_and_protection": "requires_improvement"}),
])
def test_more_ways_areas_share_a_grade(sentence: str, grades: dict[str, str]) -> None:
    assert _grades(sentence, date(2024, 3, 1)) == grades


def test_the_top_grade_in_every_area_is_outstanding_in_each() -> None:
    grades = _grades("Inspectors gave the council the top grade in every area.", date(2019, 1, 1))
    assert grades and set(grades.values()) == {"outstanding"}


def test_a_list_of_areas_judged_to_require_improvement() -> None:
    # (round eleven: only the last area of each list had been read)
    assert _grades("Inspectors judged overall effectiveness, children who need help and protection, children looked "
                   "after and achieving permanence, and leadership, management and governance to require "
                   "improvement.") == {
        "overall_effectiveness": "requires_improvement", "help_and_protection": "requires_improvement",
        "children_looked_after": "requires_improvement", "leadership_management_governance": "requires_improvement"}
    assert _grades("The impact of leaders was rated good, while help and protection and the experiences and progress "
                   "of children in care and care leavers both require improvement.") == {
        "impact_of_leaders": "good", "help_and_protection": "requires_improvement",
        "children_in_care_and_care_leavers": "requires_improvement"}


def test_care_alone_judged_in_a_headline_is_not_the_services_grade() -> None:
    assert _grades("Leeds children's services keep 'good' Ofsted rating as care judged outstanding") == {}
    assert _grades("Children's social care judged outstanding") == {"overall_effectiveness": "outstanding"}
