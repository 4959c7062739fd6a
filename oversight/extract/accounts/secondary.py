"""News stories, council minutes and press releases: the event they tell of (its dates: event_dates.py; earlier ones:
earlier.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from oversight.documents.model import Document
from oversight.extract.accounts.event_dates import NO_EVENT, read_dates
from oversight.extract.model import Event, Extraction
from oversight.extract.shared import genres
from oversight.extract.shared.dates import (
    A_YEAR,
    DATE_PATTERN,
    due_date,
)
from oversight.extract.shared.evidence import EvidenceRecorder
from oversight.extract.shared.judgements import (
    ILACS_FROM,
    RENAMED_TO,
    SPLIT_JUDGEMENTS_FROM,
    FoundGrade,
    care_judgements_of_their_time,
    merge_grades,
    prose_grades,
    table_grades,
)
from oversight.extract.shared.layout import items_after_lead, running_lines
from oversight.extract.shared.names import split_names
from oversight.extract.shared.prose import LEAD, Clause
from oversight.extract.shared.when import (
    ORDINAL,
    number_value,
    ordinal_value,
)
from oversight.reference import Authority

_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# 'in 2017', 'in March 2016', 'in April and May 2016' (the first month is the start), 'in\n2015' (wrapped)
# 'in 2016', 'since March 2019', 'from the September 2022 focused visit', 'By 2018 services had improved', 'at the 2012
# inspection', 'following the 2018 inspection', 'at its 2022 inspection'
YEAR_PHRASE = re.compile(r"\b(?i:in|since|from|during|of|by|between|same\s+\w+\s+as"
                         r"|(?:at|following|after)(?=\s+(?:the|its|their)\s))\s+(?:the\s+|its\s+|their\s+)?"
                         r"(?:(?:early|late|mid)[\s-]+)?(?:(?i:spring|summer|autumn|winter)\s+(?:of\s+)?)?"
                         rf"(?P<month>(?i:{_MONTHS}))?"  # ('IN MARCH 2020, days before ...')
                         rf"(?:\s+(?:and|to|-|–)\s+{_MONTHS})?(?:\s+of)?\s*(?P<year>(?:19|20)\d\d)\b")
# a year listed after one a YEAR_PHRASE gives: 'in 2011, 2014 and 2017', 'in March 2014 and May 2016', 'in 2016 and
# in 2019' (not 'in 2014 and good in 2018', whose grade is the second year's own)
LISTED_YEAR = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:(?:in|again\s+in)\s+)?(?P<month>{_MONTHS}\s+)?"
                         r"(?P<year>(?:19|20)\d\d)\b")
# 'the third monitoring visit', 'its fifth such visit'; 'a monitoring visit on 4 and 5 October, the fifth since ...'
# ('the eighth and final monitoring visit', 'The visit was the third since Ofsted judged ...', 'the second time Ofsted
# has carried out a monitoring visit')
VISIT_NUMBER = re.compile(rf"\b(?P<ordinal>{ORDINAL})\s+(?:and\s+(?:final|last)\s+)?(?:\w+\s+)?(?:monitoring|such)\s+"
                           r"(?:visit|report|letter)"
                           rf"|\bvisit\s+(?:was|is)\s+(?:the|its)\s+(?P<ordinal4>{ORDINAL})\s+since\b"
                           rf"|\b(?P<ordinal5>{ORDINAL})\s+time\s+(?:that\s+)?(?:Ofsted|inspectors)\s+ha(?:s|ve|d)\s+"
                           r"(?:carried\s+out\s+a\s+monitoring\s+visit|returned|come\s+back)"
                           rf"|monitoring\s+visit[^.;]{{0,80}}?,\s+(?:the|its)\s+(?P<ordinal2>{ORDINAL})\b"
                           # 'During the visit, which was the fourth since the authority was judged as inadequate'
                           # (not 'the visit, which was the first since the new director started')
                           rf"|\bvisit,?\s+which\s+(?:was|is)\s+(?:the|its)\s+(?P<ordinal3>{ORDINAL})\s+since\s+"
                           r"(?:[\w’'-]+\s+){0,4}?(?:was\s+|were\s+|being\s+)?(?:judged|rated|found)\b", re.I)


def visit_ordinal(number: re.Match[str]) -> int | None:
    """The number a VISIT_NUMBER match gives a monitoring visit."""
    return ordinal_value(next(number[name] for name in ("ordinal", "ordinal2", "ordinal3", "ordinal4", "ordinal5")
                              if number[name]))


@dataclass
class Told:
    """What the clauses about one council say of one event, with the offsets that say it."""

    event: Event
    evidence: list[tuple[str, int, int, str | None]] = field(default_factory=list)

    def note(self, field_name: str, start: int, end: int, how: str | None = None) -> None:
        self.evidence.append((field_name, start, end, how))


def event_kind(text: str) -> str | None:
    for kind, cue in genres.EVENT_KIND_CUES:
        if cue.search(text):
            return kind
    return None


_ONE_OF_A_SERIES = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|last)\s+"
                              r"(?:in|of)\s+(?:a\s+series\s+of|its|the|their)\s+$", re.I)


# How far into the story a visit must be named, after the first sign of a graded inspection, to be its subject
# ('A council whose services were rated inadequate is making progress ... its fourth monitoring visit').
LEAD_WINDOW = 600


def subject_kind(text: str, present: list[Clause], said_of_it: list[Clause], on: date | None,
                 story_visits: str | None = None) -> tuple[str | None, Clause | None]:
    """What the document reports: a visit named in its lead, else a graded full inspection, else a visit. In a
    round-up whose lead names one kind of visit ('the most recent focused visits'), 'inspectors visited <council>'
    is a visit of that kind. `said_of_it`: every clause about the council (whether it is said to be inadequate)."""
    first_visit: tuple[int, str, Clause] | None = None
    for clause in present:
        if clause.text.lstrip().startswith("|"):
            continue  # a row of a table of the council's record ('| Feb 2020 | Monitoring visit 1 | Not graded |')
        for kind, cue in [("other", genres.OTHER_EVENT_CUE), *genres.VISIT_KIND_CUES]:
            found = cue.search(clause.text)
            # (one visit of a series is one: 'visited again in June for the first in a series of monitoring visits')
            plural = found is not None and clause.text[found.end(): found.end() + 1] == "s" \
                and not _ONE_OF_A_SERIES.search(clause.text, 0, found.start())
            if found and (first_visit is None or clause.start < first_visit[0]) and not plural:
                # not 'monitoring visits each year since': no one visit
                first_visit = (clause.start, kind, clause)
    if first_visit is None and story_visits is not None:
        visited = next((c for c in present if genres.INSPECTORS_VISITED.search(c.text)), None)
        # (not a visit that grades the services: 'visited Torbay Council between 27 November and 8 December and
        # rated its children's services as "requires improvement to be good" overall'; visits give no grades)
        if visited is not None and not grades_in(text, [visited], on):
            first_visit = (visited.start, story_visits, visited)
    # (the grades said of this council: not of a neighbour it is compared with, 'Tameside remains inadequate')
    said = " ".join(c.text for c in said_of_it if not c.of_another_body)
    inadequate = re.search(r"\binadequate\b", said, re.I) is not None
    other_grades = re.search(r"\b(?:good|outstanding|requires?\s+improvement|required\s+improvement)\b", said, re.I)
    if first_visit is None and not (inadequate and other_grades):
        visited = next((c for c in present if genres.TWO_INSPECTORS_VISITED.search(c.text)), None)
        if visited is not None and not grades_in(text, [visited], on):
            first_visit = (visited.start, "monitoring_visit" if inadequate else "focused_visit", visited)
    graded = next((c for c in present if grades_in(text, [c], on)), None)
    if graded is None:
        graded = next((c for c in present if genres.FULL_INSPECTION_CUE.search(c.text)
                       or genres.OFSTED_REPORT.search(c.text)), None) if first_visit is None else None
    # a rating newly given ('has been given a requires improvement rating') is the story, and a visit told after it
    # is an earlier one ('The report follows a focused visit in February')
    # (or a sentence after the headline, before the visit: "... children's services rated 'good' by Ofsted | Tower
    # Hamlets Council's services ... have been rated good by Ofsted" and then "the seventh and final monitoring visit")
    newly_rated = graded is not None and (genres.NEW_RATING.search(graded.text) or first_visit is not None and any(
        genres.NEW_RATING.search(c.text) and c.start < first_visit[0] and grades_in(text, [c], on) for c in present))
    # a graded inspection named as such before the visit ('OFSTED INSPECTION OF LOCAL AUTHORITY CHILDREN'S SERVICES
    # (ILACS)' heading a cabinet report whose background recalls 'A focused visit in January 2019')
    named_first = graded is not None and first_visit is not None and any(
        _A_FULL_INSPECTION_NAMED.search(c.text) for c in present if c.start < first_visit[0])
    if first_visit and not named_first \
            and (graded is None or first_visit[0] < graded.start + (0 if newly_rated else LEAD_WINDOW)):
        return first_visit[1], first_visit[2]
    if graded is not None:
        return "full_inspection", graded
    return None, None


_A_FULL_INSPECTION_NAMED = re.compile(r"\bILACS\b|\b(?:full|graded|standard|short|single)\s+inspection\b"
                                      r"|\binspection\s+of\s+local\s+authority\s+children", re.I)
_EVERY_AREA = ("every area", "every other area")


def grades_in(text: str, present: list[Clause], on: date | None) -> list[FoundGrade]:
    """Table rows first (the most explicit), then grades told in sentences."""
    rows = [g for g in table_grades(text, 0, len(text)) if any(c.start <= g.start < c.end for c in present)]
    # a clause read with the one that goes on from it ('the Safeguarding Children Board, | which was also judged to
    # require improvement')
    spans: list[list[int]] = []
    for clause in present:
        if spans and clause.continues and clause.start - spans[-1][1] <= 3:
            spans[-1][1] = clause.end
        else:
            spans.append([clause.start, clause.end])
    prose = [g for start, end in spans for g in prose_grades(text, start, end, on)]
    # a grade named for one area outweighs one given to every area ('all areas were rated good and adoption
    # performance outstanding'), whichever comes first
    return rows + sorted(prose, key=lambda g: g.how in _EVERY_AREA)


def subject_events(text: str, clause_list: list[Clause], authority: Authority, reference: date | None,
                   warnings: list[str], named_only: bool = False, story_visits: str | None = None,
                   paired_dates: bool = True, dates_going_on: bool = False) -> Told | None:
    """The event that the clauses about `authority` (not the ones about the past or future) tell of. With
    `named_only` (a council other than the document's main one), only clauses that name it count: a clause that
    merely follows a passing mention ('owned by Kingston, Richmond and Windsor and Maidenhead. Kingston's services
    were judged good') is not about it."""
    in_own_paragraph = _in_own_paragraph(text, clause_list, authority) if named_only else set()
    # (and clauses whose own council is named together with it: 'Children's services in North and West
    # Northamptonshire have been rated requires improvement' is about both; not 'making Islington one of four
    # boroughs to hold the top rating, with Camden, Lambeth and Hackney')
    own = [c for c in clause_list if (c.authority is authority and (c.named or not named_only
                                                                     or c.start in in_own_paragraph)) or c.shared
           or (authority in c.paired and c.authority in c.paired and not _TURNS_TO_ONE.search(c.text))]
    present = [c for c in own if c.present and not c.of_another_body]
    kind, kind_clause = subject_kind(text, present, own, reference, story_visits)
    if kind is None:
        return None
    told = Told(Event(role="subject", kind=kind, local_authority=authority))
    event = told.event
    # a council named in the lead also takes dates from clauses that name it beside another council ('In inspection
    # reports published today Ofsted said Kensington and Chelsea, and Westminster ...'); one first named after the
    # lead keeps to its own clauses, for its date tells whether it is inspected. A second council the headline names
    # takes them from clauses that go on about it too (`dates_going_on`).
    paired = [c for c in clause_list if authority in c.paired and c.present and c not in own] if paired_dates else []
    going_on = _going_on_about(text, clause_list, authority) if named_only and dates_going_on else []
    dating = sorted(present + paired + going_on, key=lambda c: c.start)
    if kind in ("focused_visit", "monitoring_visit") and kind_clause in dating:
        # a visit is dated by the clause that tells of it before any other ('... rated inadequate in January.
        # Inspectors who returned for a monitoring visit in October ...': October)
        dating.remove(kind_clause)
        dating.insert(0, kind_clause)
    if kind == "monitoring_visit":
        # the visit's number, where the words give one, and no dates from a clause about a visit of another number
        # ('3.1 The fifth monitoring visit took place on 6 and 7 October 2021', not '2.6 The fourth monitoring visit
        # took place on 25 and 26 May 2021')
        numbers = {c.start: visit_ordinal(m) for c in present
                   for m in [VISIT_NUMBER.search(text, c.start, sentence_end(text, c.start))] if m}
        own_number = next(iter(numbers.values()), None)
        if own_number is not None:
            dating = [c for c in dating if numbers.get(c.start, own_number) == own_number]
    read_dates(text, dating, told, reference, warnings)
    if kind == "full_inspection":
        on = _framework_day(event, reference, text) or _after_earlier_inspection(text, own)
        found = grades_in(text, present, on)
        added = merge_grades(event.judgements, [g for g in found if g.key not in _disputed(found, warnings)])
        for grade in added:
            told.note(f"judgements.{grade.key}", grade.start, grade.end)
        before = set(event.judgements)
        if on is None:
            _drop_care_grade_of_unknown_framework(text, event, added, warnings)
        if care_judgements_of_their_time(event.judgements, on):
            warnings.append("a grade for children in care or care leavers alone is left out: in 2018-22 they were "
                            "one judgement, and the text does not give its grade")
        rename_care_evidence(told, before, set(event.judgements))
        if not added and not any((re.search(r"\binspect", c.text, re.I) or genres.OFSTED_REPORT.search(c.text))
                                 and not NO_EVENT.search(c.text) for c in present):
            return None  # graded nothing: no inspection is told of (a grade left out as uncertain still tells one)
    for clause in present:
        number = VISIT_NUMBER.search(text, clause.start, sentence_end(text, clause.start))
        if number and kind == "monitoring_visit" and event.visit_number is None:
            event.visit_number = visit_ordinal(number)
            told.note("visit_number", number.start(), number.end())
    due = next((m for c in present for m in [genres.ACTION_PLAN_DUE.search(text, c.start, c.end)] if m), None) \
        or genres.ACTION_PLAN_DUE.search(text)
    deadline, reasoning = due_date(due["date"], reference) if due else (None, None)
    if due and deadline:
        event.action_plan_due_date = deadline.isoformat()
        told.note("action_plan_due_date", due.start("date"), due.end("date"), reasoning)
    if kind in ("focused_visit", "monitoring_visit", "jtai"):
        _focus(text, present, told)
    _inspectors(text, present, told)
    return told


# Words after which a clause that named two councils together may speak of one ('Hartlepool and Darlington councils
# are to share a director, after Darlington's children's services were judged good').
_TURNS_TO_ONE = re.compile(r"\b(?:after|following|while|whilst|whereas|but|although)\b", re.I)


def _in_own_paragraph(text: str, clause_list: list[Clause], authority: Authority) -> set[int]:
    """Where the clauses about a council start that stand in a paragraph naming it and no other council: in a
    round-up, 'Sefton Council, which was judged inadequate in 2019, | is now rated good overall' goes on about Sefton
    though the second clause does not name it."""
    starts: set[int] = set()
    paragraph_start = 0
    for paragraph in re.split(r"(\n[ \t]*\n)", text):
        end = paragraph_start + len(paragraph)
        inside = [c for c in clause_list if paragraph_start <= c.start < end]
        named = {c.authority for c in inside if c.named}
        if named == {authority}:
            starts.update(c.start for c in inside if c.authority is authority)
        paragraph_start = end
    return starts


def _going_on_about(text: str, clause_list: list[Clause], authority: Authority) -> list[Clause]:
    """Clauses about the present that go on about a second council without naming it, after a paragraph that names
    it and no other council ('The government issued directions to Calderdale ... The council was subsequently rated
    RI in 2015. | An inspection in November has resulted in a good rating'): once its own clauses tell of its event,
    they date it too. After a paragraph that names another council as well ('Leeds ... outstanding, while Calderdale
    ... good. | Inspectors who visited in October'), whose they are is not said."""
    found: list[Clause] = []
    last_named: Clause | None = None
    for clause in clause_list:
        if clause.named:
            last_named = clause
            continue
        if clause.authority is not authority or not clause.present or last_named is None \
                or clause.of_another_body:
            continue
        paragraph_start = text.rfind("\n\n", 0, last_named.start) + 1
        named_in_paragraph = [c for c in clause_list if c.named and paragraph_start <= c.start <= last_named.start]
        if all(c.authority is authority for c in named_in_paragraph):
            found.append(clause)
    return found


def _inspectors(text: str, present: list[Clause], told: Told) -> None:
    """Inspectors named where the document tells of the visit ('carried out by ...', 'led by ...')."""
    event = told.event
    for clause in present:
        for match in genres.INSPECTORS_IN_PROSE.finditer(text, clause.start, clause.end):
            group = next(name for name in ("names", "led", "lead", "lead2") if match[name])
            names = [n for n in split_names(match[group]) if n not in event.inspectors]
            if group != "names" and event.lead_inspector is None and names:
                event.lead_inspector = names[0]
                told.note("lead_inspector", match.start(group), match.end(group))
            event.inspectors.extend(names)
            told.note("inspectors", match.start(group), match.end(group))
    if event.lead_inspector in event.inspectors:
        event.inspectors.remove(event.lead_inspector)
        event.inspectors.insert(0, event.lead_inspector)
    elif event.inspectors and event.kind != "full_inspection":
        event.lead_inspector = event.inspectors[0]  # a visit's letter names its lead first
        told.evidence.extend(("lead_inspector", a, b, "the first inspector named leads a visit")
                             for name, a, b, _ in list(told.evidence) if name == "inspectors")


PUBLISHED_WITHIN = timedelta(days=120)  # how long after its inspection a report is published, at most


def _disputed(found: list[FoundGrade], warnings: list[str]) -> set[str]:
    """Judgements that the clauses about the event give two different grades in their own words (not one grade
    for every area beside another for one), none in the opening lines and none in a table of grades: the text
    does not settle which is this event's, so neither is taken."""
    told: dict[str, set[str]] = {}
    first: dict[str, int] = {}
    tabled = {grade.key for grade in found if grade.how == "table"}  # a table's row settles its judgement
    for grade in found:
        if grade.how not in _EVERY_AREA and grade.key not in tabled:
            told.setdefault(grade.key, set()).add(grade.grade)
            first[grade.key] = min(first.get(grade.key, grade.start), grade.start)
    # a grade in the headline or the opening lines (LEAD) is what the page reports; later ones are asides
    disputed = {key for key, grades in told.items() if len(grades) > 1 and first[key] > LEAD}
    for key in sorted(disputed):
        warning = (f"the text gives {key.replace('_', ' ')} more than one grade ({', '.join(sorted(told[key]))}) "
                   f"without settling which is this inspection's: left out")
        if warning not in warnings:
            warnings.append(warning)
    return disputed


# The single inspection framework named, or the areas only it graded.
_SIF_NAMED = re.compile(r"\bsingle\s+inspection\s+framework\b|\bSIF\b|\bchildren\s+looked\s+after\s+and\s+achieving"
                        r"\s+permanence\b|\bleadership,\s+management\s+and\s+governance\b|\badoption\s+performance\b",
                        re.I)


def _sif_named_of_this(text: str, year: int) -> bool:
    """Whether the page names the SIF or its areas other than in a sentence about an earlier inspection ('When Ofsted
    last inspected us, under the single inspection framework in March 2015, ...')."""
    for match in _SIF_NAMED.finditer(text):
        sentence = text[max(text.rfind(".", 0, match.start()), text.rfind("\n", 0, match.start())) + 1:
                        sentence_end(text, match.end())]
        if not _EARLIER_SENTENCE.search(sentence) and not any(int(y.group()) < year for y in A_YEAR.finditer(sentence)):
            return True
    return False


_EARLIER_SENTENCE = re.compile(r"\b(?:last|previous|previously|earlier|prior)\b", re.I)


def _framework_day(event: Event, reference: date | None, text: str) -> date | None:
    """A day that places the inspection in its framework: its start (to the month, or mid-year), else its
    publication, else the page's own date; with none of these, the split care judgements where the text names
    them as new ('the new judgement for care leavers')."""
    if event.start_date:
        started = day_of(event.start_date)
        if started is not None and ILACS_FROM <= started < ILACS_FROM.replace(year=ILACS_FROM.year + 1) \
                and _sif_named_of_this(text, started.year):
            # the single inspection framework's last re-inspections ran into 2018, the first year of its successor:
            # a page that names the SIF or its areas tells of one of them
            return ILACS_FROM - timedelta(days=1)
        return started
    if reference is None and event.published_date is None and genres.SPLIT_CARE_CUE.search(text):
        return SPLIT_JUDGEMENTS_FROM
    day = day_of(event.published_date) if event.published_date else reference
    if day is not None and SPLIT_JUDGEMENTS_FROM <= day < SPLIT_JUDGEMENTS_FROM + PUBLISHED_WITHIN:
        # published, or told, early in 2023: the inspection may have been in 2022, when children in care and care
        # leavers were one judgement, or in 2023, when they were two
        return None
    return day


_EARLIER_INSPECTION = re.compile(r"\b(?:inspect\w*|rated|judged|graded|rating|judge?ment)\b", re.I)


def _after_earlier_inspection(text: str, own: list[Clause]) -> date | None:
    """With nothing else to date an inspection, an earlier one of the council told in the past ('since the last
    full inspection, when they were judged to require improvement in 2022') places it in a later year, for a council
    is not inspected in full twice in a year: from 2023 on, the framework with children in care and care leavers
    apart. An earlier year does not settle which framework a later inspection had, so it gives no day."""
    years = [int(year.group()) for clause in own if clause.past and _EARLIER_INSPECTION.search(clause.text)
             for year in A_YEAR.finditer(text, clause.start, clause.end)]
    return SPLIT_JUDGEMENTS_FROM if years and max(years) + 1 >= SPLIT_JUDGEMENTS_FROM.year else None


def day_of(value: str) -> date:
    """A date of the text's precision as a day: its month's first, or the middle of its year."""
    return date.fromisoformat(value[:7] + "-01") if len(value) >= 7 else date(int(value), 6, 30)


def _drop_care_grade_of_unknown_framework(text: str, event: Event, added: list[FoundGrade],
                                          warnings: list[str]) -> None:
    """With no date to place the inspection, 'children in care and care leavers' may be one judgement (2018-22)
    or two (from 2023): left out, unless the text names the combined judgement by its own title; and so is a grade
    for children in care alone, which may be either."""
    combined = "children_in_care_and_care_leavers"
    found = next((g for g in added if g.key == combined), None)
    if found is not None and not genres.COMBINED_CARE_TITLE.search(text, found.start, found.end):
        del event.judgements[combined]
    elif found is None and "children_in_care" in event.judgements and "care_leavers" not in event.judgements:
        # a grade for children in care alone: the 2023 judgement, or the earlier one told by half its title
        del event.judgements["children_in_care"]
    else:
        return
    warnings.append("the inspection's date is not given, so whether children in care and care leavers were one "
                    "judgement or two is not known: their grade is left out")


def rename_care_evidence(told: Told, before: set[str], after: set[str]) -> None:
    """Evidence follows the care judgements when they are merged into one or split in two."""
    if before == after:
        return
    renamed = []
    for name, start, end, how in told.evidence:
        key = name.removeprefix("judgements.")
        if name.startswith("judgements.") and key not in after:
            added = after - before
            for new_key in sorted(added & set(RENAMED_TO.get(key, ())) or added):
                renamed.append((f"judgements.{new_key}", start, end, how))
            continue
        renamed.append((name, start, end, how))
    told.evidence[:] = renamed


def _focus(text: str, present: list[Clause], told: Told) -> None:
    for start, stop in focus_in_prose(text, present):
        told.event.focus_areas.append(" ".join(text[start:stop].split()))
        told.note(f"focus_areas[{len(told.event.focus_areas) - 1}]", start, stop)


def focus_in_prose(text: str, present: list[Clause]) -> list[tuple[int, int]]:
    """What a visit looked at, told in a sentence ('Inspectors looked at the local authority's arrangements for care
    leavers', 'reviewed the progress made in three key areas; ...'), as offsets of each thing."""
    candidates: list[list[tuple[int, int]]] = []
    for part in present:
        # the whole sentence: a list of areas often follows a semicolon ("three key areas; recording of ...")
        end = sentence_end(text, part.start)
        match = genres.FOCUS_IN_PROSE.search(text, part.start, end)
        if not match or not re.search(r"inspector|inspection|visit|ofsted", text[part.start:end], re.I):
            continue
        count = number_value(match["count"]) if match["count"] else None
        candidates.append(split_focus(text, match.start("list"), match.end("list"), count))
        if len(candidates) == 2:
            break
    # of the first two sentences that say it, the fuller ('The inspection evaluated the front door ..., and the
    # quality of practice for ...' over 'This inspection included a deep dive focus on ...')
    return max(candidates, key=len) if candidates else []


def split_focus(text: str, start: int, end: int, count: int | None) -> list[tuple[int, int]]:
    """The separate things a visit looked at, as offsets: split where the list divides (most telling division
    first), keeping whatever follows 'including' with the item it belongs to; with a count announced ('two
    areas'), the first division that gives that many."""
    stop = genres.FOCUS_STOP.search(text, start, end)
    end = stop.start() if stop else end
    particulars = genres.FOCUS_PARTICULARS.search(text, start, end)
    if particulars:
        start = particulars.end()
        if count is None:
            count = len(list(re.finditer(r",\s+(?:and\s+)?|\s+and\s+(?=whether|how|the)", text[start:end]))) + 1
    including = re.compile(r",?\s+including\b").search(text, start, end)
    head_end = including.start() if including else end
    candidates: list[list[tuple[int, int]]] = []
    splitters = []
    for splitter in genres.FOCUS_SPLITS:
        pieces, cursor = [], start
        for cut in splitter.finditer(text, start, head_end):
            pieces.append((cursor, cut.start()))
            cursor = cut.end()
        pieces.append((cursor, end))
        pieces = [_trim(text, a, b) for a, b in pieces if text[a:b].strip(" ;:,.-–")]
        if len(pieces) > 1:
            candidates.append(pieces)
            splitters.append(splitter)
    if count is None:
        # without a count, only a division that cannot be a mere comma inside one item ('; ', ', and the')
        return next((c for c, splitter in zip(candidates, splitters, strict=True)
                     if splitter is not genres.FOCUS_SPLITS[-1]),
                    [_trim(text, start, end)])
    chosen = next((c for c in candidates if len(c) == count), None) or (candidates[0] if candidates else
                                                                        [_trim(text, start, end)])
    while len(chosen) < count and _split_on_theme(text, chosen):
        pass  # a list that lost a comma: '... permanent placements scrutiny and challenge' (seed 000)
    return chosen


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\n;:,.-–“”\"'‘’":
        start += 1
    while end > start and text[end - 1] in " \t\n;:,.-–":
        end -= 1
    prefix = re.match(r"(?:the\s+)?(?:local\s+authority.s\s+|council.s\s+)?arrangements\s+for\s+",
                      text[start:end], re.I)
    return (start + prefix.end(), end) if prefix else (start, end)


def improvement_list(document: Document, clause_list: list[Clause], subjects: list[Told]) -> None:
    """The items after a lead such as 'Ofsted said Bury must improve:' or 'Two formal recommended areas for
    development were made', bulleted, numbered, one a line, or inline after the colon; given to the subject event
    the lead speaks of (every subject when it speaks of both). Every such list in the document is read."""
    text = document.text
    boilerplate = running_lines(document)
    read_to = -1
    for lead in genres.IMPROVEMENT_LEAD.finditer(text):
        clause = next((c for c in clause_list if c.start <= lead.start() < c.end), None)
        if clause is None or not clause.present or lead.start() < read_to:
            continue
        announced = genres.ANNOUNCED_COUNT.search(text, max(clause.start, lead.start() - 40), lead.end() + 10)
        count = number_value(announced["count"]) if announced else None
        items = [item for item in items_after_lead(document, lead.end(), count, boilerplate)
                 if not genres.COUNCIL_RESOLUTION.match(item.value)]
        if not items:
            continue
        owners = [t for t in subjects if clause.shared or t.event.local_authority is clause.authority] or subjects[:1]
        for told in owners:
            for item in items:
                told.note(f"areas_for_improvement[{len(told.event.areas_for_improvement)}]", item.start, item.end)
                told.event.areas_for_improvement.append(item.value)
        read_to = items[-1].end  # a second list may follow ('one area for priority action: ... two areas for
        # improvement: ...'); a lead inside a list already read is one of its items


def share_between(subjects: list[Told]) -> None:
    """Councils inspected together and reported with 'exactly the same grades' (Northamptonshire 2022): what one
    subject's clauses give and another's lack, the other has too, with the same evidence."""
    for told in subjects:
        for other in subjects:
            if other is told:
                continue
            event, source = told.event, other.event
            for key, grade in source.judgements.items():
                if key not in event.judgements:
                    event.judgements[key] = grade
                    told.evidence.extend(e for e in other.evidence if e[0] == f"judgements.{key}")
            for name in ("start_date", "end_date", "published_date"):
                if getattr(event, name) is None and getattr(source, name) is not None:
                    setattr(event, name, getattr(source, name))
                    told.evidence.extend(e for e in other.evidence if e[0] == name)
            if not event.areas_for_improvement and source.areas_for_improvement:
                event.areas_for_improvement = list(source.areas_for_improvement)
                told.evidence.extend(e for e in other.evidence if e[0].startswith("areas_for_improvement"))


def sentence_end(text: str, start: int) -> int:
    match = re.compile(r"\.(?=\s|$)|\n").search(text, start)
    return match.end() if match else len(text)


def _split_on_theme(text: str, pieces: list[tuple[int, int]]) -> bool:
    """Split the longest piece where a known theme starts mid-phrase; False when no split is possible."""
    for index in sorted(range(len(pieces)), key=lambda i: pieces[i][0] - pieces[i][1]):
        start, end = pieces[index]
        lower = text[start:end].lower()
        for theme in genres.FOCUS_THEMES:
            position = lower.find(theme, 1)
            if (position > 0 and lower[position - 1] == " "
                    and not lower[:position].rstrip().endswith(("and", "of", "the"))):
                pieces[index: index + 1] = [_trim(text, start, start + position), _trim(text, start + position, end)]
                return True
    return False


def record(extraction: Extraction, recorder: EvidenceRecorder, told: Told) -> None:
    """Append an event to the extraction with its evidence under its own index."""
    index = len(extraction.events)
    extraction.events.append(told.event)
    for field_name, start, end, how in told.evidence:
        path = f"events[{index}].{field_name}"
        if how:
            recorder.add_note(path, f"{how} (read from: {extraction.document.text[start:end]!r})")
        recorder.add(path, start, end)


__all__ = ["DATE_PATTERN", "Told", "event_kind", "record", "subject_events"]
