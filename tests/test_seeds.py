"""The five seed documents (../shared/seeds) and the facts the issue pins for each."""

from __future__ import annotations

import pytest

from oversight.extract import ContextFactory, extract_path
from tests.conftest import SHARED

SEEDS = SHARED / "seeds"


@pytest.fixture(scope="module")
def seed():
    if not SEEDS.is_dir():
        pytest.skip(f"the seed documents are not at {SEEDS}")
    factory = ContextFactory()

    def read(prefix: str) -> dict:
        [path] = sorted(SEEDS.glob(f"{prefix}_*"))
        return extract_path(path, factory)

    return read


def _events(result: dict, role: str) -> list[dict]:
    return [e for e in result["events"] if e["role"] == role]


def _people(result: dict) -> dict[str, str]:
    return {p["name"]: p["role"] for p in result["people"]}


def test_003_focused_visit_letter(seed) -> None:
    result = seed("003")
    assert result["document_type"] == "focused_visit_letter"
    [visit] = _events(result, "subject")
    assert visit["kind"] == "focused_visit"
    assert visit["local_authority"]["name"] == "South Tyneside"
    assert (visit["start_date"], visit["end_date"], visit["published_date"]) == ("2022-03-02", "2022-03-03", "2022-04-06")
    assert visit["inspectors"] == ["Louise Walker", "Julie Knight"] and visit["lead_inspector"] == "Louise Walker"
    assert visit["focus_areas"] == ["care leavers"]
    assert len(visit["areas_for_improvement"]) == 1 and "recording of supervision" in visit["areas_for_improvement"][0]
    assert _people(result)["Shona Gallagher"] == "director of children's services"


def test_004_cabinet_minutes_of_a_full_inspection(seed) -> None:
    result = seed("004")
    assert result["document_type"] == "council_minutes"
    assert result["local_authority"]["name"] == "North Tyneside"
    [inspection] = _events(result, "subject")
    assert inspection["kind"] == "full_inspection"
    assert (inspection["start_date"], inspection["end_date"]) == ("2020-03-09", "2020-03-13")
    assert inspection["published_date"] == "2020-04-15"
    # minutes tell Ofsted's grades in their own words: reported, with their evidence (docs/accuracy.md)
    assert inspection["judgements"] == {}
    assert inspection["reported_judgements"] == {"overall_effectiveness": "outstanding",
                                                 "children_in_care_and_care_leavers": "good"}
    assert len(inspection["areas_for_improvement"]) == 2
    assert inspection["areas_for_improvement"][0].startswith("Supervision and management oversight")
    assert inspection["areas_for_improvement"][1].startswith("In the absence of good-quality life-story work")
    assert inspection["action_plan_due_date"] == "2020-07-21"


def test_002_bbc_story_with_no_year(seed) -> None:
    result = seed("002")
    assert result["document_type"] == "news_article"
    [inspection] = _events(result, "subject")
    assert inspection["kind"] == "full_inspection" and inspection["local_authority"]["name"] == "South Tyneside"
    assert inspection["start_date"] is None and inspection["end_date"] is None
    assert any("no year" in w for w in result["warnings"])
    # a news story's grades are reported, not stated (docs/accuracy.md); the rules read them as the issue pins
    assert inspection["judgements"] == {}
    assert inspection["reported_judgements"] == {"overall_effectiveness": "inadequate"}
    [earlier] = _events(result, "mentioned")
    assert (earlier["kind"], earlier["start_date"], earlier["reported_judgements"]) == (
        "full_inspection", "2017", {"overall_effectiveness": "good"})
    assert any("reported, not stated" in w for w in result["warnings"])
    people = _people(result)
    assert people["Tracey Dixon"] == "council leader" and people["Jonathan Tew"] == "chief executive"


def test_001_local_news_of_a_focused_visit(seed) -> None:
    result = seed("001")
    assert result["document_type"] == "news_article"
    [visit] = _events(result, "subject")
    assert visit["kind"] == "focused_visit" and visit["local_authority"]["name"] == "South Tyneside"
    assert visit["start_date"] is None and any("February" in w for w in result["warnings"])
    [earlier] = _events(result, "mentioned")
    assert (earlier["kind"], earlier["start_date"], earlier["judgements"], earlier["reported_judgements"]) == (
        "full_inspection", "2017", {}, {"overall_effectiveness": "good"})
    assert _people(result)["Moira Smith"] == "cabinet member"


def test_000_press_release_of_the_third_monitoring_visit(seed) -> None:
    result = seed("000")
    assert result["document_type"] == "press_release"
    [visit] = _events(result, "subject")
    assert visit["kind"] == "monitoring_visit" and visit["visit_number"] == 3
    assert visit["local_authority"]["name"] == "South Tyneside"
    assert (visit["start_date"], visit["published_date"]) == ("2024-07", "2024-08-30")
    assert visit["focus_areas"] == ["recording of decision making",
                                    "ensuring there are enough regulated homes and permanent placements",
                                    "scrutiny and challenge"]
    [earlier] = _events(result, "mentioned")
    # read from the text alone, no address says the council's own site published it: its grade is reported
    assert earlier["judgements"] == {}
    assert earlier["reported_judgements"] == {"overall_effectiveness": "inadequate"}
    assert earlier["start_date"] == "2023-02"  # 'a year and a half' before the letter of 30 August 2024
    assert _people(result)["Liz McHugh"] == "lead member"


def test_every_seed_value_has_evidence(seed) -> None:
    for prefix in ("000", "001", "002", "003", "004"):
        result = seed(prefix)
        fields = {e["field"] for e in result["evidence"]}
        for index, event in enumerate(result["events"]):
            for name in ("start_date", "published_date", "visit_number", "action_plan_due_date", "lead_inspector"):
                if event.get(name) is not None:
                    assert f"events[{index}].{name}" in fields, (prefix, index, name)
            for key in event["judgements"]:
                assert f"events[{index}].judgements.{key}" in fields, (prefix, key)
            for key in event.get("reported_judgements", {}):
                assert f"events[{index}].reported_judgements.{key}" in fields, (prefix, key)
