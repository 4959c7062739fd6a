"""Throughput of `oversight extract` over the reports against bare pypdfium2 text extraction, side by side.

In one run, in pairs (A B A B ...): the bare loop in one process (open each file with pypdfium2, get each page's
text), then `oversight extract --workers 1` and `oversight extract --workers 2` as a user runs them. Prints the
median of each, the ratios to the bare loop, the peak memory of each extract process tree, and, measured in this
process over the same files, how the time per page divides between getting the text (the PDF engine and
Oversight's clean-up of its output) and reading it (classifying, finding the facts, recording their evidence).

Usage: python benchmarks/throughput.py [--corpus ../shared/corpus/reports] [--pairs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import pypdfium2

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from oversight.documents.readers import read_document  # noqa: E402
from oversight.errors import DocumentError  # noqa: E402
from oversight.extract.batch import walk  # noqa: E402
from oversight.extract.context import ContextFactory, Manifest  # noqa: E402
from oversight.extract.pipeline import extract_document  # noqa: E402


def bare_extraction(files: list[Path]) -> tuple[float, int]:
    """Seconds and pages for pypdfium2 alone: open each file, get each page's text."""
    started = time.perf_counter()
    pages = 0
    for path in files:
        try:
            document = pypdfium2.PdfDocument(path)
        except pypdfium2.PdfiumError:  # the HTML pages saved as .pdf, counted as nothing
            continue
        try:
            for index in range(len(document)):
                document[index].get_textpage().get_text_bounded()
                pages += 1
        finally:
            document.close()
    return time.perf_counter() - started, pages


def text_and_reading(files: list[Path], factory: ContextFactory) -> tuple[float, float, int]:
    """Seconds spent getting the text (read_document) and reading it (extract_document), and pages, in this
    process."""
    text_seconds = reading_seconds = 0.0
    pages = 0
    for path in files:
        started = time.perf_counter()
        try:
            document = read_document(path)
        except DocumentError:
            continue
        read = time.perf_counter()
        extract_document(document, factory.for_path(path))
        reading_seconds += time.perf_counter() - read
        text_seconds += read - started
        pages += len(document.pages)
    return text_seconds, reading_seconds, pages


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
    """Run a command, returning its seconds, the peak RSS of its process tree (KiB) and its exit status."""
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
    parser.add_argument("--pairs", type=int, default=5, help="rounds of bare, --workers 1, --workers 2")
    args = parser.parse_args()
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        print(f"no corpus at {corpus}", file=sys.stderr)
        return 2
    files = walk([corpus])
    manifest = corpus / "manifest.csv"
    commands = {}
    for workers in (1, 2):
        command = [sys.executable, "-m", "oversight.cli.main", "extract", str(corpus), "--workers", str(workers)]
        commands[workers] = command + (["--manifest", str(manifest)] if manifest.is_file() else [])
    bare_times: list[float] = []
    times: dict[int, list[float]] = {1: [], 2: []}
    peaks: dict[int, int] = {1: 0, 2: 0}
    pages = 0
    for _ in range(args.pairs):
        seconds, pages = bare_extraction(files)
        bare_times.append(seconds)
        for workers, command in commands.items():
            seconds, peak, _status = timed_command(command)
            times[workers].append(seconds)
            peaks[workers] = max(peaks[workers], peak)
    factory = ContextFactory(Manifest(manifest) if manifest.is_file() else None)
    text_seconds, reading_seconds, read_pages = text_and_reading(files, factory)
    bare = statistics.median(bare_times)
    print(f"files: {len(files)}  pages: {pages}  cores: {os.cpu_count()}  rounds: {args.pairs} (medians shown)")
    print(f"bare pypdfium2 text, 1 process:     {bare:6.2f} s  {pages / bare:6.0f} pages/s")
    targets = {1: 1.4, 2: 0.75}
    for workers in (1, 2):
        median = statistics.median(times[workers])
        print(f"oversight extract --workers {workers}:     {median:6.2f} s  {pages / median:6.0f} pages/s  "
              f"ratio {median / bare:4.2f}  (target <= {targets[workers]})  peak memory "
              f"{peaks[workers] / 1024:4.0f} MiB  (target < 400)")
    print(f"per page, in one process: text {text_seconds / read_pages * 1000:5.2f} ms, reading "
          f"{reading_seconds / read_pages * 1000:5.2f} ms  (reading / bare text "
          f"{reading_seconds / read_pages / (bare / pages):4.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
