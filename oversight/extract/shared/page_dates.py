"""A page's own date: the date line at its top, a 'Published' label, a meeting's date, a letter's date line, its
address, or a weekday it names; with where in the text (or the address) each was found."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from oversight.extract.shared import genres, page_genres
from oversight.extract.shared.dates import DATE_PATTERN, MONTH, MONTHS, WEEKDAYS, make_date, month_number, parse_date
from oversight.extract.shared.when import published_relative

_ANY_YEAR = re.compile(r"\b(?P<year>(?:19|20)\d\d)\b")

_WEEKDAY = r"(?:\w+day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)"
_TOP_DATE_LINE = re.compile(
    # after a label ('Posted - ', '| ', the byline's separator), a reporter's name ('William Example 06 April 2016')
    # or an outlet's name and a comma ('Children & Young People Now, 3 June 2019')
    # ('Ruth Example, Local Democracy Reporting Service | 21 March 2023'); or 'on' before it and the sections after
    # it ('on July 18, 2024 in Children, Social work practice', a trade paper's byline)
    # ('by Tom Example on June 11, 2014 in Children, Workforce')
    # ('Lewisham Council @LewishamCouncil · 12 Oct 2023', a post's line; 'Issue 212 | 14 June 2022', a bulletin's)
    r"^[ \t]*(?:[^\n\d]{0,60}?[:\-–|·•]\s*|(?:Issue|No\.?|Edition|Vol\.?)\s+\d{1,4}\s*[|,·–-]\s*"
    r"|(?-i:(?:[Bb]y\s+)?[A-Z][a-z]+(?:\s+[A-Z][\w’'-]+){1,2})\s+(?:on\s+)?|on\s+"
    r"|(?-i:[A-Z][\w’'.]*(?:\s+(?:[A-Z][\w’'.]*|&|release|statement)){0,5}),\s*)?"
    rf"(?:{_WEEKDAY},?\s+)?"
    # a time before the date: 'Updated 09:14, 7 MAR 2024', 'Published: 05:00, 12 August 2022', '10:15, 14 NOV 2019',
    # '14:32, Thursday 8 May 2025'
    # ('2:14 PM · 12 Oct 2023 · 3,204 Views', a post's time and date)
    rf"(?:(?:(?:Updated|Published|Posted)\s*:?\s*)?\d{{1,2}}[:.]\d{{2}}\s*(?:am|pm)?\s*[,·•]?\s+(?:{_WEEKDAY},?\s+)?)?"
    r"(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})"
    # a time after it, perhaps with its zone: 'Thu 5 Oct 2023 18.04 BST'
    r"(?:\s*[|,–-]?\s*(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s*(?:BST|GMT|UTC))?)?"
    # '22nd Jun 2021 | Local News': a section after a bar; 'Thursday 19th October 2017 @ 09:52 by Nigel P.'
    r"(?:[ \t]*@[ \t]*\d{1,2}[:.]\d{2})?(?:[ \t]+by[ \t]+[^\n\d]{2,40})?"
    r"(?:[ \t]+(?:Last\s+)?updated(?:\s+at)?\s+\d{1,2}[:.]\d{2})?"  # '07 Jan 2019 Last updated at 10:00'
    r"(?:[ \t]+in[ \t]+(?-i:[A-Z])[^\n\d]{2,60})?"  # '... in Children, Social work practice'
    # and after a bar or a dot, anything short: '| Local democracy reporter ...', '| Updated: 17:20, 03 October
    # 2023', '· 3,204 Views', a post's '5 August 2022 ·'
    r"(?:[ \t]*[|·•][^\n]{0,80})?[ \t]*$", re.M | re.I)
# A wire-style dateline opening the story's first paragraph: 'DONCASTER, 19 March 2024 — Most children ...'.
_WIRE_DATELINE = re.compile(r"^[ \t]*(?-i:[A-Z][A-Z’' -]{2,30}),\s+(?P<date>\d{1,2}\s+[A-Z][a-z]+\s+\d{4})"
                            r"\s*[—–-]\s+\S", re.M)
_DATE_LABEL = re.compile(r"(?:^|\n)[ \t]*(?:-\s*)?"
                         r"(?:This\s+(?:story|article|page|(?:news|press)\s+release)\s+was\s+(?:first\s+)?)?"
                         # ('Date and time: THURSDAY 12 MARCH 2020 COMMENCING AT 5.00 PM')
                         r"(?:Published|Date(?:\s+and\s+time)?|Dated|Posted|Updated|(?:Page\s+)?Last\s+(?:updated|reviewed|edited|modified)"
                         r"|Issued)"
                         # ('Page last updated at 14:05 GMT, Thursday, 1 September 2011', a news page of its day;
                         # 'This page was last reviewed on 4 April 2025', a council's page)
                         r"(?:\s+on)?\s*:?\s*(?:at\s+\d{1,2}[:.]\d{2}\s*(?:GMT|BST|UTC)?,?\s*)?(?:\w+day,?\s+)?",
                         re.I)  # 'Published Monday, 30th March 2020'


@dataclass(frozen=True)
class DocumentDate:
    day: date
    start: int
    end: int
    how: str
    precision: str = "day"  # 'month' where only the month is known (an address such as /2017/11/): day is its last


# 'published today (Friday, 19 February 2016)', 'Published today, Tuesday 8 August 2023;'
_TODAY_DATED = re.compile(r"\btoday\s*(?:\(|,\s*)(?:\w+day,?\s+)?(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+"
                          r"\d{4})(?:\)|[;,.:]|\s*$)", re.M)
_NUMERIC_DATE_LABEL = re.compile(r"\b(?:Meeting|Date|Published|Posted|Updated)\s*:?\s*(?P<day>\d{1,2})/"
                                 r"(?P<month>\d{1,2})/(?P<year>(?:19|20)\d\d)\b"
                                 # a news page's first line, day first as in the UK: '04/05/2011 - Permalink'
                                 r"|\A\s*(?P<day2>\d{1,2})/(?P<month2>\d{1,2})/(?P<year2>(?:19|20)\d\d)\b"
                                 # or on a line of its own near the top, after an outlet's name and a bar at most:
                                 # '20/11/2019', 'Oldham Chronicle | 27.07.2022'
                                 r"|^[ \t]*(?:[^\n\d|]{2,40}\|[ \t]*)?(?P<day3>\d{1,2})[/.](?P<month3>\d{1,2})[/.]"
                                 r"(?P<year3>(?:19|20)\d\d)[ \t]*(?:\|[^\n]{0,60})?$", re.I | re.M)
_ISO_DATE_LINE = re.compile(r"^[ \t]*(?:date[ \t]+)?(?P<date>(?:19|20)\d\d-\d\d-\d\d)\b", re.M | re.I)
# A month's name in a page's address ('/2025/November/', '/2022/may/', '/sept/'): the names dates.MONTHS knows
_MONTH_WORD = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
# The shapes in which pages' addresses carry their date, most precise first. Each must stand as a whole path segment
# or open one: a month and year inside a longer slug ('...-our-november-2021-monitoring-visit') may be the visit's.
_ADDRESS_DATES = tuple(re.compile(pattern, re.I) for pattern in (
    # '/2016/02/22/', '/2017/11/', '/2025/November/', '/2026/01-January/', '/2019/July_2019/'
    rf"/(?P<year>(?:19|20)\d\d)/(?P<month>0?[1-9]|1[0-2]|{_MONTH_WORD})(?:[-_]{_MONTH_WORD}|_(?P=year))?"
    r"(?:/(?P<day>\d{1,2}))?(?=/|$)",
    r"/(?P<year>(?:19|20)\d\d)-(?P<month>0[1-9]|1[0-2])-(?P<day>[0-3]\d)(?=[/-]|$)",  # '/news/2013-10-15/'
    r"/(?P<year>(?:199|20[0-3])\d)(?P<month>0[1-9]|1[0-2])(?P<day>[0-3]\d)(?=[/-]|$)",  # '/20170906/', '/20190508-'
    rf"/(?P<day>[0-3]?\d)-(?P<month>{_MONTH_WORD})-(?P<year>(?:19|20)\d\d)(?=[/-]|$)",  # '/13-june-2017-weekly-update'
    rf"/(?P<month>{_MONTH_WORD})[-_](?P<year>(?:19|20)\d\d)(?=/)",  # a folder: '/media-releases/november-2017/'
))


def address_date(address: str | None) -> DocumentDate | None:
    """The page's date as its address gives it, to the day or the month; None when it gives none."""
    for pattern in _ADDRESS_DATES:
        for match in pattern.finditer(address or ""):
            found = _address_match_date(match, address or "")
            if found is not None:
                return found
    return None


def _address_match_date(match: re.Match[str], address: str) -> DocumentDate | None:
    month_text = match["month"]
    month = int(month_text) if month_text.isdigit() else month_number(month_text)
    year = int(match["year"])
    if match.groupdict().get("day"):
        day = make_date(year, month, int(match["day"]))
        return DocumentDate(day, 0, 0, f"the date in its address {address}") if day is not None else None
    last = (date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1))
    return DocumentDate(last, 0, 0, f"the month in its address {address}", "month")


def on_a_date_line(text: str, position: int) -> bool:
    """Whether the position is on a line at the top that only dates the page ('Children & Young People Now, 3 June
    2019'), or in the date a browser prints above a page it prints ('18/05/2022, 14:32      Children's services ...
    | Lancashire Telegraph'): the page's own date, never an event's."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    printed = _PRINTED_ON.match(text, start)
    return start < 1500 and (_TOP_DATE_LINE.fullmatch(text, start, len(text) if end < 0 else end) is not None
                             or printed is not None and position < printed.end())


# The date and time a browser prints at the top of each page it prints, before the page's title.
_PRINTED_ON = re.compile(r"[ \t]*\d{1,2}/\d{1,2}/(?:19|20)\d\d(?:,?[ \t]*\d{1,2}:\d{2})?(?=[ \t]{2,}|\t)")


def document_date(text: str) -> DocumentDate | None:
    """The document's own date: a date line at the top (letters), a 'Published' line (news), or a meeting date."""
    for label in _DATE_LABEL.finditer(text[:3000]):
        match = DATE_PATTERN.match(text, label.end())
        if match and parse_date(match.group()):
            return DocumentDate(parse_date(match.group()), match.start(), match.end(), "dated line")  # type: ignore[arg-type]
    today = _TODAY_DATED.search(text[:3000])  # 'published today (Friday, 19 February 2016)'
    if today and parse_date(today["date"]):
        return DocumentDate(parse_date(today["date"]), today.start("date"), today.end("date"), "'today' dated")  # type: ignore[arg-type]
    numeric = _NUMERIC_DATE_LABEL.search(text[:1500])  # 'Meeting: 15/06/2023 - Cabinet (Item 8)' (moderngov)
    if numeric:
        # which alternative: a labelled date, the page's first line, or a line of its own near the top
        first = "" if numeric["day"] else "2" if numeric["day2"] else "3"
        day = make_date(int(numeric["year" + first]), int(numeric["month" + first]), int(numeric["day" + first]))
        if day is not None:
            return DocumentDate(day, numeric.start("day" + first), numeric.end("year" + first),
                                "meeting date" if not first else "date line at the top")
    iso = _ISO_DATE_LINE.search(text[:600])  # 'date 2017-09-13' under a trade-press headline
    if iso:
        try:
            return DocumentDate(date.fromisoformat(iso["date"]), iso.start("date"), iso.end("date"), "dated line")
        except ValueError:
            pass
    head = text[:1500]
    # a line that is a date, perhaps with a label, a weekday or a time: 'Friday 15 March 2024', '18 November 2022 |
    # 5:30pm', 'Posted - 9 December 2023', 'June 12, 2023'
    for line in _TOP_DATE_LINE.finditer(head):
        day = parse_date(line["date"])
        if day:
            return DocumentDate(day, line.start("date"), line.end("date"), "date line at the top")
    wire = _WIRE_DATELINE.search(head)
    if wire and parse_date(wire["date"]):
        return DocumentDate(parse_date(wire["date"]), wire.start("date"), wire.end("date"), "dateline")  # type: ignore[arg-type]
    # 'Meeting of ... Scrutiny Panel, Monday 13th October 2025' (a moderngov item's line); not 'The Improvement Board,
    # set up on 5 January 2016', a date of something else
    meeting = re.search(r"(?:^[ \t-]*Meeting\s+of\b|meeting|held|Cabinet|Committee)\b[^.\n]{0,120}?(?:on\s+)?"
                        # ('Minutes of the meeting held on Tuesday, 16th January, 2018')
                        r"(?:\w+day,?\s+)?(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4})", text[:800], re.M)
    if meeting and parse_date(meeting["date"]):
        return DocumentDate(parse_date(meeting["date"]), meeting.start("date"), meeting.end("date"), "meeting date")  # type: ignore[arg-type]
    issue = _MONTH_OF_ISSUE.search(text[:300])
    if issue is not None:
        which = "" if issue["month"] else "2"
        year, month = int(issue["year" + which]), month_number(issue["month" + which])
        last = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
        return DocumentDate(last, issue.start("month" + which), issue.end("year" + which),
                            "the month of the issue line at the top", "month")
    return None


# A bulletin's or newsletter's line of its month: 'North West Regional Bulletin - Issue 14, March 2023', 'BRANCH NEWS -
# May 2022', 'March 2023 newsletter'. Not a headline's month ('Council rated inadequate in March 2023').
_ISSUE_WORDS = r"(?:bulletin|newsletter|issue|edition|briefing|digest|round-?up|update|news)"
_MONTH_OF_ISSUE = re.compile(
    rf"^[^\n]{{0,80}}?\b{_ISSUE_WORDS}\b[^\n]{{0,40}}?[,:|–—-][ \t]*(?P<month>{MONTH})[ \t]+"
    rf"(?P<year>(?:19|20)\d\d)[ \t]*$"
    rf"|^[ \t]*(?P<month2>{MONTH})[ \t]+(?P<year2>(?:19|20)\d\d)[ \t]+{_ISSUE_WORDS}\b[^\n]{{0,40}}$", re.M | re.I)


_SALUTATION = re.compile(r"^[ \t]*Dear\s", re.M)
DATE_LINE = re.compile(r"^[ \t|]*(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})[ \t|]*$", re.M)


def letter_date(text: str) -> DocumentDate | None:
    """A letter's own date: the date line above its salutation, which a web page around the letter may not share
    (a council page 'updated 20 June' around a letter of 19 June); else the document's date."""
    anchors = [m.start() for m in _SALUTATION.finditer(text, 0, 6000)]
    anchors += [m.start() for cues in page_genres.LETTER_KINDS.values() for m in cues[0].finditer(text, 0, 6000)]
    if anchors:
        # the last anchor: a page may repeat the letter's heading above an introduction of its own
        # (not the page's own date line above an introduction that says the letter follows)
        lines = [line for line in DATE_LINE.finditer(text, 0, max(anchors))
                 if not page_genres.LETTER_PRINTED_HERE.search(text, line.end(), max(anchors))]
        if lines and parse_date(lines[-1]["date"]):
            line = lines[-1]
            return DocumentDate(parse_date(line["date"]), line.start("date"), line.end("date"),  # type: ignore[arg-type]
                                "the letter's date line")
    dated = _LETTER_DATED.search(text, 0, 3000)  # extracts under an introduction: 'The letter, dated 31 October 2023'
    if dated and parse_date(dated["date"]):
        return DocumentDate(parse_date(dated["date"]), dated.start("date"), dated.end("date"),  # type: ignore[arg-type]
                            "the letter's date, as the page gives it")
    page = document_date(text)
    # a page printing the letter under its own date: 'The inspectorate's letter ... was published yesterday'
    told = published_relative(text[:3000], page.day) if page is not None else None
    if told is not None and told[0].value is not None and len(told[0].value) == 10:
        return DocumentDate(date.fromisoformat(told[0].value), told[1].start(), told[1].end(), told[0].reasoning)
    return page


_LETTER_DATED = re.compile(r"\bletter,?\s+dated\s+(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})")


# 'Thursday (September 5)', 'Friday, July 14', 'on Tuesday 3 March': a day with its weekday and no year
_WEEKDAY_AND_DAY = re.compile(
    rf"\b(?P<weekday>{'|'.join(WEEKDAYS)})\s*[(,]?\s*(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{MONTH})"
    rf"|(?P<m2>{MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)\b(?!\)?,?\s*(?:19|20)\d\d)", re.I)


def date_from_weekday(text: str, today: date | None = None) -> DocumentDate | None:
    """A page with no date of its own that gives a day with its weekday but no year ('Thursday (September 5)
    marked the first meeting since the report'): the day in the first year, from the latest year the page names,
    in which it falls on that weekday. A page is no older than the years it names."""
    today = today or date.today()
    named = [int(m["year"]) for m in _ANY_YEAR.finditer(text) if int(m["year"]) <= today.year]
    if not named:
        return None
    floor = max(named)
    found: list[DocumentDate] = []
    for match in _WEEKDAY_AND_DAY.finditer(text):
        month = month_number(match["m1"] or match["m2"])
        number = int(match["d1"] or match["d2"])
        weekday = WEEKDAYS.index(match["weekday"].lower())
        for year in range(floor, today.year + 1):
            day = make_date(year, month, number)
            if day is not None and day <= today and day.weekday() == weekday:
                phrase = " ".join(match.group().split())
                found.append(DocumentDate(day, match.start(), match.end(),
                                          f"'{phrase}', in {year}: the first year from {floor}, the latest the page "
                                          f"names, in which that day is a {match['weekday'].title()}"))
                break
    # the page is no older than the latest of them ('took place between Monday 27 January and Friday 31 January
    # ... published (Tuesday 11 March)')
    return max(found, key=lambda dated: dated.day, default=None)


def date_of_reported_letter(text: str) -> DocumentDate | None:
    """A release with no date of its own that names the date of the letter or report it tells of
    ('Ofsted Letter - 30 August 2024'): relative dates in it are read against that date."""
    for match in genres.PUBLISHED_IN_PROSE.finditer(text):
        sentence = text[max(text.rfind(".", 0, match.start()), text.rfind("\n", 0, match.start())) + 1:match.start()]
        if _EARLIER_REPORT.search(sentence):
            continue  # 'The last full inspection, published on July 29 2019, ...': not the one the page tells of
        if parse_date(match["date"]):
            return DocumentDate(parse_date(match["date"]), match.start("date"), match.end("date"),  # type: ignore[arg-type]
                                "the date of the letter or report it tells of")
        return None
    return None


_EARLIER_REPORT = re.compile(r"\b(?:last|previous|earlier|prior)\s+(?:full\s+)?(?:Ofsted\s+)?"
                             r"(?:inspection|report|letter|visit)", re.I)
