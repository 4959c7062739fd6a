"""Accounts and what each may see or change. An administrator manages accounts and every plan; an editor changes
the plans of the councils given to it; a reader (an improvement adviser, a regional alliance) sees them. Passwords
are hashed with argon2id (argon2-cffi); five failed sign-ins in a row with one name lock it for 15 minutes, and on
the web each failure is slower to answer than the last."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, delete, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from oversight.errors import LockedError, LoginError, NotFoundError, UsageError
from oversight.plans import audit
from oversight.store import Database, tables

LOCK_AFTER = 5  # failed logins in a row
LOCK_FOR = timedelta(minutes=15)
ROLES = ("editor", "reader")
SHORTEST_PASSWORD = 12


@dataclass(frozen=True)
class User:
    id: int
    username: str
    administrator: bool
    councils: dict[str, str] = field(default_factory=dict)  # DfE code -> editor or reader

    def can_read(self, la_code: str) -> bool:
        return self.administrator or la_code in self.councils

    def can_edit(self, la_code: str) -> bool:
        return self.administrator or self.councils.get(la_code) == "editor"


def _hasher():  # type: ignore[no-untyped-def]
    from argon2 import PasswordHasher

    return PasswordHasher()  # argon2id with the library's maintained defaults


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def create_user(database: Database, actor: str, username: str, password: str, administrator: bool = False,
                councils: dict[str, str] | None = None) -> User:
    username = username.strip()
    if not username or len(username) > 80:
        raise UsageError("a username is 1 to 80 characters")
    if len(password) < SHORTEST_PASSWORD:
        raise UsageError(f"a password needs at least {SHORTEST_PASSWORD} characters")
    councils = councils or {}
    for code, role in councils.items():
        if role not in ROLES or code not in database.registry.by_code:
            raise UsageError(f"'{role}' for '{code}': give a council's DfE code and the role editor or reader")
    users = tables.users
    with database.engine.begin() as connection:
        if connection.scalar(select(users.c.id).where(users.c.username == username)) is not None:
            raise UsageError(f"there is already an account called {username}")
        user_id = connection.execute(insert(users).values(
            username=username, password_hash=_hasher().hash(password), administrator=administrator,
            created_at=_now()).returning(users.c.id)).scalar_one()
        for code, role in councils.items():
            connection.execute(insert(tables.user_councils).values(user_id=user_id, la_code=code, role=role))
        audit.record(connection, actor, "create", "user", user_id,
                     after={"username": username, "administrator": administrator, "councils": councils})
    return User(user_id, username, administrator, dict(councils))


def load_user(database: Database, username: str) -> User:
    users = tables.users
    with database.engine.connect() as connection:
        row = connection.execute(select(users).where(users.c.username == username)).first()
        if row is None:
            raise NotFoundError(f"no account called {username}")
        roles = dict(connection.execute(select(tables.user_councils.c.la_code, tables.user_councils.c.role)
                                        .where(tables.user_councils.c.user_id == row.id)).all())
    return User(row.id, row.username, bool(row.administrator), roles)  # type: ignore[arg-type]


def load_user_by_id(connection: Connection, user_id: int) -> User | None:
    """An account and its councils, read on the caller's connection (a signed-in request's first read)."""
    rows = connection.execute(
        select(tables.users.c.username, tables.users.c.administrator, tables.user_councils.c.la_code,
               tables.user_councils.c.role)
        .outerjoin(tables.user_councils, tables.user_councils.c.user_id == tables.users.c.id)
        .where(tables.users.c.id == user_id)).all()
    if not rows:
        return None
    roles = {row.la_code: row.role for row in rows if row.la_code is not None}
    return User(user_id, rows[0].username, bool(rows[0].administrator), roles)


def all_users(database: Database) -> list[User]:
    with database.engine.connect() as connection:
        names = list(connection.scalars(select(tables.users.c.username).order_by(tables.users.c.username)))
    return [load_user(database, name) for name in names]


def log_in(database: Database, username: str, password: str, now: datetime | None = None) -> User:
    """The account, where the password is right and the name is not locked; else LoginError (the same words
    whether the name or the password was wrong) or LockedError. Failures are counted by the name tried, whether or
    not an account has it, so the answers (and their pace on the web) say nothing of which names exist. Each
    attempt is counted before its password is checked, so guesses sent in parallel cannot overtake the lock."""
    from argon2.exceptions import InvalidHashError, VerificationError

    now = now or _now()
    attempt = _count_attempt(database, username, now)
    if attempt > LOCK_AFTER:  # more attempts in flight at once than the lock allows: refused unchecked
        raise LockedError(f"too many attempts to sign in as {username} at once: try again in a moment")
    users = tables.users
    with database.engine.connect() as connection:
        row = connection.execute(select(users.c.id, users.c.password_hash).where(users.c.username == username)).first()
    try:
        if row is None:
            _hasher().hash(password)  # as long as a real check: the time taken says nothing of which names exist
            raise VerificationError("no such account")
        _hasher().verify(row.password_hash, password)
    except (VerificationError, InvalidHashError):
        failures = tables.sign_in_failures
        locked = now + LOCK_FOR if attempt >= LOCK_AFTER else None
        with database.engine.begin() as connection:  # the failure is kept (and logged) though the sign-in is refused
            if locked:
                connection.execute(update(failures).where(failures.c.username == username)
                                   .values(failures=0, locked_until=locked))
            audit.record(connection, username, "failed login", "user", row.id if row else None,
                         after={"failures": attempt, "locked_until": locked.isoformat() if locked else None})
        if locked:
            raise LockedError(f"signing in as {username} is now locked for {int(LOCK_FOR.total_seconds() // 60)} "
                              f"minutes after {LOCK_AFTER} failed attempts") from None
        raise LoginError("the username or password is not right") from None
    with database.engine.begin() as connection:
        connection.execute(update(tables.sign_in_failures).where(tables.sign_in_failures.c.username == username)
                           .values(failures=0))
    return load_user(database, username)


def _count_attempt(database: Database, username: str, now: datetime) -> int:
    """This attempt's place in the name's run of failed sign-ins (1 for the first), counted in one statement before
    the password is checked; LockedError while the name is locked."""
    failures = tables.sign_in_failures
    for _ in range(3):  # two first attempts at once: the second insert loses, and counts by updating
        try:
            with database.engine.begin() as connection:
                counted = connection.execute(
                    update(failures).where(failures.c.username == username,
                                           or_(failures.c.locked_until.is_(None), failures.c.locked_until <= now))
                    .values(failures=failures.c.failures + 1, locked_until=None).returning(failures.c.failures)
                ).first()
                if counted is not None:
                    return int(counted.failures)
                until = connection.scalar(select(failures.c.locked_until).where(failures.c.username == username))
                if until is not None:
                    raise LockedError(f"signing in as {username} is locked after {LOCK_AFTER} failed attempts "
                                      f"until {until.strftime('%H:%M')} UTC")
                connection.execute(insert(failures).values(username=username, failures=1, locked_until=None))
                return 1
        except IntegrityError:
            continue
    raise LockedError(f"too many attempts to sign in as {username} at once: try again in a moment")


def failures_so_far(database: Database, username: str) -> int:
    """Failed sign-ins in a row with this name (the web answers each later one more slowly)."""
    failures = tables.sign_in_failures
    with database.engine.connect() as connection:
        return int(connection.scalar(select(failures.c.failures).where(failures.c.username == username)) or 0)


def remove_council(database: Database, actor: str, username: str, la_code: str) -> None:
    """Take a council away from an account (its plans are no longer the account's to see or change)."""
    user = load_user(database, username)
    if la_code not in user.councils:
        raise UsageError(f"{username} has no rights over that council")
    with database.engine.begin() as connection:
        connection.execute(delete(tables.user_councils).where(tables.user_councils.c.user_id == user.id,
                                                              tables.user_councils.c.la_code == la_code))
        audit.record(connection, actor, "remove council", "user", user.id,
                     before={"council": la_code, "role": user.councils[la_code]})


def set_password(database: Database, actor: str, username: str, password: str) -> None:
    """A new password for an account (one forgotten, or one that may have been seen): every session the account
    has is ended, and a lock from failed sign-ins is lifted."""
    if len(password) < SHORTEST_PASSWORD:
        raise UsageError(f"a password needs at least {SHORTEST_PASSWORD} characters")
    user = load_user(database, username)
    with database.engine.begin() as connection:
        connection.execute(update(tables.users).where(tables.users.c.id == user.id)
                           .values(password_hash=_hasher().hash(password)))
        connection.execute(delete(tables.web_sessions).where(tables.web_sessions.c.user_id == user.id))
        connection.execute(delete(tables.sign_in_failures).where(tables.sign_in_failures.c.username == username))
        audit.record(connection, actor, "new password", "user", user.id, after={"sessions_ended": True})
