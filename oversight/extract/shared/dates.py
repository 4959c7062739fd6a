"""Dates as inspection documents write them: single days, ranges, ranges in blocks, partial dates."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December" \
        r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?:19|20)\d\d"
RANGE_JOINER = r"\s*(?:to|until|and|–|—|-|‒|‑|−)\s*"
SPACE = r"[ \t\u00a0]*\n?[ \t\u00a0]*"
WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
# 'the 26th and 27th of March': 'of' between a day written as an ordinal and its month
OF = r"(?:(?:(?<=st)|(?<=nd)|(?<=rd)|(?<=th))\s+of)?"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")  # date.weekday() order

# (not a paragraph's number before a month: '2.4 March 2017: re-inspection ...' is March 2017)
DATE_PATTERN = re.compile(
    rf"(?<!\d\.)\b(?P<d>{DAY}){OF}\s+(?P<m>{MONTH})\s*,?\s+(?P<y>{YEAR})\b"
    rf"|\b(?P<nd>[0-3]?\d)/(?P<nm>[01]?\d)/(?P<ny>{YEAR})\b"  # 12/09/2016 (SIF 2016, Redbridge)
    rf"|\b(?P<fm>{MONTH})\s+(?P<fd>{DAY}),?\s+(?P<fy>{YEAR})\b",  # 'June 12, 2023' (news in the American order)
    re.IGNORECASE,
)
RANGE_PATTERN = re.compile(
    # 'Wednesday 23 and Thursday 24 March 2022' (a council's release): a weekday may stand before the second day
    rf"(?<!\d\.)\b(?P<d1>{DAY})(?:{OF}\s+(?P<m1>{MONTH}))?(?:\s+(?P<y1>{YEAR}))?{RANGE_JOINER}{WEEKDAY}"
    rf"(?P<d2>{DAY}){OF}\s+(?P<m2>{MONTH}),?\s+(?P<y2>{YEAR})\b"  # '8th – 19th October, 2018' (minutes)
    # 'May 8 to May 19, 2023', 'March 4-15, 2024'
    rf"|\b(?P<fm1>{MONTH})\s+(?P<fd1>{DAY}){RANGE_JOINER}(?:(?P<fm2>{MONTH})\s+)?(?P<fd2>{DAY}),?\s+(?P<fy>{YEAR})\b",
    re.IGNORECASE,
)
A_YEAR = re.compile(rf"\b{YEAR}\b")  # any year, however the words give it
MONTH_YEAR_PATTERN = re.compile(rf"\b(?P<m>{MONTH})\s+(?P<y>{YEAR})\b", re.IGNORECASE)


@dataclass(frozen=True)
class DateRange:
    """A stretch of days read from text, with the offsets of the text that says it.

    `reasoning` says how a year the text does not print was supplied ('3 to 14 October' in a story of 2022)."""

    start: date
    end: date
    text_start: int
    text_end: int
    reasoning: str | None = None

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group())  # type: ignore[union-attr]


def make_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _date_of(match: re.Match[str]) -> date | None:
    if match["nd"]:
        return make_date(int(match["ny"]), int(match["nm"]), int(match["nd"]))
    if match["fm"]:
        return make_date(int(match["fy"]), month_number(match["fm"]), _day(match["fd"]))
    return make_date(int(match["y"]), month_number(match["m"]), _day(match["d"]))


def parse_date(text: str) -> date | None:
    """The first full date ('4 May 2018', '04 May 2018', '1st March 2021', '12/09/2016') in a piece of text."""
    match = DATE_PATTERN.search(text)
    return _date_of(match) if match else None


def find_dates(text: str, pos: int = 0, endpos: int | None = None) -> list[tuple[date, int, int]]:
    """Every full date in text[pos:endpos] with its offsets."""
    found = []
    for match in DATE_PATTERN.finditer(text, pos, len(text) if endpos is None else endpos):
        day = _date_of(match)
        if day:
            found.append((day, match.start(), match.end()))
    return found


def find_date_ranges(text: str, pos: int = 0, endpos: int | None = None,
                     reference: date | None = None) -> list[DateRange]:
    """Ranges and lone dates in order: '9 March 2020 to 13 March 2020', '6 to 17 December 2021',
    '30 October to 3 November 2023', '9–24 November 2017', '5 to 9 December 2022 and 14 to 15 February 2023'.

    Given the document's own date, days written without a year ('3 to 14 October', 'February 6 and 7',
    'between 14 and 16 May') are read too, in the latest year that puts them on or before that date."""
    full = _full_date_ranges(text, pos, endpos)
    if reference is None:
        return full
    taken = [(r.text_start, r.text_end) for r in full]
    yearless = [r for r in _yearless_ranges(text, pos, endpos, reference)
                if not any(a < r.text_end and r.text_start < b for a, b in taken)]
    return sorted(full + yearless, key=lambda r: r.text_start)


# Days written without a year: '3 to 14 October', '14 and 16 May', '29 February to 1 March', 'Monday 27 January and
# Friday 31 January' (the first weekday is checked against the year), and, in the order some
# papers use, 'February 6 and 7' or 'March 4-15'. A year right after the month makes it a full date instead.
_NO_YEAR_AFTER = rf"(?!\s*,?\s*{YEAR}\b)(?![\w/])"
YEARLESS_RANGE_PATTERN = re.compile(
    rf"(?<!\d\.)\b(?P<d1>{DAY})(?:{OF}\s+(?P<m1>{MONTH}))?{RANGE_JOINER}{WEEKDAY}(?P<d2>{DAY}){OF}\s+(?P<m2>{MONTH})"
    rf"{_NO_YEAR_AFTER}"
    rf"|\b(?P<fm1>{MONTH})\s+(?P<fd1>{DAY}){RANGE_JOINER}(?:(?P<fm2>{MONTH})\s+)?(?P<fd2>{DAY})\b{_NO_YEAR_AFTER}"
    rf"|(?<!\d\.)\b(?P<d>{DAY}){OF}\s+(?P<m>{MONTH}){_NO_YEAR_AFTER}"
    rf"|\b(?P<fm>{MONTH})\s+(?P<fd>{DAY})\b{_NO_YEAR_AFTER}",
    re.IGNORECASE,
)


_WEEKDAY_BEFORE = re.compile(rf"\b(?P<weekday>{'|'.join(WEEKDAYS)}),?\s+(?:the\s+)?$", re.I)


def _yearless_ranges(text: str, pos: int, endpos: int | None, reference: date) -> list[DateRange]:
    found = []
    for match in YEARLESS_RANGE_PATTERN.finditer(text, pos, len(text) if endpos is None else endpos):
        groups = match.groupdict()
        if groups["d2"] or groups["fd2"]:
            end_month = month_number(groups["m2"] or groups["fm2"] or groups["fm1"])
            start_month = month_number(groups["m1"] or groups["fm1"]) if (groups["m1"] or groups["fm1"]) else end_month
            first_day, last_day = _day(groups["d1"] or groups["fd1"]), _day(groups["d2"] or groups["fd2"])
        else:
            start_month = end_month = month_number(groups["m"] or groups["fm"])
            first_day = last_day = _day(groups["d"] or groups["fd"])
        year = reference.year if (end_month, last_day) <= (reference.month, reference.day) else reference.year - 1
        last = make_date(year, end_month, last_day)
        first = make_date(year - 1 if start_month > end_month else year, start_month, first_day)
        if first is None or last is None or first > last:
            continue
        weekday = _WEEKDAY_BEFORE.search(text, max(0, match.start() - 16), match.start())
        if weekday and WEEKDAYS.index(weekday["weekday"].lower()) != first.weekday():
            continue  # 'Friday, July 14' that is not a Friday in that year: the year is someone else's
        phrase = " ".join(match.group().split())
        found.append(DateRange(first, last, match.start(), match.end(),
                               f"'{phrase}' has no year: {year}, the latest that puts it on or before the "
                               f"document's date {reference.isoformat()}"))
    return found


def _full_date_ranges(text: str, pos: int = 0, endpos: int | None = None) -> list[DateRange]:
    stop = len(text) if endpos is None else endpos
    ranges: list[DateRange] = []
    cursor = pos
    while cursor < stop:
        range_match = RANGE_PATTERN.search(text, cursor, stop)
        date_match = DATE_PATTERN.search(text, cursor, stop)
        if range_match and (not date_match or range_match.start() <= date_match.start()):
            if range_match["fm1"]:
                end_year = int(range_match["fy"])
                end_month = month_number(range_match["fm2"] or range_match["fm1"])
                start_month, start_year = month_number(range_match["fm1"]), end_year
                first_day, last_day = _day(range_match["fd1"]), _day(range_match["fd2"])
            else:
                end_year, end_month = int(range_match["y2"]), month_number(range_match["m2"])
                start_month = month_number(range_match["m1"]) if range_match["m1"] else end_month
                start_year = int(range_match["y1"]) if range_match["y1"] else end_year
                first_day, last_day = _day(range_match["d1"]), _day(range_match["d2"])
            if not range_match["y1"] and start_month > end_month:
                start_year -= 1  # '28 December to 8 January 2021'
            first = make_date(start_year, start_month, first_day)
            last = make_date(end_year, end_month, last_day)
            if first and last and first <= last:
                ranges.append(DateRange(first, last, range_match.start(), range_match.end()))
                cursor = range_match.end()
                continue
            cursor = range_match.start() + 1
            continue
        if date_match:
            day = _date_of(date_match)
            following = DATE_PATTERN.match(text, _skip_joiner(text, date_match.end(), stop), stop)
            if day and following and following["nd"] and date_match["nd"] and _date_of(following):
                # '12/09/2016 to 06/10/2016'
                ranges.append(DateRange(day, _date_of(following), date_match.start(), following.end()))  # type: ignore[arg-type]
                cursor = following.end()
                continue
            if day:
                ranges.append(DateRange(day, day, date_match.start(), date_match.end()))
            cursor = date_match.end()
            continue
        break
    return ranges


def _skip_joiner(text: str, pos: int, stop: int) -> int:
    joiner = re.compile(RANGE_JOINER).match(text, pos, stop)
    return joiner.end() if joiner else pos


def partial(day: date | None, precision: str = "day") -> str | None:
    """ISO text at a precision: '2024-07-30', '2024-07' or '2024'."""
    if day is None:
        return None
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def due_date(text: str, reference: date | None) -> tuple[date | None, str | None]:
    """A deadline: a full date, or a day and month ('by 29 March') in the first year that puts it on or after the
    document's date, since a plan is due after the report; with the reasoning when the year was supplied."""
    day = parse_date(text)
    if day is not None:
        return day, None
    match = YEARLESS_RANGE_PATTERN.search(text)
    if match is None or reference is None or not (match["m"] or match["fm"]):
        return None, None
    month = month_number(match["m"] or match["fm"])
    number = _day(match["d"] or match["fd"])
    year = reference.year if (month, number) >= (reference.month, reference.day) else reference.year + 1
    found = make_date(year, month, number)
    phrase = " ".join(match.group().split())
    return found, (f"'{phrase}' has no year: {year}, the first that puts it on or after the document's date "
                   f"{reference.isoformat()}") if found else None
