"""Dates as people write them in prose: months without years, 'at the end of July', 'a year and a half ago'.

Each answer keeps the precision the words allow and says how it was reached, for the evidence text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta

from oversight.extract.shared.dates import MONTH, WEEKDAYS, month_number

NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}
ORDINAL = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
           r"|\d{1,2}(?:st|nd|rd|th))")


@dataclass(frozen=True)
class Vague:
    """A partial date ('2024-07', '2017') or None, with the reasoning that produced it."""

    value: str | None
    reasoning: str


def number_value(text: str) -> int | None:
    """'two' -> 2, '12' -> 12."""
    text = text.lower()
    return int(text) if text.isdigit() else NUMBER_WORDS.get(text)


def ordinal_value(text: str) -> int | None:
    text = text.lower()
    if text in ORDINALS:
        return ORDINALS[text]
    digits = re.match(r"\d+", text)
    return int(digits.group()) if digits else None


def month_in_context(month_name: str, reference: date | None, phrase: str) -> Vague:
    """The most recent such month on or before the reference date ('at the end of July' in a letter of
    30 August 2024 is 2024-07); with no reference date, unknown."""
    month = month_number(month_name)
    if reference is None:
        return Vague(None, f"'{phrase}' gives no year and the document has no date of its own")
    year = reference.year if month <= reference.month else reference.year - 1
    return Vague(f"{year:04d}-{month:02d}", f"'{phrase}': the latest {month_name.title()} on or before "
                                             f"the document's date {reference.isoformat()}")


_RELATIVE = re.compile(
    r"\b(?P<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|\d{1,2})"
    r"(?P<half_before>\s+and\s+a\s+half)?\s+(?P<unit>years?|months?)(?P<half>\s+and\s+a\s+half)?\s+"
    r"(?:ago|earlier|before)\b"
    # 'It comes four years after the council was rated "adequate"': the earlier event, counted back from the story
    r"|\b(?:comes|came|coming)\s+(?P<count_after>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
    r"\s+(?P<unit_after>years?|months?)\s+after\b"
    r"|\blast\s+(?P<last>month|year)\b"
    # 'rated inadequate ... last June', in a story of January 2016: June 2015
    rf"|\blast\s+(?P<last_named>(?-i:{MONTH}))\b"  # 'last June', not 'the last may seem'
    # 'a couple of months ago': placed only as closely as every month it could mean allows
    r"|\b(?P<vague>a\s+couple\s+of|a\s+few|several)\s+(?P<vague_unit>weeks|months)\s+(?:ago|earlier|before)\b"
    # 'an inspection carried out earlier this year'; not 'later this year', which is still to come
    r"|(?<!later\s)(?<!next\s)\b(?:earlier\s+)?this\s+(?P<this>year)\b"
    r"|\blast\s+(?P<season>spring|summer|autumn)\b"  # winter spans two years
    # 'after an inspection in the spring', 'a visit this autumn': the season of the document's year, if it had begun
    r"|\b(?:in|during|this|over)\s+(?:the\s+)?(?P<this_season>spring|summer|autumn)\b(?!\s+(?:of\s+)?(?:19|20)\d\d)",
    re.I,
)
SEASON_ENDS = {"spring": 5, "summer": 8, "autumn": 11}  # the month each season ends
SEASON_STARTS = {"spring": 3, "summer": 6, "autumn": 9}


# How many units back 'a couple of', 'a few' and 'several' can mean, at the least and at the most.
VAGUE_COUNTS = {"a couple of": (1, 3), "a few": (2, 4), "several": (3, 8)}


def _vague_span(phrase: str, vague: str, unit: str, reference: date) -> Vague:
    """'a couple of months ago' is one to three months back: the month when every reading falls in one month, the
    year when they fall in one year, and unknown otherwise."""
    least, most = VAGUE_COUNTS[" ".join(vague.lower().split())]
    step = relativedelta(weeks=1) if unit.lower() == "weeks" else relativedelta(months=1)
    latest, earliest = reference - step * least, reference - step * most
    if (latest.year, latest.month) == (earliest.year, earliest.month):
        return Vague(f"{latest.year:04d}-{latest.month:02d}", f"'{phrase}' before {reference.isoformat()}: "
                                                               f"every reading falls in that month")
    if latest.year == earliest.year:
        return Vague(f"{latest.year:04d}", f"'{phrase}' before {reference.isoformat()}: every reading falls in that "
                                           f"year")
    return Vague(None, f"'{phrase}' before {reference.isoformat()} may fall in {earliest.year} or {latest.year}")


def _last_named_month(phrase: str, name: str, reference: date) -> Vague:
    """'last June': the June of the year before when the page's own month is June or earlier; after June, people
    mean either this year's or last year's, so the month is not placed."""
    month = month_number(name)
    if month >= reference.month:
        return Vague(f"{reference.year - 1:04d}-{month:02d}", f"'{phrase}' before {reference.isoformat()}: no "
                                                               f"{name.title()} of that year had come yet")
    return Vague(None, f"'{phrase}' before {reference.isoformat()} may be {name.title()} of {reference.year} or of "
                       f"{reference.year - 1}")


def relative_date(text: str, reference: date | None) -> tuple[Vague, re.Match[str]] | None:
    """'a year and a half ago' -> reference minus 18 months at month precision; 'two years ago' -> a year."""
    match = _RELATIVE.search(text)
    if not match:
        return None
    phrase = match.group()
    if reference is None:
        return Vague(None, f"'{phrase}' cannot be placed: the document has no date of its own"), match
    if match["season"]:
        # the latest such season that ended before the document's date, to the year
        year = reference.year if reference.month > SEASON_ENDS[match["season"].lower()] else reference.year - 1
        return Vague(f"{year:04d}", f"'{phrase}': the latest {match['season'].lower()} over before "
                                    f"{reference.isoformat()}, to the year"), match
    if match["this_season"]:
        season = match["this_season"].lower()
        year = reference.year if reference.month >= SEASON_STARTS[season] else reference.year - 1
        return Vague(f"{year:04d}", f"'{phrase}': the latest {season} begun by {reference.isoformat()}, to the "
                                    f"year"), match
    if match["vague"]:
        return _vague_span(phrase, match["vague"], match["vague_unit"], reference), match
    if match["this"]:
        return Vague(f"{reference.year:04d}", f"'{phrase}': the year of {reference.isoformat()}"), match
    if match["last_named"]:
        return _last_named_month(phrase, match["last_named"], reference), match
    if match["last"]:
        if match["last"].lower() == "month":
            day = reference - relativedelta(months=1)
            return Vague(f"{day.year:04d}-{day.month:02d}", f"'{phrase}' before {reference.isoformat()}"), match
        return Vague(f"{reference.year - 1:04d}", f"'{phrase}' before {reference.isoformat()}"), match
    count_text = (match["count"] or match["count_after"]).lower()
    count = NUMBER_WORDS.get(count_text) or int(count_text)
    unit = (match["unit"] or match["unit_after"]).lower()
    half = bool(match["half"] or match["half_before"])  # 'a year and a half ago', 'two and a half years ago'
    months = count * (12 if unit.startswith("year") else 1) + (6 if half else 0)
    day = reference - relativedelta(months=months)
    if unit.startswith("year") and not half:
        return Vague(f"{day.year:04d}", f"'{phrase}' before {reference.isoformat()}, to the year"), match
    return Vague(f"{day.year:04d}-{day.month:02d}", f"'{phrase}' before {reference.isoformat()}, to the month"), match


# Months with their year: 'carried out in July 2023', 'over four weeks in November and December 2015'.
MONTHS_WITH_YEAR = re.compile(
    # 'in the September 2017 inspection'
    # 'inspection visits in December, 2022, and February, 2023'
    # ('Ofsted's inspection of November 2022')
    rf"\b(?:in|during|throughout|(?<=inspection\s)of|(?<=visit\s)of)\s+(?:the\s+)?(?P<m1>{MONTH})(?:,?\s+(?P<y1>(?:19|20)\d\d),?)?"
    # 'in February and March of 2019' (minutes)
    rf"(?:\s*(?:and|to|-|–)\s*(?P<m2>{MONTH}))?,?\s+(?:of\s+)?(?P<y2>(?:19|20)\d\d)\b")
# Months without a year: 'in March', 'at the end of July', "July's inspection".
BARE_MONTHS = re.compile(
    rf"(?:\b(?:in|during|at\s+the\s+(?:end|start|beginning)\s+of|since|until|by|from|and|to|over)\s+"
    r"(?:(?:early|late|mid)[\s-]+)?"  # 'over two days in late January
    rf"|\b(?=(?:{MONTH})['’]s\s+(?:\w+\s+)?(?:inspection|visit)))"
    rf"(?P<m>{MONTH})(?!\s*,?\s*(?:of\s+)?\d)(?!\w)",
)


# 'published today', 'published on Monday', 'published on Ofsted's website earlier this month', 'released
# yesterday' (seen in news and releases that tell of a report or letter; the date is the story's own).
PUBLISHED_RELATIVE = re.compile(
    r"\b(?:publish\w*|released?|came\s+out)\b(?:\s+(?:their|its|the|a)(?:\s+[\w’']+){1,2}?)?"
    r"(?:\s+(?:on|by)\s+(?:Ofsted.s\s+|the\s+Ofsted\s+|its\s+|the\s+)?"
    # 'published by Ofsted on Wednesday'
    r"(?:reports?\s+)?website)?(?:\s+by\s+(?:Ofsted|the\s+inspectorate|inspectors))?"
    r"\s+(?P<when>today|yesterday|this\s+week|last\s+week|(?:earlier\s+)?this\s+month|last\s+month"
    r"|(?:on|last)\s+(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"|\b(?P<before>today|yesterday|this\s+(?:morning|afternoon|evening))\s+(?:published|released)\b",
    re.I,
)


def published_relative(text: str, reference: date | None) -> tuple[Vague, re.Match[str]] | None:
    """A publication told relative to the story's own date: 'published today' is that date, 'published on
    Monday' the latest Monday on or before it, 'earlier this month' its month."""
    match = PUBLISHED_RELATIVE.search(text)
    if not match:
        return None
    phrase = " ".join(match.group().split())
    if reference is None:
        return Vague(None, f"'{phrase}' cannot be placed: the document has no date of its own"), match
    when = " ".join((match["when"] or match["before"]).lower().split())
    if when == "today" or when.startswith("this ") and when not in ("this week", "this month"):
        return Vague(reference.isoformat(), f"'{phrase}': the document's date"), match
    if when == "yesterday":
        day = reference - relativedelta(days=1)
        return Vague(day.isoformat(), f"'{phrase}': the day before the document's date {reference}"), match
    if match["weekday"]:
        back = (reference.weekday() - WEEKDAYS.index(match["weekday"].lower())) % 7
        if back == 0 and when.startswith("last"):
            back = 7  # 'published last Thursday' in a story of a Thursday: a week before
        day = reference - relativedelta(days=back)
        before = "before" if when.startswith("last") else "on or before"
        return Vague(day.isoformat(), f"'{phrase}': the latest {match['weekday'].title()} {before} the "
                                      f"document's date {reference}"), match
    if when == "last week":  # the month it fell in, where the whole week was in one month
        monday = reference - relativedelta(days=reference.weekday() + 7)
        sunday = monday + relativedelta(days=6)
        if monday.month != sunday.month:
            return Vague(None, f"'{phrase}': the week before {reference} spans two months"), match
        return Vague(f"{monday.year:04d}-{monday.month:02d}", f"'{phrase}': the week before {reference}, in "
                                                              f"{monday:%B %Y}"), match
    if when == "last month":
        day = reference - relativedelta(months=1)
        return Vague(f"{day.year:04d}-{day.month:02d}", f"'{phrase}': the month before {reference}"), match
    return Vague(f"{reference.year:04d}-{reference.month:02d}", f"'{phrase}': the month of the document's date "
                                                               f"{reference}"), match
