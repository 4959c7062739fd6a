"""Signing in and out, and the administrator's page of accounts."""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi import FastAPI, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse, Response

from oversight.errors import ForbiddenError, LockedError, LoginError, NotFoundError, UsageError
from oversight.plans.accounts import (
    LOCK_AFTER,
    LOCK_FOR,
    User,
    all_users,
    create_user,
    failures_so_far,
    log_in,
    remove_council,
    set_password,
)
from oversight.web.present import sentence
from oversight.web.private import (
    FormProblem,
    database_of,
    form_route,
    page,
    private_twin,
    visitor_of,
)
from oversight.web.signin import (
    IDLE_FOR,
    LAST_FOR,
    SESSION_COOKIE,
    carried_over,
    check_csrf,
    end_session,
    forget_cookie,
    login_pause,
    set_cookie,
    start_session,
)


def safe_next(address: str | None) -> str:
    """Only a path on this site (never '//elsewhere' or 'https://elsewhere') is somewhere to go after sign-in."""
    if not address or not address.startswith("/") or address.startswith("//") or "\\" in address:
        return "/plans"
    return address


def add_account_routes(app: FastAPI) -> None:
    app.state.pause = getattr(app.state, "pause", asyncio.sleep)

    @app.get("/sign-in", include_in_schema=False, name="sign_in.html")
    def sign_in_page(request: Request, next: str | None = Query(None, max_length=300)) -> Response:
        return page(request, "sign_in.html", {"title": "Sign in", "next": safe_next(next)})

    @app.post("/sign-in", include_in_schema=False)
    async def sign_in(request: Request) -> Response:
        form = await request.form(max_fields=10)
        fields = {key: value for key, value in form.items() if isinstance(value, str)}
        await form.close()
        username = (fields.get("username") or "").strip()
        if username:  # each failure in a row answered more slowly, without holding a worker while it waits
            failures = await run_in_threadpool(failures_so_far, database_of(request), username)
            await request.app.state.pause(login_pause(failures))
        return await run_in_threadpool(_sign_in, request, fields)

    def _sign_in(request: Request, fields: dict[str, str]) -> Response:
        database = database_of(request)
        check_csrf(visitor_of(request), fields.get("csrf"))
        username = (fields.get("username") or "").strip()
        password = fields.get("password") or ""
        next_address = safe_next(fields.get("next"))
        try:
            if not username or not password:
                raise FormProblem("username" if not username else "password",
                                  "Enter your username" if not username else "Enter your password")
            user = log_in(database, username, password)
        except (LoginError, FormProblem) as error:
            status = 423 if isinstance(error, LockedError) else 401 if isinstance(error, LoginError) else 400
            return page(request, "sign_in.html", {
                "title": "Sign in", "next": next_address,
                "form": {"name": "sign_in", "values": {"username": username},
                         "errors": {getattr(error, "field", "username"): sentence(error.message)}}}, status)
        held = request.cookies.get(SESSION_COOKIE)
        pending = carried_over(database, user, held)  # a form typed before the session ran out, for its author
        end_session(database, held)  # never carry a session across a sign-in
        token = start_session(database, user, pending)
        response = RedirectResponse(next_address, status_code=303)
        set_cookie(request, response, SESSION_COOKIE, token)
        return response

    @app.post("/sign-out", include_in_schema=False)
    async def sign_out(request: Request) -> Response:
        form = await request.form(max_fields=5)
        csrf = form.get("csrf")
        return await run_in_threadpool(_sign_out, request, csrf if isinstance(csrf, str) else None)

    def _sign_out(request: Request, csrf: str | None) -> Response:
        check_csrf(visitor_of(request), csrf)
        end_session(database_of(request), request.cookies.get(SESSION_COOKIE))
        response = RedirectResponse("/", status_code=303)
        forget_cookie(request, response, SESSION_COOKIE)
        return response

    private_twin(app, "/users", "users.html", users_view)
    form_route(app, "/users", users_view, "users.html", "user", add_user, lambda request: "/users")
    form_route(app, "/users/{username}/password", users_view, "users.html", "password", give_password,
               lambda request: "/users")
    form_route(app, "/users/{username}/councils/remove", users_view, "users.html", "council", take_council,
               lambda request: "/users")


def _administrator(user: User | None) -> User:
    if user is None:
        raise NotFoundError("sign in to see accounts")
    if not user.administrator:
        raise ForbiddenError("only an administrator may see and make accounts")
    return user


def users_view(request: Request, user: User | None) -> dict[str, Any]:
    """Every account and what it may do (administrators only)."""
    _administrator(user)
    database = database_of(request)
    names = database.registry.by_code
    people = [{"username": u.username, "administrator": u.administrator,
               "councils": [{"code": code, "council": names[code].name if code in names else code, "role": role}
                            for code, role in sorted(u.councils.items())]} for u in all_users(database)]
    policy = {"lock_after_failures": LOCK_AFTER, "locked_for_minutes": int(LOCK_FOR.total_seconds() // 60),
              "session_idle_hours": int(IDLE_FOR.total_seconds() // 3600),
              "session_longest_hours": int(LAST_FOR.total_seconds() // 3600)}
    return {"title": "Accounts", "data": {"accounts": people, "policy": policy}}


def _councils(request: Request, typed: str, field: str) -> list[str]:
    from oversight.analysis.record import authority_by_name

    codes = []
    for name in (part.strip() for part in typed.split(",")):
        if name:
            try:
                codes.append(authority_by_name(database_of(request), name).authority.la_code)
            except (NotFoundError, UsageError) as error:
                raise FormProblem(field, sentence(error.message)) from None
    return codes


def add_user(request: Request, user: User, fields: dict[str, Any]) -> str:
    _administrator(user)
    councils = {code: "reader" for code in _councils(request, str(fields.get("reader") or ""), "reader")}
    councils.update({code: "editor" for code in _councils(request, str(fields.get("editor") or ""), "editor")})
    username = str(fields.get("username") or "").strip()
    if not username:
        raise FormProblem("username", "Enter a username")
    try:
        create_user(database_of(request), user.username, username, str(fields.get("password") or ""),
                    administrator=fields.get("administrator") == "yes", councils=councils)
    except UsageError as error:
        field = "password" if "password" in error.message else "username"
        raise FormProblem(field, sentence(error.message)) from None
    return "/users"


def _account_named(request: Request) -> str:
    return str(request.path_params["username"])  # decoded from the address already


def give_password(request: Request, user: User, fields: dict[str, Any]) -> str:
    """A new password for an account: its sessions end and a lock is lifted."""
    _administrator(user)
    try:
        set_password(database_of(request), user.username, _account_named(request), str(fields.get("password") or ""))
    except UsageError as error:
        raise FormProblem("password", sentence(error.message)) from None
    return "/users"


def take_council(request: Request, user: User, fields: dict[str, Any]) -> str:
    """Take a council away from an account."""
    _administrator(user)
    code = str(fields.get("council") or "")
    try:
        remove_council(database_of(request), user.username, _account_named(request), code)
    except UsageError as error:
        raise FormProblem("council", sentence(error.message)) from None
    return "/users"
