"""People named with their roles in letters, minutes, press releases and news."""

from __future__ import annotations

import re
from dataclasses import dataclass

NAME = r"(?P<name>(?:Mc|Mac|O['’])?[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?(?:\s+(?:[A-Z]\.?\s+)?(?:Mc|Mac|O['’]|de\s+|van\s+)?[A-Z][A-Za-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?){1,2})"
HONORIFIC = r"(?:Councillor|Cllr\.?|Coun\.?|Mayor|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Professor|Sir|Dame)\s+"

# Role phrases as written -> schema role. Order matters: the first that matches wins.
ROLE_WORDS: list[tuple[str, re.Pattern[str]]] = [
    ("director of children's services", re.compile(r"director\s+(?:of|for)\s+children.s\s+services|\bDCS\b"
                                                   r"|(?:executive|corporate|strategic)\s+director\s+(?:of|for)\s+children", re.I)),
    ("lead member", re.compile(r"lead\s+member", re.I)),
    ("cabinet member", re.compile(r"cabinet\s+member|portfolio\s+holder|executive\s+member", re.I)),
    ("council leader", re.compile(r"(?:council\s+)?leader(?:\s+of\s+(?:the\s+)?[\w\s]*council)?", re.I)),
    ("chief executive", re.compile(r"chief\s+executive", re.I)),
    ("elected mayor", re.compile(r"(?:elected\s+|city\s+)?mayor", re.I)),
    ("reporter", re.compile(r"reporter|correspondent|Local\s+Democracy\s+Reporting\s+Service|journalist", re.I)),
]
_ROLE_ALTERNATION = (
    r"(?:(?:the\s+)?(?:council.s\s+|authority.s\s+|[A-Z][\w ]{0,30}?(?:Council|Borough).s\s+)?"
    r"(?:[Ee]xecutive\s+|[Cc]orporate\s+|[Ss]trategic\s+|[Ee]lected\s+|[Cc]ity\s+|[Cc]ouncil\s+)?"
    r"(?:[Dd]irector\s+(?:of|for)\s+[Cc]hildren.s\s+[Ss]ervices|[Dd]irector\s+of\s+[Cc]hildren|[Ll]ead\s+[Mm]ember"
    r"|[Cc]abinet\s+[Mm]ember|[Pp]ortfolio\s+[Hh]older|[Ee]xecutive\s+[Mm]ember|[Ll]eader(?:\s+of\s+the\s+[Cc]ouncil)?"
    r"|[Cc]hief\s+[Ee]xecutive|[Mm]ayor|[Rr]eporter|[Cc]orrespondent))"
)
PATTERNS = [
    # "Councillor Liz McHugh, Lead Member for Children ...", "Coun Moira Smith, South Tyneside Council's cabinet member"
    re.compile(rf"(?:{HONORIFIC})?{NAME},\s+(?P<role>{_ROLE_ALTERNATION}[^,.;:\"“]*)"),
    # "Council leader Tracey Dixon", "chief executive Jonathan Tew", "Elected Mayor Norma Redfearn"
    re.compile(rf"(?P<role>{_ROLE_ALTERNATION}),?\s+(?:{HONORIFIC})?{NAME}"),
    # Letter address blocks: "Shona Gallagher Director of Children's Services", or on the next line
    re.compile(rf"^[ \t]*(?:{HONORIFIC})?{NAME}[ \t]*,?[ \t]*\n?[ \t]*(?P<role>(?:Executive\s+|Corporate\s+|Strategic\s+)?Director\s+(?:of|for)\s+"
               r"Children.s\s+Services)", re.M),
    # "James Harrison, Local Democracy Reporting Service", "By Amy Jones, BBC News"
    re.compile(rf"^[ \t]*(?:By\s+)?{NAME}\s*,\s*(?P<role>Local\s+Democracy\s+Reporting\s+Service|[A-Z]\w+\s+reporter"
               r"|(?:BBC\s+)?[A-Z][\w ]{0,30}\s+correspondent)", re.M),
    re.compile(rf"^[ \t]*By\s+{NAME}\s*$(?P<role>)", re.M),
]
NOT_NAMES = re.compile(
    r"^(?:The|This|That|Our|Their|Its|Ofsted|Council|Children|Services|Inspectors?|Lead|Cabinet|Chief|Director"
    r"|North|South|East|West|Local|Her|His|Majesty|Social|Care|Member|Report|Young|People|Families|Education"
    r"|Skills|Learning|Yours|Dear)\b"
)


@dataclass
class NamedPerson:
    name: str
    role: str | None
    start: int
    end: int


def role_of(phrase: str) -> str | None:
    for role, pattern in ROLE_WORDS:
        if pattern.search(phrase):
            return role
    return None


def find_people(text: str) -> list[NamedPerson]:
    """Everyone named with a recognisable role, first mention first, each name once."""
    found: dict[str, NamedPerson] = {}
    for index, pattern in enumerate(PATTERNS):
        for match in pattern.finditer(text):
            name = " ".join(match["name"].split())
            if NOT_NAMES.match(name) or any(NOT_NAMES.match(part) for part in name.split()[1:2]):
                continue
            phrase = match["role"] or ""
            role = "reporter" if index == len(PATTERNS) - 1 else role_of(phrase)
            if role is None:
                continue
            if name not in found or match.start() < found[name].start:
                found[name] = NamedPerson(name, role, match.start(), match.end())
    return sorted(found.values(), key=lambda p: p.start)
