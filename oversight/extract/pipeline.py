"""One document in, one Extraction out: classify, then hand to the reader for its genre."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from oversight.documents import Document, read_bytes, read_document
from oversight.errors import DocumentError
from oversight.extract.accounts.accounts import council_of_other, extract_account, people_of_other
from oversight.extract.classify import Classification, classify
from oversight.extract.context import ContextFactory, ExtractionContext
from oversight.extract.letters.embedded import find_embedded_letter, read_embedded_letter
from oversight.extract.model import Extraction, error_json, skipped_if_known
from oversight.extract.publisher import SECONDARY_PROSE, genre_for_publisher, record_publisher
from oversight.extract.reports.report import extract_report, find_report_title
from oversight.extract.shared import page_genres


def extract_document(document: Document, context: ExtractionContext) -> Extraction:
    """Classify a read document and extract what it says, each value with its evidence."""
    extraction = Extraction(document)
    extraction.title = document.title
    title = find_report_title(document.text)
    if title is not None:
        extraction.document_type = "inspection_report"
        extract_report(extraction, title, context)
        record_publisher(extraction, context.publisher, context.address)
        return extraction
    classification = classify(document.text)
    how = _read_by_genre(extraction, classification, context)
    record_publisher(extraction, context.publisher, context.address, classification.scores, how)
    return extraction


def _read_by_genre(extraction: Extraction, classification: Classification,
                   context: ExtractionContext) -> str | None:
    """Read the document as its genre; return how the genre was decided where a fallback decided it."""
    document = extraction.document
    if classification.document_type == "other":
        extraction.warnings.append(
            f"not about an inspection of a council's children's services: {classification.reason}")
        if classification.other_subject in (*page_genres.COUNCIL_BODIES, *page_genres.COUNCIL_PARTNERSHIPS, None):
            # a council's own home or SEND partnership, a service it runs with partners (its youth justice service),
            # or a page that names no school, nursery or college as its subject: the council's, where the page says
            # which council
            council_body = classification.other_subject in page_genres.COUNCIL_BODIES
            council_of_other(extraction, context, council_body=council_body)
        people_of_other(extraction)
        return None
    document_type = genre_for_publisher(classification.document_type, context.publisher, classification.scores)
    how = None
    if context.publisher is None and context.genre_model is not None and document_type in SECONDARY_PROSE \
            and marks_undecided(classification.scores):
        # no address to say whose page it is, and no strong mark either way: the words decide
        document_type, confidence = context.genre_model.decide(document.text)
        how = f"the words read as {document_type.replace('_', ' ')} (model, {confidence:.2f})"
    extract_account(extraction, document_type, context)
    letter = find_embedded_letter(document.text) if document_type not in page_genres.LETTER_KINDS else None
    if letter is not None:
        read_embedded_letter(extraction, letter, context)
    return how


STRONG_MARK = 3  # a byline, an outlet, 'Notes to editors', media contacts: the rules' own strong cues


def marks_undecided(scores: dict[str, int]) -> bool:
    """Neither news nor release has a strong mark, or the two are level."""
    news, release = scores.get("news_article", 0), scores.get("press_release", 0)
    return max(news, release) < STRONG_MARK or news == release


def extract_path(path: str | Path, factory: ContextFactory) -> dict[str, Any]:
    """Read and extract one file into its JSON object; an unreadable file gives an object with `error`."""
    return extract_with_pages(path, factory)[0]


def extract_with_pages(path: str | Path, factory: ContextFactory,
                       skip: frozenset[str] = frozenset()) -> tuple[dict[str, Any], list[str]]:
    """As extract_path, with the document's page texts (what the store keeps for search and evidence).

    A file whose sha256 is in `skip` is not extracted: the result is {"source": ..., "skipped": true}.
    """
    try:
        data = Path(path).read_bytes()
    except OSError:
        data = None  # read_document names the reason
    if data is not None and skip:
        known = skipped_if_known(str(path), data, skip)  # a stored document, or this file known bad
        if known is not None:
            return known, []
    try:
        document = read_bytes(data, path) if data is not None else read_document(path)
    except DocumentError as exc:
        sha256 = hashlib.sha256(data).hexdigest() if data is not None else None
        return error_json(str(path), exc.code, exc.message, sha256=sha256), []
    return extract_document(document, factory.for_path(path)).as_json(), list(document.pages)
