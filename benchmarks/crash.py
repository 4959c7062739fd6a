"""Kill -9 at random moments during ingest, many times over: the database must be consistent after every kill,
and the run that finally completes must leave exactly what a clean run leaves.

Usage: python benchmarks/crash.py [--corpus ../shared/corpus ../shared/seeds] [--kills 20] [--workers 2]
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from oversight.store import open_database  # noqa: E402


def _ingest_command(paths: list[str], db: str, workers: int) -> list[str]:
    return [sys.executable, "-m", "oversight.cli.main", "ingest", *paths, "--db", db, "--workers", str(workers)]


def _complete_ingest(paths: list[str], db: str, workers: int) -> None:
    """An ingest run to its end: status 0, or 1 where some files were kept as problems (the corpus has three)."""
    done = subprocess.run(_ingest_command(paths, db, workers), capture_output=True, text=True)
    if done.returncode not in (0, 1):
        raise RuntimeError(f"ingest failed with status {done.returncode}: {done.stderr.strip()}")


def clean_counts(paths: list[str], workers: int, folder: Path) -> dict[str, int]:
    db = str(folder / "clean.db")
    _complete_ingest(paths, db, workers)
    return open_database(db).counts()


def crash_runs(paths: list[str], kills: int, workers: int, folder: Path, max_delay: float,
               seed: int = 0) -> tuple[list[str], dict[str, int], list[float]]:
    """Returns (problems found after any kill, final counts, the moments killed at)."""
    db = str(folder / "crashed.db")
    rng = random.Random(seed)
    found: list[str] = []
    moments = []
    for attempt in range(kills):
        process = subprocess.Popen(_ingest_command(paths, db, workers), stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL, start_new_session=True)
        delay = rng.uniform(0.05, max_delay)
        time.sleep(delay)
        moments.append(round(delay, 2))
        try:
            os.killpg(process.pid, signal.SIGKILL)  # the ingest process and its workers
        except ProcessLookupError:
            pass
        process.wait()
        problems = open_database(db).integrity_problems()
        found.extend(f"after kill {attempt + 1} at {delay:.2f} s: {p}" for p in problems)
    _complete_ingest(paths, db, workers)
    return found, open_database(db).counts(), moments


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", nargs="+", default=[str(ROOT.parent / "shared" / "corpus"),
                                                        str(ROOT.parent / "shared" / "seeds")])
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--max-delay", type=float, default=None,
                        help="latest moment to kill at, in seconds (default: 90%% of a clean run)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        expected = clean_counts(args.corpus, args.workers, Path(folder))
        clean_seconds = time.perf_counter() - started
        found, final, moments = crash_runs(args.corpus, args.kills, args.workers, Path(folder),
                                           args.max_delay or clean_seconds * 0.9)
    print(f"clean run: {clean_seconds:.1f} s, {expected}")
    print(f"killed {args.kills} times at (s): {', '.join(map(str, moments))}")
    print(f"inconsistencies found after a kill: {len(found)}")
    for line in found:
        print("   ", line)
    print(f"final counts after the kills: {final}")
    same = final == expected
    print(f"final counts equal a clean run's: {'yes' if same else 'NO'}")
    return 0 if same and not found else 1


if __name__ == "__main__":
    raise SystemExit(main())
