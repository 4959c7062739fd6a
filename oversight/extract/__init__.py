"""Understanding documents: classify, find the authority, dates, people, judgements and improvement items."""

from oversight.extract.context import ContextFactory, ExtractionContext, Manifest
from oversight.extract.model import Event, Evidence, Extraction, Person
from oversight.extract.pipeline import extract_document, extract_path

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
