"""Document text with the evidence for each extracted fact marked, and the words of a search that led to it, escaped
for HTML."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from markupsafe import Markup, escape


def evidence_by_page(evidence: list[dict[str, Any]], paged: bool) -> dict[int, list[tuple[int, int, int]]]:
    """page -> [(start, end, evidence index)] for evidence that points into the text."""
    out: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    for index, item in enumerate(evidence):
        if item.get("start") is None or item.get("end") is None:
            continue
        page = item.get("page") if paged else 1
        if page:
            out[page].append((item["start"], item["end"], index))
    return out


ENDINGS = ("ings", "ing", "ies", "es", "ed", "s", "ly")  # the search stems words; marking finds their other forms


def _root(word: str) -> str:
    for ending in ENDINGS:
        if word.lower().endswith(ending) and len(word) - len(ending) >= 4:
            return word[:-len(ending)]
    return word


def found_spans(text: str, terms: list[str]) -> list[tuple[int, int]]:
    """Where the words and phrases of a search stand in a page's text (any case, any ending of each word, any
    spacing between a phrase's words): (start, end) pairs."""
    spans: list[tuple[int, int]] = []
    for term in terms:
        words = term.split()
        if not words:
            continue
        pattern = r"\s+".join(rf"\b{re.escape(_root(word))}[\w'’-]*" for word in words)
        spans.extend(match.span() for match in re.finditer(pattern, text, flags=re.IGNORECASE))
    return sorted(spans)


def highlighted(text: str, spans: list[tuple[int, int, int]], found: list[tuple[int, int]] | None = None) -> Markup:
    """The page text, escaped, with <mark> around evidence (an anchor `ev-N` where evidence N starts) and around
    the words of the search that led here."""
    found = found or []
    if not spans and not found:
        return Markup(escape(text))
    boundaries = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans),
                         *(s for s, _ in found), *(e for _, e in found)})
    starts: dict[int, list[int]] = defaultdict(list)
    for start, _, index in spans:
        starts[start].append(index)
    parts: list[str] = []
    for left, right in zip(boundaries, boundaries[1:], strict=False):
        # the anchors of the evidence that starts here go inside the mark, so that a link to any of them lands
        # on highlighted text even when several facts share one passage
        anchors = "".join(f'<span class="oversight-anchor" id="ev-{index}"></span>' for index in starts.get(left, []))
        covering = [i for s, e, i in spans if s <= left and right <= e]
        piece = str(escape(text[left:right]))
        if any(s <= left and right <= e for s, e in found):
            piece = f'<mark class="oversight-found">{piece}</mark>'
        if covering:
            refs = " ".join(f"ev-{i}" for i in covering)
            parts.append(f'<mark class="oversight-evidence" data-evidence="{refs}">{anchors}{piece}</mark>')
        else:
            parts.append(anchors + piece)
    return Markup("".join(parts))
