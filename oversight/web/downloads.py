"""Every table on a page, as CSV: the same rows the page shows, for a spreadsheet.

Each page's tables are named here, with a function that builds the header and rows from the page's data (the JSON
twin's). Codes become the words people read (oversight.analysis.labels); dates stay year-month-day so that a
spreadsheet sorts them; the file starts with a byte-order mark so that Excel reads its curly apostrophes."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import Any

from fastapi.responses import Response

from oversight.analysis.labels import AREA_LABELS, GRADE_LABELS, label
from oversight.web.present import document_type_label, kind_label

GRADES = ("outstanding", "good", "requires_improvement", "adequate", "inadequate")
NONE_COLUMN = "No full inspection in this record"
Table = tuple[list[str], list[list[Any]]]


def _grade_columns(counts_list: list[dict[str, Any]]) -> list[str]:
    """The grades that occur (adequate only where the old scale does), in order."""
    return [g for g in GRADES if g != "adequate" or any(c.get("adequate") for c in counts_list)]


def _overall(data: dict[str, Any]) -> Table:
    rows = [[label(g, GRADE_LABELS), n, data["overall_share"].get(g)] for g, n in data["overall"].items()]
    return ["Overall effectiveness", "Councils", "Share of those inspected (%)"], rows


def _regions(data: dict[str, Any]) -> Table:
    grades = _grade_columns(list(data["by_region"].values()))
    rows = [[region, *(counts.get(g, 0) for g in grades), counts.get("not_inspected", 0)]
            for region, counts in data["by_region"].items()]
    return ["Region", *(label(g, GRADE_LABELS) for g in grades), NONE_COLUMN], rows


def _judgements(data: dict[str, Any]) -> Table:
    grades = _grade_columns(list(data["by_judgement"].values()))
    rows = [[label(area, AREA_LABELS), *(counts.get(g, 0) for g in grades)]
            for area, counts in data["by_judgement"].items()]
    return ["Judgement area", *(label(g, GRADE_LABELS) for g in grades)], rows


def _councils(data: dict[str, Any]) -> Table:
    rows = [[row["region"], row["authority"], row["la_code"], label(row["overall"], GRADE_LABELS) or NONE_COLUMN,
             row["published_date"], label(row["movement"])]
            for councils in data["councils_by_region"].values() for row in councils]
    header = ["Region", "Council", "DfE code", "Overall effectiveness", "Published", "Since the previous inspection"]
    return header, rows


def _series(data: dict[str, Any]) -> Table:
    grades = _grade_columns([p["overall"] for p in data["series"]])
    rows = [[p["as_at"], *(p["overall"].get(g, 0) for g in grades), p["not_inspected"]] for p in data["series"]]
    return ["Quarter end", *(label(g, GRADE_LABELS) for g in grades), NONE_COLUMN], rows


def _authorities(data: dict[str, Any]) -> Table:
    rows = [[a["name"], a["la_code"], a["urn"], a["region"], a.get("overall") and label(a["overall"], GRADE_LABELS),
             a["abolished"]] for a in data["authorities"]]
    return ["Council", "DfE code", "Ofsted URN", "Region", "Overall effectiveness", "Abolished"], rows


def _events(data: dict[str, Any]) -> Table:
    rows = [[e.get("authority"), kind_label(e["kind"]), e.get("visit_number"), e["start_date"], e["end_date"],
             e["published_date"], label(e["judgements"].get("overall_effectiveness"), GRADE_LABELS),
             "yes" if e["mentioned_only"] else "no", "; ".join(s["speaker"] for s in e["sources"])]
            for e in data["events"]]
    return ["Council", "Event", "Visit number", "Started", "Ended", "Published", "Overall effectiveness",
            "Known only from later documents", "Told by"], rows


def _grades(data: dict[str, Any]) -> Table:
    councils = data["councils"] if "councils" in data else [{"name": data["authority"]["name"],
                                                              "events": data["events"]}]
    rows = [[council["name"], kind_label(e["kind"]), e["start_date"], e["published_date"], label(area, AREA_LABELS),
             label(grade, GRADE_LABELS)]
            for council in councils for e in council["events"] for area, grade in e["judgements"].items()]
    return ["Council", "Event", "Started", "Published", "Judgement area", "Grade"], rows


def _improvements(data: dict[str, Any]) -> Table:
    rows = [[kind_label(e["kind"]), e["start_date"], e["published_date"], number, item]
            for e in data["events"] for number, item in enumerate(e["areas_for_improvement"], start=1)]
    return ["Event", "Started", "Published", "Number", "What needs to improve"], rows


def _neighbours(data: dict[str, Any]) -> Table:
    rows = [[n["rank"], n["authority"], n["la_code"], label(n["judgements"].get("overall_effectiveness"),
                                                            GRADE_LABELS) or NONE_COLUMN, n["published_date"]]
            for n in data["neighbours"]]
    return ["Rank (0 is the council itself)", "Council", "DfE code", "Overall effectiveness", "Published"], rows


def _documents(data: dict[str, Any]) -> Table:
    rows = [[d["id"], d.get("label") or d.get("title"), document_type_label(d["document_type"]), d["published_date"]]
            for d in data["documents"]]
    return ["Document number", "Document", "Type", "Published"], rows


def _results(data: dict[str, Any]) -> Table:
    rows = [[r["document_id"], r.get("label"), r.get("authority"), document_type_label(r["document_type"]),
             r.get("published_date"), r.get("hits"),
             " … ".join(" ".join(p["snippet"].split()) for p in r.get("passages", []))]
            for r in data["results"]]
    return ["Document number", "Document", "Council", "Type", "Published", "Pages matching", "Best passages"], rows


def _problems(data: dict[str, Any]) -> Table:
    rows = [[p["file"], p["message"], p["code"], p["seen_at"]] for p in data["problems"]]
    return ["File", "Reason", "Code", "Seen"], rows


TABLES: dict[str, dict[str, Callable[[dict[str, Any]], Table]]] = {
    "index.html": {"councils": _councils, "overall": _overall, "regions": _regions, "judgements": _judgements,
                   "series": _series},
    "authorities.html": {"authorities": _authorities},
    "authority.html": {"events": _events, "grades": _grades, "improvements": _improvements,
                       "neighbours": _neighbours, "documents": _documents},
    "search.html": {"results": _results},
    "compare.html": {"grades": _grades},
    "problems.html": {"problems": _problems},
}


def csv_text(template: str, table: str, data: dict[str, Any]) -> str:
    header, rows = TABLES[template][table](data)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows([["" if cell is None else cell for cell in row] for row in rows])
    return "\ufeff" + out.getvalue()


def csv_response(template: str, table: str, data: dict[str, Any], path: str) -> Response:
    name = path.strip("/").replace("/", "-").removesuffix(".csv") or "index"
    return Response(csv_text(template, table, data), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}-{table}.csv"'})
