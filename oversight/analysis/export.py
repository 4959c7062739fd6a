"""Exports: one row per authority with its latest full inspection, and the history of events, as analysts use them.

CSV and XLSX are tables for people: labels from analysis/labels.py, real dates in XLSX (text only where the record
knows no more than a month or a year), widths, filters, and a byte-order mark in CSV so that Excel reads curly
apostrophes. JSON is for programs: the codes, nested as the record holds them. Every event and area for improvement
carries its key, which stays the same after every ingest of the same documents, in any order and in any number of
runs; an event first known from a council or the press takes the key of Ofsted's own report when that arrives.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

from oversight.analysis.labels import AREA_LABELS, FRAMEWORK_LABELS, GRADE_LABELS, ILACS_TYPE_LABELS, KIND_LABELS, label
from oversight.analysis.national import latest_inspections
from oversight.analysis.record import ResolvedEvent, load_events
from oversight.store import Database

# The areas in the order of the national inspection summary analysts keep: ILACS, then the SIF's own.
AREAS = ["overall_effectiveness", "impact_of_leaders", "help_and_protection", "children_in_care_and_care_leavers",
         "children_in_care", "care_leavers", "children_looked_after", "adoption_performance",
         "leadership_management_governance", "lscb"]
LATEST_COLUMNS = [
    ("URN", "urn"), ("LA code", "la_code"), ("GSS code", "gss_code"), ("Local authority", "authority"),
    ("Region", "region"), ("Inspection framework", "framework"), ("ILACS type", "ilacs_type"),
    ("Inspection start date", "start_date"), ("Inspection end date", "end_date"),
    ("Publication date", "published_date"), ("Lead inspector", "lead_inspector"),
    *[(AREA_LABELS[area], area) for area in AREAS],
    ("Previous overall effectiveness", "previous_overall"), ("Previous publication date", "previous_published"),
    ("Event key", "event_key"), ("Source", "source"), ("Statistical neighbours", "neighbours"),
    ("Neighbours' overall grades", "neighbour_grades"),
]
HISTORY_COLUMNS = [
    ("Event key", "key"), ("URN", "urn"), ("LA code", "la_code"), ("Local authority", "authority"),
    ("Kind", "kind"), ("Framework", "framework"), ("ILACS type", "ilacs_type"), ("Start date", "start_date"),
    ("End date", "end_date"), ("Publication date", "published_date"), ("Monitoring visit number", "visit_number"),
    ("Lead inspector", "lead_inspector"), ("Reported only by secondary sources", "secondary_only"),
    *[(AREA_LABELS[area], area) for area in AREAS], ("Other judgements", "other_judgements"),
    ("Focus areas", "focus_areas"), ("Areas for improvement", "items"), ("Action plan due", "action_plan_due_date"),
    ("Sources", "sources"),
]
DATE_KEYS = {"start_date", "end_date", "published_date", "previous_published", "action_plan_due_date"}
WIDEST = 60  # characters: longer cells wrap


def _source_name(source: dict[str, Any]) -> str:
    """Where a person can find the document: its address where known, else its file and folder (the path typed at
    ingest means nothing on another machine)."""
    if source.get("url"):
        return str(source["url"])
    path = Path(source["path"])
    return f"{path.parent.name}/{path.name}" if path.parent.name else path.name


def _ofsted_source(sources: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The Ofsted document the event is about (its report), else one that mentions it."""
    ofsted = [s for s in sources if s["speaker"] == "Ofsted"]
    return next((s for s in ofsted if s.get("role") == "subject"), ofsted[0] if ofsted else None)


def latest_records(database: Database, as_at: date) -> list[dict[str, Any]]:
    """Each authority of the date with its latest full inspection, in codes (JSON's form)."""
    registry = database.registry
    events = load_events(database, kinds=["full_inspection"], with_items=False)
    latest = latest_inspections(events, as_at)
    records = []
    for authority in registry.current(as_at):
        current, previous = latest.get(authority.la_code, (None, None))
        record: dict[str, Any] = {
            "urn": authority.urn, "la_code": authority.la_code, "gss_code": authority.gss_code,
            "authority": authority.name, "region": authority.region,
            "neighbours": [{"authority": n.name, "la_code": n.la_code,
                            "overall_effectiveness": latest[n.la_code][0].overall if n.la_code in latest else None}
                           for n in registry.neighbours(authority)],
            "inspection": None,
        }
        if current is not None:
            source = _ofsted_source(current.sources)
            record["inspection"] = {
                "event_key": current.key, "framework": current.framework, "ilacs_type": current.ilacs_type,
                "start_date": current.start_date, "end_date": current.end_date,
                "published_date": current.published_date, "lead_inspector": current.lead_inspector,
                "judgements": dict(current.judgements),
                "previous": {"event_key": previous.key, "overall_effectiveness": previous.overall,
                             "published_date": previous.published_date} if previous else None,
                "source": {"document_id": source["document_id"], "name": _source_name(source)} if source else None,
            }
        records.append(record)
    return records


def history_records(database: Database, as_at: date) -> list[dict[str, Any]]:
    """Every event known by the date (published by then, or dated by then where no publication is known)."""
    registry = database.registry
    records = []
    for event in load_events(database):
        if not _known_by(event, as_at):
            continue
        authority = registry.by_code.get(event.authority_code or "")
        records.append({
            "key": event.key, "urn": authority.urn if authority else None, "la_code": event.authority_code,
            "authority": authority.name if authority else None, "kind": event.kind, "framework": event.framework,
            "ilacs_type": event.ilacs_type, "start_date": event.start_date, "end_date": event.end_date,
            "published_date": event.published_date, "visit_number": event.visit_number,
            "lead_inspector": event.lead_inspector, "secondary_only": event.secondary_only,
            "judgements": dict(event.judgements), "focus_areas": list(event.details.get("focus_areas", [])),
            "areas_for_improvement": [{"key": f"{event.key}.{i + 1}" if event.key else None, "text": item}
                                      for i, item in enumerate(event.items)],
            "action_plan_due_date": event.action_plan_due_date,
            "sources": [{"document_id": s["document_id"], "name": _source_name(s), "document_type": s["document_type"],
                         "role": s.get("role"), "speaker": s["speaker"]} for s in event.sources],
        })
    return records


def _known_by(event: ResolvedEvent, as_at: date) -> bool:
    when = event.published_date or event.sort_date
    return when is None or when[:10] <= as_at.isoformat()


def _latest_row(record: dict[str, Any]) -> dict[str, Any]:
    """A latest record as a row of labels for people."""
    row = {key: record[key] for key in ("urn", "la_code", "gss_code", "authority", "region")}
    row["neighbours"] = "; ".join(n["authority"] for n in record["neighbours"])
    row["neighbour_grades"] = "; ".join(
        f"{n['authority']}: {label(n['overall_effectiveness'], GRADE_LABELS) or 'no full inspection in the record'}"
        for n in record["neighbours"])
    inspection = record["inspection"]
    if inspection is not None:
        row.update({key: inspection[key] for key in ("event_key", "start_date", "end_date", "published_date",
                                                     "lead_inspector")})
        row["framework"] = label(inspection["framework"], FRAMEWORK_LABELS)
        row["ilacs_type"] = label(inspection["ilacs_type"], ILACS_TYPE_LABELS)
        row.update({area: label(inspection["judgements"].get(area), GRADE_LABELS) for area in AREAS})
        previous = inspection["previous"]
        row["previous_overall"] = label(previous["overall_effectiveness"], GRADE_LABELS) if previous else None
        row["previous_published"] = previous["published_date"] if previous else None
        row["source"] = inspection["source"]["name"] if inspection["source"] else None
    return row


def _history_row(record: dict[str, Any]) -> dict[str, Any]:
    row = {key: record[key] for key in ("key", "urn", "la_code", "authority", "start_date", "end_date",
                                        "published_date", "visit_number", "lead_inspector", "action_plan_due_date")}
    row["kind"] = label(record["kind"], KIND_LABELS)
    row["framework"] = label(record["framework"], FRAMEWORK_LABELS)
    row["ilacs_type"] = label(record["ilacs_type"], ILACS_TYPE_LABELS)
    row["secondary_only"] = "Yes" if record["secondary_only"] else "No"
    row.update({area: label(record["judgements"].get(area), GRADE_LABELS) for area in AREAS})
    row["other_judgements"] = "; ".join(f"{label(area)}: {label(grade, GRADE_LABELS)}"
                                        for area, grade in record["judgements"].items() if area not in AREAS)
    row["focus_areas"] = "\n".join(record["focus_areas"])
    row["items"] = "\n".join(f"{i + 1}. {item['text']}" for i, item in enumerate(record["areas_for_improvement"]))
    row["sources"] = "\n".join(s["name"] for s in record["sources"])
    return row


def _table(rows: list[dict[str, Any]], columns: list[tuple[str, str]]) -> list[list[Any]]:
    return [[heading for heading, _ in columns]] + [[row.get(key) for _, key in columns] for row in rows]


def export(database: Database, format: str, output: Path | None, latest_only: bool, as_at: date) -> bytes:
    """CSV (the latest table, or with latest_only false the history), XLSX (both sheets) or JSON (both)."""
    latest = latest_records(database, as_at)
    history = [] if latest_only else history_records(database, as_at)
    if format == "json":
        payload: dict[str, Any] = {"as_at": as_at.isoformat(), "latest": latest}
        if not latest_only:
            payload["history"] = history
        data = json.dumps(payload, indent=2, ensure_ascii=False).encode("utf-8")
    elif format == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerows(_table([_latest_row(r) for r in latest], LATEST_COLUMNS) if latest_only
                         else _table([_history_row(r) for r in history], HISTORY_COLUMNS))
        data = buffer.getvalue().encode("utf-8-sig")  # the mark tells Excel the text is UTF-8
    else:
        data = _workbook([("Latest inspections", [_latest_row(r) for r in latest], LATEST_COLUMNS)]
                         + ([] if latest_only else [("History", [_history_row(r) for r in history], HISTORY_COLUMNS)]))
    if output is not None:
        output.write_bytes(data)
    return data


def _workbook(sheets: list[tuple[str, list[dict[str, Any]], list[tuple[str, str]]]]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    for title, rows, columns in sheets:
        sheet = book.create_sheet(title)
        sheet.append([heading for heading, _ in columns])
        for row in rows:
            sheet.append([_cell(key, row.get(key)) for _, key in columns])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        widths = [len(heading) for heading, _ in columns]
        for row in sheet.iter_rows(min_row=2):
            for index, cell in enumerate(row):
                if isinstance(cell.value, date):
                    cell.number_format = "yyyy-mm-dd"
                    widths[index] = max(widths[index], 10)
                elif isinstance(cell.value, str):
                    longest = max(len(line) for line in cell.value.split("\n")) if cell.value else 0
                    widths[index] = max(widths[index], min(longest, WIDEST))
                    if longest > WIDEST or "\n" in cell.value:
                        cell.alignment = Alignment(wrap_text=True, vertical="top")
        for index, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width + 2
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = sheet.dimensions
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _cell(key: str, value: Any) -> Any:
    """A full date as a date Excel can sort and filter; a month or a year stays text, as precise as the record."""
    if key in DATE_KEYS and isinstance(value, str) and len(value) == 10:
        return date.fromisoformat(value)
    return value
