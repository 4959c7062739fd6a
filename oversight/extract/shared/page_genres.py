"""What kind of page a text is, kept as data: the marks of Ofsted's letters, of minutes, of councils' releases and of
news, what a page is about when it is not a council's children's social care, and the words of the national picture.
Each weighted cue is a pattern and a weight; the best score wins (read by classify.py and publisher.py).

Seen in: the seeds (../shared/seeds), Ofsted letters reproduced in council minutes and news, council press pages.
"""

from __future__ import annotations

import re

_F = re.I | re.M

# Ofsted letters name themselves in a heading line and in their first sentence.
_FINDINGS = (r"This\s+letter\s+(?:summarises|sets\s+out|reports)\s+"
             r"(?:the\s+findings\s+of|what\s+inspectors\s+found\s+(?:when|during)[^.]{0,60}?)")
LETTER_KINDS = {
    "focused_visit_letter": [
        re.compile(r"^[ \t]*Focused\s+visit\s+to\s+.{2,80}?children.s\s+services", _F),
        re.compile(rf"{_FINDINGS}\s+(?:a|the|our)\s+focused\s+visit", _F),
    ],
    "monitoring_visit_letter": [
        # 'Monitoring visit to ...', 'Quarterly monitoring visit to ...' (2016-17), 'Fourth monitoring visit to ...'
        re.compile(r"^[ \t]*(?:\w+\s+)?Monitoring\s+visit\s+(?:of|to)\s+.{2,80}?children.s\s+services", _F),
        re.compile(rf"{_FINDINGS}\s+(?:a|the|our)\s+(?:\w+\s+){{0,2}}monitoring\s+visit", _F),
    ],
    "jtai_letter": [
        re.compile(r"^[ \t]*Joint\s+targeted\s+area\s+inspection\s+of\s+the\s+multi-?agency", _F),
        re.compile(rf"{_FINDINGS}\s+(?:a|the)\s+joint\s+targeted\s+area\s+inspection", _F),
    ],
}
# A letter has a salutation and a sign-off; news or minutes that quote a letter mostly lack both.
LETTER_FORM = [
    re.compile(r"^[ \t]*Dear\s+(?:Mr|Mrs|Ms|Miss|Dr|Professor|Sir|Madam|colleagues|[A-Z])", _F),
    re.compile(r"^[ \t]*Yours\s+(?:sincerely|faithfully)", _F),
]

# A page that says it prints Ofsted's letter in full ('The following is the full letter, which was sent by ...',
# 'Read the letter in full'): its body is the letter, whoever's site it is on.
# Of those, the words that say the letter follows on this page, which outweigh a news story's own marks.
LETTER_PRINTED_HERE = re.compile(
    r"\bthe\s+letter\s+(?:reads|is\s+(?:printed|reproduced)\s+(?:below|here))\b"
    # 'The findings are set out in the letter below.'
    r"|\b(?:in|see)\s+the\s+letter\s+below\b|\bbelow\s+is\s+the\s+(?:full\s+)?letter\b"
    # 'We reproduce most of it here', 'Below are substantial extracts from the letter'
    r"|\breproduce[sd]?\s+(?:most\s+of\s+|much\s+of\s+|the\s+main\s+part\s+of\s+|part\s+of\s+|the\s+text\s+of\s+)?"
    r"(?:it|the\s+letter)\s+(?:here|below)\b"
    r"|\b(?:substantial|lengthy|long)\s+extracts?\s+from\s+the\s+letter\b"
    # 'Here is the letter Ofsted sent ... We are publishing it in full.'
    r"|\b(?:publish|publishing|print|printing|reproduce|reproducing)\s+(?:it|the\s+letter)\s+in\s+full\b", re.I)
LETTER_IN_FULL = re.compile(rf"\bfull\s+(?:text\s+of\s+the\s+)?letter\b|\bletter\s+in\s+full\b"

                            rf"|{LETTER_PRINTED_HERE.pattern}", re.I)

# Secondary sources: weighted cues.
MINUTES = [
    (3, re.compile(r"^[ \t]*(?:RESOLVED|Resolved)\b|\bIt\s+was\s+(?:RESOLVED|resolved)\b", _F)),
    (3, re.compile(r"^[ \t]*(?:Minutes|MINUTES)\b|\bMinutes\s+of\s+(?:the\s+)?(?:meeting|proceedings)", _F)),
    (2, re.compile(r"^[ \t]*Agenda\s+item|\bAgenda\s+item\b", _F)),
    (2, re.compile(r"\b(?:Cabinet|The\s+Committee|Members|The\s+Board|Scrutiny\s+(?:Committee|Panel|Board))\s+"
                   r"(?:received|considered|noted|discussed)\b", _F)),
    # a moderngov page of an item ('Meeting: 17/05/2023 - Assembly (Item 10)') and a minute's number ('Further to
    # minute 84/16'); not 'introduced the report', which news of a meeting says too
    (3, re.compile(r"^[ \t]*Meeting:\s+\d{1,2}/\d{1,2}/\d{2,4}\b|\bminute\s+(?:no\.?\s*)?\d{1,4}/\d{2,4}\b", _F)),
    (1, re.compile(r"^[ \t]*(?:Present|Apologies(?:\s+for\s+absence)?|Declarations\s+of\s+interest)\s*:?", _F)),
    (1, re.compile(r"\bReason\s+for\s+(?:the\s+)?decision\b", _F)),
    # a committee's paper rather than its minutes: 'Report title:', 'Report of the Executive Director ... to
    # Cabinet', 'Briefing note: ...', '1. Purpose of report'
    # ('Report subject:', 'Meeting date:', 'Report to: Cabinet', 'Key Decision:' in a cabinet report's cover;
    # 'QUESTIONS FROM MEMBERS' at full council; 'NOTE OF MEETING' of an improvement board)
    # ('Report to Cabinet', 'Report of the Strategic Director ... to the meeting of the Executive', 'Relevant Cabinet
    # Member(s):', 'Portfolio:', 'Report contact:')
    (3, re.compile(r"^[ \t]*(?:Report\s+(?:title|subject)\s*:|Meeting\s+date\s*:|Report\s+to\s*:?\s*(?:the\s+)?"
                   r"(?:Cabinet|Executive|Council|[^\n]{0,40}(?:Committee|Board|Panel))|Key\s+Decision\s*:"
                   r"|(?:Relevant\s+)?Cabinet\s+Member(?:\(s\)|s)?\s*:|Portfolio\s*:|Report\s+contact\s*:"
                   r"|(?:Item\s+\d+\s*:\s*)?Questions?\s+(?:from|by)\s+(?:members|councillors)\b"
                   r"|(?:Public\s+and\s+)?Members['’]?\s+Questions\b|Note\s+of\s+(?:the\s+)?meeting\b"
                   r"|Briefing\s+note\b"
                   r"|(?:\d+(?:\.\d+)?\.?\s+)?Purpose\s+of\s+(?:the\s+)?"
                   r"report\b|Report\s+of\s+(?:the\s+)?[^\n]{0,80}?\bto\s+(?:the\s+)?(?:meeting\s+of\s+(?:the\s+)?)?"
                   r"(?:Cabinet|Executive|Council\b|[^\n]{0,50}?"
                   r"(?:Committee|Board|Panel)\b))", _F)),
    # questions put at full council and their answers ('Item 9: Questions to Cabinet Members', 'Question from Cllr
    # ...', 'Response by the Cabinet Member for ...'); a decision record's and a committee report's cover ('RECORD OF
    # DECISION', 'Decision maker: Cabinet', 'Report author:', 'LEAD OFFICER:', 'SUMMARY OF ISSUE:'); a briefing to
    # members ('MEMBER INFORMATION BRIEFING', 'To: All Members of the County Council')
    (3, re.compile(r"^[ \t]*(?:Item\s+\d+\s*:\s*)?Questions?\s+to\s+(?:the\s+)?(?:Cabinet|Lead|Executive|Portfolio)"
                   r"|^[ \t]*(?:\d+(?:\.\d+)*\s+)?Question\s+(?:from|by)\s+(?:Cllr|Councillor)\b"
                   r"|^[ \t]*(?:Response|Reply|Answer)\s+(?:by|from)\s+(?:the\s+)?"
                   r"(?:Cabinet|Lead|Executive|Portfolio|Cllr|Councillor)\b"
                   r"|^[ \t]*Record\s+of\s+(?:the\s+)?(?:executive\s+|cabinet\s+)?decision"
                   r"|^[ \t]*(?:Decision\s+(?:maker|reference|taken\s+by)|Date\s+of\s+decision|Report\s+author"
                   r"|Lead\s+officer|Contact\s+officer|Summary\s+of\s+(?:the\s+)?issue|Wards?\s+affected)\s*:"
                   r"|^[ \t]*Members?['’]?\s+(?:Information\s+)?Briefing\b"
                   r"|^[ \t]*To\s*:\s*All\s+(?:Members|Councillors)\b", _F)),
    # a committee's name as a heading line: 'Education, Children and Families Policy Committee', '... Scrutiny Panel'
    (2, re.compile(r"^[ \t]*[^\n.]{0,80}\b(?:Scrutiny\s+(?:Panel|Board|Committee)"
                   r"|(?:Policy|Cabinet|Scrutiny|Overview|Select)\s+Committee)\b[^\n.]{0,20}$", _F)),
]
PRESS_RELEASE = [
    (3, re.compile(r"\bpress\s+release\b|\bnews\s+release\b|^[ \t]*Notes\s+to\s+editors", _F)),
    (2, re.compile(r"^[ \t]*-?\s*ENDS\s*-?[ \t]*$|\bMedia\s+(?:contact|enquiries)\b|\bpress\s+office\b", _F)),
    (2, re.compile(r"\b(?:Councillor|Cllr)\s+[A-Z][a-z]+\s+[A-Z][\w'-]+,\s+"
                   r"(?:the\s+)?(?:Lead|Cabinet|Executive)\s+Member", _F)),
    (2, re.compile(r"\b(?:our|we)\s+(?:children.s\s+services|council|staff|social\s+workers)\b", re.I)),
    (1, re.compile(r"\bThe\s+(?:letter|report)\s+can\s+be\s+(?:viewed|read|found)", re.I)),
    (1, re.compile(r"^[ \t]*(?:Further|More)\s+Improvement|journey\s+of\s+improvement", _F)),
]
NEWS = [
    (3, re.compile(r"Local\s+Democracy\s+Reporting\s+Service|\bBBC\b|\bReporter\b|\bCorrespondent\b", re.I)),
    (2, re.compile(r"^[ \t]*(?:By|Written\s+by)\s+[A-Z][a-z]+\s+[A-Z]", _F)),
    (2, re.compile(r"^[ \t]*(?:-\s*)?Published\b|^[ \t]*At\s+a\s+glance|^[ \t]*Share\b"
                   r"|Image\s+(?:caption|source)", _F)),
    (1, re.compile(r"\b(?:said|told)\s+(?:the|a)\s+"
                   r"(?:BBC|Echo|Chronicle|Gazette|Post|Mail|Press|Star|Standard)", re.I)),
    (1, re.compile(r"\b(?:Coun|Cllr)\.?\s+[A-Z][a-z]+\s+[A-Z]", _F)),
    (1, re.compile(r"\bFollow\s+(?:BBC|us)\b|\bSend\s+your\s+story", re.I)),
    # a masthead at the top: an outlet and a date parted by a bar ('Herald Express | 10 June 2025 | by ...'), or a
    # newspaper's name alone on a line ('Slough Observer', 'Coventry Telegraph | ...')
    (4, re.compile(r"\A(?:[^\n]*\n){0,6}?[ \t]*(?:[^\n|]{2,60}\|[ \t]*(?:\w+day,?\s+)?\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\b"
                   # (in capitals too: 'DERBY TELEGRAPH  |  Posted: March 23, 2016')
                   r"|(?:The\s+|THE\s+)?(?:(?:[A-Z][a-z]+|[A-Z]{2,})\s+){1,2}(?i:Observer|Telegraph|Mail|Echo|Gazette|Herald"
                   r"|Express|Post|Chronicle|Advertiser|Argus|Standard|Times|Star|Journal|Mercury|Sentinel|Courier|Today"
                   r"|Globe)[ \t]*(?:\||$))", re.M)),
]

# A story about councils in general, told in its lead before any council is named ('Nearly half of councils see
# fall in children's services rating', 'A quarter of English councils are now rated outstanding', 'Child social
# care in more than three-quarters of local authorities inspected ...', 'The majority of children's services in
# England are up to standard but 12 councils are performing poorly'): the councils it names are examples.
NATIONAL_STORY = re.compile(
    r"\b(?:\d+|half|(?:a\s+)?quarter|(?:a\s+)?third|three[\s-]+quarters|two[\s-]+thirds|(?:the\s+)?majority|most"
    r"|proportion|number|share)\s+of\s+(?:the\s+\d+\s+|all\s+)?(?:English\s+|England.s\s+)?"
    r"(?:councils|local\s+authorities|authorities|children.s\s+services(?:\s+departments)?)\b"
    r"|\b\d+\s+(?:English\s+)?councils\s+(?:are|were|have|had|see|saw)\b"  # '12 councils are performing poorly'
    # 'More than one in eight councils in England', 'Of the 153 local authorities, 11 are rated inadequate'
    r"|\bone\s+in\s+(?:\w+)\s+(?:English\s+)?(?:councils|local\s+authorities)\b"
    r"|\bof\s+the\s+\d{2,3}\s+(?:English\s+)?(?:councils|local\s+authorities)\b",
    re.I,
)

# Is the document about a council's children's social care at all?
# Seen in real pages: "Children's Social Care" (minutes' item titles), "Children and Families Service" (a council's
# release), "Local Authority Children Services" (minutes without the apostrophe), "children's social services" (news),
# "the city council's children's service" (trade press), "services for vulnerable children", "the way it looks
# after vulnerable children" (local news of a council's grade).
SOCIAL_CARE_TOPIC = re.compile(
    r"children.?s?\s+(?:social\s+care\s+|social\s+)?services?\b|social\s+care\s+services\s+for\s+children"
    r"|services\s+for\s+(?:vulnerable\s+)?children|vulnerable\s+children|children\s+who\s+need\s+help"
    r"|children\s+in\s+care|children.s\s+social\s+care|children\s+and\s+families\s+service|looked\s+after\s+children"
    r"|care\s+leavers|child\s+protection|safeguarding\s+children|social\s+work|\bILACS\b|help\s+and\s+protection"
    r"|focus(?:s?ed)?\s+visit|monitoring\s+visit"
    # 'Ofsted's unannounced inspection of the council's arrangements for the protection of children' (2009-13)
    r"|(?:protection|safeguarding)\s+of\s+children|family\s+help"
    # 'how well Staffordshire County Council protects children at risk of exploitation'
    r"|\b(?:council|authority)\s+(?:protects|safeguards|supports|looks\s+after)\s+(?:vulnerable\s+)?children\b"
    r"|\bchildren\s+(?:at\s+risk\s+of\s+(?:exploitation|harm|abuse)|(?:who\s+go|going)\s+missing)",
    re.I,
)
INSPECTION_TOPIC = re.compile(r"\bOfsted\b|\binspect(?:ion|ors?|ed)\b|\bJTAI\b|\b(?:monitoring|focus(?:s?ed)?)\s+visit",
                              re.I)

# What a document is about, named in its heading or first lines, when that is not a council's children's social care
# (seen: a school's short inspection letter, news of an academy's grade, a council-run children's home, an area
# SEND inspection). The name is the kind of subject, used in the warning and to decide whether the council the
# document names is the one it is about (a council runs its homes and leads its SEND partnership, not a school).
OTHER_SUBJECT_HEADINGS: list[tuple[str, re.Pattern[str]]] = [
    # "Ofsted and CQC Local Area SEND services inspection" (a council's SEND site)
    # ('Joint local area SEND revisit in Surrey')
    ("area SEND inspection", re.compile(r"area\s+SEND\s+(?:services\s+)?inspection|\bSEND\s+(?:area\s+)?inspection"
                                        r"|\blocal\s+area\s+SEND\b|\bSEND\s+revisit\b"
                                        r"|local\s+area\s+partnership"
                                        r"|special\s+educational\s+needs\s+and(?:/or)?\s+disabilit(?:y|ies)", re.I)),
    # "Two children's care homes, run by Wakefield council, ..." (real local news)
    ("children's home", re.compile(r"children.s\s+(?:care\s+|residential\s+)?homes?\b(?!\s+(?:and|or)\b)"
                                   r"|\bresidential\s+(?:home|unit)\b", re.I)),
    ("school", re.compile(r"\b(?:Short\s+inspection|Inspection)\s+of\s+[^\n]{2,80}?(?:School|Academy|College)\b"
                          r"|\b(?:primary|secondary|infant|junior|grammar|free|special)\s+(?:school|academy)\b|\bacademy\b"
                          # (not the council's 'Virtual School Headteacher', who looks after children in care)
                          r"|(?<!virtual\sschool\s)\bheadteacher\b|\bpupils\b", re.I)),
    ("fostering or adoption service", re.compile(
        r"\b(?:Inspection|inspection)\s+of\s+[^\n]{0,80}?(?:Fostering|Adoption)\s+(?:Service|Agency)\b"
        r"|\b(?:fostering|adoption)\s+(?:service|agency)\s+(?:inspection|report)\b"
        # 'Regional adoption agency judged outstanding', 'Adopt North East, the regional adoption agency'
        r"|\bregional\s+adoption\s+agenc(?:y|ies)\b|\b(?:adoption|fostering)\s+(?:agenc(?:y|ies)|service)\b(?=[^.\n]{0,60}"
        r"(?:judged|rated|graded|inspected|inspection))"
        # 'Independent Fostering Agency Framework - Provider Quality Report'
        r"|\bindependent\s+fostering\s+agenc(?:y|ies)\b", re.I)),
    # 'HM Inspectorate of Probation has rated Devon's youth justice service as good'
    ("youth justice service", re.compile(r"\byouth\s+(?:justice|offending)\s+(?:service|team|partnership)s?\b"
                                         r"(?=[^.\n]{0,60}(?:judged|rated|graded|inspected|inspection))", re.I)),
    ("nursery or childminder",
     re.compile(r"\bnursery\b|\bpre-?school\b|\bchildminder\b|\bearly\s+years\s+setting\b", re.I)),
    # (not 'Community Care' / 'Home | Children', a trade paper's name over its menu)
    ("adult social care", re.compile(r"\badult\s+social\s+care\b|\bcare[ \t]+home\b", re.I)),
    # 'Hospital trust rated requires improvement by health watchdog', 'An NHS trust that runs hospitals in ...'
    ("hospital or health trust", re.compile(r"\b(?:hospital|NHS|health|ambulance|mental\s+health)\s+(?:foundation\s+)?"
                                            r"trusts?\b|\bhospitals?\b(?=[^.\n]{0,80}\b(?:rated|judged|inspected))",
                                            re.I)),
    # "a council's adult and community learning service" (councils run them), "an FE provider rated 'requires
    # improvement'" (colleges and training providers are not councils)
    # inspectorates of the other nations and of other bodies: 'Care Inspectorate Wales (CIW) has published ...', 'the
    # Care Inspectorate has graded Fife Council's ...', 'HMICFRS inspected the force's child protection work',
    # 'Ofsted has rated Cafcass outstanding'
    ("another nation's or body's inspection", re.compile(
        r"\bCare\s+Inspectorate\b|\bEstyn\b|\bCafcass\b"
        r"|\b(?:HMICFRS|Inspectorate\s+of\s+Constabulary)\b[^.\n]{0,80}\b(?:force|police|constabulary)\b", re.I)),
    # 'Job description ... Closing date', 'We are recruiting': an advert that may boast of a rating
    ("job advert", re.compile(r"\bjob\s+(?:description|advert|reference)\b|\bclosing\s+date\b|\bwe\s+are\s+recruiting\b"
                              r"|\bsalary\s*:", re.I)),
    ("adult learning service", re.compile(r"\badult\s+(?:and\s+community\s+|community\s+)?learning\b", re.I)),
    ("further education or skills provider", re.compile(
        r"\b(?:FE|further\s+education|skills|apprenticeships?|training)\s+(?:provider|college)s?\b"
        r"|\bsixth[-\s]form\s+college\b", re.I)),
]
# The inspectorates of Wales and Scotland, which inspect those nations' councils ('Care Inspectorate Wales (CIW)',
# 'the Care Inspectorate', 'Estyn'); and Ofsted named only as England's, for contrast ('Unlike Ofsted in England, CIW
# does not give councils graded judgements').
OTHER_NATIONS_INSPECTORATE = re.compile(r"\bCare\s+Inspectorate\b|\bCIW\b|\bEstyn\b|\bSocial\s+Care\s+Wales\b")
OFSTED_NAMED = re.compile(r"\bOfsted\b(?!\s+in\s+England\b)", re.I)
COUNCIL_BODIES = {"area SEND inspection", "children's home", "adult social care", "fostering or adoption service",
                  "adult learning service"}
# Services a council runs with partners: the council's where the page names it, not by its site alone.
COUNCIL_PARTNERSHIPS = {"youth justice service"}
# A council's children's services named as what is inspected or rated, which outweighs a later mention of a home
# or school ('Council children's services rated inadequate ... children placed in unregistered children's homes').
COUNCIL_SERVICES_CUE = re.compile(
    r"children.s\s+(?:social\s+care\s+)?services|children.s\s+social\s+care|social\s+care\s+(?:services\s+)?for\s+"
    r"children|\bILACS\b|joint\s+targeted\s+area|\bJTAI\b|focused\s+visit|monitoring\s+visit\s+(?:of|to)\s+[^\n]{0,60}"
    r"children.s\s+services", re.I)
