"""England as a hex map of its upper-tier councils, drawn as SVG on the server (no script).

Each council that existed on the chosen date gets one hexagon, coloured by its grade, with the grade's short label
written in it and a link to the council's page. The positions come from Open Innovations' HexJSON cartogram
(reference/data/utla_hexmap.hexjson, MIT licence; see NOTICE-hexmap.md), which is "odd-r": pointy-topped
hexagons at column q and row r, rows counting upwards from the south coast, odd rows half a hexagon to the right.
The map predates some reorganisations, so the councils it does not place are placed by PLACEMENTS below.

hexmap_cells gives the data (for a JSON twin of the page); england_hexmap draws the SVG from the same cells.
"""

from __future__ import annotations

import json
import math
import textwrap
from collections import Counter
from collections.abc import Mapping
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

from markupsafe import Markup, escape

from oversight.errors import ReferenceDataError
from oversight.reference.authorities import Authority, AuthorityRegistry
from oversight.web.palette import NONE, PALETTE, GradeStyle, style_for

HEXJSON_FILE = "data/utla_hexmap.hexjson"

# Councils the HexJSON does not place under their own ONS code, by DfE code: either the ONS code of the hexagon
# the council takes (a council and its successor share a place, as they never exist on the same day) or a
# (q, r) position of its own. Positions never change with the date, so maps of two dates line up.
PLACEMENTS: dict[str, str | tuple[int, int]] = {
    "825": "E10000002",  # Buckinghamshire: the map keeps the old county's code
    "815": "E10000023",  # North Yorkshire: likewise
    "933": "E10000027",  # Somerset: likewise
    "837": "E06000058",  # Bournemouth (until 2019-04-01): where Bournemouth, Christchurch and Poole is now
    "836": (4, 1),  # Poole (until 2019-04-01): the empty place between that one and Dorset
    "835": "E06000059",  # Dorset County Council (until 2019-04-01): where Dorset Council is now
    "909": "E10000006",  # Cumbria (until 2023-04-01)
    "943": "E10000006",  # Westmorland and Furness: Cumbria's place, beside Lancashire and Blackpool
    "942": (6, 15),  # Cumberland: the empty place north of it
    "928": "E10000021",  # Northamptonshire (until 2021-04-01)
    "940": "E10000021",  # North Northamptonshire: Northamptonshire's place
    "941": (6, 6),  # West Northamptonshire: just west of it. Northamptonshire had no empty neighbour, so
    "937": (5, 6),  # Warwickshire moves one place west to make room,
    "884": (4, 6),  # and Herefordshire one place west of that
}

RADIUS = 24.0  # centre to corner of a hexagon, in SVG units
HEX_WIDTH = RADIUS * math.sqrt(3)
ROW_HEIGHT = RADIUS * 1.5
GAP = 1.5  # drawn hexagons are this much smaller than their place, so neighbours stay apart
PADDING = 4.0
LABEL_SIZE = 18  # the grade's short label in each hexagon
LEGEND_SIZE = 14
LEGEND_SPACING = 24
LEGEND_WRAP = 25


@lru_cache(maxsize=1)
def hexjson_positions() -> dict[str, tuple[int, int]]:
    """The HexJSON's (q, r) position of each council, by ONS code."""
    try:
        text = resources.files("oversight.reference").joinpath(HEXJSON_FILE).read_text("utf-8")
        data = json.loads(text)
    except (OSError, ValueError) as exc:
        raise ReferenceDataError(f"cannot read the hex map: {exc}") from None
    if data.get("layout") != "odd-r":
        raise ReferenceDataError(f"the hex map's layout is {data.get('layout')!r}, not 'odd-r'")
    return {code: (int(hexagon["q"]), int(hexagon["r"])) for code, hexagon in data["hexes"].items()}


def position_of(authority: Authority) -> tuple[int, int]:
    """Where a council sits on the map, as (q, r): from PLACEMENTS, or else the HexJSON's place for its ONS code."""
    positions = hexjson_positions()
    placed = PLACEMENTS.get(authority.la_code, authority.gss_code)
    if isinstance(placed, tuple):
        return placed
    if placed in positions:
        return positions[placed]
    raise ReferenceDataError(f"{authority.name} ({authority.la_code}) has no place on the hex map")


def hexmap_cells(registry: AuthorityRegistry, on: date, grades: Mapping[str, str | None]) -> list[dict[str, Any]]:
    """One cell per council that existed on the date, north to south and west to east (the order of the links).

    grades maps a DfE code to a grade key (see palette.PALETTE); a missing code or None means no full inspection
    in the record. Each cell is JSON-ready: la_code, name, slug, gss_code, href, grade (None when there is none),
    grade_label, short, q and r. Raises ReferenceDataError if a council has no place or two share one.
    """
    cells: list[dict[str, Any]] = []
    taken: dict[tuple[int, int], str] = {}
    for authority in registry.current(on):
        q, r = position_of(authority)
        if (q, r) in taken:
            raise ReferenceDataError(f"{authority.name} and {taken[q, r]} share a place on the hex map on {on}")
        taken[q, r] = authority.name
        grade = grades.get(authority.la_code)
        style = style_for(grade)
        cells.append({
            "la_code": authority.la_code, "name": authority.name, "slug": authority.slug,
            "gss_code": authority.gss_code, "href": f"/authorities/{authority.slug}",
            "grade": grade, "grade_label": style.label, "short": style.short, "q": q, "r": r,
        })
    return sorted(cells, key=lambda cell: (-cell["r"], cell["q"]))


def hexmap_legend(cells: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The grades on the map, in palette order, each with its colours, labels and number of councils.

    Only grades that at least one cell has are listed. Suits an HTML list beside the map or the JSON twin.
    """
    counts = Counter(cell["grade"] or NONE for cell in cells)
    return [{**style.as_json(), "count": counts[key]} for key, style in PALETTE.items() if counts[key]]


def england_hexmap(registry: AuthorityRegistry, on: date, grades: Mapping[str, str | None], title: str,
                   description: str, *, label_id: str = "hexmap", legend: bool = True) -> Markup:
    """The map as an <svg> element for a page: a titled group of links, one hexagon per council.

    The SVG scales to its container (viewBox, width 100%, no fixed height). label_id must be unique on the page;
    pass legend=False when the page shows hexmap_legend as an HTML list instead. Each link has the class
    'oversight-hexmap__cell' so that the site's stylesheet can give it a focus style; no inline styles are used.
    """
    cells = hexmap_cells(registry, on, grades)
    return draw_hexmap(cells, title, description, label_id=label_id, legend=legend)


def draw_hexmap(cells: list[dict[str, Any]], title: str, description: str, *, label_id: str = "hexmap",
                legend: bool = True) -> Markup:
    """Draw cells (as hexmap_cells gives them) as SVG. The frame is that of every place the map can use, so that
    maps of different dates have the same size and line up."""
    frame = _Frame(set(hexjson_positions().values()) | {p for p in PLACEMENTS.values() if isinstance(p, tuple)})
    ident = escape(label_id)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="oversight-chart oversight-hexmap" '
        f'viewBox="0 0 {frame.width:.0f} {frame.height:.0f}" width="100%" role="group" '
        f'aria-labelledby="{ident}-title" aria-describedby="{ident}-desc" font-family="arial, sans-serif">',
        f'<title id="{ident}-title">{escape(title)}</title><desc id="{ident}-desc">{escape(description)}</desc>',
    ]
    if legend:
        parts.append(_legend(hexmap_legend(cells)))
    parts.extend(_cell(cell, *frame.centre(cell["q"], cell["r"])) for cell in cells)
    parts.append("</svg>")
    return Markup("".join(parts))


class _Frame:
    """Turns (q, r) places into SVG coordinates, in a frame that holds all the given places: north at the top,
    odd rows half a hexagon to the right."""

    def __init__(self, places: set[tuple[int, int]]) -> None:
        self.q_min = min(q for q, _ in places)
        self.r_max = max(r for _, r in places)
        columns = max(q for q, _ in places) - self.q_min + 1.5  # and half a hexagon for the odd rows
        rows = self.r_max - min(r for _, r in places)
        self.width = PADDING * 2 + HEX_WIDTH * columns
        self.height = PADDING * 2 + RADIUS * 2 + ROW_HEIGHT * rows

    def centre(self, q: int, r: int) -> tuple[float, float]:
        x = PADDING + HEX_WIDTH * (q - self.q_min + (0.5 if r % 2 else 0) + 0.5)
        y = PADDING + RADIUS + ROW_HEIGHT * (self.r_max - r)
        return x, y


def _hexagon(x: float, y: float, radius: float) -> str:
    """The points of a pointy-topped hexagon centred on (x, y)."""
    corners = ((x + radius * math.cos(math.radians(a)), y + radius * math.sin(math.radians(a)))
               for a in range(-90, 270, 60))
    return " ".join(f"{cx:.1f},{cy:.1f}" for cx, cy in corners)


def _shape(style: GradeStyle, x: float, y: float, radius: float, font_size: float) -> str:
    """A hexagon in a grade's colours with the grade's short label written in it."""
    outline = f' stroke="{style.outline}" stroke-width="2"' if style.outline else ""
    return (f'<polygon points="{_hexagon(x, y, radius - (1 if style.outline else 0))}" fill="{style.fill}"{outline}/>'
            f'<text x="{x:.1f}" y="{y + font_size * 0.35:.1f}" text-anchor="middle" font-size="{font_size}" '
            f'font-weight="bold" fill="{style.text}" aria-hidden="true">{escape(style.short)}</text>')


def _cell(cell: dict[str, Any], x: float, y: float) -> str:
    """One council's hexagon: a link named, for example, 'Gateshead: good, G', with a tooltip saying the same.
    The name ends with the short label written in the hexagon, so that speech control can say what it sees."""
    style = style_for(cell["grade"])
    written = f", {style.short}" if style.short.isalnum() else ""  # axe-core reads "(G)" as not containing G
    name = escape(f'{cell["name"]}: {style.label.lower()}{written}')
    return (f'<a href="{escape(cell["href"])}" class="oversight-hexmap__cell oversight-hexmap__cell--{style.key}" '
            f'aria-label="{name}"><title>{name}</title>{_shape(style, x, y, RADIUS - GAP, LABEL_SIZE)}</a>')


def _legend(entries: list[dict[str, Any]]) -> str:
    """The key, in the empty sea at the top left: a small hexagon per grade with its label and count. Labels wrap
    at LEGEND_WRAP characters so that the longest stays clear of Lancashire and Blackpool."""
    rows, y = [], PADDING + 16
    for entry in entries:
        x = PADDING + 14
        lines = textwrap.wrap(f'{entry["label"]} ({entry["count"]})', LEGEND_WRAP)
        text = "".join(f'<tspan x="{x + 18:.1f}" dy="{0 if n == 0 else LEGEND_SIZE + 2}">{escape(line)}</tspan>'
                       for n, line in enumerate(lines))
        rows.append(_shape(style_for(entry["grade"]), x, y, 12, 11)
                    + f'<text y="{y + 5:.1f}" font-size="{LEGEND_SIZE}" fill="#0b0c0c">{text}</text>')
        y += LEGEND_SPACING + (LEGEND_SIZE + 2) * (len(lines) - 1)
    return f'<g class="oversight-hexmap__legend">{"".join(rows)}</g>'
