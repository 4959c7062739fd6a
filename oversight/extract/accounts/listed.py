"""Ratings listed line by line: a league table of councils, each line a council's name, its grade and perhaps the
month of its inspection ('Barnet: Outstanding – June 2021', 'Bexley - Good (July 2019)', 'Hackney | Requires
improvement | July 2023', 'Barnsley      'Good'      2022' in columns of spaces), or a table of councils under a
header that says which column is which ('Local authority | Framework | Report published | Overall effectiveness').
Each line gives that council's last full inspection, and nothing else on the line can be taken for another
council's or another time's."""

from __future__ import annotations

import re
from dataclasses import dataclass

from oversight.extract.shared import genres
from oversight.extract.shared.dates import MONTH, MONTH_YEAR_PATTERN, month_number
from oversight.extract.shared.vocabulary import grade_value
from oversight.reference import Authority
from oversight.reference.mentions import Mention

# A line that is only a name, a separator, a grade and perhaps a date: what stands before the separator must be a
# council's name as the mention finder found it (with 'Council' and the like after it at most).
_LISTED_LINE = re.compile(
    rf"^[ \t]*(?:[-*•·▪][ \t]*)?(?P<name>[^\n:|–—]{{2,70}}?)(?:[ \t]*(?::|\||[–—-](?=[ \t]))|[ \t]{{2,}})[ \t]*[‘'\"“]?"
    rf"(?P<grade>{genres.GRADE_WORDS})[’'\"”]?[ \t]*"
    # (a column of spaces before the date too: 'Barnsley        'Good'        2022')
    rf"(?:(?:(?:[–—,|-]|\()[ \t]*|(?<=[ \t][ \t]))(?:(?:last\s+)?(?:inspected|published|judged)\s+(?:in\s+)?)?"
    rf"(?P<date>(?:(?P<month>{MONTH})[ \t]+)?(?P<year>(?:19|20)\d\d))[ \t]*\)?)?[ \t]*\.?[ \t]*$",
    re.I | re.M)
_COUNCIL_WORDS = re.compile(r"(?:\s+(?:City|County|Borough|Metropolitan\s+Borough|District))*(?:\s+Council)?\s*", re.I)
LIST_OF_RATINGS = 3  # lines of this shape that make a page a list of councils' ratings


@dataclass(frozen=True)
class ListedRating:
    authority: Authority
    grade: str
    grade_span: tuple[int, int]
    date: str | None  # '2021-06' or '2019', as the line gives it
    date_span: tuple[int, int] | None


def listed_ratings(text: str, mentions: list[Mention]) -> list[ListedRating]:
    """The councils' ratings the page lists line by line, one per line whose name is a council's."""
    found = _table_of_councils(text, mentions)
    taken = {rating.grade_span[0] for rating in found}
    for line in _LISTED_LINE.finditer(text):
        mention = next((m for m in mentions if m.start == line.start("name")
                        and _COUNCIL_WORDS.fullmatch(text, m.end, line.end("name"))), None)
        grade = grade_value(line["grade"])
        if mention is None or grade is None or line.start("grade") in taken:
            continue
        date = None
        if line["year"]:
            date = line["year"] + (f"-{month_number(line['month']):02d}" if line["month"] else "")
        found.append(ListedRating(mention.authority, grade, (line.start("grade"), line.end("grade")), date,
                                  (line.start("date"), line.end("date")) if line["date"] else None))
    return found


# A table's header: a column of councils, one of grades (not the previous ones, nor the council's own view), perhaps
# one of dates; cells parted by bars or tabs.
_COUNCIL_COLUMN = re.compile(r"^\s*(?:local\s+)?(?:authority|council|borough|area|LA)s?\s*$", re.I)
_GRADE_COLUMN = re.compile(r"\b(?:overall|effectiveness|judge?ment|grade|rating|outcome|result)\b", re.I)
_NOT_THIS_GRADE = re.compile(r"\b(?:previous|prior|earlier|last\s+time|before|self|own|target)\b", re.I)
_DATE_COLUMN = re.compile(r"\b(?:date|published|inspected|inspection|month|year|when)\b", re.I)
_CELLS = re.compile(r"[|\t]")


def _cells(line: str) -> list[tuple[int, str]]:
    """The cells of a row and where each begins in the line (a leading or trailing bar makes no cell)."""
    cells, position = [], 0
    for part in _CELLS.split(line):
        cells.append((position, part))
        position += len(part) + 1
    if cells and not cells[0][1].strip() and line.lstrip().startswith("|"):
        cells = cells[1:]
    return cells


def _table_of_councils(text: str, mentions: list[Mention]) -> list[ListedRating]:
    """Each row of a table of councils whose header names the columns: the council's grade and the date beside it."""
    found: list[ListedRating] = []
    lines = list(re.finditer(r"[^\n]+", text))
    index = 0
    while index < len(lines):
        header = [cell.strip() for _, cell in _cells(lines[index].group())]
        council = next((i for i, cell in enumerate(header) if _COUNCIL_COLUMN.match(cell)), None)
        grades = [i for i, cell in enumerate(header) if _GRADE_COLUMN.search(cell) and not _NOT_THIS_GRADE.search(cell)
                  and i != council]
        if council is None or len(grades) != 1 or not _CELLS.search(lines[index].group()):
            index += 1
            continue
        dates = [i for i, cell in enumerate(header) if _DATE_COLUMN.search(cell) and i not in (council, grades[0])]
        index += 1
        while index < len(lines) and _CELLS.search(lines[index].group()):
            rating = _row_rating(text, lines[index], council, grades[0], dates[0] if len(dates) == 1 else None,
                                 mentions)
            if rating is not None:
                found.append(rating)
            index += 1
    return found


def _row_rating(text: str, line: re.Match[str], council: int, grade: int, dated: int | None,
                mentions: list[Mention]) -> ListedRating | None:
    cells = _cells(line.group())
    if max(council, grade, dated or 0) >= len(cells):
        return None
    name_start = line.start() + cells[council][0]
    name_end = name_start + len(cells[council][1])
    mention = next((m for m in mentions if name_start <= m.start < name_end), None)
    words = list(re.finditer(genres.GRADE_WORDS, cells[grade][1], re.I))
    if mention is None or len(words) != 1 or grade_value(words[0].group()) is None:
        return None  # no council, or a cell of no grade or of two
    grade_at = line.start() + cells[grade][0] + words[0].start()
    date = None
    date_span = None
    if dated is not None:
        month_year = MONTH_YEAR_PATTERN.search(cells[dated][1])
        year = month_year or re.search(r"\b(?:19|20)\d\d\b", cells[dated][1])
        if month_year is not None:
            date = f"{month_year['y']}-{month_number(month_year['m']):02d}"
        elif year is not None:
            date = year.group()
        if year is not None:
            date_at = line.start() + cells[dated][0] + year.start()
            date_span = (date_at, date_at + len(year.group()))
    grade_span = (grade_at, grade_at + len(words[0].group()))
    return ListedRating(mention.authority, grade_value(words[0].group()) or "", grade_span, date, date_span)
