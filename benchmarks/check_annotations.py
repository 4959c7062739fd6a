"""Check a folder of readings of real pages made by eye against the form that docs/accounts-annotation-guide.md
asks for, before they are settled into tests/gold/. It knows nothing of the extractor, so annotators may run it
(a copy of it, away from the repository) without seeing how the pages are read by the program.

    python benchmarks/check_annotations.py FOLDER --tasks TASKS.tsv --lookup ../shared/reference/la_lookup.csv

TASKS.tsv has a header and the columns file, url, sha256 (more columns are ignored). Every task needs one
FOLDER/<file stem>.json whose file, url and sha256 agree with it. Prints one line per problem and exits 1 when
there is any.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path
from typing import Any

DOCUMENT_TYPES = {"inspection_report", "focused_visit_letter", "monitoring_visit_letter", "jtai_letter",
                  "council_minutes", "press_release", "news_article", "other"}
PUBLISHERS = {"ofsted", "council", "press", "other"}
KINDS = {"full_inspection", "focused_visit", "monitoring_visit", "jtai", "other"}
GRADES = {"outstanding", "good", "requires_improvement", "adequate", "inadequate"}
UNGRADED_KINDS = {"focused_visit", "monitoring_visit", "jtai"}
PAGE_KEYS = {"file", "sha256", "url", "document_type", "publisher", "page_date", "authority_urn", "subjects",
             "mentioned", "people", "notes"}
EVENT_KEYS = {"kind", "authority_urn", "start_date", "end_date", "published_date", "visit_number",
              "lead_inspector", "inspectors", "judgements", "focus_areas_count", "areas_for_improvement_count",
              "action_plan_due_date"}
PARTIAL_DATE = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")
SNAKE = re.compile(r"[a-z][a-z0-9_]*")


def _date_problem(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not PARTIAL_DATE.fullmatch(value):
        return f"{value!r} is not YYYY, YYYY-MM or YYYY-MM-DD"
    return None


def _count_problem(value: Any) -> str | None:
    if value is None or (isinstance(value, int) and not isinstance(value, bool) and value >= 0):
        return None
    return f"{value!r} is not a whole number or null"


def event_problems(event: Any, urns: set[str]) -> list[str]:
    if not isinstance(event, dict):
        return ["an event is not an object"]
    problems = [f"unknown key {key!r}" for key in sorted(set(event) - EVENT_KEYS)]
    problems += [f"missing key {key!r}" for key in sorted(EVENT_KEYS - set(event))]
    if event.get("kind") not in KINDS:
        problems.append(f"kind {event.get('kind')!r} is not one of {sorted(KINDS)}")
    if event.get("authority_urn") is not None and event.get("authority_urn") not in urns:
        problems.append(f"authority_urn {event.get('authority_urn')!r} is not a urn in la_lookup.csv")
    for key in ("start_date", "end_date", "published_date", "action_plan_due_date"):
        problem = _date_problem(event.get(key))
        if problem:
            problems.append(f"{key}: {problem}")
    for key in ("visit_number", "focus_areas_count", "areas_for_improvement_count"):
        problem = _count_problem(event.get(key))
        if problem:
            problems.append(f"{key}: {problem}")
    if event.get("visit_number") is not None and event.get("kind") != "monitoring_visit":
        problems.append("visit_number is for monitoring visits only")
    if not isinstance(event.get("inspectors", []), list):
        problems.append("inspectors is not a list")
    judgements = event.get("judgements", {})
    if not isinstance(judgements, dict):
        problems.append("judgements is not an object")
        judgements = {}
    for key, grade in judgements.items():
        if not SNAKE.fullmatch(key):
            problems.append(f"judgement name {key!r} is not snake_case")
        if grade not in GRADES:
            problems.append(f"grade {grade!r} of {key} is not one of {sorted(GRADES)}")
    if judgements and event.get("kind") in UNGRADED_KINDS:
        problems.append(f"a {event.get('kind')} is ungraded but has judgements")
    return problems


def page_problems(page: Any, task: dict[str, str], urns: set[str]) -> list[str]:
    if not isinstance(page, dict):
        return ["the file is not a JSON object"]
    problems = [f"unknown key {key!r}" for key in sorted(set(page) - PAGE_KEYS)]
    problems += [f"missing key {key!r}" for key in sorted(PAGE_KEYS - set(page))]
    for key in ("file", "url", "sha256"):
        if page.get(key) != task[key]:
            problems.append(f"{key} is {page.get(key)!r}, the task list says {task[key]!r}")
    if page.get("document_type") not in DOCUMENT_TYPES:
        problems.append(f"document_type {page.get('document_type')!r} is not one of {sorted(DOCUMENT_TYPES)}")
    if page.get("publisher") not in PUBLISHERS:
        problems.append(f"publisher {page.get('publisher')!r} is not one of {sorted(PUBLISHERS)}")
    problem = _date_problem(page.get("page_date"))
    if problem:
        problems.append(f"page_date: {problem}")
    if page.get("authority_urn") is not None and page.get("authority_urn") not in urns:
        problems.append(f"authority_urn {page.get('authority_urn')!r} is not a urn in la_lookup.csv")
    for group in ("subjects", "mentioned"):
        events = page.get(group, [])
        if not isinstance(events, list):
            problems.append(f"{group} is not a list")
            continue
        for number, event in enumerate(events, 1):
            problems += [f"{group}[{number}]: {p}" for p in event_problems(event, urns)]
    if page.get("document_type") == "other" and (page.get("subjects") or page.get("mentioned")):
        problems.append("an 'other' page has no subjects and no mentioned events")
    people = page.get("people", [])
    if not isinstance(people, list) or not all(isinstance(p, dict) and set(p) == {"name", "role"}
                                               and isinstance(p["name"], str) and p["name"] for p in people):
        problems.append("people must be a list of {\"name\": ..., \"role\": ...} with a name")
    return problems


def folder_problems(folder: Path, tasks: list[dict[str, str]], urns: set[str]) -> list[str]:
    problems = []
    expected = {Path(task["file"]).stem + ".json" for task in tasks}
    problems += [f"{name}: not in the task list" for name in sorted(
        p.name for p in folder.glob("*.json") if p.name not in expected)]
    for task in tasks:
        path = folder / (Path(task["file"]).stem + ".json")
        if not path.is_file():
            problems.append(f"{path.name}: missing")
            continue
        try:
            page = json.loads(path.read_text("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            problems.append(f"{path.name}: not JSON ({error})")
            continue
        problems += [f"{path.name}: {p}" for p in page_problems(page, task, urns)]
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--tasks", type=Path, required=True, help="tab-separated: file, url, sha256")
    parser.add_argument("--lookup", type=Path, required=True, help="la_lookup.csv of the shared reference")
    args = parser.parse_args(argv)
    with args.tasks.open(encoding="utf-8", newline="") as handle:
        tasks = list(csv.DictReader(handle, delimiter="\t"))
    with args.lookup.open(encoding="utf-8-sig", newline="") as handle:
        urns = {row["urn"] for row in csv.DictReader(handle)}
    problems = folder_problems(args.folder, tasks, urns)
    for problem in problems:
        print(problem)
    print(f"{len(tasks)} pages, {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
