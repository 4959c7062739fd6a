"""What later visits said: for each item of a plan, the areas for improvement of later inspections and visits of the
same council, and what later monitoring and focused visits looked at, that speak to the same weakness (by shared
themes and by wording, as the journey's recurring weaknesses are found), each with the reason, for a person to
confirm or reject. An item a later full inspection names again is marked so, with both passages side by side."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, insert, select

from oversight.analysis.journey import same_weakness
from oversight.analysis.record import load_events
from oversight.errors import NotFoundError, UsageError
from oversight.plans import audit
from oversight.plans.accounts import User
from oversight.plans.plans import item_and_plan, load_plan
from oversight.store import Database, tables

DECISIONS = ("confirmed", "rejected")
LOOKED_AT = "looked-at-"  # a later visit's focus area, keyed after its event: '<event key>.looked-at-2'
VISITS_WITH_FOCUS = ("monitoring_visit", "focused_visit")


def _looked_at(event: Any) -> list[str]:
    """What a later monitoring or focused visit looked at (its focus areas): findings that speak to a plan's items
    as much as the areas for improvement of a later inspection do."""
    return list(event.details.get("focus_areas") or []) if event.kind in VISITS_WITH_FOCUS else []


def _is_later_finding(connection: Any, plan: Any, key: str) -> bool:
    """Whether a key names an area for improvement, or a focus area, of an inspection or visit of the plan's
    council that came after the plan's own (as later_findings offers them)."""
    events = tables.events
    plan_event = connection.execute(select(events.c.start_date, events.c.published_date)
                                    .where(events.c.key == plan.event_key)).first()
    since = (plan_event.start_date or plan_event.published_date or "") if plan_event else ""
    marker = "." + LOOKED_AT
    if marker in key:
        event_key, number = key.rsplit(marker, 1)
        if not (number.isascii() and number.isdigit()):
            return False
        row = connection.execute(select(events.c.authority_code, events.c.kind, events.c.details, events.c.sort_date,
                                        events.c.key).where(events.c.key == event_key)).first()
        ok = (row is not None and row.kind in VISITS_WITH_FOCUS
              and 1 <= int(number) <= len((row.details or {}).get("focus_areas") or []))
    else:
        row = connection.execute(select(events.c.authority_code, events.c.details, events.c.sort_date, events.c.key)
                                 .join(tables.improvement_items, tables.improvement_items.c.event_id == events.c.id)
                                 .where(tables.improvement_items.c.key == key)).first()
        ok = row is not None
    return bool(ok and row is not None and row.authority_code == plan.la_code and row.key != plan.event_key
                and not (row.details or {}).get("mentioned_only") and (row.sort_date or "")[:len(since)] > since)


def later_findings(database: Database, user: User | None, plan_id: int, plan: dict[str, Any] | None = None,
                   events: list[Any] | None = None) -> list[dict[str, Any]]:
    """Suggestions, best first within each item, with what a person decided of each so far. A caller that has
    loaded the plan (as this user may see it) and the council's events already may pass them."""
    plan = plan if plan is not None and plan["id"] == plan_id else load_plan(database, user, plan_id)
    since = plan["event"]["start_date"] or plan["event"]["published_date"] or ""
    events = events if events is not None else load_events(database, [plan["la_code"]])
    later = [e for e in events
             if e.key != plan["event"]["key"] and (e.items or _looked_at(e)) and not e.mentioned_only
             and (e.sort_date or "")[:len(since)] > since]
    with database.engine.connect() as connection:
        decided = {(row.item_id, row.later_item_key): row.decision for row in connection.execute(
            select(tables.plan_links).where(tables.plan_links.c.item_id.in_([i["id"] for i in plan["items"]])))}
    out = []
    for item in plan["items"]:
        for event in later:
            said = [(f"{event.key}.{n}", words, "asked to improve") for n, words in enumerate(event.items, start=1)]
            said += [(f"{event.key}.{LOOKED_AT}{n}", words, "looked at")
                     for n, words in enumerate(_looked_at(event), start=1)]
            for later_key, words, how in said:
                same, themes, similarity = same_weakness(words, item["text"])
                if not same:
                    continue
                why = (f"shared themes: {', '.join(themes)}; " if themes else "") + f"wording {similarity:.0f}% alike"
                out.append({"item_id": item["id"], "item_text": item["text"], "later_item_key": later_key,
                            "later_event": {"key": event.key, "kind": event.kind, "start_date": event.start_date,
                                            "published_date": event.published_date,
                                            "visit_number": event.visit_number},
                            "later_text": words, "how": how, "why": why, "similarity": round(similarity),
                            "named_again": event.kind == "full_inspection" and how == "asked to improve",
                            "decision": decided.get((item["id"], later_key))})
    return sorted(out, key=lambda s: (s["item_id"], -s["similarity"]))


def decide(database: Database, user: User, item_id: int, later_item_key: str, decision: str) -> None:
    """Confirm or reject that a later area for improvement speaks to a plan item (a later decision replaces it)."""
    if decision not in DECISIONS:
        raise UsageError(f"the decision is confirmed or rejected, not '{decision}'")
    with database.engine.begin() as connection:
        _, plan = item_and_plan(connection, user, item_id)
        if not _is_later_finding(connection, plan, later_item_key):
            raise NotFoundError(f"no finding {later_item_key} of this council's later visits")
        links = tables.plan_links
        connection.execute(delete(links).where(links.c.item_id == item_id, links.c.later_item_key == later_item_key))
        connection.execute(insert(links).values(item_id=item_id, later_item_key=later_item_key, decision=decision,
                                                decided_by=user.username,
                                                decided_at=datetime.now(UTC).replace(tzinfo=None)))
        audit.record(connection, user.username, decision, "link", item_id, plan.id,
                     after={"later_item_key": later_item_key})
