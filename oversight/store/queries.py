"""Read-only questions the web service and CLI ask of the store: documents, their pages, search with filters."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, exists, func, or_, select, text

from oversight.store import tables
from oversight.store.database import Database

SEARCH_PAGE_SIZE = 20
MARK_START, MARK_END = "\ue000", "\ue001"  # private-use characters around search hits: never in documents


PHRASE_OR_WORD = re.compile(r'"([^"]*)"|([\w\'-]+)')
PASSAGES_PER_DOCUMENT = 3


def query_terms(query: str) -> list[str]:
    """The phrases (in double quotes) and words of what was typed, in order."""
    terms = []
    for phrase, word in PHRASE_OR_WORD.findall(query):
        words = re.findall(r"[\w'-]+", phrase) if phrase else [word]
        if words:
            terms.append(" ".join(words))
    return terms


def _fts5_query(query: str) -> str:
    """Every phrase and word must be found: each as an FTS5 string, so that what a user types is never read as FTS5
    syntax ('"return home" interviews' finds the phrase 'return home' and the word 'interviews')."""
    return " ".join('"' + term.replace('"', "") + '"' for term in query_terms(query))


def _tsquery_text(query: str) -> str:
    """The same for PostgreSQL's websearch_to_tsquery: phrases in double quotes, words as they are."""
    return " ".join(f'"{term}"' if " " in term else term for term in query_terms(query))


@dataclass
class SearchFilters:
    authority: str | None = None  # DfE code
    region: str | None = None
    document_type: str | None = None
    year_from: int | None = None
    year_to: int | None = None
    grade: str | None = None
    judgement: str | None = None  # area; with grade, "graded <grade> on <area>"
    kind: str | None = None  # of the event the document is about: full_inspection, monitoring_visit, ...
    framework: str | None = None  # of that event: ilacs, sif, pre_sif


def document(database: Database, document_id: int) -> dict[str, Any] | None:
    with database.engine.connect() as connection:
        row = connection.execute(select(tables.documents).where(tables.documents.c.id == document_id)).first()
        if row is None:
            return None
        page_rows = tables.pages
        pages = [r.text for r in connection.execute(select(page_rows.c.text)
                                                    .where(page_rows.c.document_id == document_id)
                                                    .order_by(page_rows.c.number))]
    return {"id": row.id, "path": row.path, "sha256": row.sha256, "media_type": row.media_type,
            "document_type": row.document_type, "title": row.title, "authority_code": row.authority_code,
            "page_count": row.page_count, "published_date": row.published_date, "warnings": row.warnings or [],
            "extraction": row.extraction, "pages": pages}


def documents_for(database: Database, authority_codes: list[str]) -> list[dict[str, Any]]:
    """Documents about these authorities, or telling of an event of theirs, newest first."""
    documents, sources, events = tables.documents, tables.event_sources, tables.events
    with database.engine.connect() as connection:
        linked = (select(sources.c.document_id).join(events, events.c.id == sources.c.event_id)
                  .where(events.c.authority_code.in_(authority_codes)))
        rows = connection.execute(
            select(documents.c.id, documents.c.path, documents.c.document_type, documents.c.title,
                   documents.c.published_date, documents.c.authority_code)
            .where(or_(documents.c.authority_code.in_(authority_codes), documents.c.id.in_(linked)))
            .order_by(documents.c.published_date.desc().nulls_last(), documents.c.id))
        return [dict(r._mapping) for r in rows]


def problems(database: Database) -> list[dict[str, Any]]:
    return [{"path": p.path, "sha256": p.sha256, "code": p.code, "message": p.message,
             "seen_at": p.seen_at.isoformat()} for p in database.problems()]


def _filter_conditions(filters: SearchFilters) -> list[Any]:
    documents, events, judgements, sources = (tables.documents, tables.events, tables.judgements,
                                              tables.event_sources)
    conditions: list[Any] = []
    if filters.authority:
        conditions.append(documents.c.authority_code == filters.authority)
    if filters.region:
        conditions.append(documents.c.authority_code.in_(
            select(tables.authorities.c.la_code).where(tables.authorities.c.region == filters.region)))
    if filters.document_type:
        conditions.append(documents.c.document_type == filters.document_type)
    year = func.substr(documents.c.published_date, 1, 4)
    if filters.year_from:
        conditions.append(year >= f"{filters.year_from:04d}")
    if filters.year_to:
        conditions.append(year <= f"{filters.year_to:04d}")
    if filters.kind or filters.framework:
        told = [sources.c.document_id == documents.c.id, sources.c.role == "subject"]
        if filters.kind:
            told.append(events.c.kind == filters.kind)
        if filters.framework:
            told.append(events.c.framework == filters.framework)
        conditions.append(exists(select(1).select_from(sources).join(events, events.c.id == sources.c.event_id)
                                 .where(*told)))
    if filters.grade or filters.judgement:
        graded = [judgements.c.event_id == sources.c.event_id]
        if filters.grade:
            graded.append(judgements.c.grade == filters.grade)
        if filters.judgement:
            graded.append(judgements.c.area == filters.judgement)
        conditions.append(exists(select(1).select_from(sources).join(judgements, and_(*graded))
                                 .where(sources.c.document_id == documents.c.id, sources.c.role == "subject")))
    return conditions


def search(database: Database, query: str, filters: SearchFilters, page: int = 1,
           size: int = SEARCH_PAGE_SIZE) -> dict[str, Any]:
    """The documents that hold every phrase and word of the query (all documents, where there are none), that
    pass the filters: best first, a page of them at a time, each with its best passages highlighted. Without words,
    the newest first."""
    conditions = _filter_conditions(filters)
    offset = (max(page, 1) - 1) * size
    terms = query_terms(query)
    with database.engine.connect() as connection:
        if not terms:
            documents = tables.documents
            chosen = select(documents.c.id).where(and_(*conditions)) if conditions else select(documents.c.id)
            total = connection.scalar(select(func.count()).select_from(chosen.subquery())) or 0
            rows = connection.execute(
                select(documents.c.id.label("document_id"), documents.c.path, documents.c.title,
                       documents.c.document_type, documents.c.published_date, documents.c.authority_code)
                .where(documents.c.id.in_(chosen))
                .order_by(documents.c.published_date.desc().nulls_last(), documents.c.id.desc())
                .limit(size).offset(offset))
            results = [{**r._mapping, "hits": None, "passages": []} for r in rows]
            return {"query": query, "terms": [], "total": total, "total_pages": None, "page": page,
                    "pages": (total + size - 1) // size, "results": results}
        sql = _full_text_sql(database.dialect)
        params: dict[str, Any] = {"q": _fts5_query(query) if database.dialect == "sqlite" else _tsquery_text(query),
                                  "a": MARK_START, "b": MARK_END, "limit": size, "offset": offset,
                                  "passages": PASSAGES_PER_DOCUMENT}
        allowed = ""
        if conditions:
            compiled = select(tables.documents.c.id).where(and_(*conditions)).compile(
                connection, compile_kwargs={"literal_binds": True})
            allowed = f" AND p.document_id IN ({compiled})"
        counted = connection.execute(text(sql["count"].format(allowed=allowed)), params).one()
        found = [dict(r._mapping) for r in connection.execute(text(sql["documents"].format(allowed=allowed)),
                                                              params)]
        passages: dict[int, list[dict[str, Any]]] = {}
        if found:
            ids = ", ".join(str(int(r["document_id"])) for r in found)
            best = connection.scalars(text(sql["best_pages"].format(allowed=f" AND p.document_id IN ({ids})")),
                                      params).all()
            pages = ", ".join(str(int(page_id)) for page_id in best)
            for row in connection.execute(text(sql["passages"].format(allowed=f" AND p.id IN ({pages})")),
                                          params):
                passages.setdefault(row.document_id, []).append({"page": row.page, "snippet": row.snippet})
    results = [{**r, "passages": passages.get(r["document_id"], [])} for r in found]
    total = int(counted.documents or 0)
    return {"query": query, "terms": terms, "total": total, "total_pages": int(counted.pages or 0), "page": page,
            "pages": (total + size - 1) // size, "results": results}


def _full_text_sql(dialect: str) -> dict[str, str]:
    """The statements of a full-text search (how many; which documents, best first; their best pages; those
    pages' passages), in the dialect's own full-text language. `{allowed}` takes the filters as a condition on
    p.document_id."""
    if dialect == "sqlite":
        matched = ("FROM pages_fts JOIN pages p ON p.id = pages_fts.rowid WHERE pages_fts MATCH :q{allowed}")
        rank, snippet = "bm25(pages_fts)", "snippet(pages_fts, 0, :a, :b, ' … ', 28)"
    else:
        matched = "FROM pages p, websearch_to_tsquery('english', :q) q WHERE p.search @@ q{allowed}"
        rank = "-ts_rank(p.search, q)"
        snippet = ("ts_headline('english', p.text, q, 'StartSel=' || :a || ', StopSel=' || :b || "
                   "', MaxWords=40, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"')")
    # the matching pages with their rank, worked out once per statement (SQLite allows its rank function only in a
    # plain query over the index: hence a materialised step before grouping and numbering)
    hits = f"WITH hits AS MATERIALIZED (SELECT p.id, p.document_id, p.number, {rank} AS rank {matched}) "
    return {
        "count": hits + "SELECT count(DISTINCT document_id) AS documents, count(*) AS pages FROM hits",
        "documents": hits + (
            "SELECT d.id AS document_id, d.path, d.title, d.document_type, d.published_date, d.authority_code, "
            "best.rank, best.hits FROM (SELECT document_id, min(rank) AS rank, count(*) AS hits FROM hits "
            "GROUP BY document_id) best JOIN documents d ON d.id = best.document_id "
            "ORDER BY best.rank, d.id LIMIT :limit OFFSET :offset"),
        # the best pages of each document; then the snippets of those pages alone (making one costs more than
        # ranking a page)
        "best_pages": hits + ("SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY document_id "
                              "ORDER BY rank, number) AS n FROM hits) ranked WHERE n <= :passages"),
        "passages": (f"SELECT p.document_id, p.number AS page, {snippet} AS snippet {matched} "
                     f"ORDER BY p.document_id, {rank}, p.number"),
    }
