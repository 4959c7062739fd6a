"""Reading files: real media type from the bytes, text per page with stable offsets."""

from oversight.documents.model import DOCX, HTML, PDF, TEXT, Document, Span, file_key
from oversight.documents.readers import DOCUMENT_EXTENSIONS, read_bytes, read_document

__all__ = ["DOCX", "HTML", "PDF", "TEXT", "DOCUMENT_EXTENSIONS", "Document", "Span", "file_key", "read_bytes",
           "read_document"]
