"""The reports accuracy gate: every fact checked by eye in tests/gold/reports must come out exactly."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from oversight.extract import ContextFactory, Manifest, extract_path
from oversight.extract.gates.accuracy import compare, load_gold

pytestmark = pytest.mark.corpus
GOLD = Path(__file__).parent / "gold" / "reports"


def test_the_gold_set_covers_the_eras_and_authorities() -> None:
    gold = load_gold(GOLD)
    assert len(gold) >= 80
    assert len({g["authority_urn"] for g in gold}) >= 60
    assert {g["framework"] for g in gold} == {"ilacs", "sif", "pre_sif"}
    assert {g["ilacs_type"] for g in gold if g["framework"] == "ilacs"} == {"short", "standard"}


def test_the_gold_set_was_checked_against_these_very_files(corpus: Path) -> None:
    """A corpus fingerprint: a report that changed on disk must be checked by eye again, not silently re-gated."""
    changed = [g["path"] for g in load_gold(GOLD)
               if hashlib.sha256((corpus / "reports" / g["path"]).read_bytes()).hexdigest() != g["sha256"]]
    assert not changed, f"these reports differ from the ones checked by eye: {changed}"


def test_extraction_matches_every_checked_fact(corpus: Path) -> None:
    reports = corpus / "reports"
    factory = ContextFactory(Manifest(reports / "manifest.csv"))
    failures = []
    for gold in load_gold(GOLD):
        comparison = compare(extract_path(reports / gold["path"], factory), gold)
        for name, (expected, actual) in comparison.differences.items():
            failures.append(f"{gold['path']} {name}: expected {expected!r}, got {actual!r}")
    assert not failures, "\n".join(failures)
