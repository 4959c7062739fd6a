"""How the pages write facts for people: dates as '10 May 2023', grades and areas in Ofsted's words, documents by
what they are rather than by where their file lies. The JSON twins keep the stored codes."""

from __future__ import annotations

import re
from pathlib import PurePath
from typing import Any

from oversight.analysis.labels import (
    AREA_LABELS,
    FRAMEWORK_LABELS,
    GRADE_LABELS,
    ILACS_TYPE_LABELS,
    KIND_LABELS,
    label,
)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
DOCUMENT_TYPE_LABELS = {
    "inspection_report": "Inspection report",
    "focused_visit_letter": "Focused visit letter",
    "monitoring_visit_letter": "Monitoring visit letter",
    "jtai_letter": "Joint targeted area inspection letter",
    "council_minutes": "Council minutes or papers",
    "press_release": "Council press release",
    "news_article": "News story",
    "other": "Other document",
}
SPEAKER_LABELS = {"Ofsted": "Ofsted", "the council": "the council", "the press": "the press", "other": "another source"}
NO_INSPECTION = "No full inspection in this record"
MEDIA_LABELS = {"application/pdf": "PDF", "text/plain": "text", "text/html": "web page",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word document"}


def long_date(value: Any) -> str:
    """'2023-05-10' as '10 May 2023', '2023-05' as 'May 2023', '2023' as it is; anything else unchanged."""
    text = str(value or "")
    parts = text.split("-")
    try:
        if len(parts) == 3 and len(parts[0]) == 4:
            return f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) == 2 and len(parts[0]) == 4:
            return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        return text
    return text


def grade_label(grade: str | None) -> str:
    return label(grade, GRADE_LABELS) if grade else NO_INSPECTION


def area_label(area: str | None) -> str:
    return label(area, AREA_LABELS)


def kind_label(kind: str | None) -> str:
    return label(kind, KIND_LABELS)


def document_type_label(document_type: str | None) -> str:
    return label(document_type, DOCUMENT_TYPE_LABELS)


def framework_label(framework: str | None, ilacs_type: str | None = None) -> str:
    """'ILACS, short inspection' or 'SIF'."""
    words = label(framework, FRAMEWORK_LABELS)
    if ilacs_type:
        words += f", {label(ilacs_type, ILACS_TYPE_LABELS).lower()} inspection"
    return words


def field_label(name: str) -> str:
    """A fact's name on a page: the stored field in words people use ('judgements.overall_effectiveness' is the
    judgement area's name)."""
    if name.startswith("judgements."):
        return area_label(name.split(".", 1)[1])
    return FIELD_LABELS.get(name) or label(name)


FIELD_LABELS = {
    "framework": "Inspection framework", "ilacs_type": "Type of inspection", "start_date": "Started",
    "end_date": "Ended", "published_date": "Published", "visit_number": "Visit number",
    "lead_inspector": "Lead inspector", "action_plan_due_date": "Action plan due",
}


def field_value(value: Any, name: str) -> str:
    """A fact's value as people read it (`{{ value | field_value(name) }}` in a template): dates in words, a
    judgement's grade by its label, a framework or type of inspection by its name."""
    if value is None:
        return "not given"
    if name.startswith("judgements."):
        return label(value, GRADE_LABELS)
    if name.endswith("_date"):
        return long_date(value)
    if name == "framework":
        return label(value, FRAMEWORK_LABELS)
    if name == "ilacs_type":
        return label(value, ILACS_TYPE_LABELS)
    return str(value)


def document_title(document: dict[str, Any], authority_name: str | None = None) -> str:
    """What a document is called on a page: its own title where it has one that is not a file's name, else its
    type; followed by the council and the date where the title does not already say them ('Inspection of
    children's social care services: Torbay, 11 June 2018'). Never a path on the server."""
    title = " ".join((document.get("title") or "").split())
    path = document.get("path") or ""
    is_file_name = (not title or title == path or title == PurePath(path).name
                    or title.lower().endswith((".pdf", ".txt", ".html", ".htm", ".docx")))
    words = document_type_label(document.get("document_type")) if is_file_name else title
    if authority_name and authority_name.lower() not in words.lower():
        words += f": {authority_name}"
    published = document.get("published_date")
    if published and str(published)[:4] not in words:
        words += f", {long_date(published)}"
    return words


def file_name(path: str | None) -> str:
    """The name of a file without the folders it lies in on the server."""
    return PurePath(path or "").name


ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def dates_in_words(message: str) -> str:
    """A message with its year-month-day dates written as people read them ('after today (30 November 2026)')."""
    return ISO_DAY.sub(lambda match: long_date(match.group()), message)


def without_page(query: str) -> str:
    """An address's query without its page number, ready for another ('q=x&region=London&')."""
    from urllib.parse import parse_qsl, urlencode

    kept = urlencode([(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if k != "page"])
    return kept + "&" if kept else ""


FILTERS = {
    "long_date": long_date, "grade_label": grade_label, "area_label": area_label, "kind_label": kind_label,
    "document_type_label": document_type_label, "framework_label": framework_label, "field_label": field_label,
    "file_name": file_name, "field_value": field_value, "without_page": without_page,
    "dates_in_words": dates_in_words, "media_label": lambda media_type: MEDIA_LABELS.get(media_type or "", "file"),
}


def sentence(message: str) -> str:
    """A library's message ('the due date must...') as the first words of a sentence on a page."""
    return message[:1].upper() + message[1:]


def jsonable(value: Any) -> Any:
    """A view's data as JSON can hold it: keys as strings, tuples as lists, anything else as its words."""
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)
