"""How long a full sync takes against what its politeness allows, and its peak memory (issue 12's target: at most
1.2 times the time the limits allow with the replica adding 50 ms to every answer; under 500 MiB).

Serves the shared corpus's report PDFs (those that are PDFs) from a replica of Ofsted's site (tests/ofsted_replica.py)
as each council's publications, every answer 50 ms late, then runs one full sync into a fresh SQLite database at
the given politeness. The time the limits allow is the number of requests made divided by the rate (a request
started per interval; two in flight never make it faster than that). The sync's own reading of the files (ingest)
is counted in its time.

With --compare, the same files are also ingested from the corpus (with its manifest) into another database, and
the two records' events (council, kind, dates, visit number, grades, areas for improvement) are compared.

Usage: python benchmarks/sync.py [--corpus ../shared/corpus] [--rate 1] [--latency 0.05] [--limit N] [--compare]
"""

from __future__ import annotations

import argparse
import csv
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from oversight.store import open_database  # noqa: E402
from oversight.sync.client import Politeness  # noqa: E402
from oversight.sync.run import SyncOptions, sync  # noqa: E402
from tests.ofsted_replica import Council, Listed, Replica  # noqa: E402


def councils_from(corpus: Path, limit: int | None) -> list[Council]:
    reports = corpus / "reports"
    by_urn: dict[str, Council] = {}
    file_id = 70_000_000
    with (reports / "manifest.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows[:limit] if limit else rows:
        body = (reports / row["path"]).read_bytes()
        if not body.startswith(b"%PDF-"):
            continue  # the corpus's three HTML error pages
        file_id += 1
        day = time.strptime(row["published_date"], "%Y-%m-%d")
        title = f"Children's services inspection - {time.strftime('%d %B %Y', day).lstrip('0')}"
        council = by_urn.setdefault(row["urn"], Council(row["urn"], row["local_authority"]))
        council.publications.append(Listed(file_id, title, body))
    return list(by_urn.values())


def _record(database) -> list[tuple]:  # type: ignore[no-untyped-def]
    from oversight.analysis.record import load_events

    return sorted((e.authority_code or "", e.kind, e.start_date or "", e.end_date or "", e.published_date or "",
                   e.visit_number or 0, tuple(sorted(e.judgements.items())), tuple(e.items))
                  for e in load_events(database))


def compare(synced, corpus: Path, folder: Path) -> None:  # type: ignore[no-untyped-def]
    """Ingest the corpus's reports as they are and say whether the record is the one the sync made."""
    from oversight.ingest import ingest

    ingested = open_database(str(folder / "ingest.db"))
    ingest(ingested, [corpus / "reports"], workers=2, progress=False)
    ours, theirs = _record(synced), _record(ingested)
    differ = set(ours) ^ set(theirs)
    print(f"records compared: sync {len(ours)} events, ingest {len(theirs)} events; "
          f"{'the same' if not differ else f'{len(differ)} events differ, e.g. {sorted(differ)[:2]}'}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    parser.add_argument("--rate", type=float, default=1.0, help="requests started per second (the default's)")
    parser.add_argument("--latency", type=float, default=0.05, help="seconds the replica adds to every answer")
    parser.add_argument("--limit", type=int, default=None, help="only the first N reports of the manifest")
    parser.add_argument("--compare", action="store_true", help="also ingest the same files and compare records")
    args = parser.parse_args()
    if args.compare and args.limit:
        parser.error("--compare ingests the whole corpus: it cannot be given with --limit")
    councils = councils_from(Path(args.corpus), args.limit)
    files = sum(len(c.publications) for c in councils)
    with Replica(councils, latency=args.latency) as replica, tempfile.TemporaryDirectory() as folder:
        database = open_database(str(Path(folder) / "sync.db"))
        started = time.perf_counter()
        summary = sync(database, SyncOptions(base_url=replica.base_url, contact="benchmark@example.org",
                                             politeness=Politeness(rate=args.rate, concurrency=2)))
        took = time.perf_counter() - started
        if args.compare:
            compare(database, Path(args.corpus), Path(folder))
    allowed = summary.requests / args.rate
    peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
               resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    print(f"{len(councils)} councils, {files} files: {summary.downloaded} downloaded, {summary.stored} stored, "
          f"{len(summary.problems)} problems; {summary.requests} requests")
    print(f"sync took {took:.1f} s; the limits allow {allowed:.1f} s at {args.rate:g} requests/s with "
          f"{args.latency * 1000:.0f} ms per answer; ratio {took / allowed:.2f} (target <= 1.2)")
    print(f"peak memory {peak:.0f} MiB (target < 500)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
