"""A plan out of Oversight and into the board pack: a Word document laid out for a committee paper, a workbook,
and JSON. Each item gives Ofsted's words with their page, its actions, owners, due dates, status and latest
progress; the reviews follow."""

from __future__ import annotations

import io
import json
from datetime import date
from typing import Any

from oversight.plans.plans import STATUS_LABELS

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
HEADERS = ["Item", "Ofsted's words", "Page", "Action", "Owner", "Due", "Status", "Latest progress"]


def _rows(plan: dict[str, Any]) -> list[list[Any]]:
    rows = []
    for number, item in enumerate(plan["items"], start=1):
        actions = item["actions"] or [None]
        for action in actions:
            latest = action["updates"][-1] if action and action["updates"] else None
            status = STATUS_LABELS.get(action["status"], action["status"]) if action else ""
            if action and action["overdue"]:
                status += " (overdue)"
            owner = ", ".join(x for x in (action["owner_name"], action["owner_role"]) if x) if action else ""
            rows.append([number, item["text"], item["page"], action["description"] if action else "No action yet",
                         owner, action["due_date"] if action else None, status,
                         f"{latest['written_on']}: {latest['text']}" if latest else ""])
    return rows


def in_words(day: str | None) -> str:
    """'2023-09-30' as a committee paper writes it: 30 September 2023."""
    if not day:
        return ""
    try:
        parsed = date.fromisoformat(day)
    except ValueError:
        return day
    return f"{parsed.day} {parsed:%B %Y}"


def _title(plan: dict[str, Any], council: str) -> str:
    event = plan["event"]
    return (f"{council}: action plan for the {event['kind'].replace('_', ' ')} of "
            f"{in_words(event['start_date']) or 'a date not known'}")


def plan_json(plan: dict[str, Any]) -> str:
    return json.dumps(plan, indent=2, ensure_ascii=False, default=str)


def plan_xlsx(plan: dict[str, Any], council: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Plan"
    sheet.append([_title(plan, council)])
    sheet["A1"].font = Font(bold=True, size=14)
    deadline = plan["deadline"]
    if deadline:
        sheet.append([f"Due to Ofsted {deadline['due']}" + (" (estimated)" if deadline["estimated"] else "")])
    sheet.append(HEADERS)
    header_row = sheet.max_row
    for cell in sheet[header_row]:
        cell.font = Font(bold=True)
    for row in _rows(plan):
        sheet.append(row)
        _as_text(sheet[sheet.max_row])
    for column, width in zip("ABCDEFGH", (6, 60, 6, 45, 28, 12, 18, 45), strict=True):
        sheet.column_dimensions[column].width = width
    for row in sheet.iter_rows(min_row=header_row + 1):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.auto_filter.ref = f"A{header_row}:H{sheet.max_row}"
    reviews = book.create_sheet("Reviews")
    reviews.append(["Held on", "Board or committee", "Decided", "Attendees"])
    for review in plan["reviews"]:
        reviews.append([review["held_on"], review["body"], review["decided"], review["attendees"]])
        _as_text(reviews[reviews.max_row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _as_text(cells: Any) -> None:
    """Words typed into a plan stay words in the workbook: one starting '=' (or '+', '-', '@') is not a formula for
    the spreadsheet to run when someone opens it."""
    for cell in cells:
        if isinstance(cell.value, str) and cell.value[:1] in FORMULA_STARTS:
            cell.data_type = "s"


def plan_docx(plan: dict[str, Any], council: str) -> bytes:
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.add_heading(_title(plan, council), level=1)
    deadline = plan["deadline"]
    if deadline:
        document.add_paragraph(f"The plan is due to Ofsted on {in_words(deadline['due'])} ({deadline['basis']}).")
    document.add_paragraph(f"{len(plan['items'])} areas for improvement; {plan['overdue']} actions overdue.")
    table = document.add_table(rows=1, cols=len(HEADERS))
    table.style = "Table Grid"
    for cell, words in zip(table.rows[0].cells, HEADERS, strict=True):
        cell.text = words
        for run in cell.paragraphs[0].runs:
            run.font.bold = True
    for row in _rows(plan):
        row[5] = in_words(row[5])
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = "" if value is None else str(value)
            for run in cell.paragraphs[0].runs:
                run.font.size = Pt(9)
    if plan["reviews"]:
        document.add_heading("Reviews", level=2)
        for review in plan["reviews"]:
            document.add_paragraph(f"{in_words(review['held_on'])}, {review['body']}: {review['decided']} "
                                   f"(present: {review['attendees']})", style="List Bullet")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
