"""The real corpus (../shared/corpus): every report extracts, every bad file says why, no SEND report is an event."""

from __future__ import annotations

import csv
from pathlib import Path

import jsonschema
import pytest

from oversight.extract.batch import extract_many, walk
from oversight.extract.gates.accuracy import missing_evidence
from oversight.spec import extraction_schema

pytestmark = pytest.mark.corpus

# The three corpus files that are really HTML error pages saved under a .pdf name.
HTML_ERROR_PAGES = {"80429/2012-10-19.pdf", "80490/2012-08-17.pdf", "80543/2012-08-10.pdf"}
# Surrey 2015: a review of the Local Safeguarding Children Board published on its own, with no council grades.
LSCB_REVIEW_ONLY = {"80567/2015-08-03.pdf"}
# North Lincolnshire 2022, outstanding throughout: its "What needs to improve?" is a paragraph with no items.
NO_IMPROVEMENT_ITEMS = {"80527/2022-11-25.pdf"}


@pytest.fixture(scope="module")
def results(corpus: Path) -> dict[str, dict]:
    reports = corpus / "reports"
    files = walk([reports])
    out = list(extract_many(files, str(reports / "manifest.csv"), workers=2))
    return {str(Path(r["source"]["path"]).relative_to(reports)): r for r in out}


@pytest.fixture(scope="module")
def manifest(corpus: Path) -> dict[str, dict]:
    with (corpus / "reports" / "manifest.csv").open(encoding="utf-8-sig") as handle:
        return {row["path"]: row for row in csv.DictReader(handle)}


def test_one_result_per_file_and_the_html_pages_are_errors(results, manifest) -> None:
    assert len(results) == len(manifest) == 308
    errors = {path for path, r in results.items() if "error" in r}
    assert errors == HTML_ERROR_PAGES
    for path in errors:
        assert results[path]["error"]["code"] == "not_pdf"
        assert path.split("/")[-1] in results[path]["error"]["message"]


def test_every_report_is_a_full_inspection_of_the_right_council(results, manifest) -> None:
    for path, result in results.items():
        if path in HTML_ERROR_PAGES:
            continue
        assert result["document_type"] == "inspection_report", path
        assert result["local_authority"] and result["local_authority"]["urn"] == manifest[path]["urn"], path
        subject = result["events"][0]
        assert subject["role"] == "subject" and subject["kind"] == "full_inspection"
        assert subject["start_date"] and subject["end_date"] and subject["published_date"], path
        assert subject["lead_inspector"], path
        if path not in LSCB_REVIEW_ONLY:
            assert "overall_effectiveness" in subject["judgements"], path
            assert bool(subject["areas_for_improvement"]) is (path not in NO_IMPROVEMENT_ITEMS), path


def test_every_result_conforms_to_the_schema(results) -> None:
    validator = jsonschema.Draft202012Validator(extraction_schema())
    for result in results.values():
        validator.validate(result)


def test_every_value_of_every_report_has_its_evidence(results) -> None:
    missing = {path: gaps for path, result in results.items() if "error" not in result
               for gaps in [missing_evidence(result)] if gaps}
    assert not missing, missing


def test_ilacs_judgement_sets_follow_the_2023_change(results) -> None:
    for path, result in results.items():
        if "error" in result or result["events"][0]["framework"] != "ilacs":
            continue
        keys = set(result["events"][0]["judgements"])
        combined = {"overall_effectiveness", "impact_of_leaders", "help_and_protection",
                    "children_in_care_and_care_leavers"}
        split = {"overall_effectiveness", "impact_of_leaders", "help_and_protection", "children_in_care",
                 "care_leavers"}
        assert keys in (combined, split), path
        if keys == split:
            assert result["events"][0]["start_date"] >= "2023-01-01", path


def test_send_reports_are_other_with_no_events(corpus: Path) -> None:
    negatives = walk([corpus / "negatives"])
    assert len(negatives) == 37
    for result in extract_many(negatives, workers=2):
        assert "error" not in result, result["source"]["path"]
        assert result["document_type"] == "other", result["source"]["path"]
        assert result["events"] == []
        assert result["warnings"]
