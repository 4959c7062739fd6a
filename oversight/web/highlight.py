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


MOST_TERMS = 10  # a search's words marked in a document: the first ten different ones


def found_spans(text: str, terms: list[str]) -> list[tuple[int, int]]:
    """Where the words and phrases of a search stand in a page's text (any case, any ending of each word, any
    spacing between a phrase's words): (start, end) pairs that do not overlap, in order. Each different term once,
    the first ten of them."""
    unique = list(dict.fromkeys(" ".join(term.lower().split()) for term in terms if term.split()))[:MOST_TERMS]
    spans: list[tuple[int, int]] = []
    for term in unique:
        pattern = r"\s+".join(rf"\b{re.escape(_root(word))}[\w'’-]*" for word in term.split())
        spans.extend(match.span() for match in re.finditer(pattern, text, flags=re.IGNORECASE))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def highlighted(text: str, spans: list[tuple[int, int, int]], found: list[tuple[int, int]] | None = None) -> Markup:
    """The page text, escaped, with <mark> around evidence (an anchor `ev-N` where evidence N starts) and around
    the words of the search that led here. One pass over the places where a mark starts or ends."""
    found = found or []
    if not spans and not found:
        return Markup(escape(text))
    anchored: dict[int, list[int]] = defaultdict(list)
    opening: dict[int, list[int]] = defaultdict(list)
    closing: dict[int, list[int]] = defaultdict(list)
    for start, end, index in spans:
        anchored[start].append(index)
        if end > start:  # evidence of no length marks nothing, but its anchor is still there to land on
            opening[start].append(index)
            closing[end].append(index)
    found_open = {start for start, _ in found}
    found_close = {end for _, end in found}
    boundaries = sorted({0, len(text), *anchored, *closing, *found_open, *found_close})
    active: dict[int, None] = {}  # the evidence covering the current piece, in the order it opened
    in_found = False
    parts: list[str] = []
    for left, right in zip(boundaries, boundaries[1:], strict=False):
        for index in closing.get(left, []):
            active.pop(index, None)
        for index in opening.get(left, []):
            active[index] = None
        in_found = (in_found and left not in found_close) or left in found_open
        # the anchors of the evidence that starts here go inside the mark, so that a link to any of them lands
        # on highlighted text even when several facts share one passage
        anchors = "".join(f'<span class="oversight-anchor" id="ev-{index}"></span>' for index in anchored.get(left, []))
        piece = str(escape(text[left:right]))
        if in_found:
            piece = f'<mark class="oversight-found">{piece}</mark>'
        if active:
            refs = " ".join(f"ev-{i}" for i in active)
            parts.append(f'<mark class="oversight-evidence" data-evidence="{refs}">{anchors}{piece}</mark>')
        else:
            parts.append(anchors + piece)
    return Markup("".join(parts))
