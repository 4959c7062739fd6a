"""kill -9 during ingest leaves a consistent database, and the next run completes the work exactly once."""

from __future__ import annotations

from pathlib import Path

from benchmarks.crash import clean_counts, crash_runs
from tests.corpus_builder import build_corpus


def test_kill_9_at_random_moments(tmp_path: Path) -> None:
    build_corpus(tmp_path / "corpus", copies=30)
    paths = [str(tmp_path / "corpus")]
    expected = clean_counts(paths, 1, tmp_path)
    found, final, moments = crash_runs(paths, kills=6, workers=1, folder=tmp_path, max_delay=2.0, seed=7)
    assert found == [], found
    assert final == expected
