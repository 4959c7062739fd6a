"""When the event an account tells of took place and was published: its days, months or years in the clauses about
it, read against the page's own date, and the dates that are not the event's (a meeting's, a letter's, a body's start,
another kind of visit's)."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from oversight.extract.shared import genres
from oversight.extract.shared.dates import find_date_ranges, month_number, parse_date
from oversight.extract.shared.page_dates import on_a_date_line
from oversight.extract.shared.prose import Clause
from oversight.extract.shared.when import (
    BARE_MONTHS,
    MONTHS_WITH_YEAR,
    month_in_context,
    published_relative,
    relative_date,
)

if TYPE_CHECKING:
    from oversight.extract.accounts.secondary import Told


# Before a single day: the day the event began, not its end ('in the week of 6 March', 'Inspectors spent two weeks in
# the borough from 14 January').
_WEEK_OF = re.compile(r"(?:week\s+(?:of|commencing|beginning|starting)|\bfrom)\s+(?:\w+day,?\s+)?$", re.I)


def _about_the_event(clause: Clause) -> bool:
    # 'rated inadequate by Ofsted in January': the month a rating came is the month the story dates it by; 'we
    # didn't have an inspection last year' dates no inspection
    # 'A team from Ofsted was in the borough from 30 September', 'Inspectors spent two weeks in the county'
    # ('Knowsley partners hosted a JTAI from 20 to 24 May')
    return bool(re.search(r"inspect|visit|investigation|\bJTAI\b|(?:took|taken|take)\s+place|on\s+site|carried\s+out"
                          r"|\bran\s+from|\b(?:rated|judged|branded)\b"
                          # 'climbed to requires improvement in 2022 and then to good in February 2024'
                          r"|\b(?:improved|moved|risen|rose|climbed|jumped|dropped|fallen|fell|slipped)\s+"
                          r"(?:up\s+|down\s+)?to\s+[‘'\"“]?(?:requires?\s+improvement|outstanding|inadequate|good)\b"
                          rf"|{genres.JOURNEY_STEP_GRADE.pattern}"
                          r"|\bOfsted\b[^.;]{0,20}\b(?:was|were)\s+in\s+the\s+"
                          r"(?:borough|county|city|district|council|area)\b|\bspent\s+(?:\w+\s+){1,3}?(?:days?|weeks?)\b",
                          clause.text, re.I)) \
        and not NO_EVENT.search(clause.text)


NO_EVENT = re.compile(r"\b(?:didn.t|did\s+not|hasn.t|has\s+not|haven.t|have\s+not|wasn.t|was\s+not|is\s+not)\s+"
                       r"(?:had\s+|have\s+|been\s+)?(?:an?\s+|any\s+)?(?:\w+\s+)?(?:inspection|visit)", re.I)


# Words just before a date that make it another date than the event's ('published on', 'the letter dated', 'the
# meeting on', 'discussed by a scrutiny committee in March', 'will meet next Tuesday October 22', 'announced today
# (Friday 6 August 2010)', 'told the paper today (Tuesday, 22 June)'), unless the event
# is named after them ('the outcome letter from the Ofsted review visit on 6 to 8 October 2020').
NOT_THE_EVENTS_DATE = re.compile(r"(?:publish|letter|report\s+on|dated|\bmeet(?:ing|s)?\b|\bdue\b|discussed|committee"
                                 r"|\bnext\s+\w+day|\bannounced\b|\btold\b)"
                                 r"(?![^.]*\b(?:visit|inspection)\b)[^.]*$|\bby\s*$", re.I)

# Just before a year: a body or council that began then, not an inspection ('has delivered children's social care on
# behalf of the council since April 2018', 'have been run since 2017 by a trust', 'since the authority was created
# in April 2023'); not where an inspection's words stand between ('has run services since it was rated inadequate').
_BEGAN = (r"(?:deliver(?:ed|s|ing)?|run|runs|running|ran|provided|managed|operated|creat(?:ed|ion)|set\s+up"
          r"|established|formed|launch(?:ed)?|commissioned|took\s+over|taken\s+over|owned|in\s+charge"
          # what a reorganisation did: 'since the county was split into two unitary authorities in April 2021'
          r"|split|divided|abolished|replaced|merged|reorganised"
          # a service handed from one body to another: 'brought back under the direct control of Doncaster Council from
          # the Doncaster Children's Services Trust in September 2022'
          r"|brought\s+back|handed\s+back|transferred"
          # what began that is no inspection: 'the single inspection framework, introduced in November 2013'
          r"|introduced|brought\s+in|came\s+into\s+(?:force|effect)|began"
          # 'Since the introduction of the single inspection framework in November 2013'
          r"|introduction\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}framework"
          # what government and councils did after a judgement: 'I was appointed commissioner ... in February 2023',
          # 'an improvement notice issued in December 2022', 'the direction was revoked in 2022'
          r"|appointed|appointment|recruited|took\s+up|improvement\s+notice|statutory\s+direction|lifted|revoked"
          # 'Cumberland Council became responsible for children's services ... on 1 April 2023'
          r"|became\s+responsible|(?:took|assumed)\s+responsibility|abolition)")
_NO_WORD_OF_AN_INSPECTION = r"(?:(?!inspect|rated|judged|graded|Ofsted|visit)[^.;])"
BEGAN_THEN = re.compile(rf"\b{_BEGAN}\b{_NO_WORD_OF_AN_INSPECTION}{{0,140}}$", re.I)
# After a year: what began then, with no word of an inspection in the rest of the sentence ('Since 2013 children's
# services on the Island had been delivered through a partnership with Hampshire').
BEGAN_AFTER = re.compile(rf"[^.;]{{0,80}}?\b{_BEGAN}\b{_NO_WORD_OF_AN_INSPECTION}*$", re.I)


# 'Ofsted published the letter from its latest monitoring visit on 11 November 2021': the day it was published, though
# the visit is named just before it.
_PUBLISHED_THE_LETTER = re.compile(r"\bpublish\w*\s+(?:the|its|their)\s+(?:\w+\s+)?(?:letter|report)\s+"
                                   r"(?!following|after)[^.;\d]{0,70}\bon\s+(?:\w+day,?\s+)?(?:the\s+)?$", re.I)


def read_dates(text: str, present: list[Clause], told: Told, reference: date | None, warnings: list[str]) -> None:
    event = told.event
    about_event = [c for c in present if _about_the_event(c)]
    for clause in about_event:
        ranges = [r for r in find_date_ranges(text, clause.start, clause.end, reference)
                  if not NOT_THE_EVENTS_DATE.search(text[max(clause.start, r.text_start - 40): r.text_start])
                  # (one day: 'published its letter following a focused visit ... on 5 and 6 September' dates the
                  # visit)
                  and not (r.start == r.end
                           and _PUBLISHED_THE_LETTER.search(text, max(clause.start, r.text_start - 100), r.text_start))
                  and not on_a_date_line(text, r.text_start)
                  # ('Ofsted's first monitoring visit, on 6 and 7 June 2023, ...' in a page whose event is a full
                  # inspection)
                  and not _another_kinds_date(clause.text, r.text_start - clause.start, event.kind, visits_only=True)]
        if ranges:
            event.start_date, event.end_date = ranges[0].start.isoformat(), ranges[-1].end.isoformat()
            told.note("start_date", ranges[0].text_start, ranges[0].text_end, ranges[0].reasoning)
            if ranges[-1].start == ranges[-1].end and _WEEK_OF.search(text, max(0, ranges[-1].text_start - 30),
                                                                     ranges[-1].text_start):
                event.end_date = None  # 'in the week of 6 March', 'from 14 January': it began then, its end is not said
            else:
                told.note("end_date", ranges[-1].text_start, ranges[-1].text_end, ranges[-1].reasoning)
            break
    if event.start_date is None:
        for clause in about_event:
            found = list(MONTHS_WITH_YEAR.finditer(clause.text))
            if not found:
                continue
            # of several ('the inspection in February and March 2024 ... the monitoring visit in June 2025'), the
            # one after the words that name this event's kind
            cue = dict(genres.EVENT_KIND_CUES).get(event.kind)
            found = [m for m in found if not _another_kinds_date(clause.text, m.start(), event.kind)
                     # (not when someone was appointed: 'I was appointed commissioner ... in February 2023'; nor
                     # when the report was published)
                     and not BEGAN_THEN.search(clause.text, 0, m.start())
                     and not NOT_THE_EVENTS_DATE.search(clause.text[max(0, m.start() - 40): m.start()])]
            if not found:
                continue
            match = next((m for m in found if cue is not None
                          and cue.search(clause.text, max(0, m.start() - 60), m.start())), found[0])
            first_year = match["y1"] or match["y2"]
            event.start_date = f"{first_year}-{month_number(match['m1']):02d}"
            told.note("start_date", clause.start + match.start("m1"), clause.start + match.end("y1" if match["y1"]
                                                                                              else "y2"))
            if match["m2"]:
                event.end_date = f"{match['y2']}-{month_number(match['m2']):02d}"
                told.note("end_date", clause.start + match.start("m2"), clause.start + match.end("y2"))
            break
    if event.start_date is None:
        for clause in about_event:
            months = [m for m in BARE_MONTHS.finditer(clause.text)
                      if not NOT_THE_EVENTS_DATE.search(clause.text[max(0, m.start() - 40): m.start()])
                      # (not another visit's month: 'A focused visit in July last year had raised similar concerns')
                      and not _another_kinds_date(clause.text, m.start(), event.kind, visits_only=True)]
            if not months:
                continue
            resolved = [month_in_context(m["m"], reference, clause.text[m.start(): m.end()].strip()) for m in months]
            if resolved[0].value is None:
                event.months_named = [month_number(m["m"]) for m in months]
                warnings.append(f"the dates of the {_kind_words(event.kind)} are not known: {resolved[0].reasoning}")
                told.note("start_date", clause.start + months[0].start("m"), clause.start + months[-1].end("m"),
                          resolved[0].reasoning)
            else:
                event.start_date = resolved[0].value
                told.note("start_date", clause.start + months[0].start("m"), clause.start + months[0].end("m"),
                          resolved[0].reasoning)
                if len(months) > 1:  # 'in September and October'; a single month says when it began, not ended
                    event.end_date = resolved[-1].value
                    told.note("end_date", clause.start + months[-1].start("m"), clause.start + months[-1].end("m"),
                              resolved[-1].reasoning)
            break
    if event.start_date is None:
        for clause in about_event:
            relative = relative_date(clause.text, reference)
            if relative and re.search(r"publish\w*\s+(?:\w+\s+)?$", clause.text[: relative[1].start()], re.I):
                continue  # 'a report published last month': when it was published, not when inspectors came
            if relative and relative[0].value:
                vague, match = relative
                event.start_date = vague.value
                told.note("start_date", clause.start + match.start(), clause.start + match.end(), vague.reasoning)
                break
    if event.start_date is None:
        _qualified_years(text, about_event, told)
    if event.start_date is None and reference is not None:
        under_way = next((m for c in about_event for m in [_UNDER_WAY.search(text, c.start, c.end)] if m), None)
        if under_way is not None:
            event.start_date = reference.isoformat()[:7]
            told.note("start_date", under_way.start(), under_way.end(),
                      f"under way on the page's date {reference.isoformat()}: it began that month, or just before")
    _published(text, present, told, reference)
    if event.start_date is None and not any(w.startswith("the dates of") for w in warnings):
        warnings.append(f"the dates of the {_kind_words(event.kind)} are not given")


def _qualified_years(text: str, about_event: list[Clause], told: Told) -> None:
    """'following visits in late 2024 and early 2025': years the words place the event in, to the year. A year
    alone ('in 2024') is not read, for a story gives many years of other things; one said to be early, mid or late
    in it is a time of the event."""
    for clause in about_event:
        match = genres.QUALIFIED_YEARS.search(text, clause.start, clause.end)
        if match is None or NOT_THE_EVENTS_DATE.search(text[max(clause.start, match.start() - 40): match.start()]):
            continue
        told.event.start_date = match["first"]
        told.note("start_date", match.start("first"), match.end("first"), f"'{match.group().strip()}', to the year")
        if match["last"]:
            told.event.end_date = match["last"]
            told.note("end_date", match.start("last"), match.end("last"), f"'{match.group().strip()}', to the year")
        return


# An inspection told as happening now: 'is currently undergoing an Ofsted inspection', 'inspectors are in this week'
_UNDER_WAY = re.compile(r"\b(?:is|are)\s+(?:currently\s+|now\s+)?(?:undergoing|being\s+inspected)\b"
                        r"|\binspectors\s+are\s+(?:currently\s+)?(?:in|on\s+site|visiting)\b", re.I)


def _another_kinds_date(clause: str, at: int, kind: str, visits_only: bool = False) -> bool:
    """A date just after the name of another kind of event than this one is that event's ('the inspection was
    graded good; a monitoring visit in January 2020 had found progress'). With `visits_only`, only a visit's name
    counts ('Ofsted's first monitoring visit, on 6 and 7 June 2023'), not the word 'inspection', which a JTAI's
    minutes use of it too ('the inspection took place between 8 and 12 July 2019')."""
    before = clause[max(0, at - 60): at]
    return any(cue.search(before) for other, cue in genres.EVENT_KIND_CUES
               if other != kind and not (visits_only and other in ("full_inspection", "other"))) \
        and not any(cue.search(before) for other, cue in genres.EVENT_KIND_CUES if other == kind)


def _kind_words(kind: str) -> str:
    return "event" if kind == "other" else kind.replace("_", " ")


def _published(text: str, present: list[Clause], told: Told, reference: date | None) -> None:
    """When the report or letter was published: a date after 'published', or 'published today' and the like."""
    event = told.event
    for clause in present:
        match = genres.PUBLISHED_IN_PROSE.search(text, clause.start, clause.end)
        if match:
            day = parse_date(match["date"])
            reasoning = None
            if day is None:  # no year: 'published on Tuesday (November 15)', 'published on 12 January'
                yearless = find_date_ranges(text, match.start("date"), match.end("date"), reference)
                day, reasoning = (yearless[0].start, yearless[0].reasoning) if yearless else (None, None)
            # (not a report published before the event began, or one the words name as another kind's: 'the
            # inspection carried out in May 2019, published on 2 August 2019', in minutes on the visit after it)
            if day is not None and (event.start_date is None or day.isoformat() >= event.start_date[:10]) \
                    and not _another_kinds_date(text[clause.start: clause.end], match.start() - clause.start,
                                                event.kind):
                event.published_date = day.isoformat()
                told.note("published_date", match.start("date"), match.end("date"), reasoning)
                return
        relative = published_relative(clause.text, reference)
        if relative and relative[0].value:
            vague, found = relative
            event.published_date = vague.value
            told.note("published_date", clause.start + found.start(), clause.start + found.end(), vague.reasoning)
            return
    for clause in present:
        month = genres.PUBLISHED_IN_A_MONTH.search(text, clause.start, clause.end)
        published = f"{month['year']}-{month_number(month['month']):02d}" if month else None
        # (not a month before the event began: 'The report of that inspection was published in January 2023' is an
        # earlier inspection's, in a page on the visit of June 2023)
        if month and published and (event.start_date is None or published >= event.start_date[:7]):
            event.published_date = published
            told.note("published_date", month.start("month"), month.end("year"))
            return
