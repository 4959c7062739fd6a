"""Finding the councils a piece of prose names, with offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

from oversight.reference import vocabulary
from oversight.reference.authorities import Authority, AuthorityRegistry

POSTCODE = re.compile(r",?\s+[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b")
MEDIA_OUTLET = re.compile(r"\b(?:BBC|ITV|Radio|Evening|Echo|Gazette|Chronicle)\b[^.\n]*$")
# A place name that begins the name of another body: 'Northamptonshire Children's Trust' (which serves two councils),
# 'Slough Children First', 'Leeds Safeguarding Children Partnership', 'Hull University Teaching Hospitals', 'Isle of
# Wight schools'; a newspaper: 'Manchester Evening News', 'Birmingham Mail', 'Bristol Post', 'Wiltshire Times'.
OTHER_BODY = re.compile(
    # ('Devon and Cornwall Police', 'NHS Devon CCG', 'Devon Integrated Care Board', 'Bedfordshire, Luton and Milton
    # Keynes Integrated Care Board')
    # ('the Leicestershire and Rutland Local Safeguarding Children Board')
    r"(?:\s+and\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=\s+(?:Police|Constabulary|Fire|Integrated\s+Care|Clinical"
    r"\s+Commissioning|ICB|CCG|NHS|(?:Local\s+)?Safeguarding\s+(?:Children|Partnership|Board))\b))?"
    r"(?:\s+Local(?=\s+Safeguarding))?"
    r"\s+(?:CCG|ICB|Telegraph|Gazette|Chronicle|Herald|Live|Advertiser|Observer|Mercury|Argus|Sentinel|Evening\s+Post"
    r"|Echo|Courier|(?-i:Evening\s+News|Mail|Times|Star|Online|Journal|Examiner|Post|FC)|Football\s+Club"
    r"|Children.s\s+(?:Services\s+)?Trust|Children\s+First|Safeguarding\s+(?:Children|Partnership|Board)"
    r"|Police|Constabulary|NHS|Clinical\s+Commissioning|Integrated\s+Care|Fire|College|University|Hospitals?"
    r"|Teaching\s+Hospitals|Academy|Schools?|Youth\s+(?:Offending|Justice)|Foundation\s+Trust|Health(?:care)?\s+Trust)\b",
    re.I)
_NHS_BEFORE = re.compile(r"\bNHS\s+$")  # 'NHS Devon CCG'
# Before a place name: a member of parliament's seat ('Jo Example MP (Stockport South)'), not the council.
_SEAT_BEFORE = re.compile(r"\bMP\s*\(\s*$")
# After a place name: the name of a street or a building, not of the council ('York Villas', 'Derby Road'). Only
# words that are not also verbs or adjectives of a headline in title case ('Stockport Close To Good Rating').
STREET_OR_BUILDING = re.compile(r"[ \t]+(?:Villas|Road|Street|Lane|Avenue|Gardens|Terrace|Crescent)\b")
# Before a place name: the name is of a place, not of a council: 'the Greater Manchester borough' is Rochdale, and
# 'children's services in a part of Devon' are Torbay's.
PLACE_NOT_COUNCIL = re.compile(r"(?:\bGreater|\b[Pp]arts?\s+of)\s+$")
# Before a place name: a list of the towns where something is ('teams based in Chesterfield, Matlock, Buxton and').
_TOWNS_LISTED = re.compile(r"\b(?:based|located|offices|teams|hubs|bases|sites)\s+in\s+(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
                           r"(?:,\s+|\s+and\s+))*$")
_CAPITALISED = re.compile(r"\b[A-Z][A-Z’'-]{1,}\b")
_JOINING_WORDS = {"and", "of", "the", "upon", "on", "with", "in"}  # lower case inside a name ('Redcar and Cleveland')


def _as_in_a_name(word: re.Match[str]) -> str:
    """A word in capitals as a council's name would write it ('REDCAR AND CLEVELAND': 'Redcar and Cleveland')."""
    lower = word[0].lower()
    return lower if lower in _JOINING_WORDS else word[0].capitalize()
# 'Wirral Metropolitan Borough Council', and the trade press's 'Wirral MBC', 'Kent CC', 'Havering LBC'
COUNCIL_WORDS = (r"(?:(?:\s+(?:City|County|Borough|Metropolitan\s+Borough|Metropolitan\s+District|District))*\s+Council"
                 r"|\s+(?-i:MBC|LBC|MDC|BC|CC|DC)\b)")


# After a place name that is also a word: what is said of a council ('In 2019, Richmond was rated good', 'and
# Reading, whose services are run by a company, was rated good', 'Windsor and Maidenhead had been judged ...').
# ('Bury (requires improvement; previously inadequate)', a round-up's heading; 'Bury climbs out of "inadequate" as
# Oldham slips', a headline)
# ('Reading, judged inadequate in 2016; Torbay, ...', a list of councils each with its grade)
# ('Reading - judged inadequate under the old single inspection framework in 2016', a list's line)
_RATED_AFTER = re.compile(r",\s+(?:whose|which)\s+(?:services|children|is|was|has|had)\b"
                          r"|[ \t]+[-–—:][ \t]+(?:rated|judged|graded|found\s+to\s+be|outstanding|good|inadequate"
                          r"|requires?\s+improvement)\b"
                          r"|,\s+(?:rated|judged|graded)\s+(?:as\s+)?[‘'\"“]?(?:outstanding|good|inadequate|adequate"
                          r"|requir)"
                          r"|\s+(?:was|were|is|are|has|had|have)\s+"
                          r"(?:\w+\s+){0,3}?(?:rated|judged|graded|inspected|awaiting)\b"
                          r"|[ \t]+\((?:rated\s+)?(?:outstanding|good|inadequate|requires?\s+improvement)\b"
                          r"|\s+(?:climbs|slips|falls|drops|rises|moves|improves|stays|remains|keeps|retains)\b")


_CLUB_AFTER = re.compile(r"\s+(?:City|United|Town|Rovers|FC|Wanderers|Albion|University|College|Hospital|Station"
                         r"|Park)\b")
_POINTS_PAIRED = re.compile(r"\b(?P<first>North|South|East|West)\s+(?:and|&)\s+$")
# Before a place name: a person's title and first name, so that the place is their surname.
PERSON_BEFORE = re.compile(r"\b(?:Cllr|Councillor|Coun|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Baroness)\.?\s+"
                           r"(?:[A-Z][a-z]+\s+)?$")
# Before a place name: the building a meeting was held in ('at County Hall, Kingston upon Thames', 'Venue: Civic
# Centre, Reading').
_VENUE_BEFORE = re.compile(r"(?:\b(?:County|Town|City|Shire)\s+Hall|\bCivic\s+Cent(?:re|er)|\bGuildhall"
                           r"|\bCouncil\s+(?:House|Offices)|\bVenue\s*:[^\n]{0,40}?)[ \t]*,[ \t]*$")
# A line of a minutes' attendance list, whose names are people's ('Present: Councillors ...', 'Apologies: ...').
_ATTENDANCE_LINE = re.compile(r"[ \t]*(?:Present|(?:Committee\s+|Panel\s+|Board\s+)?Members(?:\s+present)?|Councillors"
                              r"|Apologies(?:\s+for\s+absence)?|(?:Also\s+)?in\s+attendance|Also\s+present|Attendees)\b"
                              r"[^\n]*(?:Councillors?|Cllrs?)\b", re.I)
# Before a place name that is also a word: a capitalised word that is not a preposition or article, as in a person's
# name ('Mark Sutton'), where the place is not the council.
_NAME_BEFORE = re.compile(r"\b(?!(?:In|Of|For|At|To|By|And|The|From|With|On)\s)[A-Z][a-z]+\s+$")
# ('the Devon authority', after the council it describes is named: a council in Devon, not Devon County Council)
_A_PLACE_DESCRIBED = re.compile(r"(?-i:\s+(?:unitary|borough|district|town|village|coast|county\s+town|authority))\b")
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:;\"“‘(\n])[ \t]*(?:the\s+)?$")


@dataclass(frozen=True)
class Mention:
    authority: Authority
    start: int
    end: int


class MentionFinder:
    """Scans text for the names and aliases of every authority (longest name first, whole words only)."""

    def __init__(self, registry: AuthorityRegistry) -> None:
        self.registry = registry
        names: dict[str, str] = {}
        # the councils of today first, so that a name an abolished council shared ('Dorset') is today's; a name only
        # the abolished one had ('Dorset County Council') stays its own
        for authority in sorted(registry, key=lambda a: a.abolished is not None):
            for name in (authority.name, *authority.aliases, *vocabulary.NAMES_IN_PROSE.get(authority.la_code, [])):
                clean = name.replace(", City of", "").strip()
                if len(clean) >= 3:
                    names.setdefault(clean, authority.la_code)
        self._codes = names
        alternatives = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True))
        self._pattern = re.compile(
            rf"(?<![\w-])(?:the\s+)?(?P<name>{alternatives})(?P<council>{COUNCIL_WORDS})?(?![\w-])")

    def find(self, text: str) -> list[Mention]:
        found = []
        # a name in capitals opens many local stories ('SOUTHEND officials will debate ...'): read it as the name,
        # in a copy of the same length so that offsets hold, where the text as written names nothing there (so
        # that 'BCP' and 'RBWM' stay as they are)
        matches = list(self._pattern.finditer(text))
        scan = _CAPITALISED.sub(_as_in_a_name, text)
        # (the whole name in capitals, or its first words: 'WESTMORLAND and Furness Council's children's services')
        matches += [m for m in self._pattern.finditer(scan)
                    if text[m.start("name"): m.end("name")] != scan[m.start("name"): m.end("name")]
                    and not any(m.start() < other.end() and other.start() < m.end() for other in matches)]
        for match in sorted(matches, key=lambda m: m.start()):
            capitals = text[match.start("name"): match.end("name")].isupper()
            name = " ".join(match["name"].split())
            if (POSTCODE.match(text, match.end())
                    or MEDIA_OUTLET.search(text[max(0, match.start() - 30): match.start()])):
                continue  # "Piccadilly Gate, Manchester M1 2WD"; "BBC North East & Cumbria"
            if not match["council"] and PLACE_NOT_COUNCIL.search(text[max(0, match.start() - 12): match.start()]):
                continue
            if not match["council"] and _TOWNS_LISTED.search(text, max(0, match.start() - 120), match.start()):
                continue  # 'social work teams based in Chesterfield, Matlock, Buxton and Derby': a town
            article = re.search(r"\b(?:the|a|an)\s+$", text[max(0, match.start("name") - 6): match.start("name")], re.I)
            if not match["council"] and article and _A_PLACE_DESCRIBED.match(text, match.end()):
                continue  # 'rated the Kent unitary good' is Medway, a council in Kent: the place, not the council
            if not match["council"] and OTHER_BODY.match(text, match.end()):
                continue  # "Northamptonshire Children's Trust" is not the council
            if not match["council"] and _NHS_BEFORE.search(text, max(0, match.start("name") - 5), match.start("name")):
                continue  # 'NHS Devon': the health body of the place
            if not match["council"] and _SEAT_BEFORE.search(text, max(0, match.start("name") - 6), match.start("name")):
                continue  # 'Jo Example MP (Stockport South)': a seat in parliament
            if not match["council"] and PERSON_BEFORE.search(text, max(0, match.start("name") - 30),
                                                             match.start("name")):
                continue  # 'Cllr Mark Sutton', 'Mrs Jane Bury': a person's name
            if not match["council"] and _VENUE_BEFORE.search(text, max(0, match.start() - 60), match.start()):
                continue  # 'the meeting held on 5 July 2018 at County Hall, Kingston upon Thames': where, not who
            if not match["council"] and _ATTENDANCE_LINE.match(text, text.rfind("\n", 0, match.start()) + 1):
                continue  # 'Committee members: Councillors Rosa Example (Chair), ... and Pat Harrow': a person
            if not match["council"] and STREET_OR_BUILDING.match(text, match.end()):
                continue  # 'York Villas' (a children's home in Normanton), 'Derby Road': not the council
            if name in vocabulary.COMMON_WORD_NAMES and not match["council"]:
                before = text[max(0, match.start() - 4): match.start("name")]
                # 'Reading's children's services', 'Southend children's services', 'Reading's own children's services'
                # ("Richmond's previous inspection")
                services = re.match(r"(?:['’]s)?\s+(?:own\s+)?(?:children|council|social|services)"
                                    r"|['’]s\s+(?:(?:previous|last|latest|most\s+recent|first|next|second|third|fourth"
                                    r"|fifth|sixth|seventh|eighth)\s+)?(?:full\s+)?(?:Ofsted\s+)?(?:monitoring\s+"
                                    r"|focused\s+)?(?:(?:ILACS|SIF|standard|short)\s+)*"
                                    r"(?:inspection|rating|report|grade|visit|letter)\b",
                                    text[match.end(): match.end() + 40], re.I)
                rated = _RATED_AFTER.match(text, match.end())
                # the word opens a sentence or a line ('Reading the report, ...'); inside one, a capital is the place's
                mid_sentence = not _SENTENCE_OPENS.search(text, max(0, match.start("name") - 4), match.start("name")) \
                    and not _CLUB_AFTER.match(text, match.end()) \
                    and not _NAME_BEFORE.search(text, max(0, match.start("name") - 20), match.start("name"))
                # (or a heading of its own: '1. Reading', 'Reading:' over a section about the council)
                line_start = text.rfind("\n", 0, match.start("name")) + 1
                line_end = text.find("\n", match.end())
                heading = re.fullmatch(r"[ \t]*(?:\d{1,2}[.)]?[ \t]+|[-*•][ \t]*)?",
                                       text[line_start: match.start("name")]) \
                    and re.fullmatch(r"[ \t]*:?[ \t]*", text[match.end(): len(text) if line_end < 0 else line_end])
                if not re.search(r"\b(?i:in|of|for)\s+$", before) and not services and not capitals and not rated \
                        and not mid_sentence and not heading:
                    continue  # 'Reading' the word, unless 'in Reading', 'Reading's children's services', 'Richmond
                    # was rated good' or 'Inspectors visited Richmond between ...'
            code = self._codes.get(name) or self._codes.get(match["name"])
            if code:
                found.append(Mention(self.registry.by_code[code], match.start("name"), match.end()))
                found.extend(self._first_of_a_pair(text, match))
        return sorted(found, key=lambda m: m.start)

    def _first_of_a_pair(self, text: str, match: re.Match[str]) -> list[Mention]:
        """'North and West Northamptonshire', 'North and South Tyneside': the first point of the compass names a
        council of the same place too, where there is one."""
        pair = _POINTS_PAIRED.search(text, max(0, match.start("name") - 20), match.start("name"))
        if pair is None or match["name"].split()[0] not in ("North", "South", "East", "West"):
            return []
        code = self._codes.get(pair["first"] + " " + " ".join(match["name"].split()[1:]))
        return [Mention(self.registry.by_code[code], pair.start("first"), pair.end("first"))] if code else []
