"""People named with their roles in letters, minutes, press releases and news.

A name counts when a role stands right beside it: after it ('Liz McHugh, Lead Member for Children', 'Ellen Marsh
(Executive Director, Children, Families and Education)', 'Naomi Haddow | Director of ...', an address block's next
line) or before it ('Council leader Tracey Dixon', 'The Leader of North Yorkshire Council, Councillor Edward
Fawcett', 'By Priya Shah'). Honorifics ('Councillor', 'Cllr', 'Coun', 'Mr', 'Dr') are dropped from names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from oversight.reference.mentions import STREET_OR_BUILDING

_WORD = r"(?:Mc|Mac|O['’])?[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)*"
_TITLE = (r"(?:County|Councillors?|Cllrs?|Coun|Mayor|Dr|Mr|Mrs|Ms|Miss|Professor|Sir|Dame|The|By|Dear|Superintendent"
          r"|Detective|Chief|Inspector|Sergeant|Constable)\b")
# Words that are never part of a person's name here: roles and places in address blocks ('Shona Gallagher Director
# of Children's Services South Tyneside Westoe Road').
_NOT_NAME_WORD = (r"(?:Director|Executive|Corporate|Strategic|Chief|Head|Lead|Cabinet|Member|Councillors?|Council"
                  r"|Social|Political|Affairs|Correspondent|Editor|Chair|Chairman|Chairwoman|Independent"
                  r"|Borough|County|City|Children|Services|Road|Street|Lane|House|Hall|Centre|Square|Gate|Avenue|Court|Place"
                  r"|Way|Office|Offices|Civic|Town|Ofsted|Inspector|Inspectors|Company|Board|Group|Integrated|Trust"
                  r"|Partnership|Service|Commission|Police|Care|Health|NHS)\b")
# Surnames that are also words of an address ('Cllr Frazer Lane', 'Mrs Ann Hall'): a name only after a title.
_SURNAME_OF_A_PLACE = r"(?:Lane|Hall|House|Street|Way|Gate|Gates|Court|Place)"
_AFTER_A_TITLE = "|".join(f"(?<={title} )" for title in ("Cllr", "Councillor", "Coun", "Mr", "Mrs", "Ms", "Miss", "Dr"))
NAME = re.compile(rf"(?<![\w'’-])(?!{_TITLE})(?!{_NOT_NAME_WORD})(?P<name>"
                  rf"(?:{_AFTER_A_TITLE}){_WORD}[ \t]+{_SURNAME_OF_A_PLACE}(?![\w'’-])"
                  rf"|{_WORD}(?:[ \t]+(?:[A-Z]\.?[ \t]+)?"
                  rf"(?:de[ \t]+|van[ \t]+)?(?!{_NOT_NAME_WORD}){_WORD}){{1,2}}"
                  # minutes name people by an initial ('S. Rowntree') or, after 'Councillor', by surname alone
                  rf"|(?:[A-Z]\.[ \t]*){{1,2}}(?!{_NOT_NAME_WORD}){_WORD}"
                  # or by an initial without its stop, before the role in brackets ('M Greenhalgh (Executive ...)')
                  rf"|(?<![A-Za-z])[A-Z][ \t]+(?!{_NOT_NAME_WORD}){_WORD}(?=[ \t]*\()"
                  rf"|(?:(?<=Councillor )|(?<=Councillors ))(?!{_NOT_NAME_WORD}){_WORD}(?=[ \t]*[,(–-]))(?![\w-])")
_PICTURED = re.compile(r"[ \t]*,?[ \t]*\((?:left|right|centre|center|pictured|above|below|top|bottom)\)", re.I)
# A party after a councillor's name: 'Cllr Marian Dunlop (Con), the portfolio holder ...'
_PARTY = re.compile(r"[ \t]*\((?:Con|Cons|Conservative|Lab|Labour|LD|Lib\s+Dem|Green|Ind|Independent|Reform|SNP"
                    r"|UKIP)\)")
HONORIFIC = re.compile(r"(?:County\s+)?"
                       r"(?:Councillor|Cllr\.?|Coun\.?|Mayor|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Professor|Sir|Dame)"
                       r"\s+$")

# Role phrases as written -> the role Oversight records. The first that matches wins. Seen: the seeds; directors
# of children's services under a dozen titles ('Executive Director of Children and Family Services', 'Corporate
# Director for Children and Young People's Service', 'Strategic Director of Social Care and Education',
# 'executive director: people'); 'executive member' and 'portfolio holder' for cabinet members.
ROLE_WORDS: list[tuple[str, re.Pattern[str]]] = [
    ("lead inspector", re.compile(r"\blead\s+inspector\b", re.I)),
    # 'inspector Catherine Heron said': the word alone, right before the name
    ("inspector", re.compile(r"(?:His|Her)\s+Majesty.s\s+Inspector\b(?!\s+of\s+Constabulary)"
                             r"|\bHMI\b|\bOfsted\s+Inspector|(?:^|\b(?:with|and|fellow)\s+)inspector$", re.I)),
    ("director of children's services", re.compile(
        # (not 'Director of Children's Social Care', the head of social care under the director of children's services)
        r"director\s+(?:of|for)\s+(?:the\s+council['’]s\s+|[A-Z][\w]+['’]s\s+)?children(?!['’]?s\s+social\s+(?:care|work))"
        r"|\bDCS\b"
        r"|\bhead\s+of\s+children['’]s\s+services\b|(?:executive|corporate|strategic|group)\s+director\b[\s,:–-]*(?:of\s+|for\s+)?"
        r"(?:children|people|social\s+care|education\s+and\s+children|child\s+and\s+adult)"
        r"|director\s+of\s+child\s+and\s+adult\s+services|\bdirector\s+(?:of|for)\s+people\b"
        r"|children.s\s+services\s+director"
        # 'Director, Children and Young People's Services' (a contact line's layout)
        r"|\bdirector\s*[,:–]\s*children(?:['’]s\s+services|\s+and\s+young\s+people)", re.I)),
    ("lead member", re.compile(r"\blead\s+member\b", re.I)),
    # an elected mayor's cabinet: 'Assistant City Mayor with responsibility for Children, Young People and Schools'
    # 'executive councillor for children's services' (Lincolnshire's title for its cabinet member)
    ("cabinet member", re.compile(r"\bcabinet\s+(?:member|spokesperson)\b|\bportfolio\s+holder\b"
                                  r"|\bexecutive\s+(?:member|councillor)\b|\b(?:assistant|deputy)\s+(?:city\s+)?mayor\b"
                                  r"(?=[^.;]{0,40}\bresponsib)", re.I)),
    ("council leader", re.compile(r"\b(?:council\s+)?leader\b(?!\s+of\s+the\s+opposition)"
                                  r"(?:\s+of\s+(?:the\s+)?[\w\s]*council)?", re.I)),
    ("chief executive", re.compile(r"(?i:\bchief\s+executive\b)|\bCEO\b")),  # 'said Trust CEO Nicola Example'
    # 'Government commissioner Malcolm Newsam', 'the children's services commissioner'; the Children's Commissioner
    # for England is another office
    ("children's commissioner", re.compile(r"\bChildren['’]s\s+Commissioner\s+for\s+England\b|^Children['’]s\s+"
                                           r"Commissioner$", re.I)),
    ("commissioner", re.compile(r"\bcommissioner\b(?!\s+for\s+England)", re.I)),
    # Ofsted's officers: 'Ofsted's national director for social care, Helen Caddick'
    ("national director for social care", re.compile(r"\bnational\s+director,?\s+(?:for\s+)?social\s+care\b", re.I)),
    # government's ministers: 'The Minister for Children and Families', 'Children's minister Will Quince',
    # 'Parliamentary Under-Secretary of State for Children and Families'
    ("minister", re.compile(r"\bminister\b(?!\s+of\s+religion)|\bUnder-Secretary\s+of\s+State\b"
                            r"|\bSecretary\s+of\s+State\s+for\s+Education\b", re.I)),
    ("elected mayor", re.compile(r"\b(?:elected\s+|city\s+)?mayor\b(?!\s+of\s+the\s+borough)", re.I)),
    # who chairs the meeting or the committee minutes record ('Councillor Smith (Chair)', 'Chair: Cllr Anna Smith');
    # not one who chairs another body ('chair of governors', 'independent chair of the safeguarding partnership')
    ("vice-chair", re.compile(r"\bvice[\s-]?chair(?:man|woman|person)?\b"
                              r"(?!\s+of\s+(?!the\s+(?:committee|meeting|panel|board\b)))", re.I)),
    # ('chair of the children and families committee', a council's committee)
    ("chair", re.compile(r"(?<!vice-)(?<!vice\s)\bchair(?:man|woman|person)?\b(?!\s+of\s+(?!the\s+(?:committee|meeting"
                         r"|panel|board\b|[\w'’,& ]{3,60}?\b(?:committee|scrutiny\s+panel)\b)))", re.I)),
    ("reporter", re.compile(r"\breporter\b|\bcorrespondent\b|Local\s+Democracy\s+Reporting\s+Service"
                            r"|\bjournalist\b", re.I)),
]
# A role phrase just after a name: ', the council's cabinet member for ...', ' (Lead Member for ...)', ' | Chair'.
_ROLE_AFTER = re.compile(r"[ \t]*(?:,|\(|\||–|—|-(?=\s)|\n|[ \t]as(?=[ \t])"  # 'the appointment of James Thomas as DCS'
                         r"|(?=(?:Executive\s+|Corporate\s+|Strategic\s+)?Director\s)"
                         r"|(?=HMI\b|(?:His|Her)\s+Majesty))[ \t]*(?:the\s+|our\s+)?"
                         r"(?:[A-Z][\w ]{0,40}?(?:Council|Borough)['’]s\s+"
                         r"|council['’]s\s+|authority['’]s\s+)?(?P<role>[^.;()\n|\"“]{3,110})")
_ROLE_TEXT = re.compile(r"[ \t]*(?:the\s+)?(?:council['’]s\s+|authority['’]s\s+)?(?P<role>[^.;()\n|\"“]{3,110})")
_BYLINE = re.compile(r"^[ \t]*(?:By|by|BY|Published\s+by:?|Written\s+by:?)[ \t]+$", re.M)
# Bylines that news sites print as a layout rather than with 'By' (seen in real pages): the name alone on a line
# near the top with the date on the same or the next line ('William Eichler 06 April 2016') or what the writer does
# after it, or an author's picture caption ('Janet Downs's picture').
_LAYOUT_BYLINE = re.compile(
    r"^[ \t]*(?P<name>[A-Z][a-z'’-]+(?:[ \t]+(?!(?-i:Social|Political|Health|Education|Home|Chief|Senior)\b)"
    r"[A-Z][a-z'’-]+){1,2})[ \t]*(?:['’]s[ \t]+picture[ \t]*$"
    # or with what the writer does: 'Alys Example Social affairs correspondent'
    r"|[ \t]+(?:[A-Za-z]+[ \t]+){0,2}(?:correspondent|editor|reporter)[ \t]*$"
    r"|(?:[ \t]+|\n[ \t]*)(?:\w+day,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},\s+\d{4})[ \t]*$)",
    re.M)
# A masthead line of outlet, date and writer, parted by bars ('Westmorland Gazette | Monday 20 January 2025 | Tom
# Lancaster', 'Herald Express | 10 June 2025 | by Claire Penhaligon'): the name after the date.
_MASTHEAD_BYLINE = re.compile(
    r"^[^\n|]{2,60}\|[ \t]*(?:\w+day,?\s+)?\d{1,2}\s+[A-Z][a-z]+\s+\d{4}[ \t]*\|[ \t]*(?:[Bb]y[ \t]+)?"
    r"(?P<name>[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){1,2})[ \t]*(?:[,|][^\n]{0,60})?$", re.M)
# More layouts of bylines seen in real pages: a name in capitals before an address ('- KATHERINE EXAMPLE
# katherine.example@paper.co.uk'), and a standfirst that says what the writer does ('Jo Example finds out how ...').
_CAPITALS_BYLINE = re.compile(r"^[ \t]*(?:-[ \t]*)?(?P<name>[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+){1,2})[ \t]+"
                              r"\S+@\S+", re.M)
_STANDFIRST_BYLINE = re.compile(r"(?:^|[.!?][ \t]+)(?P<name>[A-Z][a-z'’-]+[ \t]+[A-Z][a-z'’-]+)[ \t]+"
                                r"(?:finds[ \t]+out|reports[ \t]+(?:on|from)|looks[ \t]+at|investigates"
                                r"|explains[ \t]+(?:how|why|what))\b", re.M)
BYLINE_WINDOW = 600
NOT_NAMES = re.compile(
    r"^(?:The|This|That|Our|Their|Its|And|But|While|When|As|Ofsted|Council|Children|Services|Inspectors?|Lead|Cabinet|Chief|Director"
    r"|North|South|East|West|Local|Her|His|Majesty|Social|Care|Member|Report|Young|People|Families|Education"
    r"|Skills|Learning|Yours|Dear|Executive|Corporate|Strategic|Head|Deputy|County|City|Borough|Royal|London"
    r"|Mayor|Leader|Resolved|Minutes|Present|Apologies|Agenda|Published|Notes|Media|Press|Inspection|Joint"
    r"|Focused|Monitoring|Area|Ms|Mr|Mrs|Dr|Cllr|Councillor|Coun|Sir|Portfolio|Holder|Spokesperson"
    # the words of a portfolio or a body, not of a name ('... Children's Services and Early Years', 'Family Wellbeing')
    r"|Early|Family|Wellbeing|Adult|Adults|Public|Health|Community|Communities|Safeguarding|Housing|Schools"
    r"|Culture|Finance|Resources|Three|Two|Four|Five"
    # the words of an intervention, after a commissioner ('the Commissioner and the Statutory Direction')
    r"|Statutory|Secretary|Government|Department|Improvement)\b"
)


@dataclass
class NamedPerson:
    name: str
    role: str | None
    start: int
    end: int


def role_of(phrase: str) -> str | None:
    return _role_in(phrase)[0]


def find_people(text: str) -> list[NamedPerson]:
    """Everyone named with a recognisable role, first mention first, each name once."""
    found: dict[str, NamedPerson] = {}
    bylines = [*_LAYOUT_BYLINE.finditer(text, 0, BYLINE_WINDOW), *_CAPITALS_BYLINE.finditer(text, 0, BYLINE_WINDOW),
               *_MASTHEAD_BYLINE.finditer(text, 0, BYLINE_WINDOW),
               *_STANDFIRST_BYLINE.finditer(text, 0, BYLINE_WINDOW)]
    for match in sorted(bylines, key=lambda m: m.start("name")):
        name = match["name"] if not match["name"].isupper() else match["name"].title()
        name = re.sub(r"^By\s+", "", name)  # 'By Raj Example' over a date line: the byline's word, not a name
        if not NOT_NAMES.match(name) and not _NOT_A_BYLINE.search(name) and name not in found:
            found[name] = NamedPerson(name, "reporter", match.start("name"), match.end("name"))
    for match in _names(text):
        name = " ".join(match["name"].split())
        if re.search(r"['’]s$", name):
            continue  # 'Bracknell Forest's' is no one's name
        if STREET_OR_BUILDING.match(text, match.end()):
            continue  # '... South Tyneside Westoe Road South Shields': a street in an address block
        if _PORTFOLIO_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue  # 'The Cabinet Member for Highways Assets and Transport': a portfolio, not a person
        role = _role_beside(text, match)
        if role is None:
            continue
        if name not in found:
            found[name] = NamedPerson(name, role, match.start(), match.end())
    return sorted(found.values(), key=lambda p: p.start)


_NOT_A_BYLINE = re.compile(r"\b(?:Council|Ofsted|News|Report|Children|Services|Inspection|Minutes|Agenda|Published"
                           r"|Updated|Meeting|Committee|Cabinet|Board"
                           # an outlet's name where a byline would stand ('Wigan Today', 'Liverpool Echo')
                           r"|Today|Echo|Times|Post|Gazette|Chronicle|Mail|Herald|Observer|Press|Journal|Telegraph"
                           r"|Guardian|Standard|Mercury|Argus|Express|Star|Advertiser|Courier|Sentinel|Live|Care|Now"
                           r"|Online|Recorder|Evening|Weekly|Daily|Magazine|Dispatch|Bulletin|Independent|Citizen"
                           r"|Examiner|Record|Leader|Voice|Nub|MJ)\b")


def _names(text: str):  # type: ignore[no-untyped-def]
    """Candidate names; a candidate that begins with a word no name has ('Families Melinda Tilley') is tried again
    from its next word, so that the name after such a word is not lost."""
    position = 0
    while True:
        match = NAME.search(text, position)
        if match is None:
            return
        name = " ".join(match["name"].split())
        parts = name.split()
        if NOT_NAMES.match(name) or any(NOT_NAMES.match(part) for part in parts[1:2]):
            position = match.start("name") + len(match["name"].split()[0]) + 1
            continue
        run = _CAPITALISED_RUN.match(text, match.start("name"))
        if run is not None and _PLACE_OF_A_TITLE.search(text, max(0, match.start("name") - 30), match.start("name")) \
                and len(run.group().split()) >= 3:
            # 'Mayor of Tower Hamlets Joseph Example': the place runs into the name, which is the last two words
            position = run.end() - len(" ".join(run.group().split()[-2:]))
            continue
        yield match
        position = match.end()


def _role_beside(text: str, match: re.Match[str]) -> str | None:
    before = text[max(0, match.start() - 90): match.start()]
    if _BYLINE.search("\n" + before):
        return "reporter"  # a byline: 'By Priya Shah'

    party = _PARTY.match(text, match.end())
    position = party.end() if party else match.end()
    member = _MEMBER_OF_PARLIAMENT.match(text, position)  # 'Rebecca Example MP (Parliamentary Under-Secretary ...)'
    if member:
        position = member.end()
    aside = _PICTURED.match(text, position)  # 'Cllr Colin Froggatt, (left) the council's executive member'
    if aside:
        position = aside.end()
    after = (_ROLE_TEXT if aside else _ROLE_AFTER).match(text, position, min(len(text), match.end() + 130))
    if after and re.match(r"and\s", after["role"]):
        after = None  # '..., Councillor Joan Example, and the cabinet member, Councillor ...': the next person's role
    if after and after.group(0).lstrip(" \t").startswith("\n") and _NOT_THIS_PERSONS_LINE.match(after["role"]):
        # the next line labels someone else ('Chair: Cllr Anna Smith | Vice-chair: Cllr Tom Jones') or begins a
        # sentence ('... a Child Protection Plan | The Director of Children's Social Care presented ...')
        after = None
    if after:
        # the role must open the words after the name ('David Example, corporate director for children's services'),
        # not end a clause about something else ('Jane Example, implemented ... under the former cabinet member')
        role, where = _role_in(after["role"])
        role = role if where is not None and where.start() <= ROLE_OPENS_WITHIN else None
        if role == "inspector" and re.search(r"\bled\s+by\s*$", before):
            return "lead inspector"  # 'led by Carol Wainwright HMI'
        if role == "inspector" and _LEAD_INSPECTOR_WAS.search(before):
            return "lead inspector"  # 'The lead inspector was Louise Example HMI'
        if role:
            return role
    raw_line = before.rsplit("\n", 1)[-1]
    line_before = HONORIFIC.sub("", raw_line)
    label = _LABEL.match(line_before)
    if label and _role_in(label["role"])[0]:
        return _role_in(label["role"])[0]  # 'Chair: Cllr Anna Smith', a line of a minutes' or a release's layout
    apposition = re.match(r"[ \t]*[,.]", text[match.end(): match.end() + 2])
    if line_before == raw_line and re.search(r",\s*$", raw_line) and not apposition:
        # 'Ms Alison Breen, Chief Executive, Durham Tees Valley ...': after 'role,' comes a body, not a name; but
        # 'The Strategic Director of Children and Family Services, Michelle Fairhurst, introduced' names her
        return None
    # only the words next to the name, back to the last full stop or quote, so that a role said of someone else
    # earlier in the sentence is not taken ('... chief executive Jonathan Tew said' is right beside its name)
    words = re.split(r"[.;:\"“”()]", line_before)[-1].split()[-9:]
    phrase = " ".join(words)
    # after a comma, only what follows it: '... Chief Executive Jill Colbert, inspector Catherine Heron said'
    last = phrase.rsplit(",", 1)[-1].strip()
    if "," in phrase and _role_in(last)[0]:
        phrase = last
    role, where = _role_in(phrase, nearest_end=True)
    if role == "inspector" and where is not None and re.search(r"\bled\s+by\s*$", phrase[: where.start()]):
        return "lead inspector"  # 'led by His Majesty's Inspector Rachel Example'
    at = where.end() if where is not None else 0
    # a verb between the role and the name means the role was someone else's ('the leader said Jane Smith ...')
    if role and not re.search(r"\b(?:said|says|told|added|asked|thanked|by)\b", phrase[at:], re.I):
        return role
    if member:
        return "MP"
    # the second of the team named after 'The inspectors were' ('Jan Example (lead inspector) and Marcus Example')
    return "inspector" if _INSPECTORS_WERE.search(before) else None


_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)*")
_PLACE_OF_A_TITLE = re.compile(r"\b(?:Mayor|Leader|Council|Borough|City|County)\s+of\s+$", re.I)
_INSPECTORS_WERE = re.compile(r"\binspectors\s+(?:were|are)\b[^.;:]{0,120}?(?:,|\band)\s*$", re.I)
_MEMBER_OF_PARLIAMENT = re.compile(r"[ \t]+MP\b")
_LEAD_INSPECTOR_WAS = re.compile(r"\blead\s+inspector\s+(?:was|is|will\s+be)\s+$", re.I)


# Just before words that name a portfolio or a service, not a person.
# ('Cabinet Member for Children's Services and School Performance': the words up to the name are the portfolio's)
_PORTFOLIO_BEFORE = re.compile(r"\b(?:Member|Holder|Director|Lead|Spokesperson|Champion|Minister|Secretary|Head)\s+"
                               r"(?:for|of)\s+(?:[^.;:\n,\"“]{0,60}?\s(?:and|&)\s+)?$", re.I)
# A role that labels the line a name stands on, before a colon ('Chair: Cllr Anna Smith').
_LABEL = re.compile(r"^[ \t]*(?P<role>[A-Za-z][\w'’ -]{1,60}):[ \t]*$")
# A line under a name that is not its role: another's label ('Vice-chair: Cllr Tom Jones') or a sentence ('The
# Director of Children's Social Care presented ...').
_NOT_THIS_PERSONS_LINE = re.compile(r"[ \t]*[A-Za-z][\w'’ -]{1,60}:|(?:The|A|An)\s")


# How far into the words after a name its role may begin ('who is the authority's cabinet member for ...').
ROLE_OPENS_WITHIN = 50


def _role_in(phrase: str, nearest_end: bool = False) -> tuple[str | None, re.Match[str] | None]:
    """The first role the phrase names (in the order of ROLE_WORDS), and where its words stand in it. With
    `nearest_end`, for the words before a name, the role that ends last: in 'Council leader Mike Jones and chief
    executive Steve Robinson' the second name's role is the one beside it."""
    found = [(role, match) for role, pattern in ROLE_WORDS for match in [pattern.search(phrase)] if match
             and not _NOT_THE_ROLE_HELD.search(phrase, 0, match.start())]
    # a deputy's or assistant's title is not the role it names ('and deputy leader Councillor Rita Example', 'Deputy
    # Leader and Vice-chairperson')
    found = [(role, match) for role, match in found if not _DEPUTY.search(phrase, 0, match.start())]
    if not found:
        return None, None
    chosen = found[0]
    if nearest_end:
        nearest = max(found, key=lambda item: item[1].end())  # max keeps the first of equals: ROLE_WORDS' order
        # the nearest role only where another person stands between ('Council leader Mike Jones and chief
        # executive ...'); one title of several parts keeps its first ('Executive Director of Children and
        # Families and Deputy Chief Executive')
        first = min(found, key=lambda item: item[1].start())
        if nearest is not first and _NAME_BETWEEN.search(phrase, first[1].end(), nearest[1].start()):
            chosen = nearest
    role, match = chosen
    standing_in = _STANDING_IN.search(phrase, 0, match.start())
    return (f"{standing_in['how'].lower()} {role}" if standing_in else role), match


# Just before a role: one held for the time being ('Interim Corporate Director of Children, Young People and
# Education', 'interim executive director of education and children's services', 'Acting Chief Executive'). Who
# stands in is part of the record (a council's leadership after a poor judgement often is), so the word is kept.
_STANDING_IN = re.compile(r"\b(?P<how>interim|acting)[\s-]+$", re.I)
ROLE_HELD_FOR_NOW = re.compile(r"^(?:interim|acting)\s+", re.I)


def plain_role(role: str | None) -> str | None:
    """The role without 'interim' or 'acting': the post, whoever holds it for now."""
    return ROLE_HELD_FOR_NOW.sub("", role) if role else role


_DEPUTY = re.compile(r"\b(?:deputy|assistant|vice)[\s-]+$", re.I)
# Just before a role: one the person does not hold here ('a former director of children's services', 'Opposition
# leader', 'the shadow cabinet member').
_NOT_THE_ROLE_HELD = re.compile(r"\b(?:former|ex|previous(?:ly)?|one-time|opposition|shadow|interim\s+former)[\s-]+"
                                r"(?:\w+\s+){0,1}$", re.I)
_NAME_BETWEEN = re.compile(r"\b[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+\s+(?:and|&)\s")
