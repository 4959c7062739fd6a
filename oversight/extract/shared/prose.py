"""Prose helpers shared by letters and secondary sources: sentences, clauses, their times and the authority each
clause is about (the page's own date is read in page_dates)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from oversight.extract.shared import clause_words, genres, which_council
from oversight.extract.shared.dates import MONTH, find_dates, month_number
from oversight.extract.shared.page_dates import DATE_LINE
from oversight.reference import Authority
from oversight.reference.mentions import Mention

LEAD = 600  # a page's headline and opening lines, where it says what it is about and what it reports

_SENTENCE_END = re.compile(r"[.!?]+[’”\"']?(?=\s+[A-Z“\"‘'(\d]|\s*$)")
_ABBREVIATION = re.compile(r"\b(?:St|Cllr|Coun|Dr|Mr|Mrs|Ms|No|Prof|[A-Z])$")


@dataclass
class Clause:
    """A sentence or part of one, with global offsets, the council it speaks of and whether it tells of the past
    (an earlier event) or the future (one still to come)."""

    text: str
    start: int
    end: int
    authority: Authority | None = None
    past: bool = False
    future: bool = False
    continues: bool = False  # follows ', which' or ', when': it says more of what the clause before spoke of
    shared: bool = False  # speaks of two councils at once ('Both councils ...', 'In both reports ...')
    named: bool = False  # names its council itself, rather than carrying on from the clause before
    paired: tuple[Authority, ...] = ()  # councils it names together ('Kensington and Chelsea, and Westminster')
    # goes back to the sentence's own subject after a clause that began with ', which' ('Bradford Council's services,
    # which were supported by Leeds City Council, | are now rated good')
    resumes: bool = False
    # tells of another body's inspection or verdict (a school's, a self-evaluation's), itself or as a relative
    # clause after one ('the annual self-evaluation, | which graded the service as good overall')
    of_another_body: bool = False

    @property
    def present(self) -> bool:
        return not self.past and not self.future


# A line that a PDF wrapped in mid-sentence: it ends without a stop and the next goes on in lower case, or it ends
# on a word that cannot end a sentence ('... was led by' / 'Karen Wareham, ...').
_OPEN_ENDING = re.compile(r"(?:\b(?:by|of|the|and|or|to|in|for|with|from|a|an|on|at|was|were|is|are|that|its|their"
                          r"|as|has|had|have|be|been|which|who|this|these|his|her|our|your)|[,(–-])[ \t]*$", re.I)
_GOES_ON = re.compile(r"^[ \t]*[a-z(]")
_ROW_OR_ITEM = re.compile(r"^[ \t]*(?:\||[-*•◼■▪]\s|\d{1,2}[.)]\s|\([a-z]\)\s)")
WRAPPED_LINE = 70  # characters: PDF letters and reports wrap at 80-95


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Runs of lines that belong together: each line, unless it wraps a sentence onto the next."""
    spans: list[tuple[int, int]] = []
    lines = list(re.finditer(r"[^\n]+", text))
    for index, line in enumerate(lines):
        if spans and index and _continues(text, lines[index - 1], line):
            spans[-1] = (spans[-1][0], line.end())
        else:
            spans.append((line.start(), line.end()))
    return spans


_STOPPED = re.compile(r"[.!?:;\"”’']$")  # a line that ends a sentence
# A line that opens a sentence of its own, though the line before has no stop (a summary's bullets without their
# marks: '... took over from Cumbria County Council in 2023 | Inspectors said support for care leavers was good').
_OPENS_A_SENTENCE = re.compile(r"[ \t]*(?:Inspectors|Ofsted|It|The\s+(?:council|report|inspectors|watchdog)|This|They"
                               r"|He|She|We|There)\s+(?:said|says|found|finds|has|have|is|was|were|are|will|rated"
                               r"|judged)\b")


def _continues(text: str, previous: re.Match[str], line: re.Match[str]) -> bool:
    if line.start() - previous.end() > 1 or not previous.group().strip():
        return False  # a blank line (or a page break) between them
    before = previous.group().rstrip()
    if _STOPPED.search(before) or DATE_LINE.match(line.group()):
        return False
    if _ROW_OR_ITEM.match(line.group()) or before.lstrip().startswith("|") or before.count(" | ") >= 2 \
            or _OPENS_A_SENTENCE.match(line.group()):
        return False  # a table row (or a line of cells: 'Impact of leaders: Good | Help and protection: ...'), a
        # new item of a list, or a sentence of its own ('Inspectors said support ...')
    # a long line that stops without a stop was wrapped (headings and titles are short)
    return bool(_GOES_ON.match(line.group()) or _OPEN_ENDING.search(before) or len(before.strip()) >= WRAPPED_LINE)


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: paragraphs split at full stops that end a sentence (not 'Cllr.' or 'St.')."""
    spans = []
    for start, stop in paragraphs(text):
        cursor = start
        for end in _SENTENCE_END.finditer(text, start, stop):
            if _ABBREVIATION.search(text, cursor, end.start()):
                continue
            spans.append((cursor, end.end()))
            cursor = end.end()
        if text[cursor:stop].strip():
            spans.append((cursor, stop))
    return [(a, b) for a, b in spans if text[a:b].strip()]


_RELATIVE = re.compile(r"\s*(?:which|who|whose|where)\b", re.I)
_SINCE = re.compile(r"\s*since\b", re.I)
_VERB = re.compile(r"\b(?:was|were|is|are|has|have|had)\b", re.I)


# verbs of a move between grades, which a relative clause may open with ('Torbay, | which moved from inadequate to
# requires improvement, and Derby')
_MOVE_VERB = re.compile(r"\b(?:moved|rose|climbed|fell|dropped|slipped|improved|jumped|went|slid)\b", re.I)


def _verb_end(text: str) -> int:
    """Where a clause's first verb ends (its end, where it has none)."""
    verb = min((m for m in (_VERB.search(text), _MOVE_VERB.search(text)) if m), key=lambda m: m.start(), default=None)
    return verb.end() if verb else len(text)
_GRADE_BESIDE_NAME = re.compile(r"(?:rated|judged|graded)\s", re.I)
_NEWLY = re.compile(r"\b(?:today|yesterday|this\s+week|now|newly|latest|recently|just)\b", re.I)
_EARLIER_THIS_YEAR = re.compile(r"\bearlier\s+(?:this|in\s+the)\s+year\b", re.I)
_AFTER_ITS_YEAR = re.compile(r"(?<=\d\d\d\d),\s+")
SENTENCE_STOP = re.compile(r"[.!?][’”\"']?\s*$")  # a clause that ends its sentence
_VERB_AFTER_RELATIVE = re.compile(r",\s+(?=(?:is|are|was|were|has|have|had)\s)")


# A grade held since a year, told without a comma between: the grade that year's inspection gave.
_HELD_SINCE_YEAR = re.compile(rf"\s+since\s+(?:{MONTH}\s+)?(?:19|20)\d\d\b", re.I)
_GRADE_HELD = (r"\b(?:grade|rating|judge?ment)\s+(?:it|which|that|they)\s+(?:has|have|had)\s+"
               r"(?:held|kept|had|retained|carried)")
_ENDS_IN_A_GRADE = re.compile(rf"\b(?:rated|judged|graded|found\s+to\s+be)\s+(?:as\s+)?[‘'\"“]?{genres.GRADE_WORDS}"
                              rf"[’'\"”]?$|{_GRADE_HELD}$", re.I)  # '..., a grade it has held | since 2019'


def clauses(text: str) -> list[Clause]:
    """Sentences cut where one part tells of an earlier event ('..., since its last inspection in 2017')."""
    out: list[Clause] = []

    def add(begin: int, finish: int, continues: bool, resumes: bool) -> None:
        # a relative clause ends where the sentence's own verb follows it: 'Leeds, which has been rated outstanding,
        # | had been supporting Kirklees'; so does a 'since' that goes on within one: 'The trust, which has run
        # services ... | since April 2018, | was inspected between 2 and 13 May 2022'
        within = continues or (bool(out) and out[-1].continues and out[-1].end > sentence_start
                               and text.startswith("since", begin))
        verb = _VERB_AFTER_RELATIVE.search(text, begin, finish) if within else None
        if continues and _GRADE_BESIDE_NAME.match(text, begin):
            verb = _AFTER_ITS_YEAR.search(text, begin, finish) or verb  # '..., rated inadequate in 2016, | inspectors'
        if verb is not None:
            out.append(Clause(text[begin: verb.start()], begin, verb.start(), continues=continues, resumes=resumes))
            begin, continues, resumes = verb.end(), False, True
        out.append(Clause(text[begin:finish], begin, finish, continues=continues, resumes=resumes))

    sentence_start = 0
    for start, end in sentences(text):
        cursor, continues, resumes, sentence_start = start, False, False, start
        for brk in clause_words.CLAUSE_BREAKS.finditer(text, start, end):
            if _HELD_SINCE_YEAR.match(text, brk.start()) and _ENDS_IN_A_GRADE.search(text, cursor, brk.start()):
                continue  # 'has been rated requires improvement since 2019': the grade is the 2019 inspection's
            if brk.start() > cursor:
                add(cursor, brk.start(), continues, resumes)
            cursor, resumes = brk.end(), brk["resumes"] is not None
            continues = brk["relative"] is not None or brk["onwards"] is not None
        if text[cursor:end].strip():
            add(cursor, end, continues, resumes)
    _mark_times(out)
    return out


# A joint inspection, which the CQC and the inspectorates of police and probation carry out with Ofsted: the council's
# event, not another body's ('Inspectors from Ofsted, ... and HM Inspectorate of Probation carried out a joint
# targeted area inspection').
_JOINT_INSPECTION = re.compile(r"\bjoint\s+(?:targeted\s+area\s+)?inspection\b"
                               r"(?![^.]{0,30}\b(?:SEND|special\s+educational|local\s+area|youth))|\bJTAI\b", re.I)


def _of_another_body(clause: Clause, before: Clause | None) -> bool:
    """Whether a clause tells of a body other than the council's children's services (a school, a home, a SEND
    partnership...): by its own words, with the clause it goes on from, or by a count or pronoun alone after a
    clause that names such bodies ('The Council's four in-house children's homes are registered with Ofsted. |
    Three are currently judged good and one outstanding.')."""
    if genres.OTHER_BODY_EVENT.search(clause.text):
        return True
    if before is None:
        return False
    if clause.continues and genres.OTHER_BODY_EVENT.search(before.text + " " + clause.text):
        return True
    return bool(genres.THEY_ALONE.match(clause.text)) and bool(genres.OTHER_BODIES_NAMED.search(before.text))


def _mark_times(clause_list: list[Clause]) -> None:
    """Whether each clause tells of the past or of what is to come, from its own words."""
    comparing = False  # in the rows of a table that sets Ofsted's grades beside the council's own
    for index, clause in enumerate(clause_list):
        if "|" not in clause.text:
            comparing = False
        elif genres.NOT_OFSTEDS_COLUMN.search(clause.text):
            comparing = True
        before = clause_list[index - 1] if index else None
        clause.of_another_body = comparing or (_of_another_body(clause, before)
                                               and not _JOINT_INSPECTION.search(clause.text))
        clause.past = bool(clause_words.PAST_MARKERS.search(clause.text)) or (
            # a grade told beside a council's name is its standing one, from an inspection before ('Wiltshire, |
            # rated outstanding earlier in the year, | had been generous'), unless it is said to be new
            clause.continues and bool(_GRADE_BESIDE_NAME.match(clause.text)) and not _NEWLY.search(clause.text)) or (
            # ('Hampshire, | whose own services were rated outstanding by Ofsted earlier this year, | has ...': a
            # relative clause's grade of earlier in the year is the named council's standing one)
            clause.continues and bool(_EARLIER_THIS_YEAR.search(clause.text)))
        clause.future = not clause.past and bool(clause_words.FUTURE_MARKERS.search(clause.text))
        if clause.continues and index and clause_list[index - 1].past:
            clause.past = True  # 'At the last inspection in 2019, when services were run by the trust, ...'


# Before a second council's name, and after it, a verb of its own: 'Calderdale was rated good at its last inspection
# in 2018, | and Kirklees moved out of intervention in 2022 after being judged requires improvement'; or, with no
# verb, dates of its own: 'Lambeth was inspected between 6 and 17 March | and Southwark between 24 April and 5 May'.
_AND_BEFORE = re.compile(r",\s+and\s+(?:the\s+)?$")
_PLAIN_AND_BEFORE = re.compile(r"\s+and\s+$")
_OWN_DATES_AFTER = re.compile(rf"(?:\s+(?:City|County|Borough|Council))*\s+(?:between|from|on|in)\s+(?:\d|{MONTH})",
                              re.I)
_OWN_VERB_AFTER = re.compile(r"(?:\s+(?:City|County|Borough|Council|[’']s))*\s+(?:\w+\s+){0,2}?"
                             r"(?:was|were|is|are|has|have|had|moved|remains?|remained|received|became|achieved)\b",
                             re.I)


# 'and the Borough of Poole's were found to require improvement': another council's services, with their own verb
_AND_THE_PLACE_BEFORE = re.compile(r"\s+and\s+(?:the\s+)?(?:(?:Borough|City|County|Royal\s+Borough)\s+of\s+)?$", re.I)
# '..., after Darlington's children's services were judged good': a second council's own verb after 'after'
_AFTER_BEFORE = re.compile(r",?\s+(?:after|following|since|when)\s+$", re.I)
_POSSESSIVE_VERB_AFTER = re.compile(r"[’']s\s+(?:[\w’']+\s+){0,3}?(?:was|were|is|are|has|have|had)\b", re.I)
# Before a second council that has its own verb of grading: a turn, a colon or neighbours ('Manchester City Council
# was rated inadequate in 2014, though neighbouring | Stockport was judged good last year | and Oldham was rated ...';
# "trailing its Merseyside neighbours: | Knowsley was rated good in 2022"; "Sheffield's other South Yorkshire
# neighbours | Barnsley and Doncaster have both been rated good since 2019").
_TURN_BEFORE = re.compile(r"(?:,?\s+(?:though|although|while|whilst|whereas|but)|,?\s+and|:|\bneighbours?)\s+"
                          r"(?:(?:the\s+)?(?:neighbouring|nearby|next-door)\s+)?$", re.I)
_OWN_GRADING_AFTER = re.compile(r"(?:\s+(?:City|County|Borough|Council))*(?:\s+and\s+[A-Z][\w’' -]{2,40}?)?"
                                # ('and neighbouring Dorset Council, which took over ..., was rated good in 2021')
                                r"(?:\s*,\s*(?:which|who)\s[^,.;]{0,100},)?\s+"
                                r"(?:was|were|has|have|had|is|are)\s+(?:both\s+|all\s+|also\s+)?(?:been\s+)?"
                                r"(?:\w+\s+)?(?:rated|judged|graded|found)\b")
# After a turn to a second council, an event of its own: 'Havering rises to good | while Bradford monitoring visit
# finds "fragile" progress' (a round-up's headline), '..., but Sefton's latest inspection found ...'.
_WHILE_BEFORE = re.compile(r",?\s+(?:though|although|while|whilst|whereas|but)\s+$", re.I)
_OWN_EVENT_AFTER = re.compile(r"(?:\s+(?:City|County|Borough|Council))*(?:[’']s)?\s+(?:[\w’'-]+\s+){0,2}?"
                              r"(?:monitoring\s+visit|focus(?:s?ed)?\s+visit|inspection|re-inspection|JTAI)\b", re.I)
# A council named only as the one formed or created, opening a sentence about those before it: 'Before BCP Council
# was formed in 2019, Bournemouth Borough Council's children's services were rated good in 2017'.
_FORMED_AFTER = re.compile(r"\s+(?:was|were)\s+(?:formed|created|established|set\s+up)\b", re.I)


def _named_before(mention: Mention, clause: Clause, mentions: list[Mention]) -> bool:
    """Whether the clause names another council before this one."""
    return any(n.start < mention.start and n.authority is not mention.authority for n in mentions
               if clause.start <= n.start < clause.end)


def _second_of_a_pair(mention: Mention, clause: Clause, mentions: list[Mention]) -> bool:
    """Whether the council is named just after another, joined by 'and' alone: the two share the verb after them
    ('North and West Northamptonshire have been rated ...', 'Barnsley and Doncaster have both been rated ...')."""
    before = [m for m in mentions if clause.start <= m.start and m.end <= mention.start]
    return bool(before) and which_council.PAIRED_COUNCILS.fullmatch(
        clause.text, before[-1].end - clause.start, mention.start - clause.start) is not None


def split_at_second_councils(clause_list: list[Clause], mentions: list[Mention]) -> list[Clause]:
    """Clauses cut where ', and' brings in another council with a verb of its own, 'and' another council's services
    with their verb ('and the Borough of Poole's were found'), or 'and' another council with dates of its own, so
    that each council's words are its own clause (a clause speaks of the council it names first); and after an
    opening that names only the council formed ('Before BCP Council was formed in 2019, | Bournemouth ...')."""
    out: list[Clause] = []
    for clause in clause_list:
        # (', and Bury was judged ...' after words of the council before, named or not: 'They were judged
        # inadequate in 2019, | and Bury was judged inadequate in 2021')
        cuts = [m.start for m in mentions if clause.start < m.start < clause.end
                and (_AND_BEFORE.search(clause.text, 0, m.start - clause.start)
                     and _OWN_VERB_AFTER.match(clause.text, m.end - clause.start)
                     and (_VERB.search(clause.text, 0, m.start - clause.start) or _named_before(m, clause, mentions))
                     or ((_AND_THE_PLACE_BEFORE.search(clause.text, 0, m.start - clause.start)
                          or _AFTER_BEFORE.search(clause.text, 0, m.start - clause.start))
                         and _POSSESSIVE_VERB_AFTER.match(clause.text, m.end - clause.start)
                         or _PLAIN_AND_BEFORE.search(clause.text, 0, m.start - clause.start)
                         and _OWN_DATES_AFTER.match(clause.text, m.end - clause.start))
                     and _named_before(m, clause, mentions)
                     or _TURN_BEFORE.search(clause.text, 0, m.start - clause.start)
                     and _OWN_GRADING_AFTER.match(clause.text, m.end - clause.start)
                     and _named_before(m, clause, mentions) and not _second_of_a_pair(m, clause, mentions)
                     or _WHILE_BEFORE.search(clause.text, 0, m.start - clause.start)
                     and _OWN_EVENT_AFTER.match(clause.text, m.end - clause.start)
                     and _named_before(m, clause, mentions))]
        formed = [m for m in mentions if clause.start <= m.start < clause.end]
        if len(formed) > 1 and _FORMED_AFTER.match(clause.text, formed[0].end - clause.start):
            comma = clause.text.find(", ", formed[0].end - clause.start, formed[1].start - clause.start)
            if comma >= 0:
                cuts = sorted({clause.start + comma + 2, *cuts})
        begin, continues, resumes = clause.start, clause.continues, clause.resumes
        text = clause.text
        for cut in cuts:
            out.append(Clause(text[begin - clause.start: cut - clause.start], begin, cut, continues=continues,
                              resumes=resumes))
            begin, continues, resumes = cut, False, False
        out.append(Clause(text[begin - clause.start:], begin, clause.end, continues=continues, resumes=resumes))
    _mark_times(out)
    return out


# 'in 2018', 'in March 2018', 'the September 2022 focused visit', '(published December 2010)', "Ofsted's 2022
# rating", 'the same grading as 2019' (not 'a step up from 2014')
# ('By 2018 services had improved to requires improvement')
_EARLIER_YEAR = re.compile(r"\b(?:(?i:in|by|published|dated)\s+(?:\w+\s+)?"
                           r"|(?:the|an?|its|their)\s+(?:[A-Z][a-z]+\s+)?"
                           r"|[’']s\s+"
                           r"|(?:up|on|down|decline|fall|drop)\s+from\s+"  # 'It is a step up from 2012, when ...'
                           r"|\bfar\s+cry\s+from\s+(?:\w+\s+)?"  # 'It is a far cry from November 2016, when ...'

                           # 'rated requires improvement since 2019'
                           r"|\b(?:rated|judged|graded)\s+\S+(?:\s+\S+){0,4}\s+since\s+(?:\w+\s+)?"
                           rf"|{_GRADE_HELD}\s+since\s+(?:\w+\s+)?"  # '..., a grade it has held since 2019'
                           r"|[Ii]n\s+the\s+(?:spring|summer|autumn|winter)\s+of\s+"  # 'in the autumn of 2019'
                           # 'at the start of 2023', 'by the end of 2021'
                           r"|(?i:at|by|towards|until)\s+the\s+(?:start|end|beginning|turn|middle)\s+of\s+"
                           # "Ofsted's inspection of November 2014"
                           r"|(?:inspection|visit)\s+of\s+(?:\w+\s+)?"
                           r"|the\s+same\s+\w+\s+as\s+)(?P<year>(?:19|20)\d\d)\b")
_MONTH_BEFORE_YEAR = re.compile(rf"(?P<month>{MONTH})\s+$", re.I)
LATELY = 183  # days: a month this close before the story's date, in the year before, may be the story's own event


def _lately(year: re.Match[str], on: date) -> bool:
    """Whether 'in November 2019' in a story of January 2020 names a month just before the story: its own inspection,
    told in the new year, not an earlier one."""
    month = _MONTH_BEFORE_YEAR.search(year.string, 0, year.start("year"))
    if month is None or int(year["year"]) != on.year - 1:
        return False
    return 0 <= (on - date(on.year - 1, month_number(month["month"]), 1)).days <= LATELY


_DAY_DATE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:(?:and|to|-|–)\s+\d{1,2}(?:st|nd|rd|th)?\s+)?"
                       r"[A-Z][a-z]+\s+(?P<year>(?:19|20)\d\d)\b")
_EVENT_WORDS = re.compile(r"inspect|visit|rated|judged|judge?ment|graded|rating|assessment|found\s+to\b"
                          rf"|requir\w*\s+improvement|{genres.JOURNEY_STEP_GRADE.pattern}"
                          rf"|{genres.JOURNEY_START.pattern}", re.I)


def story_anchor(text: str, on: date | None) -> date | None:
    """The day a story is told from: its own date, else the latest full date it gives outside clauses about the
    future (a story with no dateline that says the inspection ran '10 to 14 June 2024' speaks from 2024)."""
    if on is not None:
        return on
    days = []
    for day, start, end in find_dates(text):
        sentence_end = text.find(".", end)
        sentence = text[text.rfind(".", 0, start) + 1: sentence_end if sentence_end >= 0 else len(text)]
        if not clause_words.FUTURE_MARKERS.search(sentence):
            days.append(day)
    if days:
        return max(days)
    # else the year it calls its latest ('In the latest Ofsted report of Stockport Council for 2025'): a year, so the
    # last day of it, for mark_dated_past compares only years
    latest = [int(m["year"]) for m in _LATEST_YEAR.finditer(text)]
    return date(max(latest), 12, 31) if latest else None


_LATEST_YEAR = re.compile(r"\b(?:latest|most\s+recent)\b[^.\n]{0,60}?\b(?P<year>(?:19|20)\d\d)\b", re.I)


def mark_dated_past(clause_list: list[Clause], on: date | None) -> None:
    """A clause that tells of an inspection or a rating 'in' a year before the document's own is about the past
    ('Leeds was rated outstanding for its children's services in 2018', in a story of 2023)."""
    if on is None:
        _mark_years_as_past(clause_list)
        return
    for index, clause in enumerate(clause_list):
        # the words of the event may follow in a clause that goes on from this one ('it is a long way from 2014, |
        # when inspectors found the council's support inadequate')
        following = clause_list[index + 1] if index + 1 < len(clause_list) else None
        going_on = following.text if following is not None and following.continues else ""
        # or in the clause it goes on from ("Hackney's rating fell from good, | which it received in 2019")
        gone_on_from = clause_list[index - 1].text if clause.continues and index else ""
        if clause.past or not _EVENT_WORDS.search(" ".join((gone_on_from, clause.text, going_on))):
            continue
        days = [int(m["year"]) for m in _DAY_DATE.finditer(clause.text)]
        # a day two years or more before the story's ('Ofsted re-inspected Children's Services on 6th to 30th March
        # 2017', in minutes of 2019) dates the past as 'in 2017' does; a day of the year before may be the story's
        # own inspection, told in the new year
        years = [int(m["year"]) for m in _EARLIER_YEAR.finditer(clause.text) if not _lately(m, on)] \
            + [y for y in days if y < on.year - 1]
        # a clause that also gives a date of the story's own year ('On 26 and 27 March 2025 ... following the
        # inspection in December 2023') tells of the present as well
        # or a year of the story's own said to be early, mid or late ('visits in late 2024 and early 2025')
        qualified = [int(m["year"]) for m in genres.QUALIFIED_YEAR.finditer(clause.text)]
        latest = max([*years, *days, *qualified], default=0)
        if years and latest < on.year:
            clause.past, clause.future = True, False


def _mark_years_as_past(clause_list: list[Clause]) -> None:
    """Without the document's own date, the latest year it gives stands for now, and a year it says is behind it
    ('since 2019', 'the last inspection in 2016') is past: a rating told 'in' an earlier year ('rated them
    inadequate in 2016', in a story that goes on to a visit of January 2020) is that year's event, not the one the
    page reports."""
    told = [int(m["year"]) for clause in clause_list if not clause.future
            for m in _ANY_YEAR.finditer(clause.text)]
    if not told:
        return
    now = max(told)
    behind = {int(m["year"]) for clause in clause_list for m in _YEAR_BEHIND.finditer(clause.text)}
    for clause in clause_list:
        if clause.past or not _EVENT_WORDS.search(clause.text):
            continue
        years = [int(m["year"]) for m in _EARLIER_YEAR.finditer(clause.text)]
        if years and (max(years) < now or set(years) <= behind):
            clause.past, clause.future = True, False


_ANY_YEAR = re.compile(r"\b(?P<year>(?:19|20)\d\d)\b")
_YEAR_BEHIND = re.compile(r"\b(?:since|(?:last|previous|earlier|prior)\s+(?:full\s+|Ofsted\s+)?inspection\s+"
                          r"(?:in|of)|previously\s+in)\s+(?:\w+\s+)?(?P<year>(?:19|20)\d\d)\b", re.I)


def carry_past(clause_list: list[Clause]) -> None:
    """A clause that goes on from one about the past tells of the past too ('since 2022, | when services were
    rated requires improvement')."""
    _mark_history_sections(clause_list)
    for before, clause in zip(clause_list, clause_list[1:], strict=False):
        # 'rated "good | but requires ..."', within one sentence (not the next sentence of a quote: "Two years ago we
        # were ... | To be judged good at the first attempt is a tribute")
        inside_quote = sum(before.text.count(q) for q in '"“”') % 2 == 1 and not SENTENCE_STOP.search(before.text)
        # '... was last the subject of a full inspection in February and March of 2019. | The resultant judgement
        # from that inspection was ...': 'that inspection' is the one just told of
        refers_back = genres.THAT_EVENT.search(clause.text) is not None
        # 'Hertfordshire's last full inspection took place in November 2019. | Services were judged good overall':
        # a grade told in the past tense, with no time of its own, right after the last inspection is told of
        that_inspections = (_LAST_INSPECTION_TOLD.search(before.text) is not None
                            and _GRADED_IN_THE_PAST.match(clause.text) is not None
                            and not _A_TIME_OF_ITS_OWN.search(clause.text))
        # '2.2 In December 2022 Ofsted carried out a focused visit ... | The letter, published on 1 February 2023,
        # found ...': the letter of the visit just told of
        # (not 'The report, published today, follows an inspection ...': the page's own news)
        its_letter = _ITS_LETTER.match(clause.text) is not None and _A_VISIT_TOLD.search(before.text) is not None \
            and not _now_or_lately(clause.text)
        if (clause.continues or inside_quote or refers_back or that_inspections or its_letter) and before.past \
                and not clause.future:
            clause.past = True


_HISTORY_HEADING = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:Our\s+|The\s+council['’]s\s+)?(?:Ofsted\s+)?"
                              r"(?:inspection\s+history|history\s+of\s+(?:Ofsted\s+)?inspections?"
                              r"|previous\s+(?:Ofsted\s+)?inspections)\s*:?\s*$", re.I)
# A clause that opens the next section: its number alone ('3.'), or a heading in capitals ('BACKGROUND').
_NEXT_SECTION = re.compile(r"^\s*(?:\d+\.?|(?-i:[A-Z][A-Z ,&'’-]{3,60}))\s*$")


def _mark_history_sections(clause_list: list[Clause]) -> None:
    """Clauses under a heading over the council's record ('2. Our inspection history'), up to the next section or to
    a clause with a time of its own ('now', 'this year'), tell of the past."""
    history = False
    for clause in clause_list:
        if _HISTORY_HEADING.match(clause.text):
            history = True
        elif _NEXT_SECTION.match(clause.text) or _now_or_lately(clause.text):
            history = False
        elif history and not clause.future:
            clause.past = True


_ITS_LETTER = re.compile(r"\s*(?:The|Its|Their|Ofsted['’]s)\s+letter\b(?!\s+(?:of|on|into|from)\b)", re.I)
_A_VISIT_TOLD = re.compile(r"\bvisit\b", re.I)
# ('Our last ILACS standard inspection took place between 11 and 22 November 2019. | Ofsted judged services good')
_LAST_INSPECTION_TOLD = re.compile(r"\b(?:last|previous)\s+(?:(?:full|ILACS|Ofsted|standard|short|graded)\s+){0,2}"
                                   r"inspection\s+(?:took\s+place|was)\b"
                                   # "BCP Council's first inspection under the ILACS framework took place in ..."
                                   r"|\bfirst\s+(?:\w+\s+){0,2}inspection\s+(?:under\s+(?:the\s+)?[\w-]+\s+framework\s+)?"
                                   r"(?:took\s+place|was\s+(?:carried\s+out|held))\b"
                                   # 'Ofsted's single inspection of ... was carried out in September and October 2016'
                                   r"|\binspection\b[^.;]{0,160}?\b(?:was|were)\s+(?:carried\s+out|held|conducted)\b",
                                   re.I)
_GRADED_IN_THE_PAST = re.compile(r"\s*(?:(?:The\s+|Its\s+|Their\s+)?(?:[\w’']+\s+){0,3}(?:was|were)\s+"
                                 r"|(?:Ofsted|(?:The\s+)?inspectors|It|They)\s+)(?:judged|rated|graded|found)\b", re.I)
_A_TIME_OF_ITS_OWN = re.compile(r"\b(?:19|20)\d\d\b|\b(?:now|today|this\s+(?:week|month|year)|recent\w*|latest|new)\b",
                                re.I)


def _now_or_lately(text: str) -> bool:
    """Whether words of the page's own time ('now', 'today', 'this year', 'latest') stand in the text (a year does
    not count)."""
    return _A_TIME_OF_ITS_OWN.search(_ANY_YEAR.sub("", text)) is not None


# After a council's name: it is named as the employer of a person, not as what the clause tells of.
_EMPLOYER = re.compile(r"(?:\s+(?:CC|Council))?['’]s?\s+(?:(?:former|interim|acting|new)\s+)?(?:chief\s+executive"
                       r"|director|leader|head|deputy|cabinet\s+member|lead\s+member|executive\s+member)", re.I)


# A clause that speaks of a council that no longer is, named just before, without its name ('The county council had
# been judged inadequate in 2019').
_THE_OLD_COUNCIL = re.compile(r"\s*(?:the|its)\s+(?:old\s+|former\s+|previous\s+|predecessor\s+)?(?:county\s+)?"
                              r"(?:council|authority)\b(?!\s+(?:has|is)\b)", re.I)


# A clause that opens on 'the county council' or 'the city council' where the page names one of each.
_THE_COUNTY_OR_CITY = re.compile(r"\s*(?:In\s+)?the\s+(county|city)(?:\s+council)?\b(?!\s+(?:of|has|is)\b)", re.I)


# A council that no longer is, spoken of without its name ('the verdict given to the old county council').
_THE_OLD_COUNCIL_NAMED = re.compile(r"\bthe\s+(?:old|former|previous|predecessor|abolished)\s+(?:county\s+)?council\b",
                                    re.I)


# After a council's name: it is named as the one others are compared with or placed by ("Among Bolton's statistical
# neighbours, Stockport and Wigan are rated good", "In Devon's southern neighbour Torbay, inspectors ..."), not as
# what the clause tells of.
_WHOSE_NEIGHBOURS = re.compile(r"(?:\s+(?:Council|CC))?['’]s?\s+(?:\w+\s+){0,2}?(?:statistical\s+)?"
                               r"(?:neighbours?|comparators|peers|comparator\s+(?:group|councils|authorities))\b", re.I)


# In Ofsted's letters, the council the letter is to: 'the local authority', 'the council'.
_THE_LETTERS_COUNCIL = re.compile(r"\bthe\s+(?:local\s+authority|council|borough|county\s+council)\b", re.I)


# Words that tell of an inspection or its grades, as a clause about both councils must ('Two reports, one for each
# council, were published on Friday'; not 'under which the two councils shared a director').
OF_THE_INSPECTION = re.compile(r"\b(?:reports?|inspect\w*|grades?|graded|rated|ratings?|judged|judge?ments?|Ofsted"
                                r"|visit(?:s|ed)?|letters?)\b", re.I)
# Just after a council's name, after 'with': named as another's partner ('with Leeds City Council as improvement
# partner'; not 'had been supporting Kirklees as a partner in practice', where the partner is the one supporting).
_AS_PARTNER_AFTER = re.compile(r"(?:\s+(?:City|County|Borough|Metropolitan\s+Borough)?\s*Council)?\s+as\s+"
                               r"(?:its\s+|an?\s+|the\s+|their\s+)?(?:\w+\s+)?(?:improvement\s+|sector[- ]led\s+)?"
                               r"partner\b", re.I)


_WITH_OR_BY = re.compile(r"\b(?:with|by)\s+(?:the\s+)?$", re.I)


def attribute(clause_list: list[Clause], mentions: list[Mention], primary: Authority | None,
              letter: bool = False, on: date | None = None, text: str | None = None) -> None:
    """Each clause speaks of the council it names, else of the last one named, else of the primary council. In a
    letter (`letter`), a clause that names none speaks of the letter's council, whoever was named before ('a company
    also owned by Kingston ... | Since the last inspection, | when the local authority was judged ...'), unless it
    goes on from one that named another without saying 'the local authority'."""
    current = primary
    shared = False
    index = 0
    ordered = sorted(mentions, key=lambda m: m.start)
    sentence_subject = current  # the council of the last clause that did not go on from another
    former: Authority | None = None  # a council that no longer is, named earlier in the sentence
    ends_on: Authority | None = None  # the council whose name ends the clause before
    sentence_ended = False  # the clause before ended its sentence
    antecedent: Authority | None = None  # the council a relative clause just told of ('and Reading, whose ...')
    abolished: Authority | None = None  # a council that no longer is, the last council named
    relative_of: Authority | None = None  # the council a relative clause just told of, other than the sentence's
    # paragraphs that name no council (given the text): they go back to the page's own council, after one about
    # a council that no longer is (the story's own, not the predecessor's or its neighbour's)
    unnamed = {start for start, end in paragraphs(text) if not any(start <= m.start < end for m in mentions)} \
        if text is not None and any(m.authority.abolished for m in mentions) else set()
    for clause in clause_list:
        if clause.start in unnamed and abolished is not None and primary is not None:
            current, former, abolished, sentence_subject = primary, None, None, primary
        if clause.resumes:
            # the sentence's own verb after a relative clause: of the council the relative clause followed ('...
            # and Reading, whose services are run by a company, | was rated good in 2023')
            current = antecedent or sentence_subject
            if antecedent is not None:
                former = None  # ('Poole's ... in 2017, and neighbouring Dorset Council, which took over ..., | was
                # rated good in 2021': the council the relative clause followed, not the one no longer there)
        antecedent = ends_on if clause.continues and _RELATIVE.match(clause.text) else None
        inside, index = _mentions_in(clause, ordered, index)
        told, about, lasting = _councils_told_of(clause, inside, on)
        named = about[0].authority if about else None
        if lasting:
            current, shared = lasting[0].authority, False
        elif letter and not inside and primary is not None and (
                _THE_LETTERS_COUNCIL.search(clause.text) or not clause.continues):
            current, shared = primary, False
        if which_council.BOTH_COUNCILS.search(clause.text) and OF_THE_INSPECTION.search(clause.text):
            # (only where the clause speaks of their inspection or grades: not 'under which the two councils shared
            # a director of children's services')
            # and the clauses after it, until a council is named again; a clause that names one itself is that
            # one's ('In both councils, help and protection was judged good, and the impact of leaders was judged
            # outstanding in Richmond')
            shared = not about
        # ('..., which was rated inadequate in 2022' goes on about the former council, and so does the rest of the
        # sentence until another council is named: '..., six years after an earlier inspection in 2013 had ...')
        if named is not None and not lasting:
            former = named
        elif inside or sentence_ended:
            former = None
        if lasting:
            abolished = None
        elif named is not None and named.abolished is not None:
            abolished = named
        elif not inside and abolished is not None and _THE_OLD_COUNCIL.match(clause.text):
            # 'Northamptonshire County Council, which was abolished in April 2021. | The county council had been
            # judged inadequate in 2019': the council that no longer is, not the one named before it
            former = abolished
        of_its_kind = _the_one_council_of_its_kind(clause, mentions, primary) if not inside else None
        if of_its_kind is not None:
            current, former, shared = of_its_kind, None, False
            named = current  # as good as named: its clauses are its own
        if not inside and _THE_OLD_COUNCIL_NAMED.search(clause.text):
            # '- the verdict given to the old county council in January 2020': the predecessor the page names
            former = _predecessor_named(mentions, current) or former
        sentence_ended = bool(SENTENCE_STOP.search(clause.text))
        clause.authority = current if former is None else former
        if clause.continues and ends_on is not None \
                and (_RELATIVE.match(clause.text) or _GRADE_BESIDE_NAME.match(clause.text)) \
                and not any(m.start - clause.start < _verb_end(clause.text) for m in inside):
            # ', which was judged outstanding in 2018' after 'supported by Leeds City Council' tells of Leeds's
            # inspection, though the clause goes on to name another ('..., and Kensington and Chelsea'); ', as is
            # Wiltshire, | which moved up from good last year' tells of Wiltshire
            clause.authority = ends_on
        elif relative_of is not None and not inside and _SINCE.match(clause.text):
            # '..., where children's services have been under intervention | since they were rated inadequate in
            # early 2020': the relative clause's council, still
            clause.authority = relative_of
        relative_of = clause.authority if clause.continues and clause.authority is ends_on is not None \
            and clause.authority is not current and not sentence_ended else None
        ends_on = inside[-1].authority if inside and not clause.text[inside[-1].end - clause.start:].strip(" ,") \
            else None
        clause.shared = shared
        clause.paired = _named_as_a_pair(clause, told)
        clause.named = named is not None
        if not clause.continues:
            sentence_subject = current


def _mentions_in(clause: Clause, ordered: list[Mention], index: int) -> tuple[list[Mention], int]:
    """The mentions inside the clause, from `ordered` (sorted by position) onwards from `index`, and the index to go
    on from for the next clause."""
    inside: list[Mention] = []
    while index < len(ordered) and ordered[index].start < clause.end:
        if ordered[index].start >= clause.start:
            inside.append(ordered[index])
        index += 1
    return inside, index


def _councils_told_of(clause: Clause, inside: list[Mention],
                      on: date | None) -> tuple[list[Mention], list[Mention], list[Mention]]:
    """The councils a clause tells of (not partners after 'with' or 'by' where the clause began before them: '...
    were rated inadequate in 2014, before a partnership with Hampshire County Council was set up'; nor councils
    named after a role as its holder's employers: 'The Director of Children's Services, Hampshire County Council and
    Isle of Wight Council, reported on ...'); of those, first the one it is about, for a clause's subject comes
    before the rest, unless it is named only as someone's employer ("Hampshire CC's chief executive has been
    appointed commissioner at West Sussex CC after Ofsted found"); and of those, the ones that still are (on the
    page's date `on`). A council named as one that no longer is ('the challenges faced under the former Cumbria
    County Council', 'the old Dorset County Council' in 2024) is what its own clause tells of, but the clauses after
    it go back to the council before."""
    def offset(mention: Mention) -> int:
        return mention.start - clause.start

    named_as_another = [m for m in inside if which_council.named_as_another(clause.text, offset(m))
                        or (offset(m) > which_council.PARTNER_FROM
                            and _AS_PARTNER_AFTER.match(clause.text, m.end - clause.start)
                            and _WITH_OR_BY.search(clause.text, 0, offset(m)))]
    told = [m for m in inside if m not in named_as_another]
    about = [m for m in told if not _EMPLOYER.match(clause.text, m.end - clause.start)
             and not _WHOSE_NEIGHBOURS.match(clause.text, m.end - clause.start)] or told
    lasting = [m for m in about if not which_council.FORMER.search(clause.text, 0, offset(m))
               and (on is None or m.authority.exists_on(on))]
    return told, about, lasting


def _the_one_council_of_its_kind(clause: Clause, mentions: list[Mention],
                                 primary: Authority | None = None) -> Authority | None:
    """'Nottinghamshire County Council ... Nottingham City Council ... | The county council was inspected over two
    weeks in October': the one council of the kind the clause names that the page names (a county or a city, or a
    royal borough)."""
    kind_named = _THE_COUNTY_OR_CITY.match(clause.text)
    if kind_named is not None:
        county = kind_named.group(1).lower() == "county"
        of_kind = {m.authority for m in mentions if (m.authority.la_type == "County") == county}
    elif which_council.THE_ROYAL_BOROUGH.search(clause.text):
        # 'Ofsted's previous inspection of the Royal Borough', on a page of Kensington and Chelsea that names
        # Westminster in its director's title
        of_kind = {m.authority for m in mentions if m.authority.name in which_council.ROYAL_BOROUGHS}
        if primary is not None and primary in of_kind:
            return primary  # the page's own council, where it names another royal borough too
    else:
        return None
    return next(iter(of_kind)) if len(of_kind) == 1 else None


def _predecessor_named(mentions: list[Mention], current: Authority | None) -> Authority | None:
    """The council that no longer is, named on the page, that came before `current`."""
    return next((m.authority for m in mentions if m.authority.abolished is not None
                 and current is not None and m.authority.la_code in current.predecessors), None)


def _named_as_a_pair(clause: Clause, inside: list[Mention]) -> tuple[Authority, ...]:
    """'Ofsted said Kensington and Chelsea, and Westminster children's services provide ...': a pair of councils
    named together shares the clause (only this one)."""
    return tuple(dict.fromkeys(
        council for first, second in pairwise(inside) if first.authority is not second.authority
        and which_council.PAIRED_COUNCILS.fullmatch(clause.text, first.end - clause.start,
                                                    second.start - clause.start)
        for council in (first.authority, second.authority)))


# After a council's name: the partnership it leads ('Isle of Wight lifted out of "inadequate" after Hampshire
# partnership'). A council named so, or as a partner or neighbour ('a partnership with Hampshire', '... to neighbouring
# Hampshire County Council': PARTNER_BEFORE, which_council.COMPARED_WITH), is not what the page is about, however
# often it is named.
_PARTNERSHIP_AFTER = re.compile(r"(?:\s+(?:County|City|Borough)?\s*Council)?\s+partnership\b", re.I)


def primary_authority(mentions: list[Mention], on: date | None, text: str = "") -> Authority | None:
    """The council named most (a mention in the first 300 characters counts double, one naming only someone's
    employer not at all); ties go to the first named."""
    if not mentions:
        return None
    weights: Counter[str] = Counter()
    first: dict[str, int] = {}
    by_code = {}
    for mention in mentions:
        if on is not None and not mention.authority.exists_on(on):
            continue
        code = mention.authority.la_code
        before = text[max(0, mention.start - 40): mention.start]
        another_role = _EMPLOYER.match(text, mention.end) or _PARTNERSHIP_AFTER.match(text, mention.end) \
            or which_council.PARTNER_BEFORE.search(before) or which_council.COMPARED_WITH.search(before)
        weights[code] += 0 if another_role else 2 if mention.start < 300 else 1
        first.setdefault(code, mention.start)
        by_code[code] = mention.authority
    if not weights:
        return None
    best = max(weights, key=lambda c: (weights[c], -first[c]))
    return by_code[best]
