"""Where a sentence is cut into clauses, and whether a clause tells of the past or of what is to come: the words
that decide it, kept as data (read by prose.py). Each pattern names the real phrasing it was written for."""

from __future__ import annotations

import re

# A clause that tells of an earlier event rather than the one the document is about.
PAST_MARKERS = re.compile(
    r"\b(?:last|previous|prior|earlier)\s+(?:full\s+|ILACS\s+|standard\s+|Ofsted\s+|SIF\s+|graded\s+|monitoring\s+"
    r"|focused\s+)?"
    r"(?:inspection|visit|rating|judge?ment|grade)"
    r"|\b(?:was|were|had\s+been|been)\s+last\s+(?:judged|rated|inspected|graded|the\s+subject\s+of)"
    r"|\blast\s+inspected\b"
    # 'The Panel will recall that an inspection ... in January 2013 judged them to be inadequate'
    r"|\b(?:will|may|might|should)\s+recall\b|\b(?:members|the\s+(?:panel|committee|board))\s+(?:will\s+)?(?:recall|remember)"
    r"|\bas\s+(?:members|the\s+(?:panel|committee|board))\s+(?:will\s+)?(?:know|recall|remember)\b"
    # 'The result follows a good rating for children's services in Richmond upon Thames' (not 'follows an inspection
    # in March', the story's own)
    r"|\b(?:follows|followed|comes\s+after|came\s+after)\s+(?:an?|the|its|their)\s+[‘'\"“]?(?:outstanding|good|inadequate"
    r"|requires?\s+improvement)[’'\"”]?\s+(?:rating|judge?ment|grade|verdict)\b"
    # a visit or inspection told in the past perfect went before the story's own ('A focused visit in July last year
    # had raised similar concerns')
    # (with its own time: not 'and that the re-inspection had found that services now require improvement')
    r"|\b(?:visit|inspection)\s+(?:in|on|during|last)\b[^.;]{0,40}\bhad\s+(?:raised|found|identified|highlighted"
    r"|shown|noted|praised|criticised|flagged)\b"
    r"|\blast\s+(?:faced|had|received|underwent)\s+(?:a|an|its)\s+(?:full\s+)?inspection"
    r"|(?<!first\stime\s)(?<!visit\s)\bsince\s+(?:its|their|our|the|it\s+was|we\s+were|being|they\s+were|services\s+were)\b"
    # (not 'a couple of months ago', 'a few months ago': often when the inspection a story reports took place)
    r"|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|\d{1,2})"
    r"(?:\s+and\s+a\s+half)?\s+(?:years?|months?)(?:\s+and\s+a\s+half)?\s+ago\b"
    r"|\b(?:outstanding|good|inadequate|requires?\s+improvement)\s+rating\s+in\s+(?:19|20)\d\d"
    r"|\bwhen\s+(?:it|we|they|the\s+council|services|children.s\s+services)\s+(?:was|were|had\s+been)\s+(?:rated|judged|graded)"
    r"|\bfollowing\s+(?:an?|the|its)\s+[‘'\"“]?(?:inadequate|requires\s+improvement)[’'\"”]?\s+(?:judge?ment|rating)"
    r"|\b(?:judged|rated|graded)\s+(?:to\s+be\s+|as\s+)?[‘'\"“]?(?:inadequate|good|outstanding|requires?\s+improvement)"
    r"[’'\"”]?\s+(?:in|at|between)\s+(?:\w+\s+)?(?:19|20)\d\d"
    r"|\b(?:a|an|the|its)\s+(?:focused|monitoring)\s+visit\s+(?:last|in)\s+(?:year|(?:\w+\s+)?(?:19|20)\d\d)"
    # 'Bexley's children's services were rated good by Ofsted last year'
    r"|\b(?:judged|rated|graded|inspected)\b[^.;]{0,60}?\blast\s+year\b"
    r"|\bthe\s+former\b|\bbuilds?\s+on\b"
    # a heading over the council's record: '2. Our inspection history', 'Previous inspections'
    r"|\binspection\s+history\b|\bhistory\s+of\s+(?:Ofsted\s+)?inspections?\b|^\s*previous\s+inspections\b"
    # '... following the single inspection carried out in March and April 2015. | At that inspection the Surrey
    # Safeguarding Children Board was judged to require improvement.'
    r"|^\s*(?:At|In|During|After|Following)\s+(?:that|the\s+same)\s+(?:inspection|visit|time)\b"
    # "the previous 'adequate' rating awarded to the council in 2012"
    r"|\b(?:previous|last|earlier|former)\s+[‘'\"“]?(?:outstanding|good|inadequate|requires?\s+improvement|adequate)"
    r"[’'\"”]?\s+(?:rated\s+inspection|rating|judge?ment|grade)"  # "since Camden's last 'Outstanding' rated inspection"
    # 'Previously, it was branded inadequate' (not 'young people who were previously looked after')
    r"|^\s*previously\b|\b(?:was|were|had\s+been)\s+previously\s+(?:rated|judged|graded|branded|found)\b"
    # '... drop to "requires improvement" | after being rated good'
    r"|^\s*after\s+(?:being|having\s+been)\s+(?:rated|judged|graded)\b"
    # 'only one authority in the West Midlands, Staffordshire, had a "good" rating': a standing rating, earlier
    r"|\bhad\s+(?:an?\s+|its\s+)?[‘'\"“]?(?:outstanding|good|inadequate|requires?\s+improvement|adequate)[’'\"”]?"
    r"\s+(?:rating|judge?ment|grade)"
    r"|^\s*(?:\w+\s+){1,2}(?:years?|months?)\s+after\b"  # '..., | two years after services were found inadequate'
    r"|\bthe\s+same\s+\w+\s+as\s+(?:in\s+)?(?:19|20)\d\d"  # "'requires improvement', the same grading as 2019"
    # 'It comes after the council's service was rated "good but requires improvement ..." in its latest inspection'
    r"|\b(?:it|this|the\s+\w+)\s+comes\s+(?:(?:a|an|one|two|three|four|five|six|\d{1,2})\s+(?:years?|months?)\s+)?after\b"
    r"|\b(?:years?|months?)\s+after\s+(?:a|an|its|their|the)\s+(?:similar|previous|last|earlier)\b"
    # 'since 2018 when services were found to Require Improvement' (a clause of its own: see CLAUSE_BREAKS)
    r"|^\s*since\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?"
    r"(?:19|20)\d\d\b"
    # 'rated inadequate for the last eight years', 'for over a decade ... were rated inadequate'
    r"|\bfor\s+(?:the\s+)?(?:last|past|over|more\s+than|nearly|almost)\s+(?:a\s+|\w+\s+)?(?:years?|decades?)\b"
    # 'Council rated inadequate for seven years finally lifted off bottom grade'
    r"|\b(?:rated|judged|graded)\s+[‘'\"“]?(?:inadequate|requires?\s+improvement|good|outstanding)[’'\"”]?\s+for\s+"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years\b",
    re.I,
)
# A clause about what is still to come ('a full inspection is expected later this year', 'ahead of a full
# re-inspection'): neither the event the document reports nor an earlier one.
FUTURE_MARKERS = re.compile(
    r"\b(?:is|are)\s+(?:expected|due|planned|scheduled)\s+(?:to|for|in|later|next|this)\b|\bwill\s+(?:be\s+)?(?:carry|carried|take|inspect|return|visit)"
    r"|\bahead\s+of\b|\blater\s+(?:this|in\s+the|next)\s+year\b"
    r"|\bnext\s+(?:full\s+)?(?:Ofsted\s+)?(?:(?:ILACS|full|standard|short)\s+)?(?:inspection|visit|year)\b"
    r"|\b(?:was|were)\s+(?:expected|due|planned|scheduled)\s+(?:to|for|in|later|next|this)\b"
    r"|\bwill\s+be\s+(?:judged|rated|graded|found)\b"  # 'if we continue ..., we will be judged good'
    # 'Council leaders said they expected to retain at least a good grade'
    r"|\bexpect(?:s|ed|ing)?\s+to\s+(?:retain|keep|get|achieve|be\s+(?:rated|judged|graded)|receive)\b"
    # 'whether the Council was ready for inspection'
    r"|\bready\s+for\s+(?:an?\s+|the\s+|its\s+)?(?:next\s+)?(?:Ofsted\s+)?inspection\b"
    r"|\bupcoming\b|\bforthcoming\b|\bfurther\s+monitoring\s+visit\b|\b(?:re)?scheduled\s+for\b"
    # what the event or the inspectors will do, not what anything else will ('recognises these changes will take time')
    r"|\b(?:inspections?|visits?|inspectors?|Ofsted|inspectorate|it|they)\b[^.;]{0,40}?\bwill\s+(?!have\b)\w+",
    re.I,
)
# Where a clause boundary separates what is said of two events in one sentence. A clause after ', which' or
# ', when' says more of what the clause before it was about.
CLAUSE_BREAKS = re.compile(r";\s+|,?\s+and\s+(?=its\s|their\s|the\s+most\s+recent)"
                           # 'rated good by Ofsted, | in a dramatic turnaround from the findings of an inspection four
                           # years ago': what the grade is set against is another time's
                           r"|,\s+(?=(?:in\s+)?an?\s+(?:[\w-]+\s+)?(?:turnaround|transformation|change|improvement"
                           r"|step\s+up|recovery|reversal)\s+(?:from|since|on)\b)"
                           # (not 'Cumberland has since been judged ...': an adverb)
                           # (nor 'This is the first time since the council's services were first inspected ...
                           # that Warrington has been judged good': the grade is the new one)
                           # (nor 'Ofsted's first monitoring visit since the inspection, which took place on 5 and 6
                           # November': the visit's own words, where the inspection is not dated)
                           r"|(?<!\bhas)(?<!\bhave)(?<!\bhad)(?<!\bfirst\stime)"
                           r"(?!(?<=\bvisit)\s+since\s+(?:the|its)\s+(?:\w+\s+)?(?:inspection|judge?ment)(?!\s+(?:in|of|on)\s))"
                           r",?\s+(?=since\s)"
                           # a journey told in one sentence, each step with its own time: 'climbed to requires
                           # improvement in 2022 | and then to good in February 2024'
                           r"|(?<=\d\d\d\d),?\s+(?:and\s+)?(?=then\s+(?:(?:up\s+|on\s+)?to|rose|climbed|improved|moved"
                           r"|went|was|were|jumped|fell|dropped|slipped)\b)"
                           # 'inspected over two weeks in January and rated inadequate, | then visited again by Ofsted
                           # in June for the first in a series of monitoring visits'
                           r"|,\s+(?:and\s+)?(?=then\s+(?:visited|inspected|returned|came\s+back|saw)\b)"
                           # 'gone from inadequate in 2017 | through requires improvement in 2021 | to good this
                           # spring'; 'judged good by Ofsted, completing a journey | from inadequate in 2017 | ...'
                           r"|\s+(?=from\s+[‘'\"“]?(?:requires?\s+improvement|outstanding|inadequate|good)[’'\"”]?\s+in\s+"
                           r"(?:\w+\s+)?(?:19|20)\d\d\b)"
                           r"|(?<=\d\d\d\d),?\s+(?=(?:through|via|to)\s+[‘'\"“]?(?:requires?\s+improvement|outstanding"
                           r"|inadequate|good)\b)"
                           # '... the visit had taken place in January 2019 | and the next visit from Ofsted would be'
                           r"|,?\s+and\s+(?=the\s+next\s+(?:\w+\s+)?(?:visit|inspection)\b)"
                           # '..., when the council was found to require improvement, | and follows a 2022 focused
                           # visit'
                           r"|,\s+and\s+(?=(?:follows|followed|comes|came)\s)"
                           # '... judged good at its last inspection in 2019, | and the Council's ambition was ...'
                           r"|,\s+and\s+(?=(?:the\s+[Cc]ouncil['’]s|its|their|our)\s+(?:\w+\s+)?(?:ambition|aim|goal|target"
                           r"|hope|aspiration)\b)"
                           # 'no longer rated inadequate | - the verdict given to the old county council in 2020'
                           r"|\s+[-–—]\s+(?=the\s+(?:verdict|rating|grade|judge?ment)\s+(?:given|awarded|handed)\b)"
                           # 'climbed to "requires improvement to be good" at its 2022 inspection, | having been rated
                           # inadequate in 2019'
                           r"|,\s+(?=having\s+(?:previously\s+|earlier\s+)?been\s+(?:rated|judged|graded|found|branded)\b)"
                           # '... rated the council's children's services adequate overall, | and an unannounced
                           # inspection of contact and referral arrangements in 2010 had identified ...'
                           # (not '..., and the first visit was held on ...', which goes on about the visits named)
                           r"|,\s+and\s+(?=(?:an?|the|its)\s+(?:\w+\s+){0,2}inspection\b)"
                           # 'had also been judged good at its previous inspection in 2019, | and that this was the
                           # first time any judgement had been graded outstanding': two things reported
                           r"|,\s+and\s+(?=that\s)"
                           # 'judged services as requiring improvement to be good overall, | lifting the council out of
                           # the inadequate rating it received at its previous inspection in 2018'
                           r"|,\s+(?=(?:lifting|taking|moving|bringing|raising|pulling|hauling)\s+(?:the\s+council|the\s+authority"
                           r"|it|them|services|the\s+service|the\s+borough|the\s+county)\s+out\s+of\b)"
                           # 'rated good overall | – the same grade it received at its previous inspection in 2019 |
                           # – and good for help and protection': an aside between dashes tells of the past
                           r"|\s+[–—-]\s+(?=the\s+same\s+(?:grade|rating|judge?ment)\b)"
                           r"|(?<=\d\d\d\d)\s+[–—-]\s+(?=and\s)"
                           # 'rated good across the board, | completing a turnaround that began when ... inadequate'
                           r"|,\s+(?=completing\s+(?:a|an|the|its)\s+(?:\w+\s+)?(?:turnaround|journey|recovery|transformation)\b)"
                           # '... was rated inadequate at the start of this year, | and the inspectors who came back'
                           r"|,\s+and\s+(?=(?:the\s+)?inspectors\s+who\b)"
                           # 'It is the first time Coventry has been rated good: | it was found inadequate ... in 2014'
                           r"|:\s+(?=(?:it|they|the\s+council|services|its\s+services)\s+(?:was|were|had)\b)"
                           # '... has been judged good, following the 2018 inspection, | and it is a long way from 2014'
                           # ('... found widespread and serious failures, | and the council has since received a
                           # series of monitoring visits')
                           r"|,\s+and\s+(?=(?:it|this|that|they|the\s+(?:council|authority|borough|county))\s+"
                           r"(?:is|was|are|were|has|had)\b)"
                           # '... the last inspection of 22 February to 16 March 2016 ... | and that the recent
                           # inspection of 4 to 22 November 2019 ...'
                           r"|,?\s+and\s+(?=that\s+the\s+(?:recent|latest|new|most\s+recent)\s)"
                           # '... had been judged inadequate in 2015, | and that the re-inspection had found ...'
                           r"|,?\s+and\s+(?=that\s+(?:the|its|this)\s+(?:\w+\s+)?(?:re-?inspection|inspection|visit)\b)"
                           # ', which', ', when', ', whose'; and a grade told beside a name, up to its year:
                           # 'At Tameside, | rated inadequate in 2016, | inspectors carrying out a monitoring visit ...'
                           r"|,\s+(?P<relative>(?=which\s(?!focus)|when\s|whose\s|where\s|(?:rated|judged|graded)\s+[^,.;]{0,40}?"
                           # (or up to the sentence's end: '... and with Blackpool, | judged Requires improvement in
                           # March 2024.')
                           r"\bin\s+(?:\w+\s+)?(?:19|20)\d\d\s*(?:,|\.(?:\s|$))"
                           # 'Birmingham, | judged inadequate repeatedly for more than a decade, | was rated ...'
                           r"|(?:rated|judged|graded)\s+(?:(?!since\b)[^,.;]){0,60},\s+(?:was|were|has|had|is)\s))|,?\s+but\s+|,\s+(?=as\s+(?:the|it|they|we|its)\s)"
                           r"|,\s+(?=while\s|whilst\s)"  # 'Leeds ... rated outstanding, while Calderdale ... good'
                           # 'Hackney climbs out of "inadequate" | as Telford keeps outstanding rating' (a headline)
                           r"|\s+(?=as\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){0,3}\s+(?:keeps|retains|slips"
                           r"|climbs|falls|drops|rises|moves|improves|stays|remains|gets|is\s+rated|earns|wins)\b)"
                           # '... services were judged to require improvement, | and in 2012 the council's own
                           # services were rated inadequate'; '... in 2019 and again in 2022, | and were rated
                           # inadequate in 2016'
                           r"|,\s+and\s+(?=in\s+(?:\w+\s+)?(?:19|20)\d\d\b|(?:was|were|had\s+been)\s+(?:rated|judged|graded)\b)"
                           # '... retained the outstanding rating it first received in 2019, | with inspectors rating it
                           # outstanding in all five judgement areas after a short inspection in June'
                           r"|,\s+(?=with\s+(?:inspectors|Ofsted)\s+(?:rating|judging|grading|finding)\b)"
                           # 'Five boroughs are currently rated outstanding, | and only one, Lambeth, is inadequate'
                           # ('... three Require Improvement | and one, Norfolk, was judged ...')
                           r"|,?\s+and\s+(?=(?:only\s+)?(?:one|two|three|four|five|\d+)\s*,\s*(?-i:[A-Z]))"
                           # '... were yet to be inspected at the time, | although Cumberland has since been judged ...'
                           r"|,\s+(?=(?:although|though|whereas)\s+(?-i:[A-Z]))"
                           # 'rated good by Ofsted, | up from requires improvement at the last inspection' (it goes
                           # on from the clause before, in its time: 'rated good in 2017, | up from adequate in 2013')
                           r"|,\s+(?P<onwards>(?=(?:up|down)\s+from\s"
                           # '..., falling from the "good" rating the council received in 2019'
                           r"|(?:falling|dropping|slipping|sliding|rising|climbing|improving|moving)\s+(?:\w+\s+)?from\s"

                           # 'rated good by inspectors, | an improvement on the last full inspection'
                           r"|(?:an?|the)\s+(?:\w+\s+)?(?:improvement|step\s+up|rise|fall|decline|drop)\s+(?:on|from)\s))"
                           # 'inspected between 16 and 27 May, | after a focused visit in November 2020'
                           r"|,\s+(?=(?:after|following)\s+(?:a|an|its|their)\s+(?:\w+\s+)?(?:focused|monitoring)\s+visit"
                           r"|(?:after|following)\s+(?:a|an|its|their)\s+(?:JTAI|joint\s+targeted))"
                           # 'Lambeth Council, which had been given Ofsted's lowest judgment in 2015, | is now rated as
                           # "requires improvement"': the sentence's own verb ends the clause that began with ', which'
                           # ('The first monitoring visit since the inadequate rating | took place on 3 and 4
                           # September')
                           # ('Ofsted's second monitoring visit since the council was judged inadequate | took place on
                           # 5 and 6 September')
                           r"|(?:,\s+|(?:(?<=\d\d\d\d)|(?<=rating)|(?<=judgement)|(?<=judgment)|(?<=inadequate)"
                           r"|(?<=improvement)|(?<=outstanding)|(?<=good))\s+"
                           r"(?=took\s+place|was\s+(?:held|carried\s+out)\b))"
                           # ('Middlesbrough Council, whose children's services were rated inadequate in January
                           # 2020, | received its fifth monitoring visit from inspectors on September 6 and 7')
                           r"(?P<resumes>(?=(?:is|are|has|have)\s+now\b|took\s+place|was\s+(?:held|carried\s+out)\b"
                           r"|(?<=\d\d\d\d,\s)(?:received|has\s+received|had)\s+(?:its|a|an|the)\s))"
                           # 'the fourth monitoring visit since the council was judged inadequate in July 2022 | took
                           # place on 6 and 7 February': the sentence's own verb after a 'since' that ends in a year
                           # 'judged Good by Ofsted, | two years after the services were found to be Inadequate'
                           r"|,\s+(?=(?:\w+\s+){1,2}(?:years?|months?)\s+after\s)"
                           # "... an overall rating of 'requires improvement to be good', | the same grading as 2019",
                           # '..., | the same rating as its previous inspection report published in March 2020'
                           r"|,\s+(?=the\s+same\s+\w+\s+as\s)"
                           # 'officials will debate how to improve ..., | after Ofsted rated them RI'
                           r"|,\s+(?=after\s+(?:Ofsted|inspectors|the\s+inspectorate)\s)"
                           # "judged outstanding by Ofsted | - going one better than its last inspection"
                           r"|\s+(?=[-–—]\s+(?:going|moving|rising|climbing|improving|falling|dropping)\b)"
                           # "Hackney children's services drop to 'requires improvement' | after being rated good"
                           # (only after a grade: not 'moved out of intervention in 2017 after being judged ...')
                           r"|(?:(?<=improvement)|(?<=outstanding)|(?<=inadequate)|(?<=good)|(?<=[’'\"”]))"
                           r",?\s+(?=after\s+(?:being|having\s+been)\s+(?:rated|judged|graded)\b)"
                           # "renewed its rating of 'outstanding' | four years after its previous full inspection",
                           # "The 'good' judgement comes | less than two years after a similar inspection rated ..."
                           r"|\s+(?=(?:\w+\s+){1,3}(?:years?|months?)\s+after\s+(?:a|an|its|their|the)\s+"
                           r"(?:similar|previous|last|earlier)\b)"
                           # "... after an inspection in September | - a significant improvement from the previous
                           # 'adequate' rating awarded in 2012"
                           r"|\s+(?=[-–—]\s+(?:a|an)\s+(?:\w+\s+){0,2}(?:improvement|step(?:\s+(?:up|down))?|rise|change|fall)\s+from\s)"
                           # "... their second monitoring visit | following the 'Inadequate' judgement in December 2023"
                           r"|\s+(?=following\s+(?:an?|the|its)\s+[‘'\"“]?(?i:inadequate|requires?\s+improvement|good"
                           r"|outstanding)[’'\"”]?\s+(?:judge?ment|rating|grade)\b)"
                           # '..., which was rated inadequate in November 2016, Ofsted inspectors said ...'
                           # '"... since the last inspection in 2015, which judged them inadequate," | states Ofsted in
                           # its inspection report following their visit in June and July'
                           r"|,[\"”’']?\s+(?=(?:Ofsted|[Ii]nspectors|[Tt]he\s+inspectorate)\s+(?:\w+\s+){0,8}?"
                           r"(?:said|found|says|finds|states|stated|reported|concluded|praised|noted|highlighted"
                           r"|criticised)\b"
                           r"|(?:states|stated|said|says|reported)\s+(?:Ofsted|inspectors|the\s+inspectorate)\b)")
