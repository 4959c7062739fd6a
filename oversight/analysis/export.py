"""Exports: one row per authority with its latest full inspection, and the full history of events."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

from oversight.analysis.national import latest_inspections
from oversight.analysis.record import load_events
from oversight.store import Database

# The layout of the national inspection summary analysts keep: identifiers, dates, then one column per judgement.
LATEST_COLUMNS = [
    ("URN", "urn"), ("LA code", "la_code"), ("GSS code", "gss_code"), ("Local authority", "authority"),
    ("Region", "region"), ("Inspection framework", "framework"), ("ILACS type", "ilacs_type"),
    ("Inspection start date", "start_date"), ("Inspection end date", "end_date"),
    ("Publication date", "published_date"), ("Lead inspector", "lead_inspector"),
    ("Overall effectiveness", "overall_effectiveness"), ("Impact of leaders", "impact_of_leaders"),
    ("Help and protection", "help_and_protection"),
    ("Children in care and care leavers", "children_in_care_and_care_leavers"),
    ("Children in care", "children_in_care"), ("Care leavers", "care_leavers"),
    ("Children looked after (SIF)", "children_looked_after"), ("Adoption performance (SIF)", "adoption_performance"),
    ("Leadership, management and governance (SIF)", "leadership_management_governance"), ("LSCB (SIF)", "lscb"),
    ("Previous overall effectiveness", "previous_overall"), ("Previous publication date", "previous_published"),
    ("Source", "source"), ("Statistical neighbours", "neighbours"), ("Neighbours' overall grades", "neighbour_grades"),
]
HISTORY_COLUMNS = [
    ("Event", "id"), ("URN", "urn"), ("LA code", "la_code"), ("Local authority", "authority"), ("Kind", "kind"),
    ("Framework", "framework"), ("ILACS type", "ilacs_type"), ("Start date", "start_date"),
    ("End date", "end_date"), ("Publication date", "published_date"), ("Monitoring visit number", "visit_number"),
    ("Lead inspector", "lead_inspector"), ("Reported only by secondary sources", "secondary_only"),
    ("Judgements", "judgements"), ("Focus areas", "focus_areas"), ("Areas for improvement", "items"),
    ("Action plan due", "action_plan_due_date"), ("Sources", "sources"),
]


def _grade(value: str | None) -> str:
    return (value or "").replace("_", " ").capitalize()


def _ofsted_source(sources: list[dict[str, Any]]) -> str | None:
    """The Ofsted document the event is about (its report), else one that mentions it."""
    ofsted = [s for s in sources if s["speaker"] == "Ofsted"]
    chosen = next((s for s in ofsted if s.get("role") == "subject"), ofsted[0] if ofsted else None)
    return chosen["path"] if chosen else None


def latest_rows(database: Database, as_at: date) -> list[dict[str, Any]]:
    registry = database.registry
    events = load_events(database, kinds=["full_inspection"], with_items=False)
    latest = latest_inspections(events, as_at)
    rows = []
    for authority in registry.current(as_at):
        current, previous = latest.get(authority.la_code, (None, None))
        neighbours = registry.neighbours(authority)
        row: dict[str, Any] = {
            "urn": authority.urn, "la_code": authority.la_code, "gss_code": authority.gss_code,
            "authority": authority.name, "region": authority.region,
            "neighbours": "; ".join(n.name for n in neighbours),
            "neighbour_grades": "; ".join(
                f"{n.name}: {_grade(latest[n.la_code][0].overall) if n.la_code in latest else 'not inspected'}"
                for n in neighbours),
        }
        if current is not None:
            row.update({
                "framework": current.framework, "ilacs_type": current.ilacs_type,
                "start_date": current.start_date, "end_date": current.end_date,
                "published_date": current.published_date, "lead_inspector": current.lead_inspector,
                "previous_overall": _grade(previous.overall) if previous else None,
                "previous_published": previous.published_date if previous else None,
                "source": _ofsted_source(current.sources),
            })
            for key in ("overall_effectiveness", "impact_of_leaders", "help_and_protection",
                        "children_in_care_and_care_leavers", "children_in_care", "care_leavers",
                        "children_looked_after", "adoption_performance", "leadership_management_governance", "lscb"):
                row[key] = _grade(current.judgements.get(key)) or None
        rows.append(row)
    return rows


def history_rows(database: Database) -> list[dict[str, Any]]:
    registry = database.registry
    rows = []
    for event in load_events(database):
        authority = registry.by_code.get(event.authority_code or "")
        rows.append({
            "id": event.id, "urn": authority.urn if authority else None, "la_code": event.authority_code,
            "authority": authority.name if authority else None, "kind": event.kind, "framework": event.framework,
            "ilacs_type": event.ilacs_type, "start_date": event.start_date, "end_date": event.end_date,
            "published_date": event.published_date, "visit_number": event.visit_number,
            "lead_inspector": event.lead_inspector, "secondary_only": event.secondary_only,
            "judgements": "; ".join(f"{k}: {_grade(v)}" for k, v in event.judgements.items()),
            "focus_areas": "; ".join(event.details.get("focus_areas", [])),
            "items": " | ".join(event.items), "action_plan_due_date": event.action_plan_due_date,
            "sources": "; ".join(s["path"] for s in event.sources),
        })
    return rows


def _table(rows: list[dict[str, Any]], columns: list[tuple[str, str]]) -> list[list[Any]]:
    return [[heading for heading, _ in columns]] + [[row.get(key) for _, key in columns] for row in rows]


def export(database: Database, format: str, output: Path | None, latest_only: bool, as_at: date) -> bytes:
    """CSV (the latest table, or with latest_only false the history), XLSX (both sheets) or JSON (both)."""
    latest = latest_rows(database, as_at)
    history = [] if latest_only else history_rows(database)
    if format == "json":
        payload: dict[str, Any] = {"as_at": as_at.isoformat(), "latest": latest}
        if not latest_only:
            payload["history"] = history
        data = json.dumps(payload, indent=2, ensure_ascii=False).encode("utf-8")
    elif format == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerows(_table(latest, LATEST_COLUMNS) if latest_only else _table(history, HISTORY_COLUMNS))
        data = buffer.getvalue().encode("utf-8")
    else:
        from openpyxl import Workbook
        from openpyxl.styles import Font

        book = Workbook()
        sheet = book.active
        sheet.title = "Latest inspections"
        sheets = [(sheet, _table(latest, LATEST_COLUMNS))]
        if not latest_only:
            sheets.append((book.create_sheet("History"), _table(history, HISTORY_COLUMNS)))
        for worksheet, table in sheets:
            for row in table:
                worksheet.append(row)
            for cell in worksheet[1]:
                cell.font = Font(bold=True)
            worksheet.freeze_panes = "A2"
        buffer_bytes = io.BytesIO()
        book.save(buffer_bytes)
        data = buffer_bytes.getvalue()
    if output is not None:
        output.write_bytes(data)
    return data
