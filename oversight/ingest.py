"""The pipeline: read -> extract -> store over many files, in worker processes or on a Dask cluster."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tqdm import tqdm

from oversight.errors import UsageError
from oversight.extract.batch import _extract_with_pages, _init_worker, extract_many, find_manifests, walk
from oversight.store import Database


@dataclass
class IngestSummary:
    files: int = 0
    skipped: int = 0
    stored: int = 0
    failed: int = 0
    pages: int = 0
    seconds: float = 0.0
    resolved_events: int | None = None
    errors: list[str] = field(default_factory=list)

    def line(self) -> str:
        rate = self.pages / self.seconds if self.seconds else 0.0
        resolved = f", {self.resolved_events} events resolved" if self.resolved_events is not None else ""
        return (f"{self.files} files: {self.stored} stored, {self.skipped} unchanged and skipped, {self.failed} "
                f"could not be read; {self.pages} pages in {self.seconds:.1f} s ({rate:.0f} pages/s){resolved}")


def ingest(database: Database, paths: Iterable[str | Path], manifest: str | None = None, workers: int | None = None,
           dask: str | None = None, progress: bool | None = None,
           on_error: Callable[[str], None] | None = None) -> IngestSummary:
    """Store every new file under `paths`; files whose sha256 is already stored (or known bad) are skipped.

    Each document is written in its own transaction, so an interrupted run leaves whole documents only and the
    next run picks up the rest. Events are resolved across documents at the end.
    """
    from oversight.analysis.resolve import resolve_if_stale

    started = time.perf_counter()
    paths = list(paths)
    files = walk(paths)
    manifests = find_manifests(paths) + ([manifest] if manifest else [])
    summary = IngestSummary(files=len(files))
    database.index_pages()  # finish what an interrupted run may have left unindexed
    known = frozenset(database.known_hashes())
    # Workers hash each file and skip the ones already known, so hashing runs in parallel with extraction.
    results = _run_dask(files, manifests, dask, known) if dask else extract_many(
        files, manifests, workers, ordered=False, with_pages=True, skip=known)
    bar = tqdm(total=len(files), unit="file", file=sys.stderr, disable=not (progress if progress is not None
                                                                          else sys.stderr.isatty()))
    with bar:
        for extraction, pages in results:
            if extraction.get("skipped"):
                summary.skipped += 1
            elif "error" in extraction:
                summary.failed += 1
                error = extraction["error"]
                database.store_problem(extraction["source"]["path"], error["code"], error["message"],
                                       extraction["source"].get("sha256"))
                summary.errors.append(error["message"])
                if on_error:
                    on_error(error["message"])
            elif database.store_extraction(extraction, pages):
                summary.stored += 1
                summary.pages += len(pages)
            else:
                summary.skipped += 1
            bar.update(1)
            elapsed = time.perf_counter() - started
            bar.set_postfix(pages=summary.pages, errors=summary.failed,
                            rate=f"{summary.pages / elapsed:.0f} p/s" if elapsed else "-")
    database.index_pages()
    summary.resolved_events = resolve_if_stale(database)
    summary.seconds = time.perf_counter() - started
    return summary


def _dask_extract(path: str, manifests: list[str], skip: frozenset[str]) -> tuple[dict[str, Any], list[str]]:
    """Runs on a Dask worker: each worker process builds its extraction context once."""
    from oversight.extract import batch

    if batch._factory is None or batch._skip is not skip:
        _init_worker(manifests, skip)
    return _extract_with_pages(path)


def _run_dask(paths: list[Path], manifests: list[str], address: str,
              skip: frozenset[str]) -> Iterator[tuple[dict[str, Any], list[str]]]:
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise UsageError("--dask needs Dask: pip install 'csc-oversight[dask]'") from None

    if not paths:
        return
    if address == "local":
        cluster = LocalCluster(n_workers=min(os.cpu_count() or 1, 4), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    else:
        cluster, client = None, Client(address)
    try:
        [shared_skip] = client.scatter([skip], broadcast=True)  # a list, or the set itself would be split up
        futures = client.map(_dask_extract, [str(p) for p in paths], manifests=manifests, skip=shared_skip, pure=False)
        for future in as_completed(futures):
            yield future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
