"""Understanding documents: classify, find the authority, dates, people, judgements and improvement items."""

from typing import TYPE_CHECKING, Any

from oversight.extract.context import ContextFactory, ExtractionContext, Manifest
from oversight.extract.model import Event, Evidence, Extraction, Person

if TYPE_CHECKING:
    from oversight.extract.pipeline import extract_document, extract_path


def __getattr__(name: str) -> Any:
    # the readers (and the hundreds of patterns they compile) load on first use: a run that finds every file
    # already stored, or a process that only hashes files, never needs them
    if name in ("extract_document", "extract_path"):
        from oversight.extract import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ContextFactory",
    "Event",
    "Evidence",
    "Extraction",
    "ExtractionContext",
    "Manifest",
    "Person",
    "extract_document",
    "extract_path",
]
