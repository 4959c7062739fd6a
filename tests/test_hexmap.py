"""The hex map of England: one hexagon per council that existed on the day, placed, coloured, labelled and linked;
and the shared grade palette, checked against WCAG 2.1 with its own contrast function."""

from __future__ import annotations

import itertools
import json
import xml.etree.ElementTree as ET
from datetime import date

import pytest

from oversight.errors import ReferenceDataError
from oversight.reference import Authority, AuthorityRegistry, load_authorities
from oversight.web import hexmap
from oversight.web.hexmap import PLACEMENTS, england_hexmap, hexjson_positions, hexmap_cells, hexmap_legend
from oversight.web.palette import GRADES, NONE, NOT_GRADED, PALETTE, WHITE, contrast_ratio, style_for

SVG = "{http://www.w3.org/2000/svg}"
REGISTRY = load_authorities()
TODAY = date.today()
DATES = [date(2016, 1, 1), date(2020, 1, 1), date(2022, 1, 1), TODAY]
# every day a council was created or abolished, and the day before it
BOUNDARIES = sorted({d for a in REGISTRY for day in (a.created, a.abolished) if day
                     for d in (day, date.fromordinal(day.toordinal() - 1))})
ALL_GRADES = [*GRADES, NOT_GRADED, None]


def _existing(day: date) -> set[str]:
    """The DfE codes of the councils that existed on a day, worked out here rather than by the registry."""
    return {a.la_code for a in REGISTRY.authorities
            if (a.created is None or a.created <= day) and (a.abolished is None or day < a.abolished)}


def _grades_for_all() -> dict[str, str | None]:
    """Every council a grade, cycling through all of them (and none), so each appears on every map."""
    return {a.la_code: ALL_GRADES[i % len(ALL_GRADES)] for i, a in enumerate(REGISTRY.authorities)}


def _positions(day: date) -> dict[str, tuple[int, int]]:
    return {c["la_code"]: (c["q"], c["r"]) for c in hexmap_cells(REGISTRY, day, {})}


def _neighbours(q: int, r: int) -> set[tuple[int, int]]:
    """The six places around (q, r) in an odd-r layout (odd rows half a place to the right)."""
    shift = 1 if r % 2 else 0
    return {(q - 1, r), (q + 1, r), (q - 1 + shift, r - 1), (q + shift, r - 1), (q - 1 + shift, r + 1),
            (q + shift, r + 1)}


def _parse(markup: object) -> ET.Element:
    return ET.fromstring(str(markup))


def _links(root: ET.Element) -> list[ET.Element]:
    return root.findall(f"{SVG}a")


# --- one hexagon per council on the day ---------------------------------------------------------------------


@pytest.mark.parametrize("day", DATES + BOUNDARIES, ids=str)
def test_each_council_existing_on_the_day_has_exactly_one_hexagon(day: date) -> None:
    cells = hexmap_cells(REGISTRY, day, {})
    codes = [c["la_code"] for c in cells]
    assert len(codes) == len(set(codes))
    assert set(codes) == _existing(day)
    places = [(c["q"], c["r"]) for c in cells]
    assert len(places) == len(set(places)), "two councils on one place"
    root = _parse(england_hexmap(REGISTRY, day, {}, "Map", "Councils"))
    assert len(_links(root)) == len(_existing(day))


@pytest.mark.parametrize(("day", "count"), [(date(2016, 1, 1), 152), (date(2020, 1, 1), 151),
                                            (date(2022, 1, 1), 152), (date(2024, 1, 1), 153)])
def test_number_of_councils_on_known_days(day: date, count: int) -> None:
    assert len(hexmap_cells(REGISTRY, day, {})) == count


def test_no_two_councils_alive_together_ever_share_a_place() -> None:
    def overlap(a: Authority, b: Authority) -> bool:
        start = max(a.created or date.min, b.created or date.min)
        end = min(a.abolished or date.max, b.abolished or date.max)
        return start < end

    for a, b in itertools.combinations(REGISTRY.authorities, 2):
        if overlap(a, b):
            assert hexmap.position_of(a) != hexmap.position_of(b), (a.name, b.name)


# --- the reorganised councils -------------------------------------------------------------------------------


def test_dorset_bournemouth_and_poole_either_side_of_april_2019() -> None:
    hexes = hexjson_positions()
    before, after = _positions(date(2019, 3, 31)), _positions(date(2019, 4, 1))
    assert before["837"] == hexes["E06000058"]  # Bournemouth on BCP's hexagon
    assert before["835"] == hexes["E06000059"]  # Dorset County Council on Dorset's
    assert before["836"] not in set(hexes.values())  # Poole on a place of its own...
    assert before["836"] in _neighbours(*before["837"]) & _neighbours(*before["835"])  # ...beside both
    assert not {"838", "839"} & set(before)
    assert after["839"] == hexes["E06000058"] and after["838"] == hexes["E06000059"]
    assert not {"835", "836", "837"} & set(after)


def test_northamptonshire_either_side_of_april_2021() -> None:
    hexes = hexjson_positions()
    before, after = _positions(date(2021, 3, 31)), _positions(date(2021, 4, 1))
    assert before["928"] == hexes["E10000021"] and not {"940", "941"} & set(before)
    assert after["940"] == hexes["E10000021"]
    assert after["941"] in _neighbours(*after["940"])
    assert after["941"][0] < after["940"][0]  # West Northamptonshire to the west
    assert "928" not in after


def test_cumbria_either_side_of_april_2023() -> None:
    hexes = hexjson_positions()
    before, after = _positions(date(2023, 3, 31)), _positions(date(2023, 4, 1))
    assert before["909"] == hexes["E10000006"] and not {"942", "943"} & set(before)
    assert after["943"] == hexes["E10000006"]
    assert after["942"] in _neighbours(*after["943"])
    assert after["942"] not in set(hexes.values())
    assert after["942"][1] > after["943"][1]  # Cumberland to the north
    assert "909" not in after


@pytest.mark.parametrize(("la_code", "old_code"), [("825", "E10000002"), ("815", "E10000023"), ("933", "E10000027")])
def test_councils_under_old_county_codes_take_the_county_hexagon(la_code: str, old_code: str) -> None:
    for day in DATES:
        assert _positions(day)[la_code] == hexjson_positions()[old_code]


def test_every_placement_names_a_real_council_and_a_real_hexagon() -> None:
    for code, place in PLACEMENTS.items():
        assert code in REGISTRY.by_code, code
        if isinstance(place, str):
            assert place in hexjson_positions(), place


# --- the SVG ------------------------------------------------------------------------------------------------


def test_svg_parses_scales_and_is_labelled() -> None:
    markup = england_hexmap(REGISTRY, TODAY, _grades_for_all(), "Grades <today>", "Each hexagon & its grade")
    root = _parse(markup)
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox", "").startswith("0 0 ") and root.get("width") == "100%" and root.get("height") is None
    assert root.get("role") == "group"
    title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert title is not None and title.text == "Grades <today>"
    assert desc is not None and desc.text == "Each hexagon & its grade"
    assert root.get("aria-labelledby") == title.get("id") and root.get("aria-describedby") == desc.get("id")
    assert "style=" not in str(markup) and "<style" not in str(markup) and "<script" not in str(markup)


def test_each_link_goes_to_its_councils_page_and_is_named_with_its_grade() -> None:
    grades = _grades_for_all()
    root = _parse(england_hexmap(REGISTRY, TODAY, grades, "Map", "Councils"))
    by_name = {a.name: a for a in REGISTRY.current(TODAY)}
    seen = set()
    for link in _links(root):
        name, _, rest = link.get("aria-label", "").partition(": ")
        authority = by_name[name]
        style = style_for(grades.get(authority.la_code))
        assert link.get("href") == f"/authorities/{authority.slug}"
        assert rest.startswith(style.label.lower())
        assert "oversight-hexmap__cell" in link.get("class", "").split()
        tooltip = link.find(f"{SVG}title")
        assert tooltip is not None and tooltip.text == link.get("aria-label")
        seen.add(authority.la_code)
    assert seen == _existing(TODAY)


def test_every_hexagon_writes_its_grade_and_every_grade_appears() -> None:
    grades = _grades_for_all()
    root = _parse(england_hexmap(REGISTRY, TODAY, grades, "Map", "Councils", legend=False))
    written = set()
    for link in _links(root):
        text = link.find(f"{SVG}text")
        polygon = link.find(f"{SVG}polygon")
        assert text is not None and polygon is not None
        assert float(text.get("font-size", 0)) >= 14
        style = next(s for s in PALETTE.values() if s.short == text.text)
        assert polygon.get("fill") == style.fill and text.get("fill") == style.text
        written.add(text.text)
    assert written == {s.short for s in PALETTE.values()}
    assert root.find(f"{SVG}g") is None  # no legend when asked for none


def test_names_are_escaped() -> None:
    nasty = Authority(la_code="390", name='Gates<head> & "Co"', urn=None, gss_code="E08000037", region=None,
                      la_type=None, population_0_25=None)
    registry = AuthorityRegistry([nasty])
    markup = str(england_hexmap(registry, TODAY, {"390": "good"}, "<b>Title</b>", "<i>desc</i>"))
    assert "<head>" not in markup and "<b>" not in markup and "<i>" not in markup
    root = _parse(markup)
    (link,) = _links(root)
    assert link.get("aria-label") == 'Gates<head> & "Co": good, G'
    assert hexmap_cells(registry, TODAY, {})[0]["name"] == 'Gates<head> & "Co"'


def test_legend_counts_the_grades_on_the_map() -> None:
    grades = _grades_for_all()
    cells = hexmap_cells(REGISTRY, TODAY, grades)
    legend = hexmap_legend(cells)
    assert [e["grade"] for e in legend] == [*GRADES, NONE, NOT_GRADED]
    assert sum(e["count"] for e in legend) == len(cells)
    assert {e["grade"]: e["count"] for e in legend}["good"] == sum(c["grade"] == "good" for c in cells)
    svg = str(england_hexmap(REGISTRY, TODAY, grades, "Map", "Councils"))
    for entry in legend:
        assert entry["label"].split()[0] in svg
    only_good = hexmap_legend(hexmap_cells(REGISTRY, TODAY, {a.la_code: "good" for a in REGISTRY}))
    assert [(e["grade"], e["count"]) for e in only_good] == [("good", len(cells))]


def test_cells_are_json_ready_and_carry_the_grade() -> None:
    grades = _grades_for_all()
    cells = hexmap_cells(REGISTRY, date(2020, 1, 1), grades)
    json.dumps(cells)
    for cell in cells:
        assert set(cell) == {"la_code", "name", "slug", "gss_code", "href", "grade", "grade_label", "short", "q", "r"}
        assert cell["grade"] == grades.get(cell["la_code"])
    assert [(-c["r"], c["q"]) for c in cells] == sorted((-c["r"], c["q"]) for c in cells)  # north to south


def test_an_unknown_grade_is_an_error() -> None:
    with pytest.raises(ValueError, match="not_inspected"):
        hexmap_cells(REGISTRY, TODAY, {"390": "not_inspected"})


def test_a_council_without_a_place_or_sharing_one_is_an_error() -> None:
    homeless = Authority(la_code="999", name="Nowhere", urn=None, gss_code=None, region=None, la_type=None,
                         population_0_25=None)
    with pytest.raises(ReferenceDataError, match="Nowhere"):
        hexmap_cells(AuthorityRegistry([homeless]), TODAY, {})
    bournemouth = Authority(la_code="837", name="Bournemouth", urn=None, gss_code=None, region=None, la_type=None,
                            population_0_25=None)
    bcp = REGISTRY.by_code["839"]
    with pytest.raises(ReferenceDataError, match="share a place"):
        hexmap_cells(AuthorityRegistry([bournemouth, bcp]), TODAY, {})


# --- the palette --------------------------------------------------------------------------------------------


def test_contrast_ratio_matches_known_values() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#fff", "#ffffff") == pytest.approx(1)
    assert contrast_ratio("#767676", WHITE) == pytest.approx(4.54, abs=0.01)  # the lightest grey passing AA
    assert contrast_ratio("#1d70b8", WHITE) == pytest.approx(contrast_ratio(WHITE, "#1d70b8"))
    with pytest.raises(ValueError):
        contrast_ratio("blue", WHITE)


@pytest.mark.parametrize("key", list(PALETTE))
def test_each_grade_meets_wcag_contrast(key: str) -> None:
    style = PALETTE[key]
    assert contrast_ratio(style.text, style.fill) >= 4.5, "text on the fill"
    visible = style.fill if style.outline is None else style.outline
    assert contrast_ratio(visible, WHITE) >= 3, "the shape against the page"
    assert style.short and style.label


def test_palette_covers_every_grade_with_the_agreed_labels() -> None:
    assert list(PALETTE) == [*GRADES, NONE, NOT_GRADED]
    assert [PALETTE[g].short for g in GRADES] == ["O", "G", "RI", "A", "I"]
    assert [PALETTE[g].label for g in GRADES] == ["Outstanding", "Good", "Requires improvement", "Adequate",
                                                  "Inadequate"]
    assert style_for(None) is PALETTE[NONE]


# Colour difference, to check that the grades can be told apart, also by people with the two common kinds of
# colour blindness (simulated with the matrices of Machado, Oliveira and Fernandes, 2009, severity 1).
CVD = {
    "normal": None,
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
}


def _linear(colour: str) -> list[float]:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    return [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]


def _lab(rgb: list[float]) -> tuple[float, float, float]:
    r, g, b = rgb
    x, y, z = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b, \
        (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def _difference(first: str, second: str, vision: str) -> float:
    matrix = CVD[vision]
    colours = []
    for colour in (first, second):
        rgb = _linear(colour)
        if matrix is not None:
            rgb = [min(1.0, max(0.0, sum(m * c for m, c in zip(row, rgb, strict=True)))) for row in matrix]
        colours.append(_lab(rgb))
    return sum((a - b) ** 2 for a, b in zip(*colours, strict=True)) ** 0.5


def test_every_two_grades_look_different() -> None:
    for a, b in itertools.combinations(PALETTE.values(), 2):
        assert _difference(a.fill, b.fill, "normal") >= 20, (a.key, b.key)


@pytest.mark.parametrize("vision", list(CVD))
@pytest.mark.parametrize(("first", "second"), [("outstanding", "good"), ("good", "requires_improvement"),
                                               ("requires_improvement", "inadequate"), ("good", "adequate"),
                                               ("adequate", "inadequate"), ("requires_improvement", "adequate")])
def test_neighbouring_grades_differ_in_colour_blind_vision(first: str, second: str, vision: str) -> None:
    assert _difference(PALETTE[first].fill, PALETTE[second].fill, vision) >= 15
