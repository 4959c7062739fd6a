"""What each page shows: one function per page, returning the data (the JSON twin) and what the HTML adds."""

from __future__ import annotations

from datetime import date
from typing import Any

from markupsafe import Markup, escape

from oversight.analysis import as_at
from oversight.analysis.journey import journey
from oversight.analysis.national import GRADES, national_picture, national_series, neighbours
from oversight.analysis.record import load_events
from oversight.errors import NotFoundError, UsageError
from oversight.reference import Authority
from oversight.store import Database, queries
from oversight.store.queries import MARK_END, MARK_START, SearchFilters
from oversight.web import charts
from oversight.web.highlight import evidence_by_page, highlighted

SERIES_START = date(2014, 3, 31)
DOCUMENT_TYPES = ("inspection_report", "focused_visit_letter", "monitoring_visit_letter", "jtai_letter",
                  "council_minutes", "press_release", "news_article", "other")
JOURNEY_ROWS = [
    ("Overall effectiveness", ("overall_effectiveness",)),
    ("Impact of leaders", ("impact_of_leaders", "leadership_management_governance", "leadership_and_management")),
    ("Help and protection", ("help_and_protection",)),
    ("Children in care", ("children_in_care", "children_in_care_and_care_leavers", "children_looked_after")),
    ("Care leavers", ("care_leavers", "children_in_care_and_care_leavers")),
]


def authority_from_slug(database: Database, slug: str) -> Authority:
    authority = database.registry.by_slug.get(slug.lower())
    if authority is None:
        raise NotFoundError(f"no authority at /authorities/{slug}")
    return authority


def parse_as_at(value: str | None) -> date:
    """The command line's rule (oversight.analysis.as_at): year-month-day, from 2009-04-01 to today."""
    return as_at.parse_as_at(value)


def england(database: Database, day: date) -> dict[str, Any]:
    series = national_series(database, charts.quarter_ends(SERIES_START, day))
    picture = national_picture(database, day)
    regions: dict[str, list[dict[str, Any]]] = {}
    for row in picture.pop("authorities_detail"):
        regions.setdefault(row["region"], []).append(row)
    data = {**picture, "councils_by_region": regions, "series": series}
    return {"data": data, "chart": charts.grade_counts_over_time(series, GRADES), "grades": GRADES}


def authority_index(database: Database) -> dict[str, Any]:
    rows = [{"name": a.name, "slug": a.slug, "urn": a.urn, "la_code": a.la_code, "region": a.region,
             "abolished": a.abolished.isoformat() if a.abolished else None} for a in database.registry]
    return {"data": {"authorities": rows}}


def authority_page(database: Database, slug: str) -> dict[str, Any]:
    authority = authority_from_slug(database, slug)
    record = journey(database, authority)
    codes = [authority.la_code] + [p["la_code"] for p in record["predecessors"]]
    record["neighbours"] = neighbours(database, authority, date.today())
    record["documents"] = queries.documents_for(database, codes)
    events = record["events"]
    first_year = min([int(e["sort_year"]) for e in _with_years(events)] or [2013])
    chart = charts.journeys(_journey_rows(events), min(first_year, 2013), date.today().year + 1)
    return {"data": record, "chart": chart}


def _with_years(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for event in events:
        when = event.get("start_date") or event.get("published_date")
        if when:
            event["sort_year"] = when[:4]
            out.append(event)
    return out


def _journey_rows(events: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    rows = []
    for label, areas in JOURNEY_ROWS:
        marks = []
        for event in events:
            when = event.get("start_date") or event.get("published_date")
            grade = next((event["judgements"][a] for a in areas if a in event["judgements"]), None)
            if event["kind"] == "full_inspection" and grade:
                marks.append({"date": when, "grade": grade})
        rows.append((label, marks))
    visits = [{"date": e.get("start_date") or e.get("published_date"), "label": e["kind"].replace("_", " ")}
              for e in events if e["kind"] != "full_inspection"]
    rows.append(("Visits", visits))
    return rows


def document_page(database: Database, document_id: int) -> dict[str, Any]:
    found = queries.document(database, document_id)
    if found is None:
        raise NotFoundError(f"no document number {document_id}")
    extraction = found["extraction"]
    evidence = extraction.get("evidence", [])
    spans = evidence_by_page(evidence, paged=found["page_count"] is not None)
    pages = [{"number": i + 1, "html": highlighted(text, spans.get(i + 1, []))}
             for i, text in enumerate(found["pages"])]
    fields: dict[str, list[int]] = {}
    for index, item in enumerate(evidence):
        fields.setdefault(item["field"], []).append(index)
    data = {key: value for key, value in found.items() if key != "pages"}
    data["page_texts"] = found["pages"]
    return {"data": data, "pages": pages, "evidence_of": fields}


def _year(name: str, value: str | None) -> int | None:
    """A year from a form field; an empty field (the form sends one when the user leaves it blank) is none."""
    if value is None or not value.strip():
        return None
    if not value.strip().isdigit() or not 2000 <= int(value) <= 2100:
        raise UsageError(f"{name} must be a year from 2000 to 2100, not '{value}'")
    return int(value)


def search_page(database: Database, q: str | None, authority: str | None, region: str | None,
                document_type: str | None, year_from_text: str | None, year_to_text: str | None, grade: str | None,
                judgement: str | None, page: int) -> dict[str, Any]:
    if page < 1:
        raise UsageError("page numbers start at 1")
    year_from, year_to = _year("year_from", year_from_text), _year("year_to", year_to_text)
    if document_type and document_type not in DOCUMENT_TYPES:
        raise UsageError(f"'{document_type}' is not a document type")
    if grade and grade not in (*GRADES, "adequate"):
        raise UsageError(f"'{grade}' is not a grade")
    if year_from and year_to and year_from > year_to:
        raise UsageError("the year range runs backwards")
    code = None
    if authority:
        code = authority_from_slug(database, authority).la_code
    filters = SearchFilters(code, region or None, document_type or None, year_from, year_to, grade or None,
                            judgement or None)
    result: dict[str, Any] = queries.search(database, q or "", filters, page) if q else {
        "query": "", "total": 0, "page": 1, "pages": 0, "results": []}
    names = {a.la_code: a.name for a in database.registry}
    for row in result["results"]:
        row["authority"] = names.get(row.get("authority_code") or "")
        row["snippet_html"] = _snippet(row["snippet"])
        row["snippet"] = row["snippet"].replace(MARK_START, "").replace(MARK_END, "")
    result["filters"] = {"authority": authority, "region": region, "document_type": document_type,
                         "year_from": year_from, "year_to": year_to, "grade": grade, "judgement": judgement}
    options = {"regions": sorted({a.region for a in database.registry if a.region}),
               "authorities": [(a.slug, a.name) for a in database.registry],
               "document_types": DOCUMENT_TYPES, "grades": (*GRADES, "adequate"),
               "judgements": ("overall_effectiveness", "impact_of_leaders", "help_and_protection",
                              "children_in_care_and_care_leavers", "children_in_care", "care_leavers")}
    return {"data": result, "options": options}


def _snippet(snippet: str) -> Markup:
    escaped = str(escape(snippet))
    return Markup(escaped.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))


def compare_page(database: Database, slugs: list[str]) -> dict[str, Any]:
    unique = list(dict.fromkeys(s for s in slugs if s))
    if not 2 <= len(unique) <= 4:
        raise UsageError("choose two to four councils to compare")
    authorities = [authority_from_slug(database, slug) for slug in unique]
    events = load_events(database, [a.la_code for a in authorities], with_items=False)
    councils = []
    rows = []
    for authority in authorities:
        own = [e for e in events if e.authority_code == authority.la_code]
        councils.append({"name": authority.name, "slug": authority.slug, "region": authority.region,
                         "events": [e.as_json() for e in own]})
        rows.append((authority.name, [{"date": e.start_date or e.published_date, "grade": e.overall}
                                      if e.kind == "full_inspection" and e.overall
                                      else {"date": e.start_date or e.published_date, "label": e.kind}
                                      for e in own if not e.mentioned_only]))
    chart = charts.journeys(rows, 2013, date.today().year + 1, "compare")
    return {"data": {"councils": councils}, "chart": chart}


def problems_page(database: Database) -> dict[str, Any]:
    return {"data": {"problems": queries.problems(database)}}
