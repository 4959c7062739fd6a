"""Extracting many files in parallel processes, one result per file whatever happens to the processes."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from oversight.documents import DOCUMENT_EXTENSIONS
from oversight.extract.context import ContextFactory, load_manifests
from oversight.extract.model import error_json, skipped_if_known

# Seconds a file may take with nothing else finishing before its reader is taken to be stuck (the longest report in
# the corpus takes under a second to read; a long scan on a slow machine, far less than this).
DEADLINE = 300.0
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
    from oversight.extract.pipeline import extract_path

    assert _factory is not None
    return _guarded(path, lambda: extract_path(path, _factory))  # type: ignore[arg-type]


def _extract_with_pages(path: str) -> tuple[dict[str, Any], list[str]]:
    from oversight.extract.pipeline import extract_with_pages

    assert _factory is not None
    return _guarded(path, lambda: extract_with_pages(path, _factory, _skip), with_pages=True)  # type: ignore[arg-type]


def _guarded(path: str, work: Callable[[], Any], with_pages: bool = False) -> Any:
    """A reader that fails on a file in a way it did not foresee gives that file a problem, not the run a crash
    (a library that calls sys.exit included; Ctrl+C still stops the run)."""
    try:
        return work()
    except (Exception, SystemExit) as exc:  # noqa: BLE001 - any failure of one file is that file's problem
        return _failed(path, exc, with_pages)


def _failed(path: str, exc: BaseException, with_pages: bool) -> Any:
    return _problem(path, "reader_failed", f"the reader failed: {type(exc).__name__}: {exc}", with_pages)


def _died(path: str, with_pages: bool) -> Any:
    """The result for a file whose reading process died (killed, out of memory, a crash inside the PDF engine)."""
    return _problem(path, "reader_died", "the process reading it died (killed, out of memory or a crash in the PDF "
                                         "engine)", with_pages)


def _timed_out(path: str, deadline: float, with_pages: bool) -> Any:
    return _problem(path, "reader_timed_out", f"still being read after {deadline:.0f} s: given up (the reader is "
                                              "stuck on it)", with_pages)


def _problem(path: str, code: str, why: str, with_pages: bool) -> Any:
    """A file's result when its reader, not the file, failed: one line naming the file, and its digest."""
    result = error_json(path, code, f"{path}: {why}", sha256=_sha256_or_none(path))
    return (result, []) if with_pages else result


def _sha256_or_none(path: str) -> str | None:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


def _manifest_list(manifest: str | list[str] | None) -> list[str]:
    return [manifest] if isinstance(manifest, str) else list(manifest or [])


def extract_many(paths: list[Path], manifest: str | list[str] | None = None, workers: int | None = None,
                 ordered: bool = True, with_pages: bool = False, skip: frozenset[str] = frozenset(),
                 deadline: float = DEADLINE) -> Iterator[Any]:
    """Yield one extraction object per path (in the order given unless `ordered` is false), using `workers`
    processes (all cores by default); with `with_pages`, (extraction, page texts) pairs, and files whose sha256
    is in `skip` come back marked skipped without being extracted.

    Every path gives exactly one result, whatever happens to the processes: a file on which a reader raises
    gives a `reader_failed` error, and a file whose process dies (killed, out of memory) a `reader_died` error,
    found by reading the files that were in flight again one at a time; a file still being read after `deadline`
    seconds with nothing else finished (a reader stuck for ever) a `reader_timed_out` error. A manifest that cannot
    be read stops the run before any work starts (UsageError)."""
    workers = max(1, workers or os.cpu_count() or 1)
    names = [str(p) for p in paths]
    manifests = _manifest_list(manifest)
    load_manifests(manifests)  # a bad manifest is the run's error, said once, here
    work = _extract_with_pages if with_pages else _extract_one
    if not names:
        return
    # files already stored are known here by their bytes' digest, and no process starts for them (an ingest run
    # again over an unchanged corpus reads nothing)
    known = _known_files(names, skip) if with_pages and skip else {}
    results = _known_then_read(names, known, work, workers, manifests, skip, with_pages, deadline)
    if not ordered:
        for _, result in results:
            yield result
        return
    waiting: dict[int, Any] = {}
    next_index = 0
    for index, result in results:
        waiting[index] = result
        while next_index in waiting:
            yield waiting.pop(next_index)
            next_index += 1


def _known_files(names: list[str], skip: frozenset[str]) -> dict[int, tuple[dict[str, Any], list[str]]]:
    known: dict[int, tuple[dict[str, Any], list[str]]] = {}
    for index, name in enumerate(names):
        try:
            data = Path(name).read_bytes()
        except OSError:
            continue  # its reader says why
        result = skipped_if_known(name, data, skip)
        if result is not None:
            known[index] = (result, [])
    return known


def _known_then_read(names: list[str], known: dict[int, Any], work: Callable[[str], Any], workers: int,
                     manifests: list[str], skip: frozenset[str], with_pages: bool,
                     deadline: float) -> Iterator[tuple[int, Any]]:
    yield from known.items()
    remaining = [index for index in range(len(names)) if index not in known]
    if not remaining:
        return
    import oversight.extract.pipeline  # noqa: F401 - loaded once here, before the processes fork, not in each

    # even one worker reads in a process of its own, so that a crash in the PDF engine costs one file, not the run
    for position, result in _in_processes([names[i] for i in remaining], work, workers, manifests, skip,
                                          with_pages, deadline):
        yield remaining[position], result


def _in_processes(names: list[str], work: Callable[[str], Any], workers: int, manifests: list[str],
                  skip: frozenset[str], with_pages: bool, deadline: float) -> Iterator[tuple[int, Any]]:
    """(index, result) for every name, as they finish. At most two files a process are in flight. When a process
    dies the pool breaks: the files in flight are read again, each alone in a pool of one, so that only the file
    that kills its reader is lost, and the rest go on in a new pool."""
    queue = list(range(len(names)))
    queue.reverse()  # popped from the end: input order
    while queue:
        suspects: list[int] = []
        with _pool(workers, manifests, skip) as pool:
            in_flight: dict[Future[Any], int] = {}
            while queue or in_flight:
                broken = False
                while queue and len(in_flight) < 2 * workers:
                    index = queue.pop()
                    try:
                        in_flight[pool.submit(work, names[index])] = index
                    except BrokenProcessPool:  # it broke while the last result was being stored
                        queue.append(index)  # not started: it goes on in the next pool
                        broken = True
                        break
                finished: list[tuple[int, Any]] = []
                if not broken:
                    done, _ = wait(in_flight, timeout=deadline, return_when=FIRST_COMPLETED)
                    if not done:  # nothing finished in all that time: a reader is stuck; read the rest alone
                        _stop(pool)
                        suspects.extend(in_flight.values())
                        break
                    for future in done:
                        index = in_flight.pop(future)
                        try:
                            finished.append((index, future.result()))
                        except BrokenProcessPool:
                            suspects.append(index)
                            broken = True
                        except Exception as exc:  # noqa: BLE001 - a result that could not come back, say
                            finished.append((index, _failed(names[index], exc, with_pages)))
                yield from finished
                if broken:
                    suspects.extend(in_flight.values())
                    break
        for index in sorted(suspects):  # each alone: the one that breaks its own pool killed the reader
            with _pool(1, manifests, skip) as single:
                try:
                    result = single.submit(work, names[index]).result(timeout=deadline)
                except FutureTimeout:
                    _stop(single)
                    result = _timed_out(names[index], deadline, with_pages)
                except BrokenProcessPool:
                    result = _died(names[index], with_pages)
                except Exception as exc:  # noqa: BLE001
                    result = _failed(names[index], exc, with_pages)
            yield index, result


def _stop(pool: ProcessPoolExecutor) -> None:
    """Kill a pool's processes (one is stuck): the pool breaks, and its files in flight are read again alone."""
    for process in list(getattr(pool, "_processes", {}).values()):  # no public way to kill them before 3.14
        process.kill()


def _pool(workers: int, manifests: list[str], skip: frozenset[str]) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(workers, mp_context=get_context("fork"), initializer=_init_worker,
                               initargs=(manifests, skip))
