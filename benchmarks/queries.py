"""How fast `stats` and `timeline` answer on the full corpus, in SQLite and PostgreSQL (target under 100 ms), and
how long each read-only command takes as a whole new process (target: at most 1.25 times `python -c "import
sqlalchemy.orm"`, measured side by side in the same run).

Times the library calls the commands make (one call = what a command or web page does), after one warm-up,
reporting median and worst of N calls. Then runs `stats`, `timeline`, `neighbours` and `problems` as new processes
in pairs with the bare import (A B A B ...), and prints the median of each and their ratio. The database must
already hold the corpus: the script ingests it first into a fresh SQLite file and, if a server answers, into a
fresh PostgreSQL schema.

Usage: python benchmarks/queries.py [--paths ../shared/corpus ../shared/seeds] [--calls 30]
       [--postgres postgresql://postgres@127.0.0.1:5432/test]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.postgres import in_fresh_schema  # noqa: E402
from oversight.analysis.journey import journey  # noqa: E402
from oversight.analysis.national import national_picture  # noqa: E402
from oversight.ingest import ingest  # noqa: E402
from oversight.store import open_database  # noqa: E402


def _time(call, calls: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    call()
    samples = []
    for _ in range(calls):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples), max(samples)


def measure(label: str, url: str, paths: list[str], calls: int) -> None:
    database = open_database(url)
    ingest(database, paths, workers=2)
    south_tyneside = database.registry.by_slug["south-tyneside"]
    for name, call in (
        ("stats --as-at 2024-03-31", lambda: national_picture(database, date(2024, 3, 31))),
        ("timeline 'South Tyneside'", lambda: journey(database, south_tyneside)),
    ):
        median, worst = _time(call, calls)
        print(f"{label:11s} {name:28s} median {median:6.1f} ms   worst {worst:6.1f} ms  (target < 100)")


COMMANDS = [["stats", "--as-at", "2024-03-31"], ["timeline", "South Tyneside"], ["neighbours", "Gateshead"],
            ["problems"]]


def _run_seconds(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def command_processes(db: str, pairs: int) -> None:
    """Each command as a new process against the bare import of SQLAlchemy's ORM, in pairs, medians compared."""
    # the installed libraries come compiled; compile Oversight's own modules too (this machine sets
    # PYTHONDONTWRITEBYTECODE, which would otherwise make every run compile them again)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "oversight")], check=True)
    bare = [sys.executable, "-c", "import sqlalchemy.orm"]
    for arguments in COMMANDS:
        command = [sys.executable, "-m", "oversight.cli.main", *arguments, "--db", db]
        _run_seconds(command)  # warm the disk cache
        ours, theirs = [], []
        for _ in range(pairs):
            ours.append(_run_seconds(command))
            theirs.append(_run_seconds(bare))
        mine, base = statistics.median(ours), statistics.median(theirs)
        print(f"process     {' '.join(arguments):28s} median {mine * 1000:6.0f} ms   import sqlalchemy.orm "
              f"{base * 1000:4.0f} ms   ratio {mine / base:4.2f}  (target <= 1.25)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paths", nargs="+", default=[str(ROOT.parent / "shared" / "corpus"),
                                                       str(ROOT.parent / "shared" / "seeds")])
    parser.add_argument("--calls", type=int, default=30)
    parser.add_argument("--postgres", default="postgresql://postgres@127.0.0.1:5432/test")
    parser.add_argument("--pairs", type=int, default=9, help="pairs of whole-process runs for each command")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        measure("SQLite", str(Path(folder) / "q.db"), args.paths, args.calls)
        command_processes(str(Path(folder) / "q.db"), args.pairs)
    in_fresh_schema(args.postgres, "bench", lambda url: measure("PostgreSQL", url, args.paths, args.calls))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
