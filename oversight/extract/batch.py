"""Extracting many files in parallel processes, results in input order."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from oversight.documents import DOCUMENT_EXTENSIONS
from oversight.extract.context import ContextFactory, load_manifests
from oversight.extract.pipeline import extract_path, extract_with_pages

_factory: ContextFactory | None = None
_skip: frozenset[str] = frozenset()


def walk(paths: Iterable[str | Path]) -> list[Path]:
    """Files named are always taken; folders give their documents by extension, in sorted order."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(p for p in sorted(path.rglob("*")) if p.is_file() and p.suffix.lower() in DOCUMENT_EXTENSIONS)
        else:
            found.append(path)
    return found


def find_manifests(paths: Iterable[str | Path]) -> list[str]:
    """Every manifest.csv inside the folders given: their publication dates apply to the files beside them."""
    return [str(p) for raw in paths if Path(raw).is_dir() for p in sorted(Path(raw).rglob("manifest.csv"))]


def _init_worker(manifest_paths: list[str], skip: frozenset[str] = frozenset()) -> None:
    global _factory, _skip
    _factory = ContextFactory(load_manifests(manifest_paths))
    _skip = skip


def _extract_one(path: str) -> dict[str, Any]:
    assert _factory is not None
    return extract_path(path, _factory)


def _extract_with_pages(path: str) -> tuple[dict[str, Any], list[str]]:
    assert _factory is not None
    return extract_with_pages(path, _factory, _skip)


def _manifest_list(manifest: str | list[str] | None) -> list[str]:
    return [manifest] if isinstance(manifest, str) else list(manifest or [])


def extract_many(paths: list[Path], manifest: str | list[str] | None = None, workers: int | None = None,
                 ordered: bool = True, with_pages: bool = False, skip: frozenset[str] = frozenset()) -> Iterator[Any]:
    """Yield one extraction object per path (in the order given unless `ordered` is false), using `workers`
    processes (all cores by default); with `with_pages`, (extraction, page texts) pairs, and files whose sha256
    is in `skip` come back marked skipped without being extracted."""
    workers = max(1, workers or os.cpu_count() or 1)
    names = [str(p) for p in paths]
    manifests = _manifest_list(manifest)
    work = _extract_with_pages if with_pages else _extract_one
    if workers == 1 or len(names) <= 1:
        _init_worker(manifests, skip)
        for name in names:
            yield work(name)
        return
    chunk = max(1, min(8, len(names) // (workers * 8)))
    with get_context("fork").Pool(workers, initializer=_init_worker, initargs=(manifests, skip)) as pool:
        mapper = pool.imap if ordered else pool.imap_unordered
        yield from mapper(work, names, chunksize=chunk)
