"""Who is asking: sessions for signed-in accounts and CSRF tokens for every form that changes anything.

The session cookie holds a random token; the database keeps only its sha256 with the account, a CSRF token of its
own, and when it was last used (a session ends after two hours unused and twelve hours after sign-in). Signing in
always starts a new session and ends any the browser held, so a token planted before sign-in never becomes a
signed-in one. Forms shown before sign-in (the sign-in form itself) carry a token that must match a cookie of their
own (double submit). Cookies are HttpOnly and SameSite=Lax, and Secure when the request came over HTTPS (behind a
proxy, uvicorn's proxy headers tell it so) or when OVERSIGHT_SECURE_COOKIES is set."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi import Request
from fastapi.responses import Response
from sqlalchemy import delete, insert, select, update

from oversight.errors import OversightError
from oversight.plans.accounts import User, load_user_by_id
from oversight.store import Database, tables

SESSION_COOKIE = "oversight_session"
FORM_COOKIE = "oversight_form"
IDLE_FOR = timedelta(hours=2)
LAST_FOR = timedelta(hours=12)
SEEN_EVERY = timedelta(minutes=1)  # last_seen is written at most this often


class CsrfError(OversightError):
    """A form sent without the token this browser was given: from another site, or from a page open too long."""

    code = "csrf"
    http_status = 403


@dataclass
class Visitor:
    user: User | None
    csrf: str
    session_hash: str | None = None
    pending_form: dict[str, Any] | None = None
    new_form_cookie: bool = False
    ended: Any = None  # the session this browser held, where it ran out: its row


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def start_session(database: Database, user: User, pending_form: dict[str, Any] | None = None) -> str:
    """A new session for this account; returns the token for the cookie."""
    token = secrets.token_urlsafe(32)
    now = _now()
    with database.engine.begin() as connection:
        connection.execute(delete(tables.web_sessions).where(tables.web_sessions.c.last_seen < now - LAST_FOR))
        connection.execute(insert(tables.web_sessions).values(
            token_hash=_hash(token), user_id=user.id, csrf_token=secrets.token_urlsafe(32), created_at=now,
            last_seen=now, pending_form=pending_form))
    return token


def end_session(database: Database, token: str | None) -> None:
    if token:
        with database.engine.begin() as connection:
            connection.execute(delete(tables.web_sessions).where(tables.web_sessions.c.token_hash == _hash(token)))


def find_visitor(database: Database, request: Request) -> Visitor:
    """The account this request's session belongs to (or none), with the CSRF token its forms must carry."""
    token = request.cookies.get(SESSION_COOKIE)
    ended = None
    if token:
        sessions = tables.web_sessions
        now = _now()
        with database.engine.connect() as connection:  # the session and its account: one connection
            row = connection.execute(select(sessions).where(sessions.c.token_hash == _hash(token))).first()
            live = row is not None and now - row.last_seen <= IDLE_FOR and now - row.created_at <= LAST_FOR
            user = load_user_by_id(connection, row.user_id) if live and row is not None else None
        if live and row is not None and user is not None:
            if now - row.last_seen >= SEEN_EVERY:
                with database.engine.begin() as connection:
                    connection.execute(update(sessions).where(sessions.c.token_hash == row.token_hash)
                                       .values(last_seen=now))
            return Visitor(user, row.csrf_token, row.token_hash, row.pending_form)
        ended = row  # kept until the next sign-in (or 12 hours), in case a form it sent is to be kept
    form_token = request.cookies.get(FORM_COOKIE)
    if form_token and len(form_token) == 43:
        return Visitor(None, form_token, ended=ended)
    return Visitor(None, secrets.token_urlsafe(32), new_form_cookie=True, ended=ended)


def keep_for_after_sign_in(database: Database, visitor: Visitor, sent_csrf: str | None, path: str,
                           fields: dict[str, str]) -> bool:
    """Keep what was typed into a form whose session ran out, to show again once the same account signs in: only
    where the form carries that session's own CSRF token (so no other site can fill someone's form for them)."""
    ended = visitor.ended
    if ended is None or not sent_csrf or not hmac.compare_digest(sent_csrf.encode(), ended.csrf_token.encode()):
        return False
    with database.engine.begin() as connection:
        connection.execute(update(tables.web_sessions).where(tables.web_sessions.c.token_hash == ended.token_hash)
                           .values(pending_form={"path": path, "fields": fields}))
    return True


def carried_over(database: Database, user: User, token: str | None) -> dict[str, Any] | None:
    """The form kept from the session this browser held, where the same account signs in again."""
    if not token:
        return None
    sessions = tables.web_sessions
    with database.engine.connect() as connection:
        row = connection.execute(select(sessions.c.user_id, sessions.c.pending_form)
                                 .where(sessions.c.token_hash == _hash(token))).first()
    return row.pending_form if row is not None and row.user_id == user.id else None


def check_csrf(visitor: Visitor, sent: str | None) -> None:
    if not sent or not hmac.compare_digest(sent.encode(), visitor.csrf.encode()):
        raise CsrfError("this form did not carry the token this page gave it (it came from elsewhere, or the page "
                        "was open from an earlier visit): go back, reload the page and send it again")


def take_pending_form(database: Database, visitor: Visitor, path: str) -> dict[str, str] | None:
    """What was typed into the form at `path` when the session ran out, once, after the new sign-in."""
    pending = visitor.pending_form
    if not pending or pending.get("path") != path or visitor.session_hash is None:
        return None
    with database.engine.begin() as connection:
        connection.execute(update(tables.web_sessions).where(tables.web_sessions.c.token_hash == visitor.session_hash)
                           .values(pending_form=None))
    visitor.pending_form = None
    return dict(pending.get("fields") or {})


def _secure(request: Request) -> bool:
    """Over HTTPS (as the request came, or as a proxy said with --proxy-headers), or always where
    OVERSIGHT_SECURE_COOKIES is set."""
    return request.url.scheme == "https" or os.environ.get("OVERSIGHT_SECURE_COOKIES", "") not in ("", "0")


def set_cookie(request: Request, response: Response, name: str, value: str, max_age: int | None = None) -> None:
    response.set_cookie(name, value, max_age=max_age, httponly=True, samesite="lax", path="/",
                        secure=_secure(request))


def forget_cookie(request: Request, response: Response, name: str) -> None:
    response.delete_cookie(name, path="/", httponly=True, samesite="lax", secure=_secure(request))


def login_pause(failures: int) -> float:
    """Seconds to wait before answering a sign-in to an account that has failed this many times in a row: none at
    first, then doubling from half a second (the fifth failure locks the account)."""
    return 0.0 if failures <= 0 else min(0.5 * 2 ** (failures - 1), 8.0)
