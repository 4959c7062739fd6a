"""The accuracy gate: extraction compared field by field with facts checked by eye (tests/gold/)."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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


def _normal(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').split())


def first_words(item: str, count: int = FIRST_WORDS) -> str:
    return " ".join(_normal(item).split()[:count])


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
            expected, actual = [_normal(x) for x in expected or []], [_normal(x) for x in actual or []]
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
