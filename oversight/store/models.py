"""The database: what was read (documents, pages, the events each document tells, evidence, people, problems)
and what was resolved from it (events across documents, their judgements, items and sources)."""

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class AuthorityRow(Base):
    __tablename__ = "authorities"

    la_code: Mapped[str] = mapped_column(String(8), primary_key=True)
    urn: Mapped[str | None] = mapped_column(String(16), index=True)
    gss_code: Mapped[str | None] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(120))
    slug: Mapped[str] = mapped_column(String(120), unique=True)
    region: Mapped[str | None] = mapped_column(String(60))
    la_type: Mapped[str | None] = mapped_column(String(60))
    created: Mapped[str | None] = mapped_column(String(10))
    abolished: Mapped[str | None] = mapped_column(String(10))
    neighbours: Mapped[list] = mapped_column(JSON, default=list)  # DfE codes, nearest first
    predecessors: Mapped[list] = mapped_column(JSON, default=list)
    successors: Mapped[list] = mapped_column(JSON, default=list)


class DocumentRow(Base):
    """One file read: stored with its text by page and its whole extraction, in one transaction."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    path: Mapped[str] = mapped_column(Text)
    media_type: Mapped[str] = mapped_column(String(120))
    document_type: Mapped[str] = mapped_column(String(40), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    authority_code: Mapped[str | None] = mapped_column(ForeignKey("authorities.la_code"), index=True)
    page_count: Mapped[int | None] = mapped_column(Integer)
    published_date: Mapped[str | None] = mapped_column(String(10))  # the subject event's, for filtering
    source_url: Mapped[str | None] = mapped_column(Text)  # where the page was published, when known
    publisher: Mapped[str | None] = mapped_column(String(20))  # ofsted, council, press or other
    reader: Mapped[str | None] = mapped_column(String(80))  # what made the text: 'pypdfium2 4.30.0', ...
    warnings: Mapped[list] = mapped_column(JSON, default=list)
    extraction: Mapped[dict] = mapped_column(JSON)
    ingested_at: Mapped[datetime] = mapped_column(DateTime)

    pages: Mapped[list["PageRow"]] = relationship(back_populates="document", cascade="all, delete-orphan",
                                                order_by="PageRow.number")
    told: Mapped[list["ToldEventRow"]] = relationship(back_populates="document", cascade="all, delete-orphan")


class PageRow(Base):
    __tablename__ = "pages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)  # 1-based; unpaged documents have one page
    text: Mapped[str] = mapped_column(Text)

    document: Mapped["DocumentRow"] = relationship(back_populates="pages")
    __table_args__ = (UniqueConstraint("document_id", "number"),)


class ToldEventRow(Base):
    """An event as one document tells it (the extraction's events[i]), before events are resolved."""

    __tablename__ = "told_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(12))
    kind: Mapped[str] = mapped_column(String(24))
    authority_code: Mapped[str | None] = mapped_column(ForeignKey("authorities.la_code"), index=True)
    start_date: Mapped[str | None] = mapped_column(String(10))
    end_date: Mapped[str | None] = mapped_column(String(10))
    published_date: Mapped[str | None] = mapped_column(String(10))
    data: Mapped[dict] = mapped_column(JSON)  # the whole event object as extracted

    document: Mapped["DocumentRow"] = relationship(back_populates="told")


class EvidenceRow(Base):
    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    field: Mapped[str] = mapped_column(String(200))
    page: Mapped[int | None] = mapped_column(Integer)
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class PersonRow(Base):
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(120), index=True)
    role: Mapped[str | None] = mapped_column(String(80))
    organisation: Mapped[str | None] = mapped_column(String(120))


class ProblemRow(Base):
    """A file that could not be read, and why. Kept until the same path reads cleanly."""

    __tablename__ = "problems"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    path: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    code: Mapped[str] = mapped_column(String(40))
    message: Mapped[str] = mapped_column(Text)
    seen_at: Mapped[datetime] = mapped_column(DateTime)
    reader: Mapped[str | None] = mapped_column(String(200))  # the readers that failed on it (all_readers)
    __table_args__ = (UniqueConstraint("path", "sha256"),)


class EventRow(Base):
    """One inspection or visit, resolved across every document that tells of it."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # the same after every ingest: the document (sha256) and position of the telling that establishes the event
    key: Mapped[str | None] = mapped_column(String(40), unique=True)
    authority_code: Mapped[str | None] = mapped_column(ForeignKey("authorities.la_code"), index=True)
    kind: Mapped[str] = mapped_column(String(24), index=True)
    framework: Mapped[str | None] = mapped_column(String(12))
    ilacs_type: Mapped[str | None] = mapped_column(String(12))
    start_date: Mapped[str | None] = mapped_column(String(10))
    end_date: Mapped[str | None] = mapped_column(String(10))
    published_date: Mapped[str | None] = mapped_column(String(10), index=True)
    visit_number: Mapped[int | None] = mapped_column(Integer)
    lead_inspector: Mapped[str | None] = mapped_column(String(120))
    action_plan_due_date: Mapped[str | None] = mapped_column(String(10))
    secondary_only: Mapped[bool] = mapped_column(Boolean, default=False)  # no Ofsted document tells of it
    sort_date: Mapped[str | None] = mapped_column(String(10), index=True)
    details: Mapped[dict] = mapped_column(JSON, default=dict)  # inspectors, focus areas, disagreements

    judgements: Mapped[list["JudgementRow"]] = relationship(cascade="all, delete-orphan")
    items: Mapped[list["ImprovementItemRow"]] = relationship(cascade="all, delete-orphan",
                                                            order_by="ImprovementItemRow.position")
    sources: Mapped[list["EventSourceRow"]] = relationship(cascade="all, delete-orphan")


class JudgementRow(Base):
    __tablename__ = "judgements"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    area: Mapped[str] = mapped_column(String(80))
    grade: Mapped[str] = mapped_column(String(24))
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))


class ImprovementItemRow(Base):
    __tablename__ = "improvement_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str | None] = mapped_column(String(48), unique=True)  # the event's key and the item's number
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))


class EventSourceRow(Base):
    __tablename__ = "event_sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    told_event_id: Mapped[int] = mapped_column(ForeignKey("told_events.id", ondelete="CASCADE"))
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(12))
    rank: Mapped[int] = mapped_column(Integer)  # 0 Ofsted, 1 the council, 2 the press


class StateRow(Base):
    """Small facts about the database itself, such as which documents the resolved events were built from."""

    __tablename__ = "state"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


Index("ix_events_authority_kind", EventRow.authority_code, EventRow.kind)
