"""Words that tell which council a sentence speaks of: councils named together, counted, in general or left out,
both at once, one that no longer is, and another place's children's services trust. Patterns are data, read by
`shared/prose.py` (which clause speaks of which council) and `accounts/accounts.py`."""

from __future__ import annotations

import re

from oversight.extract.shared.genres import EXCEPTION_WORDS

# Between two councils named together: 'Kensington and Chelsea, and Westminster', 'Leeds & Bradford'.
PAIRED_COUNCILS = re.compile(r"\s*,?\s+(?:and|&)\s+")

# Councils in general, as a sentence's subject: 'Three councils in the region have been rated inadequate since 2014',
# 'Around a fifth of councils are rated inadequate', 'Councils rated inadequate are usually issued with a statutory
# direction', 'Every council in the Black Country ...', 'a council must be good in every area to be rated outstanding'.
# Not 'a council' alone, which a story may call the one it is about ('A London council has been rated good').
COUNCILS_IN_GENERAL = re.compile(
    r"\b(?:councils|boroughs|local\s+authorities|authorities)\b"
    # all of them, counted: '60% of the 153 councils were rated good or outstanding'
    r"|\b(?:all\s+)?the\s+1[0-5]\d\s+(?:English\s+)?(?:councils|local\s+authorities)\b"
    # a share of them, in a story of the national figures: 'Around 9% were rated inadequate', 'a third were ...'
    r"|^\s*(?:(?:around|about|nearly|almost|some|just\s+over|just\s+under|more\s+than|fewer\s+than|over|under)\s+)?"
    r"(?:\d+(?:\.\d+)?\s*(?:%|per\s*cent)|(?:a|one|two)[\s-]+(?:third|quarter|fifth|half)s?)\s+(?:were|are|was|had|have)\b"
    # a count of them: 'Only four were judged outstanding for safeguarding', '... found 34 rated inadequate overall'
    r"|^\s*(?:only\s+|just\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(?:were|are|had\s+been|have\s+been)"
    r"\s+(?:judged|rated|graded)\b|\bfound\s+\d{1,3}\s+(?:were\s+)?(?:rated|judged)\b"
    r"|\b(?:any|every|each|no)\s+(?:other\s+)?(?:local\s+)?(?:council|authority)\b(?![’']s)"
    r"|\ba\s+(?:local\s+)?(?:council|authority)\b(?=[^.;]{0,80}\b(?:must|should|usually|generally|typically|normally"
    r"|routinely)\b)"
    # any council, in a condition: 'When a council's children's services are judged inadequate, the headlines are ...'
    r"|\b(?:when|if|once|whenever|where|wherever)\s+(?:a|an)\s+(?:local\s+)?(?:council|authority)\b", re.I)
# Just before councils in the plural: the ones the page names ('the two councils', 'both authorities'), the one it
# is about among them ('Leeds is one of three councils rated inadequate', 'joins a small group of councils'), or a
# word that makes them the object, not the subject ('focus visits to local authorities who were judged ...').
COUNCILS_NOT_IN_GENERAL = re.compile(
    r"\b(?:the|both|these|those|their|its|our|neighbouring|sister|partner)\s+(?:[\w-]+\s+)?$"
    r"|\b(?:to|for|by|from|at|in|into|on|over|than|with|visited|inspected|visiting|inspecting)\s+(?:the\s+|all\s+"
    r"|other\s+|many\s+|most\s+|some\s+|several\s+)?$"
    r"|\b(?:one\s+of|among|amongst|joins?|joined|joining|alongside|like|unlike|with)\s+(?:the\s+|only\s+|just\s+|a\s+"
    r"|[\w-]+\s+){0,4}$", re.I)
# A children's services trust named by its place ('Doncaster Children's Services Trust'): the mention finder does not
# read it as the council (Northamptonshire's trust serves two), so a clause naming another place's trust and no
# council is not the page's council's ('The trust's chair, who previously chaired Doncaster Children's Services Trust
# when it was rated good').
TRUST_OF_A_PLACE = re.compile(r"\b(?P<place>[A-Z][\w’'-]*(?:\s+(?:and\s+|upon\s+|on\s+)?[A-Z][\w’'-]*){0,3})\s+"
                              r"Children['’]s\s+(?:Services\s+)?Trust\b")
# Before a council's name: it is left out of what is said ('Every council in the Black Country apart from Sandwell').
EXCEPTED_BEFORE = re.compile(rf"\b(?:{EXCEPTION_WORDS})\s+(?:the\s+)?$", re.I)

# A lead that counts the councils it is about ("Inspectors praise progress at two 'inadequate' councils", "Children's
# services at three councils rated 'good'"); not 'one of only four boroughs in London to hold the top rating'.
COUNCILS_COUNTED = re.compile(r"(?<!\bof\s)(?<!\bonly\s)\b(?P<count>two|three|four|five)\s+"
                              r"(?:[‘'\"“]?\w+[’'\"”]?\s+)?(?:councils|boroughs|authorities|local\s+authorities)\b",
                              re.I)
COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}

# Two councils inspected together: 'gives exactly the same grades' (Northamptonshire, 2022); a clause that speaks of
# both at once ('Both councils pay the trust ...', 'In both reports the inspectors judged').
BOTH_COUNCILS = re.compile(r"\b(?:both|each\s+of\s+the|the\s+two)\s+"
                           r"(?:councils|authorities|reports|local\s+authorities)"
                           r"|\bin\s+both\s+reports\b|\bfor\s+each\s+(?:council|authority)\b", re.I)
SAME_GRADES = re.compile(r"\b(?:exactly\s+)?the\s+same\s+(?:grades|judge?ments|ratings)"
                         r"|identical\s+(?:grades|judge?ments|ratings)", re.I)
# Before a council's name: it no longer exists ('under the former Cumbria County Council', 'the then Northamptonshire
# County Council').
# The four royal boroughs, which their own pages call 'the Royal Borough' ('Ofsted's previous inspection of the Royal
# Borough ... in 2012'), and the words for one.
ROYAL_BOROUGHS = frozenset({"Kensington and Chelsea", "Windsor and Maidenhead", "Kingston upon Thames", "Greenwich"})
THE_ROYAL_BOROUGH = re.compile(r"\b[Tt]he\s+Royal\s+Borough\b(?!\s+of\b)")
FORMER = re.compile(r"\b(?:former|defunct|abolished|predecessor|then)\s+$", re.I)
# Just before a council's name: a council the story compares with its own ('in contrast with neighbouring Cheshire
# East', 'compared with Bolton', 'unlike nearby Bury', 'how they compare with Dorset', 'pulls ahead of Middlesbrough').
COMPARED_WITH = re.compile(r"(?:\b(?:in\s+contrast\s+(?:with|to)|compar(?:ed|e|es)\s+(?:with|to)|unlike|than|like"
                           r"|as\s+did|(?:pulls?|pulled|moves?|moved|edges?|edged|stays?|stayed)\s+ahead\s+of|behind)\s+"
                           r"(?:(?:its|their|the)\s+)?(?:(?:neighbouring|nearby|next-door)\s+)?"
                           r"|\b(?:neighbouring|nearby|next-door)\s+|\bneighbours?\s+(?:in|at)\s+)$", re.I)


# Before a council's name: a partner ('a partnership with Hampshire County Council').
PARTNER_BEFORE = re.compile(r"\b(?:partnership|partnered|partnering|partners?|working|works?|worked|jointly|together)"
                            r"\s+with\s+(?:the\s+)?$", re.I)
# Just before a council's name, within a clause about another: a neighbour it shares something with ('while
# splitting teams and budgets with neighbouring Cumberland Council', 'hand their running to neighbouring Hampshire').
NEIGHBOURING_BEFORE = re.compile(r"\b(?<!contrast\s)(?<!compared\s)(?<!comparison\s)(?:with|from|and|to)\s+"
                                 r"(?:the\s+|its\s+)?(?:neighbouring|nearby|next-door)\s+$", re.I)
# Before a council's name: the one another's services were handed to ('ordered the council to hand management of
# children's services to Hampshire County Council'), which the clause does not tell of.
HANDED_TO = re.compile(r"\b(?:hand|handed|handing|transfer|transferred|transferring|pass|passed|passing)\s+"
                       r"[^.;]{0,60}?\bto\s+(?:the\s+)?(?:neighbouring\s+)?$", re.I)
# Before a council's name: one that another replaced ('less than a year after the new unitary authority replaced
# Dorset County Council'), which is not what the clause tells of.
REPLACED = re.compile(r"\b(?:replaced|replacing|succeeded|took\s+over\s+from|taking\s+over\s+from)\s+(?:the\s+)?$",
                      re.I)
# Before a council's name: someone's past or present employer ('... and previously worked for Hartlepool Borough
# Council').
WORKED_FOR = re.compile(r"\b(?:worked|works|working|served|employed|joins|joined|joining|moves|moved|left|leaves)\s+"
                        r"(?:for|at|with|from)?\s*(?:the\s+)?$", re.I)
# Before a council's name: a role and a comma, the name (and any named with it) being the role's employers ('The
# Director of Children's Services, Hampshire County Council and Isle of Wight Council, reported ...').
EMPLOYER_AFTER_A_ROLE = re.compile(r"\b(?:Director|Chief\s+Executive|Leader|Cabinet\s+Member|Lead\s+Member"
                                   r"|Head\s+of)\b[^,.;:]{0,60},\s+(?:[^,.;:]{0,60}?\s+(?:and|&)\s+)?$"
                                   # 'director of children's services for Hampshire and the Isle of Wight'
                                   r"|\b(?i:director\s+of\s+children['’]s\s+services|chief\s+executive)\s+(?:for|of|at)\s+"
                                   r"(?:the\s+)?(?:[A-Z][\w ]{0,40}?\s+(?:and|&)\s+(?:the\s+)?)?$")


# The words just before a council's name that name it as something other than what its clause tells of, as data:
# (the words, how far before the name they may begin (None: anywhere in the clause before it), how far into the clause
# the name must be). A partner, a neighbour shared with or handed to, a council named after a role as its holder's
# employer, one someone works or worked for, and one another replaced.
PARTNER_FROM = 20  # characters into a clause: a council named sooner is its subject, whatever words stand before
NAMED_AS_ANOTHER: tuple[tuple[re.Pattern[str], int | None, int], ...] = (
    (PARTNER_BEFORE, None, PARTNER_FROM),
    (NEIGHBOURING_BEFORE, None, PARTNER_FROM),
    (HANDED_TO, 80, PARTNER_FROM),
    (EMPLOYER_AFTER_A_ROLE, 160, -1),
    (WORKED_FOR, 60, -1),
    (REPLACED, 40, -1),
)


def named_as_another(clause: str, at: int) -> bool:
    """Whether the council named at `at` in a clause is named as another's partner, neighbour, successor or someone's
    employer, not as what the clause tells of."""
    return any(at > least and pattern.search(clause, 0 if reach is None else max(0, at - reach), at)
               for pattern, reach, least in NAMED_AS_ANOTHER)
