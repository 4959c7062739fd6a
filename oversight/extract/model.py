"""What one document says, in the shape of ../shared/spec/extraction.schema.json."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from oversight import SCHEMA_ID
from oversight.documents.model import Document, file_key
from oversight.reference.authorities import Authority


@dataclass
class Evidence:
    """Where one value was read: a person can open the page and find the text at these offsets."""

    field: str
    text: str
    page: int | None = None
    start: int | None = None
    end: int | None = None

    def as_json(self) -> dict[str, Any]:
        return {"field": self.field, "page": self.page, "start": self.start, "end": self.end, "text": self.text}


@dataclass
class Person:
    name: str
    role: str | None = None
    organisation: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role, "organisation": self.organisation}


@dataclass
class Event:
    """One inspection event a document tells of: the one it is about (subject) or an earlier one (mentioned)."""

    role: str
    kind: str
    local_authority: Authority | None = None
    framework: str | None = None
    ilacs_type: str | None = None
    start_date: str | None = None
    end_date: str | None = None
    published_date: str | None = None
    action_plan_due_date: str | None = None
    visit_number: int | None = None
    lead_inspector: str | None = None
    inspectors: list[str] = field(default_factory=list)
    judgements: dict[str, str] = field(default_factory=dict)
    focus_areas: list[str] = field(default_factory=list)
    areas_for_improvement: list[str] = field(default_factory=list)
    strengths: list[str] = field(default_factory=list)
    # Months the text names for an event whose year it does not give ('in December and February'): not a date,
    # but enough to tell this event from another of the same kind when events are resolved across documents.
    months_named: list[int] = field(default_factory=list)
    # Grades the prose of news, a council's release or its minutes gives the event, kept apart from its judgements:
    # only Ofsted's own words state a grade; accounts too often give one to another event, council or time
    # (docs/accuracy.md).
    reported_judgements: dict[str, str] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        extra: dict[str, Any] = {"months_named": list(self.months_named)} if self.months_named else {}
        if self.reported_judgements:
            extra["reported_judgements"] = dict(self.reported_judgements)
        return extra | {
            "role": self.role,
            "kind": self.kind,
            "framework": self.framework,
            "ilacs_type": self.ilacs_type,
            "local_authority": self.local_authority.as_json() if self.local_authority else None,
            "start_date": self.start_date,
            "end_date": self.end_date,
            "published_date": self.published_date,
            "action_plan_due_date": self.action_plan_due_date,
            "visit_number": self.visit_number,
            "lead_inspector": self.lead_inspector,
            "inspectors": list(self.inspectors),
            "judgements": dict(self.judgements),
            "focus_areas": list(self.focus_areas),
            "areas_for_improvement": list(self.areas_for_improvement),
            "strengths": list(self.strengths),
        }


@dataclass
class Extraction:
    """Everything read from one document, with evidence for each value and warnings for what is unknown."""

    document: Document
    document_type: str = "other"
    title: str | None = None
    local_authority: Authority | None = None
    events: list[Event] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Who published the page ({kind: ofsted|council|press|other, name, urn, host, reason}): its weight in the
    # record, decided by its address where one is known, else by the text; and the address itself.
    publisher: dict[str, Any] | None = None
    address: str | None = None

    def as_json(self) -> dict[str, Any]:
        source = source_json(self.document.path, self.document.sha256, self.document.media_type,
                             self.document.page_count)
        if self.address:
            source["url"] = self.address
        return {
            "schema": SCHEMA_ID,
            "source": source,
            "document_type": self.document_type,
            "publisher": self.publisher,
            "title": self.title,
            "local_authority": self.local_authority.as_json() if self.local_authority else None,
            "events": [event.as_json() for event in self.events],
            "people": [person.as_json() for person in self.people],
            "evidence": [item.as_json() for item in self.evidence],
            "warnings": list(self.warnings),
        }


def source_json(path: str, sha256: str | None = None, media_type: str | None = None,
                pages: int | None = None) -> dict[str, Any]:
    source: dict[str, Any] = {"path": path}
    if sha256:
        source["sha256"] = sha256
    if media_type:
        source["media_type"] = media_type
    if pages is not None:
        source["pages"] = pages
    return source


def skipped_if_known(path: str, data: bytes, skip: frozenset[str]) -> dict[str, Any] | None:
    """The result for a file whose bytes are a stored document (or this file, known to be bad), or None."""
    digest = hashlib.sha256(data).hexdigest()
    if digest in skip or file_key(digest, path) in skip:
        return {"source": {"path": path, "sha256": digest}, "skipped": True}
    return None


def error_json(path: str, code: str, message: str, sha256: str | None = None,
               media_type: str | None = None) -> dict[str, Any]:
    """The object printed for a file that cannot be read."""
    return {"schema": SCHEMA_ID, "source": source_json(path, sha256, media_type),
            "error": {"code": code, "message": message}}
