"""Patterns and vocabularies for reading inspection documents, kept as data.

Each variant notes where it was seen: "dev corpus" is ../shared/corpus/reports, by era.
"""

from __future__ import annotations

import re

# Grades as printed -> schema value. Seen: 'Requires improvement to be good' (ILACS), 'Require improvement' and
# 'Requires improvement' (SIF front pages), 'Adequate' (2013 looked-after inspections), capitalised or not.
GRADE = r"(?:outstanding|good|requires?\s+improvement(?:\s+to\s+be\s+good)?|inadequate|adequate)"
GRADE_VALUES = {
    "outstanding": "outstanding",
    "good": "good",
    "requires improvement": "requires_improvement",
    "require improvement": "requires_improvement",
    "requires improvement to be good": "requires_improvement",
    "require improvement to be good": "requires_improvement",
    "inadequate": "inadequate",
    "adequate": "adequate",
    # prose in minutes and news: 'judged to be requiring improvement'
    "requiring improvement": "requires_improvement",
    "requiring improvement to be good": "requires_improvement",
    "ri": "requires_improvement",  # the trade press: 'the RI grade overall'
    "required improvement": "requires_improvement",  # minutes: "was that the service required improvement"
    "required improvement to be good": "requires_improvement",  # news: "found services required improvement to be good"
}
# The ends of the scale as the press names them ("Ofsted's lowest judgment", 'the highest Ofsted rating'): read only
# in the prose of accounts, where genres.GRADE_OF_SERVICES finds them beside Ofsted's name.
SCALE_ENDS = {"lowest": "inadequate", "highest": "outstanding", "top": "outstanding"}


def grade_value(text: str) -> str | None:
    return GRADE_VALUES.get(" ".join(text.lower().split()))


# A SIF-era report that reviews only the Local Safeguarding Children Board (Surrey, 2015).
LSCB_REVIEW_ONLY = re.compile(r"^[ \t]*Review\s+of\s+the\s+effectiveness\s+of\s+the\s+Local\s+Safeguarding",
                              re.I | re.M)

# Titles that make a document a full inspection report, with the framework they belong to.
REPORT_TITLES: list[tuple[str, re.Pattern[str]]] = [
    # ILACS: "Inspection of Cheshire East local authority children's services" (2021 on), "Inspection of local
    # authority children's services" under the council's name (2018-19), "Inspection of Kent County Council
    # children's services" (2022).
    ("ilacs", re.compile(r"Inspection\s+of\s+(?:(?P<name>[^\n]{2,60}?(?:\n[^\n]{1,40}?)?)\s+)??"
                         r"(?:local\s+authority\s+)?children.s\s+(?:social\s+care\s+)?services", re.I)),
    # ILACS 2018-2020: "Inspection of children's social care services"
    ("ilacs", re.compile(r"Inspection of children.s social care services", re.I)),
    # SIF 2013-2018, and its re-inspections
    ("sif", re.compile(r"(?:Re-?)?[Ii]nspection of services for children in need of help\s+and\s+protection", re.S)),
    # 2012-2013 inspections before the SIF
    ("pre_sif", re.compile(r"Inspection of (?:safeguarding and )?looked\s+after\s+children\s+services", re.I)),
    ("pre_sif", re.compile(r"Inspection of safeguarding and looked after children services", re.I)),
    ("pre_sif", re.compile(r"Inspection of local authority arrangements for the protection of children", re.I)),
    # SIF reviews of the Local Safeguarding Children Board published on their own (Surrey 2015).
    ("sif", LSCB_REVIEW_ONLY),
]


# ILACS judgement table labels -> schema keys (dev corpus 2018-2025). The 2023 split adds two rows.
ILACS_JUDGEMENTS = [
    ("impact_of_leaders",
     r"(?:The\s+)?impact\s+of\s+leaders\s+on\s+social\s+work\s+practice\s+with\s+children\s+and\s+families"),
    ("help_and_protection",
     r"(?:The\s+)?experiences\s+and\s+progress\s+of\s+children\s+who\s+need\s+help\s+and\s+protection"),
    ("children_in_care_and_care_leavers",
     r"(?:The\s+)?experiences\s+and\s+progress\s+of\s+children\s+in\s+care\s+and\s+care\s+leavers"),
    ("children_in_care", r"(?:The\s+)?experiences\s+and\s+progress\s+of\s+children\s+in\s+care(?!\s+and\s+care)"),
    ("care_leavers", r"(?:The\s+)?experiences\s+and\s+progress\s+of\s+care\s+leavers"),
    ("overall_effectiveness", r"Overall\s+effectiveness"),
]

# SIF front-page judgements (dev corpus 2013-2018).
SIF_JUDGEMENTS = [
    ("help_and_protection", r"(?:1\.\s+)?Children\s+who\s+need\s+help\s+and\s+protection"),
    ("children_looked_after", r"(?:2\.\s+)?Children\s+looked\s+after\s+and\s+achieving\s+permanence"),
    ("adoption_performance", r"2\.1\s+Adoption\s+performance"),
    ("care_leavers", r"2\.2\s+Experiences\s+and\s+progress\s+of\s+care\s+leavers"),
    ("leadership_management_governance", r"(?:3\.\s+)?Leadership,?\s+management\s+and\s+governance"),
]
# "The overall judgement is that children's services require improvement", "The overall judgement is inadequate",
# "Children's services in Norfolk are inadequate", "... in the Blackburn with Darwen Council area are good".
SIF_OVERALL = [
    re.compile(rf"overall\s+judgement\s+is\s+(?:that\s+children.s\s+services?\s+(?:are\s+|is\s+)?)?"
               rf"(?P<grade>{GRADE})", re.I),
    re.compile(rf"Children.s\s+services\s+in\s+[^.]{{2,80}}?\s+(?:are|is)?\s*(?P<grade>{GRADE})", re.I),
]
# "The Local Safeguarding Children Board requires improvement", "The effectiveness of the Local Safeguarding
# Children Board (LSCB) is inadequate", "... (LSCB) is requires improvement".
LSCB_GRADE = re.compile(
    # ('The Local Safeguarding Children is inadequate': Somerset 2015 drops the word 'Board')
    rf"The\s+(?:effectiveness\s+of\s+the\s+)?Local\s+Safeguarding\s+Children(?:\s+Board)?(?:\s+\(LSCB\))?\s+"
    rf"(?:is\s+|are\s+)?(?P<grade>{GRADE})",
    re.I,
)

# Section headings for the local authority's improvement list, per framework, and where the list ends.
IMPROVEMENT_HEADINGS = {
    # ('What needs to improve?1': a footnote's number, which one text engine puts on a line of its own)
    "ilacs": re.compile(r"^[ \t]*What\s+needs\s+to\s+improve(?:\s+in\s+this\s+area[^\n]*)?\s*[?:]?(?:\s*\d)?[ \t]*$",
                        re.M),
    # SIF 2013-15: "What does the local authority need to improve?"; 2015-18: "Recommendations" (the first one
    # that is not in the contents; the LSCB's own list comes later under the same word).
    # Sheffield 2014 starts straight with "Priority and immediate action".
    "sif": re.compile(r"^[ \t]*(?:What\s+does\s+the\s+local\s+authority\s+need\s+to\s+improve\?|Recommendations"
                      r"|Priority\s+and\s+immediate\s+action)[ \t]*$", re.M | re.I),
    "pre_sif": re.compile(r"^[ \t]*Areas\s+for\s+improvement[ \t]*$", re.M),
}
IMPROVEMENT_ENDS = {
    "ilacs": re.compile(
        r"^[ \t]*(?:(?:The\s+)?experiences\s+and\s+progress|(?:The\s+)?impact\s+of\s+leaders|Summary\s+for\s+children"
        r"|Information\s+about\s+this|Ofsted\s+will)", re.M | re.I),
    "sif": re.compile(
        r"^[ \t]*(?:The\s+local\s+authority.s\s+strengths|The\s+local\s+authority\s+has\s+the\s+following\s+strengths"
        r"|Summary\s+for\s+children|Information\s+about\s+this"
        r"|Progress\s+since\s+the\s+last|Inspection\s+judgements?\s+about|Section\s+2\b|The\s+local\s+authority\s*$"
        r"|Summary\s+of\s+findings|The\s+Local\s+Safeguarding|Inspection\s+findings)", re.M | re.I),
    "pre_sif": re.compile(
        r"^[ \t]*(?:\d+\.\s*$|Outcomes\s+for|Quality\s+of\s+provision|Leadership\s+and\s+management"
        r"|Capacity\s+to\s+improve|Record\s+of\s+main\s+findings)", re.M),
}
# Lines inside an improvement list that only introduce it or group its items (dev corpus SIF 2014-16, 2013 LAC).
IMPROVEMENT_LEAD_INS = re.compile(
    r"^(?:\d+\.\s*)?In\s+order\s+to\s+improve\b.*|^(?:Immediately|Within\s+(?:three|six|3|6)\s+months)\s*:?\s*$",
    re.I,
)

# Headings that group the items of one list (SIF 2014-16: the priority actions, then the areas for improvement),
# alone on a line or left on the line of the item before them by PDF text extraction.
IMPROVEMENT_GROUP_HEADING = re.compile(
    r"(?:^|(?<=[.;:])\s+)(?:Areas\s+for\s+improvement|Priority\s+and\s+immediate\s+actions?)\s*$", re.I)

# A whole item that only introduces the list ("... the local authority should take the following action.").
# Also the SIF's "There are no areas for priority or immediate action." (Sheffield 2014) and "The inspection did not
# find any areas for priority action." (Bexley 2014).
LEAD_IN_SENTENCE = re.compile(
    r"should\s+take\s+the\s+following\s+action|^In\s+order\s+to\s+improve\b|^There\s+are\s+no\s+areas\s+for"
    r"|^The\s+inspection\s+did\s+not\s+(?:find|identify)\s+any\b", re.I)

# Bullet characters seen before list items, for use inside a character class: ◼ (ILACS 2019-25), ■, •, ▪, and
# symbol-font bullets that PDF text extraction maps into the private use area U+F020-U+F0FF (U+F0B7 in SIF reports,
# U+F06E in ILACS 2018 reports, U+F0A7 and U+F076 elsewhere).
BULLETS = "◼■•▪●◾▸\uf020-\uf0ff"

# Inspector lines. "Lead inspector: Name, His Majesty's Inspector", "Reporting inspector Gary Lamb HMI".
# "Lead inspectors: A, His Majesty's Inspector, and B, His Majesty's Inspector" names two leads.
LEAD_INSPECTOR = re.compile(r"(?:Lead|Reporting)\s+inspector(?P<plural>s)?\s*:?\s*(?P<name>[^\n]+)", re.I)
LEADS_SEPARATOR = re.compile(r",?\s+and\s+|;\s*")
# The SIF team list at the end of the report, one "Role: names" entry a line, names running onto following lines:
# "Deputy lead inspector: Cath McEvoy/Ian Young", "Team inspectors: ... Mark\nShackleton HMI and Michael McCracken
# additional inspector", "Supernumerary inspectors: ..." (dev corpus 2014-2017). Entries whose role ends in
# "inspector(s)" name inspectors; data analysts and quality assurance managers are not.
TEAM_HEADING = re.compile(r"^[ \t]*The\s+inspection\s+team[ \t]*$", re.I | re.M)
TEAM_ENTRY = re.compile(r"^[ \t]*(?P<role>[A-Z][A-Za-z ]{2,50}?)[ \t]*:", re.M)
INSPECTOR_ROLE = re.compile(r"inspectors?$", re.I)
# Post-nominals, grades and descriptions printed after inspectors' names, and titles before them (dev corpus
# SIF 2014-17: "HMI", "SHMI", "Senior HMI", "Acting Senior HMI", "HMI designate", "Designated HMI", "OI", "SCRI",
# "(Contracted Inspector)", "(Seconded Inspector)", "additional inspector", "Associate Inspector"; letters:
# "Her Majesty's Inspector", "Social Care Regulatory Inspector").
NAME_NOISE = re.compile(
    r"\b(?:(?:Acting\s+)?Senior\s+HMI|S?HMI(?:\s+designate)?|Designated?\s+HMI|Designate|OI|SCRI|HM"
    r"|(?:Her|His)\s+Majesty.s\s+Inspectors?"
    r"|(?:Contracted|Seconded|Additional|Associate|Ofsted|Social\s+Care\s+Regulatory|Regulatory)\s+Inspectors?)\b"
    r"|^(?:Dr|Mr|Mrs|Ms|Miss)\.?\s+",
    re.I,
)
PERSON_NAME = re.compile(r"^[A-ZÀ-Þ][\w’'\-]+(?:[ \t]+(?:[A-ZÀ-Þ][\w’'\-]+|[A-Z]\.?|de|van|von|la|le|O’\w+))*$")

# Earlier inspections a report refers to ("Since the last inspection in 2017, when services were judged good").
PREVIOUS_INSPECTION = re.compile(
    r"(?:last|previous)\s+(?:full\s+|standard\s+|short\s+|ILACS\s+|SIF\s+|Ofsted\s+)?(?:inspection|re-inspection)"
    r"(?:\s+of\s+[^,.;]{2,120}?)?\s+(?:was\s+(?:undertaken\s+|carried\s+out\s+)?)?in\s+"
    r"(?P<when>(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?"
    r"(?:19|20)\d\d)",
    re.I,
)
PREVIOUS_GRADE = re.compile(
    rf"(?:judged\s+(?:to\s+be\s+|as\s+)?|rated\s+(?:as\s+)?|were\s+|was\s+|graded\s+(?:as\s+)?)(?P<grade>{GRADE})\b",
    re.I,
)
