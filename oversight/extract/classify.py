"""Which genre a document is: report, Ofsted letter, minutes, press release, news, or other."""

from __future__ import annotations

import re
from dataclasses import dataclass

from oversight.extract.shared import genres, page_genres

FRONT = 2500  # letters name themselves near the top


@dataclass(frozen=True)
class Classification:
    document_type: str
    reason: str
    scores: dict[str, int]
    other_subject: str | None = None  # for `other`: what the document is about instead ('school', ...)


HEADLINE = 800  # the heading and first lines, where a document says what it is about


def other_subject(text: str) -> str | None:
    """A school, home, nursery or SEND partnership named as the subject in the opening lines, before any sign
    of a council's children's services being inspected."""
    head = text[:HEADLINE]
    # (or a visit to the council told by what its inspectors did: 'Inspectors spent two days in March looking at how
    # well Staffordshire County Council protects children', before 'every secondary school')
    cues = (page_genres.COUNCIL_SERVICES_CUE.search(head), genres.TWO_INSPECTORS_VISITED.search(head))
    council = min((m for m in cues if m), key=lambda m: m.start(), default=None)
    # (not a word of someone's title: 'Lead Member for Education and Inclusion, Special Educational Needs and
    # Disability')
    found = [(match.start(), name) for name, pattern in page_genres.OTHER_SUBJECT_HEADINGS
             for match in [next((m for m in pattern.finditer(head) if not _IN_A_TITLE.search(head, 0, m.start())),
                                None)] if match]
    if not found:
        return None
    position, name = min(found)
    if council is not None and council.start() < position:
        return None
    return name


# A councillor's portfolio just before the words ('Lead Member for Education and Inclusion, Special Educational Needs
# and Disability'); an officer's title is not, for the pages about a service name its head ('Head of Youth Offending').
_IN_A_TITLE = re.compile(r"\b(?:Member|Portfolio|Holder)\s+(?:for|of)\b[^.\n()]{0,60}$", re.I)


def _score(text: str, cues: list) -> int:  # type: ignore[type-arg]
    return sum(weight for weight, pattern in cues if pattern.search(text))


def classify(text: str) -> Classification:
    """Classify a document that is not a full inspection report (reports are recognised by their title first)."""
    front = text[:FRONT]
    scores = {
        "council_minutes": _score(text, page_genres.MINUTES),
        "press_release": _score(text, page_genres.PRESS_RELEASE),
        "news_article": _score(text, page_genres.NEWS),
    }
    secondary_best = max(scores.values())
    # what the opening lines name as the subject comes first: Ofsted's letters about a children's home or a
    # fostering service read like its letters about a council's children's services
    subject = other_subject(text)
    if subject is not None:
        article = "an" if subject[:1] in "aeiou" else "a"
        return Classification("other", f"about {article} {subject}, not a council's children's social care", scores,
                              subject)
    # a salutation or a sign-off: a letter cut off before its end still opens with "Dear ..."
    letter_form = any(p.search(text) for p in page_genres.LETTER_FORM[:2])
    for kind, cues in page_genres.LETTER_KINDS.items():
        cue = next((found for pattern in cues if (found := pattern.search(front))), None)
        # minutes or a committee's paper with the letter appended stay minutes (their business is the page's); a
        # story that says the letter follows ('We reproduce most of it here') prints the letter
        if cue is None or (secondary_best >= 3 and not page_genres.LETTER_PRINTED_HERE.search(text, 0, cue.start())):
            continue
        if letter_form:
            return Classification(kind, f"an Ofsted letter ({kind.replace('_', ' ')})", scores)
        printed = page_genres.LETTER_PRINTED_HERE.search(front)
        # (the page's title may repeat the letter's heading above words that say the letter follows: 'The findings
        # are set out in the letter below. | Focused visit to Cambridgeshire children's services')
        if page_genres.LETTER_IN_FULL.search(text, 0, cue.start()) or printed is not None and any(
                pattern.search(front, printed.end()) for pattern in cues):
            return Classification(kind, f"an Ofsted letter ({kind.replace('_', ' ')}) printed in full under a "
                                        f"short introduction", scores)
    if not page_genres.INSPECTION_TOPIC.search(text):
        return Classification("other", "says nothing about an inspection", scores)
    other_nation = page_genres.OTHER_NATIONS_INSPECTORATE.search(text)
    if other_nation is not None and not page_genres.OFSTED_NAMED.search(text):
        return Classification("other", f"an inspection by another nation's inspectorate ({other_nation.group()}), "
                                       f"not Ofsted's", scores, "another nation's inspection")
    if not page_genres.SOCIAL_CARE_TOPIC.search(text) and not any(
            p.search(text) for cues in page_genres.LETTER_KINDS.values() for p in cues):
        return Classification("other", "not about children's social care", scores)
    if secondary_best == 0:
        return Classification("news_article", "an account of an inspection with no marks of minutes or a council "
                                              "release: read as news", scores)
    # on a tie, news only where a byline or an outlet says so; a council's own page has neither
    bylined = any(pattern.search(text) for weight, pattern in page_genres.NEWS[:2])
    best = max(scores, key=lambda k: (scores[k], k == ("news_article" if bylined else "press_release")))
    return Classification(best, f"scored as {best.replace('_', ' ')}", scores)
