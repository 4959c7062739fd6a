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

DATE_PATTERN = re.compile(
    rf"\b(?P<d>{DAY})\s+(?P<m>{MONTH})\s*,?\s+(?P<y>{YEAR})\b"
    rf"|\b(?P<nd>[0-3]?\d)/(?P<nm>[01]?\d)/(?P<ny>{YEAR})\b",  # 12/09/2016 (SIF 2016, Redbridge)
    re.IGNORECASE,
)
RANGE_PATTERN = re.compile(
    rf"\b(?P<d1>{DAY})(?:\s+(?P<m1>{MONTH}))?(?:\s+(?P<y1>{YEAR}))?{RANGE_JOINER}"
    rf"(?P<d2>{DAY})\s+(?P<m2>{MONTH})\s+(?P<y2>{YEAR})\b",
    re.IGNORECASE,
)
MONTH_YEAR_PATTERN = re.compile(rf"\b(?P<m>{MONTH})\s+(?P<y>{YEAR})\b", re.IGNORECASE)


@dataclass(frozen=True)
class DateRange:
    """A stretch of days read from text, with the offsets of the text that says it."""

    start: date
    end: date
    text_start: int
    text_end: int

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


def find_date_ranges(text: str, pos: int = 0, endpos: int | None = None) -> list[DateRange]:
    """Ranges and lone dates in order: '9 March 2020 to 13 March 2020', '6 to 17 December 2021',
    '30 October to 3 November 2023', '9–24 November 2017', '5 to 9 December 2022 and 14 to 15 February 2023'."""
    stop = len(text) if endpos is None else endpos
    ranges: list[DateRange] = []
    cursor = pos
    while cursor < stop:
        range_match = RANGE_PATTERN.search(text, cursor, stop)
        date_match = DATE_PATTERN.search(text, cursor, stop)
        if range_match and (not date_match or range_match.start() <= date_match.start()):
            end_year, end_month = int(range_match["y2"]), month_number(range_match["m2"])
            start_month = month_number(range_match["m1"]) if range_match["m1"] else end_month
            start_year = int(range_match["y1"]) if range_match["y1"] else end_year
            if not range_match["y1"] and start_month > end_month:
                start_year -= 1  # '28 December to 8 January 2021'
            first = make_date(start_year, start_month, _day(range_match["d1"]))
            last = make_date(end_year, end_month, _day(range_match["d2"]))
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
