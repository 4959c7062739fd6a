"""Turn the bytes of a PDF, HTML page, Word document or text file into pages of text."""

from __future__ import annotations

import hashlib
import io
import re
from datetime import date
from pathlib import Path

from oversight.documents.model import DOCX, HTML, PDF, TEXT, Document
from oversight.documents.sniff import describe, sniff_media_type
from oversight.errors import (
    CorruptError,
    DocumentError,
    EmptyError,
    EncryptedError,
    NoTextError,
    NotPdfError,
    UnsupportedTypeError,
)

# Extensions a folder walk picks up; a file named on the command line is always tried.
DOCUMENT_EXTENSIONS = (".pdf", ".html", ".htm", ".txt", ".docx")

_EOF_MARKER_WINDOW = 2048
_ENCRYPTED = re.compile(rb"/Encrypt\b")
_NO_PAGES = re.compile(rb"/Type\s*/Pages\b[^>]*?/Count\s+0\b|/Count\s+0\b[^>]*?/Type\s*/Pages\b")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
# Typographic ligatures some PDFs keep as one character ('Griﬃths'): spelt out, so names and words match.
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                            "\ufb05": "st", "\ufb06": "st"})


def read_document(path: str | Path) -> Document:
    """Read one file into a Document, or raise a DocumentError saying why it cannot be read."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise UnsupportedTypeError(path, "is a folder, not a document") from None
    except OSError as exc:
        raise DocumentError(path, f"cannot be opened: {exc.strerror or exc}") from None
    return read_bytes(data, path)


def read_bytes(data: bytes, path: str | Path) -> Document:
    """Read a document held in memory; `path` names it in the result and in errors."""
    if not data.strip():
        raise EmptyError(path, "is empty (no bytes, or only white space)")
    media_type = sniff_media_type(data)
    if str(path).lower().endswith(".pdf") and media_type != PDF:
        raise NotPdfError(path, f"is named .pdf but is not a PDF: its bytes are {describe(media_type)}")
    sha256 = hashlib.sha256(data).hexdigest()
    reader = _READERS.get(media_type)
    if reader is None:
        raise UnsupportedTypeError(path, f"has an unsupported type ({describe(media_type)})")
    raw_pages, paged, title = reader(data, path)
    pages = tuple(_CONTROL.sub(" ", page).translate(_LIGATURES) for page in raw_pages)
    if not any(page.strip() for page in pages):
        if media_type == PDF:
            raise NoTextError(path, f"has no extractable text in its {len(pages)} page(s): probably scanned images")
        raise NoTextError(path, f"has no readable text ({describe(media_type)} with no main content)")
    return Document(str(path), sha256, media_type, pages, paged, title)


def _read_pdf(data: bytes, path: str | Path) -> tuple[list[str], bool, str | None]:
    import pypdfium2

    if b"%%EOF" not in data[-_EOF_MARKER_WINDOW:]:
        raise CorruptError(path, "is a truncated PDF: it has no end-of-file marker")
    try:
        pdf = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        # PDFium refuses a PDF with no pages too, saying 'unsupported security scheme' or nothing useful: the file's
        # own dictionaries tell an encrypted one (/Encrypt) from an empty one (a page tree of /Count 0)
        if "password" in str(exc).lower() or _ENCRYPTED.search(data):
            raise EncryptedError(path, "is an encrypted PDF that needs a password") from None
        if _NO_PAGES.search(data):
            raise EmptyError(path, "is a PDF with no pages") from None
        raise CorruptError(path, f"is a corrupt PDF: {exc}") from None
    try:
        if len(pdf) == 0:
            raise EmptyError(path, "is a PDF with no pages")
        pages = []
        for index in range(len(pdf)):
            try:
                page = pdf[index]
                text = page.get_textpage().get_text_bounded()
            except pypdfium2.PdfiumError as exc:
                raise CorruptError(path, f"is a corrupt PDF: page {index + 1} could not be read ({exc})") from None
            # PDFium ends lines with CR LF (some producers with a lone CR), and marks a word broken at a line's end
            # with \x02 where the hyphen was, dropping the line break
            pages.append(text.replace("\r\n", "\n").replace("\r", "\n").replace("\x02", "-\n"))
        title = pdf.get_metadata_dict().get("Title") or None
    finally:
        pdf.close()
    return pages, True, title


def _read_html(data: bytes, path: str | Path) -> tuple[list[str], bool, str | None]:
    import trafilatura

    html = _decode(data)
    text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_recall=True) or ""
    metadata = trafilatura.extract_metadata(html)
    if metadata is not None and metadata.date and (not _date_shown(html, metadata.date)
                                                   or _only_modified_then(html, metadata.date)):
        # a date the extractor guessed from a year the story names ('judged inadequate in 2020' became 1 January
        # 2020), shown nowhere on the page as a day: not the page's date; nor the day it was last changed, which the
        # extractor falls back on where the markup gives no other (<meta name="dcterms.modified">)
        metadata.date = None
    title = metadata.title if metadata is not None else None
    # The main-text extractor lifts the headline, byline and date out of the text into metadata; they are part
    # of the document (who wrote it, when), so they are put back as a header above the main text.
    header = []
    if title and title not in text[: len(title) + 200]:
        header.append(title)
    # the page's own <title>, where the extractor's title is another ('Minutes: Cabinet' for a <title> that goes on
    # '... - Derbyshire County Council'): often the only place a council's page names the council
    page_title = _page_title(html)
    if metadata is not None and metadata.author:
        author, *affiliation = [part.strip() for part in metadata.author.split(";")]
        header.append("By " + ", ".join([author, *affiliation]))
    published = _metadata_date(metadata.date if metadata is not None else None)
    if published:
        header.append(f"Published: {published}")  # the page's own date, which relative dates in it depend on
    if page_title and page_title != title and page_title not in text[: len(page_title) + 200]:
        header.append(page_title)
    if text.strip() and header:
        text = "\n".join(header) + "\n" + text
    return [text], False, title


def _date_shown(html: str, iso: str) -> bool:
    """Whether a date (ISO) is written on the page as a day ('2018-06-20', '20 JUN 2018', 'June 20, 2018',
    '20/06/2018')."""
    try:
        day = date.fromisoformat(iso[:10])
    except ValueError:
        return False
    month = day.strftime("%B")
    shown = [day.isoformat(), f"{day.day:02d}/{day.month:02d}/{day.year}", f"{day.day}/{day.month}/{day.year}"]
    words = [rf"\b0?{day.day}(?:st|nd|rd|th)?\s+(?:{month}|{month[:3]})\.?,?\s+{day.year}\b",
             rf"\b(?:{month}|{month[:3]})\.?\s+0?{day.day}(?:st|nd|rd|th)?,?\s+{day.year}\b"]
    return any(text in html for text in shown) or any(re.search(pattern, html, re.I) for pattern in words)


def _only_modified_then(html: str, iso: str) -> bool:
    """Whether the markup gives the day (ISO) only as the day the page was changed ('dcterms.modified',
    'article:modified_time', '"dateModified"'), and the page shows it nowhere in its text."""
    day = re.escape(iso[:10])
    modified = re.search(rf"(?:modified|updated)[^<>]{{0,80}}?{day}", html, re.I)
    published = re.search(rf"(?:published|created|issued|pubdate)[^<>]{{0,80}}?{day}", html, re.I)
    if modified is None or published is not None:
        return False
    visible = _TAGS.sub(" ", _HEAD.sub(" ", html))
    return not _date_shown(visible, iso)


_HEAD = re.compile(r"<head\b.*?</head>|<script\b.*?</script>|<style\b.*?</style>", re.I | re.S)
_TAGS = re.compile(r"<[^>]+>")


def _page_title(html: str) -> str | None:
    """The text of the page's <title> element, on one line, if it has one."""
    from lxml import html as lxml_html

    try:
        found = lxml_html.fromstring(html).findtext(".//title")
    except (ValueError, lxml_html.etree.ParserError):
        return None
    return " ".join(found.split()) or None if found else None


def _metadata_date(value: str | None) -> str | None:
    """'2022-11-25' (trafilatura's ISO date) as the page would print it: '25 November 2022'."""
    if not value:
        return None
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return None
    return f"{day.day} {day:%B %Y}"


def _read_docx(data: bytes, path: str | Path) -> tuple[list[str], bool, str | None]:
    import docx
    import docx.table

    try:
        word = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise CorruptError(path, f"is a damaged Word document: {exc}") from None
    lines = []
    for block in word.iter_inner_content():  # paragraphs and tables in the order the document has them
        if isinstance(block, docx.table.Table):
            for row in block.rows:
                lines.append(" | ".join(cell.text for cell in row.cells))
        else:
            lines.append(block.text)
    title = word.core_properties.title or None
    return ["\n".join(lines)], False, title


def _read_text(data: bytes, path: str | Path) -> tuple[list[str], bool, str | None]:
    return [_decode(data)], False, None


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


_READERS = {PDF: _read_pdf, HTML: _read_html, DOCX: _read_docx, TEXT: _read_text}
