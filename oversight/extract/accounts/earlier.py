"""The earlier events an account tells of ('rated inadequate in 2016', 'since the last inspection in 2019, when
services were judged requires improvement'): one for each date a past sentence gives, with the grade its own words
give it, and grades kept or left behind by the event the account reports."""

from __future__ import annotations

import re
from datetime import date

from oversight.extract.accounts.event_dates import BEGAN_AFTER, BEGAN_THEN, NOT_THE_EVENTS_DATE
from oversight.extract.accounts.secondary import (
    LISTED_YEAR,
    VISIT_NUMBER,
    YEAR_PHRASE,
    Told,
    day_of,
    event_kind,
    rename_care_evidence,
    sentence_end,
    visit_ordinal,
)
from oversight.extract.model import Event
from oversight.extract.shared import genres
from oversight.extract.shared.dates import A_YEAR, MONTH, MONTH_YEAR_PATTERN, find_date_ranges, month_number
from oversight.extract.shared.judgements import (
    FoundGrade,
    care_judgements_of_their_time,
    merge_grades,
    prose_grades,
)
from oversight.extract.shared.page_dates import on_a_date_line
from oversight.extract.shared.prose import Clause
from oversight.extract.shared.vocabulary import grade_value
from oversight.extract.shared.when import MONTHS_WITH_YEAR, month_in_context, relative_date
from oversight.reference import Authority


def _left_behind(text: str, start: int, end: int) -> re.Match[str] | None:
    """A grade left behind by a move that happened, not one hoped for ('we are determined to move from adequate to
    good')."""
    match = genres.GRADE_LEFT_BEHIND.search(text, start, end)
    if match is not None and genres.HOPED_TO.search(text, max(start, match.start() - 40), match.start()):
        return None
    return match


# A clause that says there was no inspection: 'had not yet been inspected', 'has never been inspected'.
_NOT_INSPECTED = re.compile(r"\b(?:had|has|have)\s+(?:not|never)\s+(?:yet\s+)?been\s+(?:inspected|visited|rated|graded)"
                            r"|\bnot\s+yet\s+(?:been\s+)?(?:inspected|rated|graded)", re.I)


def mentioned_events(text: str, clause_list: list[Clause], authority: Authority, subject: Event | None,
                     reference: date | None, claimed: tuple[tuple[int, int], ...] = ()) -> list[Told]:
    """Earlier events told in past clauses: 'rated Good at its last full inspection in 2017'. A clause that dates
    two events ('the joint targeted area inspection ... in 2019 and ... the last ILACS inspection in 2022') gives
    one each, each with the kind named just before its date. Words that `claimed` spans cover already grade the
    subject ('from where services were two years ago when Ofsted judged them inadequate to ... a good overall
    rating'): they grade no earlier event."""
    found: list[Told] = []
    for index, clause in enumerate(clause_list):
        if clause.authority is not authority or not clause.past or clause.of_another_body \
                or _NOT_INSPECTED.search(clause.text):
            continue
        years, listed = _with_listed_years(text, list(YEAR_PHRASE.finditer(text, clause.start, clause.end)),
                                           clause.end)
        # ('after Ofsted's inspection in November 2021, published in January 2022': one event, and its report's month)
        published = [y for y in years[1:] if _PUBLISHED_BEFORE.search(text, max(clause.start, y.start() - 20),
                                                                      y.start())]
        years = [y for y in years if y not in published]
        if len(years) > 1 and genres.RESPECTIVELY.search(clause.text):
            continue  # 'Knowsley and Manchester ... in March 2017 and October 2017 respectively': whose is which
        earlier: list[re.Match[str]] = []
        if clause.continues and index and clause_list[index - 1].authority is clause.authority:
            # 'a step up from 2014, when the service last faced a full inspection': the year ends the clause before
            # (of the same council: not '... Doncaster, where ... inadequate in 2012, and Slough, | which was rated
            # inadequate in 2013')
            before = clause_list[index - 1]
            earlier = [y for y in YEAR_PHRASE.finditer(text, max(before.start, before.end - 25), before.end)][-1:]
            if earlier and _PUBLISHED_BEFORE.search(text, max(before.start, earlier[0].start() - 20),
                                                    earlier[0].start()):
                # ('... inspection in November 2021, published in January 2022, | which judged services inadequate':
                # the inspection's date, not its report's)
                earlier = list(YEAR_PHRASE.finditer(text, before.start, earlier[0].start()))[-1:]
        if earlier and years and _GRADED_AT_THE_YEAR.match(text, _first_grade_end(text, clause.start, years[0].start()),
                                                           years[0].start()):
            # '... in 2019, | when it was still rated inadequate following an Ofsted inspection in 2016': the grade is
            # the 2016 inspection's, and 2019 dates nothing of its own
            earlier = []
        if earlier and years:
            # 'since 2009, | when Ofsted found the service inadequate and then in 2015 requiring improvement': the
            # words up to the clause's own first date are the earlier year's; up to their first grade where the
            # date's own words grade it too ('in 2015, | which achieved "good" - up from "adequate" in 2013'),
            # or up to a grade they leave behind, which is the next date's ('... from its rating as "adequate" in 2013')
            graded = prose_grades(text, clause.start, years[0].start(), None)
            left = genres.GRADE_LEFT_BEHIND.search(text, clause.start, years[0].start())
            cut = min([g.end for g in graded] + [left.start() if left else years[0].start()])
            segments = [(clause.start, cut, earlier[0])] + _segments(
                text, Clause(text[cut: clause.end], cut, clause.end), years)
        else:
            segments = _segments(text, clause, years or earlier)
        goes_on = index + 1 < len(clause_list) and clause_list[index + 1].continues
        # words that already grade an earlier event grade no other ('in every area except adoption, | which was
        # judged to require improvement': the relative clause's grade is the area excepted's)
        taken = claimed + tuple((start, end) for told in found for name, start, end, _ in told.evidence
                                if name.startswith("judgements."))
        tolds = [_mentioned(text, clause, segment_start, segment_end, year, authority, reference, taken,
                            subject.judgements if subject else {}, clause_list[index - 1] if index else None)
                 for segment_start, segment_end, year in segments]
        for (segment_start, segment_end, _), told in zip(segments, tolds, strict=True):
            _report_published(told, [y for y in published if segment_start <= y.start() < segment_end])
        for year, told in _share_within_lists(text, segments, tolds, listed, authority):
            if told is None:
                continue
            if goes_on and not told.event.judgements and not _TELLS_OF_AN_EVENT.search(clause.text):
                continue  # 'since 2022, | when services were rated ...': the clause that goes on tells the event
            if subject is not None and subject.start_date and told.event.start_date and year is not None and \
                    told.event.start_date >= subject.start_date[: len(told.event.start_date)]:
                continue  # the subject's own date, not an earlier event
            _merge(found, told)
    if subject is not None:
        for told in _other_events_told_now(text, clause_list, authority, subject, reference):
            _merge(found, told)
    _grade_left_behind(text, clause_list, authority, found)
    _grade_kept(text, clause_list, authority, found)
    if subject is not None and subject.kind in ("focused_visit", "monitoring_visit"):
        _standing_rating(text, clause_list, authority, found, reference, subject)
    return found


def _standing_rating(text: str, clause_list: list[Clause], authority: Authority, found: list[Told],
                     reference: date | None = None, subject: Event | None = None) -> None:
    """A visit grades nothing, so a rating a story of one gives the council's children's services ('reinforces
    Ofsted's 2022 "Outstanding" rating of Camden Council's children's services') is its last full inspection's, dated
    where a year stands just before the grade. Only a rating of the services counts (genres.STANDING_RATING): not
    'Inspectors judged practice to be good', a finding of the visit, nor the rating of a fostering service, a home or
    a self-evaluation. An earlier full inspection already told with that grade takes the year; one told with another
    grade leaves the rating out."""
    graded = [t for t in found if t.event.kind == "full_inspection" and "overall_effectiveness" in t.event.judgements]
    for clause in clause_list:
        if clause.authority is not authority or clause.past or clause.future \
                or not genres.STANDING_RATING.search(clause.text) or genres.NOT_THE_SERVICES_RATED.search(clause.text):
            continue
        for grade in prose_grades(text, clause.start, clause.end, None):
            if grade.key != "overall_effectiveness":
                continue
            if any(t.event.judgements["overall_effectiveness"] != grade.grade for t in graded):
                return
            told = graded[0] if graded else Told(Event(role="mentioned", kind="full_inspection",
                                                       local_authority=authority))
            if not graded:
                told.event.judgements["overall_effectiveness"] = grade.grade
                told.note("judgements.overall_effectiveness", grade.start, grade.end,
                          "a rating told in a story of a visit, which grades nothing: the last full inspection's")
                found.append(told)
            year = genres.YEAR_BEFORE_GRADE.search(text, max(clause.start, grade.start - 12), grade.end)
            if year is not None and told.event.start_date is None:
                told.event.start_date = year["year"]
                told.note("start_date", year.start("year"), year.end("year"))
            if told.event.start_date is None:
                _month_of_the_rating(text, clause, grade, told, reference, subject)
            return


_MONTH_AFTER_GRADE = re.compile(rf"\s+(?:by\s+Ofsted\s+)?in\s+(?P<month>{MONTH})(?:\s+(?P<year>{A_YEAR.pattern}))?\b",
                                re.I)


def _month_of_the_rating(text: str, clause: Clause, grade: FoundGrade, told: Told, reference: date | None,
                         subject: Event | None) -> None:
    """The month a rating came, where it follows the grade ('rated inadequate in January', in a story of a visit in
    October): the last full inspection's date, if before the visit's."""
    month = _MONTH_AFTER_GRADE.match(text, grade.end, clause.end)
    if month is None:
        return
    value: str | None
    how: str | None
    if month["year"]:
        value, how = f"{month['year']}-{month_number(month['month']):02d}", None
    else:
        vague = month_in_context(month["month"], reference, month.group(0).strip())
        value, how = vague.value, vague.reasoning
    if value and subject is not None and subject.start_date and value < subject.start_date[: len(value)]:
        told.event.start_date = value
        told.note("start_date", month.start("month"), month.end(), how)


def _other_events_told_now(text: str, clause_list: list[Clause], authority: Authority, subject: Event,
                           reference: date | None) -> list[Told]:
    """Events that clauses not marked as the past still show to be other than the subject: a visit of another kind
    ('The report follows a focused visit in February', of a new full inspection), or a visit or inspection dated
    well before the subject's ('the first visit was held on 30th and 31st January 2018', in minutes on the visit
    of February 2019)."""
    found: list[Told] = []
    subject_day = date.fromisoformat(subject.start_date) if subject.start_date and len(subject.start_date) == 10 \
        else None
    for index, clause in enumerate(clause_list):
        if clause.authority is not authority or clause.past or clause.future \
                or clause.of_another_body:
            continue
        kind = next((k for k, cue in genres.VISIT_KIND_CUES if cue.search(clause.text)), None)
        if kind is None and not re.search(r"\binspect", clause.text, re.I):
            continue
        ranges = [r for r in find_date_ranges(text, clause.start, clause.end, reference)
                  if not NOT_THE_EVENTS_DATE.search(text[max(clause.start, r.text_start - 40): r.text_start])
                  and not on_a_date_line(text, r.text_start)]
        earlier = subject_day is not None and bool(ranges) and (subject_day - ranges[0].start).days > 60
        # to the month where the clause gives no days: 'since the last inspection in March 2017', 'the September
        # 2022 Focused Visit', 'the Ofsted Focused Visit in July 2019'
        another_kind = kind is not None and kind != subject.kind
        month = None
        if not ranges and (another_kind or subject.start_date):
            month = _month_before(text, clause, None if another_kind else subject.start_date)
        if not earlier and month is None and (kind is None or kind == subject.kind or ranges):
            continue
        if not ranges and month is None and not _KIND_BY_NAME.search(clause.text):
            continue  # 'The visit focused on children in care', in a letter on a monitoring visit: that visit
        told = Told(Event(role="mentioned", kind=kind or "full_inspection", local_authority=authority))  # type: ignore[arg-type]
        if ranges:
            told.event.start_date, told.event.end_date = ranges[0].start.isoformat(), ranges[-1].end.isoformat()
            told.note("start_date", ranges[0].text_start, ranges[0].text_end, ranges[0].reasoning)
            told.note("end_date", ranges[-1].text_start, ranges[-1].text_end, ranges[-1].reasoning)
        elif month is not None:
            told.event.start_date = month[0]
            told.note("start_date", month[1], month[2])
        if told.event.kind == "full_inspection" and subject.kind in ("monitoring_visit", "focused_visit"):
            # a visit grades nothing, so a grade in these words is the inspection's ('... following Ofsted's
            # inspection of November 2022, | which judged services inadequate', in a report on the visit after it)
            following = clause_list[index + 1] if index + 1 < len(clause_list) else None
            end = following.end if following is not None and following.continues else clause.end
            for grade in merge_grades(told.event.judgements, prose_grades(text, clause.start, end, None)):
                told.note(f"judgements.{grade.key}", grade.start, grade.end)
        found.append(told)
    return found


def _month_before(text: str, clause: Clause, subject_date: str | None) -> tuple[str, int, int] | None:
    """The month ('2024-02') in which the clause dates the event it names, and where it says so: not a letter's,
    meeting's or publication's month; with the subject's date, only one at least two months before it, for the clause
    may be telling of the subject. 'in February and March 2024' began in February."""
    found = [(m.start(), m.end(), m["y1"] or m["y2"], m["m1"]) for m in MONTHS_WITH_YEAR.finditer(clause.text)]
    found = [(clause.start + start, clause.start + end, year, month) for start, end, year, month in found]
    found += [(m.start(), m.end(), m["y"], m["m"]) for m in MONTH_YEAR_PATTERN.finditer(text, clause.start, clause.end)
              if not any(start <= m.start() < end for start, end, _, _ in found)]
    # months counted from year 0; a subject dated to the year alone is taken at its latest, December
    latest = None if subject_date is None else \
        int(subject_date[:4]) * 12 + (int(subject_date[5:7]) if len(subject_date) >= 7 else 12) - 2
    for start, end, year, month in sorted(found):
        if NOT_THE_EVENTS_DATE.search(text[max(clause.start, start - 40): start]) \
                or BEGAN_THEN.search(text, clause.start, start):
            continue  # (nor when someone was appointed: 'I was appointed commissioner ... in February 2023')
        if latest is not None and int(year) * 12 + month_number(month) > latest:
            continue
        return f"{year}-{month_number(month):02d}", start, end
    return None


def named_grade(match: re.Match[str] | None, groups: tuple[str, ...]) -> tuple[str, str] | None:
    """The group of a GRADE_LEFT_BEHIND or GRADE_KEPT match that holds the grade, and the grade it names."""
    group = next((g for g in groups if match is not None and match[g]), None)
    grade = grade_value(match[group]) if match is not None and group is not None else None
    return (group, grade) if group is not None and grade is not None else None


def _grade_kept(text: str, clause_list: list[Clause], authority: Authority, found: list[Told]) -> None:
    """'Renewed its outstanding rating', 'will retain its requires improvement judgement', 'judged outstanding for
    the second time in a row': the inspection before had that grade too. It is the latest earlier full inspection
    the document dates but does not grade, or else an undated one, unless one with that grade is known."""
    for clause in clause_list:
        if clause.authority is not authority or clause.past:  # 'will retain its judgement' tells of now too
            continue
        match = genres.GRADE_KEPT.search(text, clause.start, clause.end)
        named = named_grade(match, genres.KEPT_GROUPS)
        if match is None or named is None or genres.HOPED_TO.search(text, max(clause.start, match.start() - 40),
                                                                    match.start()):
            continue  # (not a grade they hope or expect to keep: 'expected to retain at least a good grade')
        group, grade = named
        if any(t.event.kind == "full_inspection" and t.event.judgements.get("overall_effectiveness") == grade
               for t in found):
            return
        earlier = [t for t in found
                   if t.event.kind == "full_inspection" and "overall_effectiveness" not in t.event.judgements]
        if earlier:
            before = max(earlier, key=lambda t: t.event.start_date or "")
        else:
            before = Told(Event(role="mentioned", kind="full_inspection", local_authority=authority))
            found.append(before)
        before.event.judgements["overall_effectiveness"] = grade
        before.note("judgements.overall_effectiveness", match.start(group), match.end(group),
                    "a grade kept from the inspection before")
        return


def _grade_left_behind(text: str, clause_list: list[Clause], authority: Authority, found: list[Told]) -> None:
    """'Moved up from inadequate to requires improvement': the latest earlier full inspection, if the document
    dates it but gives it no overall grade, had the grade left behind (one graded already keeps its own: an older
    inspection told of beside it is not the one left behind). Where the document tells of no earlier inspection, the
    words tell of one themselves ('its rating had gone from "inadequate" in September 2015 to ...'), dated where a
    date follows the grade left behind."""
    earlier = [t for t in found if t.event.kind == "full_inspection"]
    if not earlier:
        _inspection_left_behind(text, clause_list, authority, found)
        return
    latest = max(earlier, key=lambda t: t.event.start_date or "")
    if "overall_effectiveness" in latest.event.judgements:
        return
    told_years = [int(year.group()) for clause in clause_list if clause.authority is authority and clause.past
                  for year in A_YEAR.finditer(clause.text)]
    if latest.event.start_date and any(year > int(latest.event.start_date[:4]) for year in told_years):
        return  # 'previously inspected in 2016 and in 2019': a later inspection than the one read was left behind
    for index, clause in enumerate(clause_list):
        if clause.authority is not authority:
            continue
        match = _left_behind(text, clause.start, clause.end)
        named = named_grade(match, genres.LEFT_BEHIND_GROUPS)
        if match is None or named is None:
            continue
        if any(start <= match.start() < end for told in found for _, start, end, _ in told.evidence):
            continue  # the words already grade the event of their own date ('from "adequate" in 2013')
        # the earlier inspection of the year just after the grade ('climbed out of an inadequate rating in 2015 to
        # reach "requires improvement" at its last inspection, in 2019': 2015's), else the latest
        if any(t.event.judgements.get("overall_effectiveness") == named[1] for t in earlier):
            return  # 'no longer rated inadequate', where 'rated inadequate in 2018' is told: that inspection's
        going_on = clause_list[index + 1] if index + 1 < len(clause_list) else None
        # ("Hackney's rating fell from good, | which it received in 2019")
        dated = _YEAR_AFTER_GRADE.match(text, match.end(), clause.end) or (
            _RECEIVED_IN_A_YEAR.match(going_on.text) if going_on is not None and going_on.continues else None)
        target = next((t for t in earlier if dated and (t.event.start_date or "")[:4] == dated["year"]), latest)
        if "overall_effectiveness" in target.event.judgements:
            return
        target.event.judgements["overall_effectiveness"] = named[1]
        target.note("judgements.overall_effectiveness", match.start(), match.end())
        return


# A year just after a grade left behind, or after the rating it names: '... out of an inadequate rating in 2015'.
_YEAR_AFTER_GRADE = re.compile(r"[’'\"”]?\s+(?:(?:rating|judge?ment|grade)\s+)?(?:in|of)\s+(?:\w+\s+)?"
                               r"(?P<year>(?:19|20)\d\d)\b", re.I)


# A relative clause that dates the grade just told: '..., which it received in 2019'.
_RECEIVED_IN_A_YEAR = re.compile(r"\s*which\s+(?:it|they|the\s+council|services)\s+(?:had\s+)?"
                                 r"(?:received|achieved|gained|held|was\s+given|were\s+given|had\s+been\s+given)"
                                 r"\s+(?:in|at)\s+(?:\w+\s+)?"
                                 r"(?P<year>(?:19|20)\d\d)\b", re.I)


# The date just after a grade left behind: '"inadequate" in September 2015 to "requires improvement"'.
_DATE_AFTER_GRADE = re.compile(rf"[’'\"”]?,?\s+in\s+(?:(?P<month>{MONTH})\s+)?(?P<year>(?:19|20)\d\d)\b", re.I)


def _inspection_left_behind(text: str, clause_list: list[Clause], authority: Authority, found: list[Told]) -> None:
    """The inspection a grade left behind tells of, dated by the words just after that grade where any clause
    dates it ('no longer "inadequate"' ... 'from "inadequate" in September 2015 to ...')."""
    candidates: list[tuple[re.Match[str], str, str, re.Match[str] | None]] = []
    for clause in clause_list:
        if clause.authority is not authority:
            continue
        match = _left_behind(text, clause.start, clause.end)
        named = named_grade(match, genres.LEFT_BEHIND_GROUPS)
        if match is not None and named is not None:
            group, grade = named
            candidates.append((match, group, grade, _DATE_AFTER_GRADE.match(text, match.end(group), clause.end)))
    if not candidates or len({grade for _, _, grade, _ in candidates}) > 1:
        return  # none, or words that leave different grades behind: which inspection had which is not said
    if any(c.authority is not None and c.authority.la_code in authority.predecessors for c in clause_list):
        return  # 'no longer inadequate', where the council before it is told of: that council's inspection
    match, group, grade, dated = next((c for c in candidates if c[3] is not None), candidates[0])
    if any(t.event.kind == "full_inspection" and t.event.judgements.get("overall_effectiveness") == grade
           for t in found):
        return  # the document already tells of the inspection that gave it
    told = Told(Event(role="mentioned", kind="full_inspection", local_authority=authority))
    told.event.judgements["overall_effectiveness"] = grade
    told.note("judgements.overall_effectiveness", match.start(group), match.end(group),
              "the grade left behind: the inspection before had it")
    if dated:
        month = f"-{month_number(dated['month']):02d}" if dated["month"] else ""
        told.event.start_date = dated["year"] + month
        told.note("start_date", dated.start("month") if dated["month"] else dated.start("year"), dated.end())
    found.append(told)


def _with_listed_years(text: str, years: list[re.Match[str]],
                       end: int) -> tuple[list[re.Match[str]], dict[int, bool]]:
    """The years a clause dates events by, with those listed after one ('in 2011, 2014 and 2017', 'in 2016 and in
    2019'), and where the listed ones start, each with whether it is listed bare (no 'in' of its own). A span
    ('between 2014 and 2017') lists nothing."""
    found: list[re.Match[str]] = []
    listed: dict[int, bool] = {}
    cursor = 0
    for year in years:
        if year.start() < cursor:
            continue  # already read as listed
        found.append(year)
        if year.group().lower().startswith("between"):
            continue
        cursor = year.end()
        while (more := LISTED_YEAR.match(text, cursor, end)) is not None:
            found.append(more)
            listed[more.start()] = not re.search(r"\bin\b", more.group(), re.I)
            cursor = more.end()
    return found, listed


def _share_within_lists(text: str, segments: list[tuple[int, int, re.Match[str] | None]],
                        tolds: list[Told | None], listed: dict[int, bool],
                        authority: Authority) -> list[tuple[re.Match[str] | None, Told | None]]:
    """Years listed together share the kind and grades their words give: 'rated inadequate in 2011, 2014 and 2017'
    tells of three inspections rated inadequate; 'Inspections in 2016 and 2019 found services inadequate', of two.
    A year with a verb of its own after it ('and in 2018 it was praised by ...') takes nothing, and words after a
    year with an 'in' of its own are that year's alone ('Ofsted visited in 2014 and in 2018 rated it inadequate')."""
    runs: list[list[int]] = []
    for position, (_, _, year) in enumerate(segments):
        if year is not None and year.start() in listed and runs:
            runs[-1].append(position)
        else:
            runs.append([position])
    shared = [(year, told) for (_, _, year), told in zip(segments, tolds, strict=True)]
    for run in (r for r in runs if len(r) > 1):
        present = [t for t in (tolds[p] for p in run) if t is not None]
        source = next((t for t in present if t.event.judgements), present[0] if present else None)
        if source is None:
            continue
        grades = [e for e in source.evidence if e[0].startswith("judgements.")] \
            if source.event.kind not in ("focused_visit", "monitoring_visit") else []
        at = next(p for p in run if tolds[p] is source)
        for position in run:
            start, end, year = segments[position]
            told = tolds[position]
            if told is source or year is None or _VERB_BEFORE.search(text, year.end(), end):
                continue
            if position < at and not all(listed[segments[p][2].start()] for p in run  # type: ignore[union-attr]
                                          if position < p <= at):
                continue
            if told is None:
                told = Told(Event(role="mentioned", kind=source.event.kind, local_authority=authority))
                month = f"-{month_number(year['month'].strip()):02d}" if year["month"] else ""
                told.event.start_date = year["year"] + month
                told.note("start_date", year.start("month") if year["month"] else year.start("year"), year.end())
            if not told.event.judgements and grades:
                told.event.judgements.update(source.event.judgements)
                told.evidence.extend((name, start, end, "shared by the years listed together")
                                     for name, start, end, _ in grades)
                _of_their_time(told)
            shared[position] = (year, told)
    return shared


def _of_their_time(told: Told) -> None:
    """The care areas as the framework of the event's year named them."""
    if told.event.start_date:
        before = set(told.event.judgements)
        care_judgements_of_their_time(told.event.judgements, day_of(told.event.start_date[:4]))
        rename_care_evidence(told, before, set(told.event.judgements))


def _segments(text: str, clause: Clause, years: list[re.Match[str]]) -> list[tuple[int, int, re.Match[str] | None]]:
    """Cut a clause at each date it gives after the first: the words up to a date belong to that date's event."""
    if len(years) < 2:
        return [(clause.start, clause.end, years[0] if years else None)]
    segments: list[tuple[int, int, re.Match[str] | None]] = []
    cursor = clause.start
    for index, year in enumerate(years):
        if index + 1 == len(years):
            end = clause.end
        elif _WHEN_AFTER.match(clause.text, year.end() - clause.start) or not _VERB_BEFORE.search(text, cursor,
                                                                                                year.start()):
            # 'since 2009, when Ofsted found the service inadequate, and then in 2015 ...', 'By 2018 services had
            # improved to requires improvement, and in 2019 ...', 'Before that, in 2015, it had been judged to
            # require improvement, and ... between 2019 and 2022': a date that opens its words (no verb before
            # it), or one a 'when' follows: the words after it, up to the next date, are this date's; up to their
            # first grade where one follows ('in 2015, which achieved "good" - great strides from its rating as
            # "adequate" in 2013')
            end = years[index + 1].start()
            graded = prose_grades(text, year.end(), end, None)
            if graded:
                end = min(g.end for g in graded)
        else:
            # the next event's words begin after this date: 'in 2019, six years after an earlier inspection in 2013'
            end = year.end()
        segments.append((cursor, end, year))
        cursor = end
    return segments


_BARE_GRADE_GOES_ON = re.compile(r",?\s*(?:and|then|but)\s+(?:then\s+)?(?:as\s+)?[‘'\"“]?"
                                 rf"(?P<grade>{genres.GRADE_WORDS})[’'\"”]?\s+(?:in|at)\b", re.I)
# Before a grade: a judgement the council has had since, which is not the dated event's ('Since being judged
# inadequate the council has received five monitoring visits').
_SINCE_GRADED = re.compile(r"\bsince\s+(?:being|it\s+was|the\s+council\s+was|they\s+were)\s+(?:judged|rated|graded)\s+"
                           rf"(?:as\s+)?[‘'\"“]?{genres.GRADE_WORDS}[’'\"”]?", re.I)
# An event's kind named as such, not only told by what it did ('the visit focused on ...').
_KIND_BY_NAME = re.compile(r"\bfocus(?:s?ed)?\s+visit|\bmonitoring\s+visit|\bJTAI\b|\bjoint\s+targeted", re.I)
# The grades left behind that a move names without dating them ('no longer', 'out of', 'shake off'): a year after
# them dates the move, not the grade left.
_LEFT_BY_THE_MOVE = ("grade2", "grade3", "grade6")
_TO_A_GRADE = re.compile(rf"[’'\"”]?\s*(?:to|into)\s+(?:an?\s+|the\s+)?[‘'\"“]?{genres.GRADE_WORDS}[^.;]*$", re.I)
_WHEN_AFTER = re.compile(r",?\s+(?:when|where|which)\b", re.I)
_VERB_BEFORE = re.compile(r"\b(?:was|were|is|are|has|had|have|been|rated|judged|graded|found|inspected|visited|moved"
                          r"|improved|received|achieved|went|saw|gave)\b", re.I)


def _mentioned(text: str, clause: Clause, start: int, end: int, year: re.Match[str] | None, authority: Authority,
               reference: date | None, claimed: tuple[tuple[int, int], ...], now: dict[str, str],
               previous: Clause | None) -> Told | None:
    """The earlier event a stretch of a past clause tells of; `now` holds the subject's grades."""
    words = text[start:end]
    if year is not None and _began_then(text, year):
        year = None  # 'the trust, which has run services since April 2018', 'Since 2013 services had been delivered
        # through a partnership': no inspection's year
    # the kind named up to the date ('the full inspection in 2019, had any bearing on the JTAI')
    # (or, for a clause that goes on from another, the kind that one names: 'A focused visit in May 2018, | which
    # looked at the front door, found practice was improving')
    kind = event_kind(text[start: year.end()] if year else words) or event_kind(words) or (
        event_kind(previous.text) if clause.continues and previous is not None else None) or "full_inspection"
    if kind != "full_inspection" and not re.search(r"(?:last|previous|earlier)\s+\w*\s*visit|visit\s+(?:in|last)",
                                                  words, re.I):
        kind = "full_inspection" if re.search(r"rated|judged|graded|rating", words, re.I) else kind
    since_graded = _SINCE_GRADED.search(words)
    if since_graded is not None and year is not None and year.start() > start + since_graded.end() \
            and event_kind(words[since_graded.end():]) in ("monitoring_visit", "focused_visit"):
        # 'Since being judged inadequate the council has received five monitoring visits, the most recent in
        # October 2024': the year is the visit's, and the grade an earlier inspection's
        kind = event_kind(words[since_graded.end():]) or kind
    told = Told(Event(role="mentioned", kind=kind, local_authority=authority))
    number = VISIT_NUMBER.search(text, start, end) if kind == "monitoring_visit" else None
    if number is not None:  # 'At the eighth and final monitoring visit, in September 2022'
        told.event.visit_number = visit_ordinal(number)
        told.note("visit_number", number.start(), number.end())
    relative = relative_date(words, reference)
    lead_in = max(0, clause.start - 40)
    if relative is None and year is None and clause.continues:
        # 'where services were two years ago, | when Ofsted judged them inadequate': the clause goes on from its date
        relative = relative_date(text[lead_in: clause.start], reference)
    else:
        lead_in = start
    if relative is not None and BEGAN_THEN.search(text, text.rfind(".", 0, lead_in + relative[1].start()) + 1,
                                                  lead_in + relative[1].start()):
        relative = None  # 'since the council was created two years ago': when it began, not an inspection
    # (not the page's own date line, which a sentence run on from a headline may take in: 'Thu 5 Oct 2023 18.04 BST')
    ranges = [r for r in find_date_ranges(text, start, end, reference)
              if not NOT_THE_EVENTS_DATE.search(text[max(start, r.text_start - 40): r.text_start])
              and not on_a_date_line(text, r.text_start)
              # (not the day something began: 'since the Trust began delivering ... on 1 October 2014')
              and not BEGAN_THEN.search(text, text.rfind(".", 0, r.text_start) + 1, r.text_start)
              # (not a day after the year the words give, in another year: 'rated good by Ofsted in 2019, and the
              # Department for Education has now agreed the service can return ... from 1 September')
              and (year is None or r.text_start < year.start() or r.start.year == int(year["year"]))]
    if ranges:  # to the day where the text gives days: 'Ofsted re-inspected on 6th to 30th March 2017'
        told.event.start_date, told.event.end_date = ranges[0].start.isoformat(), ranges[-1].end.isoformat()
        told.note("start_date", ranges[0].text_start, ranges[0].text_end, ranges[0].reasoning)
        told.note("end_date", ranges[-1].text_start, ranges[-1].text_end, ranges[-1].reasoning)
    elif year:
        month = f"-{month_number(year['month'].strip()):02d}" if year["month"] else ""
        told.event.start_date = year["year"] + month
        told.note("start_date", year.start(), year.end())
    elif relative and relative[0].value:
        vague, match = relative
        told.event.start_date = vague.value
        told.note("start_date", lead_in + match.start(), lead_in + match.end(), vague.reasoning)
    left = _left_behind(text, start, end)
    left_named = named_grade(left, genres.LEFT_BEHIND_GROUPS)
    if left is not None and year is not None and _TO_A_GRADE.match(text, left.end(), year.start()):
        left_named = None  # 'moved from requires improvement to good in 2023': the year is the new grade's
    if left_named is not None and left_named[0] in _LEFT_BY_THE_MOVE and year is not None:
        # 'moved out of inadequate in 2024 after being judged requires improvement', 'a re-inspection in April 2018
        # lifted Sunderland out of inadequate': the year is the move's, before or after it
        left_named = None
    if left is not None and year is not None and year.end() <= left.start() \
            and prose_grades(text, start, left.start(), None):
        # 'which Ofsted rated good in 2023 after years of improvement from an inadequate rating': the year and the
        # grade before the one left behind go together (not 'The good rating is an improvement from the adequate
        # rating awarded after the last inspection in November 2012')
        left_named = None
    if left is not None and left_named is not None:
        # 'an improvement from the adequate rating awarded after the last inspection in 2012'
        grades = [FoundGrade("overall_effectiveness", left_named[1], left.start(), left.end(), "the grade left behind")]
    else:
        grades = _past_grades(text, clause, start, end, claimed)
        echoed = [g for g in grades if now.get(g.key) == g.grade]
        if echoed:
            # 'from where services were when Ofsted judged them inadequate to ... a good overall rating': where the
            # clause gives the area another grade too, the one the subject has now is not the earlier event's
            others = _past_grades(text, clause, start, end, claimed + tuple((g.start, g.end) for g in echoed))
            if {g.key for g in others} & {g.key for g in echoed}:
                grades = others
    if not grades and start > clause.start:
        # 'rated inadequate in 2014 | and good in 2018': a bare grade after 'and' goes on with the clause's verb
        bare = _BARE_GRADE_GOES_ON.match(text, start, end)
        if bare is not None and genres.GRADE_VERB_BEFORE.search(text, clause.start, start):
            grades = [FoundGrade("overall_effectiveness", grade_value(bare["grade"]) or "", bare.start("grade"),
                                 bare.end("grade"), "a grade going on with the clause's verb")]
    if kind in ("other", "focused_visit", "monitoring_visit"):
        # an annual performance assessment's verdict is no inspection's judgement, and visits grade nothing ('Since
        # the inadequate judgement there had been monitoring visits in 2019 and 2020')
        grades = []
    same = genres.SAME_VERDICT.search(words)
    named_after = _GRADE_NAMED_AFTER.search(text, start + same.end(), end) if same is not None else None
    if not grades and kind != "other" and named_after is not None:
        # "has climbed to the same grade its neighbour Liverpool received in 2022 — requires improvement": the
        # grade named after it
        grades = [FoundGrade("overall_effectiveness", grade_value(named_after["grade"]) or "",
                             named_after.start("grade"), named_after.end("grade"), "the grade the same verdict names")]
    elif not grades and kind != "other" and same is not None:
        # '... rated inadequate in 2019, | six years after an earlier inspection in 2013 had reached the same verdict',
        # "... rated 'requires improvement', | the same grading as 2019": the words before in the clause, else the
        # clause before (its overall grade, shared, so claimed or not)
        opening = clause.start if start > clause.start or previous is None else previous.start
        grades = [g for g in prose_grades(text, opening, start, None) if g.key == "overall_effectiveness"]
    for grade in merge_grades(told.event.judgements, grades):
        told.note(f"judgements.{grade.key}", grade.start, grade.end)
    if told.event.start_date is None:  # "Ofsted's 2022 'Outstanding' rating"
        year_before = next((year for g in grades
                            for year in [genres.YEAR_BEFORE_GRADE.search(text, max(start, g.start - 12), g.end)]
                            if year), None)
        if year_before is not None:
            told.event.start_date = year_before["year"]
            told.note("start_date", year_before.start("year"), year_before.end("year"))
    _of_their_time(told)
    # the words that must tell of an inspection: the segment, or for a whole clause, its sentence ('the first
    # judgement inspection for Derby's services | since 2017', 'Two and a half years ago, | inspectors found')
    whole = start == clause.start and end == clause.end
    # (a clause that ends its sentence ends the words: not the next sentence's 'To be judged good at the first
    # attempt', after '"Two years ago we were lifting and shifting a service ... organisation.')
    ends_its_sentence = re.search(r"[.!?][’”\"']?\s*$", text[start:end]) is not None
    telling = (text.rfind(".", 0, start) + 1, end if ends_its_sentence else sentence_end(text, end)) if whole \
        else (start, end)
    if not told.event.judgements and (not told.event.start_date or not _tells_of_an_earlier_event(text, *telling)):
        return None  # 'started working with Tameside from January 2025' is a date, but of no inspection
    if not told.event.judgements and year is not None and year.group().lower().startswith("since"):
        # the words the 'since' goes on from, less the subject's report speaking: '..., and that caseloads have come
        # down | since 2021' after 'The report says' is a trend's start; 'the first inspection | since 2017' is not
        opens_with_it = not text[clause.start: year.start()].strip()
        lead = text[previous.start: previous.end] if previous is not None and opens_with_it \
            else text[clause.start: year.start()]
        if not _TELLS_OF_AN_EVENT.search(_THE_REPORT_SPEAKING.sub(" ", lead + " " + words)):
            return None

    return told


# Between a grade and a year: the inspection that gave the grade ('rated inadequate following an Ofsted inspection in
# 2016').
_GRADED_AT_THE_YEAR = re.compile(r"[’'\"”]?\s+(?:by\s+Ofsted\s+)?(?:following|after|at|in)\s+(?:an?|the|its|their)\s+"
                                 r"(?:\w+\s+){0,2}?(?:inspection|re-inspection)\s+(?:(?:in|of)\s+(?:\w+\s+)?)?$", re.I)


def _first_grade_end(text: str, start: int, end: int) -> int:
    """Where the first grade told between `start` and `end` ends (`end` where none is)."""
    return min((g.end for g in prose_grades(text, start, end, None)), default=end)


# The grade a 'same verdict' names after a dash or a colon: '... received in 2022 — requires improvement'.
_GRADE_NAMED_AFTER = re.compile(rf"\s[—–:-]\s*[‘'\"“]?(?P<grade>{genres.GRADE_WORDS})[’'\"”]?\s*[.;,]?\s*$", re.I)


def _began_then(text: str, year: re.Match[str]) -> bool:
    """Whether a year dates what began then rather than an inspection: a body's start told just before it ('has run
    services since April 2018'), or, with no word of an inspection before it in its sentence, just after it ('Since
    2013 services had been delivered through a partnership')."""
    opening = text.rfind(".", 0, year.start()) + 1
    if BEGAN_THEN.search(text, opening, year.start()):
        return True
    if _TELLS_OF_AN_EVENT.search(text, opening, year.start()):
        return False
    stop = sentence_end(text, year.end())
    while stop > year.end() and text[stop - 1] in ".!? \n":
        stop -= 1
    return BEGAN_AFTER.match(text, year.end(), stop) is not None


def _past_grades(text: str, clause: Clause, start: int, end: int,
                 claimed: tuple[tuple[int, int], ...]) -> list[FoundGrade]:
    whole_clause = start == clause.start and end == clause.end
    return prose_grades(text, start, end, None, claimed) or (
        prose_grades(text, clause.start, clause.end, None, claimed) if whole_clause else [])


# The subject's report or its inspectors speaking ('The report says', 'inspectors found'): words of no earlier event.
_THE_REPORT_SPEAKING = re.compile(r"\b(?:the|their|its|this|Ofsted['’]s)\s+(?:\w+\s+)?(?:report|letter)\s+(?:says|said"
                                  r"|states|stated|notes|noted|finds|found)\b|\binspectors\s+(?:say|said|found|noted)\b",
                                  re.I)
_TELLS_OF_AN_EVENT = re.compile(r"inspect|visit|rated|rating|judged|judgement|graded|Ofsted|report|letter", re.I)
# an event word of the page's own time: 'Five years ago our services were failing children, and today's report shows
# how far we have come' tells of no inspection five years ago
_OF_TODAY = re.compile(r"\b(?:today['’]s|this|the\s+latest|the\s+new|this\s+week['’]s)\s+(?:\w+\s+)?$", re.I)


def _tells_of_an_earlier_event(text: str, start: int, end: int) -> bool:
    return any(not _OF_TODAY.search(text, max(0, m.start() - 30), m.start())
               for m in _TELLS_OF_AN_EVENT.finditer(text, start, end))


# Just before a year: the report's publication ('..., published in January 2022'), not another event.
_PUBLISHED_BEFORE = re.compile(r"\b(?:was\s+|were\s+|being\s+|report\s+)?published\s*$", re.I)


def _report_published(told: Told | None, published: list[re.Match[str]]) -> None:
    """The month or year an earlier event's report was published, where its own words say so."""
    if told is None or not published or told.event.published_date:
        return
    year = published[0]
    month = f"-{month_number(year['month'].strip()):02d}" if year["month"] else ""
    told.event.published_date = year["year"] + month
    told.note("published_date", year.start(), year.end())


def _merge(found: list[Told], told: Told) -> None:
    """Add an event, or merge it into one already found that it may be: of the same kind, dates that agree, no
    grade in conflict. An undated one goes with the nearest event told before it ('... inspected in 2014 and again
    in 2016. | Both inspections judged services inadequate'), not with the first the page told of."""
    candidates = found
    if not told.event.start_date and told.evidence:
        at = min(start for _, start, _, _ in told.evidence)

        def nearest_before(other: Told) -> int:
            told_before = [start for _, start, _, _ in other.evidence if start < at]
            return -max(told_before) if told_before else 1
        candidates = sorted(found, key=nearest_before)
    for other in candidates:
        same_kind = other.event.kind == told.event.kind
        dates_agree = not told.event.start_date or not other.event.start_date or \
            other.event.start_date.startswith(told.event.start_date) or \
            told.event.start_date.startswith(other.event.start_date)
        # 'inadequate for over a decade' is not the same event as 2022's 'requires improvement'
        conflicting = any(other.event.judgements.get(key, grade) != grade
                          for key, grade in told.event.judgements.items())
        if same_kind and dates_agree and not conflicting:
            if told.event.start_date and (not other.event.start_date
                                          or len(told.event.start_date) > len(other.event.start_date)):
                other.event.start_date = told.event.start_date
            for key, grade in told.event.judgements.items():
                other.event.judgements.setdefault(key, grade)
            other.event.published_date = other.event.published_date or told.event.published_date
            other.evidence.extend(item for item in told.evidence if item not in other.evidence)
            return
    found.append(told)
