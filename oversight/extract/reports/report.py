"""Full inspection reports (ILACS, SIF, and the 2012-13 inspections before them) into one subject event."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from oversight.extract.context import ExtractionContext
from oversight.extract.model import Event, Extraction, Person
from oversight.extract.reports.previous import find_previous_inspections
from oversight.extract.shared import vocabulary as vocab
from oversight.extract.shared.dates import DateRange, find_date_ranges, parse_date
from oversight.extract.shared.evidence import EvidenceRecorder
from oversight.extract.shared.layout import join_lines, list_items, running_lines
from oversight.extract.shared.names import clean_person_name, read_team
from oversight.reference.mentions import MentionFinder

SHORT_INSPECTION_MAX_DAYS = 7  # a short ILACS inspection is one week on site; a standard one two (domain.md s5)
FRONT_CHARS = 4000  # the header block of page 1 (and the start of page 2 for long SIF titles)


@dataclass
class ReportTitle:
    framework: str
    match: re.Match[str]


# What may stand before a title on its line in a copy of the front page: a page number and the council's name.
_NAME_BEFORE_TITLE = re.compile(r"(?:\d+\s+)?[A-Z][\w'’&-]*(?:\s+(?:and\s+|upon\s+|on\s+)?[A-Z][\w'’&-]*)*")
_TITLE_FOLLOWED_BY = re.compile(r"Inspection\s+dates?\s*:?|Report\s+published", re.I)


def find_report_title(text: str) -> ReportTitle | None:
    """The title that makes a document a full inspection report, with its framework.

    A title counts only at the start of a line and with the inspection dates printed just after it, as on every
    report's front page: letters and minutes also say "inspection of local authority children's services".
    """
    front = text[:FRONT_CHARS]
    best: ReportTitle | None = None
    for framework, pattern in vocab.REPORT_TITLES:
        for match in pattern.finditer(front):
            line_start = front.rfind("\n", 0, match.start()) + 1
            before = front[line_start: match.start()].strip()
            # a copy on another site may run the front page into one line: '1 Leicester City Council Inspection
            # of services for children in need ...'; a sentence that mentions an inspection is not a title
            if before and (len(before) > 60 or not match.group().startswith(("Inspection", "Re-inspection",
                                                                               "Reinspection"))
                           or not _NAME_BEFORE_TITLE.fullmatch(before)):
                continue
            if not _TITLE_FOLLOWED_BY.search(front, match.end(), match.end() + 700):
                continue
            if best is None or match.start() < best.match.start():
                best = ReportTitle(framework, match)
            break
    return best


def extract_report(extraction: Extraction, title: ReportTitle, context: ExtractionContext) -> None:
    """Fill `extraction` with the subject event of a full inspection report and what the report mentions."""
    document = extraction.document
    text = document.text
    record = EvidenceRecorder(document, extraction)
    event = Event(role="subject", kind="full_inspection", framework=title.framework)
    extraction.events.append(event)
    field = "events[0]"
    extraction.title = " ".join(title.match.group().split())
    record.add_match("title", title.match)
    if title.match.re is vocab.LSCB_REVIEW_ONLY:
        extraction.warnings.append("a review of the Local Safeguarding Children Board alone: the council's own "
                                   "inspection was published as a separate report")

    blocks = _inspection_dates(text, record, event, field)
    if blocks is None:
        extraction.warnings.append("inspection dates not found on the front page")
    if title.framework == "ilacs":
        if blocks:
            first = blocks[0]
            event.ilacs_type = "short" if first.days <= SHORT_INSPECTION_MAX_DAYS else "standard"
            record.add(f"{field}.ilacs_type", first.text_start, first.text_end)
        else:
            extraction.warnings.append("ILACS type unknown: no inspection dates to measure")

    on = date.fromisoformat(event.start_date) if event.start_date else context.published_on
    _authority(extraction, title, record, event, context, on)
    _published(extraction, record, event, field, context)
    _inspectors(extraction, record, event, field)
    _judgements(extraction, record, event, field, title.framework)
    _improvements(extraction, record, event, field, title.framework)
    for previous in find_previous_inspections(text, event, context.resolver):
        index = len(extraction.events)
        extraction.events.append(previous.event)
        record.add(f"events[{index}].{previous.date_field}", previous.start, previous.end)
        if previous.grade_span:
            record.add(f"events[{index}].judgements.{previous.area}", *previous.grade_span)


def _inspection_dates(text: str, record: EvidenceRecorder, event: Event, field: str) -> list[DateRange] | None:
    label = re.search(r"Inspection\s+dates?\s*:?", text[:FRONT_CHARS], re.I)
    if not label:
        return None
    stop = re.compile(r"Lead\s+inspector|Reporting\s+inspector|Report\s+published|Published|Judgement|Age\s+group",
                      re.I).search(text, label.end(), label.end() + 400)
    blocks = find_date_ranges(text, label.end(), stop.start() if stop else label.end() + 200)
    if not blocks:
        return None
    event.start_date = blocks[0].start.isoformat()
    event.end_date = blocks[-1].end.isoformat()
    record.add(f"{field}.start_date", blocks[0].text_start, blocks[0].text_end)
    record.add(f"{field}.end_date", blocks[-1].text_start, blocks[-1].text_end)
    return blocks


def _authority(extraction: Extraction, title: ReportTitle, record: EvidenceRecorder, event: Event,
               context: ExtractionContext, on: date | None) -> None:
    """The council is named inside the ILACS title, above older titles, or below the 2013 ones."""
    text = extraction.document.text
    candidates: list[tuple[str, int, int]] = []
    if "name" in title.match.re.groupindex and title.match["name"]:
        candidates.append((title.match["name"], title.match.start("name"), title.match.end("name")))
    before = [m for m in re.finditer(r"[^\n]+", text[: title.match.start()])
              if m.group().strip() and not m.group().strip().isdigit()]
    for count in (2, 1, 3):  # council names often wrap onto a second line
        if len(before) >= count:
            lines = before[-count:]
            joined = " ".join(m.group().strip() for m in lines)
            candidates.append((joined, lines[0].start(), lines[-1].end()))
    after = re.finditer(r"[^\n]+", text[title.match.end(): title.match.end() + 400])
    for line in list(after)[:6]:
        candidates.append((line.group(), title.match.end() + line.start(), title.match.end() + line.end()))
    for name, start, end in candidates:
        clean = name.strip().rstrip("0123456789 ")
        if not clean or clean.isdigit() or len(clean) < 3:
            continue
        resolution = context.resolver.resolve(clean, on=on)
        if resolution.authority:
            extraction.local_authority = event.local_authority = resolution.authority
            record.add("local_authority", start, end)
            record.add("events[0].local_authority", start, end)
            return
    # a copy of a report's opening on another page ('we are publishing its opening summary in full below') may leave
    # out the front page's name: the one council the page names, if it names only one
    mentions = [m for m in (context.mentions or MentionFinder(context.resolver.registry)).find(text)
                if on is None or m.authority.exists_on(on)]
    if len({m.authority for m in mentions}) == 1:
        first = mentions[0]
        extraction.local_authority = event.local_authority = first.authority
        record.add("local_authority", first.start, first.end)
        record.add("events[0].local_authority", first.start, first.end)
        extraction.warnings.append("authority not on the report's front page: the one council the page names")
        return
    extraction.warnings.append("authority not resolved from the report's front page")


def _published(extraction: Extraction, record: EvidenceRecorder, event: Event, field: str,
               context: ExtractionContext) -> None:
    text = extraction.document.text
    printed = re.search(r"(?:Report\s+)?published\s*:?\s*(?P<date>\d{1,2}\s+\w+\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})",
                        text[:FRONT_CHARS], re.I)
    day = parse_date(printed["date"]) if printed else None
    if printed and day:
        event.published_date = day.isoformat()
        record.add_match(f"{field}.published_date", printed, "date")
    elif context.published_on:
        event.published_date = context.published_on.isoformat()
        record.add_note(f"{field}.published_date", f"not printed in the report; taken from {context.manifest_source}")
    else:
        extraction.warnings.append("publication date not printed in the report and no manifest entry for it")


def _inspectors(extraction: Extraction, record: EvidenceRecorder, event: Event, field: str) -> None:
    text = extraction.document.text
    leads: list[str] = []
    for match in vocab.LEAD_INSPECTOR.finditer(text):
        parts = vocab.LEADS_SEPARATOR.split(match["name"]) if match["plural"] else [match["name"]]
        leads = [name for name in (clean_person_name(part) for part in parts) if name]
        if leads:
            record.add_match(f"{field}.lead_inspector", match, "name")
            record.add_match(f"{field}.inspectors", match, "name")  # the leads are the first of the inspectors
            break
    if not leads:
        extraction.warnings.append("lead inspector not named in the report")
    elif len(leads) > 1:
        extraction.warnings.append(f"{len(leads)} lead inspectors named: the first is taken as the lead")
    lead = leads[0] if leads else None
    event.lead_inspector = lead
    names = list(dict.fromkeys(leads))
    for entry in read_team(text):
        if not entry.names_inspectors:
            continue  # data analysts, quality assurance managers
        names.extend(name for name in entry.names if name not in names)
        if entry.names:
            record.add(f"{field}.inspectors", entry.start, entry.end)
    event.inspectors = names
    for name in names:
        role = "lead inspector" if name in leads else "inspector"
        extraction.people.append(Person(name, role, "Ofsted"))


def _judgements(extraction: Extraction, record: EvidenceRecorder, event: Event, field: str, framework: str) -> None:
    text = extraction.document.text
    if framework == "ilacs":
        _table_judgements(text, record, event, field, vocab.ILACS_JUDGEMENTS)
    elif framework == "sif":
        _table_judgements(text, record, event, field, vocab.SIF_JUDGEMENTS)
        for pattern in vocab.SIF_OVERALL:
            match = pattern.search(text, 0, FRONT_CHARS * 2)
            if match and vocab.grade_value(match["grade"]):
                event.judgements["overall_effectiveness"] = vocab.grade_value(match["grade"])  # type: ignore[assignment]
                record.add_match(f"{field}.judgements.overall_effectiveness", match)
                break
        lscb = vocab.LSCB_GRADE.search(text)
        if lscb:
            event.judgements["lscb"] = vocab.grade_value(lscb["grade"])  # type: ignore[assignment]
            record.add_match(f"{field}.judgements.lscb", lscb)
    else:
        _record_of_main_findings(text, record, event, field)
    if "overall_effectiveness" not in event.judgements:
        extraction.warnings.append("overall effectiveness grade not found")
    if framework == "ilacs" and not ({"children_in_care_and_care_leavers"} <= event.judgements.keys()
                                     or {"children_in_care", "care_leavers"} <= event.judgements.keys()):
        extraction.warnings.append("judgement on children in care and care leavers not found")


def _table_judgements(text: str, record: EvidenceRecorder, event: Event, field: str,
                      labels: list[tuple[str, str]]) -> None:
    front = text[: FRONT_CHARS * 2]
    for key, label in labels:
        # (a label and its grade parted by a colon, a dash, a bar or dotted leaders, as copies of the table print them)
        match = re.search(rf"{label}\.?\s*(?:[:|–—-]|\.{{2,}})?\s*(?P<grade>{vocab.GRADE})", front, re.I)
        if match and key not in event.judgements:
            event.judgements[key] = vocab.grade_value(match["grade"])  # type: ignore[assignment]
            record.add_match(f"{field}.judgements.{key}", match)


# the grade ends its line, alone or after its area's name ('Capacity to improve Adequate': the text engine keeps a
# table's row on one line)
_RECORD_GRADE = re.compile(rf"(?:^|(?<=[ \t]))[ \t]*(?P<grade>{vocab.GRADE})(?:\s*\(?Grade\s+\d\)?)?[ \t]*$",
                           re.I | re.M)
_RECORD_SECTIONS = re.compile(r"^(Services\s+for\s+looked\s+after\s+children|Safeguarding\s+services)\s*", re.I)


def _record_of_main_findings(text: str, record: EvidenceRecorder, event: Event, field: str) -> None:
    """2013 reports end with a table of area / grade lines under 'Record of main findings'."""
    heading = None
    for match in re.finditer(r"^[ \t]*Record\s+of\s+main\s+findings[ \t]*$", text, re.M):
        heading = match  # the last one is the table; the first is in the contents list
    if heading is None:
        return
    cursor, prefix = heading.end(), ""
    both_services = len({m.group(1).split()[0].lower() for m in re.finditer(
        _RECORD_SECTIONS.pattern, text[heading.end(): heading.end() + 3000], re.I | re.M)}) == 2
    for grade in _RECORD_GRADE.finditer(text, heading.end(), heading.end() + 3000):
        label = join_lines([line.strip() for line in text[cursor: grade.start()].splitlines() if line.strip()])
        cursor = grade.end()
        section = _RECORD_SECTIONS.match(label)
        if section:
            # each service's own grades where the record gives both services' (the 2009-12 inspections of both):
            # never the overall effectiveness of the services as a whole; an inspection of looked after children's
            # services alone (2013) grades only them, under the plain names
            prefix = "safeguarding_" if section.group(1).lower().startswith("safeguarding") \
                else "looked_after_children_" if both_services else ""
            label = label[section.end():]
        if not label or len(label) > 120:
            break
        key = prefix + re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_")
        event.judgements[key] = vocab.grade_value(grade["grade"])  # type: ignore[assignment]
        record.add(f"{field}.judgements.{key}", grade.start("grade"), grade.end("grade"))


def _improvements(extraction: Extraction, record: EvidenceRecorder, event: Event, field: str,
                  framework: str) -> None:
    text = extraction.document.text
    heading = vocab.IMPROVEMENT_HEADINGS[framework]
    start_match = None
    for match in heading.finditer(text):
        if framework == "pre_sif" and not re.search(r"should|following action", text[match.end(): match.end() + 400]):
            continue  # the contents page, or a heading that is not the list
        if framework != "pre_sif" and re.match(r"\s*\d+\s*\n", text[match.end(): match.end() + 10]):
            continue  # a contents-page entry followed by its page number
        start_match = match
        break
    if start_match is None:
        extraction.warnings.append("no 'what needs to improve' list found")
        return
    end_match = vocab.IMPROVEMENT_ENDS[framework].search(text, start_match.end() + 1)
    end = end_match.start() if end_match else min(len(text), start_match.end() + 6000)
    # Only the 2013 reports lost their bullets in extraction; elsewhere a section with no bullets or numbers is a
    # paragraph of comment, not a list (North Lincolnshire 2022, judged outstanding throughout).
    items = list_items(extraction.document, start_match.end(), end, running_lines(extraction.document),
                       unmarked_items=framework == "pre_sif")
    for index, item in enumerate(items):
        event.areas_for_improvement.append(item.value)
        record.add_found(f"{field}.areas_for_improvement[{index}]", item)
    if not items:
        extraction.warnings.append("the 'what needs to improve' section lists no items (it is a paragraph or empty)")
