"""Prose helpers shared by letters and secondary sources: clauses, authorities per clause, the document's date."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from oversight.extract import genres
from oversight.extract.dates import DATE_PATTERN, find_dates, parse_date
from oversight.reference import Authority
from oversight.reference.mentions import Mention

_SENTENCE_END = re.compile(r"[.!?]+[’”\"']?(?=\s+[A-Z“\"‘'(\d]|\s*$)")
_ABBREVIATION = re.compile(r"\b(?:St|Cllr|Coun|Dr|Mr|Mrs|Ms|No|Prof|[A-Z])$")


@dataclass
class Clause:
    """A sentence or part of one, with global offsets, the council it speaks of and whether it tells of the past."""

    text: str
    start: int
    end: int
    authority: Authority | None = None
    past: bool = False


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: lines split at full stops that end a sentence (not 'Cllr.' or 'St.')."""
    spans = []
    for line in re.finditer(r"[^\n]+", text):
        cursor = line.start()
        for end in _SENTENCE_END.finditer(text, line.start(), line.end()):
            if _ABBREVIATION.search(text, cursor, end.start()):
                continue
            spans.append((cursor, end.end()))
            cursor = end.end()
        if text[cursor: line.end()].strip():
            spans.append((cursor, line.end()))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def clauses(text: str) -> list[Clause]:
    """Sentences cut where one part tells of an earlier event ('..., since its last inspection in 2017')."""
    out: list[Clause] = []
    for start, end in sentences(text):
        cursor = start
        for brk in genres.CLAUSE_BREAKS.finditer(text, start, end):
            if brk.start() > cursor:
                out.append(Clause(text[cursor: brk.start()], cursor, brk.start()))
            cursor = brk.end()
        if text[cursor:end].strip():
            out.append(Clause(text[cursor:end], cursor, end))
    for clause in out:
        clause.past = bool(genres.PAST_MARKERS.search(clause.text))
    return out


def attribute(clause_list: list[Clause], mentions: list[Mention], primary: Authority | None) -> None:
    """Each clause speaks of the council it names, else of the last one named, else of the primary council."""
    current = primary
    index = 0
    ordered = sorted(mentions, key=lambda m: m.start)
    for clause in clause_list:
        named = None
        while index < len(ordered) and ordered[index].start < clause.end:
            if ordered[index].start >= clause.start:
                named = ordered[index].authority
            index += 1
        if named is not None:
            current = named
        clause.authority = current


def primary_authority(mentions: list[Mention], on: date | None) -> Authority | None:
    """The council named most (a mention in the first 300 characters counts double); ties go to the first named."""
    if not mentions:
        return None
    weights: Counter[str] = Counter()
    first: dict[str, int] = {}
    by_code = {}
    for mention in mentions:
        if on is not None and not mention.authority.exists_on(on):
            continue
        code = mention.authority.la_code
        weights[code] += 2 if mention.start < 300 else 1
        first.setdefault(code, mention.start)
        by_code[code] = mention.authority
    if not weights:
        return None
    best = max(weights, key=lambda c: (weights[c], -first[c]))
    return by_code[best]


_DATE_LABEL = re.compile(r"(?:^|\n)[ \t]*(?:-\s*)?(?:Published|Date|Dated|Posted|Updated|Last\s+updated|Issued)"
                         r"(?:\s+on)?\s*:?\s*(?:\w+day\s+)?", re.I)


@dataclass(frozen=True)
class DocumentDate:
    day: date
    start: int
    end: int
    how: str


def document_date(text: str) -> DocumentDate | None:
    """The document's own date: a date line at the top (letters), a 'Published' line (news), or a meeting date."""
    for label in _DATE_LABEL.finditer(text[:3000]):
        match = DATE_PATTERN.match(text, label.end())
        if match and parse_date(match.group()):
            return DocumentDate(parse_date(match.group()), match.start(), match.end(), "dated line")  # type: ignore[arg-type]
    head = text[:1500]
    for line in re.finditer(r"^[ \t]*(?:[^\n\d]{0,40}?[:\-–]\s*)?(?:\w+day,?\s+)?(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})[ \t]*$", head, re.M):
        day = parse_date(line["date"])
        if day:
            return DocumentDate(day, line.start("date"), line.end("date"), "date line at the top")
    meeting = re.search(r"(?:meeting|held|Cabinet|Committee)\b[^.\n]{0,40}?(?:on\s+)?(?:\w+day,?\s+)?"
                        r"(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})", text[:800])
    if meeting and parse_date(meeting["date"]):
        return DocumentDate(parse_date(meeting["date"]), meeting.start("date"), meeting.end("date"), "meeting date")  # type: ignore[arg-type]
    return None


def latest_date(text: str) -> date | None:
    found = find_dates(text)
    return max(d for d, _, _ in found) if found else None


def date_of_reported_letter(text: str) -> DocumentDate | None:
    """A release with no date of its own that names the date of the letter or report it tells of
    ('Ofsted Letter - 30 August 2024'): relative dates in it are read against that date."""
    match = genres.PUBLISHED_IN_PROSE.search(text)
    if match and parse_date(match["date"]):
        return DocumentDate(parse_date(match["date"]), match.start("date"), match.end("date"),  # type: ignore[arg-type]
                            "the date of the letter or report it tells of")
    return None
