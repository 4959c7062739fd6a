"""A read document: its identity, real media type and text by page with stable offsets."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cache, cached_property

PDF = "application/pdf"
HTML = "text/html"
TEXT = "text/plain"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

# Pages are joined with this separator so that a pattern never runs from one page into the next by accident,
# while a list that continues over a page break can still be followed line by line.
PAGE_SEPARATOR = "\n\f\n"


@dataclass(frozen=True)
class Span:
    """A stretch of one page's text: what evidence points at (page is None for unpaged sources)."""

    page: int | None
    start: int
    end: int


@dataclass(frozen=True)
class Document:
    """The text of one file. `pages` holds one string per page; unpaged formats have a single page."""

    path: str
    sha256: str
    media_type: str
    pages: tuple[str, ...]
    paged: bool
    title: str | None = None
    _starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        starts, offset = [], 0
        for page in self.pages:
            starts.append(offset)
            offset += len(page) + len(PAGE_SEPARATOR)
        object.__setattr__(self, "_starts", tuple(starts))

    @property
    def page_count(self) -> int | None:
        return len(self.pages) if self.paged else None

    @cached_property
    def text(self) -> str:
        """All pages joined (once: every reader asks for it); offsets into it map back to pages with `spans`."""
        return PAGE_SEPARATOR.join(self.pages)

    def page_of(self, offset: int) -> int:
        """0-based index of the page holding a global offset."""
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def spans(self, start: int, end: int) -> list[Span]:
        """Cut a global [start, end) range into per-page spans (1-based pages for paged documents)."""
        out: list[Span] = []
        index = self.page_of(start)
        while start < end and index < len(self.pages):
            page_start = self._starts[index]
            local_start = max(0, start - page_start)
            local_end = min(len(self.pages[index]), end - page_start)
            if local_end > local_start:
                out.append(Span(index + 1 if self.paged else None, local_start, local_end))
            index += 1
            if index < len(self.pages):
                start = self._starts[index]
        return out

    def slice(self, span: Span) -> str:
        page = self.pages[(span.page or 1) - 1]
        return page[span.start : span.end]


def file_key(sha256: str, path: str) -> str:
    """A file as its bytes at its path: what names a file known to be unreadable, since the same bad bytes at
    another path are another file to report (the same good bytes anywhere are the same document)."""
    return f"{sha256}\0{path}"


# The package that reads each media type, and a revision of Oversight's own clean-up of its text: together they
# say which reader made a stored text (raise the revision whenever the clean-up changes what a page's text is).
_READER_PACKAGES = {PDF: "pypdfium2", HTML: "trafilatura", DOCX: "python-docx"}
_CLEAN_UP_REVISION = 1


@cache
def reader_version(media_type: str) -> str:
    """Which reader, at which version, turns documents of this media type into text now ('pypdfium2 4.30.0/1')."""
    from importlib.metadata import PackageNotFoundError, version

    package = _READER_PACKAGES.get(media_type)
    try:
        name = f"{package} {version(package)}" if package else "text"
    except PackageNotFoundError:
        name = f"{package} (version unknown)"
    return f"{name}/{_CLEAN_UP_REVISION}"


def all_readers() -> str:
    """Every reader at its version now: what a file that none of them could read was tried with."""
    return "; ".join(reader_version(media_type) for media_type in (PDF, HTML, DOCX, TEXT))
