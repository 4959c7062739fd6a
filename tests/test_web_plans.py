"""Action plans on the web: who may see and change what (every route walked with every role against one table),
CSRF, sessions (fixation, expiry keeping what was typed, cookie flags), slowed and locked sign-ins, uploads checked
by their bytes and size, a save over someone else's change, and plans kept out of every public page and cache."""

from __future__ import annotations

import io
import re
import shutil
import zipfile
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select, update

from oversight.ingest import ingest
from oversight.plans import audit
from oversight.plans.accounts import create_user
from oversight.plans.plans import add_action, add_progress, add_review, create_plan
from oversight.store import Database, open_database, tables
from oversight.web.app import create_app
from oversight.web.signin import SESSION_COOKIE
from tests.corpus_builder import build_corpus

PASSWORD = "correct horse battery staple"
ROLES = ("anonymous", "reader", "editor", "stranger", "admin")
ACCOUNTS = {"reader": "adviser", "editor": "editor", "stranger": "elsewhere", "admin": "root"}
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _events(database: Database, code: str) -> dict[str, str]:
    with database.engine.connect() as connection:
        return dict(connection.execute(select(tables.events.c.start_date, tables.events.c.key)
                                       .where(tables.events.c.authority_code == code)).all())


def _populate(database: Database) -> dict[str, Any]:
    """Four accounts and one Gateshead plan (for the 2019 inspection) with an action, progress with a file, and a
    review; the 2023 inspection is left without a plan."""
    admin = create_user(database, "test", "root", PASSWORD, administrator=True)
    editor = create_user(database, "test", "editor", PASSWORD, councils={"390": "editor"})
    create_user(database, "test", "adviser", PASSWORD, councils={"390": "reader"})
    create_user(database, "test", "elsewhere", PASSWORD, councils={"394": "editor"})
    gateshead = _events(database, "390")
    plan = create_plan(database, editor, gateshead["2019-03-04"])
    with database.engine.connect() as connection:
        item = connection.scalar(select(tables.plan_items.c.id).where(tables.plan_items.c.plan_id == plan)
                                 .order_by(tables.plan_items.c.position))
        later_key = connection.scalar(select(tables.improvement_items.c.key).join(
            tables.events, tables.events.c.id == tables.improvement_items.c.event_id)
            .where(tables.events.c.key == gateshead["2023-10-30"]))
    action = add_action(database, editor, item, "Audit every child's plan", "A Person", "Head of service",
                        "2019-09-30", "on_track")
    add_progress(database, editor, action, "Half the plans audited", "2019-08-01", upload=("audit.pdf", PDF))
    add_review(database, admin, plan, "2019-08-15", "Improvement board", "Progress accepted", "Chair, DCS")
    with database.engine.connect() as connection:
        file_id = connection.scalar(select(tables.plan_files.c.id))
        update_id = connection.scalar(select(tables.plan_updates.c.id))
        review_id = connection.scalar(select(tables.plan_reviews.c.id))
    return {"plan": plan, "item": item, "action": action, "file": file_id, "later": later_key,
            "unplanned": gateshead["2023-10-30"], "update": update_id, "review": review_id}


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> tuple[Path, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("plans-web")
    build_corpus(folder / "corpus")
    database = open_database(str(folder / "template.db"))
    ingest(database, [folder / "corpus"], workers=1)
    ids = _populate(database)
    database.engine.dispose()
    return folder / "template.db", ids


class Browser:
    """A TestClient that signs in as a person would, and finds each page's CSRF token."""

    def __init__(self, database: Database | str, base_url: str = "http://testserver") -> None:
        self.app = create_app(database)
        self.pauses: list[float] = []

        async def pause(seconds: float) -> None:  # noted, not waited for
            self.pauses.append(seconds)

        self.app.state.pause = pause
        self.client = TestClient(self.app, base_url=base_url, follow_redirects=False)

    def token(self, path: str = "/sign-in") -> str:
        found = re.search(r'name="csrf" value="([^"]+)"', self.client.get(path, follow_redirects=True).text)
        assert found, f"no form token on {path}"
        return found.group(1)

    def sign_in(self, username: str, password: str = PASSWORD, **extra: str) -> Any:
        return self.client.post("/sign-in", data={"csrf": self.token(), "username": username, "password": password,
                                                  "next": "/plans", **extra})

    def post(self, path: str, data: dict[str, Any], files: dict[str, Any] | None = None) -> Any:
        return self.client.post(path, data={"csrf": self.token("/plans" if path != "/users" else "/users"),
                                            **data}, files=files)


@pytest.fixture
def copy(template, tmp_path: Path) -> tuple[str, dict[str, Any]]:
    path, ids = template
    shutil.copy(path, tmp_path / "o.db")
    return str(tmp_path / "o.db"), ids


def _signed_in(database: str, role: str) -> Browser:
    browser = Browser(database)
    if role != "anonymous":
        assert browser.sign_in(ACCOUNTS[role]).status_code == 303
    return browser


# --- the authorisation table ---------------------------------------------------------------------------------------

OPEN = dict.fromkeys(ROLES, 200)
SIGNED_IN = {"anonymous": 303, "reader": 200, "editor": 200, "stranger": 200, "admin": 200}
PLAN_PAGE = {"anonymous": 303, "reader": 200, "editor": 200, "stranger": 404, "admin": 200}
PLAN_TWIN = {**PLAN_PAGE, "anonymous": 404}
ADMIN_PAGE = {"anonymous": 303, "reader": 403, "editor": 403, "stranger": 403, "admin": 200}
CHANGE = {"anonymous": 401, "reader": 403, "editor": 303, "stranger": 404, "admin": 303}
CREATE = {**CHANGE, "stranger": 403}
ADMIN_CHANGE = {"anonymous": 401, "reader": 403, "editor": 403, "stranger": 403, "admin": 303}

# Every route of the service, by method and path as FastAPI knows it: the address to try, what to send, and what
# each role gets. The POSTs come last, in an order that leaves each one something to change.
TABLE: list[tuple[str, str, str, dict[str, Any], dict[str, int]]] = [
    ("GET", "/", "/", {}, OPEN),
    ("GET", "/index.json", "/index.json", {}, OPEN),
    ("GET", "/index.csv", "/index.csv", {}, OPEN),
    ("GET", "/authorities", "/authorities", {}, OPEN),
    ("GET", "/authorities.json", "/authorities.json", {}, OPEN),
    ("GET", "/authorities.csv", "/authorities.csv", {}, OPEN),
    ("GET", "/authorities/{slug}", "/authorities/gateshead", {}, OPEN),
    ("GET", "/authorities/{slug}.json", "/authorities/gateshead.json", {}, OPEN),
    ("GET", "/authorities/{slug}.csv", "/authorities/gateshead.csv", {}, OPEN),
    ("GET", "/documents/{document_id}", "/documents/1", {}, OPEN),
    ("GET", "/documents/{document_id}.json", "/documents/1.json", {}, OPEN),
    ("GET", "/documents/{document_id}/evidence", "/documents/1/evidence?field=document_type", {},
     dict.fromkeys(ROLES, 303)),
    ("GET", "/documents/{document_id}/original", "/documents/1/original", {}, OPEN),
    ("GET", "/search", "/search?q=children", {}, OPEN),
    ("GET", "/search.json", "/search.json?q=children", {}, OPEN),
    ("GET", "/search.csv", "/search.csv?q=children", {}, OPEN),
    ("GET", "/compare", "/compare?a=gateshead&a=sunderland", {}, OPEN),
    ("GET", "/compare.json", "/compare.json?a=gateshead&a=sunderland", {}, OPEN),
    ("GET", "/compare.csv", "/compare.csv?a=gateshead&a=sunderland", {}, OPEN),
    ("GET", "/problems", "/problems", {}, OPEN),
    ("GET", "/problems.json", "/problems.json", {}, OPEN),
    ("GET", "/problems.csv", "/problems.csv", {}, OPEN),
    ("GET", "/favicon.ico", "/favicon.ico", {}, OPEN),
    ("GET", "/openapi.json", "/openapi.json", {}, OPEN),
    ("GET", "/sign-in", "/sign-in", {}, OPEN),
    ("GET", "/plans", "/plans", {}, SIGNED_IN),
    ("GET", "/plans.json", "/plans.json", {}, {**SIGNED_IN, "anonymous": 404}),
    ("GET", "/plans/{plan_id:int}", "/plans/{plan}", {}, PLAN_PAGE),
    ("GET", "/plans/{plan_id:int}.json", "/plans/{plan}.json", {}, PLAN_TWIN),
    ("GET", "/plans/{plan_id:int}/items/{item_id:int}", "/plans/{plan}/items/{item}", {}, PLAN_PAGE),
    ("GET", "/plans/{plan_id:int}/items/{item_id:int}.json", "/plans/{plan}/items/{item}.json", {}, PLAN_TWIN),
    ("GET", "/plans/{plan_id:int}/actions/{action_id:int}", "/plans/{plan}/actions/{action}", {}, PLAN_PAGE),
    ("GET", "/plans/{plan_id:int}/actions/{action_id:int}.json", "/plans/{plan}/actions/{action}.json", {},
     PLAN_TWIN),
    ("GET", "/plans/{plan_id:int}/audit", "/plans/{plan}/audit", {}, PLAN_PAGE),
    ("GET", "/plans/{plan_id:int}/audit.json", "/plans/{plan}/audit.json", {}, PLAN_TWIN),
    ("GET", "/plans/{plan_id:int}/plan.docx", "/plans/{plan}/plan.docx", {}, PLAN_TWIN),
    ("GET", "/plans/{plan_id:int}/plan.xlsx", "/plans/{plan}/plan.xlsx", {}, PLAN_TWIN),
    ("GET", "/plans/{plan_id:int}/files/{file_id:int}", "/plans/{plan}/files/{file}", {}, PLAN_TWIN),
    ("GET", "/users", "/users", {}, ADMIN_PAGE),
    ("GET", "/users.json", "/users.json", {}, {**ADMIN_PAGE, "anonymous": 404}),
    ("POST", "/plans", "/plans", {"event_key": "{unplanned}"}, CREATE),
    ("POST", "/plans/{plan_id:int}/received", "/plans/{plan}/received",
     {"received-day": "15", "received-month": "5", "received-year": "2019"}, CHANGE),
    ("POST", "/plans/{plan_id:int}/sent", "/plans/{plan}/sent",
     {"sent-day": "2", "sent-month": "9", "sent-year": "2019"}, CHANGE),
    ("POST", "/plans/{plan_id:int}/publish", "/plans/{plan}/publish", {"publish": "no"}, CHANGE),
    ("POST", "/plans/{plan_id:int}/items", "/plans/{plan}/items", {"text": "Supervision records are thin"}, CHANGE),
    ("POST", "/plans/{plan_id:int}/reviews", "/plans/{plan}/reviews",
     {"held-day": "1", "held-month": "10", "held-year": "2019", "body": "Scrutiny", "decided": "Noted"}, CHANGE),
    ("POST", "/plans/{plan_id:int}/items/{item_id:int}/actions", "/plans/{plan}/items/{item}/actions",
     {"description": "Train managers", "status": "not_started"}, CHANGE),
    ("POST", "/plans/{plan_id:int}/items/{item_id:int}/followups", "/plans/{plan}/items/{item}/followups",
     {"later_item_key": "{later}", "decision": "confirmed"}, CHANGE),
    ("POST", "/plans/{plan_id:int}/actions/{action_id:int}", "/plans/{plan}/actions/{action}",
     {"description": "Audit every plan", "status": "at_risk", "version": "{version}"}, CHANGE),
    ("POST", "/plans/{plan_id:int}/actions/{action_id:int}/progress", "/plans/{plan}/actions/{action}/progress",
     {"text": "All audited"}, CHANGE),
    ("POST", "/plans/{plan_id:int}/actions/{action_id:int}/updates/{update_id:int}/withdraw",
     "/plans/{plan}/actions/{action}/updates/{update}/withdraw", {}, CHANGE),
    ("POST", "/plans/{plan_id:int}/reviews/{review_id:int}/withdraw", "/plans/{plan}/reviews/{review}/withdraw", {},
     CHANGE),
    ("POST", "/users", "/users", {"username": "newcomer", "password": PASSWORD, "reader": "Gateshead"},
     ADMIN_CHANGE),
    ("POST", "/users/{username}/password", "/users/adviser/password", {"password": "another long passphrase"},
     ADMIN_CHANGE),
    ("POST", "/users/{username}/councils/remove", "/users/elsewhere/councils/remove", {"council": "394"},
     ADMIN_CHANGE),
    ("POST", "/sign-in", "/sign-in", {"username": "nobody", "password": "wrong password!"},
     dict.fromkeys(ROLES, 401)),
    ("POST", "/sign-out", "/sign-out", {}, dict.fromkeys(ROLES, 303)),
]


def test_the_table_names_every_route_of_the_service(template) -> None:
    app = create_app(str(template[0]))
    routes = {(method, route.path) for route in app.routes for method in getattr(route, "methods", None) or ()
              if method != "HEAD"}
    assert routes == {(method, path) for method, path, *_ in TABLE}


def _version(database: str, action: int) -> int:
    database_ = open_database(database, create=False)
    with database_.engine.connect() as connection:
        return int(connection.scalar(select(tables.plan_actions.c.version).where(tables.plan_actions.c.id == action)))


@pytest.mark.parametrize("role", ROLES)
def test_every_route_allows_or_refuses_each_role_as_the_table_says(copy, role: str) -> None:
    database, ids = copy
    browser = _signed_in(database, role)
    got: dict[str, int] = {}
    for method, _, address, data, expected in TABLE:
        values = {**ids, "version": _version(database, ids["action"])}
        address = address.format(**values)
        sent = {key: str(value).format(**values) for key, value in data.items()}
        if method == "GET":
            response = browser.client.get(address)
        else:  # a real form: the token this visitor's own pages carry
            response = browser.client.post(address, data={"csrf": browser.token(), **sent})
        got[f"{method} {address}"] = response.status_code
        if response.status_code != expected[role]:
            pytest.fail(f"{role}: {method} {address} gave {response.status_code}, the table says {expected[role]}")
        if method == "GET" and response.status_code == 303 and address.startswith(("/plans", "/users")):
            assert response.headers["location"].startswith("/sign-in?next=")
    assert len(got) == len(TABLE)


def test_refusals_change_nothing(copy) -> None:
    database, ids = copy
    for role in ("anonymous", "reader", "stranger"):
        browser = _signed_in(database, role)
        for method, _, address, data, expected in TABLE:
            if method == "POST" and expected[role] in (401, 403, 404) and address.startswith("/plans"):
                values = {**ids, "version": 1}
                browser.client.post(address.format(**values), data={
                    "csrf": browser.token(), **{k: str(v).format(**values) for k, v in data.items()}})
    database_ = open_database(database, create=False)
    with database_.engine.connect() as connection:
        assert connection.scalar(select(tables.plans.c.id).where(tables.plans.c.event_key == ids["unplanned"])) is None
        assert connection.scalar(select(tables.plan_actions.c.description)) == "Audit every child's plan"
        assert [r.body for r in connection.execute(select(tables.plan_reviews))] == ["Improvement board"]


# --- CSRF, sessions, sign-in -----------------------------------------------------------------------------------------

def test_a_form_without_its_token_or_with_another_sessions_token_changes_nothing(copy) -> None:
    database, ids = copy
    editor, other = _signed_in(database, "editor"), _signed_in(database, "admin")
    review = {"held-day": "2", "held-month": "10", "held-year": "2019", "body": "Forged", "decided": "Forged"}
    address = f"/plans/{ids['plan']}/reviews"
    assert editor.client.post(address, data=review).status_code == 403
    assert editor.client.post(address, data={**review, "csrf": other.token()}).status_code == 403
    assert editor.client.post(address, data={**review, "csrf": "x" * 43}).status_code == 403
    anonymous = Browser(database)  # signing in needs the form's own token too (no forced sign-in from elsewhere)
    refused = anonymous.client.post("/sign-in", data={"username": "editor", "password": PASSWORD})
    assert refused.status_code == 403 and SESSION_COOKIE not in refused.cookies
    plan = editor.client.get(f"/plans/{ids['plan']}.json").json()
    assert [r["body"] for r in plan["reviews"]] == ["Improvement board"]
    assert editor.post(address, review).status_code == 303  # and with its token it works


def test_signing_in_always_starts_a_new_session(copy) -> None:
    database, _ = copy
    browser = Browser(database)
    planted = "planted-by-someone-else-aaaaaaaaaaaaaaaaaaaaaa"
    browser.client.cookies.set(SESSION_COOKIE, planted)  # a token fixed before sign-in
    first = browser.sign_in("editor").cookies[SESSION_COOKIE]
    assert first != planted

    def visit(token: str) -> int:
        return TestClient(browser.app, cookies={SESSION_COOKIE: token}, follow_redirects=False).get("/plans").status_code

    assert visit(first) == 200 and visit(planted) == 303
    browser.client.cookies.clear()
    browser.client.cookies.set(SESSION_COOKIE, first)
    second = browser.sign_in("editor").cookies[SESSION_COOKIE]  # signing in again, while signed in
    assert second != first
    assert visit(first) == 303 and visit(second) == 200  # the session a sign-in replaced lets nobody in
    browser.client.cookies.clear()
    browser.client.cookies.set(SESSION_COOKIE, second)
    assert browser.post("/sign-out", {}).status_code == 303
    assert visit(second) == 303


def test_cookies_are_http_only_same_site_and_secure_over_https(copy) -> None:
    database, _ = copy
    plain = Browser(database).sign_in("editor").headers["set-cookie"].lower()
    assert "httponly" in plain and "samesite=lax" in plain and "secure" not in plain
    secure = Browser(database, base_url="https://testserver").sign_in("editor").headers["set-cookie"].lower()
    assert "httponly" in secure and "samesite=lax" in secure and "secure" in secure


def test_failed_sign_ins_are_slowed_then_locked_for_fifteen_minutes(copy) -> None:
    database, _ = copy
    browser = Browser(database)
    statuses = [browser.sign_in("editor", "not the password").status_code for _ in range(5)]
    assert statuses == [401, 401, 401, 401, 423]
    assert browser.pauses == [0.0, 0.5, 1.0, 2.0, 4.0]  # each failure answered more slowly than the last
    locked = browser.sign_in("editor")  # the right password, but locked
    assert locked.status_code == 423 and "locked" in locked.text
    assert SESSION_COOKIE not in locked.cookies
    database_ = open_database(database, create=False)
    failures = tables.sign_in_failures
    with database_.engine.begin() as connection:
        until = connection.scalar(select(failures.c.locked_until).where(failures.c.username == "editor"))
        assert timedelta(minutes=14) < until - datetime.utcnow() <= timedelta(minutes=15)
        connection.execute(update(failures).where(failures.c.username == "editor")
                           .values(locked_until=datetime.utcnow() - timedelta(seconds=1)))  # 15 minutes later
    assert browser.sign_in("editor").status_code == 303


def test_a_name_without_an_account_is_answered_as_one_with_an_account(copy) -> None:
    database, _ = copy
    known, unknown = Browser(database), Browser(database)
    answers = [(known.sign_in("editor", "not the password"), unknown.sign_in("no-such-person", "not the password"))
               for _ in range(5)]
    assert [(a.status_code, b.status_code) for a, b in answers] == [(401, 401)] * 4 + [(423, 423)]
    assert known.pauses == unknown.pauses == [0.0, 0.5, 1.0, 2.0, 4.0]
    first_known, first_unknown = answers[0]
    assert _errors(first_known.text) == _errors(first_unknown.text) == ["The username or password is not right"]


def test_guesses_sent_at_once_cannot_overtake_the_lock(copy) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from oversight.errors import LockedError, LoginError
    from oversight.plans.accounts import log_in

    database, _ = copy
    database_ = open_database(database, create=False)

    def guess(number: int) -> str:
        try:
            log_in(database_, "adviser", f"guess number {number}")
        except LockedError:
            return "locked"
        except LoginError:
            return "wrong"
        return "in"

    with ThreadPoolExecutor(max_workers=12) as pool:
        answers = list(pool.map(guess, range(24)))
    assert answers.count("in") == 0 and answers.count("wrong") <= 4, answers  # no 500s, no sixth check
    with database_.engine.connect() as connection:
        checked = connection.scalar(select(func.count()).select_from(tables.audit_log).where(
            tables.audit_log.c.actor == "adviser", tables.audit_log.c.action == "failed login"))
    assert checked == 5  # five passwords were checked; every other guess was refused unchecked
    with pytest.raises(LockedError):
        log_in(database_, "adviser", PASSWORD)


def test_passwords_are_stored_as_argon2id_hashes(copy) -> None:
    database, _ = copy
    database_ = open_database(database, create=False)
    with database_.engine.connect() as connection:
        hashes = list(connection.scalars(select(tables.users.c.password_hash)))
    assert hashes and all(h.startswith("$argon2id$") and PASSWORD not in h for h in hashes)


def _run_out(database: str, username: str) -> None:
    """Three hours pass with this account's session unused."""
    database_ = open_database(database, create=False)
    with database_.engine.begin() as connection:
        user = select(tables.users.c.id).where(tables.users.c.username == username).scalar_subquery()
        connection.execute(update(tables.web_sessions).where(tables.web_sessions.c.user_id == user)
                           .values(last_seen=datetime.utcnow() - timedelta(hours=3)))


def test_a_session_that_ended_mid_form_keeps_what_was_typed(copy) -> None:
    database, ids = copy
    browser = _signed_in(database, "editor")
    action = f"/plans/{ids['plan']}/actions/{ids['action']}"
    token = browser.token(action)
    _run_out(database, "editor")
    typed = {"csrf": token, "text": "Audits finished; the board saw the results <b>in full</b>",
             "written-day": "3", "written-month": "11", "written-year": "2019"}
    answer = browser.client.post(action + "/progress", data=typed)
    assert answer.status_code == 401 and "what you typed is kept" in answer.text
    assert "Audits finished" not in answer.text  # kept on the server, with the session, not in the page
    next_address = re.search(r'name="next" value="([^"]+)"', answer.text).group(1)
    again = browser.client.post("/sign-in", data={
        "csrf": re.search(r'name="csrf" value="([^"]+)"', answer.text).group(1), "username": "editor",
        "password": PASSWORD, "next": next_address})
    assert again.status_code == 303 and again.headers["location"] == action + "?form=progress"
    form = browser.client.get(again.headers["location"])
    assert "Your session ended before you sent the form" in form.text
    assert "Audits finished; the board saw the results &lt;b&gt;in full&lt;/b&gt;</textarea>" in form.text
    assert 'name="written-year" type="text" inputmode="numeric" value="2019"' in form.text
    assert "Your session ended" not in browser.client.get(again.headers["location"]).text  # shown once
    plan = browser.client.get(f"/plans/{ids['plan']}.json").json()
    assert [u["text"] for u in plan["items"][0]["actions"][0]["updates"]] == ["Half the plans audited"]


def test_no_other_site_can_fill_a_form_for_someone_whose_session_ended(copy) -> None:
    database, ids = copy
    victim = _signed_in(database, "editor")
    action = f"/plans/{ids['plan']}/actions/{ids['action']}"
    _run_out(database, "editor")
    forged = {"csrf": "not-the-sessions-token", "description": "Close this action", "status": "done",
              "version": "1"}  # a page elsewhere posting into the victim's browser: the cookie, not the token
    answer = victim.client.post(action, data=forged)
    assert answer.status_code == 401 and "what you typed is kept" not in answer.text
    assert victim.sign_in("editor", next=action).status_code == 303
    page = victim.client.get(action).text
    assert "Your session ended" not in page and "Close this action" not in page


# --- forms: errors, conflicts, uploads --------------------------------------------------------------------------------

def _errors(html: str) -> list[str]:
    summary = re.search(r'govuk-error-summary__list">(.*?)</ul>', html, re.S)
    return re.findall(r'<a href="#[^"]+">([^<]+)</a>', summary.group(1)) if summary else []


def test_a_form_with_a_wrong_value_shows_a_govuk_error_summary_and_keeps_the_rest(copy) -> None:
    database, ids = copy
    browser = _signed_in(database, "editor")
    answer = browser.post(f"/plans/{ids['plan']}/items/{ids['item']}/actions", {
        "description": "Recruit two team managers", "due-day": "31", "due-month": "2", "due-year": "2020",
        "status": "on_track"})
    assert answer.status_code == 400
    assert _errors(answer.text) == ["The due date must be a real date"]
    assert 'href="#action-due-day"' in answer.text and 'id="action-due-day-error"' in answer.text
    assert "Recruit two team managers</textarea>" in answer.text
    early = browser.post(f"/plans/{ids['plan']}/items/{ids['item']}/actions", {
        "description": "Recruit", "due-day": "1", "due-month": "1", "due-year": "2010"})
    assert early.status_code == 400 and "before the inspection" in _errors(early.text)[0]
    empty = browser.post(f"/plans/{ids['plan']}/reviews", {"body": "Board"})
    assert _errors(empty.text) == ["Enter the day of the meeting"]


def test_a_save_over_someone_elses_change_is_refused_and_both_are_kept(copy) -> None:
    database, ids = copy
    first, second = _signed_in(database, "editor"), _signed_in(database, "admin")
    address = f"/plans/{ids['plan']}/actions/{ids['action']}"
    version = _version(database, ids["action"])
    mine = {"description": "Audit every plan twice", "status": "done", "version": str(version)}
    theirs = {"description": "Audit half the plans again", "status": "off_track", "version": str(version)}
    assert first.post(address, mine).status_code == 303
    clash = second.post(address, theirs)
    assert clash.status_code == 409
    assert "Someone else saved this action after you opened it" in clash.text
    assert "Audit half the plans again</textarea>" in clash.text  # what they typed, to send again
    assert "<h1 class=\"govuk-heading-l\">Audit every plan twice</h1>" in clash.text  # and what is saved
    assert f'name="version" value="{version + 1}"' in clash.text
    saved = first.client.get(address + ".json").json()["action"]
    assert saved["description"] == "Audit every plan twice" and saved["status"] == "done"
    assert second.post(address, {**theirs, "version": str(version + 1)}).status_code == 303


def test_uploads_are_checked_by_their_bytes_and_their_size(copy) -> None:
    database, ids = copy
    browser = _signed_in(database, "editor")
    address = f"/plans/{ids['plan']}/actions/{ids['action']}/progress"
    disguised = browser.post(address, {"text": "Dashboard"},
                             files={"file": ("dashboard.pdf", b"<html><body>a page</body></html>", "application/pdf")})
    assert disguised.status_code == 400
    assert _errors(disguised.text) == ["The file dashboard.pdf is not a document: attach a PDF, Word, Excel, "
                                       "PowerPoint or OpenDocument file without macros, or plain text"]
    program = browser.post(address, {"text": "Tool"}, files={"file": ("tool.docx", b"MZ\x90\x00" + bytes(500), "x")})
    assert program.status_code == 400 and "not a document" in _errors(program.text)[0]
    too_big = browser.post(address, {"text": "Minutes"},
                           files={"file": ("minutes.pdf", PDF + b"0" * (20 * 1024 * 1024), "application/pdf")})
    assert too_big.status_code == 400 and "at most 20 MB" in _errors(too_big.text)[0]
    macro = io.BytesIO()
    with zipfile.ZipFile(macro, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
        archive.writestr("word/vbaProject.bin", b"macro")
    macros = browser.post(address, {"text": "Minutes"}, files={"file": ("minutes.docm", macro.getvalue(), "x")})
    assert macros.status_code == 400 and "without macros" in _errors(macros.text)[0]

    def unending():  # no length declared: the body is cut off once it passes what a form may hold
        yield b"--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n"
        for _ in range(30):
            yield b"0" * (1024 * 1024)

    chunked = browser.client.post(address, content=unending(),
                                  headers={"content-type": "multipart/form-data; boundary=x"})
    assert chunked.status_code == 413 and "nothing was taken" in chunked.text
    taken = browser.post(address, {"text": "Board paper"}, files={"file": ("board paper.html", PDF, "text/plain")})
    assert taken.status_code == 303
    updates = browser.client.get(f"/plans/{ids['plan']}.json").json()["items"][0]["actions"][0]["updates"]
    assert [u["text"] for u in updates] == ["Half the plans audited", "Board paper"]
    attached = updates[-1]["file"]
    assert attached["media_type"] == "application/pdf" and attached["size"] == len(PDF)
    assert attached["filename"] == "board paper.pdf"  # named for what its bytes are
    assert set(attached) == {"id", "filename", "media_type", "size"}  # not who uploaded it
    download = browser.client.get(f"/plans/{ids['plan']}/files/{attached['id']}")
    assert download.content == PDF and "attachment" in download.headers["content-disposition"]
    assert _signed_in(database, "stranger").client.get(f"/plans/{ids['plan']}/files/{attached['id']}").status_code == 404


def test_progress_cites_a_passage_found_on_its_page(copy) -> None:
    database, ids = copy
    browser = _signed_in(database, "editor")
    address = f"/plans/{ids['plan']}/actions/{ids['action']}/progress"
    database_ = open_database(database, create=False)
    with database_.engine.connect() as connection:
        document, page, text = connection.execute(
            select(tables.pages.c.document_id, tables.pages.c.number, tables.pages.c.text)
            .where(tables.pages.c.number == 2)).first()
    words = " ".join(text.split()[5:17])
    wrong = browser.post(address, {"text": "Seen", "document_id": str(document), "quote": "words nobody wrote"})
    assert wrong.status_code == 400 and _errors(wrong.text) == [
        "Those words are not in the chosen document: copy them from it exactly"]
    pasted = "\u201c" + words.upper().replace("'", "\u2019").replace(" ", "  ") + "\u201d"  # as Word copies it
    assert browser.post(address, {"text": "Seen", "document_id": str(document), "quote": pasted}).status_code == 303
    cited = browser.client.get(f"/plans/{ids['plan']}.json").json()["items"][0]["actions"][0]["updates"][-1]
    assert cited["document_id"] == document and cited["page"] == page
    assert cited["quote"] == words  # kept in the document's own words
    shown = browser.client.get(f"/plans/{ids['plan']}/actions/{ids['action']}").text
    assert f'href="/documents/{document}#page-{page}"' in shown


# --- privacy -----------------------------------------------------------------------------------------------------------

def test_a_plan_stays_out_of_public_pages_and_caches_until_published(copy) -> None:
    database, ids = copy
    editor = _signed_in(database, "editor")
    anonymous = Browser(database)
    anonymous.app = editor.app  # one service, one shared view cache
    anonymous.client = TestClient(editor.app, follow_redirects=False)
    private = editor.client.get(f"/plans/{ids['plan']}")
    assert private.status_code == 200 and private.headers["cache-control"] == "private, no-store"
    assert editor.client.get("/").headers["cache-control"] == "private, no-store"  # it holds a sign-out token
    assert "cache-control" not in anonymous.client.get("/").headers
    assert "Audit every child" in private.text
    for address in ("/authorities/gateshead", "/authorities/gateshead.json", "/plans.json",
                    f"/plans/{ids['plan']}.json", "/"):
        answer = anonymous.client.get(address)
        assert "Audit every child" not in answer.text and "Improvement board" not in answer.text, address
    assert anonymous.client.get("/search.json?q=%22Audit+every+child%22").json()["results"] == []
    assert anonymous.client.get("/search.json?q=%22Improvement+board%22").json()["results"] == []
    assert anonymous.client.get(f"/plans/{ids['plan']}").status_code == 303
    unchecked = editor.post(f"/plans/{ids['plan']}/publish", {"publish": "yes"})
    assert unchecked.status_code == 400 and "could identify a child" in _errors(unchecked.text)[0]
    assert anonymous.client.get(f"/plans/{ids['plan']}").status_code == 303  # still private
    assert editor.post(f"/plans/{ids['plan']}/publish", {"publish": "yes", "checked": "yes"}).status_code == 303
    council = anonymous.client.get("/authorities/gateshead.json").json()
    assert [p["id"] for p in council["published_plans"]] == [ids["plan"]]
    public = anonymous.client.get(f"/plans/{ids['plan']}")
    assert public.status_code == 200 and "Audit every child" in public.text
    assert 'action="/plans' not in public.text  # readable, not changeable
    assert "Recent changes" not in public.text and "Recent changes" in editor.client.get(f"/plans/{ids['plan']}").text
    assert anonymous.client.get(f"/plans/{ids['plan']}/audit").status_code == 303  # who typed what stays private
    assert editor.post(f"/plans/{ids['plan']}/publish", {"publish": "no"}).status_code == 303
    assert anonymous.client.get("/authorities/gateshead.json").json()["published_plans"] == []


def test_the_audit_page_shows_every_change_and_says_when_the_log_was_altered(copy) -> None:
    database, ids = copy
    browser = _signed_in(database, "editor")
    browser.post(f"/plans/{ids['plan']}/received", {"received-day": "14", "received-month": "5",
                                                    "received-year": "2019"})
    log = browser.client.get(f"/plans/{ids['plan']}/audit.json").json()
    assert [e["action"] for e in log["entries"]][-1] == "set received"
    assert log["entries"][-1]["actor"] == "editor" and log["chain_problems"] == []
    database_ = open_database(database, create=False)
    with database_.engine.begin() as connection:  # someone with the database file edits the log directly
        connection.exec_driver_sql("DROP TRIGGER audit_log_no_update")
        connection.exec_driver_sql(f"UPDATE audit_log SET actor = 'someone' WHERE id = {log['entries'][-1]['id']}")
        connection.exec_driver_sql("UPDATE audit_log SET actor = 'someone' WHERE plan_id IS NULL AND id = 1")
    page = browser.client.get(f"/plans/{ids['plan']}/audit").text
    assert "The audit log was changed outside Oversight" in page
    assert f"entry {log['entries'][-1]['id']}: its content was changed after it was written" in page
    assert "entry 1:" not in page  # another's entry: found by the whole log's check, not named on this plan
    assert audit.broken_links(database_) == ["entry 1: its content was changed after it was written",
                                             f"entry {log['entries'][-1]['id']}: its content was changed after it "
                                             "was written"]


# --- PostgreSQL ------------------------------------------------------------------------------------------------------

def test_the_plan_pages_work_and_refuse_the_same_on_postgresql(tmp_path: Path, db_url: str) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("the SQLite case is the table walk above")
    build_corpus(tmp_path / "corpus")
    database = open_database(db_url)
    ingest(database, [tmp_path / "corpus"], workers=1)
    ids = _populate(database)
    editor, stranger, reader = (Browser(database) for _ in range(3))
    assert editor.sign_in("editor").status_code == 303
    assert stranger.sign_in("elsewhere").status_code == 303
    assert reader.sign_in("adviser").status_code == 303
    plan = f"/plans/{ids['plan']}"
    assert editor.client.get(plan).status_code == 200 and reader.client.get(plan).status_code == 200
    assert stranger.client.get(plan).status_code == 404
    review = {"held-day": "1", "held-month": "10", "held-year": "2019", "body": "Scrutiny", "decided": "Noted"}
    assert reader.post(plan + "/reviews", review).status_code == 403
    assert editor.post(plan + "/reviews", review).status_code == 303
    assert editor.post(plan + f"/actions/{ids['action']}/progress", {"text": "File"},
                       files={"file": ("a.pdf", PDF, "application/pdf")}).status_code == 303
    assert editor.client.get(plan + "/plan.docx").status_code == 200


def test_an_inspection_without_areas_for_improvement_gets_a_message_not_an_empty_plan(copy) -> None:
    database, ids = copy
    database_ = open_database(database, create=False)
    with database_.engine.connect() as connection:
        bare = connection.scalar(select(tables.events.c.key).where(
            tables.events.c.key.is_not(None),
            tables.events.c.id.not_in(select(tables.improvement_items.c.event_id))))
    browser = _signed_in(database, "admin")
    answer = browser.post("/plans", {"event_key": bare})
    assert answer.status_code == 400
    assert _errors(answer.text) == ["This inspection or visit names no areas for improvement in the record: there "
                                    "is nothing for a plan to answer"]
    assert 'href="#create-form"' in answer.text and 'id="create-form"' in answer.text
    assert bare not in [p["key"] for p in browser.client.get("/plans.json").json()["plans"]]


def test_a_form_kept_across_a_sign_in_still_notices_a_change_made_meanwhile(copy) -> None:
    database, ids = copy
    slow, quick = _signed_in(database, "editor"), _signed_in(database, "admin")
    address = f"/plans/{ids['plan']}/actions/{ids['action']}"
    opened = _version(database, ids["action"])
    token = slow.token(address)
    _run_out(database, "editor")
    typed = {"csrf": token, "description": "Slow change", "status": "done", "version": str(opened)}
    assert slow.client.post(address, data=typed).status_code == 401
    assert quick.post(address, {"description": "Quick change", "status": "at_risk", "version": str(opened)}
                      ).status_code == 303  # saved while the first editor signs in again
    assert slow.sign_in("editor", next=address).headers["location"] == address
    restored = slow.client.get(address).text
    assert f'name="version" value="{opened}"' in restored and "Slow change</textarea>" in restored
    clash = slow.post(address, {"description": "Slow change", "status": "done", "version": str(opened)})
    assert clash.status_code == 409
    assert slow.client.get(address + ".json").json()["action"]["description"] == "Quick change"


def test_words_typed_into_a_plan_are_shown_as_words_everywhere(copy) -> None:
    database, ids = copy
    browser = _signed_in(database, "editor")
    words = '<script>alert("x")</script> & <b>bold</b>'
    assert browser.post(f"/plans/{ids['plan']}/items/{ids['item']}/actions",
                        {"description": words, "status": "on_track"}).status_code == 303
    for address in (f"/plans/{ids['plan']}", f"/plans/{ids['plan']}/items/{ids['item']}",
                    f"/plans/{ids['plan']}/audit"):
        page = browser.client.get(address).text
        assert "<script>alert" not in page and "<b>bold</b>" not in page, address
        assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in page, address


def test_a_reader_is_refused_before_the_form_is_read(copy) -> None:
    database, ids = copy
    reader = _signed_in(database, "reader")
    refused = reader.post(f"/plans/{ids['plan']}/reviews", {"held-day": "31", "held-month": "2", "held-year": "x"})
    assert refused.status_code == 403 and "You cannot do this" in refused.text  # not a complaint about the date


def test_a_new_password_ends_every_session_and_lifts_a_lock(copy) -> None:
    from oversight.plans.accounts import set_password

    database, _ = copy
    signed_in = _signed_in(database, "editor")
    assert signed_in.client.get("/plans").status_code == 200
    locked = Browser(database)
    for _ in range(5):
        locked.sign_in("editor", "not the password")
    set_password(open_database(database, create=False), "root", "editor", "a brand new passphrase")
    assert signed_in.client.get("/plans").status_code == 303  # the old session no longer lets anyone in
    assert locked.sign_in("editor", "a brand new passphrase").status_code == 303
    assert locked.sign_in("editor", PASSWORD).status_code == 401


def test_a_note_or_review_entered_by_mistake_can_be_withdrawn_and_the_log_keeps_it(copy) -> None:
    database, ids = copy
    editor = _signed_in(database, "editor")
    address = f"/plans/{ids['plan']}/actions/{ids['action']}/updates/{ids['update']}/withdraw"
    assert editor.post(address, {}).status_code == 303
    assert editor.post(f"/plans/{ids['plan']}/reviews/{ids['review']}/withdraw", {}).status_code == 303
    plan = editor.client.get(f"/plans/{ids['plan']}.json").json()
    assert plan["items"][0]["actions"][0]["updates"] == [] and plan["reviews"] == []
    from docx import Document

    paper = Document(io.BytesIO(editor.client.get(f"/plans/{ids['plan']}/plan.docx").content))
    cells = " ".join(cell.text for row in paper.tables[0].rows for cell in row.cells)
    assert "Audit every child's plan" in cells and "Half the plans audited" not in cells
    assert "Improvement board" not in " ".join(p.text for p in paper.paragraphs)
    log = editor.client.get(f"/plans/{ids['plan']}/audit.json").json()["entries"]
    withdrawn = [e for e in log if e["action"] == "withdraw update"]
    assert withdrawn and withdrawn[0]["before"]["text"] == "Half the plans audited"
    assert editor.post(address, {}).status_code == 404  # once only


def test_an_administrator_keeps_accounts_on_the_web(copy) -> None:
    database, _ = copy
    admin, adviser = _signed_in(database, "admin"), _signed_in(database, "reader")
    short = admin.post("/users/adviser/password", {"password": "short"})
    assert short.status_code == 400 and _errors(short.text) == ["A password needs at least 12 characters"]
    assert 'href="#password-password"' in short.text and 'id="password-password"' in short.text
    assert admin.post("/users/adviser/password", {"password": "another long passphrase"}).status_code == 303
    assert adviser.client.get("/plans").status_code == 303  # the adviser's session ended with the old password
    assert admin.post("/users/adviser/councils/remove", {"council": "390"}).status_code == 303
    accounts = admin.client.get("/users.json").json()["accounts"]
    assert next(a for a in accounts if a["username"] == "adviser")["councils"] == []
    none_left = admin.post("/users/adviser/councils/remove", {"council": "390"})
    assert none_left.status_code == 400 and "no rights over that council" in _errors(none_left.text)[0]
    assert admin.post("/users/nobody/password", {"password": "another long passphrase"}).status_code == 404


def test_a_council_adds_items_of_its_own_marked_apart_from_ofsteds(copy) -> None:
    database, ids = copy
    editor = _signed_in(database, "editor")
    assert _errors(editor.post(f"/plans/{ids['plan']}/items", {"text": "  "}).text) == ["Enter the words of the item"]
    made = editor.post(f"/plans/{ids['plan']}/items", {"text": "Our own audit found thin supervision records"})
    assert made.status_code == 303 and "/items/" in made.headers["location"]
    item = editor.client.get(made.headers["location"] + ".json").json()["item"]
    assert item["councils_own"] and item["item_key"] == "own-1" and item["document_id"] is None
    assert "The council's own" in editor.client.get(made.headers["location"]).text
    number = item["number"]
    assert editor.post(f"/plans/{ids['plan']}/items/{item['id']}/actions",
                       {"description": "Monthly supervision audit", "status": "on_track"}).status_code == 303
    from docx import Document

    paper = Document(io.BytesIO(editor.client.get(f"/plans/{ids['plan']}/plan.docx").content))
    row = next(r for r in paper.tables[0].rows if r.cells[3].text == "Monthly supervision audit")
    assert row.cells[0].text == str(number) and row.cells[1].text.startswith("The council's own: Our own audit")


def test_a_kept_form_comes_back_into_the_form_it_was_typed_in(copy) -> None:
    database, ids = copy
    browser = _signed_in(database, "editor")
    address = f"/plans/{ids['plan']}"
    token = browser.token(address)
    _run_out(database, "editor")
    typed = {"csrf": token, "sent-day": "2", "sent-month": "9", "sent-year": "2019"}
    assert browser.client.post(address + "/sent", data=typed).status_code == 401
    assert browser.sign_in("editor", next=address).headers["location"] == address
    page = browser.client.get(address).text
    assert "Your session ended before you sent the form" in page
    assert 'id="sent-sent-year" name="sent-year" type="text" inputmode="numeric" value="2019"' in page
