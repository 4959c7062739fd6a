"""Stories of several councils' visits at once ('Ofsted praises two councils and finds slow progress at five'):
one subject event per council whose findings the story tells, of the kind the story gives or its rating implies."""

from __future__ import annotations

import re
from datetime import date

from oversight.extract.accounts.secondary import Told
from oversight.extract.model import Event
from oversight.extract.shared import genres
from oversight.extract.shared.prose import LEAD, Clause
from oversight.extract.shared.vocabulary import grade_value
from oversight.extract.shared.when import relative_date
from oversight.reference import Authority
from oversight.reference.mentions import Mention

VISIT_KINDS = frozenset({"focused_visit", "monitoring_visit"})
BESIDE = 80  # how far before a council's name its rating may stand ("'inadequate' Surrey, Newham and Bradford")


def tells_of_unnamed_visits(text: str) -> bool:
    """The lead speaks of visits without naming their kind, and of no inspection."""
    lead = text[:LEAD]
    return bool(genres.GENERIC_VISITS.search(lead)) and not genres.INSPECTION_WORD.search(lead) \
        and not any(cue.search(lead) for _, cue in genres.VISIT_KIND_CUES)


def visits_named_in_lead(text: str) -> str | None:
    """The one kind of visit a round-up's lead names in the plural ('Ofsted: Latest children's services focused
    visits', 'the outcomes of a series of monitoring visits', 'Ofsted assurance visits find ...'), if it names one."""
    lead = text[:LEAD]
    # ('Ofsted assurance visits find councils kept children safe': the autumn 2020 visits, of another kind)
    kinds = {kind for kind, cue in [("other", genres.OTHER_EVENT_CUE), *genres.VISIT_KIND_CUES]
             if any(lead[m.end(): m.end() + 1] == "s" and not _VISITS_COUNTED_SINCE.search(
                 lead, lead.rfind(".", 0, m.start()) + 1, m.start())
                 and not _VISITS_SINCE_AFTER.match(lead, m.end() + 1) for m in cue.finditer(lead))}
    return kinds.pop() if len(kinds) == 1 else None


# Visits a council has had, counted, or since a judgement ('Since then, Ofsted has carried out four monitoring
# visits'): its history, not the kind of visit a round-up's lead reports.
_VISITS_COUNTED_SINCE = re.compile(r"\bsince\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several)\s+"
                                   r"(?:\w+\s+)?$|\bsubject\s+to\s+(?:\w+\s+)?$|\bregular\s+$", re.I)
# ('has been subject to regular monitoring visits since then', 'monitoring visits ever since 2018')
_VISITS_SINCE_AFTER = re.compile(r"[^.]{0,40}?\b(?:since|ever\s+since)\b", re.I)


def visit_kind_by_rating(text: str, positions: list[int], mentions: list[Mention] | None = None) -> str:
    """A visit the story does not name, by the council's rating written beside its name: councils judged
    inadequate have monitoring visits, the others focused visits (domain.md, section 5). With no rating beside
    it, the story is read as before ('full_inspection')."""
    rating = rating_beside(text, positions, mentions)
    if rating is None:
        return "full_inspection"
    return "monitoring_visit" if rating.group().lower() == "inadequate" else "focused_visit"


def rating_beside(text: str, positions: list[int], mentions: list[Mention] | None = None) -> re.Match[str] | None:
    """The rating written just before a council's name in a round-up ("'inadequate' Surrey", "good-rated Gateshead
    and Bromley"): only quotes, 'rated', 'councils' and a list of other councils' names may stand between."""
    spans = [(m.start, m.end) for m in mentions or []]
    for position in positions:
        ratings = list(genres.RATING_BESIDE_NAME.finditer(text, max(0, position - BESIDE), position))
        if not ratings:
            continue
        between = text[ratings[-1].end(): position]
        for start, end in spans:  # other councils of the same list
            if ratings[-1].end() <= start and end <= position:
                between = between.replace(text[start:end], " ", 1)
        if _LIST_BETWEEN.fullmatch(between):
            return ratings[-1]
    return None


_LIST_BETWEEN = re.compile(r"[\s'’‘\"“”-]*(?:rated\s*)?(?:(?:local\s+)?(?:authorit(?:y|ies)|councils?)\s*)?"
                           r"(?:(?:,|\band\b)?\s*)*", re.I)


def told_of_findings(own: list[Clause]) -> bool:
    """Whether the clauses that name a council tell what inspectors found there."""
    return any(c.named and genres.FINDINGS_CUE.search(c.text) for c in own)


def add_round_up_visits(text: str, reference: date | None, clause_list: list[Clause], mentions: list[Mention],
                        subjects: list[Told]) -> None:
    """In a story of unnamed visits (the caller has found it is one): subjects read as full inspections become the
    visits their ratings imply, every other council the story tells of gets its visit, and the visits the lead
    dates take its date."""
    _retype_as_visits(text, mentions, subjects)
    for event, mention in _roundup_subjects(text, clause_list, mentions, [t.event for t in subjects]):
        told = Told(event)
        told.note("local_authority", mention.start, mention.end, "a council of a round-up of visits")
        subjects.append(told)
    _date_round_up_visits(text, reference, subjects)


def _retype_as_visits(text: str, mentions: list[Mention], subjects: list[Told]) -> None:
    """A subject read as a full inspection (from 'rated inadequate' beside its name) is the visit its rating
    implies; the rating was an earlier inspection's, and a visit has no grades (nor their evidence)."""
    for told in subjects:
        event = told.event
        if event.kind != "full_inspection":
            continue
        kind = visit_kind_by_rating(text, [m.start for m in mentions if m.authority is event.local_authority],
                                    mentions)
        if kind != "full_inspection":
            event.kind = kind
            event.judgements.clear()
            told.evidence[:] = [e for e in told.evidence if not e[0].startswith("judgements.")]


def _roundup_subjects(text: str, clause_list: list[Clause], mentions: list[Mention],
                      known: list[Event]) -> list[tuple[Event, Mention]]:
    """Every council named in the lead or told of with findings, not yet a subject, as a subject event of the kind
    its rating implies (with the mention that names it, for the evidence)."""
    have = {event.local_authority for event in known}
    found: list[tuple[Event, Mention]] = []
    for mention in sorted(mentions, key=lambda m: m.start):
        council = mention.authority
        if council in have:
            continue
        own = [c for c in clause_list if c.authority is council]
        if mention.start >= LEAD and not told_of_findings(own):
            continue
        kind = visit_kind_by_rating(text, [m.start for m in mentions if m.authority is council], mentions)
        if kind == "full_inspection":
            continue
        found.append((Event(role="subject", kind=kind, local_authority=council), mention))
        have.add(council)
    return found


def standing_ratings(text: str, mentions: list[Mention], known: list[Event]) -> list[tuple[Event, re.Match[str]]]:
    """In a round-up of visits (the caller has found it is one), the rating written beside each visited council's
    name is its last full inspection's: a mentioned event, undated, unless one with that grade is already known."""
    found = []
    for event in known:
        if event.role != "subject" or event.kind not in VISIT_KINDS:
            continue
        council = event.local_authority
        rating = rating_beside(text, [m.start for m in mentions if m.authority is council], mentions)
        grade = grade_value(rating.group()) if rating else None
        if rating is None or grade is None or any(
                e.role == "mentioned" and e.local_authority is council
                and e.judgements.get("overall_effectiveness") == grade for e in known):
            continue
        mentioned = Event(role="mentioned", kind="full_inspection", local_authority=council)
        mentioned.judgements["overall_effectiveness"] = grade
        found.append((mentioned, rating))
    return found


def _date_round_up_visits(text: str, reference: date | None, subjects: list[Told]) -> None:
    """The visits that no clause of their own dates take the lead's date ('following visits last month', read
    against the page's own date)."""
    relative = relative_date(text[:LEAD], reference)
    if relative is None or relative[0].value is None:
        return
    vague, match = relative
    for told in subjects:
        if told.event.kind in VISIT_KINDS and told.event.start_date is None:
            told.event.start_date = vague.value
            told.note("start_date", match.start(), match.end(), f"the round-up's lead: {vague.reasoning}")


# A heading that opens a council's section of a bulletin or round-up: a short line that begins with the council's
# name and is in capitals, or parts the name from what follows by a colon or a dash, or is the name alone
# ('TAMESIDE: OUT OF INADEQUATE', 'Wirral – eighth monitoring visit', 'Bolton Council').
_HEADING_REST = re.compile(r"(?:\s+(?:City|County|Borough|Metropolitan\s+Borough|District))*(?:\s+Council)?"
                           r"(?:\s*[:–—|-]\s*\S.*)?\s*$", re.I)
_HEADING_LENGTH = 90
SECTIONS = 2  # headings naming different councils that make a page one of sections


def council_sections(text: str, clause_list: list[Clause], mentions: list[Mention]) -> set[Authority]:
    """In a page of sections headed by councils' names, every clause of a section is its council's own, as if it
    named the council (a section's 'The eighth monitoring visit took place ...' is Wirral's under 'WIRRAL: ...').
    The councils that head a section, or none where the page is not one of such sections."""
    headings = []
    for clause in clause_list:
        line_start = text.rfind("\n", 0, clause.start + 1) + 1
        line_end = text.find("\n", clause.start)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end]
        if len(line.strip()) > _HEADING_LENGTH or not text[line_start:clause.start].strip("#*•-– \t") == "":
            continue
        first = next((m for m in mentions if line_start <= m.start < line_end), None)
        if first is None or text[line_start:first.start].strip("#*•-– \t") or first.authority is not clause.authority:
            continue
        rest = text[first.end:line_end]
        capitals = line.upper() == line and any(ch.isalpha() for ch in line)
        if capitals or _HEADING_REST.fullmatch(rest):
            named = tuple(dict.fromkeys(m.authority for m in mentions if line_start <= m.start < line_end))
            headings.append((clause, named))
    # (a heading with words of its own under it: not a list of councils' ratings, one line each, nor a table's rows)
    starts = [h.start for h, _ in headings]
    with_words = [h for h, _ in headings if any(
        h.end < c.start < min([s for s in starts if s > h.start], default=len(text)) and c.text.strip()
        for c in clause_list)]
    if len({clause.authority for clause in with_words}) < SECTIONS:
        return set()
    current: Authority | None = None
    together: tuple[Authority, ...] = ()
    first_heading = min(h.start for h, _ in headings)
    # (an opening that names a council is a story's own lead: 'Children's services at BCP Council have been lifted
    # out of ...', above a box of 'BCP COUNCIL' and 'DORSET COUNCIL')
    opening_names_one = any(c.named for c in clause_list if c.start < first_heading)
    for clause in clause_list:
        if clause.start < first_heading and not clause.named and not opening_names_one:
            # the page's opening before its first section speaks of every council in it, none in particular ('a
            # busy few months ..., with one council leaving inadequate, a focused visit and a JTAI')
            clause.authority = None
            continue
        heading = next((named for h, named in headings if h is clause), None)
        if heading is not None:
            current, together = clause.authority, heading if len(heading) > 1 else ()
            clause.paired = together
        elif current is not None and clause.authority is current:
            clause.named = True
            if together or clause.shared:
                # ('NORTH NORTHAMPTONSHIRE AND WEST NORTHAMPTONSHIRE' / '... give both councils the same grades'):
                # the section's councils, not every council the page names
                clause.paired, clause.shared = together or (current,), False
    return {authority for _, named in headings for authority in named}
