"""Prose helpers shared by letters and secondary sources: clauses, authorities per clause, the document's date."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from oversight.extract.shared import clause_words, genres, page_genres, which_council
from oversight.extract.shared.dates import (
    DATE_PATTERN,
    MONTH,
    MONTHS,
    WEEKDAYS,
    find_dates,
    make_date,
    month_number,
    parse_date,
)
from oversight.extract.shared.when import published_relative
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


def _continues(text: str, previous: re.Match[str], line: re.Match[str]) -> bool:
    if line.start() - previous.end() > 1 or not previous.group().strip():
        return False  # a blank line (or a page break) between them
    before = previous.group().rstrip()
    if _STOPPED.search(before) or _DATE_LINE.match(line.group()):
        return False
    if _ROW_OR_ITEM.match(line.group()) or before.lstrip().startswith("|"):
        return False  # a table row, or a new item of a list
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


_RELATIVE = re.compile(r"\s*(?:which|who|whose)\b", re.I)
_VERB = re.compile(r"\b(?:was|were|is|are|has|have|had)\b", re.I)


def _verb_end(text: str) -> int:
    """Where a clause's first verb ends (its end, where it has none)."""
    verb = _VERB.search(text)
    return verb.end() if verb else len(text)
_GRADE_BESIDE_NAME = re.compile(r"(?:rated|judged|graded)\s", re.I)
_NEWLY = re.compile(r"\b(?:today|yesterday|this\s+week|now|newly|latest|recently|just)\b", re.I)
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


def _mark_times(clause_list: list[Clause]) -> None:
    """Whether each clause tells of the past or of what is to come, from its own words."""
    for index, clause in enumerate(clause_list):
        clause.of_another_body = (bool(genres.OTHER_BODY_EVENT.search(clause.text)) or (
            clause.continues and index > 0 and bool(genres.OTHER_BODY_EVENT.search(
                clause_list[index - 1].text + " " + clause.text)))) and not _JOINT_INSPECTION.search(clause.text)
        clause.past = bool(clause_words.PAST_MARKERS.search(clause.text)) or (
            # a grade told beside a council's name is its standing one, from an inspection before ('Wiltshire, |
            # rated outstanding earlier in the year, | had been generous'), unless it is said to be new
            clause.continues and bool(_GRADE_BESIDE_NAME.match(clause.text)) and not _NEWLY.search(clause.text))
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
# A council named only as the one formed or created, opening a sentence about those before it: 'Before BCP Council
# was formed in 2019, Bournemouth Borough Council's children's services were rated good in 2017'.
_FORMED_AFTER = re.compile(r"\s+(?:was|were)\s+(?:formed|created|established|set\s+up)\b", re.I)


def _named_before(mention: Mention, clause: Clause, mentions: list[Mention]) -> bool:
    """Whether the clause names another council before this one."""
    return any(n.start < mention.start and n.authority is not mention.authority for n in mentions
               if clause.start <= n.start < clause.end)


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
_EARLIER_YEAR = re.compile(r"\b(?:(?:[Ii]n|published|dated)\s+(?:\w+\s+)?|(?:the|an?|its|their)\s+(?:[A-Z][a-z]+\s+)?"
                           r"|[’']s\s+"
                           r"|(?:up|on|down|decline|fall|drop)\s+from\s+"  # 'It is a step up from 2012, when ...'
                           # 'rated requires improvement since 2019'
                           r"|\b(?:rated|judged|graded)\s+\S+(?:\s+\S+){0,4}\s+since\s+(?:\w+\s+)?"
                           rf"|{_GRADE_HELD}\s+since\s+(?:\w+\s+)?"  # '..., a grade it has held since 2019'
                           r"|[Ii]n\s+the\s+(?:spring|summer|autumn|winter)\s+of\s+"  # 'in the autumn of 2019'
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
        if clause.past or not _EVENT_WORDS.search(clause.text + " " + going_on):
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
    for before, clause in zip(clause_list, clause_list[1:], strict=False):
        inside_quote = sum(before.text.count(q) for q in '"“”') % 2 == 1  # 'rated "good | but requires ..."'
        # '... was last the subject of a full inspection in February and March of 2019. | The resultant judgement
        # from that inspection was ...': 'that inspection' is the one just told of
        refers_back = genres.THAT_EVENT.search(clause.text) is not None
        # 'Hertfordshire's last full inspection took place in November 2019. | Services were judged good overall':
        # a grade told in the past tense, with no time of its own, right after the last inspection is told of
        that_inspections = (_LAST_INSPECTION_TOLD.search(before.text) is not None
                            and _GRADED_IN_THE_PAST.match(clause.text) is not None
                            and not _A_TIME_OF_ITS_OWN.search(clause.text))
        if (clause.continues or inside_quote or refers_back or that_inspections) and before.past and not clause.future:
            clause.past = True


_LAST_INSPECTION_TOLD = re.compile(r"\b(?:last|previous)\s+(?:full\s+|ILACS\s+|Ofsted\s+)?inspection\s+"
                                   r"(?:took\s+place|was)\b", re.I)
_GRADED_IN_THE_PAST = re.compile(r"\s*(?:The\s+|Its\s+|Their\s+)?(?:[\w’']+\s+){0,3}(?:was|were)\s+"
                                 r"(?:judged|rated|graded|found)\b", re.I)
_A_TIME_OF_ITS_OWN = re.compile(r"\b(?:19|20)\d\d\b|\b(?:now|today|this\s+(?:week|month|year)|recent\w*|latest|new)\b",
                                re.I)


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
_PARTNER_BEFORE = re.compile(r"\b(?:partnership|partnered|partnering|partners?|working|works?|worked|jointly|together)"
                             r"\s+with\s+(?:the\s+)?$", re.I)


# Just before a council's name, within a clause about another: a neighbour it shares something with ('while
# splitting teams and budgets with neighbouring Cumberland Council').
_NEIGHBOURING_BEFORE = re.compile(r"\b(?<!contrast\s)(?<!compared\s)(?<!comparison\s)(?:with|from|and)\s+"
                                  r"(?:the\s+|its\s+)?(?:neighbouring|nearby|next-door)\s+$", re.I)


# Just after a council's name, after 'with': named as another's partner ('with Leeds City Council as improvement
# partner'; not 'had been supporting Kirklees as a partner in practice', where the partner is the one supporting).
_AS_PARTNER_AFTER = re.compile(r"(?:\s+(?:City|County|Borough|Metropolitan\s+Borough)?\s*Council)?\s+as\s+"
                               r"(?:its\s+|an?\s+|the\s+|their\s+)?(?:\w+\s+)?(?:improvement\s+|sector[- ]led\s+)?"
                               r"partner\b", re.I)


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
        antecedent = ends_on if clause.continues and _RELATIVE.match(clause.text) else None
        inside: list[Mention] = []
        while index < len(ordered) and ordered[index].start < clause.end:
            if ordered[index].start >= clause.start:
                inside.append(ordered[index])
            index += 1
        # the first named: a clause's subject comes before the rest, unless it is named only as someone's employer
        # ("Hampshire CC's chief executive has been appointed commissioner at West Sussex CC after Ofsted found")
        # ('... were rated inadequate in 2014, before a partnership with Hampshire County Council was set up': a
        # partner named after 'with' is not what the clause tells of, where the clause began before it)
        partners = [m for m in inside if m.start - clause.start > 20
                    and (_PARTNER_BEFORE.search(clause.text, 0, m.start - clause.start)
                         or _NEIGHBOURING_BEFORE.search(clause.text, 0, m.start - clause.start))
                    or (_AS_PARTNER_AFTER.match(clause.text, m.end - clause.start)
                        and re.search(r"\bwith\s+(?:the\s+)?$", clause.text[: m.start - clause.start]))]
        inside_told = [m for m in inside if m not in partners]
        about = [m for m in inside_told if not _EMPLOYER.match(clause.text, m.end - clause.start)
                 and not _WHOSE_NEIGHBOURS.match(clause.text, m.end - clause.start)] or inside_told
        # a council named as one that no longer is ('the challenges faced under the former Cumbria County Council')
        # is what its own clause tells of, but the clauses after it go back to the council before
        # (or one that no longer is on the page's date `on`: 'the old Dorset County Council' in 2024)
        lasting = [m for m in about if not which_council.FORMER.search(clause.text, 0, m.start - clause.start)
                   and (on is None or m.authority.exists_on(on))]
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
        kind_named = _THE_COUNTY_OR_CITY.match(clause.text) if not inside else None
        if kind_named is not None:
            # 'Nottinghamshire County Council ... Nottingham City Council ... | The county council was inspected over
            # two weeks in October': the one council of that kind the page names
            of_kind = {m.authority for m in mentions if (m.authority.la_type == "County") == (
                kind_named.group(1).lower() == "county")}
            if len(of_kind) == 1:
                current, former, shared = next(iter(of_kind)), None, False
                named = current  # as good as named: its clauses are its own
        if not inside and _THE_OLD_COUNCIL_NAMED.search(clause.text):
            # '- the verdict given to the old county council in January 2020': the predecessor the page names
            predecessor = next((m.authority for m in mentions if m.authority.abolished is not None
                                and current is not None and m.authority.la_code in current.predecessors), None)
            former = predecessor or former
        sentence_ended = bool(SENTENCE_STOP.search(clause.text))
        clause.authority = current if former is None else former
        if clause.past and clause.continues and ends_on is not None and _RELATIVE.match(clause.text) \
                and not any(m.start - clause.start < _verb_end(clause.text) for m in inside):
            # ', which was judged outstanding in 2018' after 'supported by Leeds City Council' tells of Leeds's
            # inspection, though the clause goes on to name another ('..., and Kensington and Chelsea')
            clause.authority = ends_on
        ends_on = inside[-1].authority if inside and not clause.text[inside[-1].end - clause.start:].strip(" ,") \
            else None
        clause.shared = shared
        # 'Ofsted said Kensington and Chelsea, and Westminster children's services provide ...': a pair of councils
        # named together shares the clause (only this one)
        clause.paired = tuple(dict.fromkeys(
            council for first, second in pairwise(inside) if first.authority is not second.authority
            and which_council.PAIRED_COUNCILS.fullmatch(clause.text, first.end - clause.start,
                                                        second.start - clause.start)
            for council in (first.authority, second.authority)))
        clause.named = named is not None
        if not clause.continues:
            sentence_subject = current


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
        weights[code] += 0 if _EMPLOYER.match(text, mention.end) else 2 if mention.start < 300 else 1
        first.setdefault(code, mention.start)
        by_code[code] = mention.authority
    if not weights:
        return None
    best = max(weights, key=lambda c: (weights[c], -first[c]))
    return by_code[best]


_WEEKDAY = r"(?:\w+day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)"
_TOP_DATE_LINE = re.compile(
    # after a label ('Posted - ', '| ', the byline's separator), a reporter's name ('William Example 06 April 2016')
    # or an outlet's name and a comma ('Children & Young People Now, 3 June 2019')
    # ('Ruth Example, Local Democracy Reporting Service | 21 March 2023')
    r"^[ \t]*(?:[^\n\d]{0,60}?[:\-–|]\s*|(?-i:(?:By\s+)?[A-Z][a-z]+(?:\s+[A-Z][\w’'-]+){1,2})\s+"
    r"|(?-i:[A-Z][\w’'.]*(?:\s+(?:[A-Z][\w’'.]*|&|release|statement)){0,5}),\s*)?"
    rf"(?:{_WEEKDAY},?\s+)?"
    # a time before the date: 'Updated 09:14, 7 MAR 2024', 'Published: 05:00, 12 August 2022', '10:15, 14 NOV 2019',
    # '14:32, Thursday 8 May 2025'
    rf"(?:(?:(?:Updated|Published|Posted)\s*:?\s*)?\d{{1,2}}[:.]\d{{2}}\s*(?:am|pm)?,?\s+(?:{_WEEKDAY},?\s+)?)?"
    r"(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})"
    # a time after it, perhaps with its zone: 'Thu 5 Oct 2023 18.04 BST'
    r"(?:\s*[|,–-]?\s*(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s*(?:BST|GMT|UTC))?)?"
    # '22nd Jun 2021 | Local News': a section after a bar; 'Thursday 19th October 2017 @ 09:52 by Nigel P.'
    r"(?:[ \t]*@[ \t]*\d{1,2}[:.]\d{2})?(?:[ \t]+by[ \t]+[^\n\d]{2,40})?"
    r"(?:[ \t]+(?:Last\s+)?updated(?:\s+at)?\s+\d{1,2}[:.]\d{2})?"  # '07 Jan 2019 Last updated at 10:00'
    # and after a bar, anything short: '| Local democracy reporter ...', '| Updated: 17:20, 03 October 2023'
    r"(?:[ \t]*\|[^\n]{0,80})?[ \t]*$", re.M | re.I)
# A wire-style dateline opening the story's first paragraph: 'DONCASTER, 19 March 2024 — Most children ...'.
_WIRE_DATELINE = re.compile(r"^[ \t]*(?-i:[A-Z][A-Z’' -]{2,30}),\s+(?P<date>\d{1,2}\s+[A-Z][a-z]+\s+\d{4})"
                            r"\s*[—–-]\s+\S", re.M)
_DATE_LABEL = re.compile(r"(?:^|\n)[ \t]*(?:-\s*)?"
                         r"(?:This\s+(?:story|article|page|(?:news|press)\s+release)\s+was\s+(?:first\s+)?)?"
                         r"(?:Published|Date|Dated|Posted|Updated|Last\s+updated|Issued)"
                         r"(?:\s+on)?\s*:?\s*(?:\w+day,?\s+)?", re.I)  # 'Published Monday, 30th March 2020'


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
    2019'): the page's own date, never an event's."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start < 1500 and _TOP_DATE_LINE.fullmatch(text, start, len(text) if end < 0 else end) is not None


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
                        r"(?:\w+day,?\s+)?(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})", text[:800], re.M)
    if meeting and parse_date(meeting["date"]):
        return DocumentDate(parse_date(meeting["date"]), meeting.start("date"), meeting.end("date"), "meeting date")  # type: ignore[arg-type]
    return None


_SALUTATION = re.compile(r"^[ \t]*Dear\s", re.M)
_DATE_LINE = re.compile(r"^[ \t|]*(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})[ \t|]*$", re.M)


def letter_date(text: str) -> DocumentDate | None:
    """A letter's own date: the date line above its salutation, which a web page around the letter may not share
    (a council page 'updated 20 June' around a letter of 19 June); else the document's date."""
    anchors = [m.start() for m in _SALUTATION.finditer(text, 0, 6000)]
    anchors += [m.start() for cues in page_genres.LETTER_KINDS.values() for m in cues[0].finditer(text, 0, 6000)]
    if anchors:
        # the last anchor: a page may repeat the letter's heading above an introduction of its own
        # (not the page's own date line above an introduction that says the letter follows)
        lines = [line for line in _DATE_LINE.finditer(text, 0, max(anchors))
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
