"""The tools that check and compare readings by eye before they are settled into tests/gold/."""

from __future__ import annotations

import copy

from benchmarks.check_annotations import page_problems
from benchmarks.compare_annotations import page_differences

TASK = {"file": "001.txt", "url": "https://example.gov.uk/news/1", "sha256": "ab" * 32}
EVENT = {"kind": "full_inspection", "authority_urn": "80426", "start_date": "2024-03", "end_date": None,
         "published_date": None, "visit_number": None, "lead_inspector": None, "inspectors": [],
         "judgements": {"overall_effectiveness": "good"}, "focus_areas_count": None,
         "areas_for_improvement_count": None, "action_plan_due_date": None}
PAGE = {**TASK, "document_type": "press_release", "publisher": "council", "page_date": "2024-05-02",
        "authority_urn": "80426", "subjects": [EVENT], "mentioned": [], "people": [{"name": "A Person",
                                                                                     "role": "council leader"}],
        "notes": "a council's release"}
URNS = {"80426", "80427"}


def test_a_reading_in_the_guides_form_has_no_problems() -> None:
    assert page_problems(PAGE, TASK, URNS) == []


def test_each_departure_from_the_form_is_named() -> None:
    page = copy.deepcopy(PAGE)
    page["sha256"] = "cd" * 32
    page["page_date"] = "2 May 2024"
    page["subjects"][0]["judgements"] = {"overall effectiveness": "very good"}
    page["subjects"][0]["authority_urn"] = "99999"
    page["mentioned"] = [{**EVENT, "kind": "monitoring_visit", "visit_number": 2}]
    problems = page_problems(page, TASK, URNS)
    assert any(p.startswith("sha256 is") for p in problems)
    assert any(p.startswith("page_date:") for p in problems)
    assert any("not snake_case" in p for p in problems)
    assert any("'very good'" in p for p in problems)
    assert any("99999" in p for p in problems)
    assert any("ungraded but has judgements" in p for p in problems)
    other = {**PAGE, "document_type": "other"}
    assert "an 'other' page has no subjects and no mentioned events" in page_problems(other, TASK, URNS)


def test_two_readings_differ_value_by_value() -> None:
    second = copy.deepcopy(PAGE)
    assert page_differences(PAGE, second) == []
    second["publisher"] = "press"
    second["subjects"][0]["judgements"] = {"overall_effectiveness": "outstanding"}
    second["mentioned"] = [{**EVENT, "start_date": "2019"}]
    second["people"] = []
    lines = page_differences(PAGE, second)
    assert 'publisher: "council" | "press"' in lines
    assert any(line.startswith("subjects[1]") and "judgements" in line for line in lines)
    assert any(line.startswith("mentioned[1]: (none) | full_inspection of 80426 (2019)") for line in lines)
    assert any("A Person" in line and "only in the first" in line for line in lines)
