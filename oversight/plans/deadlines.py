"""The dates councils work to. Under the current framework a council sends Ofsted its action plan within 70
working days of receiving the final report, which reaches it a few days before publication; weekends and England's
bank holidays are not working days (the `holidays` library keeps them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

PLAN_WORKING_DAYS = 70


@lru_cache(maxsize=1)
def _bank_holidays():  # type: ignore[no-untyped-def]
    import holidays

    return holidays.country_holidays("GB", subdiv="ENG")


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _bank_holidays()


def add_working_days(start: date, count: int) -> date:
    """The day `count` working days after `start` (the day itself not counted)."""
    day = start
    while count > 0:
        day += timedelta(days=1)
        if is_working_day(day):
            count -= 1
    return day


@lru_cache(maxsize=4096)
def working_days_between(start: date, end: date) -> int:
    """Working days after `start` up to and including `end`; negative when `end` is before `start`. (Every page
    of a plan asks for the same pair until the day changes: each is counted once.)"""
    if end < start:
        return -working_days_between(end, start)
    return sum(1 for offset in range(1, (end - start).days + 1) if is_working_day(start + timedelta(days=offset)))


@dataclass(frozen=True)
class Deadline:
    due: date
    estimated: bool  # from the publication date: the real deadline, from receipt, may be a few days earlier
    basis: str  # what it is counted from, in words

    def working_days_left(self, today: date | None = None) -> int:
        return working_days_between(today or date.today(), self.due)

    def as_json(self, today: date | None = None) -> dict[str, object]:
        return {"due": self.due.isoformat(), "estimated": self.estimated, "basis": self.basis,
                "working_days_left": self.working_days_left(today)}


def plan_deadline(received: date | None, published: date | None) -> Deadline | None:
    """When the action plan is due: 70 working days from the day the council received the final report, or, until
    it says which day that was, an estimate from the publication date (which may be a few days late)."""
    if received is not None:
        return Deadline(add_working_days(received, PLAN_WORKING_DAYS), False,
                        f"{PLAN_WORKING_DAYS} working days from receipt of the final report on {received.isoformat()}")
    if published is not None:
        return Deadline(add_working_days(published, PLAN_WORKING_DAYS), True,
                        f"estimated: {PLAN_WORKING_DAYS} working days from publication on {published.isoformat()}; "
                        "the real deadline runs from the day the council received the report, a few days earlier")
    return None
