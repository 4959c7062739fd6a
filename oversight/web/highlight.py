"""Document text with the evidence for each extracted fact marked, escaped for HTML."""

from __future__ import annotations

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


def highlighted(text: str, spans: list[tuple[int, int, int]]) -> Markup:
    """The page text, escaped, with <mark> around evidence; an anchor `ev-N` where evidence N starts."""
    if not spans:
        return Markup(escape(text))
    boundaries = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    starts: dict[int, list[int]] = defaultdict(list)
    for start, _, index in spans:
        starts[start].append(index)
    parts: list[str] = []
    for left, right in zip(boundaries, boundaries[1:], strict=False):
        # the anchors of the evidence that starts here go inside the mark, so that a link to any of them lands
        # on highlighted text even when several facts share one passage
        anchors = "".join(f'<span class="oversight-anchor" id="ev-{index}"></span>' for index in starts.get(left, []))
        covering = [i for s, e, i in spans if s <= left and right <= e]
        piece = escape(text[left:right])
        if covering:
            refs = " ".join(f"ev-{i}" for i in covering)
            parts.append(f'<mark class="oversight-evidence" data-evidence="{refs}">{anchors}{piece}</mark>')
        else:
            parts.append(anchors + str(piece))
    return Markup("".join(parts))
