"""Faults in the reading processes: every file still gets one result, and the run never hangs (issue: a worker that
raised or died made `ingest` wait for ever)."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

import pytest

from oversight.errors import UsageError
from oversight.extract.batch import extract_many

STORY = "Published 1 May 2024\n\nWigan Council's children's services have been rated good by Ofsted.\n"


def _pages(tmp_path: Path, count: int) -> list[Path]:
    paths = []
    for number in range(count):
        path = tmp_path / f"story{number:02d}.txt"
        path.write_text(STORY.replace("Wigan", ["Wigan", "Bolton", "Bury"][number % 3]), "utf-8")
        paths.append(path)
    return paths


@pytest.fixture
def faulty_reader(monkeypatch: pytest.MonkeyPatch):
    """Replace the reader (before the worker processes fork) with one that misbehaves on chosen files."""
    from oversight.extract import pipeline

    real = pipeline.extract_with_pages
    faults: dict[str, str] = {}

    def reader(path, factory, skip=frozenset()):  # type: ignore[no-untyped-def]
        fault = faults.get(Path(path).name)
        if fault == "raise":
            raise RuntimeError("a bug met on this file")
        if fault == "kill":
            os.kill(os.getpid(), signal.SIGKILL)
        if fault == "late kill":
            time.sleep(0.2)
            os.kill(os.getpid(), signal.SIGKILL)
        if fault == "exit":
            sys.exit(3)
        if fault == "hang":
            time.sleep(3600)
        return real(path, factory, skip)

    monkeypatch.setattr(pipeline, "extract_with_pages", reader)
    return faults


@pytest.mark.timeout(120)
@pytest.mark.parametrize("workers", [1, 2])
def test_a_reader_that_raises_gives_that_file_a_problem(tmp_path: Path, faulty_reader, workers: int) -> None:
    paths = _pages(tmp_path, 9)
    faulty_reader["story04.txt"] = "raise"
    results = list(extract_many(paths, workers=workers, with_pages=True))
    assert [r["source"]["path"] for r, _ in results] == [str(p) for p in paths]
    [failed] = [r for r, _ in results if "error" in r]
    assert failed["source"]["path"].endswith("story04.txt") and failed["error"]["code"] == "reader_failed"
    assert "story04.txt: the reader failed: RuntimeError: a bug met on this file" in failed["error"]["message"]
    assert sum(1 for r, _ in results if r.get("events")) == 8


@pytest.mark.timeout(120)
def test_a_reader_killed_mid_file_loses_that_file_only(tmp_path: Path, faulty_reader) -> None:
    paths = _pages(tmp_path, 12)
    faulty_reader["story03.txt"] = "kill"
    faulty_reader["story10.txt"] = "kill"
    results = list(extract_many(paths, workers=2, ordered=False, with_pages=True))
    assert sorted(r["source"]["path"] for r, _ in results) == sorted(str(p) for p in paths)
    died = sorted(Path(r["source"]["path"]).name for r, _ in results if "error" in r)
    assert died == ["story03.txt", "story10.txt"]
    assert all(r["error"]["code"] == "reader_died" for r, _ in results if "error" in r)
    assert all(r.get("sha256") or r["source"].get("sha256") for r, _ in results)


def test_a_manifest_without_its_columns_stops_the_run_before_it_starts(tmp_path: Path) -> None:
    paths = _pages(tmp_path, 4)
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("name,when\nstory00.txt,2024-05-01\n", "utf-8")
    with pytest.raises(UsageError, match="manifest.csv"):
        list(extract_many(paths, str(manifest), workers=2))


@pytest.mark.timeout(120)
def test_a_reader_killed_while_the_last_result_is_being_stored(tmp_path: Path, faulty_reader) -> None:
    """The pool breaks while the consumer is busy: the next file handed to it must not end the run."""
    paths = _pages(tmp_path, 10)
    faulty_reader["story02.txt"] = "late kill"
    faulty_reader["story05.txt"] = "exit"
    seen = []
    for result, _ in extract_many(paths, workers=2, ordered=False, with_pages=True):
        seen.append(result)
        time.sleep(0.5)  # storing takes a while
    assert sorted(r["source"]["path"] for r in seen) == sorted(str(p) for p in paths)
    codes = {Path(r["source"]["path"]).name: r["error"]["code"] for r in seen if "error" in r}
    assert codes == {"story02.txt": "reader_died", "story05.txt": "reader_failed"}


@pytest.mark.timeout(120)
@pytest.mark.parametrize("workers", [1, 2])
def test_a_reader_stuck_for_ever_is_given_up_after_the_deadline(tmp_path: Path, faulty_reader, workers: int) -> None:
    paths = _pages(tmp_path, 6)
    faulty_reader["story01.txt"] = "hang"
    started = time.monotonic()
    results = list(extract_many(paths, workers=workers, with_pages=True, deadline=2.0))
    assert time.monotonic() - started < 60
    assert [r["source"]["path"] for r, _ in results] == [str(p) for p in paths]
    codes = {Path(r["source"]["path"]).name: r["error"]["code"] for r, _ in results if "error" in r}
    assert codes == {"story01.txt": "reader_timed_out"}


@pytest.mark.timeout(120)
def test_one_worker_reads_in_a_process_of_its_own(tmp_path: Path, faulty_reader) -> None:
    paths = _pages(tmp_path, 4)
    faulty_reader["story02.txt"] = "kill"
    codes = [r.get("error", {}).get("code") for r, _ in extract_many(paths, workers=1, with_pages=True)]
    assert codes == [None, None, "reader_died", None]


def test_files_already_stored_start_no_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An ingest over an unchanged corpus knows every file by its digest in the main process: no reader starts."""
    import hashlib

    from oversight.extract import batch

    paths = _pages(tmp_path, 3)  # three different stories
    known = frozenset(hashlib.sha256(p.read_bytes()).hexdigest() for p in paths[:2])

    def no_pool(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("a process pool was started")

    monkeypatch.setattr(batch, "_pool", no_pool)
    everything = frozenset(hashlib.sha256(p.read_bytes()).hexdigest() for p in paths)
    results = list(extract_many(paths, workers=2, with_pages=True, skip=everything))
    assert [r[0].get("skipped") for r in results] == [True] * 3
    monkeypatch.undo()
    results = list(extract_many(paths, workers=2, with_pages=True, skip=known))
    assert [bool(r[0].get("skipped")) for r in results] == [True, True, False]
