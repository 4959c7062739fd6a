"""Loading resolved events from the store, shaped for journeys, the national picture and exports."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select

from oversight.reference.lookup import Found
from oversight.store import Database, tables

GRADE_ORDER = {"inadequate": 1, "adequate": 2, "requires_improvement": 2, "good": 3, "outstanding": 4}


@dataclass
class ResolvedEvent:
    id: int
    authority_code: str | None
    kind: str
    framework: str | None
    ilacs_type: str | None
    start_date: str | None
    end_date: str | None
    published_date: str | None
    visit_number: int | None
    lead_inspector: str | None
    action_plan_due_date: str | None
    secondary_only: bool
    sort_date: str | None
    details: dict[str, Any]
    key: str | None = None  # the same after every ingest (see store.tables.events, column key)
    judgements: dict[str, str] = field(default_factory=dict)
    judgement_documents: dict[str, int] = field(default_factory=dict)  # the document each grade was taken from
    items: list[str] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)

    @property
    def overall(self) -> str | None:
        return self.judgements.get("overall_effectiveness")

    @property
    def mentioned_only(self) -> bool:
        """Known only because later documents refer to it: no document of its own is in the record."""
        return bool(self.details.get("mentioned_only"))

    @property
    def is_graded_inspection(self) -> bool:
        """A full inspection told by Ofsted's own report, with a published date and an overall grade."""
        return (self.kind == "full_inspection" and not self.secondary_only and not self.mentioned_only
                and bool(self.overall)
                and bool(self.published_date) and len(self.published_date or "") == 10)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "key": self.key, "kind": self.kind, "framework": self.framework,
            "ilacs_type": self.ilacs_type,
            "start_date": self.start_date, "end_date": self.end_date, "published_date": self.published_date,
            "visit_number": self.visit_number, "lead_inspector": self.lead_inspector,
            "action_plan_due_date": self.action_plan_due_date, "secondary_only": self.secondary_only,
            "mentioned_only": self.mentioned_only,
            "judgements": self.judgements, "areas_for_improvement": self.items,
            "focus_areas": self.details.get("focus_areas", []), "inspectors": self.details.get("inspectors", []),
            "disagreements": self.details.get("disagreements", []),
            "reported_judgements": self.details.get("reported", []), "sources": self.sources,
            "evidence": self.grade_evidence(),
        }

    def grade_evidence(self) -> dict[str, dict[str, Any]]:
        """For each grade, the document it was taken from and the field of that document's extraction that holds
        it (whose evidence gives the page and the words), where the sources are loaded."""
        out = {}
        for area, document_id in self.judgement_documents.items():
            told = next((s for s in self.sources if s["document_id"] == document_id), None)
            if told is not None:
                out[area] = {"document_id": document_id,
                             "field": f"events[{told['position']}].judgements.{area}"}
        return out


def load_events(database: Database, authority_codes: list[str] | None = None, kinds: list[str] | None = None,
                with_items: bool = True, with_sources: bool = True) -> list[ResolvedEvent]:
    """Resolved events (optionally for some authorities or kinds), with judgements, items and sources."""
    judgements, items, sources, documents = (tables.judgements, tables.improvement_items, tables.event_sources,
                                             tables.documents)
    with database.engine.connect() as connection:
        query = select(tables.events)
        if authority_codes is not None:
            query = query.where(tables.events.c.authority_code.in_(authority_codes))
        if kinds is not None:
            query = query.where(tables.events.c.kind.in_(kinds))
        events = {row.id: ResolvedEvent(
            row.id, row.authority_code, row.kind, row.framework, row.ilacs_type, row.start_date, row.end_date,
            row.published_date, row.visit_number, row.lead_inspector, row.action_plan_due_date,
            bool(row.secondary_only), row.sort_date, row.details or {}, row.key)
            for row in connection.execute(query)}
        if not events:
            return []
        ids = list(events)
        for row in connection.execute(select(judgements.c.event_id, judgements.c.area, judgements.c.grade,
                                             judgements.c.document_id).where(judgements.c.event_id.in_(ids))):
            events[row.event_id].judgements[row.area] = row.grade
            events[row.event_id].judgement_documents[row.area] = row.document_id
        if with_items:
            for item in connection.execute(select(items.c.event_id, items.c.text).where(items.c.event_id.in_(ids))
                                           .order_by(items.c.event_id, items.c.position)):
                events[item.event_id].items.append(item.text)
        if with_sources:
            for source in connection.execute(
                    select(sources.c.event_id, sources.c.role, sources.c.rank, documents.c.id, documents.c.path,
                           documents.c.source_url, documents.c.document_type, documents.c.title,
                           tables.told_events.c.position)
                    .join(documents, documents.c.id == sources.c.document_id)
                    .join(tables.told_events, tables.told_events.c.id == sources.c.told_event_id)
                    # the weightiest publisher first, a document about the event before one naming it in passing,
                    # then by path: the order is the same whichever order a parallel ingest stored them in
                    .where(sources.c.event_id.in_(ids))
                    .order_by(sources.c.rank, sources.c.role != "subject", documents.c.path)):
                events[source.event_id].sources.append({
                    "document_id": source.id, "path": source.path, "url": source.source_url,
                    "document_type": source.document_type,
                    "title": source.title, "role": source.role, "position": source.position,
                    "speaker": ("Ofsted", "the council", "the press", "other")[min(source.rank, 3)]})
    return sorted(events.values(), key=lambda e: (e.sort_date is None, e.sort_date or "", e.id))


def open_record(db: str | None) -> Database:
    """The database for a command or page that only reads: it must hold a record (store.open_database); one made
    by an earlier version, upgraded on opening, has its events resolved again so that every event has its key."""
    from oversight.analysis.resolve import resolve_if_stale
    from oversight.store import open_database

    database = open_database(db, create=False)
    if database.upgraded:
        resolve_if_stale(database)
    return database


def authority_by_name(database: Database, name: str, on: date | None = None) -> Found:
    """Resolve what a user typed ('South Tyneside', 'south-tyneside', '80557', '393', 'Telford') to an authority as it
    stood on a date, with a note to show the user where the text was taken as something else."""
    from oversight.reference.lookup import AuthorityLookup

    return AuthorityLookup(database.registry).find(name, on)
