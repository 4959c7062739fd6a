"""Reading Ofsted letters and secondary accounts (news, minutes, press releases) into events."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from oversight.extract.accounts.earlier import mentioned_events, named_grade
from oversight.extract.accounts.listed import LIST_OF_RATINGS, ListedRating, listed_ratings
from oversight.extract.accounts.roundup import (
    VISIT_KINDS,
    add_round_up_visits,
    council_sections,
    standing_ratings,
    tells_of_unnamed_visits,
    told_of_findings,
    visits_named_in_lead,
)
from oversight.extract.accounts.secondary import (
    Told,
    improvement_list,
    record,
    sentence_end,
    share_between,
    subject_events,
)
from oversight.extract.accounts.timeline import (
    blank_lines,
    dated_by_the_timeline,
    dated_lines,
    latest_on_the_timeline,
    same_event,
    timeline_events,
)
from oversight.extract.context import ExtractionContext
from oversight.extract.letters.letters import read_letter
from oversight.extract.model import Event, Evidence, Extraction, Person
from oversight.extract.shared import genres, page_genres, which_council
from oversight.extract.shared.evidence import EvidenceRecorder
from oversight.extract.shared.judgements import FoundGrade, prose_grades, table_grades
from oversight.extract.shared.layout import without_links_to_other_stories
from oversight.extract.shared.page_dates import (
    DocumentDate,
    address_date,
    date_from_weekday,
    date_of_reported_letter,
    document_date,
    letter_date,
)
from oversight.extract.shared.people import NamedPerson, find_people
from oversight.extract.shared.prose import (
    LEAD,
    OF_THE_INSPECTION,
    SENTENCE_STOP,
    Clause,
    attribute,
    carry_past,
    clauses,
    mark_dated_past,
    primary_authority,
    split_at_second_councils,
    story_anchor,
)
from oversight.reference import Authority
from oversight.reference.mentions import Mention, MentionFinder


def extract_account(extraction: Extraction, document_type: str, context: ExtractionContext) -> None:
    """Fill an extraction for a letter, minute, press release or news story."""
    document = extraction.document
    text = without_links_to_other_stories(document.text)
    recorder = EvidenceRecorder(document, extraction)
    extraction.document_type = document_type
    dated = letter_date(text) if document_type in page_genres.LETTER_KINDS else document_date(text)
    if dated is None and document_type not in page_genres.LETTER_KINDS:
        dated = date_of_reported_letter(text) or address_date(context.address)
        if dated is None and context.published_on is not None:
            # the manifest's published date (a column of the collector's record, not a guess): the page's own date
            # where the text and the address give none
            dated = DocumentDate(context.published_on, 0, 0, "the manifest's published date")
            extraction.warnings.append(f"the page gives no date of its own; it is read as of "
                                       f"{dated.day.isoformat()}, from {dated.how}")
        if dated is None:
            dated = date_from_weekday(text)
            if dated is not None:
                extraction.warnings.append(f"the page gives no date of its own; it is read as of "
                                           f"{dated.day.isoformat()}, from {dated.how}")
    reference = dated.day if dated else None
    finder = context.mentions or MentionFinder(context.resolver.registry)
    mentions = finder.find(text)
    primary = primary_authority(mentions, reference, text)
    publishing_council = _publishing_council(context, mentions, reference, text)
    if publishing_council is not None and (primary is None or publishing_council is not primary):
        primary = publishing_council

    if document_type in page_genres.LETTER_KINDS:
        read_letter(extraction, document_type, context, recorder, mentions, primary, dated)
    else:
        # a timeline's lines are read line by line, each its own event; the prose readers do not see them
        listed = listed_ratings(text, mentions)
        timeline = dated_lines(text, tuple(rating.grade_span[0] for rating in listed))
        along_the_timeline = timeline_events(text, timeline, mentions, primary, reference)
        text = blank_lines(text, timeline)
        clause_list = split_at_second_councils(clauses(text), mentions)
        mark_dated_past(clause_list, story_anchor(text, reference))
        carry_past(clause_list)
        attribute(clause_list, mentions, primary, on=reference, text=text)
        sectioned = council_sections(text, clause_list, mentions)
        if sectioned:
            listed = []  # ('BROMLEY - INADEQUATE', 'WOKINGHAM - GOOD'): the sections' headings, not a list of ratings
        # a page that lists councils' ratings under a headline that names none of them ('Every London borough's
        # children's services Ofsted rating – and where yours ranks'); not a story of one council with a table of its
        # neighbours below
        headline = re.search(r"\S[^\n]*", text)
        a_list = len(listed) >= LIST_OF_RATINGS and not any(headline is not None and m.start < headline.end()
                                                            for m in mentions)
        _speak_of_councils_in_general(clause_list, mentions, counted_by_the_lead=not a_list)
        # (a league table of councils, line by line: every council it names is an example, none the story's own)
        # (a round-up of sections headed by councils tells of each council's own event, though its lead speaks of
        # councils in general: 'A round-up of the week's Ofsted inspection reports on council children's services')
        national = (None if sectioned else _national_story(text, mentions)) or (
            f"{len(listed)} councils' ratings listed line by line" if a_list else None)
        if national:
            extraction.warnings.append(f"a story about councils in general ({national!r}): the councils it names "
                                       f"are told as examples, none is its subject")
        if not national or publishing_council is not None:
            # a council's own page about the national picture is still the council's page, though its inspections
            # are told as examples too ('Only a quarter of councils - including Oxfordshire - have passed ...')
            extraction.local_authority = primary
            if primary is None:
                extraction.warnings.append("no council named: the events cannot be placed")
            _record_council_evidence(extraction, recorder, mentions, primary, context)
        candidates = [primary] + [a for a in dict.fromkeys(m.authority for m in mentions) if a is not primary]
        authorities = [a for a in candidates if a is not None and (reference is None or a.exists_on(reference))]
        subjects: list[Told] = []
        compared: dict[Authority, Told] = {}
        story_visits = visits_named_in_lead(text)
        # (a count in a sentence about their inspections: not 'under which the two councils shared a director')
        count_words = [m for m in which_council.COUNCILS_COUNTED.finditer(text, 0, LEAD)
                       if OF_THE_INSPECTION.search(text, text.rfind(".", 0, m.start()) + 1,
                                                   sentence_end(text, m.end()))]
        # the councils counted by the sentence that grades them, else by the first count of the lead, ungraded
        count = _graded_count(text, count_words, mentions) if not a_list \
            else CouncilCount(None, [], [], None)  # ('Five boroughs are rated outstanding', over the list itself)
        counted = count.councils
        in_headline = _named_in_headline(text, mentions, set(authorities))
        # (the first three lines: an outlet's name and its menu may stand above the headline)
        in_headline_or_standfirst = _named_in_headline(text, mentions, set(authorities), lines=3)
        for authority in authorities:
            # (a council that heads a section of its own is no council named in passing, however deep it comes)
            after_lead = _first_named_after_lead(mentions, authority) and authority not in sectioned
            told = subject_events(text, clause_list, authority, reference, extraction.warnings,
                                  named_only=authority is not primary, story_visits=story_visits,
                                  paired_dates=authority is primary or not after_lead,
                                  dates_going_on=authority in in_headline)
            if authority in counted and subjects and authority is not primary:
                # one of the councils the lead counts: a subject of the story's kind, whatever its own words give
                if told is None:
                    told = Told(Event(role="subject", kind=subjects[0].event.kind, local_authority=authority))
                subjects.append(told)
                continue
            if told is None:
                continue
            if authority is not primary and (not told.event.start_date and after_lead
                                             or _introduced_as_compared(text, mentions, authority)
                                             # (a council the headline leaves out, first named deep in a story
                                             # whose headline names its own: 'while Manchester was rated good in
                                             # January', in a story about Stockport's visit)
                                             or after_lead and primary in in_headline_or_standfirst
                                             and authority not in in_headline_or_standfirst):
                # a council first named deep in a story about another, with a grade but no inspection of its own
                # ('only one authority in the West Midlands, Staffordshire, had a "good" rating'), is compared with
                # the subject, not inspected by it: where it is graded, a mentioned event of its last inspection
                if told.event.judgements:
                    told.event.role, told.event.kind = "mentioned", "full_inspection"
                    compared[authority] = told
                continue
            if authority is not primary and not (told.event.judgements or told.event.start_date):
                # a passing mention of another council is not a second subject; a council whose findings a story
                # of visits tells is, and its visit is of the story's kind unless its own words say otherwise
                story_kind = subjects[0].event.kind if subjects else None
                told_of = authority in sectioned or told_of_findings(
                    [c for c in clause_list if c.authority is authority])
                if not told_of or not ({told.event.kind, story_kind} & VISIT_KINDS):
                    continue
                if told.event.kind not in VISIT_KINDS:
                    told.event.kind = story_kind  # type: ignore[assignment]
            subjects.append(told)
        if not national and primary is not None and along_the_timeline and all(
                _nothing_told(told.event) for told in subjects if told.event.local_authority is primary):
            # a page that tells a council's history line by line, and nothing of its own in its prose (no more
            # than a heading's 'Ofsted inspections'), is about the latest event of its timeline
            newest = latest_on_the_timeline(along_the_timeline, primary)
            if newest:
                subjects = [told for told in subjects if told.event.local_authority is not primary] + newest
        along_the_timeline = dated_by_the_timeline(subjects, along_the_timeline)
        if count.sentence is not None and counted:
            _grade_of_the_count(text, count, subjects)
        round_up = tells_of_unnamed_visits(text)
        if round_up:
            add_round_up_visits(text, reference, clause_list, mentions, subjects)
        if subjects:
            improvement_list(document, clause_list, subjects)
        if len(subjects) > 1 and which_council.SAME_GRADES.search(text):
            # among the councils the sentence pairs, where it pairs some (a section of a bulletin), else all
            same = next((c for c in clause_list if which_council.SAME_GRADES.search(c.text)), None)
            group = [t for t in subjects if same is None or not same.paired
                     or t.event.local_authority in same.paired]
            share_between(group)
        if publishing_council is None and not national:
            _council_of_several(extraction, recorder, subjects, mentions)
        for told in subjects:
            if national and not _dated_this_year(told, reference, publishing_council):
                told.event.role = "mentioned"
                if not told.event.start_date and not told.event.judgements and publishing_council is None:
                    continue  # the figures' own words ('published on Thursday'), no council's inspection (a
                    # council's own page on the figures tells of its own: 'councils - including Oxfordshire - have
                    # passed')
            record(extraction, recorder, told)
        # every council named, and the page's own council where only its address names it
        for authority in dict.fromkeys(a for a in (primary, *(m.authority for m in mentions)) if a is not None):
            own = next((t for t in subjects if t.event.local_authority is authority), None)
            claimed = tuple((start, end) for field_name, start, end, _ in own.evidence
                            if field_name.startswith("judgements.")) if own else ()
            earlier = mentioned_events(text, clause_list, authority, own.event if own else None, reference, claimed)
            if authority in compared and not any(t.event.judgements == compared[authority].event.judgements
                                                 for t in earlier):
                earlier.append(compared[authority])
            kept = _kept_by_the_count(count, mentions, authority, earlier)
            if kept is not None:
                earlier.append(kept)
            _one_grade_a_year(text, earlier, mentions, authority, extraction.warnings)
            if not subjects and authority is primary and earlier and document_type == "council_minutes" \
                    and not _prepare_for_the_next(text, clause_list):
                # minutes that report on an inspection after the event ('progress on the recommendations from the
                # inspection in November 2019') have it as their subject: the latest one they name
                latest = max(earlier, key=lambda t: t.event.start_date or "")
                latest.event.role = "subject"
                subjects.append(latest)
            for told in earlier:
                if _before_the_council_was(told.event, authority):
                    extraction.warnings.append(
                        f"an inspection of {authority.name} in {told.event.start_date} is left out: the council was "
                        f"created in {authority.created.year if authority.created else '?'}")
                    continue
                if _after_the_council_was(told.event, authority):
                    extraction.warnings.append(
                        f"an inspection of {authority.name} in {told.event.start_date} is left out: the council was "
                        f"abolished in {authority.abolished.year if authority.abolished else '?'}")
                    continue
                if reference is not None and told.event.start_date \
                        and told.event.start_date > reference.isoformat()[: len(told.event.start_date)]:
                    extraction.warnings.append(
                        f"an inspection of {authority.name} in {told.event.start_date} is left out: it is after the "
                        f"page's own date, {reference.isoformat()}, so it is one to come, not one told of")
                    continue
                record(extraction, recorder, told)
        for told in along_the_timeline:
            council = told.event.local_authority
            if told.event.role == "mentioned" and council is not None and not (
                    _before_the_council_was(told.event, council) or _after_the_council_was(told.event, council)):
                _record_timeline_event(extraction, recorder, told)
        _record_listed_ratings(extraction, recorder, listed)
        for event, rating in standing_ratings(text, mentions, extraction.events) if round_up else []:
            told = Told(event)
            told.note("judgements.overall_effectiveness", rating.start(), rating.end(),
                      "the rating beside the council's name in a round-up of visits: its last full inspection's")
            record(extraction, recorder, told)
        if not subjects and extraction.events == []:
            extraction.warnings.append("no inspection or visit of a council could be read from the text")
    if document_type in ACCOUNTS_OF_OTHERS and not context.press_grades:
        withhold_prose_grades(extraction)
    if dated is not None and dated.precision == "month":
        _no_finer_than_the_month(extraction, dated)
    _people(extraction, recorder)


def _nothing_told(event: Event) -> bool:
    return not (event.start_date or event.end_date or event.published_date or event.judgements
                or event.visit_number is not None)


def _record_timeline_event(extraction: Extraction, recorder: EvidenceRecorder, told: Told) -> None:
    """A timeline's line as an event of its own, or, where the prose told of the same event, the grades the line
    gives that the prose did not."""
    index = next((i for i, event in enumerate(extraction.events) if same_event(told.event, event)), None)
    if index is None:
        record(extraction, recorder, told)
        return
    event = extraction.events[index]
    if event.start_date and told.event.start_date and len(told.event.start_date) > len(event.start_date) \
            and told.event.start_date.startswith(event.start_date):
        # the line's finer date ('1–12 March 2010' where the prose said 'since 2010')
        event.start_date, event.end_date = told.event.start_date, told.event.end_date or event.end_date
        for field_name, start, end, how in told.evidence:
            if field_name in ("start_date", "end_date"):
                path = f"events[{index}].{field_name}"
                recorder.add_note(path, f"{how} (read from: {extraction.document.text[start:end]!r})")
                recorder.add(path, start, end)
    for field_name, start, end, how in told.evidence:
        key = field_name.removeprefix("judgements.")
        if key != field_name and key not in event.judgements:
            event.judgements[key] = told.event.judgements[key]
            path = f"events[{index}].{field_name}"
            recorder.add_note(path, f"{how} (read from: {extraction.document.text[start:end]!r})")
            recorder.add(path, start, end)


# Pages that tell of Ofsted's verdict in someone else's words: the press, a council's news, its minutes.
ACCOUNTS_OF_OTHERS = ("news_article", "press_release", "council_minutes")
_SOURCE_WORDS = {"news_article": "story", "press_release": "release", "council_minutes": "minutes"}


def _record_listed_ratings(extraction: Extraction, recorder: EvidenceRecorder, listed: list[ListedRating]) -> None:
    """Each council's rating a list gives line by line ('Barnet: Outstanding – June 2021'): its last full
    inspection, a mentioned event, unless the page already tells of one of that council with that grade."""
    for rating in listed:
        same = [(index, e) for index, e in enumerate(extraction.events)
                if e.local_authority is rating.authority and e.kind == "full_inspection"
                and rating.grade in (e.judgements.get("overall_effectiveness"),
                                     e.reported_judgements.get("overall_effectiveness"))]
        if same:
            index, event = same[0]
            if event.role == "mentioned" and event.start_date is None and rating.date is not None \
                    and rating.date_span is not None:
                event.start_date = rating.date  # the month the list gives it, where the words gave none
                recorder.add(f"events[{index}].start_date", *rating.date_span)
            continue
        told = Told(Event(role="mentioned", kind="full_inspection", local_authority=rating.authority))
        told.event.judgements["overall_effectiveness"] = rating.grade
        told.note("judgements.overall_effectiveness", *rating.grade_span,
                  "the rating beside the council's name in a list of councils' ratings")
        if rating.date is not None and rating.date_span is not None:
            told.event.start_date = rating.date
            told.note("start_date", *rating.date_span)
        record(extraction, recorder, told)


def withhold_prose_grades(extraction: Extraction) -> None:
    """Grades told in the prose of news, a council's release or its minutes are reported, not stated: each moves
    from the event's judgements to its `reported_judgements`, with its evidence and a warning, unless the page prints
    it as a judgement table ('Overall effectiveness: Good'). Only Ofsted's words state a grade: its reports and
    letters, wherever they are copied. On five sets of real pages nobody had tuned against, grades read from the
    press's prose belonged to another council, time or event about one time in three; then, with those reported,
    every wrong grade the fourth set stated came from pages read as releases (13 of 46), and most the fifth stated
    came from minutes (5 of 8): docs/accuracy.md."""
    document = extraction.document
    # where the page prints a table row, as evidence points (not prose that lists areas and grades)
    rows = {(span.page, span.start, span.end)
            for row in table_grades(document.text, 0, len(document.text), laid_out=True)
            for span in document.spans(row.start, row.end)}
    moved: dict[str, str] = {}
    for index, event in enumerate(extraction.events):
        for key in list(event.judgements):
            field = f"events[{index}].judgements.{key}"
            if any((e.page, e.start, e.end) in rows for e in extraction.evidence if e.field == field):
                continue
            event.reported_judgements[key] = event.judgements.pop(key)
            moved[field] = f"events[{index}].reported_judgements.{key}"
    if moved:
        source = _SOURCE_WORDS.get(extraction.document_type or "", "page")
        extraction.warnings.append(
            f"{len(moved)} grade(s) told in the {source}'s prose are reported, not stated (reported_judgements): "
            f"only Ofsted's own words state a grade, and accounts of it too often give one to another event, "
            f"council or time")
    for item in extraction.evidence:
        item.field = moved.get(item.field, item.field)


def _no_finer_than_the_month(extraction: Extraction, dated: DocumentDate) -> None:
    """Where only the month of the page is known (from its address), 'today' is that month, not its last day."""
    day = dated.day.isoformat()
    for event in extraction.events:
        for name in ("start_date", "end_date", "published_date"):
            if getattr(event, name) == day:
                setattr(event, name, day[:7])
    extraction.warnings.append(f"the page's own date is known only to the month, from {dated.how}")


def council_of_other(extraction: Extraction, context: ExtractionContext, council_body: bool) -> None:
    """The council a document that is not about children's social care is about, with its evidence; no events.
    For a council's own kind of service (`council_body`: its children's home, SEND partnership, adoption service) it
    is the council whose own site published it, as for any page of the council's. For anything else (its youth
    offending service, its children's centres) the site's council where the text names it, else the one council
    its headline or standfirst names alone: a council named only further down ('Speaking at a conference in
    Manchester') is not what the page is about. A page naming several councils and none at its top ('Most councils
    rated good for adult social care') is about no one council."""
    text = extraction.document.text
    finder = context.mentions or MentionFinder(context.resolver.registry)
    mentions = finder.find(text)
    dated = document_date(text)
    reference = dated.day if dated else None
    named = list(dict.fromkeys(m.authority for m in mentions if reference is None or m.authority.exists_on(reference)))
    publishing = _publishing_council(context, mentions, reference, text)
    headline = _named_in_headline(text, mentions, set(named), lines=3)  # a page's standfirst says what it is about
    primary: Authority | None
    if publishing is not None and (council_body or publishing in named):
        primary = publishing
    elif council_body and len(named) == 1:
        primary = named[0]
    elif len(headline) == 1:
        primary = headline.pop()
    else:
        primary = None
    if primary is None:
        return
    extraction.local_authority = primary
    _record_council_evidence(extraction, EvidenceRecorder(extraction.document, extraction), mentions, primary,
                             context)


def _publishing_council(context: ExtractionContext, mentions: list[Mention], on: date | None,
                        text: str) -> Authority | None:
    """The council whose own site published the page, where the address says so: the page is about it when the
    text names it anywhere, or names no council at all ('the Council' in its own minutes), or names another only in
    passing (once, after the opening: 'the new director, who is currently working in Rochdale')."""
    publisher = context.publisher
    if publisher is None or publisher.kind != "council" or publisher.authority is None:
        return None
    council = publisher.authority
    named = [m for m in mentions if on is None or m.authority.exists_on(on)]
    in_passing = len(named) == 1 and named[0].start >= _OPENING
    # 'Council's children's services rated inadequate by Ofsted ... The Council is preparing an action plan', on the
    # council's own site, with a partner council named further down: the page speaks of itself as 'the Council'
    speaks_of_itself = bool(named) and all(m.start >= _OPENING for m in named) and bool(
        _ITSELF.search(text, 0, _OPENING))
    return council if council in {m.authority for m in named} or not named or in_passing or speaks_of_itself \
        else None


_OPENING = 300  # the headline and first lines, where a page names what it is about
# 'Council's children's services rated ...', 'The Council is preparing ...', 'our Council': not 'Essex County Council'
_ITSELF = re.compile(r"(?:^|[.!?:]\s+|\b(?:[Tt]he|[Oo]ur)\s+)Council\b", re.M)


def _council_of_several(extraction: Extraction, recorder: EvidenceRecorder, subjects: list[Told],
                        mentions: list[Mention]) -> None:
    """A story of several councils' inspections is about the one its headline names alone; where the headline
    names none of them, or more than one, it is about no one council."""
    councils = {told.event.local_authority for told in subjects}
    if len(councils) < 2:
        return
    text = extraction.document.text
    headline = _named_in_headline(text, mentions, councils)
    if len(headline) == 1:
        council = headline.pop()
        if council is not extraction.local_authority:
            extraction.local_authority = council
            extraction.evidence = [e for e in extraction.evidence if e.field != "local_authority"]
            first = next(m for m in mentions if m.authority is council)
            recorder.add("local_authority", first.start, first.end)
        return
    extraction.local_authority = None
    extraction.evidence = [e for e in extraction.evidence if e.field != "local_authority"]
    extraction.warnings.append(f"a story of {len(councils)} councils' inspections whose headline names "
                               f"{'none of them' if not headline else 'more than one'}: no one council is its own")


HEADLINE = 200  # the first two lines, at most: a headline, and what a site may print above it ('News')


def _named_in_headline(text: str, mentions: list[Mention], among: set[Authority | None],
                       lines: int = 2) -> set[Authority]:
    """The councils of `among` that the first lines name, within HEADLINE characters: what a site prints above its
    headline ('News'), the headline, and with `lines=3` the standfirst under it."""
    ends = [m.end() for m in re.finditer(r"[^\n]*\S[^\n]*", text[:HEADLINE])][:lines]
    end = ends[-1] if ends else 0
    return {m.authority for m in mentions if m.start < end and m.authority in among}


def _record_council_evidence(extraction: Extraction, recorder: EvidenceRecorder, mentions: list[Mention],
                             council: Authority | None, context: ExtractionContext) -> None:
    """The first place the text names the council, or else the address that does."""
    if council is None:
        return
    mention = next((m for m in mentions if m.authority is council), None)
    if mention is not None:
        recorder.add("local_authority", mention.start, mention.end)
    else:
        extraction.evidence.append(Evidence("local_authority", f"address: {context.address}"))
        extraction.warnings.append(f"the text does not name its council: {council.name} from the address "
                                   f"{context.address}")


def people_of_other(extraction: Extraction) -> None:
    """People named with a role in a document with no events (a SEND release still names its cabinet member)."""
    _people(extraction, EvidenceRecorder(extraction.document, extraction))


def _people(extraction: Extraction, recorder: EvidenceRecorder) -> None:
    """Everyone named with a role; the inspectors of the events the document tells of first."""
    for event in extraction.events:
        if event.role != "subject":
            continue
        for index, name in enumerate(event.inspectors):
            if name not in {p.name for p in extraction.people}:
                lead = index == 0 and event.lead_inspector == name
                extraction.people.append(Person(name, "lead inspector" if lead else "inspector", "Ofsted"))
    known = {p.name for p in extraction.people}
    found = []
    for person in find_people(extraction.document.text):
        if person.name in known:
            continue
        organisation = extraction.local_authority.name if extraction.local_authority and person.role not in (
            "reporter", "lead inspector", "inspector", "minister", "MP") else None
        extraction.people.append(Person(person.name, person.role, organisation))
        recorder.add(f"people[{len(extraction.people) - 1}]", person.start, person.end)
        known.add(person.name)
        found.append(person)
    _lead_inspector_of_the_subject(extraction, recorder, [p for p in found if p.role == "lead inspector"])


def _lead_inspector_of_the_subject(extraction: Extraction, recorder: EvidenceRecorder,
                                   leads: list[NamedPerson]) -> None:
    """A lead inspector an account names ('led by His Majesty's Inspector Rachel Example', 'The lead inspector had
    been Sally Example') led the event it reports, where it reports one and names one lead inspector."""
    subjects = [(index, e) for index, e in enumerate(extraction.events) if e.role == "subject"]
    if len(subjects) != 1 or len(leads) != 1 or subjects[0][1].lead_inspector or subjects[0][1].kind == "other":
        return
    index, event = subjects[0]
    event.lead_inspector = leads[0].name
    event.inspectors = [leads[0].name]
    recorder.add(f"events[{index}].lead_inspector", leads[0].start, leads[0].end)


def councils_counted(count_words: re.Match[str] | None, mentions: list[Mention]) -> list[Authority]:
    """The councils a lead that counts them (`count_words`, which_council.COUNCILS_COUNTED) names ('at three
    councils ... Stockport, Merton and Central Bedfordshire'): the first so many named in the lead and the paragraphs
    after it, or none where fewer are."""
    if count_words is None:
        return []
    count = which_council.COUNTS[count_words["count"].lower()]
    named = list(dict.fromkeys(m.authority for m in mentions if m.start < COUNTED_WITHIN))
    return named[:count] if len(named) >= count else []


def _speak_of_councils_in_general(clause_list: list[Clause], mentions: list[Mention],
                                  counted_by_the_lead: bool = True) -> None:
    """A sentence about councils in general ('Three councils in the region have been rated inadequate since 2014',
    'Every council in the Black Country apart from Sandwell has been rated good') speaks of none of the page's
    councils, though it follows a sentence about one: its clauses that name no council, or only one left out, are no
    council's. A lead that counts the councils the page names ('Two London boroughs have received a record third
    consecutive "outstanding" rating') is theirs, as before, unless `counted_by_the_lead` is off (a page that lists
    councils' ratings line by line counts among them, not the first it names)."""
    general = False
    for index, clause in enumerate(clause_list):
        if index and SENTENCE_STOP.search(clause_list[index - 1].text):
            general = False
        named = [m for m in mentions if clause.start <= m.start < clause.end
                 and not which_council.EXCEPTED_BEFORE.search(clause.text, 0, m.start - clause.start)]
        if not named and _of_councils_in_general(clause, mentions, counted_by_the_lead):
            general = True
        elif named:
            general = False  # 'Councils improve' (a headline) ... 'Torbay, | rated inadequate in 2018, | climbed ...'
        if not named and (general or _of_another_trust(clause)):
            clause.authority, clause.shared = None, False  # (nor shared by the councils named: 'for each council')


def _of_another_trust(clause: Clause) -> bool:
    """Whether a clause names another place's children's services trust (which_council.TRUST_OF_A_PLACE)."""
    authority = clause.authority
    return authority is not None and any(authority.name.split()[0] not in trust["place"].split()
                                         for trust in which_council.TRUST_OF_A_PLACE.finditer(clause.text))


_GRADED = re.compile(rf"\b(?:rated|rates|judged|graded|rating|{genres.GRADE_WORDS})\b", re.I)


_DESCRIBED = re.compile(r"\s+(?:that|which)\s+(?:are|were|have\s+been|had\s+been)\s+(?:previously|already)\b"
                        r"|(?<=s)\s+whose\s+(?:[\w’']+\s+){0,3}(?:are|were|is|was|have\s+been|had\s+been)\s+"
                        r"(?:rated|judged|graded)\b")


def _of_councils_in_general(clause: Clause, mentions: list[Mention], counted_by_the_lead: bool = True) -> bool:
    """Whether councils in general are what the clause grades: named before its grade or verb of grading ('Just four
    councils in Yorkshire are rated outstanding'), not after it ('Its rating as good puts it in the top quarter of
    councils')."""
    graded = _GRADED.search(clause.text)
    for match in which_council.COUNCILS_IN_GENERAL.finditer(clause.text):
        if graded is not None and match.start() > graded.start():
            break
        # (a kind of council described: 'councils that were previously rated good', 'its latest letters to councils
        # whose children's services are rated inadequate')
        described = _DESCRIBED.match(clause.text, match.end())
        # (every council, whatever the words before: 'The department intervenes in every local authority whose
        # children's social care is judged inadequate')
        # (nor a count of them: 'The analysis found 34 rated inadequate overall')
        universal = re.match(r"(?:any|every|each)\b|found\s+\d|\s*(?:only\s+|just\s+)?(?:two|three|four|five|six|seven"
                             r"|eight|nine|ten|\d)", match.group(), re.I)
        if (which_council.COUNCILS_NOT_IN_GENERAL.search(clause.text, 0, match.start()) and not described
                and not universal) or which_council.BOTH_COUNCILS.search(clause.text):
            continue  # (a kind of council described is councils in general: 'a short inspection, which is used for
            # councils that were previously rated good or outstanding')
        count = which_council.COUNCILS_COUNTED.search(clause.text)
        if count and counted_by_the_lead and clause.start < LEAD and councils_counted(count, mentions):
            continue  # a lead that counts the councils the page names
        return True
    return False


@dataclass(frozen=True)
class CouncilCount:
    """What a lead that counts councils says of them, read once: the sentence that grades them (its span), the
    councils it counts, the overall grades it gives, and the grade it says they kept."""

    sentence: tuple[int, int] | None
    councils: list[Authority]
    overall: list[FoundGrade]
    kept: re.Match[str] | None


def _graded_count(text: str, counts: list[re.Match[str]], mentions: list[Mention]) -> CouncilCount:
    """The first sentence of the lead that counts councils it names and gives them a grade, kept or new ('Two London
    boroughs have received a record third consecutive "outstanding" Ofsted rating'), with the councils it counts; a
    headline that counts them without a grade ('Two London boroughs get record third outstanding') gives way to the
    sentence after it. A sentence that counts councils the page does not name ('Three councils in the region have
    been rated inadequate since 2014') grades none of them. With no graded count, the councils of the first count,
    and no sentence."""
    for match in counts:
        sentence = (text.rfind("\n", 0, match.start()) + 1, sentence_end(text, match.end()))
        counted = councils_counted(match, mentions)
        overall = [g for g in prose_grades(text, *sentence, None) if g.key == "overall_effectiveness"
                   and not _named_again_before(mentions, counted, sentence[0], g.start)]
        kept = genres.GRADE_KEPT.search(text, *sentence)
        if counted and (overall or kept):
            return CouncilCount(sentence, counted, overall, kept)
    return CouncilCount(None, councils_counted(counts[0] if counts else None, mentions), [], None)


def _named_again_before(mentions: list[Mention], counted: list[Authority], start: int, end: int) -> bool:
    """Whether one of the councils counted is named a second time between `start` and `end`: a grade after it is
    said of that one ('Two new councils ..., Cumberland and Westmorland and Furness, were yet to be inspected,
    although Cumberland has since been judged requires improvement')."""
    seen: set[str] = set()
    for mention in mentions:
        if start <= mention.start < end and mention.authority in counted:
            if mention.authority.la_code in seen:
                return True
            seen.add(mention.authority.la_code)
    return False


def _grade_of_the_count(text: str, count: CouncilCount, subjects: list[Told]) -> None:
    """The grade a counting lead gives them all ("Ofsted inspectors have rated children's services at three
    councils as 'good'"): each counted council's full inspection has it, unless its own words grade it otherwise.
    Said once of several councils, it is read only from the sentence that counts them."""
    overall, sentence = count.overall, count.sentence
    if sentence is None or len({g.grade for g in overall}) != 1 or genres.GRADE_LEFT_BEHIND.search(text, *sentence) \
            or genres.GRADE_OF_BEFORE.search(text, *sentence) or genres.SOME_OF_THEM_GRADED.search(text, *sentence):
        # no grade, two, the grade they had before ('two councils previously rated "inadequate"'), or a grade of
        # only some of them ('Three councils ... with one rated outstanding')
        return
    for told in subjects:
        if told.event.local_authority in count.councils and told.event.kind == "full_inspection" \
                and "overall_effectiveness" not in told.event.judgements:
            told.event.judgements["overall_effectiveness"] = overall[0].grade
            told.note("judgements.overall_effectiveness", overall[0].start, overall[0].end,
                      "the grade the story gives every council it counts")


def _kept_by_the_count(count: CouncilCount, mentions: list[Mention], authority: Authority,
                       earlier: list[Told]) -> Told | None:
    """A grade the counting sentence says every council it counts has kept ('Two London boroughs have received a
    record third consecutive "outstanding" Ofsted rating'): each one's inspection before had it too, unless the
    council's own words already tell of an earlier inspection with that grade. Where the sentence names a council
    before the grade kept ('Leeds and Bradford ...: Leeds City Council retained its outstanding rating, while ...'),
    or gives the councils different grades, it is said of one of them, not all."""
    kept, sentence = count.kept, count.sentence
    named = named_grade(kept, genres.KEPT_GROUPS)
    if kept is None or sentence is None or named is None or authority not in count.councils:
        return None
    if any(sentence[0] <= m.start < kept.start() for m in mentions):
        return None  # 'Leeds and Bradford ...: Leeds City Council retained its outstanding rating': Leeds's own words
    if len({g.grade for g in count.overall}) > 1 or any(
            t.event.kind == "full_inspection" and t.event.judgements.get("overall_effectiveness") == named[1]
            for t in earlier):
        return None
    group, grade = named
    told = Told(Event(role="mentioned", kind="full_inspection", local_authority=authority))
    told.event.judgements["overall_effectiveness"] = grade
    told.note("judgements.overall_effectiveness", kept.start(group), kept.end(group),
              "a grade kept, said of every council the story counts: the inspection before had it too")
    return told


COUNTED_WITHIN = 1200  # how far from the top the councils a lead counts must all be named


def _prepare_for_the_next(text: str, clause_list: list[Clause]) -> bool:
    """Minutes that prepare for an inspection to come ('OFSTED Inspection Readiness', 'the next inspection was due
    to take place in 2023'): the inspections they tell of are its background, not what they report on."""
    return bool(genres.INSPECTION_READINESS.search(text, 0, LEAD)) and any(
        c.future and genres.FULL_INSPECTION_CUE.search(c.text) for c in clause_list)


def _one_grade_a_year(text: str, earlier: list[Told], mentions: list[Mention], authority: Authority,
                      warnings: list[str]) -> None:
    """A council has one full inspection, and so one overall grade, a year: where its earlier events of one year
    disagree ('Cornwall ... is itself rated outstanding, a grade it has held since 2019. The islands were last
    inspected in 2019, when the council was also rated good'), the grade told in a sentence that names the council
    stands, and one told where it is not named is another council's; with no such difference, neither stands."""
    by_year: dict[str, list[Told]] = {}
    for told in earlier:
        if told.event.kind == "full_inspection" and told.event.start_date and \
                "overall_effectiveness" in told.event.judgements:
            by_year.setdefault(told.event.start_date[:4], []).append(told)
    for year, tolds in by_year.items():
        if len({t.event.judgements["overall_effectiveness"] for t in tolds}) < 2:
            continue
        named = [t for t in tolds if _grade_named_with(text, t, mentions, authority)]
        for told in tolds:
            if len(named) == 1 and told is named[0]:
                continue
            grade = told.event.judgements.pop("overall_effectiveness")
            told.evidence[:] = [e for e in told.evidence if e[0] != "judgements.overall_effectiveness"]
            why = "told where the council is not named" if len(named) == 1 else "the text does not settle which"
            warnings.append(f"{authority.name}'s {year} inspection is told with two overall grades: '{grade}' is "
                            f"left out ({why})")


def _grade_named_with(text: str, told: Told, mentions: list[Mention], authority: Authority) -> bool:
    """Whether the sentence that gives the told event's overall grade names the council."""
    spans = [(start, end) for name, start, end, _ in told.evidence if name == "judgements.overall_effectiveness"]
    if not spans:
        return False
    start = text.rfind(".", 0, spans[0][0]) + 1
    end = sentence_end(text, spans[0][1])
    return any(m.authority is authority and start <= m.start < end for m in mentions)


def _before_the_council_was(event: Event, authority: Authority) -> bool:
    """An event dated before its council was created ('the workforce is more stable than three years ago', of a
    council formed two years ago) cannot be its inspection: the clause spoke of a predecessor, or of no event."""
    return bool(authority.created and event.start_date and int(event.start_date[:4]) < authority.created.year)


def _after_the_council_was(event: Event, authority: Authority) -> bool:
    """An event dated after its council was abolished ('the inspections of the former Borough of Poole, and ... the
    focused visit in April 2025') cannot be its inspection: the clause went on to its successor's."""
    return bool(authority.abolished and event.start_date and int(event.start_date[:4]) > authority.abolished.year)


def _dated_this_year(told: Told, on: date | None, publishing_council: Authority | None) -> bool:
    """On a council's own page that opens with the national picture ('Fewer than half of councils ... Oxfordshire is
    now one of them, after an inspection in October'), an inspection dated in the page's own year is what it reports;
    an undated one is told as an example."""
    start = told.event.start_date
    return publishing_council is not None and on is not None and start is not None and start[:4] == str(on.year)


def _first_named_after_lead(mentions: list[Mention], authority: Authority) -> bool:
    return min((m.start for m in mentions if m.authority is authority), default=0) > LEAD


def _introduced_as_compared(text: str, mentions: list[Mention], authority: Authority) -> bool:
    """Whether a council is first named as one the story compares with its own ('in contrast with neighbouring
    Cheshire East Council, whose children's services were rated inadequate in March'): its inspection, dated or not,
    is told of, not reported."""
    first = min((m.start for m in mentions if m.authority is authority), default=0)
    return bool(which_council.COMPARED_WITH.search(text, max(0, first - 40), first))


def _national_story(text: str, mentions: list[Mention]) -> str | None:
    """The words of a lead that tells of councils in general before it names any one council, or None."""
    cue = page_genres.NATIONAL_STORY.search(text, 0, LEAD)
    if cue is None or any(m.start < cue.start() for m in mentions):
        return None
    return cue.group()
