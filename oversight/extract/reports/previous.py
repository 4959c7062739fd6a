"""Earlier full inspections a document refers to, as 'mentioned' events."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from oversight.extract.model import Event
from oversight.extract.shared.dates import month_number
from oversight.extract.shared.prose import sentences
from oversight.extract.shared.vocabulary import PREVIOUS_GRADE, PREVIOUS_INSPECTION, grade_value
from oversight.reference import AuthorityResolver

# Earlier inspections of something other than the council's children's services as a whole.
NOT_THE_COUNCIL = re.compile(
    r"fostering|adoption|youth\s+offending|safeguarding\s+children\s+board|LSCB|school|children.s\s+home|nursery"
    r"|SEND|special\s+educational|residential|secure", re.I)
GRADE_WINDOW = 220  # characters after the date within which a grade belongs to that inspection
# Inspections before the SIF (2013) looked at one part of the service at a time: their overall grade is that part's,
# never the council's overall effectiveness ('the previous inspection of the local authority's services for
# children looked after was published in June 2012 ... judged to be good').
THEMED_INSPECTIONS = (
    (re.compile(r"(?:services|arrangements)\s+for\s+(?:children\s+)?looked\s+after|looked\s+after\s+children",
                re.I), "children_looked_after"),
    (re.compile(r"protection\s+of\s+children|child(?:ren.s)?\s+protection|safeguarding\s+(?:services|arrangements)",
                re.I), "help_and_protection"),
)


@dataclass
class PreviousInspection:
    event: Event
    start: int  # the words that date it
    end: int
    grade_span: tuple[int, int] | None = None  # the words that grade it
    date_field: str = "start_date"  # or published_date, where the words say when its report came out
    area: str = "overall_effectiveness"  # the judgement its grade is: a themed inspection's is its theme's


def find_previous_inspections(text: str, subject: Event, resolver: AuthorityResolver) -> list[PreviousInspection]:
    """'Since the last inspection in 2017, when services were judged good' -> a mentioned 2017 inspection."""
    found: dict[str, PreviousInspection] = {}
    subject_year = int(subject.start_date[:4]) if subject.start_date else None
    for match in PREVIOUS_INSPECTION.finditer(text):
        # the sentence up to the date and the one before it: 'The adoption service ... was judged adequate at the last
        # inspection in March 2013', 'Of the six council run children's homes ... One was judged to be inadequate at
        # the last inspection in February 2013' tell of a service's inspection, not the council's
        starts = _sentence_starts_near(text, match.start())
        here = bisect_right(starts, match.start()) - 1
        if NOT_THE_COUNCIL.search(text, starts[max(here - 1, 0)] if starts else 0, match.end()):
            continue
        when = match["when"].split()
        year = int(when[-1])
        if subject_year is not None and year >= subject_year + (0 if len(when) == 1 else 1):
            continue
        date_text = f"{year:04d}" if len(when) == 1 else f"{year:04d}-{month_number(when[0]):02d}"
        if subject.start_date and date_text >= subject.start_date[: len(date_text)]:
            continue
        window = text[match.end(): match.end() + GRADE_WINDOW]
        sentence_end = re.search(r"\.\s", window)
        grade = PREVIOUS_GRADE.search(window[: sentence_end.end() + 120] if sentence_end else window)
        words = match.group()
        area = next((theme for pattern, theme in THEMED_INSPECTIONS if pattern.search(words)), "overall_effectiveness")
        date_field = "published_date" if re.search(r"\bpublished\b", words, re.I) else "start_date"
        judgements = {}
        grade_span = None
        if grade and grade_value(grade["grade"]):
            judgements[area] = grade_value(grade["grade"])
            grade_span = (match.end() + grade.start(), match.end() + grade.end())
        if date_text in found and (found[date_text].event.judgements or not judgements):
            continue
        event = Event(role="mentioned", kind="full_inspection", local_authority=subject.local_authority,
                      judgements=judgements, **{date_field: date_text})  # type: ignore[arg-type]
        if area != "overall_effectiveness":
            event.framework = "pre_sif"
        found[date_text] = PreviousInspection(event, match.start(), match.end(), grade_span, date_field, area)
    return sorted(found.values(), key=lambda p: p.event.start_date or p.event.published_date or "")


SENTENCE_REACH = 1500  # how far back the sentences before a date are looked for


def _sentence_starts_near(text: str, position: int) -> list[int]:
    """The starts of the sentences up to the line of `position`, found from the blank line or page break at least
    SENTENCE_REACH characters before it (no sentence runs over either), not over the whole report."""
    reach = max(0, position - SENTENCE_REACH)
    start = max(text.rfind("\n\n", 0, reach) + 2, text.rfind("\n\f\n", 0, reach) + 3, 0)
    line_end = text.find("\n", position)
    stop = len(text) if line_end < 0 else line_end
    return [start + begin for begin, _ in sentences(text[start:stop])]
