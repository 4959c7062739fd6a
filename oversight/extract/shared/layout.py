"""Lines, running headers and list items in extracted page text."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from oversight.documents.model import Document
from oversight.extract.shared.evidence import Found
from oversight.extract.shared.vocabulary import (
    BULLETS,
    IMPROVEMENT_GROUP_HEADING,
    IMPROVEMENT_LEAD_INS,
    LEAD_IN_SENTENCE,
)

_LINE = re.compile(r"[^\n]*")
_NUMBERED = re.compile(r"^(?P<number>\d{1,3})\.(?:\s+|$|(?=[A-Z]))")  # '10.Ensure': PDFium drops the space
_BULLETED = re.compile(rf"^(?:[{BULLETS}\-–]\s*|\*\s+|\(?[a-z]\)\s+)")  # '(a) ' and '* ' in minutes and text
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?$", re.I)
_SENTENCE_END = re.compile(r"[.;:!?)’'\"]$")


@dataclass(frozen=True)
class Line:
    start: int  # global offset of the first non-blank character
    end: int
    text: str  # stripped


def lines_between(text: str, start: int, end: int, keep_blank: bool = False) -> list[Line]:
    out = []
    for match in _LINE.finditer(text, start, end):
        raw = match.group()
        stripped = raw.strip(" \t\r\u00a0")
        if not stripped.strip():
            if keep_blank and match.end() > match.start() or (keep_blank and stripped == "\f"):
                out.append(Line(match.start(), match.start(), "\f" if "\f" in raw else ""))
            continue
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            out.append(Line(match.start() + lead, match.start() + lead + len(stripped), stripped))
    return out


def running_lines(document: Document) -> set[str]:
    """Lines repeated at the top or bottom of many pages (running headers and footers), worked out once per
    document however many list readers ask."""
    global _last_running
    if _last_running is not None and _last_running[0] is document:
        return _last_running[1]
    found = _running_lines(document)
    _last_running = (document, found)
    return found


# The last document's running lines: a process reads one document at a time, and its readers ask in turn.
_last_running: tuple[Document, set[str]] | None = None


def _running_lines(document: Document) -> set[str]:
    counts: Counter[str] = Counter()
    for page in document.pages:
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        counts.update(set(lines[:4] + lines[-4:]))
    threshold = max(3, len(document.pages) // 4)
    return {line for line, count in counts.items() if count >= threshold and len(line) > 3}


def join_lines(parts: list[str]) -> str:
    """Re-join wrapped lines into one sentence: hyphens at line ends stay as compounds, soft hyphens go."""
    text = ""
    for part in parts:
        part = part.replace("\u00ad", "")
        if not text:
            text = part
        elif text.endswith("-") and text[-2:-1].isalpha() and part[:1].isalpha():
            text += part
        else:
            text += " " + part
    return re.sub(r"\s+", " ", text).strip()


def list_items(document: Document, start: int, end: int, boilerplate: set[str],
               unmarked_items: bool = True, one_per_line: bool = False) -> list[Found]:
    """Items of a bulleted or numbered list in text[start:end], each re-joined into whole sentences.

    With `unmarked_items`, a stretch with no bullets or numbers at all is read as items separated by blank lines
    (2013 reports and letters saved as text lose their bullets), or one item a line with `one_per_line` (Word
    minutes); without it, such a stretch has no items.

    Lines that only group items (short, unpunctuated headings between a finished item and the next marker) and
    lead-in sentences ('In order to improve ... the local authority should:') are left out.
    """
    text = document.text
    lines = lines_between(text, start, end, keep_blank=True)
    # Where extraction lost the bullets (2013 reports), blank lines are all that separate the items.
    blank_separated = unmarked_items and not any(
        (_NUMBERED.match(line.text) or _BULLETED.match(line.text)) and not IMPROVEMENT_LEAD_INS.match(line.text)
        for line in lines if line.text
    )
    first_marker = next((line.text for line in lines if _NUMBERED.match(line.text) or _BULLETED.match(line.text)),
                        "")
    numbered_list = bool(_NUMBERED.match(first_marker))
    items: list[list[Line]] = []
    current: list[Line] | None = None
    in_sub_list = False
    item_glyph: str | None = None  # the bullet of the item being read: another one under it marks a sub-point
    last_number: int | None = None
    blank_seen = page_break_seen = False
    for line in lines:
        if line.text == "\f":
            page_break_seen = True
            continue
        if not line.text:
            blank_seen = True
            continue
        if line.text in boilerplate or _PAGE_NUMBER.match(line.text):
            continue
        if blank_separated and (one_per_line or blank_seen and not page_break_seen):
            current = None  # a blank line on the same page ends an item; a page break alone does not
        blank_seen = page_break_seen = False
        if IMPROVEMENT_LEAD_INS.match(line.text):
            current = None
            continue
        numbered = _NUMBERED.match(line.text)
        if numbered and not _next_number(numbered_list, last_number, int(numbered["number"])):
            numbered = None  # '17.' ending a wrapped line ('... reach the age of / 17.'), not a new item
        bulleted = _BULLETED.match(line.text)
        marker = numbered or bulleted
        glyph = bulleted.group().strip()[:1] if bulleted else None
        if bulleted and current and (in_sub_list or current[-1].text.endswith(":")) and (
                numbered_list or glyph != item_glyph):
            # '27. Improve the achievement of children by:' followed by bulleted parts of the same item, and
            # '◼ Practice ... to demonstrate:' followed by '•' points: one item with its sub-points
            in_sub_list = True
            current.append(Line(line.start + bulleted.end(), line.end, line.text[bulleted.end():].strip()))
            continue
        if marker:
            in_sub_list = False
            item_glyph = glyph
            if numbered:
                last_number = int(numbered["number"])
            rest = line.text[marker.end():].strip()
            current = []
            items.append(current)
            if rest:
                offset = line.start + marker.end() + (
                    len(line.text[marker.end():]) - len(line.text[marker.end():].lstrip()))
                current.append(Line(offset, line.end, rest))
            continue
        if current is None:
            if not blank_separated:
                continue  # sub-headings before the first bullet or number
            current = []
            items.append(current)
        current.append(line)
    found = []
    for item_lines in items:
        item_lines = _drop_trailing_headings(item_lines)
        if not item_lines:
            continue
        value = _FOOTNOTE_MARK.sub("", join_lines([line.text for line in item_lines]))
        if len(value) < 12 or LEAD_IN_SENTENCE.search(value):
            continue
        found.append(Found(value, item_lines[0].start, item_lines[-1].end))
    return found


# A footnote's number glued to the word before it ('all cared for children2 receive'): not part of the item.
_FOOTNOTE_MARK = re.compile(r"(?<=[a-z]{3})[1-9](?=[\s,.;:)]|$)")


def _next_number(numbered_list: bool, last_number: int | None, number: int) -> bool:
    """A number starts an item only in a numbered list and in sequence (SIF lists may start at 12 or 26)."""
    return numbered_list and (last_number is None or number == last_number + 1)


def _drop_trailing_headings(lines: list[Line]) -> list[Line]:
    """Drop grouping headings that follow a finished item ('Areas for improvement', 'Quality of practice')."""
    for index, line in enumerate(lines):
        heading = IMPROVEMENT_GROUP_HEADING.search(line.text)
        if heading and (index > 0 or heading.start() > 0):
            # 'missing from home and care. Areas for improvement' (Cambridgeshire 2015): the heading shares a line
            kept = line.text[: heading.start()].rstrip()
            head = lines[:index]
            return head + [Line(line.start, line.start + len(kept), kept)] if kept else head
    last_sentence_end = -1
    for index, line in enumerate(lines):
        if _SENTENCE_END.search(line.text):
            last_sentence_end = index
    if last_sentence_end < 0:
        return lines
    tail = lines[last_sentence_end + 1 :]
    if tail and all(_looks_like_heading(line.text) for line in tail):
        return lines[: last_sentence_end + 1]
    return lines


def _looks_like_heading(text: str) -> bool:
    return len(text) <= 90 and not _SENTENCE_END.search(text) and text[:1].isupper()


_MARKER = re.compile(rf"^[ \t]*(?:\d{{1,2}}[.)]|\(?[a-z]\)|[{BULLETS}*\-–])(?:\s|$)")


def items_after_lead(document: Document, position: int, count: int | None, boilerplate: set[str],
                     sentences_under_heading: bool = True) -> list[Found]:
    """The items a lead-in announces, from `position` (just after its words): inline after a colon ('one area for
    improvement: that ...'), or on the lines that follow a line ending in a colon, bulleted or numbered (up to
    the first line that is neither an item nor the wrapped rest of one), or one item a line in Word minutes and
    letters saved as text (lines that carry on the lead's sentence, in lower case, up to the one ending it)."""
    text = document.text
    line_end = text.find("\n", position)
    line_end = len(text) if line_end < 0 else line_end
    rest_of_line = text[position:line_end]
    colon = rest_of_line.find(":")
    if colon >= 0 and len(rest_of_line[colon + 1:].strip()) > 12:
        return _inline_items(text, position + colon + 1, count, boilerplate)
    if rest_of_line.strip() and not rest_of_line.rstrip().endswith(":"):
        return []
    start = line_end + 1
    lines = [line for line in lines_between(text, start, min(len(text), start + 8000), keep_blank=True)]
    body = [line for line in lines if line.text and line.text != "\f" and line.text not in boilerplate
            and not _PAGE_NUMBER.match(line.text)]
    if not body:
        return []
    marked = bool(_MARKER.match(body[0].text))
    heading = not rest_of_line.strip() and not text[text.rfind("\n", 0, position) + 1: position].rstrip().endswith(":")
    if heading and not marked and not sentences_under_heading:
        return []  # prose under a heading ('Areas covered by the visit / Inspectors evaluated ...') is no list
    end = _marked_list_end(text, lines, boilerplate) if marked else _unmarked_list_end(body, count, heading)
    if end is None:
        return []
    return list_items(document, start, end, boilerplate, unmarked_items=not marked, one_per_line=not marked)


def _inline_items(text: str, start: int, count: int | None, boilerplate: set[str]) -> list[Found]:
    """'two recommendations: to strengthen ...; and to ensure that ...' up to the sentence's end, which may lie past
    a page break (its furniture, running lines and page numbers, is left out of the items' words)."""
    stop = re.compile(r"\.(?=\s|$)|\n[ \t]*\n(?![\s\S]{0,3}\f)").search(text, start, min(len(text), start + 1500))
    stop_at = stop.end() if stop else min(len(text), start + 1500)
    parts = []
    for divider in (r"[^;]+", r"(?:(?!,\s+and\s)[^;])+", r"[^,;]+"):  # '; ', then ', and ', then commas
        parts = [part for part in re.finditer(divider, text[start:stop_at]) if part.group().strip(" ;,.\n")]
        if count is None or len(parts) == count:
            break
    if count is not None and len(parts) != count:
        parts = [re.match(r"[\s\S]+", text[start:stop_at])]  # type: ignore[list-item]
    found = []
    for part in parts:
        part_start, part_end = start + part.start(), start + part.end()
        words = [line.text for line in lines_between(text, part_start, part_end)
                 if line.text not in boilerplate and not _PAGE_NUMBER.match(line.text)]
        lead = len(part.group()) - len(part.group().lstrip())
        found.append(Found(re.sub(r"^(?:and|or)\s+", "", join_lines(words).strip(" ;,")), part_start + lead, part_end))
    return found


def _marked_list_end(text: str, lines: list[Line], boilerplate: set[str]) -> int | None:
    """Where a bulleted or numbered list ends: at a line after a blank line, or after a finished item, that is
    neither a new item nor the lower-case rest of a wrapped one (page furniture between pages is passed over)."""
    end = None
    previous: str | None = None
    gap = False
    for line in lines:
        if not line.text or line.text == "\f" or line.text in boilerplate or _PAGE_NUMBER.match(line.text):
            gap = gap or not line.text
            continue
        if end is not None and re.search(r"\n[ \t]*\n", text[end:line.start]):
            gap = True  # an empty line, which lines_between does not return
        if _MARKER.match(line.text):
            end, previous, gap = line.end, line.text, False
            continue
        marker = _MARKER.match(previous) if previous is not None else None
        bare_marker = previous is not None and marker is not None and not previous[marker.end():].strip()
        wrapped = previous is not None and (bare_marker or line.text[:1].islower() or
                                            (not gap and not re.search(r"[.!?;:]$", previous)))
        if not wrapped:
            break
        end, previous, gap = line.end, line.text, False
    return end


def _unmarked_list_end(body: list[Line], count: int | None, heading: bool = False) -> int | None:
    """One item a line: as many lines as announced; under a heading ('What needs to improve in this area'), the
    sentences up to the next heading; after a lead-in sentence, the lines that carry it on in lower case
    ('... the following areas of concern: / the quality of ... / the response to ... .') up to the one that
    ends it with a full stop."""
    end = None
    for taken, line in enumerate(body):
        if (count is not None and taken >= count) or len(line.text) > 600:
            break
        if count is None and heading:
            if not re.search(r"[.;]$", line.text) or len(line.text) < 20:
                break  # the next heading
            end = line.end
            continue
        if count is None and not line.text[:1].islower():
            break
        end = line.end
        if count is None and line.text.endswith("."):
            break
    return end


# A line that links to another story ('READ MORE: Hartlepool children's services "outstanding"', 'Related: ...',
# 'Also read - ...'), or a list's heading alone on its line ('Most read'): the page's furniture, whose headlines grade
# other councils, not the story's words. (Not a sentence that opens with such words: 'Related to the inspection, ...')
_LINK_TO_ANOTHER_STORY = re.compile(r"^[ \t]*(?:read\s+more|related(?:\s+(?:stories|articles|content|news))?"
                                    r"|also\s+read|more\s+on\s+this\s+story|you\s+may\s+also\s+like|see\s+also"
                                    r"|more\s+from\s+[^\n:]{1,40}|most\s+read)[ \t]*(?:[:|\-–—][^\n]*)?$", re.I | re.M)


def without_links_to_other_stories(text: str) -> str:
    """The text with each line that links to another story blanked, character for character, so that every offset
    still points where it did."""
    return _LINK_TO_ANOTHER_STORY.sub(lambda line: " " * len(line.group()), text)
