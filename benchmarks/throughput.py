"""Throughput of `oversight extract` over the corpus against bare PyMuPDF text extraction, in one run.

Both are timed here, side by side: first the bare loop (one process: open each file, get each page's text), then
the full `oversight extract --workers N` command as a user runs it. Prints pages per second, the ratio
(extract time / bare time) and the peak memory of the extract process tree.

Usage: python benchmarks/throughput.py [--corpus ../shared/corpus/reports] [--workers 2] [--repeat 2]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pymupdf

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from oversight.extract.batch import walk  # noqa: E402


def bare_extraction(files: list[Path]) -> tuple[float, int]:
    started = time.perf_counter()
    pages = 0
    for path in files:
        try:
            with pymupdf.open(path) as document:
                for page in document:
                    page.get_text()
                    pages += 1
        except Exception:  # the HTML pages saved as .pdf, counted as nothing
            continue
    return time.perf_counter() - started, pages


def _tree_rss_kib(pid: int) -> int:
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:")))
            for task in Path(f"/proc/{current}/task").iterdir():
                stack.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, StopIteration, ValueError):
            continue
    return total


def timed_command(command: list[str]) -> tuple[float, int, int]:
    """Run a command, returning seconds, peak RSS of its process tree (KiB) and its exit status."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss_kib(process.pid))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    status = process.wait()
    elapsed = time.perf_counter() - started
    done.set()
    sampler.join()
    return elapsed, peak, status


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "reports"))
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=2, help="runs of each; the fastest counts")
    args = parser.parse_args()
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        print(f"no corpus at {corpus}", file=sys.stderr)
        return 2
    files = walk([corpus])
    command = [sys.executable, "-m", "oversight.cli.main", "extract", str(corpus), "--workers", str(args.workers)]
    manifest = corpus / "manifest.csv"
    if manifest.is_file():
        command += ["--manifest", str(manifest)]
    bare_times, extract_times, peaks = [], [], []
    pages = 0
    for _ in range(args.repeat):
        seconds, pages = bare_extraction(files)
        bare_times.append(seconds)
        seconds, peak, _status = timed_command(command)
        extract_times.append(seconds)
        peaks.append(peak)
    bare, full = min(bare_times), min(extract_times)
    print(f"files: {len(files)}  pages: {pages}  cores: {os.cpu_count()}  runs: {args.repeat} (fastest shown)")
    print(f"bare PyMuPDF text, 1 process:          {bare:6.2f} s  {pages / bare:7.0f} pages/s")
    print(f"oversight extract --workers {args.workers}:        {full:6.2f} s  {pages / full:7.0f} pages/s")
    print(f"ratio extract / bare:                  {full / bare:6.2f}  (target <= 1.0)")
    print(f"peak memory of the extract process tree: {max(peaks) / 1024:6.0f} MiB  (target < 1024)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
