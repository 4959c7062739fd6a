"""A council's action plan for one inspection or visit: each area for improvement in Ofsted's words (with the page
and passage they come from) answered by actions, each with an owner, a due date, a status and dated progress; the
board or committee reviews that held it to account. A plan hangs on the stable keys of its event and items, so it
keeps pointing at the same inspection and the same words after every later ingest or sync."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from oversight.errors import ConflictError, ForbiddenError, NotFoundError, UsageError
from oversight.plans import audit
from oversight.plans.accounts import User
from oversight.plans.deadlines import plan_deadline, working_days_between
from oversight.plans.files import insert_file
from oversight.store import Database, tables

STATUSES = ("not_started", "on_track", "at_risk", "off_track", "done")
STATUS_LABELS = {"not_started": "Not started", "on_track": "On track", "at_risk": "At risk",
                 "off_track": "Off track", "done": "Done"}


NOT_IN_A_DOCUMENT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # control characters no Word or Excel file holds


def words(text: str | None) -> str | None:
    """Typed (or quoted) text as it is kept: without control characters, which no committee paper or workbook can
    hold, and without space around it; None stays None."""
    return None if text is None else NOT_IN_A_DOCUMENT.sub("", text).strip()


def _day(text: str | None, what: str) -> date | None:
    if text is None or not str(text).strip():
        return None
    try:
        return date.fromisoformat(str(text).strip())
    except ValueError:
        raise UsageError(f"{what} must be a date written year-month-day, not '{text}'") from None


def _event(connection: Connection, event_key: str) -> Any:
    event = connection.execute(select(tables.events).where(tables.events.c.key == event_key)).first()
    if event is None:
        raise NotFoundError(f"no inspection or visit with the key {event_key}")
    return event


def create_plan(database: Database, user: User, event_key: str) -> int:
    """A plan for an inspection or visit with areas for improvement, one item for each, in Ofsted's words."""
    items, sources = tables.improvement_items, tables.event_sources
    with database.engine.begin() as connection:
        event = _event(connection, event_key)
        if not event.authority_code or not user.can_edit(event.authority_code):
            raise ForbiddenError(f"{user.username} may not make plans for this council")
        if connection.scalar(select(tables.plans.c.id).where(tables.plans.c.event_key == event_key)) is not None:
            raise UsageError("this inspection already has a plan")
        listed = connection.execute(select(items).where(items.c.event_id == event.id)
                                    .order_by(items.c.position)).all()
        if not listed:
            raise UsageError("this inspection or visit names no areas for improvement in the record: there is "
                             "nothing for a plan to answer")
        plan_id = connection.execute(insert(tables.plans).values(
            event_key=event_key, la_code=event.authority_code, received_on=None, published=False,
            created_at=_now(), version=1).returning(tables.plans.c.id)).scalar_one()
        for item in listed:
            told = connection.execute(
                select(tables.told_events.c.position)
                .join(sources, sources.c.told_event_id == tables.told_events.c.id)
                .where(sources.c.event_id == event.id, sources.c.document_id == item.document_id)).first()
            field = f"events[{told.position}].areas_for_improvement[{item.position}]" if told else None
            connection.execute(insert(tables.plan_items).values(
                plan_id=plan_id, item_key=item.key, position=item.position, text=item.text,
                document_id=item.document_id, field=field))
        audit.record(connection, user.username, "create", "plan", plan_id, plan_id,
                     after={"event_key": event_key, "items": len(listed)})
    return int(plan_id)


OWN_ITEM = "own-"  # the key of an item the council added itself: 'own-1', 'own-2' (Ofsted's keep their own keys)


def add_own_item(database: Database, user: User, plan_id: int, text: str) -> int:
    """An item of the council's own (a weakness its self-evaluation or its board named), answered by actions as
    Ofsted's areas for improvement are; it is marked as the council's, not Ofsted's, everywhere it appears."""
    text = words(text) or ""
    if not text:
        raise UsageError("an item of the council's own needs its words")
    items = tables.plan_items
    with database.engine.begin() as connection:
        plan = editable_plan(connection, user, plan_id)
        keys = list(connection.scalars(select(items.c.item_key).where(items.c.plan_id == plan_id)))
        number = 1 + sum(1 for key in keys if key.startswith(OWN_ITEM))
        position = 1 + (connection.scalar(select(func.max(items.c.position)).where(items.c.plan_id == plan_id)) or 0)
        values = {"plan_id": plan_id, "item_key": f"{OWN_ITEM}{number}", "position": position, "text": text,
                  "document_id": None, "field": None}
        item_id = connection.execute(insert(items).values(**values).returning(items.c.id)).scalar_one()
        audit.record(connection, user.username, "add own item", "item", item_id, plan.id, after=values)
    return int(item_id)


def _plan_row(connection: Connection, plan_id: int) -> Any:
    plan = connection.execute(select(tables.plans).where(tables.plans.c.id == plan_id)).first()
    if plan is None:
        raise NotFoundError(f"no plan number {plan_id}")
    return plan


def item_and_plan(connection: Connection, user: User, item_id: int) -> tuple[Any, Any]:
    """A plan item and its plan, where this user may change the plan."""
    item = connection.execute(select(tables.plan_items).where(tables.plan_items.c.id == item_id)).first()
    if item is None:
        raise NotFoundError(f"no plan item number {item_id}")
    return item, editable_plan(connection, user, item.plan_id)


def _action_and_plan(connection: Connection, user: User, action_id: int) -> tuple[Any, Any]:
    """An action and its plan, where this user may change the plan."""
    action = connection.execute(select(tables.plan_actions).where(tables.plan_actions.c.id == action_id)).first()
    if action is None:
        raise NotFoundError(f"no action number {action_id}")
    _, plan = item_and_plan(connection, user, action.item_id)
    return action, plan


def load_plan_row(connection: Connection, user: User | None, plan_id: int) -> Any:
    """A plan's row, where this user may see it: not found to one who may not know it exists."""
    plan = _plan_row(connection, plan_id)
    if not plan.published and (user is None or not user.can_read(plan.la_code)):
        raise NotFoundError(f"no plan number {plan_id}")
    return plan


def editable_plan(connection: Connection, user: User, plan_id: int) -> Any:
    """A plan's row, where this user may change it."""
    plan = load_plan_row(connection, user, plan_id)
    if not user.can_edit(plan.la_code):
        raise ForbiddenError(f"{user.username} may not change this council's plans")
    return plan


def set_received(database: Database, user: User, plan_id: int, received: str) -> None:
    """The day the council received the final report: the deadline is counted from it, no longer estimated."""
    _set_day(database, user, plan_id, "received_on", received, "the day the report was received")


def set_sent(database: Database, user: User, plan_id: int, sent: str) -> None:
    """The day the council sent its plan to Ofsted (or none, to take it back)."""
    _set_day(database, user, plan_id, "sent_on", sent, "the day the plan was sent to Ofsted")


def _set_day(database: Database, user: User, plan_id: int, column: str, text: str, words: str) -> None:
    """A day of the plan's own (received, sent): on or after the inspection began, not in the future, and the
    report received no later than Ofsted published it and before the plan was sent."""
    day = _day(text, words)
    value = day.isoformat() if day else None
    with database.engine.begin() as connection:
        plan = editable_plan(connection, user, plan_id)
        event = _event(connection, plan.event_key)
        if value:
            if event.start_date and value < event.start_date:
                raise UsageError(f"{words} cannot be before the inspection began ({event.start_date})")
            if day and day > date.today():
                raise UsageError(f"{words} cannot be in the future")
            published = event.published_date if event.published_date and len(event.published_date) == 10 else None
            if column == "received_on" and published and value > published:
                raise UsageError(f"{words} cannot be after Ofsted published the report ({published})")
            if column == "received_on" and plan.sent_on and value > plan.sent_on:
                raise UsageError(f"{words} cannot be after the plan was sent to Ofsted ({plan.sent_on})")
            if column == "sent_on" and plan.received_on and value < plan.received_on:
                raise UsageError(f"{words} cannot be before the report was received ({plan.received_on})")
        connection.execute(update(tables.plans).where(tables.plans.c.id == plan_id)
                           .values({column: value, "version": plan.version + 1}))
        audit.record(connection, user.username, f"set {column.removesuffix('_on')}", "plan", plan_id, plan_id,
                     before={column: getattr(plan, column)}, after={column: value})


def add_action(database: Database, user: User, item_id: int, description: str, owner_name: str | None = None,
               owner_role: str | None = None, due: str | None = None, status: str = "not_started") -> int:
    description, owner_name, owner_role = words(description) or "", words(owner_name), words(owner_role)
    if not description:
        raise UsageError("an action needs a description")
    if status not in STATUSES:
        raise UsageError(f"the status is one of {', '.join(STATUSES)}, not '{status}'")
    due_day = _day(due, "the due date")
    with database.engine.begin() as connection:
        _, plan = item_and_plan(connection, user, item_id)
        event = _event(connection, plan.event_key)
        if due_day and event.start_date and due_day.isoformat() < event.start_date:
            raise UsageError(f"an action cannot be due ({due_day.isoformat()}) before the inspection it answers "
                             f"began ({event.start_date})")
        values = {"item_id": item_id, "description": description, "owner_name": owner_name,
                  "owner_role": owner_role, "due_date": due_day.isoformat() if due_day else None, "status": status}
        action_id = connection.execute(insert(tables.plan_actions).values(**values, version=1)
                                       .returning(tables.plan_actions.c.id)).scalar_one()
        audit.record(connection, user.username, "add action", "action", action_id, plan.id, after=values)
    return int(action_id)


def update_action(database: Database, user: User, action_id: int, version: int, **changes: Any) -> int:
    """Change an action as it stood at `version`: where someone saved it meanwhile, nothing is written and
    ConflictError says so (their change and this one both stay with their authors). Returns the new version."""
    allowed = {"description", "owner_name", "owner_role", "due_date", "status"}
    unknown = set(changes) - allowed
    if unknown:
        raise UsageError(f"an action has no {', '.join(sorted(unknown))}")
    if "status" in changes and changes["status"] not in STATUSES:
        raise UsageError(f"the status is one of {', '.join(STATUSES)}, not '{changes['status']}'")
    if "due_date" in changes:
        day = _day(changes["due_date"], "the due date")
        changes["due_date"] = day.isoformat() if day else None
    for name in ("description", "owner_name", "owner_role"):
        if name in changes:
            changes[name] = words(changes[name])
    if "description" in changes and not changes["description"]:
        raise UsageError("an action needs a description")
    actions = tables.plan_actions
    with database.engine.begin() as connection:
        action, plan = _action_and_plan(connection, user, action_id)
        done = connection.execute(update(actions).where(actions.c.id == action_id, actions.c.version == version)
                                  .values(**changes, version=version + 1))
        if done.rowcount != 1:
            raise ConflictError("someone else saved this action after you opened it, and nothing was overwritten: "
                                "look at their change, then make yours again")
        before = {key: getattr(action, key) for key in changes}
        audit.record(connection, user.username, "change action", "action", action_id, plan.id, before=before,
                     after=changes)
    return version + 1


def add_progress(database: Database, user: User, action_id: int, text: str, written_on: str | None = None,
                 document_id: int | None = None, field: str | None = None, link: str | None = None,
                 quote: str | None = None, upload: tuple[str, bytes] | None = None) -> int:
    """A dated progress note, which may cite a passage of any stored document (its number, and the fact's field or
    the passage's own words, found on their page), a file uploaded with it (a name and its bytes), or a link."""
    text, link = words(text) or "", words(link)
    if not text:
        raise UsageError("a progress update needs some words")
    day = _day(written_on, "the update's date") or date.today()
    if link and not link.startswith(("https://", "http://")):
        raise UsageError("a link starts with https:// or http://")
    quote = " ".join((quote or "").split()) or None
    if quote and document_id is None:
        raise UsageError("say which document the quoted words come from")
    with database.engine.begin() as connection:
        _, plan = _action_and_plan(connection, user, action_id)
        page = None
        if document_id is not None:
            if connection.scalar(select(tables.documents.c.id).where(tables.documents.c.id == document_id)) is None:
                raise NotFoundError(f"no document number {document_id} to cite")
            if quote:
                page, quote = _page_saying(connection, document_id, quote)
        file_id = insert_file(connection, user.username, plan.id, *upload) if upload else None
        values = {"action_id": action_id, "written_on": day.isoformat(), "text": text,
                  "document_id": document_id, "field": field, "link": link, "quote": quote, "page": page,
                  "file_id": file_id}
        update_id = connection.execute(insert(tables.plan_updates).values(**values)
                                       .returning(tables.plan_updates.c.id)).scalar_one()
        audit.record(connection, user.username, "add progress", "update", update_id, plan.id, after=values)
    return int(update_id)


SAME_MARKS = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
                            "\u2014": "-", "\u00a0": " "})


def _plain(text: str) -> tuple[str, list[int]]:
    """Text as it is compared with a quotation (curly quotes and dashes made plain, runs of space made one, lower
    case), with where each of its characters came from in the original."""
    out: list[str] = []
    where: list[int] = []
    for position, character in enumerate(text.translate(SAME_MARKS)):
        if character.isspace():
            if out and out[-1] == " ":
                continue
            character = " "
        out.append(character.lower() if len(character.lower()) == 1 else character)
        where.append(position)
    return "".join(out), where


def _page_saying(connection: Connection, document_id: int, quote: str) -> tuple[int, str]:
    """The page of a document that holds these words, and the words as the document has them (quotation marks,
    dashes, spacing and case aside); UsageError where no page does."""
    wanted = _plain(quote)[0].strip(" \"'")
    for number, page_text in connection.execute(
            select(tables.pages.c.number, tables.pages.c.text).where(tables.pages.c.document_id == document_id)
            .order_by(tables.pages.c.number)):
        plain, where = _plain(page_text)
        found = plain.find(wanted) if wanted else -1
        if found >= 0:
            passage = page_text[where[found]:where[found + len(wanted) - 1] + 1]
            return int(number), " ".join((words(passage) or "").split())
    raise UsageError("those words are not in the chosen document: copy them from it exactly")


def add_review(database: Database, user: User, plan_id: int, held_on: str, body: str, decided: str,
               attendees: str) -> int:
    day = _day(held_on, "the meeting's date")
    body, decided, attendees = words(body) or "", words(decided) or "", words(attendees) or ""
    if day is None or not body or not decided:
        raise UsageError("a review needs the day it was held, the board or committee, and what it decided")
    with database.engine.begin() as connection:
        editable_plan(connection, user, plan_id)
        values = {"plan_id": plan_id, "held_on": day.isoformat(), "body": body, "decided": decided,
                  "attendees": attendees}
        review_id = connection.execute(insert(tables.plan_reviews).values(**values)
                                       .returning(tables.plan_reviews.c.id)).scalar_one()
        audit.record(connection, user.username, "add review", "review", review_id, plan_id, after=values)
    return int(review_id)


def withdraw(database: Database, user: User, plan_id: int, what: str, number: int) -> None:
    """Take back a progress note or a review entered by mistake: it is no longer part of the plan (its pages, its
    exports), but it is kept, and the audit log holds what it said."""
    table = {"update": tables.plan_updates, "review": tables.plan_reviews}.get(what)
    if table is None:
        raise UsageError(f"a progress note (update) or a review can be withdrawn, not '{what}'")
    with database.engine.begin() as connection:
        plan = editable_plan(connection, user, plan_id)
        query = select(table).where(table.c.id == number, table.c.withdrawn_at.is_(None))
        if what == "update":
            query = query.join(tables.plan_actions, tables.plan_actions.c.id == table.c.action_id).join(
                tables.plan_items, tables.plan_items.c.id == tables.plan_actions.c.item_id).where(
                tables.plan_items.c.plan_id == plan_id)
        else:
            query = query.where(table.c.plan_id == plan_id)
        row = connection.execute(query).first()
        if row is None:
            raise NotFoundError(f"no {'progress note' if what == 'update' else 'review'} number {number} in this "
                                "plan to withdraw")
        connection.execute(update(table).where(table.c.id == number).values(withdrawn_at=_now()))
        before = {key: value for key, value in row._mapping.items() if key not in ("id", "withdrawn_at")}
        audit.record(connection, user.username, f"withdraw {what}", what, number, plan.id, before=before)


def publish(database: Database, user: User, plan_id: int, published: bool = True) -> None:
    """Make a plan part of the public record (a statement of action after an inadequate judgement, say), or
    private again."""
    with database.engine.begin() as connection:
        plan = editable_plan(connection, user, plan_id)
        connection.execute(update(tables.plans).where(tables.plans.c.id == plan_id)
                           .values(published=published, version=plan.version + 1))
        audit.record(connection, user.username, "publish" if published else "unpublish", "plan", plan_id, plan_id,
                     before={"published": plan.published}, after={"published": published})


def plans_for(database: Database, user: User | None, la_code: str) -> list[dict[str, Any]]:
    """The plans of a council that this user may see (published ones for anyone)."""
    plans = tables.plans
    with database.engine.connect() as connection:
        rows = connection.execute(select(plans).where(plans.c.la_code == la_code).order_by(plans.c.id)).all()
    return [{"id": r.id, "event_key": r.event_key, "published": r.published} for r in rows
            if r.published or (user is not None and user.can_read(la_code))]


def load_plan(database: Database, user: User | None, plan_id: int, today: date | None = None) -> dict[str, Any]:
    """The whole plan as this user may see it: ForbiddenError (said as not found to one who may not know it
    exists) where they may not."""
    today = today or date.today()
    with database.engine.connect() as connection:
        plan = load_plan_row(connection, user, plan_id)
        event = _event(connection, plan.event_key)
        items = connection.execute(select(tables.plan_items).where(tables.plan_items.c.plan_id == plan_id)
                                   .order_by(tables.plan_items.c.position)).all()
        actions = connection.execute(select(tables.plan_actions).where(
            tables.plan_actions.c.item_id.in_([i.id for i in items])).order_by(tables.plan_actions.c.id)).all()
        updates = connection.execute(select(tables.plan_updates).where(
            tables.plan_updates.c.action_id.in_([a.id for a in actions]), tables.plan_updates.c.withdrawn_at.is_(None))
            .order_by(tables.plan_updates.c.written_on, tables.plan_updates.c.id)).all()
        reviews = connection.execute(select(tables.plan_reviews).where(tables.plan_reviews.c.plan_id == plan_id,
                                                                       tables.plan_reviews.c.withdrawn_at.is_(None))
                                     .order_by(tables.plan_reviews.c.held_on)).all()
        pages = _evidence_pages(connection, [(i.document_id, i.field) for i in items])
        attached = tables.plan_files  # what a reader needs of a file: not who uploaded it, nor its bytes
        files = {row.id: dict(row._mapping) for row in connection.execute(
            select(attached.c.id, attached.c.filename, attached.c.media_type, attached.c.size)
            .where(attached.c.plan_id == plan_id))}
    deadline = plan_deadline(_day(plan.received_on, "received"), _day(event.published_date, "published")
                             if event.published_date and len(event.published_date) == 10 else None)
    by_action: dict[int, list[dict[str, Any]]] = {}
    for row in updates:
        by_action.setdefault(row.action_id, []).append({**row._mapping, "file": files.get(row.file_id)})
    by_item: dict[int, list[dict[str, Any]]] = {}
    for row in actions:
        overdue = bool(row.due_date and row.due_date < today.isoformat() and row.status != "done")
        by_item.setdefault(row.item_id, []).append({**row._mapping, "overdue": overdue,
                                                    "updates": by_action.get(row.id, [])})
    return {
        "id": plan.id, "la_code": plan.la_code, "published": plan.published, "version": plan.version,
        "may_edit": user is not None and user.can_edit(plan.la_code),
        "event": {"key": event.key, "kind": event.kind, "start_date": event.start_date,
                  "end_date": event.end_date, "published_date": event.published_date},
        "received_on": plan.received_on, "sent_on": plan.sent_on,
        "sent": _sent(plan.sent_on, deadline),
        "deadline": deadline.as_json(today) if deadline else None,
        "items": [{**item._mapping, "number": number, "page": pages.get((item.document_id, item.field)),
                   "councils_own": item.item_key.startswith(OWN_ITEM),
                   "actions": by_item.get(item.id, [])} for number, item in enumerate(items, start=1)],
        "reviews": [dict(r._mapping) for r in reviews],
        "overdue": sum(1 for acts in by_item.values() for a in acts if a["overdue"]),
    }


def _sent(sent_on: str | None, deadline: Any) -> dict[str, Any] | None:
    """When the plan went to Ofsted, and how many working days before (positive) or after its deadline."""
    if not sent_on:
        return None
    sent = date.fromisoformat(sent_on)
    return {"on": sent_on, "working_days_early": working_days_between(sent, deadline.due) if deadline else None}


def _evidence_pages(connection: Connection, cited: list[tuple[int | None, str | None]]) -> dict[tuple, int]:
    """The page each cited field's evidence is on, from its document's extraction."""
    out: dict[tuple, int] = {}
    for document_id in {d for d, _ in cited if d is not None}:
        extraction = connection.scalar(select(tables.documents.c.extraction)
                                       .where(tables.documents.c.id == document_id)) or {}
        for item in extraction.get("evidence", []):
            key = (document_id, item["field"])
            if item.get("page") and key not in out:
                out[key] = item["page"]
    return out


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def visible_plans(database: Database, user: User) -> list[dict[str, Any]]:
    """Every plan this account may see, newest inspection first, with its items' and overdue actions' counts."""
    plans, events, items, actions = tables.plans, tables.events, tables.plan_items, tables.plan_actions
    today = date.today().isoformat()
    query = (select(plans.c.id, plans.c.la_code, plans.c.published, events.c.kind, events.c.start_date,
                    events.c.published_date, events.c.key)
             .join(events, events.c.key == plans.c.event_key).order_by(events.c.sort_date.desc()))
    if not user.administrator:
        query = query.where(plans.c.la_code.in_(list(user.councils)))
    with database.engine.connect() as connection:
        rows = connection.execute(query).all()
        counts: dict[int, int] = dict(connection.execute(
            select(items.c.plan_id, func.count()).group_by(items.c.plan_id)).all())
        overdue: dict[int, int] = dict(connection.execute(
            select(items.c.plan_id, func.count()).join(actions, actions.c.item_id == items.c.id)
            .where(actions.c.due_date < today, actions.c.status != "done").group_by(items.c.plan_id)).all())
    return [{**row._mapping, "items": counts.get(row.id, 0), "overdue": overdue.get(row.id, 0)} for row in rows]


def plannable_events(database: Database, user: User) -> list[dict[str, Any]]:
    """The inspections and visits of this account's councils that name areas for improvement and have no plan
    yet, newest first: what it may make a plan for."""
    events, items, plans = tables.events, tables.improvement_items, tables.plans
    query = (select(events.c.key, events.c.authority_code, events.c.kind, events.c.start_date,
                    events.c.published_date, func.count(items.c.id).label("items"))
             .join(items, items.c.event_id == events.c.id)
             .where(events.c.key.is_not(None), events.c.key.not_in(select(plans.c.event_key)))
             .group_by(events.c.id).order_by(events.c.sort_date.desc()))
    if not user.administrator:
        query = query.where(events.c.authority_code.in_([c for c, role in user.councils.items() if role == "editor"]))
    with database.engine.connect() as connection:
        return [dict(row._mapping) for row in connection.execute(query)]


def published_plans(database: Database, la_code: str) -> list[dict[str, Any]]:
    """A council's plans that it has made public, for its page in the public record."""
    plans, events = tables.plans, tables.events
    with database.engine.connect() as connection:
        return [dict(row._mapping) for row in connection.execute(
            select(plans.c.id, events.c.kind, events.c.start_date).join(events, events.c.key == plans.c.event_key)
            .where(plans.c.la_code == la_code, plans.c.published.is_(True)).order_by(events.c.sort_date.desc()))]


def load_file(database: Database, user: User | None, plan_id: int, file_id: int) -> dict[str, Any]:
    """A file of a plan this user may see (not found otherwise, as for the plan itself)."""
    files = tables.plan_files
    with database.engine.connect() as connection:
        load_plan_row(connection, user, plan_id)
        row = connection.execute(select(files).where(files.c.id == file_id, files.c.plan_id == plan_id)).first()
    if row is None:
        raise NotFoundError(f"no file number {file_id} in this plan")
    return dict(row._mapping)
