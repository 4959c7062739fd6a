"""Ofsted's focused-visit, monitoring-visit and JTAI letters."""

from __future__ import annotations

import re

from oversight.extract.context import ExtractionContext
from oversight.extract.dates import find_date_ranges
from oversight.extract.evidence import EvidenceRecorder
from oversight.extract.layout import list_items, running_lines
from oversight.extract.model import Event, Extraction, Person
from oversight.extract.names import clean_person_name, split_names
from oversight.extract.prose import DocumentDate, attribute, clauses
from oversight.extract.secondary import mentioned_events, record
from oversight.extract.when import ORDINAL, ordinal_value
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
_SUMMARY = re.compile(r"This\s+letter\s+summarises\s+the\s+findings[^.]*?\.", re.I | re.S)
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
_LED_BY = re.compile(r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+)[^,;()]{0,40}?(?:,\s+who\s+led\s+the\s+(?:visit|inspection)"
                     r"|\s*\((?i:lead\s+inspector)\))")
_SIGN_OFF = re.compile(r"Yours\s+(?:sincerely|faithfully),?\s*\n+\s*(?P<name>[^\n]+)", re.I)
_FOCUS = [
    re.compile(r"Inspectors\s+(?:looked\s+at|evaluated|considered|reviewed|examined)\s+(?:the\s+)?"
               r"(?:local\s+authority.s\s+)?(?:arrangements\s+for|progress\s+(?:made\s+)?in|the\s+quality\s+of)?\s*"
               r"(?P<focus>[^.]{4,300})\.", re.I),
    re.compile(r"(?:The\s+)?(?:visit|inspection)\s+(?:focused\s+on|looked\s+at|considered)\s+(?P<focus>[^.]{4,300})\.", re.I),
]
_FOCUS_LIST_HEADING = re.compile(r"^[ \t]*(?:Areas\s+covered\s+by\s+the\s+visit|Areas\s+of\s+focus)[ \t]*:?[ \t]*$", re.I | re.M)
_IMPROVE_HEADING = re.compile(
    r"^[ \t]*(?:What\s+needs\s+to\s+improve[^\n]*|Areas?\s+for\s+(?:priority\s+action|improvement)[^\n]*"
    r"|Priority\s+action[^\n]*)$", re.I | re.M)
_IMPROVE_END = re.compile(r"^[ \t]*(?:Main\s+findings|Headline\s+findings|Findings|Ofsted\s+will|Yours\s+sincerely"
                          r"|Summary\s+of\s+findings|Progress|The\s+(?:local\s+authority|leadership))", re.I | re.M)
_VISIT_NUMBER = re.compile(rf"\b(?:the\s+)?(?P<ordinal>{ORDINAL})\s+monitoring\s+visit", re.I)


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

    summary = _SUMMARY.search(text)
    # the visit's dates are in the summary sentence or the one or two after it ("This inspection took place ...")
    window = (summary.start(), min(len(text), summary.end() + 400)) if summary else (0, min(len(text), 3000))
    ranges = [r for r in find_date_ranges(text, *window) if not dated or r.text_start != dated.start]
    if ranges:
        event.start_date, event.end_date = ranges[0].start.isoformat(), ranges[-1].end.isoformat()
        recorder.add(f"{field}.start_date", ranges[0].text_start, ranges[0].text_end)
        recorder.add(f"{field}.end_date", ranges[-1].text_start, ranges[-1].text_end)
    else:
        extraction.warnings.append("the dates of the visit are not given")

    number = _VISIT_NUMBER.search(text[:4000])
    if number and event.kind == "monitoring_visit":
        event.visit_number = ordinal_value(number["ordinal"])
        recorder.add_match(f"{field}.visit_number", number)

    _inspectors(extraction, recorder, event, field)
    _focus(extraction, recorder, event, field)
    _improvements(extraction, recorder, event, field)

    clause_list = clauses(text)
    attribute(clause_list, mentions, authority)
    if authority is not None:
        for told in mentioned_events(text, clause_list, authority, event, dated.day if dated else None):
            record(extraction, recorder, told)


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
    text = extraction.document.text
    heading = _FOCUS_LIST_HEADING.search(text)
    if heading:
        end = _IMPROVE_END.search(text, heading.end())
        for item in list_items(extraction.document, heading.end(), end.start() if end else heading.end() + 1500,
                               running_lines(extraction.document)):
            event.focus_areas.append(item.value.rstrip("."))
            recorder.add_found(f"{field}.focus_areas", item)
        if event.focus_areas:
            return
    for pattern in _FOCUS:
        match = pattern.search(text)
        if match:
            focus = " ".join(match["focus"].split())
            event.focus_areas.append(focus)
            recorder.add_match(f"{field}.focus_areas", match, "focus")
            return


def _improvements(extraction: Extraction, recorder: EvidenceRecorder, event: Event, field: str) -> None:
    text = extraction.document.text
    for heading in _IMPROVE_HEADING.finditer(text):
        end = _IMPROVE_END.search(text, heading.end())
        stop = end.start() if end else min(len(text), heading.end() + 4000)
        items = list_items(extraction.document, heading.end(), stop, running_lines(extraction.document))
        for item in items:
            recorder.add_found(f"{field}.areas_for_improvement[{len(event.areas_for_improvement)}]", item)
            event.areas_for_improvement.append(item.value)
