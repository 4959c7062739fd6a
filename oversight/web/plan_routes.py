"""Councils' action plans on the web: the list of plans, a plan, an item, an action, the audit log, exports and
attached files, and the forms that change them. Every page here is private to those the plan's council allows
(a published plan may be read by anyone, and changed only by its council's editors)."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import Response

from oversight.analysis.record import load_events
from oversight.errors import NotFoundError, UsageError
from oversight.plans import audit
from oversight.plans.accounts import User
from oversight.plans.exports import plan_docx, plan_xlsx
from oversight.plans.files import checked_upload
from oversight.plans.followups import DECISIONS, decide, later_findings
from oversight.plans.plans import (
    STATUS_LABELS,
    STATUSES,
    add_action,
    add_own_item,
    add_progress,
    add_review,
    create_plan,
    load_file,
    load_plan,
    plannable_events,
    publish,
    set_received,
    set_sent,
    update_action,
    visible_plans,
    withdraw,
)
from oversight.store import queries
from oversight.web.present import document_title, sentence
from oversight.web.private import (
    FORM_NAME,
    PRIVATE,
    FormProblem,
    database_of,
    form_date,
    form_route,
    pending_values,
    private_twin,
    visitor_of,
    whole_number,
)

KEPT_FOR = 3600.0  # a plan page is computed again when the plan changes, and at least hourly
AUDIT_CHECKED_EVERY = 60.0  # the audit page checks the log's chain again at least this often (an edit made
# outside Oversight changes no entry's number, so it is found by checking again, not by the plan's newest entry)
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _council_name(request: Request, la_code: str) -> str:
    found = database_of(request).registry.by_code.get(la_code)
    return found.name if found else la_code


def _number(request: Request, name: str) -> int:
    return int(request.path_params[name])


def _plan(request: Request, user: User | None) -> dict[str, Any]:
    plan = load_plan(database_of(request), user, _number(request, "plan_id"))
    plan["council"] = _council_name(request, plan["la_code"])
    plan["status_labels"] = STATUS_LABELS
    return plan


def _item(plan: dict[str, Any], item_id: int) -> dict[str, Any]:
    found = next((item for item in plan["items"] if item["id"] == item_id), None)
    if found is None:
        raise NotFoundError(f"no item number {item_id} in this plan")
    return found


def _action(plan: dict[str, Any], action_id: int) -> tuple[dict[str, Any], dict[str, Any]]:
    for item in plan["items"]:
        for action in item["actions"]:
            if action["id"] == action_id:
                return item, action
    raise NotFoundError(f"no action number {action_id} in this plan")


def _with_pending(request: Request, context: dict[str, Any], form_name: str) -> dict[str, Any]:
    """The page with the form a sign-in interrupted filled in as it was typed (that form, where the page has
    several; `form_name` for one kept before forms were named)."""
    kept = pending_values(request)
    if kept:
        name = kept.pop(FORM_NAME, form_name)
        context["form"] = {"name": name, "values": kept, "errors": {}, "restored": True}
    return context


# --- pages --------------------------------------------------------------------------------------------------------

def plans_view(request: Request, user: User | None) -> dict[str, Any]:
    """The plans this account may see, and the inspections of its councils that have none yet."""
    if user is None:
        raise NotFoundError("sign in to see plans")
    database = database_of(request)
    plans = [{**p, "council": _council_name(request, p["la_code"])} for p in visible_plans(database, user)]
    can_plan = [{**e, "council": _council_name(request, e["authority_code"])}
                for e in plannable_events(database, user)]
    return {"title": "Action plans", "data": {"plans": plans, "can_plan": can_plan}}


def plan_view(request: Request, user: User | None) -> dict[str, Any]:
    """A plan: its deadline, each item with its actions, its reviews, and its exports."""
    plan = _plan(request, user)
    recent = (audit.entries(database_of(request), plan["id"], newest=5)[::-1]  # who changed it last: not for all
              if user is not None and user.can_read(plan["la_code"]) else [])
    context = {"title": f"Action plan: {plan['council']}", "plan": plan, "recent": recent, "data": plan}
    return _with_pending(request, context, "review")


def item_view(request: Request, user: User | None) -> dict[str, Any]:
    """An area for improvement in Ofsted's words, its actions, and what later visits said of it."""
    plan = _plan(request, user)
    item = _item(plan, _number(request, "item_id"))
    database = database_of(request)
    events = request.app.state.cache.get(("events", plan["la_code"]),  # the public record's, shared by all
                                          lambda: load_events(database, [plan["la_code"]]))
    suggestions = [s for s in later_findings(database, user, plan["id"], plan, events) if s["item_id"] == item["id"]]
    context = {"title": f"Item {item['number']}: {plan['council']}", "plan": plan, "item": item,
               "suggestions": suggestions, "statuses": STATUSES,
               "data": {"plan_id": plan["id"], "item": item, "later_findings": suggestions}}
    return _with_pending(request, context, "action")


def action_view(request: Request, user: User | None) -> dict[str, Any]:
    """An action: change it, and record its progress with evidence."""
    plan = _plan(request, user)
    item, action = _action(plan, _number(request, "action_id"))
    documents = _citable(request, plan["la_code"])
    context = {"title": f"Action: {plan['council']}", "plan": plan, "item": item, "action": action,
               "statuses": STATUSES, "documents": documents, "titles": {d["id"]: d["title"] for d in documents},
               "data": {"plan_id": plan["id"], "item_id": item["id"], "action": action}}
    form = "progress" if request.query_params.get("form") == "progress" else "change"
    return _with_pending(request, context, form)


def audit_view(request: Request, user: User | None) -> dict[str, Any]:
    """Every change to a plan, who made it, when, before and after; and whether the log is as Oversight wrote it."""
    plan = _plan(request, user)
    if user is None or not user.can_read(plan["la_code"]):  # a published plan's readers do not see who typed it
        raise NotFoundError("sign in to see this plan's audit log")
    database = database_of(request)
    entries = audit.entries(database, plan["id"])
    shown = [{**entry, "before": _in_lines(entry["before"]), "after": _in_lines(entry["after"])}
             for entry in reversed(entries)]  # newest first, each side as lines of words, drawn once
    problems = audit.broken_links(database, plan["id"])  # the whole chain, naming only this plan's entries
    return {"title": f"Audit log: {plan['council']}", "plan": plan, "entries": shown, "problems": problems,
            "data": {"plan_id": plan["id"], "entries": entries, "chain_problems": problems}}


def _in_lines(side: dict[str, Any] | None) -> list[str]:
    """One side of a change (before or after) as the lines the audit page shows: 'due date: 2024-03-31'."""
    hidden = ("action_id", "plan_id", "item_id", "file_id", "sha256", "field")  # numbers only a program needs
    return [f"{key.replace('_', ' ')}: {STATUS_LABELS.get(value, value) if key == 'status' else value}"
            for key, value in (side or {}).items() if value is not None and key not in hidden]


def _citable(request: Request, la_code: str) -> list[dict[str, Any]]:
    """The documents about the council, or telling of its inspections and visits, newest first (those its public
    page lists): what a progress update may cite."""
    return [{"id": found["id"], "title": document_title(found)}
            for found in queries.documents_for(database_of(request), [la_code])]


# --- forms --------------------------------------------------------------------------------------------------------

def _text(fields: dict[str, Any], name: str) -> str:
    value = fields.get(name)
    return value.strip() if isinstance(value, str) else ""


def make_plan(request: Request, user: User, fields: dict[str, Any]) -> str:
    key = _text(fields, "event_key")
    if not key:
        raise FormProblem("event_key", "Choose the inspection or visit the plan answers")
    return f"/plans/{create_plan(database_of(request), user, key)}"


def record_received(request: Request, user: User, fields: dict[str, Any]) -> str:
    day = form_date(fields, "received", "the day the council received the final report", required=True)
    set_received(database_of(request), user, _number(request, "plan_id"), day or "")
    return f"/plans/{_number(request, 'plan_id')}"


def record_sent(request: Request, user: User, fields: dict[str, Any]) -> str:
    day = form_date(fields, "sent", "the day the plan was sent to Ofsted", required=True)
    set_sent(database_of(request), user, _number(request, "plan_id"), day or "")
    return f"/plans/{_number(request, 'plan_id')}"


def change_publication(request: Request, user: User, fields: dict[str, Any]) -> str:
    making_public = fields.get("publish") == "yes"
    if making_public and fields.get("checked") != "yes":
        raise FormProblem("checked", "Confirm that you have checked the plan, its progress notes and its files "
                                     "for anything that could identify a child or family")
    publish(database_of(request), user, _number(request, "plan_id"), making_public)
    return f"/plans/{_number(request, 'plan_id')}"


def record_review(request: Request, user: User, fields: dict[str, Any]) -> str:
    held = form_date(fields, "held", "the day of the meeting", required=True)
    for name, words in (("body", "the board or committee"), ("decided", "what it decided")):
        if not _text(fields, name):
            raise FormProblem(name, f"Enter {words}")
    plan_id = _number(request, "plan_id")
    add_review(database_of(request), user, plan_id, held or "", _text(fields, "body"), _text(fields, "decided"),
               _text(fields, "attendees"))
    return f"/plans/{plan_id}#reviews"


def _item_address(request: Request) -> str:
    return f"/plans/{_number(request, 'plan_id')}/items/{_number(request, 'item_id')}"


def _own_item(request: Request, user: User) -> int:
    """The item in the address, where it belongs to the plan in the address."""
    plan = load_plan(database_of(request), user, _number(request, "plan_id"))
    return int(_item(plan, _number(request, "item_id"))["id"])


def new_action(request: Request, user: User, fields: dict[str, Any]) -> str:
    if not _text(fields, "description"):
        raise FormProblem("description", "Enter what will be done")
    due = form_date(fields, "due", "the due date")
    status = _text(fields, "status") or "not_started"
    action_id = add_action(database_of(request), user, _own_item(request, user), _text(fields, "description"),
                           _text(fields, "owner_name") or None, _text(fields, "owner_role") or None, due, status)
    return f"/plans/{_number(request, 'plan_id')}/actions/{action_id}"


def decide_followup(request: Request, user: User, fields: dict[str, Any]) -> str:
    decision = _text(fields, "decision")
    if decision not in DECISIONS:
        raise FormProblem("decision", "Choose confirm or reject")
    decide(database_of(request), user, _own_item(request, user), _text(fields, "later_item_key"), decision)
    return _item_address(request) + "#later"


def _own_action(request: Request, user: User) -> int:
    plan = load_plan(database_of(request), user, _number(request, "plan_id"))
    return int(_action(plan, _number(request, "action_id"))[1]["id"])


def change_action(request: Request, user: User, fields: dict[str, Any]) -> str:
    if not _text(fields, "description"):
        raise FormProblem("description", "Enter what will be done")
    version = whole_number(fields.get("version"), "The version", "form")
    changes = {"description": _text(fields, "description"), "owner_name": _text(fields, "owner_name") or None,
               "owner_role": _text(fields, "owner_role") or None, "due_date": form_date(fields, "due", "the due date"),
               "status": _text(fields, "status")}
    update_action(database_of(request), user, _own_action(request, user), version or 0, **changes)
    return f"/plans/{_number(request, 'plan_id')}/actions/{_number(request, 'action_id')}"


def record_progress(request: Request, user: User, fields: dict[str, Any]) -> str:
    if not _text(fields, "text"):
        raise FormProblem("text", "Enter what has happened")
    written = form_date(fields, "written", "the update's date")
    document_id = whole_number(fields.get("document_id"), "The document", "document_id")
    quote = _text(fields, "quote") or None
    if quote and document_id is None:
        raise FormProblem("document_id", "Choose the document the quoted words come from")
    upload = fields.get("file") if isinstance(fields.get("file"), tuple) else None
    if upload:
        try:
            checked_upload(*upload)
        except UsageError as error:
            raise FormProblem("file", sentence(error.message)) from None
    try:
        add_progress(database_of(request), user, _own_action(request, user), _text(fields, "text"), written,
                     document_id=document_id, quote=quote, link=_text(fields, "link") or None, upload=upload)
    except NotFoundError as error:
        raise FormProblem("document_id", sentence(error.message)) from None
    except UsageError as error:
        field = "link" if "link" in error.message else "quote" if "words" in error.message else "text"
        raise FormProblem(field, sentence(error.message)) from None
    return f"/plans/{_number(request, 'plan_id')}/actions/{_number(request, 'action_id')}#progress"


def new_own_item(request: Request, user: User, fields: dict[str, Any]) -> str:
    if not _text(fields, "text"):
        raise FormProblem("text", "Enter the words of the item")
    plan_id = _number(request, "plan_id")
    item_id = add_own_item(database_of(request), user, plan_id, _text(fields, "text"))
    return f"/plans/{plan_id}/items/{item_id}"


def withdraw_update(request: Request, user: User, fields: dict[str, Any]) -> str:
    plan_id, action_id = _number(request, "plan_id"), _own_action(request, user)
    withdraw(database_of(request), user, plan_id, "update", _number(request, "update_id"))
    return f"/plans/{plan_id}/actions/{action_id}#progress"


def withdraw_review(request: Request, user: User, fields: dict[str, Any]) -> str:
    plan_id = _number(request, "plan_id")
    withdraw(database_of(request), user, plan_id, "review", _number(request, "review_id"))
    return f"/plans/{plan_id}#reviews"


# --- routes --------------------------------------------------------------------------------------------------------

def add_plan_routes(app: FastAPI) -> None:
    private_twin(app, "/plans", "plans.html", plans_view, kept_for=KEPT_FOR)
    form_route(app, "/plans", plans_view, "plans.html", "create", make_plan, lambda r: "/plans")
    plan_path = "/plans/{plan_id:int}"
    private_twin(app, plan_path, "plan.html", plan_view, kept_for=KEPT_FOR)
    back_to_plan = lambda r: f"/plans/{_number(r, 'plan_id')}"  # noqa: E731
    form_route(app, plan_path + "/received", plan_view, "plan.html", "received", record_received, back_to_plan)
    form_route(app, plan_path + "/sent", plan_view, "plan.html", "sent", record_sent, back_to_plan)
    form_route(app, plan_path + "/publish", plan_view, "plan.html", "publish", change_publication, back_to_plan)
    form_route(app, plan_path + "/reviews", plan_view, "plan.html", "review", record_review, back_to_plan)
    form_route(app, plan_path + "/items", plan_view, "plan.html", "own", new_own_item, back_to_plan)
    item_path = plan_path + "/items/{item_id:int}"
    private_twin(app, item_path, "plan_item.html", item_view, kept_for=KEPT_FOR)
    form_route(app, item_path + "/actions", item_view, "plan_item.html", "action", new_action, _item_address)
    form_route(app, item_path + "/followups", item_view, "plan_item.html", "followup", decide_followup,
               _item_address)
    action_path = plan_path + "/actions/{action_id:int}"
    action_address = lambda r: f"/plans/{_number(r, 'plan_id')}/actions/{_number(r, 'action_id')}"  # noqa: E731
    private_twin(app, action_path, "plan_action.html", action_view, kept_for=KEPT_FOR)
    form_route(app, action_path, action_view, "plan_action.html", "change", change_action, action_address)
    form_route(app, action_path + "/progress", action_view, "plan_action.html", "progress", record_progress,
               lambda r: action_address(r) + "?form=progress")
    form_route(app, action_path + "/updates/{update_id:int}/withdraw", action_view, "plan_action.html", "withdraw",
               withdraw_update, action_address)
    form_route(app, plan_path + "/reviews/{review_id:int}/withdraw", plan_view, "plan.html", "withdraw",
               withdraw_review, back_to_plan)
    private_twin(app, plan_path + "/audit", "plan_audit.html", audit_view, kept_for=AUDIT_CHECKED_EVERY)

    @app.get(plan_path + "/plan.docx", include_in_schema=False)
    def as_word(request: Request) -> Response:
        plan = _plan(request, visitor_of(request).user)
        return _download(plan_docx(plan, plan["council"]), DOCX, f"action-plan-{plan['id']}.docx")

    @app.get(plan_path + "/plan.xlsx", include_in_schema=False)
    def as_workbook(request: Request) -> Response:
        plan = _plan(request, visitor_of(request).user)
        return _download(plan_xlsx(plan, plan["council"]), XLSX, f"action-plan-{plan['id']}.xlsx")

    @app.get(plan_path + "/files/{file_id:int}", include_in_schema=False)
    def attached(request: Request) -> Response:
        found = load_file(database_of(request), visitor_of(request).user, _number(request, "plan_id"),
                          _number(request, "file_id"))
        return _download(found["content"], found["media_type"], found["filename"])


def _download(content: bytes, media_type: str, filename: str) -> Response:
    from urllib.parse import quote

    return Response(content, media_type=media_type, headers={
        **PRIVATE, "Content-Disposition": f"attachment; filename*=UTF-8''{quote(filename)}"})
