"""One vocabulary: the codes stored and served as JSON (snake_case), and the labels people read in tables.

Every table made for people (the command line, CSV and XLSX exports) takes its words from here, so that a grade is
'Requires improvement to be good' wherever a person reads it and `requires_improvement` wherever a program does.
"""

from __future__ import annotations

GRADE_LABELS = {
    "outstanding": "Outstanding",
    "good": "Good",
    "requires_improvement": "Requires improvement to be good",
    "inadequate": "Inadequate",
    "adequate": "Adequate",  # the scale before 2013
}
AREA_LABELS = {
    "overall_effectiveness": "Overall effectiveness",
    "impact_of_leaders": "Impact of leaders on social work practice",
    "help_and_protection": "Children who need help and protection",
    "children_in_care_and_care_leavers": "Children in care and care leavers",
    "children_in_care": "Children in care",
    "care_leavers": "Care leavers",
    "children_looked_after": "Children looked after and achieving permanence",
    "adoption_performance": "Adoption performance",
    "leadership_management_governance": "Leadership, management and governance",
    "lscb": "Local Safeguarding Children Board",
}
KIND_LABELS = {
    "full_inspection": "Full inspection",
    "focused_visit": "Focused visit",
    "monitoring_visit": "Monitoring visit",
    "jtai": "Joint targeted area inspection",
    "other": "Other Ofsted activity",
}
FRAMEWORK_LABELS = {"ilacs": "ILACS", "sif": "SIF", "pre_sif": "Before the SIF"}
ILACS_TYPE_LABELS = {"standard": "Standard", "short": "Short"}


def label(code: str | None, table: dict[str, str] | None = None) -> str:
    """The label people read for a code ('' for none); a code no table knows is written out in words."""
    if not code:
        return ""
    for labels in ((table,) if table is not None else
                   (GRADE_LABELS, AREA_LABELS, KIND_LABELS, FRAMEWORK_LABELS, ILACS_TYPE_LABELS)):
        if code in labels:  # type: ignore[operator]
            return labels[code]  # type: ignore[index]
    return code.replace("_", " ").capitalize()
