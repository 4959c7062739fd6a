"""Ratings listed line by line: a league table of councils, each line a council's name, its grade and perhaps the
month of its inspection ('Barnet: Outstanding – June 2021', 'Bexley - Good (July 2019)', 'Hackney | Requires
improvement | July 2023'). Each line gives that council's last full inspection, and nothing else on the line can
be taken for another council's or another time's."""

from __future__ import annotations

import re
from dataclasses import dataclass

from oversight.extract.shared import genres
from oversight.extract.shared.dates import MONTH, month_number
from oversight.extract.shared.vocabulary import grade_value
from oversight.reference import Authority
from oversight.reference.mentions import Mention

# A line that is only a name, a separator, a grade and perhaps a date: what stands before the separator must be a
# council's name as the mention finder found it (with 'Council' and the like after it at most).
_LISTED_LINE = re.compile(
    rf"^[ \t]*(?:[-*•·▪][ \t]*)?(?P<name>[^\n:|–—]{{2,70}}?)[ \t]*(?::|\||[–—-](?=[ \t]))[ \t]*[‘'\"“]?"
    rf"(?P<grade>{genres.GRADE_WORDS})[’'\"”]?[ \t]*"
    rf"(?:(?:[–—,|-]|\()[ \t]*(?:(?:last\s+)?(?:inspected|published|judged)\s+(?:in\s+)?)?"
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
    found = []
    for line in _LISTED_LINE.finditer(text):
        mention = next((m for m in mentions if m.start == line.start("name")
                        and _COUNCIL_WORDS.fullmatch(text, m.end, line.end("name"))), None)
        grade = grade_value(line["grade"])
        if mention is None or grade is None:
            continue
        date = None
        if line["year"]:
            date = line["year"] + (f"-{month_number(line['month']):02d}" if line["month"] else "")
        found.append(ListedRating(mention.authority, grade, (line.start("grade"), line.end("grade")), date,
                                  (line.start("date"), line.end("date")) if line["date"] else None))
    return found
