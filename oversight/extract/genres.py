"""Cues that tell the genres apart, kept as data. Each cue is a pattern and a weight; the best score wins.

Seen in: the seeds (../shared/seeds), Ofsted letters reproduced in council minutes and news, council press pages.
"""

from __future__ import annotations

import re

_F = re.I | re.M

# Ofsted letters name themselves in a heading line and in their first sentence.
LETTER_KINDS = {
    "focused_visit_letter": [
        re.compile(r"^[ \t]*Focused\s+visit\s+to\s+.{2,80}?children.s\s+services", _F),
        re.compile(r"This\s+letter\s+summarises\s+the\s+findings\s+of\s+(?:a|the)\s+focused\s+visit", _F),
    ],
    "monitoring_visit_letter": [
        re.compile(r"^[ \t]*Monitoring\s+visit\s+(?:of|to)\s+.{2,80}?children.s\s+services", _F),
        re.compile(r"This\s+letter\s+summarises\s+the\s+findings\s+of\s+(?:a|the|our)\s+(?:\w+\s+)?monitoring\s+visit", _F),
    ],
    "jtai_letter": [
        re.compile(r"^[ \t]*Joint\s+targeted\s+area\s+inspection\s+of\s+the\s+multi-?agency", _F),
        re.compile(r"This\s+letter\s+summarises\s+the\s+findings\s+of\s+(?:a|the)\s+joint\s+targeted\s+area\s+inspection", _F),
    ],
}
# A letter has a salutation and a sign-off; news or minutes that quote a letter mostly lack both.
LETTER_FORM = [
    re.compile(r"^[ \t]*Dear\s+(?:Mr|Mrs|Ms|Miss|Dr|Professor|Sir|Madam|colleagues|[A-Z])", _F),
    re.compile(r"^[ \t]*Yours\s+(?:sincerely|faithfully)", _F),
]

# Secondary sources: weighted cues.
MINUTES = [
    (3, re.compile(r"^[ \t]*(?:RESOLVED|Resolved)\b|\bIt\s+was\s+(?:RESOLVED|resolved)\b", _F)),
    (3, re.compile(r"^[ \t]*(?:Minutes|MINUTES)\b|\bMinutes\s+of\s+(?:the\s+)?(?:meeting|proceedings)", _F)),
    (2, re.compile(r"^[ \t]*Agenda\s+item|\bAgenda\s+item\b", _F)),
    (2, re.compile(r"\b(?:Cabinet|The\s+Committee|Members|The\s+Board|Scrutiny\s+(?:Committee|Panel))\s+"
                   r"(?:received|considered|noted|discussed)\b", _F)),
    (1, re.compile(r"^[ \t]*(?:Present|Apologies(?:\s+for\s+absence)?|Declarations\s+of\s+interest)\s*:?", _F)),
    (1, re.compile(r"\bReason\s+for\s+(?:the\s+)?decision\b", _F)),
]
PRESS_RELEASE = [
    (3, re.compile(r"\bpress\s+release\b|\bnews\s+release\b|^[ \t]*Notes\s+to\s+editors", _F)),
    (2, re.compile(r"\b(?:Councillor|Cllr)\s+[A-Z][a-z]+\s+[A-Z][\w'-]+,\s+(?:the\s+)?(?:Lead|Cabinet)\s+Member", _F)),
    (2, re.compile(r"\b(?:our|we)\s+(?:children.s\s+services|council|staff|social\s+workers)\b", re.I)),
    (1, re.compile(r"\bThe\s+(?:letter|report)\s+can\s+be\s+(?:viewed|read|found)", re.I)),
    (1, re.compile(r"^[ \t]*(?:Further|More)\s+Improvement|journey\s+of\s+improvement", _F)),
]
NEWS = [
    (3, re.compile(r"Local\s+Democracy\s+Reporting\s+Service|\bBBC\b|\bReporter\b|\bCorrespondent\b", re.I)),
    (2, re.compile(r"^[ \t]*(?:By|Written\s+by)\s+[A-Z][a-z]+\s+[A-Z]", _F)),
    (2, re.compile(r"^[ \t]*(?:-\s*)?Published\b|^[ \t]*At\s+a\s+glance|^[ \t]*Share\b|Image\s+(?:caption|source)", _F)),
    (1, re.compile(r"\b(?:said|told)\s+(?:the|a)\s+(?:BBC|Echo|Chronicle|Gazette|Post|Mail|Press|Star|Standard)", re.I)),
    (1, re.compile(r"\b(?:Coun|Cllr)\.?\s+[A-Z][a-z]+\s+[A-Z]", _F)),
    (1, re.compile(r"\bFollow\s+(?:BBC|us)\b|\bSend\s+your\s+story", re.I)),
]

# Is the document about a council's children's social care at all?
SOCIAL_CARE_TOPIC = re.compile(
    r"children.s\s+(?:social\s+care\s+)?services|social\s+care\s+services\s+for\s+children|children\s+in\s+care"
    r"|care\s+leavers|child\s+protection|safeguarding\s+children|social\s+work",
    re.I,
)
INSPECTION_TOPIC = re.compile(r"\bOfsted\b|\binspect(?:ion|ors?|ed)\b|\bJTAI\b", re.I)

# Documents about Ofsted and children that are not about a council's children's social care.
OTHER_SUBJECTS = [
    re.compile(r"area\s+SEND\s+inspection|\bSEND\s+(?:area\s+)?inspection|local\s+area\s+partnership"
               r"|special\s+educational\s+needs\s+and/or\s+disabilities", re.I),
    re.compile(r"\b(?:primary|secondary|infant|junior|grammar|free)\s+school\b|\bacademy\b|\bheadteacher\b"
               r"|\bhead\s+teacher\b|\bpupils?\b", re.I),
    re.compile(r"\bchildren.s\s+home\b|\bresidential\s+(?:home|unit|setting)\b", re.I),
    re.compile(r"\bnursery\b|\bpre-?school\b|\bchildminder\b|\bearly\s+years\s+setting\b", re.I),
    re.compile(r"\bCare\s+Quality\s+Commission\b|\bCQC\b|\badult\s+social\s+care\b|\bcare\s+home\b", re.I),
]

# --- Reading events out of prose (news, minutes, press releases) -------------------------------------------------

# What kind of event a stretch of prose is about. Seen: "third monitoring visit" (seed 000), "'focused visit'"
# (seed 001), "joint targeted area inspection (JTAI)" (council minutes), "Ofsted Inspection of Children's Services".
EVENT_KIND_CUES = [
    ("monitoring_visit", re.compile(r"monitoring\s+visit", re.I)),
    ("focused_visit", re.compile(r"focused\s+visit", re.I)),
    ("jtai", re.compile(r"joint\s+targeted\s+area\s+inspection|\bJTAI\b", re.I)),
    ("full_inspection", re.compile(r"\binspection\b|\binspected\b|\brated\b|\bjudged\b|\bgraded\b|Ofsted\s+visit", re.I)),
]
# A clause that tells of an earlier event rather than the one the document is about.
PAST_MARKERS = re.compile(
    r"\b(?:last|previous|prior|earlier)\s+(?:full\s+|ILACS\s+|standard\s+|Ofsted\s+|SIF\s+)?(?:inspection|visit|rating)"
    r"|\bsince\s+(?:its|their|our|the|it\s+was|we\s+were|being)\b"
    r"|\b(?:a|an|one|two|three|four|five|six|\d{1,2})\s+(?:years?|months?)(?:\s+and\s+a\s+half)?\s+ago\b"
    r"|\b(?:outstanding|good|inadequate|requires?\s+improvement)\s+rating\s+in\s+(?:19|20)\d\d"
    r"|\bwhen\s+(?:it|we|they|the\s+council|services)\s+(?:was|were)\s+(?:rated|judged|graded)"
    r"|\bfollowing\s+(?:an?|the|its)\s+(?:inadequate|requires\s+improvement)\s+(?:judgement|rating)"
    r"|\bjudged\s+(?:to\s+be\s+)?(?:inadequate|good|outstanding)\s+in\s+(?:\w+\s+)?(?:19|20)\d\d",
    re.I,
)
# Where a clause boundary separates what is said of two events in one sentence.
CLAUSE_BREAKS = re.compile(r";\s+|,?\s+(?=since\s)|,?\s+and\s+(?=its\s|their\s|the\s+most\s+recent)|,\s+(?=which\s|when\s)"
                           r"|,?\s+but\s+")
# A grade said of the council: "rated 'Good'", "graded overall 'Outstanding'", "judged to be inadequate",
# "has been rated inadequate", "its good rating".
GRADE_IN_PROSE = re.compile(
    r"(?:rated|rating\s+of|judged|graded|grade\s+of|found\s+to\s+be|judgement\s+of|to\s+be|was|were|is|are|as|remains?"
    r"|overall)\s+(?:as\s+|to\s+be\s+|overall\s+|being\s+)?[‘'\"“]?(?P<grade>outstanding|good|requires?\s+improvement"
    r"(?:\s+to\s+be\s+good)?|inadequate)\b"
    r"|\b(?:its|their|our|a|an|the)\s+[‘'\"“]?(?P<grade2>outstanding|good|inadequate)[’'\"”]?\s+(?:rating|judgement|grade)",
    re.I,
)
# Judgement areas named in prose -> schema keys (checked in this order).
AREAS_IN_PROSE = [
    ("children_in_care_and_care_leavers", re.compile(r"children\s+in\s+care\s+and\s+care\s+leavers|children\s+looked\s+"
                                                     r"after\s+and\s+care\s+leavers", re.I)),
    ("care_leavers", re.compile(r"\bcare\s+leavers\b", re.I)),
    ("children_in_care", re.compile(r"\bchildren\s+in\s+care\b", re.I)),
    ("help_and_protection", re.compile(r"help\s+and\s+protection", re.I)),
    ("impact_of_leaders", re.compile(r"impact\s+of\s+leaders|\bleadership\b", re.I)),
    ("overall_effectiveness", re.compile(r"overall", re.I)),
]
PUBLISHED_IN_PROSE = re.compile(
    r"(?i:publish\w*|letter|report)\b[^.\n]{0,60}?(?:on|dated|of|-|–)\s+(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?\s+\d{4})",
)
ACTION_PLAN_DUE = re.compile(
    r"(?:action\s+plan|post-inspection\s+plan|plan|statement\s+of\s+action)[^.]{0,200}?"
    r"(?:no\s+later\s+than|by|before|due(?:\s+by|\s+on)?|deadline\s+of)\s+(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?\s+\d{4})",
    re.I | re.S,
)
FOCUS_IN_PROSE = re.compile(
    r"(?:reviewed|looked\s+at|focused\s+on|evaluated|considered|examined|explored)\s+(?:the\s+)?(?:progress\s+(?:made\s+)?in\s+)?"
    r"(?:(?:the\s+)?(?:local\s+authority.s\s+)?(?:arrangements|services|support|response)\s+for\s+)?"
    r"(?:(?P<count>two|three|four|five|six|\d)\s+(?:key\s+)?(?:areas?|themes?)\s*[;:,]?\s*(?:of\s+)?)?(?P<list>[^.]{4,400})",
    re.I,
)
IMPROVEMENT_LEAD = re.compile(
    r"recommend\w*|areas?\s+for\s+(?:development|improvement|priority\s+action)|need(?:s|ed)?\s+to\s+improve"
    r"|what\s+needs\s+to\s+improve|improvements?\s+(?:are\s+)?(?:needed|required)",
    re.I,
)
# Themes focused and monitoring visits look at, used to separate a list that lost a comma (seed 000:
# "... permanent placements scrutiny and challenge").
FOCUS_THEMES = [
    "scrutiny and challenge", "recording of decision making", "decision making", "management oversight",
    "supervision", "care leavers", "children in care", "permanence", "front door", "children in need",
    "child protection", "exploitation", "missing", "disabled children", "private fostering", "pre-proceedings",
    "early help", "quality assurance", "workforce", "placement sufficiency", "sufficiency", "corporate parenting",
    "regulated homes", "unregistered", "care planning", "assessment", "multi-agency",
]
