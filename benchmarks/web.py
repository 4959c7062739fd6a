"""Latency and throughput of `oversight serve` under concurrent clients on loopback, in SQLite and PostgreSQL.

Ingests the corpus into a fresh database, starts the service in a separate process (as `oversight serve` does),
then sends requests from several client threads, each on its own keep-alive connection, for council pages,
document pages, the home page with its map (every year, by judgement area) and searches (words, phrases, filters
alone). Prints requests per second and p50/p95/p99 per kind of page.
Targets: p95 under 50 ms for council, document and home pages, under 150 ms for search.

Usage: python benchmarks/web.py [--paths ../shared/corpus ../shared/seeds] [--clients 8] [--requests 400]
       [--postgres postgresql://postgres@127.0.0.1:5432/test]
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.postgres import in_fresh_schema  # noqa: E402
from oversight.ingest import ingest  # noqa: E402
from oversight.store import open_database  # noqa: E402

TARGETS_MS = {"council": 50, "document": 50, "england": 50, "search": 150}
MAP_AREAS = ["overall_effectiveness", "impact_of_leaders", "help_and_protection", "care_leavers"]
FIRST_COUNCIL_VISITS: list[float] = []  # the JSON twin of each council page, timed as it is first asked for
SEARCHES = ["supervision recording", "return home interviews", "care leavers accommodation", "management oversight",
            "life-story work", "private fostering", "exploitation", "pre-proceedings", "front door thresholds"]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(db_url: str, port: int) -> subprocess.Popen[bytes]:
    process = subprocess.Popen([str(Path(sys.executable).parent / "oversight"), "serve", "--db", db_url,
                                "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return process
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("the service did not start")


def get(connection: http.client.HTTPConnection, path: str) -> tuple[int, bytes]:
    connection.request("GET", path)
    response = connection.getresponse()
    return response.status, response.read()


def paths_to_ask(port: int) -> dict[str, list[str]]:
    """Every council page and every document page the service has, and searches with and without filters."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    _, body = get(connection, "/authorities.json")
    slugs = [a["slug"] for a in json.loads(body)["authorities"]]
    documents: list[int] = []
    FIRST_COUNCIL_VISITS.clear()
    for slug in slugs:
        started = time.perf_counter()
        _, body = get(connection, f"/authorities/{slug}.json")
        FIRST_COUNCIL_VISITS.append((time.perf_counter() - started) * 1000)
        documents += [d["id"] for d in json.loads(body).get("documents", [])]
    connection.close()
    searches = [f"/search?q={q.replace(' ', '+')}" for q in SEARCHES]
    searches += [f"/search?q={q.replace(' ', '+')}&document_type=inspection_report&year_from=2018" for q in SEARCHES]
    searches += [f"/search?q=%22{q.replace(' ', '+')}%22" for q in SEARCHES if " " in q]  # phrases
    searches += ["/search?region=North+West&kind=monitoring_visit", "/search?grade=inadequate&year_from=2020"]
    # the home page with its map, at the end of March of every year and by judgement area
    england = [f"/?as_at={year}-03-31&area={area}" for year in range(2014, 2026) for area in MAP_AREAS]
    return {"council": [f"/authorities/{s}" for s in slugs], "document": [f"/documents/{d}" for d in documents],
            "england": england, "search": searches}


def load(port: int, paths: dict[str, list[str]], clients: int, requests: int) -> tuple[dict[str, list[float]], float]:
    """`requests` requests per kind of page, shared among `clients` threads; latencies in ms and the wall time."""
    plan = [(kind, path) for kind, choices in paths.items() for path in random.Random(1).choices(choices, k=requests)]
    random.Random(2).shuffle(plan)
    latencies: dict[str, list[float]] = {kind: [] for kind in paths}
    lock = threading.Lock()
    failures: list[str] = []

    def client(share: list[tuple[str, str]]) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        for kind, path in share:
            started = time.perf_counter()
            status, _ = get(connection, path)
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                latencies[kind].append(elapsed)
                if status != 200:
                    failures.append(f"{status} {path}")
        connection.close()

    threads = [threading.Thread(target=client, args=(plan[i::clients],)) for i in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    if failures:
        raise RuntimeError(f"{len(failures)} requests failed, e.g. {failures[:3]}")
    return latencies, wall


def first_visits(port: int, paths: dict[str, list[str]]) -> dict[str, list[float]]:
    """Each page once, one client, before anything is cached: what the first visitor to a page waits.
    (Council pages are first visited while the list of documents is gathered, so they are timed there.)"""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    out: dict[str, list[float]] = {}
    for kind, choices in paths.items():
        out[kind] = []
        for path in choices:
            started = time.perf_counter()
            get(connection, path)
            out[kind].append((time.perf_counter() - started) * 1000)
    connection.close()
    return out


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def measure(label: str, db_url: str, corpus: list[str], clients: int, requests: int) -> None:
    ingest(open_database(db_url), corpus, workers=2)
    port = free_port()
    server = start_server(db_url, port)
    try:
        paths = paths_to_ask(port)
        first = first_visits(port, {k: v[:60] for k, v in paths.items() if k != "council"})
        first["council"] = list(FIRST_COUNCIL_VISITS)
        latencies, wall = load(port, paths, clients, requests)
    finally:
        server.terminate()
        server.wait(timeout=10)
    total = sum(len(v) for v in latencies.values())
    print(f"{label}: {total} requests from {clients} clients in {wall:.1f} s, {total / wall:.0f} requests/s")
    for kind, samples in latencies.items():
        p50, p95, p99 = (percentile(samples, share) for share in (0.5, 0.95, 0.99))
        verdict = "ok" if p95 < TARGETS_MS[kind] else "OVER TARGET"
        print(f"  {kind:9s} ({len(paths[kind]):3d} pages)  p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  p99 {p99:6.1f} ms"
              f"  (target p95 < {TARGETS_MS[kind]} ms: {verdict})")
    print(f"  mean {statistics.mean(v for s in latencies.values() for v in s):.1f} ms")
    for kind, samples in first.items():
        if samples:
            print(f"  first visit, nothing cached, one client: {kind:9s} p50 {percentile(samples, 0.5):6.1f} ms"
                  f"  p95 {percentile(samples, 0.95):6.1f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paths", nargs="+", default=[str(ROOT.parent / "shared" / "corpus"),
                                                       str(ROOT.parent / "shared" / "seeds")])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=400, help="requests per kind of page")
    parser.add_argument("--postgres", default="postgresql://postgres@127.0.0.1:5432/test")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        measure("SQLite", str(Path(folder) / "web.db"), args.paths, args.clients, args.requests)
    in_fresh_schema(args.postgres, "web", lambda url: measure("PostgreSQL", url, args.paths, args.clients,
                                                              args.requests))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
