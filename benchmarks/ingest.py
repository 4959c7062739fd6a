"""Ingest against extract over the same files, side by side in one run, plus an unchanged re-run.

Prints: `oversight extract` time, `oversight ingest` time into a fresh SQLite database, their ratio (target at
most 1.15), the re-run time (target under 1 s) and the peak memory of the ingest process tree (target < 1 GiB).

Usage: python benchmarks/ingest.py [--paths ../shared/corpus ../shared/seeds] [--workers 2] [--repeat 2]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.throughput import timed_command  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paths", nargs="+", default=[str(ROOT.parent / "shared" / "corpus"),
                                                       str(ROOT.parent / "shared" / "seeds")])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=2, help="runs of each; the fastest counts")
    args = parser.parse_args()
    base = [sys.executable, "-m", "oversight.cli.main"]
    extract_times, ingest_times, rerun_times, peaks = [], [], [], []
    for _attempt in range(args.repeat):
        with tempfile.TemporaryDirectory() as folder:
            db = str(Path(folder) / "bench.db")
            seconds, _, _ = timed_command(base + ["extract", *args.paths, "--workers", str(args.workers)])
            extract_times.append(seconds)
            seconds, peak, status = timed_command(base + ["ingest", *args.paths, "--db", db,
                                                          "--workers", str(args.workers)])
            if status not in (0, 1):  # 1: finished, with the files that could not be read kept as problems
                print(f"ingest failed with status {status}", file=sys.stderr)
                return 1
            ingest_times.append(seconds)
            peaks.append(peak)
            seconds, _, _ = timed_command(base + ["ingest", *args.paths, "--db", db, "--workers", str(args.workers)])
            rerun_times.append(seconds)
    extract, ingest, rerun = min(extract_times), min(ingest_times), min(rerun_times)
    print(f"paths: {' '.join(args.paths)}  workers: {args.workers}  runs: {args.repeat} (fastest shown)")
    print(f"oversight extract:               {extract:6.2f} s")
    print(f"oversight ingest (fresh SQLite): {ingest:6.2f} s")
    print(f"ratio ingest / extract:          {ingest / extract:6.2f}  (target <= 1.15)")
    print(f"re-run with nothing changed:     {rerun:6.2f} s  (target < 1)")
    print(f"peak memory of the ingest tree:  {max(peaks) / 1024:6.0f} MiB  (target < 1024)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
