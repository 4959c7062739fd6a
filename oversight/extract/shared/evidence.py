"""Recording where each value was read, in page coordinates a person can check."""

from __future__ import annotations

import re
from dataclasses import dataclass

from oversight.documents.model import Document
from oversight.extract.model import Evidence, Extraction


@dataclass
class Found:
    """A value read from the document with the global offsets of the text that says it."""

    value: str
    start: int
    end: int


class EvidenceRecorder:
    """Turns global offsets in Document.text into evidence entries (one per page a span touches)."""

    def __init__(self, document: Document, extraction: Extraction) -> None:
        self.document = document
        self.extraction = extraction

    def add(self, field: str, start: int, end: int) -> None:
        for span in self.document.spans(start, end):
            text = self.document.slice(span)
            if text.strip():
                self.extraction.evidence.append(Evidence(field, text, span.page, span.start, span.end))

    def add_match(self, field: str, match: re.Match[str], group: int | str = 0) -> None:
        self.add(field, match.start(group), match.end(group))

    def add_found(self, field: str, found: Found) -> None:
        self.add(field, found.start, found.end)

    def add_note(self, field: str, text: str) -> None:
        """Evidence that does not come from the document's text (e.g. the manifest)."""
        self.extraction.evidence.append(Evidence(field, text))
