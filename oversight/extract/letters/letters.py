"""Ofsted's focused-visit, monitoring-visit and JTAI letters."""

from __future__ import annotations

import re

from oversight.extract.accounts.earlier import mentioned_events
from oversight.extract.accounts.secondary import focus_in_prose, record
from oversight.extract.context import ExtractionContext
from oversight.extract.model import Event, Extraction, Person
from oversight.extract.shared.dates import DateRange, due_date, find_date_ranges
from oversight.extract.shared.evidence import EvidenceRecorder
from oversight.extract.shared.genres import ACTION_PLAN_DUE
from oversight.extract.shared.layout import items_after_lead, running_lines
from oversight.extract.shared.names import clean_person_name, split_names
from oversight.extract.shared.page_dates import DocumentDate
from oversight.extract.shared.prose import attribute, clauses, mark_dated_past, sentences
from oversight.extract.shared.when import ORDINAL, ordinal_value
from oversight.reference import Authority
from oversight.reference.mentions import Mention

KIND_OF_LETTER = {"focused_visit_letter": "focused_visit", "monitoring_visit_letter": "monitoring_visit",
                  "jtai_letter": "jtai"}
# "Focused visit to South Tyneside children's services", "Monitoring visit to Norfolk children's services",
# "Joint targeted area inspection of the multi-agency response to ... in Leeds"
_HEADING = re.compile(
    r"^[ \t]*(?:Focused|Monitoring)\s+visit\s+(?:to|of)\s+(?P<name>.{2,80}?)\s+children.s\s+services"
    r"|^[ \t]*Joint\s+targeted\s+area\s+inspection\s+of\s+the\s+multi-?agency\s+response\s+to\s+[^\n]{0,200}?\s+in\s+"
    r"(?P<jtai>[A-Z][^\n,.]{2,60})",
    re.M | re.I,
)
_SUMMARY = re.compile(r"This\s+letter\s+(?:summarises|sets\s+out|reports)\s+"
                      r"(?:the\s+findings|what\s+inspectors\s+found)[^.]*?\.", re.I | re.S)
# How letters name their inspectors (keywords matched in any case, names only with their capitals):
# "The inspectors were Louise Walker, Her Majesty's Inspector and Julie Knight, ...", "Her Majesty's Inspectors for
# this visit were A and B.", "The visit was carried out on 4 and 5 December 2018 by A and B, Her Majesty's
# Inspectors.", "The inspectors were A, HMI, and B, HMI, who led the visit." and a JTAI's "Inspection team /
# Ofsted: A (lead inspector), B".
_INSPECTORS = [
    re.compile(r"(?i:(?:Her|His)\s+Majesty.s\s+Inspectors?\s+for\s+this\s+(?:visit|inspection)\s+(?:were|was))"
               r"\s+(?P<names>[^.]+)\."),
    re.compile(r"(?i:The\s+(?:lead\s+)?inspectors?\s+(?:were|was))\s+(?P<names>[^.]{3,300}?)\.(?=\s|$)"),
    re.compile(r"(?i:(?:visit|inspection)\s+was\s+(?:carried\s+out|undertaken|led|conducted)(?:\s+(?:on|from|between)"
               r"\s+[^.]{3,60}?)?\s+by)\s+(?P<names>[^\n]+?)\.(?=\s|$)"),
    re.compile(r"(?i:(?:Her|His)\s+Majesty.s\s+Inspectors?)\s+(?:\(HMI\)\s+)?(?P<names>[A-Z][^.]{3,200}?)\s+"
               r"(?i:carried\s+out)"),
    # a JTAI's team, one line per inspectorate: "Ofsted: A (lead inspector), B", "Care Quality Commission: C"
    re.compile(r"(?im:^[ \t|]*Inspection\s+team[ \t|]*\n)(?P<names>(?:[ \t|]*[A-Z][\w ’'&()-]{1,60}:[^\n]+\n?)+)"),
]
# The inspector who led, where the letter says so beside a name.
_LED_BY = re.compile(r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+)[^,;()]{0,40}?"
                     r"(?:,\s+who\s+led\s+the\s+(?:visit|inspection)"
                     r"|\s*\((?i:lead\s+inspector)\))")
_SIGN_OFF = re.compile(r"Yours\s+(?:sincerely|faithfully),?\s*\n+\s*(?P<name>[^\n]+)", re.I)
_IMPROVE_HEADING = re.compile(
    r"^[ \t]*(?:What\s+needs\s+to\s+improve[^\n]*|Areas?\s+for\s+(?:further\s+)?(?:priority\s+action|improvement)"
    r"[^\n]*|Priority\s+action[^\n]*)$", re.I | re.M)
# What introduces a list of what the visit looked at: 'Inspectors looked at:', 'Inspectors reviewed the progress
# made in the following areas of concern identified at the last inspection:', '..., focusing on:', 'Areas
# covered by the visit', 'Inspectors evaluated:'.
_FOCUS_LEADS = re.compile(
    r"(?:\b(?:looked\s+at|evaluated|reviewed|considered|examined|focus(?:ed|ing)?\s+on|with\s+a\s+focus\s+on)"
    r"[^.:]{0,200}:[ \t]*$|^[ \t]*(?:Areas\s+covered\s+by\s+the\s+visit|Areas\s+of\s+focus)[ \t]*:?[ \t]*$)",
    re.I | re.M)
# 'the fourth monitoring visit', 'the second such visit' (2016-17 quarterly visits), 'This was the 6th monitoring visit'
_VISIT_NUMBER = re.compile(rf"\b(?:the\s+)?(?P<ordinal>{ORDINAL})\s+(?:(?:quarterly\s+)?monitoring|such)\s+visit"
                           rf"|monitoring\s+visit\s+(?:was|is)\s+(?:the|our|its)\s+(?P<ordinal2>{ORDINAL})\b", re.I)


def read_letter(extraction: Extraction, document_type: str, context: ExtractionContext,
                recorder: EvidenceRecorder, mentions: list[Mention], primary: Authority | None,
                dated: DocumentDate | None) -> None:
    text = extraction.document.text
    event = Event(role="subject", kind=KIND_OF_LETTER[document_type])
    extraction.events.append(event)
    field = "events[0]"

    heading = _HEADING.search(text[:3000])
    authority = None
    if heading:
        name = heading["name"] or heading["jtai"]
        on = dated.day if dated else None
        resolution = context.resolver.resolve(name, on=on)
        if resolution.authority:
            authority = resolution.authority
            group = "name" if heading["name"] else "jtai"
            recorder.add("local_authority", heading.start(group), heading.end(group))
        else:
            extraction.warnings.append(f"the council in the heading could not be resolved: {resolution.reason}")
        extraction.title = " ".join(heading.group().split())
    if authority is None and primary is not None:
        authority = primary
        first = next(m for m in mentions if m.authority is primary)
        recorder.add("local_authority", first.start, first.end)
    if authority is None:
        extraction.warnings.append("no council named in the letter")
    extraction.local_authority = event.local_authority = authority

    if dated:
        event.published_date = dated.day.isoformat()
        recorder.add(f"{field}.published_date", dated.start, dated.end)
    else:
        extraction.warnings.append("the letter's date is not given")

    ranges = _visit_dates(text, dated)
    if ranges:
        event.start_date, event.end_date = ranges[0].start.isoformat(), ranges[-1].end.isoformat()
        recorder.add(f"{field}.start_date", ranges[0].text_start, ranges[0].text_end)
        recorder.add(f"{field}.end_date", ranges[-1].text_start, ranges[-1].text_end)
    else:
        extraction.warnings.append("the dates of the visit are not given")

    due = ACTION_PLAN_DUE.search(text)
    deadline, reasoning = due_date(due["date"], dated.day if dated else None) if due else (None, None)
    if due and deadline:
        event.action_plan_due_date = deadline.isoformat()
        if reasoning:
            recorder.add_note(f"{field}.action_plan_due_date", reasoning)
        recorder.add_match(f"{field}.action_plan_due_date", due, "date")

    number = _VISIT_NUMBER.search(text[:4000])
    if number and event.kind == "monitoring_visit":
        event.visit_number = ordinal_value(number["ordinal"] or number["ordinal2"])
        recorder.add_match(f"{field}.visit_number", number)

    _inspectors(extraction, recorder, event, field)
    if event.kind in ("focused_visit", "monitoring_visit"):
        _addressee(extraction, recorder, dated)
    _focus(extraction, recorder, event, field)
    _improvements(extraction, recorder, event, field)

    clause_list = clauses(text)
    mark_dated_past(clause_list, dated.day if dated else None)
    attribute(clause_list, mentions, authority, letter=True, on=dated.day if dated else None)
    # earlier events of the letter's council, and of any other it names (its predecessor before a reorganisation)
    for named in dict.fromkeys(m.authority for m in mentions):
        for told in mentioned_events(text, clause_list, named, event if named is authority else None,
                                     dated.day if dated else None):
            record(extraction, recorder, told)


# A sentence that tells when the visit happened: the letter's summary ('This letter summarises the findings of the
# focused visit to X on 2 and 3 March 2022') or a JTAI's opening ('Between 6 and 10 March 2017, Ofsted ...').
_WHEN_VISITED = re.compile(r"visit|inspection|inspectors|carried\s+out|undertook|took\s+place", re.I)
_NOT_THE_VISIT = re.compile(r"(?:publish\w*|dated|letter\s+of|since|judged|by|before)\s+(?:\w+\s+){0,2}$", re.I)


def _visit_dates(text: str, dated: DocumentDate | None) -> list[DateRange]:
    """The visit's days: the first dates in a sentence about the visit, not the letter's own date nor a date the
    sentence gives for something else ('since 1 April 2017', 'judged inadequate in July 2015'); a second block
    only when joined to the first ('5 to 9 December 2022 and 14 to 15 February 2023')."""
    summary = _SUMMARY.search(text)
    spans = [(summary.start(), summary.end())] if summary else []
    spans += [(a, b) for a, b in sentences(text[:6000]) if _WHEN_VISITED.search(text, a, b)]
    for start, end in spans:
        found = [r for r in find_date_ranges(text, start, end)
                 if (not dated or r.text_start != dated.start)
                 and not _NOT_THE_VISIT.search(text[max(start, r.text_start - 30): r.text_start])]
        if found:
            blocks = [found[0]]
            for following in found[1:]:
                if re.fullmatch(r"\s*(?:and|,)\s*", text[blocks[-1].text_end: following.text_start]):
                    blocks.append(following)
            return blocks
    return []


# The first line of the address block: 'Ms Helen Ackroyd', 'Mr Darryl Fenwick'.
_ADDRESSEE = re.compile(r"^[ \t]*(?:Mr|Mrs|Ms|Miss|Dr|Professor|Sir|Dame)\.?[ \t]+"
                        r"(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,2})"
                        r"[ \t]*$", re.M)


# The title line under the addressee's name, where the post is held for now ('Interim Director of Children's
# Services').
_STANDING_IN_TITLE = re.compile(r"[ \t]*\n[ \t]*(?P<how>Interim|Acting)\b", re.I)


def _addressee(extraction: Extraction, recorder: EvidenceRecorder, dated: DocumentDate | None) -> None:
    """A focused or monitoring visit letter is addressed to the director of children's services, whatever their
    title ('Executive Director, Education, Care and Health Services'): the name at the head of the address block."""
    text = extraction.document.text
    salutation = re.search(r"^[ \t]*Dear\s", text, re.M)
    if salutation is None:
        return
    match = _ADDRESSEE.search(text, dated.end if dated else 0, salutation.start())
    name = clean_person_name(match["name"]) if match else None
    if not name or any(p.name == name for p in extraction.people):
        return
    organisation = extraction.local_authority.name if extraction.local_authority else None
    title = _STANDING_IN_TITLE.match(text, match.end())  # type: ignore[union-attr]
    role = f"{title['how'].lower()} director of children's services" if title else "director of children's services"
    extraction.people.append(Person(name, role, organisation))
    recorder.add(f"people[{len(extraction.people) - 1}]", match.start("name"), match.end("name"))  # type: ignore[union-attr]


def _inspectors(extraction: Extraction, recorder: EvidenceRecorder, event: Event, field: str) -> None:
    text = extraction.document.text
    names: list[str] = []
    named = None
    for pattern in _INSPECTORS:
        named = pattern.search(text)
        if named:
            names = split_names(named["names"])
            if names:
                recorder.add_match(f"{field}.inspectors", named, "names")
                break
    led = _LED_BY.search(named["names"]) if named else None
    sign_off = _SIGN_OFF.search(text)
    lead = clean_person_name(led["name"]) if led else None
    if lead:
        recorder.add(f"{field}.lead_inspector", named.start("names") + led.start("name"),  # type: ignore[union-attr]
                     named.start("names") + led.end("name"))  # type: ignore[union-attr]
    elif sign_off and clean_person_name(sign_off["name"]):
        lead = clean_person_name(sign_off["name"])
        recorder.add_match(f"{field}.lead_inspector", sign_off, "name")
    elif names:
        lead = names[0]  # the first named leads, unless the letter says otherwise (a letter cut off before its end)
        recorder.add_match(f"{field}.lead_inspector", named, "names")  # type: ignore[arg-type]
    if lead in names:
        names.remove(lead)
    if lead:
        names.insert(0, lead)
    event.lead_inspector = lead
    event.inspectors = names
    if not names:
        extraction.warnings.append("no inspector named in the letter")
    for index, name in enumerate(names):
        extraction.people.append(Person(name, "lead inspector" if index == 0 and lead else "inspector", "Ofsted"))


def _focus(extraction: Extraction, recorder: EvidenceRecorder, event: Event, field: str) -> None:
    """What the visit looked at: the list after 'Inspectors looked at:' or 'Areas covered by the visit', else the
    sentence that says it; for a JTAI, the front door and its deep-dive theme."""
    document = extraction.document
    text = document.text
    boilerplate = running_lines(document)
    for lead in _FOCUS_LEADS.finditer(text):
        items = items_after_lead(document, lead.end(), None, boilerplate, sentences_under_heading=False)
        if items:
            for item in items:
                event.focus_areas.append(item.value.rstrip(".;"))
                recorder.add_found(f"{field}.focus_areas[{len(event.focus_areas) - 1}]", item)
            return
    for start, stop in focus_in_prose(text, [c for c in clauses(text) if c.present]):
        event.focus_areas.append(" ".join(text[start:stop].split()))
        recorder.add(f"{field}.focus_areas[{len(event.focus_areas) - 1}]", start, stop)


def _improvements(extraction: Extraction, recorder: EvidenceRecorder, event: Event, field: str) -> None:
    """Every list under a heading such as 'Areas for priority action' or 'What needs to improve'."""
    document = extraction.document
    boilerplate = running_lines(document)
    read_to = -1
    for heading in _IMPROVE_HEADING.finditer(document.text):
        if heading.start() < read_to:
            continue
        items = items_after_lead(document, heading.end(), None, boilerplate)
        for item in items:
            recorder.add_found(f"{field}.areas_for_improvement[{len(event.areas_for_improvement)}]", item)
            event.areas_for_improvement.append(item.value)
        if items:
            read_to = items[-1].end
