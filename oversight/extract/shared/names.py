"""People's names as inspection documents print them, without titles and post-nominals."""

from __future__ import annotations

import re
from dataclasses import dataclass

from oversight.extract.shared.vocabulary import INSPECTOR_ROLE, NAME_NOISE, PERSON_NAME, TEAM_ENTRY, TEAM_HEADING

# Separators between names in a list: "A HMI, B HMI and C", "Cath McEvoy/Ian Young", "A; B", "A & B".
_NAME_SEPARATOR = re.compile(r",|;|/|&|\band\b|\bwith\b")
# A name broken at a hyphen over a line: "Dominic Porter-\nMoore" or, after joining lines, "Porter- Moore".
_BROKEN_HYPHEN = re.compile(r"(?<=\w)-\s+(?=[A-Z])")
_BRACKETED = re.compile(r"\([^()]*\)?|\)")
# Words that make a capitalised run a body, not a person ('Ofsted Care Quality Commission' under a JTAI's sign-off).
_BODY = re.compile(r"\b(?:Ofsted|Commission|Constabulary|Probation|Council|Inspectorate|Services?|Police|NHS|Board"
                   r"|Trust|Partnership|Department|Agency)\b")
_OWNER = re.compile(r"^[A-Z][\w]*[’']s\s+(?=[A-Z][\w’'-]+\s+[A-Z])")
_WORD_BROKEN_OVER_LINES = re.compile(r"(?<=[a-z])-[ \t]*\n[ \t]*(?=[a-z])")
_TEAM_LABEL = re.compile(r"^[ \t|]*[A-Z][\w ’'&()-]{1,60}:", re.M)


def clean_person_name(raw: str) -> str | None:
    """'Nigel Parkes  Her Majesty's Inspector' -> 'Nigel Parkes'; None when what is left is not a name."""
    text = _BROKEN_HYPHEN.sub("-", " ".join(raw.replace("\u00a0", " ").split()))
    text = _BRACKETED.sub(" ", text)
    text = re.split(r"[,;]|\s{3,}", text.strip())[0]
    text = NAME_NOISE.sub(" ", " ".join(text.split()))
    text = _OWNER.sub("", text.strip())  # "Ofsted's Marcia Oyelaran"
    text = " ".join(text.split()).strip(" .:-")
    if not text or not PERSON_NAME.match(text) or len(text.split()) < 2 or len(text) > 60 or _BODY.search(text):
        return None
    return text


def split_names(raw: str) -> list[str]:
    """'Sarah Urding, Brenda McLaughlin and Deane Jennings (Contracted Inspector)' -> three names.

    Lines of 'Inspectorate: names' (a JTAI's team) give the names after each colon."""
    raw = _WORD_BROKEN_OVER_LINES.sub("", raw)  # 'Lisa Haw-\nthorne' in a letter saved as wrapped text
    raw = _TEAM_LABEL.sub(",", raw)
    text = _BROKEN_HYPHEN.sub("-", " ".join(raw.split()))
    text = _BRACKETED.sub(",", text)  # '(HMI)' closes a name even where no comma follows: 'A (HMI) B (OI)'
    names = []
    for part in _NAME_SEPARATOR.split(text):
        name = clean_person_name(part)
        if name and name not in names:
            names.append(name)
    return names


@dataclass(frozen=True)
class TeamEntry:
    """One 'Role: names' entry of a report's inspection team, with the offsets of its names."""

    role: str
    names: list[str]
    start: int
    end: int

    @property
    def names_inspectors(self) -> bool:
        return bool(INSPECTOR_ROLE.search(self.role.strip()))


def read_team(text: str) -> list[TeamEntry]:
    """The entries of the last 'The inspection team' block (the first may be a contents line)."""
    heading = None
    for match in TEAM_HEADING.finditer(text):
        heading = match
    if heading is None:
        return []
    entries: list[TeamEntry] = []
    cursor = heading.end()
    limit = min(len(text), cursor + 2000)
    matches = [m for m in TEAM_ENTRY.finditer(text, cursor, limit)]
    for index, match in enumerate(matches):
        if match.start() > cursor + 3 and _blank_line_between(text, cursor, match.start()) and entries:
            break  # the block ended before this line
        body_end = matches[index + 1].start() if index + 1 < len(matches) else limit
        blank = re.search(r"\n[ \t]*\n|\f", text[match.end(): body_end])
        end = match.end() + blank.start() if blank else body_end
        entries.append(TeamEntry(match["role"], split_names(text[match.end(): end]), match.end(), end))
        cursor = end
    return entries


def _blank_line_between(text: str, start: int, end: int) -> bool:
    """More than one blank line between two entries: the team block is over (page furniture follows)."""
    return len(re.findall(r"\n[ \t]*(?=\n)", text[start:end])) > 1 or "\f" in text[start:end]
