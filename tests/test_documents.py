"""Reading files: real media types, text per page, and a clear typed error for each kind of bad input."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from oversight.documents import DOCX, HTML, PDF, TEXT, read_document
from oversight.errors import (
    CorruptError,
    EmptyError,
    EncryptedError,
    NoTextError,
    NotPdfError,
    UnsupportedTypeError,
)
from tests.conftest import make_pdf

ERROR_PAGE = b"""<!DOCTYPE html><html lang="en"><head><title>Page not found</title></head>
<body><nav>Home | Reports</nav><main><h1>Sorry, we cannot find that page</h1><p>Try the search.</p></main></body></html>"""


def test_pdf_text_is_kept_page_by_page(pdf_file) -> None:
    path = pdf_file("two.pdf", ["First page says outstanding", "Second page says inadequate"])
    document = read_document(path)
    assert document.media_type == PDF
    assert document.page_count == 2
    assert "outstanding" in document.pages[0] and "inadequate" in document.pages[1]
    assert len(document.sha256) == 64


def test_offsets_map_back_to_pages(pdf_file) -> None:
    document = read_document(pdf_file("two.pdf", ["alpha beta", "gamma delta"]))
    start = document.text.index("gamma")
    [span] = document.spans(start, start + 5)
    assert span.page == 2 and document.slice(span) == "gamma"
    spans = document.spans(document.text.index("beta"), start + 5)
    assert [s.page for s in spans] == [1, 2]


def test_html_saved_as_pdf_is_not_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "2012-10-19.pdf"
    path.write_bytes(ERROR_PAGE)
    with pytest.raises(NotPdfError) as caught:
        read_document(path)
    assert caught.value.code == "not_pdf"
    assert str(path) in caught.value.message and "HTML" in caught.value.message
    assert "\n" not in caught.value.message


def test_html_named_html_gives_its_main_text(tmp_path: Path) -> None:
    path = tmp_path / "story.html"
    body = "<p>" + "Ofsted rated the council's children's services good after a two-week inspection. " * 5 + "</p>"
    path.write_text(f"<html><head><title>Council rated good</title></head><body><nav>Menu Home News</nav>"
                    f"<article><h1>Council rated good</h1>{body}</article><footer>Cookies</footer></body></html>")
    document = read_document(path)
    assert document.media_type == HTML
    assert "two-week inspection" in document.text
    assert "Cookies" not in document.text and "Menu Home" not in document.text


def test_text_file_with_a_pdf_name_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "letter.pdf"
    path.write_text("Dear Ms Gallagher, this letter summarises a focused visit.")
    with pytest.raises(NotPdfError):
        read_document(path)


def test_text_and_docx_are_read_by_their_bytes(tmp_path: Path) -> None:
    text_path = tmp_path / "notes.dat"
    text_path.write_text("Cabinet received a report on the inspection.")
    assert read_document(text_path).media_type == TEXT
    word = docx.Document()
    word.add_paragraph("Focused visit to Gateshead children's services")
    buffer = io.BytesIO()
    word.save(buffer)
    docx_path = tmp_path / "letter.bin"
    docx_path.write_bytes(buffer.getvalue())
    document = read_document(docx_path)
    assert document.media_type == DOCX and "Gateshead" in document.text


def test_an_email_bulletin_saved_as_text_is_text(tmp_path: Path) -> None:
    # libmagic calls text that opens with 'From:' and 'Subject:' lines an e-mail (message/rfc822)
    path = tmp_path / "bulletin.txt"
    path.write_text("From: Example Borough Council <news@example.gov.uk>\nSubject: Borough News: inspectors praise "
                    "our work\n\nOfsted carried out a focused visit to our children's services in May.\n")
    document = read_document(path)
    assert document.media_type == TEXT and "focused visit" in document.text


def test_encrypted_pdf(pdf_file) -> None:
    path = pdf_file("locked.pdf", ["secret"], password="open-sesame")
    with pytest.raises(EncryptedError) as caught:
        read_document(path)
    assert "encrypted" in caught.value.message


def test_truncated_pdf(tmp_path: Path) -> None:
    data = make_pdf(["some text " * 50, "more text " * 50])
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(CorruptError) as caught:
        read_document(path)
    assert "truncated" in caught.value.message


def test_corrupt_pdf(tmp_path: Path) -> None:
    path = tmp_path / "garbage.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20 + b"\n%%EOF\n")
    with pytest.raises(CorruptError):
        read_document(path)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    with pytest.raises(EmptyError):
        read_document(path)


def test_image_only_pdf_has_no_text(tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "scan.pdf"
    pdf = Canvas(str(path))
    pdf.setFillGray(0.5)
    pdf.rect(50, 50, 250, 250, fill=1)  # a page with a picture and no text
    pdf.showPage()
    pdf.save()
    with pytest.raises(NoTextError) as caught:
        read_document(path)
    assert "scanned" in caught.value.message


def test_unsupported_type(tmp_path: Path) -> None:
    path = tmp_path / "picture.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    with pytest.raises(UnsupportedTypeError):
        read_document(path)


def test_missing_file_names_the_file(tmp_path: Path) -> None:
    from oversight.errors import DocumentError

    with pytest.raises(DocumentError) as caught:
        read_document(tmp_path / "nowhere.pdf")
    assert "nowhere.pdf" in caught.value.message


def _zero_page_pdf() -> bytes:
    """A well-formed PDF whose page tree is empty (PDFium refuses to open one)."""
    objects = [b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[]/Count 0>>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_a_pdf_with_no_pages_is_empty_not_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "no-pages.pdf"
    path.write_bytes(_zero_page_pdf())
    with pytest.raises(EmptyError) as caught:
        read_document(path)
    assert "no pages" in caught.value.message


def test_the_pages_own_title_is_kept_where_the_main_text_leaves_it_out(tmp_path: Path) -> None:
    # a council's minutes name the council only in the page's <title>; the main-text extractor's title is the h1
    path = tmp_path / "minutes.html"
    path.write_text("<html><head><title>Minutes - Cabinet - Thursday, 11th July, 2024 - Derbyshire County Council"
                    "</title></head><body><h1>Minutes: Cabinet</h1><p>The Cabinet Member for Children's Services "
                    "presented a report on the outcome of Ofsted's inspection of the Council's children's services, "
                    "which took place between 15 and 26 April 2024.</p><p>RESOLVED that Cabinet notes the outcome of "
                    "the inspection.</p></body></html>", "utf-8")
    document = read_document(path)
    assert "Minutes - Cabinet - Thursday, 11th July, 2024 - Derbyshire County Council\n" in document.text[:200]
    assert "Ofsted's inspection of the Council's children's services" in document.text


def test_a_pages_date_is_not_guessed_from_a_year_its_story_names(tmp_path: Path) -> None:
    # no date in the markup: the year a story names ('judged inadequate in 2020') is not the page's date
    path = tmp_path / "news.html"
    body = ("<p>Ofsted has rated Wirral's children's services good after an inspection in May. The council had been "
            "judged inadequate in 2020.</p>" * 3)
    path.write_text(f"<html><head><title>Wirral rated good</title></head><body><article><h1>Wirral rated good</h1>"
                    f"{body}</article></body></html>", "utf-8")
    assert "Published:" not in read_document(path).text


def test_a_pages_date_is_not_the_day_it_was_last_changed(tmp_path: Path) -> None:
    # (round eleven: a council page whose markup gives only dcterms.modified; the story's July 2019 inspection was
    # read against the day it was changed, two years later, and split in two)
    body = ("<p>Following a two-week inspection in July 2019, inspectors judged the overall effectiveness of Essex's "
            "children's services to be outstanding.</p>" * 3)
    html = ("<html><head><title>Essex rated outstanding</title><meta name=\"dcterms.modified\" content=\"2021-06-30\">"
            "{meta}</head><body><article><h1>Essex rated outstanding</h1>{body}</article></body></html>")
    changed = tmp_path / "changed.html"
    changed.write_text(html.format(meta="", body=body), "utf-8")
    assert "Published:" not in read_document(changed).text
    # a day the page shows, or one its markup gives as published, is still the page's date
    shown = tmp_path / "shown.html"
    shown.write_text(html.format(meta="", body="<p>Last updated 30 June 2021</p>" + body), "utf-8")
    assert "Published: 30 June 2021" in read_document(shown).text
    published = tmp_path / "published.html"
    published.write_text(html.format(meta='<meta property="article:published_time" content="2019-09-05">', body=body),
                         "utf-8")
    assert "Published: 5 September 2019" in read_document(published).text
