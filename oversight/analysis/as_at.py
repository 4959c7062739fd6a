"""The one rule for 'as at' dates, on the command line and on the web, and Ofsted's own way of counting at a date.

A date is written as ISO does, year-month-day, with or without leading zeros (2024-03-31, 2024-3-31). The record
answers from 1 April 2009 (the councils' map after the reorganisation of that day, before any inspection the record
holds) up to today: a later day is refused, an earlier one refused with that reason.
"""

from __future__ import annotations

import re
from datetime import date

from dateutil.relativedelta import relativedelta

from oversight.errors import UsageError

RECORD_BEGINS = date(2009, 4, 1)
_ISO = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})$")


def parse_as_at(value: str | None, today: date | None = None) -> date:
    """The day asked for (today when none is given), or a UsageError that says what is wrong and what is allowed."""
    today = today or date.today()
    if value is None or not value.strip():
        return today
    text = value.strip()
    match = _ISO.match(text)
    if not match:
        raise UsageError(f"'{value}' is not a date: write it as year-month-day, e.g. {today.isoformat()}")
    try:
        day = date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        raise UsageError(f"'{value}' is not a day of the calendar") from None
    if day > today:
        raise UsageError(f"'{value}' is after today ({today.isoformat()}): the record cannot answer for a day to come")
    if day < RECORD_BEGINS:
        raise UsageError(f"'{value}' is before {RECORD_BEGINS.isoformat()}, where the record begins: it holds no "
                         "inspection of a council's children's services before then")
    return day


def official_cutoff(as_at: date) -> date:
    """The last publication day Ofsted's official statistics count for a picture 'as at' a date: about a month
    later (as at 31 March, reports published by 30 April; domain.md, section 8)."""
    return as_at + relativedelta(months=1)
