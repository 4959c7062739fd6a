"""An inspection history told line by line: 'February 2015 - Ofsted judges Medway requires improvement', '2.3 March
2017: re-inspection; services were judged requires improvement', '| Jan 2020 | Monitoring visit 1 | Not graded |',
'• 2019 (July): ILACS - INADEQUATE'. Each line is one event, of the date it opens with; no line's grade or date is
another line's, and the prose readers, which join lines without full stops into one sentence, do not read them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from oversight.extract.accounts.secondary import VISIT_NUMBER, Told, day_of, visit_ordinal
from oversight.extract.model import Event
from oversight.extract.shared import clause_words, genres, which_council
from oversight.extract.shared.dates import DAY, MONTH, RANGE_JOINER, YEAR, find_date_ranges, make_date, month_number
from oversight.extract.shared.judgements import FoundGrade, care_judgements_of_their_time, prose_grades, table_grades
from oversight.extract.shared.vocabulary import grade_value
from oversight.extract.shared.when import ORDINAL, ordinal_value
from oversight.extract.shared.which_council import PARTNER_BEFORE
from oversight.reference import Authority
from oversight.reference.mentions import Mention

# What may stand before a line's date: a bullet, a paragraph's number ('2.3', '4)'), a table's bar.
_LEAD_IN = r"[ \t]*(?:[-*•·▪◼■►][ \t]*|\d{1,2}(?:\.\d{1,2})*[.)]?[ \t]+|\|[ \t]*)?"
# The date a line opens with, at the precision it gives: a day or days and a month and year ('4 to 15 March 2024',
# '12 March 2019'), a month or months and a year ('March 2017', 'Jan-Feb 2020', 'January/February 2015'), a season and
# a year ('Spring 2018'), a year with a month after it in brackets ('2019 (July)'), or a year alone.
_OPENING_DATE = (
    rf"(?:(?P<d1>{DAY})(?:[ \t]+(?P<dm1>{MONTH}))?{RANGE_JOINER})?(?P<d2>{DAY})[ \t]+(?P<dm2>{MONTH}),?[ \t]+"
    rf"(?P<dy>{YEAR})"
    rf"|(?:(?P<m1>{MONTH})(?:{RANGE_JOINER}|/))?(?P<m2>{MONTH}),?[ \t]+(?P<my>{YEAR})"
    rf"|(?P<season>spring|summer|autumn|winter)[ \t]+(?P<sy>{YEAR})(?:/\d\d(?!\d))?"
    rf"|(?P<y>{YEAR})(?:/\d\d(?!\d)|[ \t]*\((?P<ym>{MONTH})\))?"
)
# After the date, what parts it from the line's words: a dash, a colon, a bar, a tab, a full stop, a bracket; or a
# capital letter straight after a space ('2019 Ofsted judged ...').
_DATED_LINE = re.compile(
    rf"{_LEAD_IN}(?P<date>{_OPENING_DATE})(?![\w/])[ \t]*(?:[-–—:|.)]+|\t|[ \t](?=[A-Z‘'\"“(]))[ \t]*"
    r"(?P<words>\S[^\n]*)$", re.I)
# A date alone on its line, a heading for the lines under it ('2019' / 'Ofsted judged our services inadequate.'):
# a year or a month, not a day (a story's own date stands alone on a line above it).
_DATE_HEADING = re.compile(rf"{_LEAD_IN}(?P<date>{_OPENING_DATE})[ \t]*[:.–—-]?[ \t]*$", re.I)
# A row of a table, its cells parted by bars or tabs, one of them a date ('| ILACS | March 2019 | Inadequate |').
_CELL = re.compile(r"[^|\t]+")
TIMELINE_LINES = 3  # dated lines that make a page's history a timeline (two where both tell of Ofsted's work)
_BLOCK = 400  # characters: how far the lines under a dated line (or a date heading) may run as its own


@dataclass(frozen=True)
class DatedLine:
    """A timeline's entry: a dated line and the undated lines straight under it (no blank line between), or a date
    heading and the lines under it."""

    start: int
    end: int
    date_start: int
    date_end: int
    date: str  # '2019-07-04', '2019-07' or '2019', as the line gives it
    end_date: str | None  # the last day or month of a range the line opens with
    words_start: int  # where the entry's words after the date begin
    heading: bool = False  # a date alone on its line

    def of(self, text: str) -> str:
        return text[self.words_start: self.end]


def _date_of(line: re.Match[str]) -> tuple[str, str | None] | None:
    if line["dy"]:
        year, month = int(line["dy"]), month_number(line["dm2"])
        last = make_date(year, month, int(re.sub(r"\D", "", line["d2"])))
        first = None
        if line["d1"]:
            first_month = month_number(line["dm1"]) if line["dm1"] else month
            first = make_date(year, first_month, int(re.sub(r"\D", "", line["d1"])))
        if last is None or (line["d1"] and (first is None or first > last)):
            return None
        return (first.isoformat(), last.isoformat()) if first else (last.isoformat(), None)
    if line["my"]:
        year, month = int(line["my"]), month_number(line["m2"])
        if line["m1"]:
            first_month = month_number(line["m1"])
            if first_month > month:
                return None
            return f"{year:04d}-{first_month:02d}", f"{year:04d}-{month:02d}"
        return f"{year:04d}-{month:02d}", None
    if line["sy"]:
        return line["sy"], None  # a season is no month: the year is what the line settles
    if line["ym"]:
        return f"{line['y']}-{month_number(line['ym']):02d}", None
    return line["y"], None


def _dated(text: str, start: int, end: int) -> DatedLine | None:
    """The line text[start:end] as a timeline's entry, if it opens with a date, is a date heading, or is a row of a
    table with a date cell."""
    line = _DATED_LINE.match(text, start, end)
    if line is not None and (dated := _date_of(line)) is not None:
        return DatedLine(start, end, line.start("date"), line.end("date"), *dated, line.start("words"))
    heading = _DATE_HEADING.match(text, start, end)
    if heading is not None and not heading["dy"] and (dated := _date_of(heading)) is not None:
        return DatedLine(start, end, heading.start("date"), heading.end("date"), *dated, end, heading=True)
    if text.count("|", start, end) + text.count("\t", start, end) >= 2:
        for cell in _CELL.finditer(text, start, end):
            inner = re.match(rf"[ \t]*(?P<date>{_OPENING_DATE})[ \t]*$", cell.group(), re.I)
            if inner is not None and (dated := _date_of(inner)) is not None:
                return DatedLine(start, end, cell.start() + inner.start("date"), cell.start() + inner.end("date"),
                                 *dated, start)
    return None


def dated_lines(text: str, read_already: tuple[int, ...] = ()) -> list[DatedLine]:
    """The entries of a timeline, or none where the page has no timeline (fewer than three entries, or two that do
    not both tell of Ofsted's work; date headings count only where there are two or more of them). Lines holding a
    position of `read_already` (a table of councils' ratings, read by listed.py) are no entries."""
    lines, offset = [], 0
    for line in text.split("\n"):
        lines.append((offset, offset + len(line)))
        offset += len(line) + 1
    found: list[DatedLine] = []
    current: DatedLine | None = None
    blank_after_heading = False
    for start, end in lines:
        dated = _dated(text, start, end)
        if dated is not None:
            current = dated
            found.append(current)
            blank_after_heading = current.heading
            continue
        if current is None:
            continue
        if not text[start:end].strip():
            if blank_after_heading and current.end == current.words_start:
                continue  # the blank line between a date heading and its words
            current = None
            continue
        if end - current.start > _BLOCK:
            current = None
            continue
        # an undated line straight under an entry goes on with it
        words_start = start if current.heading and current.end == current.words_start else current.words_start
        current = DatedLine(current.start, end, current.date_start, current.date_end, current.date,
                            current.end_date, words_start, current.heading)
        found[-1] = current
    if sum(entry.heading for entry in found) < 2:
        found = [entry for entry in found if not entry.heading]
    found = [entry for entry in found if entry.end > entry.words_start
             and not any(entry.start <= position < entry.end for position in read_already)]
    of_ofsted = [entry for entry in found if _OFSTEDS_WORK.search(entry.of(text))]
    if len(found) >= TIMELINE_LINES or len(of_ofsted) >= 2:
        return found
    return []


# Words that make a line tell of Ofsted's work: an inspection, a visit, a grade.
_OFSTEDS_WORK = re.compile(r"\binspect|\bvisit|\bOfsted\b|\bILACS\b|\bSIF\b|\bJTAI\b|\bjudged?\b|\brated\b|\bgraded\b"
                           rf"|{genres.GRADE_WORDS}", re.I)


# Words of what others did that a timeline lists beside Ofsted's work: a commissioner, a direction, a notice, a trust,
# a board, a new director. A line that opens with them is not an inspection ('November 2018 - commissioner appointed
# after the inspection'); nor is one that tells of an inspection only as what came before ('Following the July
# inspection, an improvement board was set up').
_OTHERS_ACTION = re.compile(r"\b(?:commissioner|direction|improvement\s+(?:notice|board|plan|partner)|notice|trust"
                            r"|board|director|chief\s+executive|minister|secretary\s+of\s+state|DfE|Department\s+for"
                            r"\s+Education|government|partnership|sector-led|appointed|took\s+over|takes\s+over"
                            r"|handed|transferred|set\s+up|launched|created|formed|lifted|revoked|issued|ends?\b)",
                            re.I)
_EVENT_WORD = re.compile(r"\b(?:re-?inspect\w*|inspect\w*|visit\w*|ILACS|SIF|JTAI|judge[ds]?|rated|rates|graded|grades"
                         r"|report\s+published|Ofsted\s+(?:found|finds|says|said|judge\w*|rate\w*))\b", re.I)
_LOOKS_BACK = re.compile(r"\b(?:(?<!looked\s)after|following|since|before)\s+(?:\w+\s+){0,4}?$", re.I)
_SEVERAL = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|\d{1,2})\s+(?:\w+\s+)?"
                      r"(?:visits|inspections)\b", re.I)
_PUBLISHED = re.compile(r"\b(?:report|letter|findings|outcome)\s+(?:was\s+|were\s+)?published\b|^\s*published\b",
                        re.I)
# 'Monitoring visit 3', 'MV3', 'monitoring visit no. 4', '(visit 5)'
_VISIT_NUMBERED = re.compile(r"\b(?:monitoring\s+visit|MV|visit)\s*(?:no\.?|number|#)?\s*\(?(?P<number>\d{1,2})"
                             r"(?:st|nd|rd|th)?\b\)?|\b(?P<nth>\d{1,2})(?:st|nd|rd|th)\s+(?:monitoring\s+)?visit\b"
                             rf"|\b(?P<ordinal>{ORDINAL})\s+of\s+(?:\w+\s+)?monitoring\s+visits\b", re.I)
# A grade standing alone as the line's outcome: first, after a colon, a dash, a bar or a bracket, or in capitals
# ('2015 – Inadequate again at single inspection').
_BARE_GRADE = re.compile(rf"(?:^|[:|(–—-]|\bgrade\b|\boutcome\b|\bresult\b)[ \t]*[‘'\"“]?"
                         rf"(?P<grade>{genres.GRADE_WORDS})"
                         rf"|(?-i:\b(?P<capitals>OUTSTANDING|GOOD|INADEQUATE|REQUIRES\s+IMPROVEMENT(?:\s+TO\s+BE\s+GOOD)?"
                         rf"|ADEQUATE)\b)", re.I)
_NOT_GRADED = re.compile(r"\b(?:not\s+graded|ungraded|no\s+(?:grade|judge?ment)s?)\b", re.I)


def timeline_events(text: str, lines: list[DatedLine], mentions: list[Mention], primary: Authority | None,
                    reference: date | None) -> list[Told]:
    """One event for each line that tells of Ofsted's work, of the council the line names (else the page's), with
    the line's date and the grades the line itself gives."""
    found = []
    for line in lines:
        words = line.of(text)
        heading = _council_of_the_heading(text, line, lines, mentions)
        told = _line_event(text, line, words, mentions, heading or primary)
        if told is None:
            continue
        if reference is not None and told.event.start_date and told.event.start_date > reference.isoformat():
            continue  # a line of what is still to come ('2026 - next inspection due')
        found.append(told)
    return found


def _line_event(text: str, line: DatedLine, words: str, mentions: list[Mention],
                primary: Authority | None) -> Told | None:
    event_word = _EVENT_WORD.search(words)
    grade_word = re.search(genres.GRADE_WORDS, words, re.I)
    if event_word is None and grade_word is None:
        return None
    first = min(m.start() for m in (event_word, grade_word) if m is not None)
    action = _OTHERS_ACTION.search(words, 0, first)
    if action is not None or (event_word is not None and _LOOKS_BACK.search(words, 0, event_word.start())):
        return None  # what others did, after or before an inspection the line does not date
    if clause_words.FUTURE_MARKERS.search(words) or genres.GRADE_HOPED.search(words):
        return None
    if _SEVERAL.search(words) and grade_word is None and not _VISIT_NUMBERED.search(words):
        return None  # '2015 to 2017 – seven monitoring visits by Ofsted': several events, none dated (not 'The first
        # of six monitoring visits took place in March')
    named = _councils_of_the_line(text, line, mentions)
    authority = named[0].authority if named else primary
    if authority is None:
        return None
    kind = _kind(words)
    if kind is None:
        return None
    event = Event(role="mentioned", kind=kind, local_authority=authority)
    told = Told(event)
    how = f"the timeline's line for {text[line.date_start: line.date_end]}: its date is the event's"
    if kind != "full_inspection" and kind != "other":
        number = VISIT_NUMBER.search(words) or None
        value = visit_ordinal(number) if number else None
        if value is None and kind == "monitoring_visit":
            numbered = _VISIT_NUMBERED.search(words)
            if numbered is not None:
                value = ordinal_value(numbered["ordinal"]) if numbered["ordinal"] \
                    else int(numbered["number"] or numbered["nth"])
        if value is not None:
            event.visit_number = value
            told.note("visit_number", line.words_start, line.end)
    _date_the_event(text, line, words, told, how)
    if named:
        told.note("local_authority", named[0].start, named[0].end)
    if kind == "full_inspection":
        _grades(text, line, words, told)
    return told


# Words that make a date after them another event's ('since the inspection in March', 'than at the last one in May').
_EARLIER_ONE = re.compile(r"\b(?:since|before|previous|last|earlier|than)\b[^.;]{0,40}$", re.I)
_IN_A_MONTH = re.compile(rf"\b(?:in|during|on)\s+(?:early\s+|late\s+|mid-)?(?P<month>{MONTH})(?!\s*,?\s*\d)", re.I)


def _date_the_event(text: str, line: DatedLine, words: str, told: Told, how: str) -> None:
    """The event's days (or month, or year) and the day its report was published: a publication the words date
    ('fieldwork 30 September to 11 October 2024; report published 22 November 2024') is that; the line's own date is
    the publication's where the words say the report was published and date nothing else, else the event's."""
    event = told.event
    published = _published_in_the_words(text, line)
    if published is not None:
        value, start, end = published
        event.published_date = value
        told.note("published_date", start, end, "the day the timeline's entry says the report was published")
    begins, ends, span, how = _finer_date(text, line) or (line.date, line.end_date, (line.date_start, line.date_end),
                                                          how)
    if published is not None and span == (line.date_start, line.date_end) and value.startswith(line.date):
        return  # ('March 2019 – report published on 12 March 2019'): the line's date is the report's
    if published is None and _PUBLISHED.search(words):
        event.published_date = begins
        told.note("published_date", *span, how)
        return
    event.start_date, event.end_date = begins, ends
    told.note("start_date", *span, how)
    if ends:
        told.note("end_date", *span, how)


_PUBLISHED_ON = re.compile(r"\bpublish\w*\s*(?:on\s+)?:?\s*$", re.I)


def _published_in_the_words(text: str, line: DatedLine) -> tuple[str, int, int] | None:
    year = int(line.date[:4])
    for found in find_date_ranges(text, line.words_start, line.end, reference=date(year + 1, 12, 31)):
        if found.start == found.end and _PUBLISHED_ON.search(text, max(line.words_start, found.text_start - 30),
                                                             found.text_start):
            return found.start.isoformat(), found.text_start, found.text_end
    return None


def _finer_date(text: str, line: DatedLine) -> tuple[str, str | None, tuple[int, int], str] | None:
    """The days or the month the entry's words give, where its date gives only the year (or the month): '2019 -
    inspected between 4 and 15 March', '2022' / 'Ofsted rated us good after an inspection in October'."""
    if line.end_date or len(line.date) == 10:
        return None
    year = int(line.date[:4])
    for found in find_date_ranges(text, line.words_start, line.end, reference=date(year, 12, 31)):
        if found.start.year == year and found.start.isoformat().startswith(line.date) \
                and not _EARLIER_ONE.search(text, line.words_start, found.text_start) \
                and not _PUBLISHED_ON.search(text, max(line.words_start, found.text_start - 30), found.text_start):
            last = found.end.isoformat() if found.end != found.start else None
            return (found.start.isoformat(), last, (found.text_start, found.text_end),
                    f"the days the timeline's entry for {line.date} gives")
    month = _IN_A_MONTH.search(text, line.words_start, line.end)
    if len(line.date) == 4 and month is not None and not _EARLIER_ONE.search(text, line.words_start, month.start()):
        return (f"{year:04d}-{month_number(month['month']):02d}", None, (month.start("month"), month.end("month")),
                f"the month the timeline's entry for {year} names, in that year")
    return None


_HEADING = 100  # characters: a heading above a run of a timeline's lines is short and has no full stop


def _council_of_the_heading(text: str, line: DatedLine, lines: list[DatedLine],
                            mentions: list[Mention]) -> Authority | None:
    """The one council a heading names right above the run of lines this line is in ('Inspections of Cumbria County
    Council (before April 2023)'), if it names one."""
    first = line
    for earlier in reversed([entry for entry in lines if entry.end <= line.start]):
        if text[earlier.end: first.start].strip():
            break
        first = earlier
    before = text[: first.start].rstrip()
    heading_start = before.rfind("\n") + 1
    heading = before[heading_start:]
    if not heading.strip() or len(heading) > _HEADING or heading.endswith("."):
        return None
    named = {m.authority for m in mentions if heading_start <= m.start < len(before)}
    return named.pop() if len(named) == 1 else None


def _councils_of_the_line(text: str, line: DatedLine, mentions: list[Mention]) -> list[Mention]:
    """The councils a line names as its own: not a partner or a neighbour ('2013 Services judged inadequate;
    partnership with Hampshire begins'), nor one named only in a part after a semicolon where the grade is before
    it."""
    grade = re.search(genres.GRADE_WORDS, text[line.words_start: line.end], re.I)
    stop = text.find(";", line.words_start + grade.end(), line.end) if grade else -1
    end = stop if stop >= 0 else line.end
    return [m for m in mentions if line.words_start <= m.start < end
            and not PARTNER_BEFORE.search(text, max(0, m.start - 40), m.start)
            and not which_council.COMPARED_WITH.search(text, max(0, m.start - 40), m.start)]


_FULL_INSPECTION_NAMED = re.compile(r"\bre-?inspect|\bILACS\b|\bSIF\b|\bfull\s+inspection\b", re.I)


def _kind(words: str) -> str | None:
    """The kind the line names first ('Sixth and final monitoring visit before re-inspection' is a visit)."""
    named = [(found.start(), kind) for kind, cue in (("full_inspection", _FULL_INSPECTION_NAMED),
                                                      *genres.EVENT_KIND_CUES[:-1])
             if (found := cue.search(words))]
    if named:
        return min(named)[1]
    if genres.EVENT_KIND_CUES[-1][1].search(words):
        return "full_inspection"
    if re.search(genres.GRADE_WORDS, words, re.I) and not _NOT_GRADED.search(words):
        return "full_inspection"  # 'July 2019: inadequate'
    return None


# A move told with an arrow: 'Inadequate → REQUIRES IMPROVEMENT TO BE GOOD'; the grade after it is the line's.
_GRADE_AFTER_ARROW = re.compile(rf"(?P<grade>{genres.GRADE_WORDS})(?P<capitals>)", re.I)
_ARROW = re.compile(rf"(?:→|⇒|➔|->|=>)[ \t]*[‘'\"“]?(?={genres.GRADE_WORDS})", re.I)


def _grades(text: str, line: DatedLine, words: str, told: Told) -> None:
    on = day_of(told.event.start_date or told.event.published_date or line.date)
    arrows = list(_ARROW.finditer(words))
    after = line.words_start + arrows[-1].end() if arrows else line.words_start
    # rows first ('Overall effectiveness: outstanding. Impact of leaders: outstanding.'), then the words
    rows = table_grades(text, line.words_start, line.end)
    # the words sentence by sentence, as the prose readers read them ('... judged services to be inadequate. The board
    # itself was found to require improvement.': the second is the board's)
    spoken = [g for begin, finish in _sentence_spans(text, line.words_start, line.end)
              for g in prose_grades(text, begin, finish, on) if g.key not in {row.key for row in rows}]
    found: list[FoundGrade] = [grade for grade in rows + spoken if grade.start >= after]
    if not found and not _NOT_GRADED.search(words):
        bare = _GRADE_AFTER_ARROW.match(words, after - line.words_start) if arrows else _BARE_GRADE.search(words)
        if bare is not None:
            name = bare["grade"] or bare["capitals"]
            value = grade_value(name)
            if value is not None:
                start = line.words_start + (bare.start("grade") if bare["grade"] else bare.start("capitals"))
                found = [FoundGrade("overall_effectiveness", value, start, start + len(name),
                                    "the grade the timeline's line gives")]
    # (an area given two grades in one entry is not settled by it: 'judged services to be inadequate. The board
    # itself was found to require improvement', where the second was not read as the board's)
    disputed = {g.key for g in found if any(o.key == g.key and o.grade != g.grade for o in found)}
    found = [g for g in found if g.key not in disputed]
    for grade in found:
        told.event.judgements.setdefault(grade.key, grade.grade)
    care_judgements_of_their_time(told.event.judgements, on)
    for grade in found:
        if told.event.judgements.get(grade.key) == grade.grade:
            told.note(f"judgements.{grade.key}", grade.start, grade.end, grade.how)


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[’”\"']?\s+(?=[A-Z‘“\"'(])")


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, begin = [], start
    for stop in _SENTENCE_BREAK.finditer(text, start, end):
        spans.append((begin, stop.start()))
        begin = stop.end()
    spans.append((begin, end))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def blank_lines(text: str, lines: list[DatedLine]) -> str:
    """The text with the timeline's lines blanked, character for character, so that every offset still points where
    it did and the prose readers do not join a line's grade to the next line's date."""
    for line in lines:
        text = text[: line.start] + " " * (line.end - line.start) + text[line.end:]
    return text


def latest_on_the_timeline(events: list[Told], authority: Authority) -> list[Told]:
    """The council's latest event on the timeline, now the page's subject; none where two share the latest date."""
    own = [told for told in events if told.event.local_authority is authority]
    if not own:
        return []
    latest = max(own, key=lambda told: _when(told.event))
    if sum(_when(told.event) == _when(latest.event) for told in own) > 1:
        return []
    latest.event.role = "subject"
    return [latest]


def _when(event: Event) -> str:
    return event.start_date or event.published_date or ""


def same_event(event: Event, other: Event) -> bool:
    """Whether a timeline's line and an event read from the prose are one: the same council and kind, and dates
    that agree as far as both go (or a visit's number that agrees)."""
    if event.local_authority is not other.local_authority or event.kind != other.kind:
        return False
    if event.visit_number is not None and other.visit_number is not None:
        return event.visit_number == other.visit_number
    ours = [d for d in (event.start_date, event.end_date, event.published_date) if d]
    theirs = [d for d in (other.start_date, other.end_date, other.published_date) if d]
    if not ours or not theirs:
        return False  # (an undated event from the prose: dated_by_the_timeline settles which line, if any, it is)
    return any(a.startswith(b) or b.startswith(a) for a in ours for b in theirs)


def dated_by_the_timeline(subjects: list[Told], events: list[Told]) -> list[Told]:
    """A subject the prose gives no date ('Island children's services rated good again', a headline) is the
    council's latest line of its kind on the timeline, where their grades do not conflict: it takes that line's
    dates and grades, and the line is no event of its own. Returns the lines left."""
    left = list(events)
    for subject in subjects:
        event = subject.event
        if event.start_date or event.end_date or event.published_date:
            continue
        own = [told for told in left if told.event.local_authority is event.local_authority
               and told.event.kind == event.kind]
        if not own:
            continue
        latest = max(own, key=lambda told: _when(told.event))
        if any(latest.event.judgements.get(key, grade) != grade for key, grade in event.judgements.items()):
            continue
        for name in ("start_date", "end_date", "published_date"):
            setattr(event, name, getattr(latest.event, name))
        added = {f"judgements.{key}" for key in latest.event.judgements if key not in event.judgements}
        for key, grade in latest.event.judgements.items():
            event.judgements.setdefault(key, grade)
        subject.evidence.extend(item for item in latest.evidence
                                if not item[0].startswith("judgements.") or item[0] in added)
        left.remove(latest)
    return left
