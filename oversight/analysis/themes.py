"""Weaknesses inspectors name again and again, as themes: data for matching improvement items by meaning.

Each theme lists the words and phrases that signal it, as seen across the 'what needs to improve' lists of the
dev corpus (2013-2025) and the seeds.
"""

from __future__ import annotations

import re
from functools import lru_cache

THEMES: dict[str, tuple[str, ...]] = {
    "supervision and management oversight": ("supervision", "management oversight", "managerial oversight",
                                             "oversight by managers", "manager oversight"),
    "recording": ("recording", "recorded", "case records", "written records", "record keeping"),
    "assessments": ("assessment", "assessments"),
    "plans and planning": ("plans", "planning", "care plan", "child protection plan", "child in need plan"),
    "care leavers and pathway plans": ("care leaver", "care leavers", "pathway plan", "leaving care",
                                       "personal adviser"),
    "placement sufficiency": ("sufficiency", "placements", "regulated homes", "unregistered", "homes for children",
                              "homes that meet"),
    "life-story work": ("life-story", "life story", "later life letters"),
    "children who go missing": ("missing", "return home interview", "return interviews"),
    "exploitation": ("exploitation", "exploited", "criminal exploitation", "sexual exploitation"),
    "education of children in care": ("personal education plan", "education plans", "virtual school",
                                      "attendance", "educational"),
    "health of children in care": ("health assessment", "health assessments", "dental", "emotional wellbeing",
                                   "mental health"),
    "workforce and caseloads": ("caseload", "caseloads", "workforce", "recruitment", "retention", "agency staff",
                                "social worker turnover"),
    "quality assurance and performance": ("quality assurance", "audit", "audits", "performance management",
                                          "performance information", "management information"),
    "independent reviewing officers and chairs": ("independent reviewing officer", "iro", "iros",
                                                  "child protection chair", "conference chair"),
    "front door and thresholds": ("front door", "mash", "multi-agency safeguarding hub", "threshold", "thresholds",
                                  "contacts and referrals", "referrals"),
    "early help": ("early help",),
    "permanence": ("permanence", "permanent homes", "special guardianship", "adoption", "long-term matching"),
    "voice of the child": ("voice of the child", "child's voice", "children's views", "direct work",
                           "wishes and feelings"),
    "disabled children": ("disabled children", "disabilities", "disability"),
    "homeless 16- and 17-year-olds": ("homeless", "16- and 17-year-olds", "16 and 17 year olds"),
    "strategy discussions and child protection enquiries": ("strategy discussion", "strategy meetings",
                                                            "section 47", "child protection enquiries"),
    "pre-proceedings and the public law outline": ("pre-proceedings", "public law outline", "plo"),
    "private fostering": ("private fostering", "privately fostered"),
    "corporate parenting and scrutiny": ("corporate parenting", "scrutiny", "elected members", "challenge"),
    "decision-making": ("decision-making", "decision making", "decisions"),
    "timeliness": ("timeliness", "timely", "delay", "drift"),
}

_COMPILED = {
    theme: re.compile(r"\b(?:" + "|".join(re.escape(word) for word in words) + r")\b", re.I)
    for theme, words in THEMES.items()
}
# Themes too general to make two items the same weakness by themselves.
WEAK_THEMES = {"timeliness", "plans and planning", "decision-making", "recording", "assessments"}


@lru_cache(maxsize=20000)
def themes_of(text: str) -> frozenset[str]:
    """The themes an improvement item names (cached: a journey compares every item with every earlier one)."""
    return frozenset(theme for theme, pattern in _COMPILED.items() if pattern.search(text))
