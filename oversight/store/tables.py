"""The database: what was read (documents, pages, the events each document tells, evidence, people, problems)
and what was resolved from it (events across documents, their judgements, items and sources).

Plain SQLAlchemy Core tables: every read and write goes through them as statements, so a command that only asks a
question never loads the ORM (which took a third of such a command's time). The migrations build the same schema."""

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()


def _id() -> Column:
    return Column("id", Integer, primary_key=True)


def _document_id(index: bool = True) -> Column:
    return Column("document_id", ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=index)


def _event_id() -> Column:
    return Column("event_id", ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True)


def _authority_code() -> Column:
    return Column("authority_code", ForeignKey("authorities.la_code"), index=True)


authorities = Table(
    "authorities", metadata,
    Column("la_code", String(8), primary_key=True),
    Column("urn", String(16), index=True),
    Column("gss_code", String(16)),
    Column("name", String(120), nullable=False),
    Column("slug", String(120), nullable=False, unique=True),
    Column("region", String(60)),
    Column("la_type", String(60)),
    Column("created", String(10)),
    Column("abolished", String(10)),
    Column("neighbours", JSON, default=list),  # DfE codes, nearest first
    Column("predecessors", JSON, default=list),
    Column("successors", JSON, default=list),
)

# One file read: stored with its text by page and its whole extraction, in one transaction.
documents = Table(
    "documents", metadata,
    _id(),
    Column("sha256", String(64), nullable=False, unique=True),
    Column("path", Text, nullable=False),
    Column("media_type", String(120), nullable=False),
    Column("document_type", String(40), nullable=False, index=True),
    Column("title", Text),
    _authority_code(),
    Column("page_count", Integer),
    Column("published_date", String(10)),  # the subject event's, for filtering
    Column("source_url", Text),  # where the page was published, when known
    Column("publisher", String(20)),  # ofsted, council, press or other
    Column("reader", String(80)),  # what made the text: 'pypdfium2 4.30.0', ...
    Column("warnings", JSON, default=list),
    Column("extraction", JSON, nullable=False),
    Column("ingested_at", DateTime, nullable=False),
)

pages = Table(
    "pages", metadata,
    _id(),
    _document_id(),
    Column("number", Integer, nullable=False),  # 1-based; unpaged documents have one page
    Column("text", Text, nullable=False),
    UniqueConstraint("document_id", "number"),
)

# An event as one document tells it (the extraction's events[i]), before events are resolved.
told_events = Table(
    "told_events", metadata,
    _id(),
    _document_id(),
    Column("position", Integer, nullable=False),
    Column("role", String(12), nullable=False),
    Column("kind", String(24), nullable=False),
    _authority_code(),
    Column("start_date", String(10)),
    Column("end_date", String(10)),
    Column("published_date", String(10)),
    Column("data", JSON, nullable=False),  # the whole event object as extracted
)

evidence = Table(
    "evidence", metadata,
    _id(),
    _document_id(),
    Column("field", String(200), nullable=False),
    Column("page", Integer),
    Column("start", Integer),
    Column("end", Integer),
    Column("text", Text, nullable=False),
)

people = Table(
    "people", metadata,
    _id(),
    _document_id(),
    Column("name", String(120), nullable=False, index=True),
    Column("role", String(80)),
    Column("organisation", String(120)),
)

# A file that could not be read, and why. Kept until the same path reads cleanly.
problems = Table(
    "problems", metadata,
    _id(),
    Column("path", Text, nullable=False),
    Column("sha256", String(64), index=True),
    Column("code", String(40), nullable=False),
    Column("message", Text, nullable=False),
    Column("seen_at", DateTime, nullable=False),
    Column("reader", String(200)),  # the readers that failed on it (documents.model.all_readers)
    UniqueConstraint("path", "sha256"),
)

# One inspection or visit, resolved across every document that tells of it.
events = Table(
    "events", metadata,
    _id(),
    # the same after every ingest: the document (sha256) and position of the telling that establishes the event
    Column("key", String(40)),
    _authority_code(),
    Column("kind", String(24), nullable=False, index=True),
    Column("framework", String(12)),
    Column("ilacs_type", String(12)),
    Column("start_date", String(10)),
    Column("end_date", String(10)),
    Column("published_date", String(10), index=True),
    Column("visit_number", Integer),
    Column("lead_inspector", String(120)),
    Column("action_plan_due_date", String(10)),
    Column("secondary_only", Boolean, nullable=False, default=False),  # no Ofsted document tells of it
    Column("sort_date", String(10), index=True),
    Column("details", JSON, default=dict),  # inspectors, focus areas, disagreements
    Index("ix_events_authority_kind", "authority_code", "kind"),
    Index("ix_events_key", "key", unique=True),
)

judgements = Table(
    "judgements", metadata,
    _id(),
    _event_id(),
    Column("area", String(80), nullable=False),
    Column("grade", String(24), nullable=False),
    _document_id(index=False),
)

improvement_items = Table(
    "improvement_items", metadata,
    _id(),
    Column("key", String(48)),  # the event's key and the item's number
    _event_id(),
    Column("position", Integer, nullable=False),
    Column("text", Text, nullable=False),
    _document_id(index=False),
    Index("ix_improvement_items_key", "key", unique=True),
)

event_sources = Table(
    "event_sources", metadata,
    _id(),
    _event_id(),
    Column("told_event_id", ForeignKey("told_events.id", ondelete="CASCADE"), nullable=False),
    _document_id(),
    Column("role", String(12), nullable=False),
    Column("rank", Integer, nullable=False),  # 0 Ofsted, 1 the council, 2 the press
)

# Small facts about the database itself, such as which documents the resolved events were built from.
state = Table(
    "state", metadata,
    Column("key", String(60), primary_key=True),
    Column("value", Text, nullable=False),
)

# What `oversight sync` has read of Ofsted's site: each listing or provider page, with its validators (ETag,
# Last-Modified) for a conditional read next time and what it was found to hold.
site_pages = Table(
    "site_pages", metadata,
    Column("url", Text, primary_key=True),
    Column("kind", String(20), nullable=False),  # listing or provider
    Column("urn", String(16)),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("checked_at", DateTime, nullable=False),
    Column("found", JSON, nullable=False),  # a listing: its providers and next page; a provider: its publications
)

# Every publication listed on a provider page; kept when Ofsted withdraws it (withdrawn, with the day last seen).
publications = Table(
    "publications", metadata,
    Column("url", Text, primary_key=True),
    Column("urn", String(16), nullable=False, index=True),
    Column("title", Text, nullable=False),  # the listing's words: "Children's services inspection - 13 January 2023"
    Column("kind", String(24), nullable=False),  # full_inspection, focused_visit, monitoring_visit, jtai, other
    Column("listed_date", String(10)),  # the listing's date: the publication date
    Column("first_seen", DateTime, nullable=False),
    Column("last_seen", DateTime, nullable=False),
    Column("withdrawn", Boolean, nullable=False),
    Column("sha256", String(64), index=True),  # of the file downloaded; none until it has been
    Column("file", Text),  # its name in the files folder
)

sync_runs = Table(
    "sync_runs", metadata,
    _id(),
    Column("base_url", Text, nullable=False),
    Column("started_at", DateTime, nullable=False),
    Column("finished_at", DateTime),  # none while running, or when killed
    Column("summary", JSON, nullable=False),
)

# --- councils' action plans (oversight.plans): private to their council unless published ---

users = Table(
    "users", metadata,
    _id(),
    Column("username", String(80), nullable=False, unique=True),
    Column("password_hash", Text, nullable=False),  # argon2id, as argon2-cffi writes it
    Column("administrator", Boolean, nullable=False),
    Column("created_at", DateTime, nullable=False),
)

# Failed sign-ins in a row, by the name tried (an account's or not: the answers are the same either way), and until
# when that name is locked.
sign_in_failures = Table(
    "sign_in_failures", metadata,
    Column("username", String(80), primary_key=True),
    Column("failures", Integer, nullable=False),
    Column("locked_until", DateTime),
)

user_councils = Table(
    "user_councils", metadata,
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("la_code", String(8), primary_key=True),
    Column("role", String(12), nullable=False),  # editor or reader
)

plans = Table(
    "plans", metadata,
    _id(),
    Column("event_key", String(40), nullable=False, unique=True),  # the inspection's key: the same after re-reads
    Column("la_code", String(8), nullable=False, index=True),
    Column("received_on", String(10)),  # the day the council received the final report, once it says
    Column("sent_on", String(10)),  # the day the council sent the plan to Ofsted, once it says
    Column("published", Boolean, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("version", Integer, nullable=False),
)

plan_items = Table(
    "plan_items", metadata,
    _id(),
    Column("plan_id", ForeignKey("plans.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("item_key", String(48), nullable=False),  # the area for improvement's key
    Column("position", Integer, nullable=False),
    Column("text", Text, nullable=False),  # Ofsted's words
    Column("document_id", Integer),  # where they are, with the extraction's field that holds them
    Column("field", String(200)),
    UniqueConstraint("plan_id", "item_key"),
)

plan_actions = Table(
    "plan_actions", metadata,
    _id(),
    Column("item_id", ForeignKey("plan_items.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("description", Text, nullable=False),
    Column("owner_name", String(120)),
    Column("owner_role", String(120)),
    Column("due_date", String(10)),
    Column("status", String(12), nullable=False),
    Column("version", Integer, nullable=False),  # a save made over another's change is refused, not lost
)

plan_updates = Table(
    "plan_updates", metadata,
    _id(),
    Column("action_id", ForeignKey("plan_actions.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("written_on", String(10), nullable=False),
    Column("text", Text, nullable=False),
    Column("document_id", Integer),  # a stored document's passage it cites, or a link
    Column("field", String(200)),
    Column("link", Text),
    Column("page", Integer),  # the cited passage's page and words, found in the document when it was cited
    Column("quote", Text),
    Column("file_id", Integer),  # or an uploaded file (plan_files)
    Column("withdrawn_at", DateTime),  # taken back by its council: kept, but no longer part of the plan
)

plan_reviews = Table(
    "plan_reviews", metadata,
    _id(),
    Column("plan_id", ForeignKey("plans.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("held_on", String(10), nullable=False),
    Column("body", String(200), nullable=False),  # the board or committee
    Column("decided", Text, nullable=False),
    Column("attendees", Text, nullable=False),
    Column("withdrawn_at", DateTime),  # taken back by its council: kept, but no longer part of the plan
)

# Who changed what, when, before and after: the database refuses UPDATE and DELETE (triggers made by the migration)
# and each entry's hash covers the one before it.
audit_log = Table(
    "audit_log", metadata,
    _id(),
    Column("at", DateTime, nullable=False),
    Column("actor", String(120), nullable=False),
    Column("action", String(40), nullable=False),
    Column("entity", String(40), nullable=False),
    Column("entity_id", Integer),
    Column("plan_id", Integer, index=True),
    Column("before", JSON),
    Column("after", JSON),
    Column("previous_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
)

# A plan item and an area for improvement of a later inspection or visit that speaks to it: suggested by Oversight
# (plans.followups), confirmed or rejected by a person.
plan_links = Table(
    "plan_links", metadata,
    _id(),
    Column("item_id", ForeignKey("plan_items.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("later_item_key", String(48), nullable=False),
    Column("decision", String(12), nullable=False),  # confirmed or rejected
    Column("decided_by", String(80), nullable=False),
    Column("decided_at", DateTime, nullable=False),
    UniqueConstraint("item_id", "later_item_key"),
)

# Signed-in people on the web: the cookie holds a random token and only its sha256 is kept here; each session has its
# own CSRF token, and keeps what was typed into a form that a sign-in interrupted.
web_sessions = Table(
    "web_sessions", metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("csrf_token", String(64), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("last_seen", DateTime, nullable=False),
    Column("pending_form", JSON),
)

# Evidence uploaded to a plan (a board paper, an audit): checked by its bytes to be a document, at most 20 MB, kept in
# the database so that it goes wherever the plan goes and nobody reaches it except through the plan's rights.
plan_files = Table(
    "plan_files", metadata,
    _id(),
    Column("plan_id", ForeignKey("plans.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("filename", String(200), nullable=False),
    Column("media_type", String(120), nullable=False),
    Column("size", Integer, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("content", LargeBinary, nullable=False),
    Column("uploaded_by", String(80), nullable=False),
    Column("uploaded_at", DateTime, nullable=False),
)
