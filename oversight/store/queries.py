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


def _fts5_query(query: str) -> str:
    """Words as an AND of quoted terms, so user input is never read as FTS5 syntax."""
    return " ".join('"' + word.replace('"', "") + '"' for word in re.findall(r"[\w'-]+", query))


@dataclass
class SearchFilters:
    authority: str | None = None  # DfE code
    region: str | None = None
    document_type: str | None = None
    year_from: int | None = None
    year_to: int | None = None
    grade: str | None = None
    judgement: str | None = None  # area; with grade, "graded <grade> on <area>"


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
                   documents.c.published_date)
            .where(or_(documents.c.authority_code.in_(authority_codes), documents.c.id.in_(linked)))
            .order_by(documents.c.published_date.desc().nulls_last(), documents.c.id))
        return [dict(r._mapping) for r in rows]


def problems(database: Database) -> list[dict[str, Any]]:
    return [{"path": p.path, "sha256": p.sha256, "code": p.code, "message": p.message,
             "seen_at": p.seen_at.isoformat()} for p in database.problems()]


def search(database: Database, query: str, filters: SearchFilters, page: int = 1,
           size: int = SEARCH_PAGE_SIZE) -> dict[str, Any]:
    """Ranked pages matching every word of the query, with highlighted snippets, filtered and paginated."""
    words = re.findall(r"[\w'-]+", query)
    if not words:
        return {"query": query, "total": 0, "page": page, "pages": 0, "results": []}
    conditions = []
    if filters.authority:
        conditions.append(tables.documents.c.authority_code == filters.authority)
    if filters.region:
        conditions.append(tables.documents.c.authority_code.in_(
            select(tables.authorities.c.la_code).where(tables.authorities.c.region == filters.region)))
    if filters.document_type:
        conditions.append(tables.documents.c.document_type == filters.document_type)
    year = func.substr(tables.documents.c.published_date, 1, 4)
    if filters.year_from:
        conditions.append(year >= f"{filters.year_from:04d}")
    if filters.year_to:
        conditions.append(year <= f"{filters.year_to:04d}")
    if filters.grade or filters.judgement:
        graded = [tables.judgements.c.event_id == tables.event_sources.c.event_id]
        if filters.grade:
            graded.append(tables.judgements.c.grade == filters.grade)
        if filters.judgement:
            graded.append(tables.judgements.c.area == filters.judgement)
        conditions.append(exists(select(1).select_from(tables.event_sources).join(
            tables.judgements, and_(*graded)).where(tables.event_sources.c.document_id == tables.documents.c.id,
                                               tables.event_sources.c.role == "subject")))
    allowed = select(tables.documents.c.id).where(and_(*conditions)) if conditions else None
    offset = (max(page, 1) - 1) * size
    with database.engine.connect() as connection:
        if database.dialect == "sqlite":
            match = "pages_fts MATCH :q"
            base = ("FROM pages_fts JOIN pages p ON p.id = pages_fts.rowid JOIN documents d ON d.id = p.document_id "
                    f"WHERE {match}")
            params: dict[str, Any] = {"q": _fts5_query(query)}
            snippet = "snippet(pages_fts, 0, :a, :b, ' … ', 28)"
            rank = "bm25(pages_fts)"
        else:
            base = ("FROM pages p JOIN documents d ON d.id = p.document_id, plainto_tsquery('english', :q) q "
                    "WHERE p.search @@ q")
            params = {"q": query}
            snippet = ("ts_headline('english', p.text, q, 'StartSel=' || :a || ', StopSel=' || :b || "
                       "', MaxWords=40, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"')")
            rank = "-ts_rank(p.search, q)"
        if allowed is not None:
            compiled = allowed.compile(connection, compile_kwargs={"literal_binds": True})
            base += f" AND d.id IN ({compiled})"
        params.update({"a": MARK_START, "b": MARK_END, "limit": size, "offset": offset})
        total = connection.execute(text(f"SELECT count(*) {base}"), params).scalar() or 0
        rows = connection.execute(text(
            f"SELECT d.id AS document_id, d.path, d.title, d.document_type, d.published_date, d.authority_code, "
            f"p.number AS page, {snippet} AS snippet, {rank} AS rank {base} ORDER BY rank, d.id, p.number "
            f"LIMIT :limit OFFSET :offset"), params)
        results = [dict(r._mapping) for r in rows]
    return {"query": query, "total": total, "page": page, "pages": (total + size - 1) // size, "results": results}
