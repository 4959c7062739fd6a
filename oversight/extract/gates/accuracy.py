"""The accuracy gate: extraction compared field by field with facts checked by eye (tests/gold/)."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from oversight.extract.shared.people import plain_role

# Fields that must match exactly on every gold report (the targets of the report issue).
GATED_FIELDS = (
    "document_type",
    "authority_urn",
    "framework",
    "ilacs_type",
    "start_date",
    "end_date",
    "published_date",
    "lead_inspector",
    "inspectors",
    "judgements",
    "areas_for_improvement_count",
    "areas_for_improvement_first_words",
)
FIRST_WORDS = 6


@dataclass
class GoldComparison:
    """Per-field agreement between one extraction and its gold record."""

    path: str
    matches: dict[str, bool] = field(default_factory=dict)
    differences: dict[str, tuple[Any, Any]] = field(default_factory=dict)

    @property
    def all_match(self) -> bool:
        return all(self.matches.values())


def load_gold(folder: str | Path) -> list[dict[str, Any]]:
    return [json.loads(p.read_text("utf-8")) for p in sorted(Path(folder).glob("*.json"))]


def normalise_text(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').split())


def first_words(item: str, count: int = FIRST_WORDS) -> str:
    return " ".join(normalise_text(item).split()[:count])


def observed_facts(extraction: dict[str, Any]) -> dict[str, Any]:
    """The gold-comparable facts of an extraction object (as printed by `oversight extract`)."""
    if "error" in extraction:
        return {"document_type": None, "error": extraction["error"]["code"]}
    subject = next((e for e in extraction.get("events", []) if e["role"] == "subject"), None) or {}
    authority = extraction.get("local_authority") or {}
    items = subject.get("areas_for_improvement", [])
    return {
        "document_type": extraction.get("document_type"),
        "authority_urn": authority.get("urn"),
        "framework": subject.get("framework"),
        "ilacs_type": subject.get("ilacs_type"),
        "start_date": subject.get("start_date"),
        "end_date": subject.get("end_date"),
        "published_date": subject.get("published_date"),
        "lead_inspector": subject.get("lead_inspector"),
        "inspectors": subject.get("inspectors", []),
        "judgements": subject.get("judgements", {}),
        "areas_for_improvement_count": len(items),
        "areas_for_improvement_first_words": [first_words(i) for i in items],
        "mentioned": [
            {"date": e.get("start_date"), "overall": (e.get("judgements") or {}).get("overall_effectiveness")}
            for e in extraction.get("events", []) if e["role"] == "mentioned"
        ],
    }


def compare(extraction: dict[str, Any], gold: dict[str, Any]) -> GoldComparison:
    observed = observed_facts(extraction)
    result = GoldComparison(gold["path"])
    for name in GATED_FIELDS:
        expected = gold.get(name)
        actual = observed.get(name)
        if name == "areas_for_improvement_first_words":
            expected = [first_words(x) for x in expected or []]
        if name == "inspectors":
            expected, actual = [normalise_text(x) for x in expected or []], [normalise_text(x) for x in actual or []]
        ok = expected == actual
        result.matches[name] = ok
        if not ok:
            result.differences[name] = (expected, actual)
    return result


def field_accuracy(comparisons: list[GoldComparison]) -> dict[str, float]:
    totals: Counter[str] = Counter()
    for comparison in comparisons:
        for name, ok in comparison.matches.items():
            totals[name] += int(ok)
    return {name: totals[name] / len(comparisons) for name in GATED_FIELDS} if comparisons else {}


# --- The letters gate: letters, minutes, press releases and news (tests/gold/letters) -----------------------------

# Shares that must be 1.0 on every document (the targets of the letters issue): the genre, the council, which
# events the document is about, and every grade it gives. Dates have a floor of their own (DATE_TARGET).
LETTER_EXACT = ("document_type", "authority", "subjects", "grades", "no_events_when_other")
LETTER_REPORTED = ("dates", "visit_number", "lead_inspector", "inspectors", "focus_areas_count",
                   "areas_for_improvement_count", "mentioned", "people")
DATE_TARGET = 0.95
SUBJECT_DATES = ("start_date", "end_date", "published_date", "action_plan_due_date")


@dataclass
class LetterComparison:
    """Checks of one document against its gold record: each check is a (name, right?) pair; several per field."""

    path: str
    checks: list[tuple[str, bool]] = field(default_factory=list)
    differences: list[str] = field(default_factory=list)

    def check(self, name: str, expected: Any, actual: Any) -> None:
        ok = expected == actual
        self.checks.append((name, ok))
        if not ok:
            self.differences.append(f"{name}: expected {expected!r}, got {actual!r}")


def _urn(value: dict[str, Any] | None) -> str | None:
    return (value or {}).get("urn")


def compare_letter(extraction: dict[str, Any], gold: dict[str, Any]) -> LetterComparison:
    result = LetterComparison(gold["path"])
    if "error" in extraction:
        result.check("document_type", gold["document_type"], f"error {extraction['error']['code']}")
        return result
    events = extraction.get("events", [])
    subjects = [e for e in events if e["role"] == "subject"]
    result.check("document_type", gold["document_type"], extraction.get("document_type"))
    result.check("authority", gold["authority_urn"], _urn(extraction.get("local_authority")))
    result.check("subjects", sorted((s["kind"], s["authority_urn"]) for s in gold["subjects"]),
                 sorted((s["kind"], _urn(s["local_authority"])) for s in subjects))
    if gold["document_type"] == "other":
        result.check("no_events_when_other", [], events)
    for expected in gold["subjects"]:
        found = next((s for s in subjects if s["kind"] == expected["kind"]
                      and _urn(s["local_authority"]) == expected["authority_urn"]), None)
        if found is None:
            continue  # counted once, under "subjects"
        where = f"{expected['kind']} of {expected['authority_urn']}"
        result.check(f"grades ({where})", expected["judgements"], found["judgements"])
        for name in SUBJECT_DATES:
            result.check(f"dates {name} ({where})", expected.get(name), found.get(name))
        result.check(f"visit_number ({where})", expected.get("visit_number"), found.get("visit_number"))
        result.check(f"lead_inspector ({where})", expected.get("lead_inspector"), found.get("lead_inspector"))
        result.check(f"inspectors ({where})", [normalise_text(n) for n in expected.get("inspectors", [])],
                     [normalise_text(n) for n in found.get("inspectors", [])])
        if expected.get("focus_areas_count") is not None:
            result.check(f"focus_areas_count ({where})", expected["focus_areas_count"], len(found["focus_areas"]))
        if expected.get("areas_for_improvement_count") is not None:
            result.check(f"areas_for_improvement_count ({where})", expected["areas_for_improvement_count"],
                         len(found["areas_for_improvement"]))
    mentioned = [(e["kind"], _urn(e["local_authority"]), e.get("start_date"),
                  (e.get("judgements") or {}).get("overall_effectiveness")) for e in events if e["role"] == "mentioned"]
    for expected in gold.get("mentioned", []):
        key = (expected["kind"], expected["authority_urn"], expected.get("start_date"),
               (expected.get("judgements") or {}).get("overall_effectiveness"))
        result.check("mentioned", key, key if key in mentioned else mentioned)
    named = {normalise_text(p["name"]): p.get("role") for p in extraction.get("people", [])}
    for person in gold.get("people", []):
        role = core_role(person.get("role"))
        if role is None:
            continue  # a police officer, a headteacher, a councillor present: named, but not a role the gate asks for
        result.check("people", (person["name"], role),
                     (person["name"], core_role(named.get(normalise_text(person["name"]))) or "not found"))
    return result


# The roles the letters issue asks for; a gold role that begins with one of them is that role ('chief executive,
# integrated care board' is a chief executive).
CORE_ROLES = ("lead inspector", "inspector", "director of children's services", "lead member", "cabinet member",
              "council leader", "chief executive", "elected mayor", "reporter")


def core_role(role: str | None) -> str | None:
    text = normalise_text(plain_role(role) or "").lower()  # an interim director is counted as the director
    return next((core for core in CORE_ROLES if text == core or text.startswith(core + ",")
                 or text.startswith(core + " of")), None)


def letter_accuracy(comparisons: list[LetterComparison]) -> dict[str, tuple[int, int]]:
    """Right and total checks per field (the part of a check's name before any space)."""
    totals: dict[str, list[int]] = {name: [0, 0] for name in (*LETTER_EXACT, *LETTER_REPORTED)}
    for comparison in comparisons:
        for name, ok in comparison.checks:
            key = name.split(" ")[0]
            totals[key][0] += int(ok)
            totals[key][1] += 1
    return {name: (right, total) for name, (right, total) in totals.items()}


def missing_evidence(extraction: dict[str, Any]) -> list[str]:
    """Every value an extraction gives that has no evidence entry (the standard: every fact carries its evidence)."""
    fields = {e["field"] for e in extraction.get("evidence", [])}

    def has(path: str) -> bool:
        return any(f == path or f.startswith(path + ".") or f.startswith(path + "[") for f in fields)

    missing = []
    if extraction.get("local_authority") and not has("local_authority"):
        missing.append("local_authority")
    for index, event in enumerate(extraction.get("events", [])):
        path = f"events[{index}]"
        for name in ("start_date", "end_date", "published_date", "action_plan_due_date", "visit_number",
                     "lead_inspector"):
            if event.get(name) is not None and not has(f"{path}.{name}"):
                missing.append(f"{path}.{name}")
        missing += [f"{path}.judgements.{key}" for key in event.get("judgements", {})
                    if not has(f"{path}.judgements.{key}")]
        missing += [f"{path}.{name}" for name in ("inspectors", "focus_areas", "areas_for_improvement")
                    if event.get(name) and not has(f"{path}.{name}")]
    return missing
