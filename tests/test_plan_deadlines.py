"""The working-day arithmetic of action plans, checked against the seeds: North Tyneside's cabinet minutes give
21 July 2020 for the plan on a report published on 15 April 2020 (received on 8 April)."""

from __future__ import annotations

from datetime import date

from oversight.plans.deadlines import add_working_days, is_working_day, plan_deadline, working_days_between


def test_from_receipt_the_minutes_date() -> None:
    deadline = plan_deadline(date(2020, 4, 8), date(2020, 4, 15))
    assert deadline is not None and deadline.due == date(2020, 7, 21) and not deadline.estimated


def test_from_publication_alone_an_estimate_said_to_be_one() -> None:
    deadline = plan_deadline(None, date(2020, 4, 15))
    assert deadline is not None and deadline.due == date(2020, 7, 24) and deadline.estimated
    assert "estimated" in deadline.basis and plan_deadline(None, None) is None


def test_bank_holidays_and_weekends_are_skipped() -> None:
    for holiday in (date(2020, 4, 10), date(2020, 4, 13), date(2020, 5, 8), date(2020, 5, 25), date(2020, 12, 28)):
        assert not is_working_day(holiday), holiday  # Good Friday, Easter Monday, VE Day, spring, Boxing Day (moved)
    assert not is_working_day(date(2020, 4, 11)) and is_working_day(date(2020, 4, 14))
    assert add_working_days(date(2020, 4, 9), 1) == date(2020, 4, 14)
    assert working_days_between(date(2020, 4, 9), date(2020, 4, 14)) == 1
    assert working_days_between(date(2020, 4, 14), date(2020, 4, 9)) == -1
    assert plan_deadline(None, date(2020, 4, 15)).working_days_left(date(2020, 7, 23)) == 1  # type: ignore[union-attr]
