"""Tell a file's real media type from its bytes, not its name."""

from __future__ import annotations

import io
import zipfile

import magic

from oversight.documents.model import DOCX, HTML, PDF, TEXT

# libmagic names for the same thing vary by version; these are the variants seen in Debian's 5.4x.
_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_TEXT_TYPES = {"text/plain", "text/csv", "text/markdown", "text/x-c", "text/x-c++", "text/troff"}
_ZIP_TYPES = {"application/zip", "application/x-zip-compressed", "application/octet-stream", DOCX}


def sniff_media_type(data: bytes) -> str:
    """Return one of the media types Oversight reads, or libmagic's own answer for anything else."""
    head = data[:8192]
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"%PDF-"):
        return PDF
    detected = magic.from_buffer(head, mime=True)
    if detected in _ZIP_TYPES and data[:2] == b"PK" and _is_docx(data):
        return DOCX
    starts_with_markup = head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")
    if _looks_like_html(head) or (detected in _HTML_TYPES and starts_with_markup):
        return HTML  # plain text that merely contains a tag somewhere ("<script>") stays text
    # (an e-mail or a bulletin saved as text, whose first lines are 'From:' and 'Subject:', is libmagic's
    # 'message/rfc822': its words are plain text all the same)
    if detected in _TEXT_TYPES or detected.startswith(("text/", "message/")):
        return TEXT
    return detected


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False


def _looks_like_html(head: bytes) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:200].lower()
    return start.startswith((b"<!doctype html", b"<html")) or (b"<html" in start and b"<body" in head.lower())


def describe(media_type: str) -> str:
    """Words for a media type in an error message."""
    return {PDF: "a PDF", HTML: "an HTML page", TEXT: "plain text", DOCX: "a Word document"}.get(
        media_type, media_type
    )
