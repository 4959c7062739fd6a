"""The sixteenth session's third blind round: twenty-two a (a tenth ordinary sample) and twenty-two b (pages whose
events or councils are told apart by layout), measured on a frozen copy at 32d592a. Each cause a reviewer found is
pinned here on a page the test writes, in its own words, with what the page should give."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from oversight.extract.shared.judgements import prose_grades
from tests.test_account_blind_rounds import _events


def test_a_round_up_of_assurance_visits_grades_none_of_them(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Children & Young People Now\n\nOfsted assurance visits find councils kept children safe during pandemic\n\n"
        "Thursday, November 19, 2020\n\nInspectors have found that two councils' children's services protected "
        "children well, in letters published after the latest round of Ofsted assurance visits. The visits are not graded.\n\nIn Leicestershire, "
        "inspectors who visited on 29 and 30 September said leaders had acted swiftly.\n\nCornwall was visited on 13 "
        "and 14 October. Inspectors said the council's leadership, recognised when Cornwall was judged outstanding "
        "earlier this year, had held up through the pandemic.\n"))
    subjects = sorted((name, kind, grades) for role, kind, name, _, grades in events if role == "subject")
    assert subjects == [("Cornwall", "other", {}), ("Leicestershire", "other", {})]


def test_one_service_named_before_a_grade_is_that_ones_not_both() -> None:
    text = ("Members were reminded that when Ofsted inspected Kent's safeguarding and looked after children services in "
            "2010, safeguarding had been judged inadequate.")
    assert [(g.key, g.grade) for g in prose_grades(text, 0, len(text), date(2010, 7, 1))] == [
        ("safeguarding", "inadequate")]
    both = "In 2012, safeguarding and looked after children's services at Lambeth were rated outstanding."
    assert {(g.key, g.grade) for g in prose_grades(both, 0, len(both), date(2012, 7, 1))} == {
        ("safeguarding", "outstanding"), ("looked_after_children", "outstanding")}


def test_a_months_pair_with_a_slash_and_several_visits_undated(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Sandwell Council\n\nOur Ofsted improvement journey\n\nThis page sets out the main inspections and visits since "
        "2010.\n\nKey dates\n\n• 1–12 March 2010 – Safeguarding and looked after children inspection. Safeguarding "
        "services: ADEQUATE. Services for looked after children: GOOD.\n\n• January/February 2015 – Single inspection "
        "of services for children in need of help and protection. Overall: INADEQUATE.\n\n• 2015 to 2017 – seven "
        "monitoring visits by Ofsted.\n\n• 3–14 October 2022 – ILACS standard inspection. Overall effectiveness: "
        "REQUIRES IMPROVEMENT TO BE GOOD.\n\nPage last updated: 14 August 2024\n"))
    assert [(role, kind, start) for role, kind, _, start, _ in events] == [
        ("subject", "full_inspection", "2022-10-03"), ("mentioned", "full_inspection", "2010-03-01"),
        ("mentioned", "full_inspection", "2015-01")]
    assert _by_start(events)["2015-01"] == {"overall_effectiveness": "inadequate"}


def _by_start(events: list) -> dict:
    return {start: grades for _, _, _, start, grades in events}


def test_a_question_states_no_grade_and_a_rule_for_every_council_is_no_ones(tmp_path: Path) -> None:
    question = "Was that the first time Bradford had been judged inadequate?"
    assert prose_grades(question, 0, len(question), date(2023, 1, 1)) == []
    events = _events(tmp_path, (
        "Written question, answered on 13 February 2024\n\nThe department intervenes in every local authority whose "
        "children's social care is judged inadequate by Ofsted. Bradford's services were inspected in July 2022. "
        "Where an authority is subsequently judged to be requires improvement to be good or better, the department "
        "will normally revoke the direction.\n"))
    assert not any(grades.get("overall_effectiveness") in ("inadequate", "requires_improvement")
                   for role, _, _, start, grades in events if role == "subject" and start is None)


def test_a_story_comparing_its_council_with_a_neighbours_box(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "Bournemouth Echo\n\nBCP Council children's services no longer 'inadequate' – and how they compare with "
        "Dorset\n\n5 July 2024\n\nChildren's services at BCP Council have been lifted out of the lowest Ofsted "
        "category. The report of an inspection carried out between 13 and 24 May was published yesterday.\n\n"
        "BCP COUNCIL\nLatest inspection: May 2024\nOverall effectiveness: Requires improvement\n\nDORSET COUNCIL\n"
        "Latest inspection: February 2024\nOverall effectiveness: Good\n"))
    assert [(role, name, start) for role, _, name, start, _ in events if role == "subject"] == [
        ("subject", "Bournemouth, Christchurch and Poole", "2024-05-13")]
    assert [(name, grades) for role, _, name, _, grades in events if role == "mentioned" and name == "Dorset"] == [
        ("Dorset", {"overall_effectiveness": "good"})]


def test_a_comparison_gives_no_grade_and_the_board_itself_is_the_boards(tmp_path: Path) -> None:
    text = "The last time services were judged better than inadequate was in 2018."
    assert prose_grades(text, 0, len(text), date(2018, 7, 1)) == []
    events = _events(tmp_path, (
        "Doncaster Children's Services Trust\n\nDoncaster Council's children's services: our story\n\n2014\nOfsted's single inspection in October and "
        "November 2014 judged services inadequate. The board itself was found to require improvement.\n\n2017\nOfsted "
        "judged services good.\n\n2021\nA focused visit looked at children in care.\n"))
    assert _by_start(events)["2014-10"] == {"overall_effectiveness": "inadequate", "lscb": "requires_improvement"}


def test_letters_to_councils_whose_services_are_rated_inadequate_are_no_ones() -> None:
    # a kind of council described, after 'to': councils in general, so no one council's grade (a round-up's lead, whose
    # page's own council was named first in its headline)
    from oversight.extract.accounts.accounts import _of_councils_in_general
    from oversight.extract.shared.prose import Clause

    text = "Ofsted has published its latest letters to councils whose children's services are rated inadequate."
    assert _of_councils_in_general(Clause(text, 0, len(text)), [])
