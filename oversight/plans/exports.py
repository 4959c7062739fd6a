"""A plan out of Oversight and into the board pack: a Word document laid out for a committee paper (A4 landscape,
the table's heading on every page, each area for improvement in Ofsted's words once, then its actions), a workbook
(dates as dates, the heading row frozen, and every progress update on a sheet of its own), and JSON. Each item
gives Ofsted's words with their page, its actions, owners, due dates, status and latest progress; the board's
reviews follow."""

from __future__ import annotations

import io
import json
from datetime import date, datetime
from typing import Any

from oversight.plans.plans import NOT_IN_A_DOCUMENT, STATUS_LABELS

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
HEADERS = ["Item", "Ofsted's words", "Page", "Action", "Owner", "Due", "Status", "Latest progress"]
AUTHOR = "Oversight"


def _clean(value: Any) -> Any:
    """Text as a Word or Excel file can hold it (plans written before control characters were refused may have
    them)."""
    return NOT_IN_A_DOCUMENT.sub("", value) if isinstance(value, str) else value


def _rows(plan: dict[str, Any]) -> list[list[Any]]:
    """One row per action (an item without one gets a row saying so): the item's number, Ofsted's words, their
    page, the action, its owner, due day (a date), status and latest progress (its day in words)."""
    rows = []
    for number, item in enumerate(plan["items"], start=1):
        for action in item["actions"] or [None]:
            latest = action["updates"][-1] if action and action["updates"] else None
            status = STATUS_LABELS.get(action["status"], action["status"]) if action else ""
            if action and action["overdue"]:
                status += " (overdue)"
            owner = ", ".join(x for x in (action["owner_name"], action["owner_role"]) if x) if action else ""
            due = _as_date(action["due_date"]) if action else None
            rows.append([_clean(value) for value in (
                number, ("The council's own: " if item.get("councils_own") else "") + item["text"], item["page"],
                action["description"] if action else "No action yet", owner, due,
                status, f"{in_words(latest['written_on'])}: {latest['text']}" if latest else "")])
    return rows


def _as_date(day: str | None) -> date | None:
    try:
        return date.fromisoformat(day) if day else None
    except ValueError:
        return None


def in_words(day: str | date | None) -> str:
    """'2023-09-30' as a committee paper writes it: 30 September 2023."""
    parsed = day if isinstance(day, date) else _as_date(day)
    if parsed is None:
        return str(day or "")
    return f"{parsed.day} {parsed:%B %Y}"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _title(plan: dict[str, Any], council: str) -> str:
    event = plan["event"]
    return (f"{council}: action plan for the {event['kind'].replace('_', ' ')} of "
            f"{in_words(event['start_date']) or 'a date not known'}")


def _summary(plan: dict[str, Any]) -> list[str]:
    """The lines under the title: when the report was published, the deadline or when the plan was sent, and how
    many areas and overdue actions there are."""
    lines = []
    if plan["event"].get("published_date"):
        lines.append(f"Ofsted published the report on {in_words(plan['event']['published_date'])}.")
    deadline, sent = plan["deadline"], plan.get("sent")
    if sent:
        lines.append(f"The plan was sent to Ofsted on {in_words(sent['on'])}.")
    elif deadline:
        lines.append(f"The plan is due to Ofsted on {in_words(deadline['due'])}"
                     + (" (estimated from the day the report was published)." if deadline["estimated"]
                        else " (70 working days from the day the council received the report)."))
    lines.append(f"{_plural(len(plan['items']), 'area')} for improvement; "
                 f"{_plural(plan['overdue'], 'action')} overdue.")
    return lines


def plan_json(plan: dict[str, Any]) -> str:
    return json.dumps(plan, indent=2, ensure_ascii=False, default=str)


def plan_xlsx(plan: dict[str, Any], council: str, today: date | None = None) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    book.properties.creator = AUTHOR
    sheet = book.active
    sheet.title = "Plan"
    sheet.append([_title(plan, council)])
    sheet["A1"].font = Font(bold=True, size=14)
    for line in [*_summary(plan), f"As at {in_words(today or date.today())}."]:
        sheet.append([line])
    sheet.append(HEADERS)
    header_row = sheet.max_row
    for cell in sheet[header_row]:
        cell.font = Font(bold=True)
    for row in _rows(plan):
        sheet.append(row)
        _as_text(sheet[sheet.max_row])
        sheet.cell(sheet.max_row, 6).number_format = "d mmmm yyyy"
    for column, width in zip("ABCDEFGH", (6, 60, 6, 45, 28, 16, 18, 45), strict=True):
        sheet.column_dimensions[column].width = width
    for row in sheet.iter_rows(min_row=header_row + 1):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.auto_filter.ref = f"A{header_row}:H{sheet.max_row}"
    sheet.freeze_panes = sheet.cell(header_row + 1, 1)
    progress = book.create_sheet("Progress")
    progress.append(["Item", "Action", "Day", "Progress", "Evidence"])
    for number, item in enumerate(plan["items"], start=1):
        for action in item["actions"]:
            for update in action["updates"]:
                evidence = "; ".join(x for x in (
                    update.get("quote") and f"\u201c{update['quote']}\u201d (page {update.get('page') or '?'})",
                    update.get("file") and update["file"]["filename"], update.get("link")) if x)
                progress.append([_clean(v) for v in (number, action["description"], _as_date(update["written_on"]),
                                                     update["text"], evidence)])
                _as_text(progress[progress.max_row])
                progress.cell(progress.max_row, 3).number_format = "d mmmm yyyy"
    progress.freeze_panes = "A2"
    reviews = book.create_sheet("Reviews")
    reviews.append(["Held on", "Board or committee", "Decided", "Attendees"])
    for review in plan["reviews"]:
        reviews.append([_clean(v) for v in (_as_date(review["held_on"]), review["body"], review["decided"],
                                            review["attendees"])])
        _as_text(reviews[reviews.max_row])
        reviews.cell(reviews.max_row, 1).number_format = "d mmmm yyyy"
    reviews.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _as_text(cells: Any) -> None:
    """Words typed into a plan stay words in the workbook: one starting '=' (or '+', '-', '@') is not a formula for
    the spreadsheet to run when someone opens it."""
    for cell in cells:
        if isinstance(cell.value, str) and cell.value[:1] in FORMULA_STARTS:
            cell.data_type = "s"


def plan_docx(plan: dict[str, Any], council: str, today: date | None = None) -> bytes:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    document = Document()
    document.core_properties.author = AUTHOR
    document.core_properties.title = _title(plan, council)
    document.core_properties.created = datetime.now()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)  # A4 landscape
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.5))
    document.add_heading(_title(plan, council), level=1)
    document.add_paragraph(f"As at {in_words(today or date.today())}.")
    for line in _summary(plan):
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=len(HEADERS))
    table.style = "Table Grid"
    heading = table.rows[0]
    repeat = OxmlElement("w:tblHeader")  # the heading row again at the top of every page
    repeat.set(qn("w:val"), "true")
    heading._tr.get_or_add_trPr().append(repeat)
    for cell, words in zip(heading.cells, HEADERS, strict=True):
        cell.text = words
        for run in cell.paragraphs[0].runs:
            run.font.bold = True
            run.font.size = Pt(9)
    previous = None
    for row in _rows(plan):
        shown = list(row)
        if row[0] == previous:  # Ofsted's words once for each item, not on every one of its actions
            shown[0], shown[1], shown[2] = "", "", None
        previous = row[0]
        shown[5] = in_words(row[5])
        for cell, value in zip(table.add_row().cells, shown, strict=True):
            cell.text = "" if value is None else str(value)
            for run in cell.paragraphs[0].runs:
                run.font.size = Pt(9)
    if plan["reviews"]:
        document.add_heading("Reviews", level=2)
        for review in plan["reviews"]:
            document.add_paragraph(_clean(f"{in_words(review['held_on'])}, {review['body']}: {review['decided']} "
                                          f"(present: {review['attendees']})"), style="List Bullet")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
