"""Who published a page (its weight in the record) and what that says about its genre.

What the text is, is its type: an Ofsted letter printed in full by a newspaper is a letter, with the newspaper as
its publisher. Who published it is its weight: only Ofsted's own files count in the national picture. The address
decides the publisher where it is known; without one the text decides, and the reason says which.
"""

from __future__ import annotations

import re
from typing import Any

from oversight.extract.model import Evidence, Extraction
from oversight.extract.shared import page_genres
from oversight.reference.hosts import Publisher

# The publisher the text implies for each genre when no address is known: letters and reports are Ofsted's own.
_PUBLISHER_OF_GENRE = {
    "inspection_report": "ofsted",
    "focused_visit_letter": "ofsted",
    "monitoring_visit_letter": "ofsted",
    "jtai_letter": "ofsted",
    "council_minutes": "council",
    "press_release": "council",
    "news_article": "press",
}


# A council introducing a copy of Ofsted's letter or report on its own page.
_COUNCILS_INTRODUCTION = re.compile(r"\b(?:we|our)\s+(?:have\s+)?(?:published|publish|received|welcome[ds]?|share)\b"
                                    r"[^.]{0,80}\b(?:letter|report|findings)\b", re.I)
# A council's name as the page's first line, above the copy ('Luton Council', then its site's breadcrumb).
_COUNCIL_AT_THE_TOP = re.compile(r"\s*(?-i:[A-Z][\w ,&'’-]{1,50}?)\s(?:Borough\s+|County\s+|City\s+|District\s+)?"
                                 r"Council[ \t]*\n", re.I)


# The genres a page's publisher can change: the same prose is news on a newspaper's site, a release on a council's.
SECONDARY_PROSE = ("news_article", "press_release")


def genre_for_publisher(document_type: str, publisher: Publisher | None, scores: dict[str, int]) -> str:
    """The genre once the publisher is known: a council's own page is not news, a newspaper's page is not a
    council's release. Letters, reports and minutes are typed by their text wherever they appear."""
    if publisher is None or document_type not in SECONDARY_PROSE:
        return document_type
    if publisher.kind == "council":
        return "council_minutes" if scores.get("council_minutes", 0) >= 3 else "press_release"
    if publisher.kind == "press":
        return "news_article"
    if publisher.name in GOVERNMENT:
        return "press_release"  # a department's or parliament's own statement, not journalism
    return document_type


# Publishers (as data/hosts.csv names them) whose prose is government's own word: statements, answers, notices.
GOVERNMENT = ("GOV.UK", "UK Parliament")


def record_publisher(extraction: Extraction, publisher: Publisher | None, address: str | None,
                     scores: dict[str, int] | None = None, how: str | None = None) -> None:
    """Set the extraction's publisher, from the address where there is one, else from the text's genre."""
    extraction.address = address
    if publisher is not None:
        extraction.publisher = publisher.as_json()
        extraction.evidence.append(Evidence("publisher", f"address: {address}"))
        return
    kind = _PUBLISHER_OF_GENRE.get(extraction.document_type)
    if kind == "ofsted" and address:
        # Ofsted's hosts are listed: its report or letter at an address that is not one of them is a copy on someone
        # else's site, a secondary source until it is matched to Ofsted's own file (it never counts as Ofsted's)
        extraction.publisher = _json("other", f"address {address} not in the list of hosts: a copy of Ofsted's "
                                              f"{extraction.document_type.replace('_', ' ')} on another site")
        return
    if kind == "ofsted" and address is None:
        # a copy whose introduction says who put it there: a council's ('We have published below the letter we
        # received from Ofsted') or a newspaper's masthead; only the text before the letter itself is read
        text = extraction.document.text
        salutation = re.search(r"^[ \t]*Dear\s", text, re.M)
        intro = text[: salutation.start() if salutation else 600]
        what = extraction.document_type.replace("_", " ")
        if page_genres.NEWS[1][1].search(intro) or page_genres.NEWS[-1][1].search(intro):
            extraction.publisher = _json("press", f"no address: a newspaper's byline or masthead above a copy of "
                                                  f"Ofsted's {what}")
            return
        if _COUNCILS_INTRODUCTION.search(intro) or _COUNCIL_AT_THE_TOP.match(intro):
            extraction.publisher = _json("council", f"no address: a council's page introducing a copy of Ofsted's "
                                                    f"{what}")
            return
    if kind is None and scores:
        kind = _text_publisher_of_other(scores)
    if kind is None:
        extraction.warnings.append("publisher unknown: no address, and the text does not say")
        return
    by_text = how or "the text reads as " + extraction.document_type.replace("_", " ")
    reason = f"address {address} not in the list of hosts: {by_text}" if address else f"no address: {by_text}"
    extraction.publisher = _json(kind, reason)


def _text_publisher_of_other(scores: dict[str, int]) -> str | None:
    """For a page about something else (a school, a home): the genre its marks suggest, if any."""
    best = max(scores, key=lambda k: scores[k]) if scores else None
    if best is None or scores[best] < 2:
        return None
    return _PUBLISHER_OF_GENRE[best]


def _json(kind: str, reason: str) -> dict[str, Any]:
    return {"kind": kind, "name": None, "urn": None, "host": None, "reason": reason}
