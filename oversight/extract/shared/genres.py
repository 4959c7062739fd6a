"""Cues for reading events and grades out of prose, kept as data: the kinds of event, the grades by judgement area,
and the words that tell a grade's event and time.

Seen in: the seeds (../shared/seeds), Ofsted letters reproduced in council minutes and news, council press pages.
"""

from __future__ import annotations

import re

_F = re.I | re.M

# --- Reading events out of prose (news, minutes, press releases) -------------------------------------------------

# What kind of event a stretch of prose is about. Seen: "third monitoring visit" (seed 000), "'focused visit'"
# (seed 001), "joint targeted area inspection (JTAI)" (council minutes), "Ofsted Inspection of Children's Services".
VISIT_KIND_CUES = [
    # 'its latest monitoring inspection', 'the third monitoring report', 'inspectors have been back to check on
    # progress' (local news)
    ("monitoring_visit", re.compile(r"monitoring\s+(?:visit|inspection|report|letter)|quarterly\s+visit"
                                    r"|\bbeen\s+back\s+to\s+check\s+on\s+(?:its\s+|their\s+)?progress", re.I)),
    # 'a recent focus visit', 'the focussed visit', 'the visit ... was focused on children in need' (councils' releases)
    # 'a two-day inspection focusing on these services', 'a visit from inspectors, which focused on care leavers'
    # (not 'Inspection findings sharpen Knowsley's focus on improving services')
    # (not 'Our four-week Ofsted inspection focused on the local services for children': a full inspection; nor a
    # joint targeted area inspection 'focusing on children at risk of exploitation')
    ("focused_visit", re.compile(r"focus(?:s?ed)?\s+visit|\bvisit\b[^.]{0,80}?\bfocus(?:s?ed)?\s+on\b"
                                 r"|(?<!week\s)(?<!weeks\s)(?<!week\sOfsted\s)(?<!area\s)\binspection\b[^.]{0,80}?\bfocus(?:s?ed|ing)\s+on\b",
                                 re.I)),
    # 'a joint inspection by four inspectorates' (not a joint inspection of SEND, which is about something else)
    ("jtai", re.compile(r"joint\s+targeted\s+area\s+inspection|\bJTAI\b|\bjoint\s+inspection\s+(?:by|from|of\s+how)\s+"
                        r"(?:the\s+)?(?:four|three|five|several)\s+inspectorates\b"
                        # 'A joint inspection of how agencies in Sheffield respond ... by Ofsted, the Care Quality
                        # Commission, HM Inspectorate of Constabulary ...' (not the 2009-12 inspections of safeguarding
                        # and looked after children, which Ofsted also carried out with the CQC)
                        # 'A joint inspection of how agencies in Sheffield respond to ...', 'a joint inspection of the
                        # multi-agency response'
                        r"|\bjoint\s+inspection\s+of\s+(?:how\s+)?(?:the\s+)?(?:multi-agency|agencies|partners)\b"
                        r"|\bjoint\s+inspection\b(?!\s+of\s+safeguarding)[^.]{0,200}?\b(?:HM\s+Inspectorate\s+of\s+"
                        r"(?:Constabulary|Probation)|HMICFRS|police\s+inspectorate|probation\s+inspectorate)", re.I)),
]
# A visit told by what two inspectors did, without its name: 'Two inspectors spent 24 and 25 January 2024 with the
# county council's family help teams', 'During a visit in the spring, two inspectors looked at ...'. Two inspectors
# for a day or two is a focused visit, or a monitoring visit where the council is inadequate (domain.md, section 5):
# read as a focused visit where the page never says the council is inadequate, as a monitoring visit where the only
# grade it gives the council is inadequate, and not at all where it gives it other grades too.
TWO_INSPECTORS_VISITED = re.compile(r"\b(?:two|2)\s+(?:Ofsted\s+)?inspectors\s+(?:spent|visited|looked|went"
                                    r"|were\s+in)\b"
                                    # 'inspectors spent two days in June looking at the service for care leavers'
                                    r"|\binspectors\s+spent\s+(?:one|two|a|a\s+couple\s+of|1|2)\s+days?\b"
                                    # 'the inspectors who came back for two days in October'
                                    r"|\binspectors\s+(?:who\s+)?(?:came\s+back|returned)\s+for\s+(?:one|two|a|a\s+couple\s+of"
                                    r"|1|2)\s+days?\b", re.I)
# A counting sentence that grades only some of the councils it counts ('Three councils ... with one rated
# outstanding', 'two of which were judged good'): no grade for each.
SOME_OF_THEM_GRADED = re.compile(r"\b(?:with|and|of\s+which|including|while)\s+(?:only\s+|just\s+)?"
                                 r"(?:one|two|three|four|five|\d+)(?:\s+of\s+(?:them|those|which|these))?\s+(?:\w+\s+)?(?:now\s+)?"
                                 r"(?:rated|judged|graded|being|receiving|getting|awarded|given)\b"
                                 r"|\b(?:one|two|three|four|five|\d+)\s+of\s+(?:which|them|these|those)\s+(?:was|were|is|are"
                                 r"|has|have)\b", re.I)
# 'the inspection of local authority children's services (ILACS) conducted in February and March 2024'
# A year said to be early, mid or late, or a season of it: 'visits in late 2024 and early 2025', 'in the spring of
# 2019'. Such a year places an event where a year alone does not (a story gives many years of other things).
_YEAR_QUALIFIER = r"(?:late|early|mid|(?:spring|summer|autumn)\s+of)[-\s]+"
QUALIFIED_YEAR = re.compile(rf"\b{_YEAR_QUALIFIER}(?P<year>(?:19|20)\d\d)\b", re.I)
QUALIFIED_YEARS = re.compile(rf"\b(?:in|during)\s+(?:the\s+)?{_YEAR_QUALIFIER}(?P<first>(?:19|20)\d\d)\b"
                             rf"(?:\s+(?:and|to|-|–)\s+(?:the\s+)?(?:{_YEAR_QUALIFIER})?(?P<last>(?:19|20)\d\d)\b)?",
                             re.I)
# What that inspection gave, the event the sentence before told of: 'The resultant judgement from that inspection
# was ...'; not 'Following that inspection ... inspectors who returned in October have now rated ...'.
THAT_EVENT = re.compile(r"\b(?:judge?ments?|ratings?|grades?|verdict|findings?|outcome)\s+(?:from|of|at)\s+"
                        r"(?:that|the\s+same)\s+(?:inspection|visit)\b"
                        # 'The review of the Safeguarding Children Board, carried out at the same time, ...'
                        r"|\bcarried\s+out\s+at\s+the\s+same\s+time\b", re.I)
# A page that prepares for an inspection to come: 'OFSTED Inspection Readiness', 'preparing for inspection'.
INSPECTION_READINESS = re.compile(r"\binspection\s+readiness\b|\breadiness\s+for\s+(?:an?\s+|the\s+)?(?:\w+\s+)?"
                                  # ('preparing for the council's next Ofsted inspection of children's services')
                                  r"inspection\b|\bprepar\w+\s+for\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
                                  r"(?:[\w’']+\s+){0,3}?inspection\b",
                                  re.I)
# Not 'the Ofsted Inspection Framework', 'OFSTED Inspection Readiness', 'the inspection process': the system, not one
# inspection.
FULL_INSPECTION_CUE = re.compile(r"\binspection\b(?!\s+(?:framework|readiness|process|methodology|regime|handbook"
                                 r"|preparation)\b)|\binspected\b|\brated\b|\bjudged\b|\bgraded\b|Ofsted\s+visit"
                                 r"|\(ILACS\)", re.I)
# Ofsted's report on a council's services, named without the word inspection ('A report released today by Ofsted has
# criticised Sunderland Council's children's services', 'Ofsted's report said'): where no visit is named, a full
# inspection's.
OFSTED_REPORT = re.compile(r"\breport\s+(?:\w+\s+){0,3}?(?:by|from)\s+Ofsted\b"
                           r"|\bOfsted(?:[’']s)?\s+(?:\w+\s+)?report\b", re.I)
# Ofsted's work with a council that is none of the four kinds, and grades nothing on their scale (domain.md): the
# annual performance assessment of 2005-2010 ('an annual round-up of Ofsted assessments', 'performing well'), the
# unannounced inspection of contact, referral and assessment arrangements (2009-2012), the assurance and review
# visits of autumn 2020.
OTHER_EVENT_CUE = re.compile(
    r"\bannual\s+(?:performance\s+)?(?:assessments?|ratings?|round-?ups?\s+of\s+Ofsted)\b"
    r"|\bperforming\s+(?:excellently|well|adequately|poorly)\b"
    r"|\bcontact,?\s+(?:and\s+)?referral,?\s+(?:and\s+)?assessment\b"
    r"|\b(?:assurance|review)\s+visit(?=s?\b)"
    # ('a visit under Ofsted's interim arrangements', 'an interim visit' (autumn 2020): not graded)
    r"|\binterim\s+(?:arrangements|visits?)\b", re.I)
EVENT_KIND_CUES = [("other", OTHER_EVENT_CUE), *VISIT_KIND_CUES, ("full_inspection", FULL_INSPECTION_CUE)]
# A grade given now, not told of as the council's standing ('has been given a "requires improvement" rating').
NEW_RATING = re.compile(r"\b(?:has|have)\s+(?:now\s+|just\s+)?been\s+(?:given|awarded|rated|judged|graded|found)\b",
                        re.I)
# A story of visits that does not say which kind ('following visits last month'), and no word of an inspection.
# 'Inspectors visited Wokingham's children's services on 20 and 21 February 2024'
# ('Cornwall was visited on 13 and 14 October', a round-up's line under a lead that names the visits' kind)
INSPECTORS_VISITED = re.compile(r"\b(?:inspectors|Ofsted)\s+(?:\w+\s+)?visited\b|\b(?:was|were)\s+visited\b", re.I)
GENERIC_VISITS = re.compile(r"\bvisits\b|\bvisit\s+(?:last|this|in)\b", re.I)
INSPECTION_WORD = re.compile(r"\binspection|\binspected\b", re.I)
# A council's rating beside its name in a round-up ("'inadequate' Surrey", "good-rated Gateshead").
RATING_BESIDE_NAME = re.compile(r"inadequate|outstanding|good|requires?\s+improvement", re.I)
# What inspectors found at a council, told of it by name: a round-up's councils each have their own findings.
FINDINGS_CUE = re.compile(r"\b(?:Ofsted|inspectors?|inspectorate|the\s+letter)\b[^.]{0,120}?\b(?:found|finds|said|says"
                          r"|praised|praises|highlighted|commended|noted|identified|criticised|reported|concluded)\b"
                          r"|\b(?:found|praised|commended|highlighted)\b[^.]{0,40}\b(?:at|in)\s+[A-Z]", re.I)
# An inspection of another body told in a council's minutes or news ('Lansdowne Secure Children's Home, which the
# Council runs, had received a full inspection'): not the council's own event.
# Bodies other than the council's children's services that Ofsted also inspects, named alone ('The Council's four
# in-house children's homes are registered with Ofsted.'), and a sentence that goes on about them by a count or a
# pronoun alone ('Three are currently judged good and one outstanding.').
OTHER_BODIES_NAMED = re.compile(r"children.s\s+homes?|\bschools\b|\bacademies\b|\bnurseries\b|\bchildren.s\s+centres"
                                r"|fostering\s+(?:service|agenc)|adoption\s+(?:service|agenc)|residential\s+(?:homes|units)",
                                re.I)
THEY_ALONE = re.compile(r"\s*(?:All|Both|Each|Most|Some|None|They|These|One|Two|Three|Four|Five|Six|Seven|Eight|Nine"
                        r"|Ten|\d+)(?:\s+of\s+(?:them|these|the\s+\w+))?\s+(?:are|were|is|was|has|have|had|remain)\b")
# A table's column of verdicts that are not Ofsted's: the council's own, or what it aims for ('Area | Ofsted,
# November 2019 | Our self-assessment, March 2024').
NOT_OFSTEDS_COLUMN = re.compile(r"self[- ]?(?:assess|evaluat)|\bour\s+(?:own\s+)?(?:view|judge?ment|assessment|grade)"
                                r"|\b(?:target|ambition|aspiration|forecast|predicted)\b", re.I)
OTHER_BODY_EVENT = re.compile(
    # (not a title: 'Cabinet Member for Children, Young People and Schools, presented a report on ... the inspection')
    # ('The other two homes were rated good', 'Ravenshead Fields Academy following its Ofsted judgement of inadequate')
    r"(?:children.s\s+home|children.s\s+cent(?:re|er)s?|\bacademy\b|\bnurser(?:y|ies)\b|\bhomes\b"
    r"|(?<!\band\s)\bschools?\b(?!,\s+(?:which|who|(?:\w+\s+){0,2}(?:presented|said|told|added|introduced|reported"
    r"|explained|welcomed|noted|commented|thanked))\b)"
    r"|fostering\s+(?:service|agency)|adoption\s+(?:service|agency)|\bSEND\b|youth\s+(?:offending|justice)"
    r"|\bprobation\b)[^.]{0,80}?(?:inspect|rated|judged|graded|judge?ment)"
    # ('the joint inspection of the Thurrock local area partnership's special educational needs ... arrangements')
    r"|(?:inspection|inspected)\s+of\s+[^.]{0,60}?(?:children.s\s+home|school|academy|nursery|SEND\b|local\s+area"
    r"|special\s+educational)"
    r"|\b(?:revisited|inspected|visited)\s+the\s+local\s+area\b"
    # a neighbour the page does not name: 'the county council next door has been rated good since 2018'
    r"|(?:\b(?:county\s+)?(?:council|authority|county|borough)\s+next\s+door|\bneighbouring\s+(?:county\s+)?"
    r"(?:council|authority|county|borough)|\b(?:a|its|our|their)\s+neighbours?|\bstatistical\s+neighbours?"
    r"|\bcomparator\s+(?:councils|authorities|group))\b[^.]{0,80}?(?:rated|judged|graded)"
    # a verdict that is not Ofsted's: 'the council's own self-assessment concluded that services require
    # improvement', 'A peer review by the LGA in 2017 found the services to be good'
    # ('the annual self-evaluation, shared with Ofsted at the annual engagement meeting in April, assessed practice as
    # good')
    r"|\b(?:self[- ]assess\w*|self[- ]evaluation|peer\s+review|LGA|Local\s+Government\s+Association)\b[^.]{0,100}?"
    r"(?:rated|judged|graded|found|concluded|assessed|evaluated)"
    # the council's own verdict in its self-evaluation: 'We judge that help and protection remains good'
    # ('... care leavers aged 21 to 25, which the council assesses as good', "The council's own assessment ...")
    r"|\b(?:we|our\s+own)\s+(?:judge|assess|evaluate|grade|rate|believe|consider)(?:ment)?\s+(?:that\s+|ourselves\s+)?"
    r"|\b(?:the\s+council|the\s+authority)\s+(?:judges|assesses|evaluates|grades|rates|believes|considers)\b"
    r"|\b(?:council|authority)['’]s\s+own\s+(?:judge?ment|assessment|view|evaluation)\b"
    # a review by peers, not Ofsted's, and when it took place: 'the Local Government Association peer review which
    # had taken place from 28 to 31 March 2022'
    r"|\bpeer\s+(?:review|challenge)\b[^.]{0,60}?\b(?:took|taken|take)\s+place"
    # the inspection system itself: 'Under the single inspection framework, introduced in November 2013, "requires
    # improvement" replaced the old "adequate" grade'
    # (not a council rated under it: '... framework introduced this year and was rated good under the previous ...')
    r"|\bframework\b[^.]{0,60}?\b(?:introduced|brought\s+in|replaced|launched)\b"
    r"(?![^.]*\b(?:was|were|been|is|are)\s+(?:rated|judged|graded)\b)"
    # another inspectorate's verdict alone: 'the hospital trust was rated good by the Care Quality Commission' (not
    # a joint targeted area inspection, which the CQC and HMICFRS carry out with Ofsted)
    r"|\bhospital(?:\s+trust)?\b[^.]{0,60}?(?:rated|judged|graded)"
    r"|(?:rated|judged|graded)[^.]{0,40}?\bby\s+the\s+(?:Care\s+Quality\s+Commission|CQC)\b"
    r"|\b(?:Care\s+Quality\s+Commission|CQC)\b[^.]{0,40}?(?:rated|judged|graded|inspected)", re.I)

# --- Grades by judgement area in minutes, releases and news (read by judgements.py) ------------------------------

# A grade as people write it: 'requires improvement to be good', 'require improvement', 'requiring improvement'.
# 'adequate' is the pre-2013 scale's (domain.md, section 3); never the tail of 'inadequate'.
GRADE_WORDS = (r"(?:outstanding|good|inadequate|(?<![\w-])adequate"
               r"|(?:requires?|requiring|required)\s+improvement(?:\s+to\s+be\s+good)?|(?-i:\bRI\b))")
_OPEN = r"[‘'\"“]?"
_CLOSE = r"[’'\"”]?"
_PROGRESS = r"(?:(?:the\s+)?experiences?\s+and\s+progress\s+of\s+)?"
# Judgement areas named in words -> schema keys, most specific first (seen: the ILACS table's own labels, and the
# short forms minutes and news use: 'help and protection', 'children in care', 'care leavers', 'leadership').
JUDGEMENT_AREAS: list[tuple[str, re.Pattern[str]]] = [
    # the SIF's own areas (2013-18), named in real releases and news: "'outstanding' for leadership, management and
    # governance, and 'outstanding' for adoption performance", "the Local Safeguarding Children Board ... good"
    ("leadership_management_governance", re.compile(r"(?:the\s+)?leadership,?\s+management\s+and\s+governance", re.I)),
    ("lscb", re.compile(r"(?:the\s+)?(?:local\s+)?safeguarding\s+children.?s?\s+board|\bLSCB\b"
                        r"|(?:the\s+)?safeguarding\s+board", re.I)),
    ("adoption_performance", re.compile(r"(?:the\s+council.s\s+)?adoption(?:\s+performance|\s+services?|\s+support)?",
                                        re.I)),
    ("children_looked_after", re.compile(
        r"children\s+looked\s+after\s+and\s+achieving\s+permanence|looked\s+after\s+children\s+and\s+achieving"
        r"\s+permanence", re.I)),
    ("children_in_care_and_care_leavers", re.compile(
        rf"{_PROGRESS}(?:children\s+in\s+care|children\s+looked\s+after|looked[\s-]+after\s+children)\s+and\s+care"
        r"\s+leavers", re.I)),
    ("help_and_protection", re.compile(
        rf"{_PROGRESS}(?:children\s+who\s+need\s+help\s+and\s+protection|children\s+in\s+need\s+of\s+help\s+and\s+"
        r"protection|(?:the\s+)?help\s+and\s+protection(?:\s+(?:of|for|given\s+to|offered\s+to)\s+children)?)", re.I)),
    ("care_leavers", re.compile(
        rf"{_PROGRESS}(?:care\s+leavers|(?:(?:the\s+)?support\s+for\s+)?(?:young\s+people|children)\s+leaving\s+care)",
        re.I)),
    ("children_in_care", re.compile(
        rf"{_PROGRESS}(?:children\s+in\s+care|children\s+looked\s+after|looked[\s-]+after\s+children"
        r"|care\s+for\s+children\s+in\s+(?:the\s+council.s\s+|its\s+|their\s+)?care)", re.I)),
    ("impact_of_leaders", re.compile(
        r"(?:the\s+)?impact\s+of\s+(?:the\s+)?(?:council.s\s+|local\s+authority.s\s+)?(?:senior\s+)?leaders"
        r"(?:\s+on\s+social\s+work\s+practice(?:\s+with\s+children\s+and\s+families)?)?|(?:the\s+)?leadership", re.I)),
    ("overall_effectiveness", re.compile(r"(?:the\s+)?overall\s+effectiveness|overall", re.I)),
]
# The 2018-22 ILACS title of the combined care judgement; and words that say the 2023 split applies (seen in real
# minutes: "received 'Good' in all areas, including the new judgment for care leavers").
COMBINED_CARE_TITLE = re.compile(r"experiences?\s+and\s+progress\s+of\s+children\s+in\s+care\s+and\s+care\s+leavers",
                                 re.I)
SPLIT_CARE_CUE = re.compile(r"\bnew\s+judge?ment\s+(?:for|on|about)\s+(?:the\s+)?care\s+leavers"
                            r"|\bfive\s+(?:key\s+)?(?:judge?ments|areas)\b", re.I)
_AREAS = "|".join(f"(?:{pattern.pattern})" for _, pattern in JUDGEMENT_AREAS)
_NO_GRADE = r"(?:(?!outstanding|good|inadequate|requir)[^.;:\n])"
# A row of a table or list: the label, then only separators, then the grade ('Overall effectiveness: Good',
# '| Care leavers | Good |', '- overall effectiveness – requires improvement to be good', and PDF tables where
# the label and the grade fall on lines of their own).
GRADE_ROW = re.compile(
    # not after a verb of grading: 'services being graded overall 'Outstanding'' is a sentence, not a row
    # (and dotted leaders: 'Overall effectiveness ........ Good')
    rf"(?<![\w-])(?<!graded )(?<!rated )(?<!judged )(?P<area>{_AREAS})\s*(?:(?:[:\-–—|]|\.{{2,}}|…+)\s*)*"
    rf"{_OPEN}(?P<grade>{GRADE_WORDS}){_CLOSE}"
    r"(?:\s*\(\d\))?(?=\s*(?:$|\||[.;,]|\n))", re.I | re.M)  # 'Good (2)': the grade's number, as some releases give it
# 'care leavers were judged to require improvement to be good', 'overall effectiveness had been judged good',
# 'with support for young people leaving care rated outstanding'
AREA_THEN_GRADE = re.compile(
    rf"(?<![\w-])(?P<area>{_AREAS}){_NO_GRADE}{{0,50}}?\b(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been"
    r"|been|being|remains?|remained)\s+(?:also\s+|again\s+|now\s+|still\s+)?(?:(?:judged|rated|graded|found|assessed"
    r"|deemed|considered)\s+)?|(?:judged|rated|graded)\s+|as\s+"
    # "support for care leavers has been downgraded from 'outstanding' to 'good'"
    rf"|(?:uplifted|upgraded|downgraded|improved|moved\s+up|moved\s+down|risen|fallen|dropped)\s+from\s+{_OPEN}"
    rf"{GRADE_WORDS}{_CLOSE}\s+(?=to\s)"
    # 'The effectiveness of the Local Safeguarding Children Board (LSCB) requires improvement'
    r"|(?=requires?\s+improvement|required\s+improvement))(?:as\s+|to\s+be\s+|to\s+)?"
    rf"{_OPEN}(?P<grade>{GRADE_WORDS})", re.I)
# 'rated good for help and protection', 'judged outstanding for its work with care leavers'
GRADE_THEN_AREA = re.compile(
    # "... and 'outstanding' for adoption performance": a quoted grade continues a list of grades by area
    rf"(?:(?:rated|judged|graded)(?:\s+to\s+be|\s+as)?|found\s+to\s+be|as|\band(?=\s+[‘'\"“]))\s+{_OPEN}(?P<grade>{GRADE_WORDS}){_CLOSE}\s+(?:for|in|on)\s+"
    rf"(?:the\s+|its\s+|their\s+)?(?:(?:work|services?|support)\s+(?:with|for)\s+)?(?P<area>{_AREAS})", re.I)
# 'also judged both the help and protection given to children and the impact of leaders to be inadequate'
GRADE_FOR_AREAS = re.compile(
    rf"(?:judged|judges|rated|rates|rate|rating|graded|grades|found)\s+(?:both\s+)?(?P<areas>(?:(?!outstanding|good|inadequate|requir)[^.;]){{8,220}}?)"
    # ('judged overall effectiveness, ... and leadership, management and governance to require improvement')
    rf"\s+(?:to\s+be|as|to(?=\s+requir))\s+{_OPEN}(?P<grade>{GRADE_WORDS})", re.I)
# A verb of grading, a list of areas (their names only, joined by commas and 'and') and the grade: 'They rated
# overall effectiveness, help and protection and the impact of leaders good', 'rates overall effectiveness, help and
# protection, children in care and leadership as requires improvement'.
_AREA_NAMED = rf"(?:the\s+)?(?:{_AREAS})"
GRADE_FOR_LISTED_AREAS = re.compile(
    rf"\b(?:rated|rates|rate|judged|judges|graded|grades|found)\s+(?P<areas>{_AREA_NAMED}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
    # ('Ofsted rated help and protection, and leadership, management and governance, inadequate')
    rf"{_AREA_NAMED})+)\s*,?\s+(?:as\s+|to\s+be\s+)?{_OPEN}(?P<grade>{GRADE_WORDS})", re.I)
# After the grade of a list like that, another area and its grade with no verb of its own: '..., children in care
# good and care leavers requires improvement'.
AREA_BARE_GRADE = re.compile(rf"(?:,\s*(?:and\s+)?|\band\s+)(?P<area>{_AREA_NAMED})\s+{_OPEN}(?P<grade>{GRADE_WORDS})"
                             rf"{_CLOSE}(?=\s*(?:[,.;]|and\b|$))", re.I)
# 'Help and protection ..., care for children in care and support for care leavers, as well as the impact of
# leaders, were all judged outstanding'
AREAS_ALL_GRADE = re.compile(
    # '... and the experiences and progress of care leavers all found to be good' (a real council release)
    # 'Help and protection, care leavers and the impact of leaders were each found to require improvement', '...
    # had each been judged good'
    rf"(?<![A-Za-z])(?P<areas>(?:(?!outstanding|good|inadequate|requir)[^.;]){{10,300}}?)\s+(?:(?:were|are|have\s+been"
    rf"|had(?=\s+(?:all|both|each|also)?\s*been))\s+(?:(?:all|both|also|each)\s+){{0,2}}(?:still\s+)?(?:been\s+)?"
    # ('... and the impact of leaders all still required improvement', '... and of children in care and care
    # leavers both require improvement')
    rf"|(?:all|both)\s+(?:still\s+)?(?=judged|rated|graded|found|requir)"
    # ('... help and protection and leadership required improvement')
    rf"|(?=requir(?:es|ed)\s+improvement))(?:judged|rated|graded|found)?\s*"
    rf"(?:as\s+|to\s+be\s+|to\s+)?{_OPEN}(?P<grade>{GRADE_WORDS})",
    re.I)
# A grade, then the areas it was given for ("Good ratings were received for the impact of leaders ..., and overall
# effectiveness", "found Warrington to be 'good' in adoption performance and the 'experiences and progress of care
# leavers'", "sub judgement ratings of 'good' for children in need of help and protection; ...").
GRADE_IN_AREAS = re.compile(
    # "an 'outstanding' sub rating for the experience and progress of its care leavers"
    rf"{_OPEN}(?P<grade>{GRADE_WORDS}){_CLOSE}\s+(?:(?:sub[- ]?)?(?:ratings?|judge?ments?|grades?)\s+"
    r"(?:(?:were|was)\s+)?"
    # (not a year: 'good in 2023, and the inspectors found the care leavers' service had improved')
    rf"(?:received\s+|given\s+|awarded\s+)?)?(?:in|for)\s+(?!(?:19|20)\d\d\b)"
    rf"(?P<areas>(?:(?!outstanding|good|inadequate|requir)[^.;]){{5,220}})",
    re.I)
# 'Three of the four areas reviewed were given requires improvement - the impact of leaders ..., the experiences
# and progress of children who need help and protection ...'
AREAS_GIVEN_GRADE = re.compile(
    r"\b(?:areas|judge?ments|aspects|categories)\s+(?:\w+\s+){0,2}(?:were|was)\s+(?:given|awarded|rated|judged|graded)"
    rf"\s+(?:as\s+|a\s+rating\s+of\s+)?{_OPEN}(?P<grade>{GRADE_WORDS}){_CLOSE}\s*[-–—:]\s*"
    r"(?P<areas>(?:(?!outstanding|good|inadequate|requir)[^.;]){5,300})", re.I)
# 'judged outstanding in every area', 'good across the board', 'all four judgements were good', "an 'outstanding'
# grade in every category"
GRADE_EVERY_AREA = re.compile(
    rf"{_OPEN}(?P<grade>{GRADE_WORDS}){_CLOSE}(?:\s+(?:Ofsted\s+)?(?:grades?|ratings?|judge?ments?))?"
    r"(?:\s+overall\s+and)?\s+(?:in|for|across)\s+(?:all|every|each)\s+(?:(?:four|five|three|of"
    r"|the|its|their)\s+)*(?:areas?|judge?ments?|categor(?:y|ies)|aspects?)\b"
    rf"|{_OPEN}(?P<grade2>{GRADE_WORDS}){_CLOSE}\s+across\s+the\s+board"
    # 'all service areas were given a rating of good', 'each of the areas inspected were rated as Requires Improvement'
    # 'Inspectors graded every area outstanding'
    r"|\b(?:rated|graded|judged|rates|grades|judges)\s+(?:every|each|all)\s+(?:one\s+)?"
    r"(?:(?:of\s+the|four|five|three|its|their)\s+)*"
    rf"(?:judge?ment\s+)?(?:areas?|judge?ments?|categor(?:y|ies)|aspects?)\s+(?:as\s+)?{_OPEN}(?P<grade4>{GRADE_WORDS})"
    # 'All sub-categories also received a grade of Outstanding' (minutes)
    r"|\b(?:all|each\s+of\s+the)\s+(?:(?:\w+\s+)?(?:service|judge?ment)\s+)?(?:sub[- ]?)?"
    r"(?:areas|judge?ments|aspects|categories)(?:\s+inspected)?\s+(?:also\s+)?(?:(?:were|are|have\s+been)\s+(?:also\s+)?"
    r"(?:given\s+a\s+(?:rating|grade|judge?ment)\s+of|rated|judged|graded|found\s+to\s+be)"
    r"|received\s+an?\s+(?:rating|grade|judge?ment)\s+of)"
    rf"\s+(?:as\s+)?{_OPEN}(?P<grade3>{GRADE_WORDS})"
    # 'gave the council the top grade in every area' (the top of Ofsted's scale)
    r"|\b(?:the\s+)?(?P<grade5>top|highest)\s+(?:possible\s+)?(?:Ofsted\s+)?(?:grade|rating|judge?ment)\s+"
    r"(?:in|for|across)\s+(?:all|every|each)\s+(?:(?:four|five|three|of|the|its|their)\s+)*"
    r"(?:areas?|judge?ments?|categor(?:y|ies))\b", re.I)
# The areas 'every area' leaves out, and the grade the words after them give those areas: 'outstanding in every area
# except care leavers, which was judged good', "with the exception of 'the experiences and progress of Care Leavers',
# which received a Good", 'good in all areas apart from help and protection'.
EXCEPTION_WORDS = (r"with\s+the\s+(?:sole\s+|only\s+|one\s+)?exception\s+of|except(?:\s+for)?|apart\s+from|other\s+than"
                   r"|save\s+for|bar(?!\s+none)")
EXCEPTION_FOLLOWS = re.compile(rf"[’'\"”]?,?[ \t]*(?:{EXCEPTION_WORDS})\b", re.I)
AREAS_EXCEPTED = re.compile(
    rf"[’'\"”]?,?[ \t]*(?:{EXCEPTION_WORDS})\s+(?P<areas>(?:(?!outstanding|good|inadequate|requir)[^.;\n]){{3,200}}?)"
    # ', which was judged good', ', which requires improvement', ', which required improvement'
    r"(?:,?\s+(?:which|that|where)\s+(?:(?:\w+\s+){0,3}?(?:received|was|were|got|gained|achieved|rated|judged|graded"
    rf"|given|is|are)\s+(?:[\w’']+\s+){{0,4}}?)?{_OPEN}(?P<grade>{GRADE_WORDS}|required\s+improvement)"
    # 'except that the impact of leaders was judged outstanding'
    r"|(?<=\s)(?:was|were|is|are)\s+(?:(?:judged|rated|graded|found)\s+)?(?:as\s+|to\s+be\s+)?"
    rf"{_OPEN}(?P<grade2>{GRADE_WORDS})"
    r"|[ \t]*(?=[.;\n]|$))", re.I)
# 'All other areas, including the service's overall effectiveness, are rated as Good': every area not graded before
GRADE_OTHER_AREAS = re.compile(
    r"\ball\s+(?:the\s+)?other\s+(?:areas|judge?ments|aspects|categories)\b[^.;]{0,80}?\b(?:were|are|have\s+been)\s+"
    rf"(?:all\s+)?(?:rated|judged|graded|found)?\s*(?:as\s+|to\s+be\s+)?{_OPEN}(?P<grade>{GRADE_WORDS})", re.I)
# 'rated the council inadequate overall', 'graded overall Outstanding', 'an overall rating of good'
GRADE_OVERALL = re.compile(
    rf"{_OPEN}(?P<grade>{GRADE_WORDS}){_CLOSE}\s+overall\b"
    rf"|\boverall\s+(?:rating|grade|judge?ment|verdict)?\s*(?:of\s+|as\s+|is\s+|was\s+)?{_OPEN}(?P<grade2>{GRADE_WORDS})"
    rf"|\b(?:graded|rated|judged)\s+overall\s+(?:as\s+)?{_OPEN}(?P<grade3>{GRADE_WORDS})"
    # 'the overall judgement of this Ofsted Inspection was that the service required improvement' (minutes)
    r"|\boverall\s+(?:rating|grade|judge?ment|verdict)\s+(?:[\w’'-]+\s+){0,5}?(?:was|is)\s+that\s+(?:the\s+)?"
    # ('The overall judgement was that children's services in Barnsley require improvement')
    r"(?:children[’']s\s+)?(?:services?|council|authority|it)(?:\s+in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})?\s+"
    r"(?:was\s+|is\s+|were\s+|are\s+)?(?P<grade5>(?:required|requires|require)\s+improvement|good"
    r"|outstanding|inadequate)", re.I)
# A grade in quotes after the services, as headlines give it: "Sheffield children's services 'requires improvement'",
# "Local Childrens' Services 'Require Improvement'", 'children's services at Leicester City Council still "requires
# improvement"'
SERVICES_QUOTED_GRADE = (r"children(?:.s|s.|s)?\s+(?:social\s+care\s+)?services(?:\s+(?:at|in|of)\s+[^.;,]{0,40}?)?"
                         rf"\s+(?:still\s+|now\s+)?[‘'\"“](?P<grade6>{GRADE_WORDS})[’'\"”]")
# The services' grade in plain words that name no rating, seen in real minutes and releases: 'The inspection found
# the services to be inadequate', "concluded that services 'require improvement to be good'", "the outcome was
# 'Requires Improvement'", "judged them to be providing ... a 'good' service". Only the services by name, not 'found
# the adoption service to be outstanding'; after 'outcome' or 'providing', only a grade in quotes or with a capital
# ('the result was good news' is no grade).
_NAMED_SERVICES = r"(?:(?:council|authority)[’']s\s+)?(?:children[’']?s[’']?\s+)?(?:social\s+care\s+)?services?"
_SET_APART = r"(?=[‘'\"“]|(?-i:[A-Z]))"
SERVICES_PLAINLY_GRADED = (
    rf"\bfound\s+(?:(?:the|its|their)\s+)?{_NAMED_SERVICES}\s+(?:to\s+be\s+)?{_OPEN}(?P<grade13>{GRADE_WORDS})"
    rf"|\b(?:concluded|found)\s+that\s+(?:the\s+)?{_NAMED_SERVICES}\s+(?:are\s+|were\s+|is\s+|was\s+)?(?:still\s+)?"
    rf"{_OPEN}(?P<grade14>{GRADE_WORDS})"
    r"|\b(?:outcome|result)\s+(?:(?:of|from)\s+(?:the\s+|this\s+|its\s+)?(?:\w+\s+){0,2}?inspection\s+)?(?:was|is)\s+"
    rf"{_SET_APART}{_OPEN}(?P<grade15>{GRADE_WORDS}){_CLOSE}(?!\s+(?:news|for|in)\b)"
    # (the verdict's: not 'Our staff are providing a "good" service')
    r"|\b(?:judged|found|showed|shows|concluded|(?:inspectors|Ofsted|report|inspection)\s+(?:said|says))\s+"
    r"(?:that\s+)?(?:[\w’']+\s+){0,6}?(?:was|were|is|are|to\s+be)\s+"
    rf"providing\s+(?:[\w’']+\s+){{0,8}}?an?\s+{_SET_APART}{_OPEN}(?P<grade16>{GRADE_WORDS}){_CLOSE}\s+service\b")
# Words that may stand between 'received a' and the grade of a rating, and then let 'Ofsted' stand before 'rating':
# 'a record third consecutive "outstanding" Ofsted rating', 'its first good rating'; not 'previous' (an earlier
# grade) nor any other word, and not 'an "inadequate" Ofsted judgment' (a story may tell of it in passing).
_RATING_ORDER = r"(?:record|first|second|third|fourth|fifth|consecutive|successive|straight|coveted|top)"
# Areas that share the grade just told: 'judged good, as were the experiences and progress of children who need help
# and protection', 'said the same of the experiences of children in care and the impact of leaders', 'rated the
# council requires improvement overall, and for the help and protection of children'.
SAME_GRADE_FOR_AREAS = re.compile(r"(?:,\s+as\s+(?:was|were|did|do|does|had|has|have|is|are)|,\s+as\s+well\s+as"
                                  r"|,?\s+and\s+(?:said|found|judged)\s+the\s+same\s+(?:of|for)"
                                  r"|,?\s+and\s+gave\s+the\s+same\s+(?:grade|rating|judge?ment)\s+to"
                                  r"|,?\s+along\s+with|,?\s+with\s+the\s+same\s+(?:grade|rating|judge?ment)\s+for"
                                  # 'Inspectors also rated as good the services for children who need help ...'
                                  rf"|\b(?:rated|judged|graded)\s+as\s+(?P<grade>{GRADE_WORDS})(?=\s+the\s)"
                                  r"|\boverall,?\s+(?:and|as\s+well\s+as)\s+(?:for|in))\s+(?P<areas>[^.;]{5,200})",
                                  re.I)
# A council's journey told in one sentence, cut after each year so that each step is a clause of its own ('gone
# from inadequate in 2017 | through requires improvement in 2021 | to good this spring', 'climbed to requires
# improvement in 2022 | then to good in February 2024'): where it starts, and a step, which opens with its grade.
_IN_A_YEAR = r"\s+in\s+(?:\w+\s+)?(?:19|20)\d\d\b"
_A_GRADE = r"(?:requires?\s+improvement|outstanding|inadequate|good)"
JOURNEY_START = re.compile(rf"\bfrom\s+{_OPEN}{_A_GRADE}{_CLOSE}{_IN_A_YEAR}", re.I)
JOURNEY_STEP = rf"^\s*(?:then\s+)?(?:(?:up|on)\s+)?(?:through|via|to)\s+{_OPEN}"
JOURNEY_STEP_GRADE = re.compile(rf"{JOURNEY_STEP}{_A_GRADE}\b", re.I)
# With no area named: the grade of the services as a whole ('children's services have been rated inadequate',
# 'Ofsted rates Stockport's children's services good', 'its good rating').
GRADE_OF_SERVICES = re.compile(
    # seen in real news and minutes: 'deemed to be good', 'identified the service as inadequate', 'branded
    # inadequate', 'found to Require Improvement'
    # ('..., rating services requires improvement to be good')
    r"(?:rated|rates|rating\s+(?:of|as)|rating(?=\s+(?:services|them|it)\b)|judged|judges|graded|grad(?:e|ing)\s+of"
    r"|found\s+to\s+be|found\s+to"
    r"|judge?ment\s+of|remains?|remained"
    r"|deemed|brand(?:ed|ing)|labell?(?:ed|ing)|identified|assessed|classed|slammed\s+as"
    r"|(?:is|are|was|were|been)\s+(?:now\s+|still\s+)?"
    # ('Ofsted has judged that Somerset's children's services now require improvement to be good')
    r"|children[’']s\s+services(?:\s+now|\s+still)?(?=\s+requir))\s+(?:as\s+|to\s+be\s+)?(?:[\w’']+\s+){0,4}?"
    rf"(?:as\s+|to\s+be\s+|to\s+)?{_OPEN}(?P<grade>{GRADE_WORDS}){_CLOSE}"
    # 'its good rating', "Ofsted's 2022 'Outstanding' rating", 'department gets good rating' (a headline)
    # "received a record third consecutive 'outstanding' Ofsted rating", 'gives first outstanding grades'
    # "since Camden's last 'Outstanding' rated inspection" (the clause tells of the past: PAST_MARKERS)
    rf"|\b(?:its|their|our|a|an|the|(?:19|20)\d\d|gets?|got|given|gives?|gave|receives?|received|earns?|earned"
    rf"|achieved|achieves?|secured|secures?|last|previous|latest)\s+(?:{_OPEN}(?P<grade2>{GRADE_WORDS}){_CLOSE}\s+"
    rf"(?:rated\s+inspection|rating|judge?ment|grade)\b"
    # in the plural only after words that count them ('gives first outstanding grades'; not 'gave good grades to
    # its adoption and fostering services')
    rf"|(?:{_RATING_ORDER}\s+){{1,3}}{_OPEN}(?P<grade9>{GRADE_WORDS}){_CLOSE}\s+(?:Ofsted\s+)?"
    rf"(?:rated\s+inspection|rating|judge?ment|grade)s?\b)"
    # "Telford & Wrekin Council's outstanding Ofsted judgement" (not "removed a council's 'inadequate' rating")
    rf"|[’']s\s+{_OPEN}(?P<grade8>{GRADE_WORDS}){_CLOSE}\s+Ofsted\s+(?:rating|judge?ment)"
    # 'The resultant OFSTED judgement from that inspection was one of 'Requires Improvement'' (minutes)
    # (not 'the judgement was that practice is one of good quality')
    r"|\b(?:judge?ment|rating|grade|verdict)\b(?:(?!\b(?:was|is)\s+that\b)[^.;]){0,40}?\b(?:was|is)\s+one\s+of\s+"
    rf"{_OPEN}(?P<grade10>{GRADE_WORDS}){_CLOSE}"
    # the ends of the scale, Ofsted's by name: "had been given Ofsted's lowest judgment in 2015", 'to achieve the
    # highest Ofsted rating three times in a row' (not 'the lowest rating of any council for adoption timeliness')
    # ('its highest Ofsted rating in more than a decade' compares it with its own past; 'for its children's
    # services' names what was rated, 'for adoption timeliness' a measure)
    r"|\b(?:Ofsted['’]s\s+(?P<grade11>lowest|highest|top)\s+(?:possible\s+)?"
    r"|the\s+(?P<grade12>lowest|highest|top)\s+(?:possible\s+)?Ofsted\s+)"
    r"(?:rating|judge?ment|grade)\b(?!s)(?!\s+(?:of\s+any|in\s+the|among|for\s+(?!(?:its|their|the)\s+children)"
    r"|in\s+(?:more\s+than|over)|since|yet|ever|so\s+far)\b)"
    # 'the department was told it required improvement'
    r"|\btold\s+(?:that\s+)?(?:it|they|services|the\s+council)\s+(?P<grade7>required\s+improvement)"
    # 'and then in 2015 as requires improvement'
    rf"|\bin\s+(?:19|20)\d\d\s+as\s+{_OPEN}(?P<grade5>{GRADE_WORDS})"
    # 'rated children's services at Darlington Borough Council as inadequate'
    # 'have rated services for children and their families provided by a council as "good"'
    rf"|\b(?:rated|judged|graded|branded|assessed|deemed)\s+(?:[\w’'-]+\s+){{1,11}}?as\s+{_OPEN}(?P<grade4>{GRADE_WORDS})"
    # a headline's grade in quotes after the services: "Sheffield children's services 'requires improvement'"
    rf"|{SERVICES_QUOTED_GRADE}|{SERVICES_PLAINLY_GRADED}"
    # "Ofsted has judged Kent County Council's children's services outstanding" (the services named at length)
    rf"|\b(?:rated|rates|judged|graded|deemed|assessed)\s+(?:[\w’'-]+\s+){{1,6}}?services?\s+(?:as\s+|to\s+be\s+)?"
    rf"{_OPEN}(?P<grade17>{GRADE_WORDS})"
    # 'moved up from inadequate to requires improvement to be good', 'improved to good'
    # 'make the leap from a judgement of "requires improvement to be good" to outstanding'
    # a step of a journey told in one sentence, each step a clause of its own ('then to good in February 2024',
    # 'from inadequate in 2017 | through requires improvement in 2021 | to good this spring')
    rf"|{JOURNEY_STEP}(?P<grade18>{GRADE_WORDS})"
    r"|\b(?:moved|improved|risen|rose|climbed|leapt|leaped|jumped|gone|dropped|fallen|fell|slipped|downgraded|upgraded"
    r"|lifted"
    r"|(?:the\s+)?(?:leap|jump|move|rise|step\s+up))\s+"
    rf"(?:up\s+|down\s+)?(?:from\s+(?:(?:a|an|the|its)\s+)?(?:(?:judge?ment|rating)\s+of\s+)?{_OPEN}{GRADE_WORDS}{_CLOSE}"
    rf"\s+)?to\s+{_OPEN}(?P<grade3>{GRADE_WORDS})",
    re.I)
# The inspections of safeguarding and looked after children's services (2009-12) graded the two services apart, each
# with its own overall effectiveness: a grade after their name ("In 2012, safeguarding and looked after children's
# services at Lambeth were rated 'outstanding'", 'an inspection of safeguarding and looked-after children services
# ... rated each area as adequate') is theirs, never the overall grade of the services in a later framework's terms.
SAFEGUARDING_AND_LOOKED_AFTER = re.compile(
    r"\bsafeguarding\s+and\s+looked[\s-]+after\s+children(?:['’]s)?\s+services?\b", re.I)
SAFEGUARDING_AND_LOOKED_AFTER_KEYS = ["safeguarding", "looked_after_children"]
# Safeguarding named alone before a grade: that service's grade, not the services' ('Safeguarding was judged
# inadequate'; not the safeguarding board's or partnership's, which the areas name).
SAFEGUARDING_ALONE = re.compile(r"\bsafeguarding\b(?!\s+(?:children\s+)?(?:board|partnership|inspection))", re.I)
# An inspection of safeguarding alone (2009-12: the safeguarding half of an inspection of safeguarding and looked
# after children, or an unannounced one): 'In 2010 a safeguarding inspection judged the county's services
# inadequate' grades the safeguarding service.
# The single inspection framework's own name for what it inspects ('services for children in need of help and
# protection, children looked after and care leavers'): a grade given to it is the overall grade, not three areas'.
SIF_TITLE = re.compile(r"\bservices\s+for\s+children\s+in\s+need\s+of\s+help\s+and\s+protection,?\s+children\s+looked"
                       r"\s+after\s+and\s+care\s+leavers\b", re.I)
SAFEGUARDING_INSPECTION = re.compile(r"\bsafeguarding\s+inspection\b|\binspection\s+of\s+(?:the\s+council.s\s+)?"
                                     r"safeguarding\b(?!\s+and\s+looked)", re.I)
# Before a grade: the capacity to improve, a judgement of its own in 2009-12, never the services' overall grade.
CAPACITY_TO_IMPROVE = re.compile(r"\bcapacity\s+(?:\w+\s+){0,2}(?:to\s+improve|for\s+improvement)\b", re.I)
# 'the overall effectiveness of safeguarding services', '... of services for looked after children' (2009-12): each
# service had an overall effectiveness of its own, which is not the services' overall grade.
ONE_SERVICES_OVERALL = re.compile(r"\boverall\s+effectiveness\s+(?=(?:of|for)\s+(?:the\s+council['’]s\s+)?"
                                  r"(?:safeguarding|(?:services\s+for\s+)?looked[\s-]+after))", re.I)
GRADE_WORD = re.compile(rf"(?<![\w-]){GRADE_WORDS}", re.I)
# A verb of grading, which a list of grades goes on with ('rated inadequate in 2014 and good in 2018').
GRADE_VERB_BEFORE = re.compile(r"\b(?:rated|judged|graded|found\s+to\s+be)\b", re.I)
# Words that deny or leave behind the grade after them: 'no longer rated inadequate', 'moved up from inadequate',
# 'lifted out of inadequate', 'not yet good'.
# 'moved out of its inadequate rating', 'the leap from a judgement of "requires improvement to be good"'.
# ('judged better than inadequate', 'rated worse than good': a comparison, no grade)
GRADE_DENIED = re.compile(r"\b(?:no\s+longer|not(?:\s+yet)?|never|from|out\s+of|rather\s+than|instead\s+of"
                          r"|(?:better|worse|higher|lower)\s+than"
                          r"|(?:shake[sn]?|shaking|shook|threw|thrown|throw|cast)\s+off|shed|sheds|shedding|escaped?"
                          r"|emerged?\s+from)\s+"
                          r"(?:(?:been|be|being|rated|judged|graded|as|the|its|their|an?|judge?ment|rating|of|to"
                          r"|Ofsted['’]s)\s+){0,4}"
                          r"[‘'\"“]?$"
                          # 'None of the three councils had been rated inadequate', 'Neither council was judged ...'
                          r"|\b(?:none\s+of|neither)\b[^.;]{0,60}?\b(?:had|has|have|was|were|is|are)\s+(?:been\s+)?"
                          r"(?:rated|judged|graded|found)\s+(?:as\s+|to\s+be\s+)?[‘'\"“]?$", re.I)
# Just before the words of a move or a grade kept: someone means, hopes or expects to make it, so it has not been
# made ('we are determined to move from adequate to good', 'they expected to retain at least a good grade').
HOPED_TO = re.compile(r"\b(?:determined|expect\w*|hop(?:e[sd]?|ing)|aim(?:s|ed|ing)?|want(?:s|ed)?|plan(?:s|ned|ning)?"
                      r"|intend\w*|ambition|going|working|need(?:s|ed)?)\s+to\s+(?:\w+\s+){0,2}$"
                      # a grade to keep from now on: 'asked how the service would maintain the outstanding rating',
                      # 'how to retain it' (not 'will retain its judgement following a recent inspection', a fact)
                      r"|\b(?:would|could|should|must|how\s+to)\s+(?:\w+\s+){0,1}$", re.I)
# A grade hoped for, aimed at, needed or supposed, never given (seen in real pages: "requires improvement in a number
# of areas in order to get a 'good' rating", "the authority's ambition was to progress to a rating of 'good'").
GRADE_HOPED = re.compile(
    r"\b(?:in\s+order\s+to|to\s+(?:get|achieve|reach|become|secure|gain|attain|progress\s+to|move\s+to|be\s+rated)"
    r"|aims?\s+(?:is\s+)?(?:to|for)|aiming|ambitions?|aspir\w+|targets?|hope[sd]?|hoping|wants?\s+to|striv\w+"
    r"|working\s+towards"
    # a condition: 'If the outcome is "Inadequate", the government could appoint a commissioner' (not a question
    # asked: 'Members asked whether the previous judgement of requires improvement ... had any bearing')
    r"|(?<!\basked\s)(?<!\bask\s)(?<!\bwondered\s)(?<!\bqueried\s)(?<!\bsee\s)\bif|unless"
    r"|on\s+(?:track|course)\s+(?:to|for)|journey\s+(?:\w+\s+){0,3}?(?:to|towards)|could\s+be|would\s+be|should\s+be"
    # 'on the road to becoming an outstanding service'
    r"|becoming|road\s+to|closer\s+to|nearer\s+to"
    # 'a clear plan for getting to good across the board', 'the next step, to good'
    r"|(?:getting|get|got\s+to\s+get|going|moving|plan\s+for|plans?\s+to|next\s+step,?)\s+to)\b"
    r"[^.;]{0,50}$"
    # further off where the words end in 'be judged': 'we want to match what our neighbours achieved last year and
    # be judged outstanding'
    r"|\b(?:wants?\s+to|aims?|ambitions?|hope[sd]?)\b[^.;]{0,90}\bbe\s+(?:judged|rated|graded)\s+[‘'\"“]?$", re.I)
# Before a grade: a rank among councils, which tells of a grade given, not hoped for ('has become the fifth council to
# be rated outstanding').
GRADE_RANKED = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)"
                          r"|only|latest)\s+(?:\w+\s+){0,2}(?:councils?|authorit(?:y|ies)|local\s+authorit(?:y|ies)|city"
                          r"|cities|county|counties|boroughs?)"  # 'one of only three councils in Yorkshire to be rated'
                          r"\b[^.;]{0,60}?\bto\s+be\s+(?:rated|judged|graded)\s+[‘'\"“]?$", re.I)
# Before a grade: councils in general, not this one ('relatively few councils are achieving a good rating').
GRADE_OF_OTHERS = re.compile(r"(?:(?<!\blike\s)(?<!\bunlike\s)"  # not 'Like many councils, Bradford has been rated'
                             r"\b(?:few|many|most|other|some|all|\d+|\w+-\w+)\s+"
                             r"(?:other\s+|of\s+these\s+|of\s+the\s+)?(?:councils|authorities|local\s+authorities)\b"
                             # 'The remaining three-quarters were found to be inadequate or requiring improvement'
                             r"|\bthe\s+(?:remaining|other)\s+(?:\w+[- ])?(?:quarters?|thirds?|half|majority|\d+)\b"
                             # a kind of council: 'short inspections, which apply to councils previously judged good'
                             r"|\b(?:councils|authorities)\s+(?:that\s+(?:were|are|have\s+been)\s+|which\s+(?:were|are|have"
                             r"\s+been)\s+|who\s+(?:were|are)\s+)?previously\b)"
                             r"[^.;]{0,60}$", re.I)
# Before a grade: it was given to areas, not the services as a whole ("rated each area as adequate", "a number of
# areas were rated 'adequate'").
AREAS_BEFORE_GRADE = re.compile(r"\b(?:each|every|all|a\s+number\s+of|(?:the\s+)?majority\s+of|some|several|most"
                                r"|a\s+few|many|two|three|four|five)\s+"
                                r"(?:of\s+the\s+)?(?:\w+\s+)?(?:areas?|judge?ments?|aspects|categories)\b[^.;]{0,40}$",
                                re.I)
# After a grade: it was given to some areas only, not to the services as a whole ('judged good in three areas').
GRADE_IN_SOME_AREAS = re.compile(r"^[’'\"”]?\s+(?:in|for|across)\s+(?:\w+\s+){0,3}(?:areas?|categories|judge?ments?"
                                 r"|aspects|of\s+the\s+(?:\w+\s+)?(?:areas|categories|judge?ments))\b", re.I)
# A clause that speaks of a rating at all (the services' grade is read only from such a clause).
RATING_WORDS = re.compile(r"\b(?:rated|rates|rating|judged|judges|judge?ment|graded|grades?|Ofsted|inspectors?|verdict"
                          r"|deemed|branded|slammed)\b|\bin\s+(?:19|20)\d\d\s+as\s|\bfound\s+to\s"
                          r"|\btold\s+(?:that\s+)?(?:it|they)\s+(?:required|requires?)\s+improvement"
                          # 'By 2018 services had improved to requires improvement' (not 'improved to good effect')
                          rf"|{JOURNEY_STEP_GRADE.pattern}"
                          r"|\b(?:improved|moved|risen|rose|climbed|dropped|fallen|fell|slipped|upgraded|downgraded|lifted)"
                          r"\s+(?:up\s+|down\s+)?"
                          rf"(?:from\s+{_OPEN}{GRADE_WORDS}{_CLOSE}\s+)?to\s+[‘'\"“]?"
                          r"(?:requires?\s+improvement|outstanding|inadequate"
                          r"|good[’'\"”]?(?=\s*[,.;]|\s*$|\s+(?:in|by|at|after)\s))", re.I)
# The grade a council has left behind, which was its previous inspection's ('moved up from inadequate to ...',
# 'no longer rated inadequate', 'lifted out of inadequate').
GRADE_LEFT_BEHIND = re.compile(
    # 'an improvement from the 'adequate' rating' (a real council release); 'great strides from its rating as
    # "adequate"', 'the upgrade from "good"'
    # 'lifting its rating from "requires improvement" to "good"' (the trade press)
    rf"\b(?:move[sd]?|moving|improved?|improves|improving|improvement|risen|rose|climbed|climb|up|lift(?:ed|ing|s)?"
    rf"|fall(?:ing|en|s)?|fell|drop(?:ped|ping|s)?|slip(?:ped|ping|s)?|slid(?:ing|e|es)?|down"
    rf"|rais(?:ed|ing)|gone"
    rf"|strides|progress(?:ed)?|upgrade[sd]?|upgrading)\s+"
    rf"(?:\w+\s+){{0,2}}from\s+"
    rf"(?:the\s+|an?\s+|its\s+)?(?:previous\s+|last\s+|earlier\s+)?(?:(?:rating|judge?ment|grade)\s+(?:as|of)\s+)?"
    rf"{_OPEN}(?P<grade>{GRADE_WORDS})"
    rf"|\bno\s+longer\s+(?:(?:rated|judged|graded|classed)\s+(?:as\s+|to\s+be\s+)?)?{_OPEN}(?P<grade2>{GRADE_WORDS})"
    rf"|\bout\s+of\s+(?:the\s+|its\s+|their\s+|an\s+)?{_OPEN}(?P<grade3>{GRADE_WORDS})"
    # 'the latest council to shake off an inadequate rating', 'emerged from its inadequate judgement'
    rf"|\b(?:(?:shake[sn]?|shaking|shook|threw|thrown|throw|cast)\s+off|shed|sheds|shedding|escaped?|emerged?\s+from)\s+"
    rf"(?:(?:the|an?|its|their)\s+)?(?:\w+\s+){{0,2}}?{_OPEN}(?P<grade6>{GRADE_WORDS})"
    # 'from a verdict of "inadequate" to the much better "requires improvement"' (a councillor's blog)
    rf"|\bfrom\s+(?:(?:a|an|the|its)\s+)?(?:verdict|rating|judge?ment|grade)\s+of\s+{_OPEN}"
    rf"(?P<grade4>{GRADE_WORDS}){_CLOSE}\s+to\s+(?:(?:a|an|the|its)\s+)?(?:\w+\s+){{0,2}}?{_OPEN}(?:{GRADE_WORDS})"
    # words that leave a grade only when a second grade follows: 'the first ... to go from "requires improvement" to
    # "outstanding"', 'made the jump from requires improvement to be good to outstanding' (not 'children go from good
    # foster homes into adoption')
    rf"|\b(?:go|goes|going|went|jump(?:ed|s)?|leap(?:t|ed|s)?)\s+from\s+{_OPEN}(?P<grade5>{GRADE_WORDS}){_CLOSE}"
    rf"\s+to\s+{_OPEN}(?:{GRADE_WORDS})"
    # where a journey told in one sentence starts ('completing a journey | from inadequate in 2017 | through ...')
    rf"|\bfrom\s+{_OPEN}(?P<grade7>{_A_GRADE}){_CLOSE}{_IN_A_YEAR}",
    re.I)
LEFT_BEHIND_GROUPS = ("grade", "grade2", "grade3", "grade4", "grade5", "grade6", "grade7")
# A rating a story of a visit gives the council's services, which is its last full inspection's: a rating by name
# ("reinforces Ofsted's 2022 'Outstanding' rating") or the services or council rated ('Camden's services were rated
# outstanding'); not what the visit found ('Inspectors judged practice to be good').
STANDING_RATING = re.compile(r"\brating\s+of\s+[^.;]{0,40}children.s\s+(?:social\s+care\s+)?services"
                             r"|Ofsted.s\s+(?:(?:19|20)\d\d\s+)?[‘'\"“]?(?:outstanding|good|inadequate"
                             r"|requires?\s+improvement)[’'\"”]?\s+rating\b"
                             r"|\bchildren.s\s+(?:social\s+care\s+)?services\b[^.;]{0,60}\brated\b", re.I)
# What a rating in a story of a visit may be of instead of the council's services.
NOT_THE_SERVICES_RATED = re.compile(r"\b(?:homes?|fostering|adoption|schools?|nurser(?:y|ies)|self[- ]evaluation"
                                    r"|hospital|CQC|Care\s+Quality\s+Commission"
                                    # 'also judged the Board inadequate' (the safeguarding children board's review)
                                    r"|(?-i:Board)|LSCB)\b", re.I)
# A year just before a grade: "Ofsted's 2022 'Outstanding' rating".
YEAR_BEFORE_GRADE = re.compile(r"\b(?P<year>(?:19|20)\d\d)\s+[‘'\"“]?(?:outstanding|good|inadequate|requires)", re.I)
# A grade kept from the inspection before ('renewed its rating of outstanding four years after its previous full
# inspection', 'will retain its Requires Improvement judgement'): the earlier inspection had it too.
_KEEPING = r"\b(?:renew\w*|retain\w*|kept|keeps|keep|maintain\w*)\b"
_RATING_NOUN = r"(?:rating|judge?ment|grade|verdict)s?"
GRADE_KEPT = re.compile(rf"{_KEEPING}[^.;]{{0,80}}?{_RATING_NOUN}\s+(?:of|as)\s+{_OPEN}(?P<grade>{GRADE_WORDS})"
                        rf"|{_KEEPING}[^.;]{{0,60}}?{_OPEN}(?P<grade3>{GRADE_WORDS}){_CLOSE}\s+{_RATING_NOUN}"
                        # "judged 'Outstanding' by Ofsted inspectors for the second time in a row"
                        rf"|{_OPEN}(?P<grade2>{GRADE_WORDS}){_CLOSE}[^.;]{{0,60}}?\b(?:for\s+(?:the|a)\s+(?:second|third)"
                        r"\s+(?:time|consecutive)|in\s+a\s+row|once\s+again)\b"
                        # "a record third consecutive 'outstanding' Ofsted rating"
                        rf"|\b(?:second|third|fourth|fifth)\s+(?:consecutive|successive|straight)\s+{_OPEN}"
                        rf"(?P<grade6>{GRADE_WORDS}){_CLOSE}\s+(?:Ofsted\s+)?{_RATING_NOUN}"
                        # 'were once again branded inadequate by Ofsted'
                        r"|\b(?:once\s+again|again|for\s+(?:the|a)\s+second\s+time)\s+(?:been\s+)?(?:rated|judged|branded"
                        rf"|found|deemed|graded)\s+(?:as\s+|to\s+be\s+)?{_OPEN}(?P<grade4>{GRADE_WORDS})"
                        # 'While the overall judgement remains inadequate' (a council's bulletin)
                        rf"|\b{_RATING_NOUN}\s+(?:remains|remained|stays|stayed)\s+{_OPEN}(?P<grade5>{GRADE_WORDS})"
                        # 'the second inspection in a row at which the council has been judged good'
                        r"|\b(?:second|third|fourth)\s+(?:\w+\s+){0,2}in\s+a\s+row\b[^.;]{0,60}?\b(?:rated|judged|graded"
                        rf"|found)\s+(?:as\s+|to\s+be\s+)?{_OPEN}(?P<grade7>{GRADE_WORDS})",
                        re.I)
KEPT_GROUPS = ("grade", "grade2", "grade3", "grade4", "grade5", "grade6", "grade7")
# An earlier event said to share the grade of one just named ('six years after an earlier inspection in 2013 had
# reached the same verdict').
# Grades or dates paired with councils by the order of two lists ('in March 2017 and October 2017 respectively'):
# which is whose is not read, and neither is given rather than the wrong one.
RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
SAME_VERDICT = re.compile(r"\bthe\s+same\s+(?:verdict|grade|grading|judge?ment|rating|conclusion)\b", re.I)
# Words that make a counting sentence's grade the one its councils had before ('two councils previously rated
# "inadequate"', 'once rated inadequate', 'formerly judged inadequate').
# 'once again' keeps it now; 'rated inadequate since 2014' tells of the years before.
GRADE_OF_BEFORE = re.compile(r"\bpreviously|\bformerly|\bonce\b(?!\s+again)|\bsince\s+(?:19|20)\d\d\b", re.I)

# A publication date in prose: 'The inspection report had been published on 25th August 2023', 'published on
# Ofsted's website on 4 December', 'Ofsted Letter - 30 August 2024', 'the report of 15 April 2020'.
# A publication told to the month: 'The report of that inspection was published in January 2023'.
PUBLISHED_IN_A_MONTH = re.compile(r"\bpublish\w*\s+(?:[\w’']+\s+){0,3}?in\s+(?P<month>January|February|March|April|May"
                                  r"|June|July|August|September|October|November|December)\s+(?P<year>(?:19|20)\d\d)\b")
PUBLISHED_IN_PROSE = re.compile(
    # 'The letter, dated 31 October 2023', 'The letter was published last Wednesday, 14 December'
    r"(?:publish\w*(?:\s+[\w’'()]+){0,8}?\s+on|publish\w*\s+last\s+\w+day,|(?:letter|report),?\s+(?:dated|of)"
    r"|(?i:Ofsted\s+letter|Ofsted\s+report)\s*[-–]"
    r"|publication\s+date\s*:?)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?\(?"
    r"(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?(?:,?\s+\d{4})?"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}"
    r"(?:st|nd|rd|th)?\b(?:,?\s+\d{4})?)",  # (not 'April 20' of 'report of April 2019')
    re.I,
)
ACTION_PLAN_DUE = re.compile(
    r"(?:action\s+plan\b|post-inspection\s+(?:action\s+)?plan\b|written\s+plan\b|statement\s+of\s+(?:proposed\s+)?action"
    r"|improvement\s+plan\b(?=[^.]{0,120}Ofsted)"
    # 'Officers confirmed that an improvement plan would be submitted by 21st November' (minutes on a report)
    r"|(?<!school\s)improvement\s+plan\s+(?:would|will|must|should|is\s+to)\s+be\s+(?:submitted|sent)\b"
    r"(?!\s+to\s+(?!Ofsted\b)))"
    r"(?:[^.]|\.(?=\S)){0,200}?"
    r"(?:no\s+later\s+than|by|before|due(?:\s+by|\s+on)?|deadline\s+of)\s+(?:\w+day,?\s+)?\(?"
    r"(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\.?(?:,?\s+\d{4})?|(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\s+\d{1,2}(?!\d)(?:st|nd|rd|th)?(?:,?\s+\d{4})?)",
    re.I | re.S,
)
FOCUS_IN_PROSE = re.compile(
    r"(?:reviewed|looked\s+at|looking\s+at|to\s+look\s+at|focus(?:ed|ing)?\s+(?:solely\s+|mainly\s+)?on|evaluated"
    r"|considered|examined"
    r"|explored)\s+(?:the\s+)?(?:progress\s+(?:made\s+)?in\s+)?"
    r"(?:(?:the\s+)?(?:local\s+authority.s\s+)?(?:arrangements|services|support|response)\s+for\s+)?"
    r"(?:(?P<count>two|three|four|five|six|\d)\s+(?:key\s+)?(?:areas?|themes?)\s*[;:,]?\s*(?:of\s+)?)?(?P<list>[^.]{4,400})",
    re.I,
)
# Where a list of what a visit looked at divides: 'A; B', 'A, and the B', 'A, and then looked in depth at B' (a JTAI's
# front door and deep dive), 'A - the "front door" - and, in depth, at B'.
# 'the experiences of children in care, and in particular at how well ..., how it ... and whether ...': what follows
# is the list of what the visit looked at.
FOCUS_PARTICULARS = re.compile(r",?\s+(?:and\s+)?(?:in\s+particular|particularly|with\s+a\s+(?:particular\s+)?focus)"
                               r"\s+(?:at|on)?\s*", re.I)
FOCUS_SPLITS = [
    re.compile(r"\s*;\s*(?:and\s+)?"),
    re.compile(r",?\s+and\s+(?:then\s+)?(?:(?:looked|looking)\s+)?(?:,\s*)?in\s+depth,?\s+at\s+|,?\s+and,\s+in\s+depth,\s+at\s+"),
    re.compile(r",\s+and\s+(?=the\s|how\s|whether\s|its\s|their\s)|\s+and\s+on\s+"),
    re.compile(r",\s+(?:and\s+)?|\s+and\s+(?=the\s|how\s|whether\s|ensuring\s)"),
]
# Where it stops: 'and did not include a deep dive'.
FOCUS_STOP = re.compile(r",?\s+and\s+(?:did|does|was|were|had|has|is|are)\s+not\b|\s+but\s+", re.I)

# What introduces a list of what must improve (seen: 'Two formal recommended areas for development were made',
# 'Ofsted said Bury must improve:', 'Inspectors asked the council to improve:', 'highlighted two areas to
# strengthen:', 'areas where further work is needed:', 'the following areas for improvement:').
IMPROVEMENT_LEAD = re.compile(
    r"recommend\w*|areas?\s+(?:for|of)\s+(?:further\s+)?(?:development|improvement|priority\s+action)"
    r"|need(?:s|ed)?\s+to\s+(?:improve|be\s+improved|strengthen)|what\s+needs\s+to\s+improve"
    r"|improvements?\s+(?:are\s+)?(?:needed|required)|must\s+(?:now\s+)?improve|(?:asked|told|urged)\s+(?:the\s+)?"
    r"(?:council|authority|it|them|leaders)\s+to\s+improve|areas?\s+to\s+(?:strengthen|improve|develop|work\s+on)"
    r"|areas?\s+where\s+(?:further\s+)?(?:work|improvement|progress)\s+is\s+(?:needed|required)"
    r"|areas?\s+where\s+(?:progress|practice)\s+(?:was|is|were|are)\s+not\s+(?:yet\s+)?(?:consistent|good|strong)"
    r"|(?:should|could)\s+(?:be\s+)?improve[ds]?\s*:|to\s+improve\s*:",
    re.I,
)
# A committee report's own recommendation, not Ofsted's ('2.1 That the Committee notes the findings ...').
COUNCIL_RESOLUTION = re.compile(r"^(?:\d+(?:\.\d+)*\s+)?(?:That|to)\s+(?:the\s+)?"
                                r"(?:Committee|Cabinet|Council|Board|Panel"
                                r"|Members|Sub-Committee|Commission|Executive)\b", re.I)
# How many items a lead announces: 'two areas for improvement', 'one area to strengthen'.
ANNOUNCED_COUNT = re.compile(r"\b(?P<count>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:formal\s+)?"
                             r"(?:recommended\s+)?(?:areas?|recommendations?|things|priorities|points)\b", re.I)
# Inspectors named in minutes and news: 'The visit had been carried out by Helen Rawlings, His Majesty's Inspector,
# and Peter Collins, ...', 'The inspection team of six inspectors was led by Karen Wareham, His Majesty's
# Inspector', 'the lead inspector, Sarah Jones,'. Names keep their capitals; the words around them any case.
_PERSON = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}"
_POSTNOMINAL = (r"(?:,?\s+(?:(?:His|Her)\s+Majesty.s\s+Inspectors?|HMI|\(HMI\)|Ofsted\s+[Ii]nspector"
                r"|Social\s+Care\s+Regulatory\s+Inspector))?")
_NAME_LIST = rf"{_PERSON}{_POSTNOMINAL}(?:(?:,\s+(?:and\s+|with\s+)?|\s+and\s+|\s+with\s+){_PERSON}{_POSTNOMINAL})*"
INSPECTORS_IN_PROSE = re.compile(
    rf"(?i:(?:carried\s+out|undertaken|conducted)\s+by)\s+(?P<names>{_NAME_LIST})"
    rf"|(?i:\bled\s+by)\s+(?P<led>{_NAME_LIST})"
    rf"|(?i:\blead\s+inspector),?\s+(?P<lead>{_PERSON})"
    rf"|(?P<lead2>{_PERSON}),\s+(?i:the\s+lead\s+inspector)")

# Themes focused and monitoring visits look at, used to separate a list that lost a comma (seed 000:
# "... permanent placements scrutiny and challenge").
FOCUS_THEMES = [
    "scrutiny and challenge", "recording of decision making", "decision making", "management oversight",
    "supervision", "care leavers", "children in care", "permanence", "front door", "children in need",
    "child protection", "exploitation", "missing", "disabled children", "private fostering", "pre-proceedings",
    "early help", "quality assurance", "workforce", "placement sufficiency", "sufficiency", "corporate parenting",
    "regulated homes", "unregistered", "care planning", "assessment", "multi-agency",
]
