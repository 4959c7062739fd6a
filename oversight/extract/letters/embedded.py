"""Ofsted letters reproduced inside minutes, committee reports, press releases and news pages.

Councils append the letter to a minute or a committee report, and local papers print it in full under their own
story. The document stays what it is (minutes, news), but what the letter says of the visit is Ofsted's own word:
the letter is read as a letter, and its facts take the place of what the host's prose gave for the same event.
"""

from __future__ import annotations

import re

from oversight.documents.model import Document
from oversight.extract.context import ExtractionContext
from oversight.extract.model import Event, Evidence, Extraction
from oversight.extract.shared import page_genres
from oversight.extract.shared.people import plain_role

_SALUTATION = re.compile(r"^[ \t]*Dear\s", re.M)
_LETTERHEAD = re.compile(r"^[ \t|]*Ofsted[ \t|]*$", re.M)
_DATE_LINE = re.compile(r"^[ \t|]*\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}[ \t|]*$", re.M)
_SIGN_OFF = re.compile(r"^[ \t]*Yours\s+(?:sincerely|faithfully),?[ \t]*$", re.M | re.I)
LETTER_FIELDS = ("start_date", "end_date", "published_date", "action_plan_due_date", "visit_number",
                 "lead_inspector", "inspectors", "focus_areas", "areas_for_improvement")


def find_embedded_letter(text: str) -> tuple[int, int, str] | None:
    """(start, end, letter type) of an Ofsted letter that begins after the start of the document, if any."""
    for kind, cues in page_genres.LETTER_KINDS.items():
        heading = cues[0].search(text, 200)
        if heading is None:
            continue
        salutations = [m for m in _SALUTATION.finditer(text, max(0, heading.start() - 2500), heading.start())]
        if not salutations:
            continue
        salutation = salutations[-1]
        heads = [m.start() for m in _LETTERHEAD.finditer(text, max(0, salutation.start() - 1500), salutation.start())]
        dates = [m.start() for m in _DATE_LINE.finditer(text, max(0, salutation.start() - 1500), salutation.start())]
        start = heads[0] if heads else dates[-1] if dates else salutation.start()
        sign_off = _SIGN_OFF.search(text, heading.end())
        end = len(text)
        if sign_off:
            tail = list(re.finditer(r"[^\n]*\n?", text[sign_off.end(): sign_off.end() + 300]))[:4]
            end = sign_off.end() + sum(len(line.group()) for line in tail)
        return start, end, kind
    return None


def read_embedded_letter(host: Extraction, span: tuple[int, int, str], context: ExtractionContext) -> None:
    """Read the letter in text[start:end] and let its subject event speak for the host's account of the visit."""
    from oversight.extract.accounts.accounts import extract_account  # the reader of letters, which also reads accounts

    start, end, kind = span
    document = host.document
    letter_document = Document(document.path, document.sha256, document.media_type, (document.text[start:end],),
                               False, document.title)
    letter = Extraction(letter_document)
    extract_account(letter, kind, context)
    subject = next((e for e in letter.events if e.role == "subject"), None)
    if subject is None or subject.local_authority is None:
        return
    letter_index = letter.events.index(subject)
    match = next((e for e in host.events if e.role == "subject" and e.kind == subject.kind
                  and e.local_authority is subject.local_authority), None)
    if match is None:
        host.events.append(Event(role="subject", kind=subject.kind, local_authority=subject.local_authority))
        match = host.events[-1]
        if host.local_authority is None:
            host.local_authority = subject.local_authority
    host_index = host.events.index(match)
    for name in LETTER_FIELDS:
        value = getattr(subject, name)
        if value in (None, []):
            continue
        setattr(match, name, value)
        prefix = f"events[{host_index}].{name}"
        host.evidence = [e for e in host.evidence if not (e.field == prefix or e.field.startswith(prefix + "[")
                                                           or e.field.startswith(prefix + "."))]
        for item in letter.evidence:
            own = f"events[{letter_index}].{name}"
            if item.field == own or item.field.startswith(own + "[") or item.field.startswith(own + "."):
                host.evidence.extend(_moved(document, item, prefix + item.field[len(own):], start))
    by_name = {p.name: p for p in host.people}
    for person in letter.people:
        if person.name not in by_name:
            host.people.append(person)
        elif plain_role(person.role) in ("lead inspector", "inspector", "director of children's services"):
            by_name[person.name].role = person.role  # the letter knows who led the visit and whom it is to
    host.warnings.append(f"reads the Ofsted letter it reproduces ({kind.replace('_', ' ')}) for the visit's facts")


def _moved(document: Document, item: Evidence, field: str, offset: int) -> list[Evidence]:
    """Evidence read in the letter, placed in the host document's own pages."""
    if item.start is None or item.end is None:
        return [Evidence(field, item.text)]
    return [Evidence(field, document.slice(span), span.page, span.start, span.end)
            for span in document.spans(offset + item.start, offset + item.end)]
