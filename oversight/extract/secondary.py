"""News stories, council minutes and press releases: the event they tell of, and the earlier ones they mention."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from oversight.extract import genres
from oversight.extract.dates import DATE_PATTERN, find_date_ranges, month_number, parse_date
from oversight.extract.evidence import EvidenceRecorder
from oversight.extract.model import Event, Extraction
from oversight.extract.prose import Clause
from oversight.extract.vocabulary import grade_value
from oversight.extract.when import BARE_MONTHS, ORDINAL, month_in_context, ordinal_value, relative_date
from oversight.reference import Authority

_YEAR = re.compile(r"\b(?:in|since|from|during|of)\s+(?P<month>(?:January|February|March|April|May|June|July|August"
                   r"|September|October|November|December)\s+)?(?P<year>(?:19|20)\d\d)\b")
_VISIT_NUMBER = re.compile(rf"\b(?P<ordinal>{ORDINAL})\s+(?:\w+\s+)?monitoring\s+visit", re.I)


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


def subject_events(text: str, clause_list: list[Clause], authority: Authority, reference: date | None,
                   warnings: list[str]) -> Told | None:
    """The event that the clauses about `authority` (not the ones about the past) tell of."""
    own = [c for c in clause_list if c.authority is authority]
    present = [c for c in own if not c.past]
    kind = None
    for candidate, cue in genres.EVENT_KIND_CUES:
        if any(cue.search(c.text) for c in present):
            kind = candidate
            break
    if kind is None:
        return None
    told = Told(Event(role="subject", kind=kind, local_authority=authority))
    event = told.event
    if kind == "full_inspection":
        _grades(present, told)
        if not event.judgements and not any(re.search(r"\binspection\b", c.text, re.I) for c in present):
            return None
    _dates(text, present, told, reference, warnings)
    for clause in present:
        number = _VISIT_NUMBER.search(clause.text)
        if number and kind == "monitoring_visit" and event.visit_number is None:
            event.visit_number = ordinal_value(number["ordinal"])
            told.note("visit_number", clause.start + number.start(), clause.start + number.end())
        due = genres.ACTION_PLAN_DUE.search(clause.text)
        if due and event.action_plan_due_date is None and parse_date(due["date"]):
            event.action_plan_due_date = parse_date(due["date"]).isoformat()  # type: ignore[union-attr]
            told.note("action_plan_due_date", clause.start + due.start("date"), clause.start + due.end("date"))
    if event.action_plan_due_date is None:
        whole = genres.ACTION_PLAN_DUE.search(text)
        if whole and parse_date(whole["date"]):
            event.action_plan_due_date = parse_date(whole["date"]).isoformat()  # type: ignore[union-attr]
            told.note("action_plan_due_date", whole.start("date"), whole.end("date"))
    if kind in ("focused_visit", "monitoring_visit", "jtai"):
        _focus(text, present, told)
    return told


def _grades(present: list[Clause], told: Told) -> None:
    for clause in present:
        for match in genres.GRADE_IN_PROSE.finditer(clause.text):
            grade = grade_value(match["grade"] or match["grade2"])
            if grade is None:
                continue
            before = clause.text[: match.start()]
            key = "overall_effectiveness"
            for area, pattern in genres.AREAS_IN_PROSE:
                if pattern.search(before[-140:]):
                    key = area
                    break
            if key == "overall_effectiveness" and not re.search(
                    r"rated|judged|graded|grade|effectiveness|overall|rating|services|council|authority|inspect",
                    before[-120:] + match.group(), re.I):
                continue
            if key not in told.event.judgements:
                told.event.judgements[key] = grade
                told.note(f"judgements.{key}", clause.start + match.start(), clause.start + match.end())


def _dates(text: str, present: list[Clause], told: Told, reference: date | None, warnings: list[str]) -> None:
    event = told.event
    about_event = [c for c in present if re.search(r"inspect|visit|took\s+place|on\s+site|carried\s+out", c.text, re.I)]
    for clause in about_event:
        ranges = [r for r in find_date_ranges(text, clause.start, clause.end)
                  if not re.search(r"publish|letter|report\s+on|dated", text[max(clause.start, r.text_start - 40): r.text_start], re.I)]
        if ranges:
            event.start_date, event.end_date = ranges[0].start.isoformat(), ranges[-1].end.isoformat()
            told.note("start_date", ranges[0].text_start, ranges[0].text_end)
            told.note("end_date", ranges[-1].text_start, ranges[-1].text_end)
            break
    if event.start_date is None:
        for clause in about_event:
            months = list(BARE_MONTHS.finditer(clause.text))
            if not months:
                continue
            resolved = [month_in_context(m["m"], reference, clause.text[m.start(): m.end()].strip()) for m in months]
            if resolved[0].value is None:
                event.months_named = [month_number(m["m"]) for m in months]
                warnings.append(f"the dates of the {event.kind.replace('_', ' ')} are not known: {resolved[0].reasoning}")
                told.note("start_date", clause.start + months[0].start("m"), clause.start + months[-1].end("m"),
                          resolved[0].reasoning)
            else:
                event.start_date, event.end_date = resolved[0].value, resolved[-1].value
                told.note("start_date", clause.start + months[0].start("m"), clause.start + months[0].end("m"),
                          resolved[0].reasoning)
                told.note("end_date", clause.start + months[-1].start("m"), clause.start + months[-1].end("m"),
                          resolved[-1].reasoning)
            break
    if event.start_date is None:
        for clause in about_event:
            relative = relative_date(clause.text, reference)
            if relative and relative[0].value:
                vague, match = relative
                event.start_date = vague.value
                told.note("start_date", clause.start + match.start(), clause.start + match.end(), vague.reasoning)
                break
    for clause in present:
        published = genres.PUBLISHED_IN_PROSE.search(clause.text)
        if published and parse_date(published["date"]):
            event.published_date = parse_date(published["date"]).isoformat()  # type: ignore[union-attr]
            told.note("published_date", clause.start + published.start("date"), clause.start + published.end("date"))
            break
    if event.start_date is None and not any(w.startswith("the dates of") for w in warnings):
        warnings.append(f"the dates of the {event.kind.replace('_', ' ')} are not given")


def _focus(text: str, present: list[Clause], told: Told) -> None:
    for part in present:
        # the whole sentence: a list of areas often follows a semicolon ("three key areas; recording of ...")
        end = _sentence_end(text, part.start)
        clause = Clause(text[part.start:end], part.start, end)
        match = genres.FOCUS_IN_PROSE.search(clause.text)
        if not match or not re.search(r"inspector|visit|ofsted", clause.text, re.I):
            continue
        listed = match["list"].strip(" ;:,.")
        parts = [p.strip(" ;:,.") for p in re.split(r"[;,]\s*|\s+and\s+(?=ensuring|the\s|how\s|whether\s)", listed)
                 if p.strip(" ;:,.")]
        wanted = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}.get((match["count"] or "").lower()) or (
            int(match["count"]) if (match["count"] or "").isdigit() else None)
        while wanted and len(parts) < wanted and _split_on_theme(parts):
            pass
        parts = [re.sub(r"^(?:the\s+)?(?:local\s+authority.s\s+)?(?:arrangements\s+for\s+)?", "", p, flags=re.I)
                 for p in parts]
        told.event.focus_areas.extend(p for p in parts if len(p) > 3)
        told.note("focus_areas", clause.start + match.start("list"), clause.start + match.end("list"))
        return


def _sentence_end(text: str, start: int) -> int:
    match = re.compile(r"\.(?=\s|$)|\n").search(text, start)
    return match.end() if match else len(text)


def _split_on_theme(parts: list[str]) -> bool:
    """Split the longest part where a known theme starts mid-phrase; False when no split is possible."""
    for index in sorted(range(len(parts)), key=lambda i: -len(parts[i])):
        lower = parts[index].lower()
        for theme in genres.FOCUS_THEMES:
            position = lower.find(theme, 1)
            if position > 0 and lower[position - 1] == " " and not lower[:position].rstrip().endswith(("and", "of", "the")):
                parts[index: index + 1] = [parts[index][:position].strip(), parts[index][position:].strip()]
                return True
    return False


def mentioned_events(text: str, clause_list: list[Clause], authority: Authority, subject: Event | None,
                     reference: date | None) -> list[Told]:
    """Earlier events told in past clauses: 'rated Good at its last full inspection in 2017'."""
    found: list[Told] = []
    for clause in clause_list:
        if clause.authority is not authority or not clause.past:
            continue
        kind = event_kind(clause.text) or "full_inspection"
        if kind != "full_inspection" and not re.search(r"(?:last|previous|earlier)\s+\w*\s*visit", clause.text, re.I):
            kind = "full_inspection" if re.search(r"rated|judged|graded|rating", clause.text, re.I) else kind
        told = Told(Event(role="mentioned", kind=kind, local_authority=authority))
        year = _YEAR.search(clause.text)
        relative = relative_date(clause.text, reference)
        if year:
            month = f"-{month_number(year['month'].strip()):02d}" if year["month"] else ""
            told.event.start_date = year["year"] + month
            told.note("start_date", clause.start + year.start(), clause.start + year.end())
        elif relative:
            vague, match = relative
            told.event.start_date = vague.value
            told.note("start_date", clause.start + match.start(), clause.start + match.end(), vague.reasoning)
        _grades([clause], told)
        if not told.event.start_date and not told.event.judgements:
            continue
        if subject is not None and subject.start_date and told.event.start_date and \
                told.event.start_date >= subject.start_date[: len(told.event.start_date)] and not relative:
            continue
        _merge(found, told)
    return found


def _merge(found: list[Told], told: Told) -> None:
    for other in found:
        same_kind = other.event.kind == told.event.kind
        dates_agree = not told.event.start_date or not other.event.start_date or \
            other.event.start_date.startswith(told.event.start_date) or told.event.start_date.startswith(other.event.start_date)
        if same_kind and dates_agree:
            if told.event.start_date and (not other.event.start_date or len(told.event.start_date) > len(other.event.start_date)):
                other.event.start_date = told.event.start_date
            for key, grade in told.event.judgements.items():
                other.event.judgements.setdefault(key, grade)
            other.evidence.extend(told.evidence)
            return
    found.append(told)


def record(extraction: Extraction, recorder: EvidenceRecorder, told: Told) -> None:
    """Append an event to the extraction with its evidence under its own index."""
    index = len(extraction.events)
    extraction.events.append(told.event)
    for field_name, start, end, how in told.evidence:
        path = f"events[{index}].{field_name}"
        if how:
            recorder.add_note(path, f"{how} (read from: {extraction.document.text[start:end]!r})")
        recorder.add(path, start, end)


__all__ = ["DATE_PATTERN", "Told", "event_kind", "mentioned_events", "record", "subject_events"]
