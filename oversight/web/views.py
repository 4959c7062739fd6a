"""What each page shows: one function per page, returning the data (the JSON twin) and what the HTML adds."""

from __future__ import annotations

from datetime import date
from typing import Any

from markupsafe import Markup, escape

from oversight.analysis import as_at
from oversight.analysis.journey import journey
from oversight.analysis.labels import AREA_LABELS, label
from oversight.analysis.national import GRADES, national_picture, national_series, neighbours
from oversight.analysis.record import load_events
from oversight.errors import NotFoundError, OversightError, UsageError
from oversight.reference import Authority
from oversight.store import Database, queries
from oversight.store.queries import MARK_END, MARK_START, SearchFilters
from oversight.sync.state import last_sync, provider_checked
from oversight.web import charts, hexmap
from oversight.web.highlight import evidence_by_page, found_spans, highlighted
from oversight.web.palette import NOT_GRADED
from oversight.web.present import document_title, file_name, long_date, sentence

SERIES_START = date(2014, 3, 31)
MAP_AREAS = ("overall_effectiveness", "impact_of_leaders", "help_and_protection", "children_in_care_and_care_leavers",
             "children_in_care", "care_leavers")
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
        raise NotFoundError(authority_from_slug_message(database, slug))
    return authority


def authority_from_slug_message(database: Database, slug: str) -> str:
    words = slug.replace("-", " ")
    close = ", ".join(s["name"] for s in _suggestions(database, words)[:3])
    return (f"no council is called '{words}'" + (f": perhaps {close}" if close else "") +
            " (every council is listed under Councils)")


def parse_as_at(value: str | None) -> date:
    """The command line's rule (oversight.analysis.as_at): year-month-day, from 2009-04-01 to today."""
    return as_at.parse_as_at(value)


def date_from_form(value: str | None, day: str | None, month: str | None,
                   year: str | None) -> tuple[date, dict[str, Any] | None]:
    """The date asked for, from the day, month and year boxes (or `as_at` as year-month-day, as links and programs
    give it); where it cannot be taken, today and the error to show above the form, with the boxes to mark."""
    boxes = {"day": (day or "").strip(), "month": (month or "").strip(), "year": (year or "").strip()}
    if not any(boxes.values()):
        try:
            return parse_as_at(value), None
        except UsageError as error:
            return date.today(), {"message": error.message, "boxes": ["day", "month", "year"], "entered": boxes}
    missing = [name for name, text in boxes.items() if not text]
    if missing:
        return date.today(), {"message": "The date must include a " + " and a ".join(missing), "boxes": missing,
                              "entered": boxes}
    wrong = [name for name, text in boxes.items() if not text.isdigit()]
    if wrong:
        return date.today(), {"message": "The date's " + " and ".join(wrong) + " must be written in figures, "
                              "like 31 3 2020", "boxes": wrong, "entered": boxes}
    try:
        return parse_as_at(f"{boxes['year']}-{boxes['month']}-{boxes['day']}"), None
    except UsageError as error:
        message = error.message.replace(f"'{boxes['year']}-{boxes['month']}-{boxes['day']}'", "The date")
        return date.today(), {"message": sentence(message), "boxes": ["day", "month", "year"],
                              "entered": boxes}


def england(database: Database, day: date, area: str | None = None) -> dict[str, Any]:
    """The national picture at a day, with the map coloured by overall effectiveness or by one judgement area."""
    if area and area not in MAP_AREAS:
        raise UsageError(f"'{area}' is not a judgement area the map can show")
    series = national_series(database, charts.quarter_ends(SERIES_START, day))
    picture = national_picture(database, day)
    regions: dict[str, list[dict[str, Any]]] = {}
    detail = picture.pop("authorities_detail")
    for row in detail:
        regions.setdefault(row["region"], []).append(row)
    shown = area or "overall_effectiveness"
    grades = {row["la_code"]: (row["overall"] if shown == "overall_effectiveness" or not row["overall"]
                               else (row.get("judgements") or {}).get(shown, NOT_GRADED)) for row in detail}
    cells = hexmap.hexmap_cells(database.registry, day, grades)
    data = {**picture, "councils_by_region": regions, "series": series,
            "map": {"area": shown, "cells": cells}, "last_sync": last_sync(database)}
    title = f"Councils by {label(shown, AREA_LABELS).lower()} at their latest full inspection, {long_date(day)}"
    # 'adequate' (the scale before 2013) only where some council still held it
    shown_grades = (*GRADES, "adequate") if picture["overall"].get("adequate") else GRADES
    series_grades = (*GRADES, "adequate") if any(p["overall"].get("adequate") for p in series) else GRADES
    legend = hexmap.hexmap_legend(cells)
    data["map"]["legend"] = legend
    return {"data": data, "chart": charts.grade_counts_over_time(series, series_grades), "grades": shown_grades,
            "series_grades": series_grades,
            "map": hexmap.draw_hexmap(cells, title, "Each hexagon is a council, placed roughly where it lies; its "
                                      "letters give the grade. Each links to the council's page.", legend=False),
            "legend": legend, "map_areas": MAP_AREAS}


def authority_index(database: Database, name: str | None = None, region: str | None = None,
                    grade: str | None = None, on: date | None = None) -> dict[str, Any]:
    """Every authority since 2013, or those whose name holds `name`, in `region`, with the overall grade `grade`
    ('none': no full inspection in the record). Given a day (`on`) or a grade, only the councils of that day (today
    where no day is given), so that a count on the home page and the list behind it agree."""
    that_day_only = on is not None or bool(grade)
    on = on or date.today()
    if grade and grade not in (*GRADES, "adequate", "none"):
        raise UsageError(f"'{grade}' is not a grade")
    regions = sorted({a.region for a in database.registry if a.region})
    if region and region not in regions:
        raise UsageError(f"'{region}' is not a region of England")
    standing = {row["la_code"]: row for row in national_picture(database, on)["authorities_detail"]}
    rows = []
    for a in database.registry:
        latest = standing.get(a.la_code) or {}  # empty for a council that did not exist on the day
        overall = latest.get("overall")
        if name and name.strip().lower() not in a.name.lower():
            continue
        if (region and a.region != region) or (that_day_only and not latest) or (
                grade and (overall or "none") != grade):
            continue
        rows.append({"name": a.name, "slug": a.slug, "urn": a.urn, "la_code": a.la_code, "region": a.region,
                     "overall": overall, "published_date": latest.get("published_date"),
                     "abolished": a.abolished.isoformat() if a.abolished else None,
                     "created": a.created.isoformat() if a.created else None})
    filters = {"name": name or "", "region": region or "", "grade": grade or "", "as_at": on.isoformat(),
               "that_day_only": that_day_only}
    return {"data": {"filters": filters, "authorities": rows},
            "options": {"regions": regions, "grades": (*GRADES, "none")}}


def authority_page(database: Database, slug: str) -> dict[str, Any]:
    """A council's journey, neighbours and documents. An address that is not a council's but names one (a short
    or misspelt name: /authorities/newcastle) leads to that council's page."""
    from oversight.reference.lookup import AuthorityLookup

    canonical = None
    try:
        authority = authority_from_slug(database, slug)
    except NotFoundError:
        try:
            authority = AuthorityLookup(database.registry).find(slug.replace("-", " ")).authority
        except OversightError:
            raise NotFoundError(authority_from_slug_message(database, slug)) from None
        canonical = f"/authorities/{authority.slug}"
    record = journey(database, authority)
    codes = [authority.la_code] + [p["la_code"] for p in record["predecessors"]]
    try:
        record["neighbours"] = neighbours(database, authority, date.today())
    except NotFoundError as absent:  # an abolished council: its page says so, and names its successors
        record["neighbours"], record["neighbours_note"] = [], absent.message
    slugs = {a.la_code: a.slug for a in database.registry}
    for row in record["neighbours"]:
        row["slug"] = slugs.get(row["la_code"])
    record["latest_asked"] = _latest_asked(record["events"])
    record["provider_checked"] = provider_checked(database, authority.urn)
    _without_server_paths(record["events"])
    names = {a.la_code: a.name for a in database.registry}
    record["documents"] = queries.documents_for(database, codes)
    for doc in record["documents"]:
        doc["label"] = document_title(doc, names.get(doc.get("authority_code") or ""))
        del doc["path"]
    events = record["events"]
    first_year = min([int(e["sort_year"]) for e in _with_years(events)] or [2013])
    chart = charts.journeys(_journey_rows(events), min(first_year, 2013), date.today().year + 1)
    dated = [e for e in events if e.get("start_date") or e.get("published_date")]
    newest_first = dated[::-1] + [e for e in events if e not in dated]  # those with no date at the end
    context = {"data": record, "chart": chart, "newest_first": newest_first}
    return {**context, "canonical": canonical} if canonical else context


def _without_server_paths(events: list[dict[str, Any]]) -> None:
    """Where a file lies on the server is nobody's business on the web (pages and twins alike): sources keep their
    document's number and address."""
    for event in events:
        for source in event.get("sources", []):
            source.pop("path", None)


def _latest_asked(events: list[dict[str, Any]]) -> int | None:
    """The latest dated inspection or visit with areas for improvement, Ofsted's own telling before others'."""
    asked = [e for e in events if e["areas_for_improvement"] and (e["start_date"] or e["published_date"])
             and not e["mentioned_only"]]
    if not asked:
        return None
    return max(asked, key=lambda e: (not e["secondary_only"], e["start_date"] or e["published_date"]))["id"]


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
    for row_label, areas in JOURNEY_ROWS:
        marks = []
        for event in events:
            when = event.get("start_date") or event.get("published_date")
            grade = next((event["judgements"][a] for a in areas if a in event["judgements"]), None)
            if event["kind"] == "full_inspection" and grade:
                marks.append({"date": when, "grade": grade})
        rows.append((row_label, marks))
    visits = [{"date": e.get("start_date") or e.get("published_date"), "label": e["kind"].replace("_", " ")}
              for e in events if e["kind"] != "full_inspection"]
    rows.append(("Visits", visits))
    return rows


def document_page(database: Database, document_id: int) -> dict[str, Any]:
    """A document's facts with their evidence, and its text by page."""
    found = queries.document(database, document_id)
    if found is None:
        raise NotFoundError(f"no document number {document_id}")
    extraction = found["extraction"]
    evidence = extraction.get("evidence", [])
    spans = evidence_by_page(evidence, paged=found["page_count"] is not None)
    pages = [{"number": number, "html": highlighted(text, spans.get(number, [])), "found": 0}
             for number, text in enumerate(found["pages"], start=1)]
    fields: dict[str, list[int]] = {}
    for index, item in enumerate(evidence):
        fields.setdefault(item["field"], []).append(index)
    data = {key: value for key, value in found.items() if key not in ("pages", "path")}
    source = {key: value for key, value in extraction.get("source", {}).items() if key != "path"}
    data["extraction"] = {**extraction, "source": source}  # the file's name stays; its folders do not
    data["file"] = file_name(found["path"])
    data["page_texts"] = found["pages"]
    authority = database.registry.by_code.get(found["authority_code"] or "")
    data["authority"] = {"name": authority.name, "slug": authority.slug} if authority else None
    data["label"] = document_title(found, authority.name if authority else None)
    # each fact's evidence: its page and the words, so that the page can say where before the reader follows it
    evidence_pages = {index: item.get("page") for index, item in enumerate(evidence)}
    return {"data": data, "pages": pages, "evidence_of": fields, "evidence_pages": evidence_pages, "searched": None}


def with_search_marked(context: dict[str, Any], q: str) -> dict[str, Any]:
    """A document's page (as document_page made it) with the words of the search that led here marked too, each
    page saying how often they stand on it. Done for each request from the kept page, so that searches do not
    each take a place in the shared cache."""
    terms = queries.query_terms(q)
    if not terms:
        return context
    data = context["data"]
    spans = evidence_by_page(data["extraction"].get("evidence", []), paged=data["page_count"] is not None)
    pages = []
    for number, text in enumerate(data["page_texts"], start=1):
        words_found = found_spans(text, terms)
        pages.append({"number": number, "html": highlighted(text, spans.get(number, []), words_found),
                      "found": len(words_found)})
    searched = {"query": q, "terms": terms, "pages": [page["number"] for page in pages if page["found"]]}
    return {**context, "pages": pages, "searched": searched}


def evidence_address(database: Database, document_id: int, field: str) -> str:
    """The document page at the passage that is the evidence for one fact (at its list of facts where the fact has
    no passage of its own)."""
    found = queries.document(database, document_id)
    if found is None:
        raise NotFoundError(f"no document number {document_id}")
    evidence = [(i, item) for i, item in enumerate(found["extraction"].get("evidence", [])) if item["field"] == field]
    # a passage highlighted in the text (one with offsets on a page); else its page; else the list of facts
    marked = next((i for i, item in evidence if item.get("start") is not None and item.get("page")), None)
    if marked is not None:
        return f"/documents/{document_id}#ev-{marked}"
    page = next((item["page"] for _, item in evidence if item.get("page")), None)
    return f"/documents/{document_id}" + (f"#page-{page}" if page else "#facts")


def page_number(value: str | None) -> int:
    """A page of results from the address: a whole number from 1 (1 when none is given)."""
    if value is None or not value.strip():
        return 1
    if not value.strip().isdigit() or int(value) < 1:
        raise UsageError(f"the page of results must be a whole number from 1, not '{value}'")
    return min(int(value), 1_000_000)


def _year(name: str, value: str | None) -> int | None:
    """A year from a form field; an empty field (the form sends one when the user leaves it blank) is none."""
    if value is None or not value.strip():
        return None
    if not value.strip().isdigit() or not 2000 <= int(value) <= 2100:
        raise UsageError(f"the {name.replace('_', ' ')} must be a year from 2000 to 2100, not '{value}'")
    return int(value)


KINDS = ("full_inspection", "focused_visit", "monitoring_visit", "jtai")
FRAMEWORKS = ("ilacs", "sif", "pre_sif")
JUDGEMENT_FILTERS = ("overall_effectiveness", "impact_of_leaders", "help_and_protection",
                     "children_in_care_and_care_leavers", "children_in_care", "care_leavers")


def search_page(database: Database, q: str | None, authority: str | None, region: str | None,
                document_type: str | None, year_from_text: str | None, year_to_text: str | None, grade: str | None,
                judgement: str | None, page: int, kind: str | None = None, framework: str | None = None,
                everything: bool = False) -> dict[str, Any]:
    """Documents holding the words (phrases in double quotes), filtered, best first, with their best passages;
    filters alone list the documents they pass, newest first. `everything`: every result on one page (the CSV)."""
    if page < 1:
        raise UsageError("page numbers start at 1")
    year_from, year_to = _year("year_from", year_from_text), _year("year_to", year_to_text)
    for name, value, allowed in (("document type", document_type, DOCUMENT_TYPES),
                                 ("grade", grade, (*GRADES, "adequate")), ("kind of event", kind, KINDS),
                                 ("framework", framework, FRAMEWORKS), ("judgement area", judgement,
                                                                         JUDGEMENT_FILTERS)):
        if value and value not in allowed:
            raise UsageError(f"'{value}' is not a {name} the search knows")
    regions = sorted({a.region for a in database.registry if a.region})
    if region and region not in regions:
        raise UsageError(f"'{region}' is not a region of England")
    if year_from and year_to and year_from > year_to:
        raise UsageError("the year range runs backwards")
    code = authority_from_slug(database, authority).la_code if authority else None
    filters = SearchFilters(code, region or None, document_type or None, year_from, year_to, grade or None,
                            judgement or None, kind or None, framework or None)
    asked = bool((q or "").strip()) or any(v for v in (authority, region, document_type, year_from, year_to, grade,
                                                        judgement, kind, framework))
    result: dict[str, Any] = (
        queries.search(database, q or "", filters, 1 if everything else page, 100_000 if everything else
                       queries.SEARCH_PAGE_SIZE)
        if asked else {"query": "", "terms": [], "total": 0, "total_pages": 0, "page": 1, "pages": 0,
                       "results": []})
    result["asked"] = asked
    result["beyond_the_end"] = asked and result["pages"] > 0 and page > result["pages"]
    names = {a.la_code: a.name for a in database.registry}
    for row in result["results"]:
        row["authority"] = names.get(row.get("authority_code") or "")
        row["label"] = document_title(row, row["authority"])
        del row["path"]
        for passage in row["passages"]:
            passage["snippet_html"] = _snippet(passage["snippet"])
            passage["snippet"] = passage["snippet"].replace(MARK_START, "").replace(MARK_END, "")
    result["filters"] = {"authority": authority, "region": region, "document_type": document_type,
                         "year_from": year_from, "year_to": year_to, "grade": grade, "judgement": judgement,
                         "kind": kind, "framework": framework}
    return {"data": result, "options": _search_options(database)}


def _search_options(database: Database) -> dict[str, Any]:
    """What the search form's lists offer."""
    return {"regions": sorted({a.region for a in database.registry if a.region}),
            "authorities": [(a.slug, a.name) for a in database.registry], "document_types": DOCUMENT_TYPES,
            "grades": (*GRADES, "adequate"), "judgements": JUDGEMENT_FILTERS, "kinds": KINDS,
            "frameworks": FRAMEWORKS}


def search_form_error(database: Database, message: str, q: str | None, filters: dict[str, Any]) -> dict[str, Any]:
    """The search form again, as it was filled in, with what cannot be searched as asked above it (a page of
    results from 0, a year range that runs backwards, a council the record does not know)."""
    empty = {"query": q or "", "terms": [], "total": 0, "total_pages": 0, "page": 1, "pages": 0, "results": [],
             "asked": False, "beyond_the_end": False, "filters": filters}
    return {"data": empty, "options": _search_options(database),
            "form_error": {"message": sentence(message)}}


def _snippet(snippet: str) -> Markup:
    escaped = str(escape(snippet))
    return Markup(escaped.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))


COMPARED_AREAS = ("overall_effectiveness", "impact_of_leaders", "leadership_management_governance",
                  "help_and_protection", "children_in_care_and_care_leavers", "children_in_care",
                  "children_looked_after", "care_leavers", "adoption_performance", "lscb")
MOST_COMPARED = 4


def _suggestions(database: Database, typed: str) -> list[dict[str, str]]:
    """Councils whose names look like what was typed, best first (the command line's 'did you mean')."""
    from oversight.reference.lookup import AuthorityLookup

    return [{"name": a.name, "slug": a.slug} for a in AuthorityLookup(database.registry).close_to(typed, most=4)]


def compare_page(database: Database, chosen: list[str]) -> dict[str, Any]:
    """Two to four councils side by side: every judgement area at every full inspection, and their visits. Each
    choice is a slug or a name as typed (a partial or misspelt name is taken where it points to one council); a
    choice that cannot be taken is said beside its box, with the councils it may have meant."""
    from oversight.reference.lookup import AuthorityLookup

    lookup = AuthorityLookup(database.registry)
    typed = [c.strip() for c in chosen if c and c.strip()]
    authorities, notes, boxes = [], [], []
    for text in typed:
        box: dict[str, Any] = {"typed": text, "error": None, "suggestions": []}
        known = database.registry.by_slug.get(text.lower())
        if known is None:
            try:
                found = lookup.find(text)
                known = found.authority
                if found.note:
                    notes.append(sentence(found.note))
            except OversightError as error:
                box["error"] = sentence(error.message)
                box["suggestions"] = _suggestions(database, text)
        if known is not None:
            box["name"] = known.name
            if known not in authorities:
                authorities.append(known)
        boxes.append(box)
    problems = [b["error"] for b in boxes if b["error"]]
    if len(authorities) > MOST_COMPARED:
        problems.append(f"{len(authorities)} councils were chosen: compare at most four at once")
        authorities = authorities[:MOST_COMPARED]
    if len(authorities) < 2 and not problems:
        problems.append("Choose at least two councils to compare" if typed else
                        "Choose two to four councils to compare")
    events = load_events(database, [a.la_code for a in authorities], with_items=False) if authorities else []
    councils, rows = [], []
    for authority in authorities:
        own = [e for e in events if e.authority_code == authority.la_code]
        told = [e.as_json() for e in own]
        _without_server_paths(told)
        councils.append({"name": authority.name, "slug": authority.slug, "region": authority.region,
                         "events": told})
        rows.append((authority.name, [{"date": e.start_date or e.published_date, "grade": e.overall}
                                      if e.kind == "full_inspection" and e.overall
                                      else {"date": e.start_date or e.published_date, "label": e.kind}
                                      for e in own if not e.mentioned_only]))
    graded = {area for e in events if e.kind == "full_inspection" for area in e.judgements}
    areas = [area for area in COMPARED_AREAS if area in graded] + sorted(graded - set(COMPARED_AREAS))
    first = authorities[0] if authorities else None
    suggestions = ([{"name": database.registry.by_code[code].name, "slug": database.registry.by_code[code].slug}
                    for code in first.statistical_neighbours if code in database.registry.by_code
                    and database.registry.by_code[code] not in authorities][:6] if first else [])
    context: dict[str, Any] = {
        "data": {"councils": councils, "areas": areas, "notes": notes},
        "chart": charts.journeys(rows, 2013, date.today().year + 1, "compare") if len(rows) >= 2 else "",
        "names": sorted(a.name for a in database.registry), "neighbours": suggestions,
        "chosen_slugs": [a.slug for a in authorities], "boxes": boxes}
    if problems:
        context["form_error"] = {"message": "; ".join(problems), "problems": problems, "asked": bool(typed)}
    elif typed != context["chosen_slugs"]:
        # names as typed become the councils' slugs: a short address that says the same thing to anyone
        context["canonical"] = "/compare?" + "&".join(f"a={slug}" for slug in context["chosen_slugs"])
    return context


def problems_page(database: Database) -> dict[str, Any]:
    """Files that could not be read, named without the server's folders."""
    rows = [{"file": file_name(p["path"]), "sha256": p["sha256"], "code": p["code"],
             "message": p["message"].removeprefix(p["path"] + ": "), "seen_at": p["seen_at"]}
            for p in queries.problems(database)]
    return {"data": {"problems": rows}}
