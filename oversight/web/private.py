"""What every page for signed-in people shares: who is asking; pages that never go through the shared view cache
(they have their own, kept per set of rights and per state of the plan) and that tell browsers and proxies not to
keep them; JSON twins answered only to those allowed; and forms that check their CSRF token and the account's
right to change the plan, show their errors in a GOV.UK error summary, refuse bodies past their limit, and keep
what was typed when the session ran out."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from typing import Any

from fastapi import FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy import func, select
from starlette.datastructures import MutableHeaders, UploadFile

from oversight.errors import ConflictError, NotFoundError, OversightError, UsageError
from oversight.plans.accounts import User
from oversight.plans.files import LARGEST_UPLOAD
from oversight.plans.plans import editable_plan
from oversight.store import Database, tables
from oversight.web.cache import RecordCache
from oversight.web.present import jsonable, sentence
from oversight.web.signin import (
    FORM_COOKIE,
    SESSION_COOKIE,
    Visitor,
    check_csrf,
    find_visitor,
    keep_for_after_sign_in,
    set_cookie,
    take_pending_form,
)

NOT_KEPT = {"csrf", "password"}  # never written back into a page, nor kept across a sign-in
FORM_NAME = "_form"  # kept with what was typed: which of the page's forms it was
FORM_MARGIN = 1024 * 1024  # a multipart form's fields and framing beside its file
SMALL_FORM = 1024 * 1024  # any other form
PRIVATE = {"Cache-Control": "private, no-store", "Vary": "Cookie"}


class TooLargeError(OversightError):
    code = "too_large"
    http_status = 413


class FormProblem(UsageError):
    """A form's value that cannot be taken, naming the field it belongs to (the error summary links to it)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def install(app: FastAPI) -> None:
    """Answers to whoever may be signed in are kept by no cache; forms' bodies have a limit; the private views'
    own cache."""
    app.state.private_views = PrivateViews(app.state.database)
    app.add_middleware(BodyLimit)
    app.add_middleware(FindVisitor)


class FindVisitor:
    """Whoever sends a session cookie may be signed in: nothing answered to them is kept by a browser's or a proxy's
    cache (even a public page then carries a sign-out token). Who they are is found when a page first asks
    (visitor_of), in the thread that makes the page, not here: a request hops between threads once, not twice."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        session = SESSION_COOKIE.encode()
        if scope["type"] != "http" or not any(name == b"cookie" and session in value
                                              for name, value in scope.get("headers") or []):
            await self.app(scope, receive, send)
            return

        async def private(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message).update(PRIVATE)  # over whatever caching the page allowed
            await send(message)

        await self.app(scope, receive, private)


def visitor_of(request: Request) -> Visitor:
    """Who is asking: found once a request, on the first call (a database read only with a session cookie)."""
    found = getattr(request.state, "visitor", None)
    if found is None:
        found = find_visitor(database_of(request), request)
        request.state.visitor = found
    return found


def database_of(request: Request) -> Database:
    return request.app.state.database


def page(request: Request, template: str, context: dict[str, Any], status: int = 200) -> Response:
    """A private page, rendered for this visitor only."""
    templates: Jinja2Templates = request.app.state.templates
    response = templates.TemplateResponse(request, template, {"form": None, **context}, status_code=status,
                                          headers=PRIVATE)
    visitor = visitor_of(request)
    if visitor.new_form_cookie:  # a form shown before sign-in: its token is checked against this cookie
        set_cookie(request, response, FORM_COOKIE, visitor.csrf)
    return response


def private_json(data: Any, status: int = 200) -> JSONResponse:
    return JSONResponse(jsonable(data), status_code=status, headers=PRIVATE)


def sign_in_first(request: Request, message: str, back_to: str | None = None) -> Response:
    """The sign-in page, coming back to this page (or `back_to`) afterwards: by a redirect for a page asked for,
    shown at once (401) for a form sent."""
    if request.method == "GET":
        return RedirectResponse(f"/sign-in?next={request.url.path}", status_code=303)
    return page(request, "sign_in.html", {"title": "Sign in", "message": message,
                                          "next": back_to or request.url.path}, 401)


def private_twin(app: FastAPI, path: str, template: str,
                 view: Callable[[Request, User | None], dict[str, Any]], kept_for: float | None = None) -> None:
    """An HTML page and its JSON twin (path + '.json') that show what this visitor may see; someone not signed in
    who may see nothing here is asked to sign in (the twin says not found, as it does for one who may not know the
    page exists). With `kept_for`, what the view computes is kept for the same rights until the plan changes (see
    PrivateViews), and at most that many seconds."""

    def computed(request: Request, user: User | None) -> dict[str, Any]:
        if kept_for is None or visitor_of(request).pending_form:  # a restored form is shown once, never kept
            return view(request, user)
        return request.app.state.private_views.get(request, user, kept_for, lambda: view(request, user))

    def as_html(request: Request) -> Response:
        user = visitor_of(request).user
        try:
            context = computed(request, user)
        except NotFoundError:
            if user is None:
                return sign_in_first(request, "Sign in to see this page.")
            raise
        return page(request, template, context)

    def as_json(request: Request) -> Response:
        return private_json(computed(request, visitor_of(request).user)["data"])

    app.get(path, include_in_schema=False, name=template)(as_html)
    app.get(path + ".json", include_in_schema=False, name=template + "-json")(as_json)


class PrivateViews:
    """What a plan's pages compute, kept per set of rights: what a page shows depends on them alone, never on who
    asks (each person's name and form token are added when the page is drawn), so people whose rights differ never
    share an entry, and a change of someone's rights is a new set. Kept too per state of the plan: every change
    to a plan writes an audit entry naming it, so the plan's newest entry (a list of plans: the log's) says whether
    anything changed. Emptied when the public record changes, like the shared cache; a new day is a new key
    (overdue actions, working days left). This is apart from the shared RecordCache, which holds only the public
    record."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.views = RecordCache(database, size=2048)

    def get(self, request: Request, user: User | None, kept_for: float,
            compute: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        rights = None if user is None else (user.administrator, tuple(sorted(user.councils.items())))
        plan_id = request.path_params.get("plan_id")
        key = (request.url.path, request.query_params.get("form"), rights, self.stamp(plan_id), date.today(),
               int(time.monotonic() // kept_for))  # of the query, only what the views read: no other can add keys
        return self.views.get(key, compute)  # type: ignore[no-any-return]

    def stamp(self, plan_id: int | None) -> int:
        log = tables.audit_log
        query = select(func.max(log.c.id))
        if plan_id is not None:
            query = query.where(log.c.plan_id == plan_id)
        with self.database.engine.connect() as connection:
            return int(connection.scalar(query) or 0)


FormHandler = Callable[[Request, User, dict[str, Any]], str]


def form_route(app: FastAPI, path: str, shows_errors: Callable[[Request, User | None], dict[str, Any]],
               template: str, form_name: str, handler: FormHandler, back_to: Callable[[Request], str]) -> None:
    """A form that changes something: POST only, its CSRF token checked, done as the signed-in account. Success
    goes on to the address the handler gives (303); a value that cannot be taken shows the page again with a
    GOV.UK error summary and what was typed; a save over someone else's change says so and keeps both; a session
    that ended meanwhile asks to sign in and then shows the form again as it was typed."""

    async def receive(request: Request) -> Response:
        fields, problem = await _read_form(request)
        return await run_in_threadpool(_answer, request, fields, problem)

    def _answer(request: Request, fields: dict[str, Any], problem: str | None) -> Response:
        visitor = visitor_of(request)
        typed = {k: v for k, v in fields.items() if isinstance(v, str)}
        if visitor.user is None:
            going_back = back_to(request)
            kept = {k: v for k, v in typed.items() if k not in NOT_KEPT} | {FORM_NAME: form_name}
            saved = keep_for_after_sign_in(database_of(request), visitor, typed.get("csrf"), going_back.split("?")[0],
                                           kept)
            return sign_in_first(request, "Your session ended before the form was sent. Sign in again: what you "
                                          "typed is kept and will be shown to you to send again." if saved else
                                          "Sign in to do this.", back_to=going_back)
        check_csrf(visitor, fields.get("csrf"))
        if "plan_id" in request.path_params:  # may this account change the plan at all, before its values are read
            with database_of(request).engine.connect() as connection:
                editable_plan(connection, visitor.user, int(request.path_params["plan_id"]))
        try:
            if problem:
                raise FormProblem("file", problem)
            return RedirectResponse(handler(request, visitor.user, fields), status_code=303)
        except (UsageError, ConflictError) as error:
            status = 409 if isinstance(error, ConflictError) else 400
            context = shows_errors(request, visitor.user)
            kept = {k: v for k, v in typed.items() if k not in NOT_KEPT}
            if isinstance(error, ConflictError):
                kept.pop("version", None)  # sent again, the form answers the version saved meanwhile
            context["form"] = {"name": form_name, "values": kept,
                               "errors": {getattr(error, "field", "form"): sentence(error.message)},
                               "conflict": isinstance(error, ConflictError)}
            return page(request, template, context, status)

    app.post(path, include_in_schema=False)(receive)


async def _read_form(request: Request) -> tuple[dict[str, Any], str | None]:
    """The form's fields, with an uploaded file as its name and bytes; a file over 20 MB is refused by the length
    the request declares before anything is read (BodyLimit stops one that does not declare it)."""
    declared = int(request.headers.get("content-length") or 0)
    if declared > LARGEST_UPLOAD + FORM_MARGIN:
        return {}, f"the file is {declared / 1024 / 1024:.1f} MB: a file can be at most 20 MB"
    form = await request.form(max_files=1, max_fields=60)
    fields: dict[str, Any] = {}
    try:
        for key, value in form.multi_items():
            if isinstance(value, UploadFile):
                if value.filename:
                    fields[key] = (value.filename, await value.read(LARGEST_UPLOAD + 1))
            else:
                fields[key] = value
    finally:
        await form.close()  # the spooled upload's temporary file goes now, not when the process ends
    return fields, None


class BodyLimit:
    """Stops reading a request's body once it passes what any form here needs (a file of 20 MB and its fields for
    a multipart form, far less for any other), whatever length it declared or did not declare: a 413, and nothing
    more read or kept."""

    def __init__(self, app: Any) -> None:
        self.app = app

    @staticmethod
    def refusal(limit: int) -> str:
        return (f"the form sent is larger than {limit // 1024 // 1024} MB: nothing was taken from it (a file can be "
                "at most 20 MB)")

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        content_type = dict(scope.get("headers") or []).get(b"content-type", b"")
        limit = LARGEST_UPLOAD + FORM_MARGIN if content_type.startswith(b"multipart/") else SMALL_FORM
        seen, started = 0, False

        async def counted() -> dict[str, Any]:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > limit:
                raise TooLargeError(self.refusal(limit))
            return message

        async def sending(message: dict[str, Any]) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, sending)
        except Exception:  # raised from inside the form's parsing, perhaps wrapped by a middleware's task group
            if seen <= limit or started:
                raise
            refused = PlainTextResponse(sentence(self.refusal(limit)), status_code=413, headers={"Connection": "close"})
            await refused(scope, receive, send)


def pending_values(request: Request) -> dict[str, str] | None:
    """What was typed into this page's form before a sign-in interrupted it (once)."""
    return take_pending_form(database_of(request), visitor_of(request), request.url.path)


def form_date(fields: dict[str, Any], name: str, words: str, required: bool = False) -> str | None:
    """A date from a form's day, month and year boxes, as year-month-day."""
    parts = [str(fields.get(f"{name}-{part}") or "").strip() for part in ("day", "month", "year")]
    if not any(parts):
        if required:
            raise FormProblem(f"{name}-day", f"Enter {words}")
        return None
    if not all(part.isdigit() for part in parts):
        raise FormProblem(f"{name}-day", f"{words[0].upper()}{words[1:]} must be a real date, in figures, like "
                                         "31 3 2024")
    try:
        return date(int(parts[2]), int(parts[1]), int(parts[0])).isoformat()
    except ValueError:
        raise FormProblem(f"{name}-day", f"{words[0].upper()}{words[1:]} must be a real date") from None


def whole_number(value: Any, what: str, field: str) -> int | None:
    text = str(value or "").strip()
    if not text:
        return None
    if not text.isdigit():
        raise FormProblem(field, f"{what} must be a whole number")
    return int(text)


